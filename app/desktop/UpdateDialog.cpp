#include "desktop/UpdateDialog.h"

#include "desktop/UpdateChangesView.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace pathways::desktop {

namespace {

QLabel* wrapped(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setTextFormat(Qt::PlainText);
    return label;
}

// Manifest dates are RFC 3339 ("2026-11-20T10:00:00Z") or a plain date ("2099-01-01"); shown as the
// person's locale writes a date. Left as written when it is neither (never guessed).
QString localDate(const QString& iso)
{
    const QDateTime when = QDateTime::fromString(iso, Qt::ISODate);
    return when.isValid() ? QLocale().toString(when.toLocalTime().date(), QLocale::LongFormat) : iso;
}

} // namespace

UpdateDialog::UpdateDialog(QWidget* parent)
    : QDialog(parent), m_headline(wrapped(this)), m_nextStep(wrapped(this)), m_form(new QGridLayout),
      m_publisher(addRow(tr("Publisher:"))), m_fingerprint(addRow(tr("Key fingerprint:"))),
      m_version(addRow(tr("Version:"))), m_created(addRow(tr("Created:"))), m_expires(addRow(tr("Expires:"))),
      m_source(addRow(tr("Downloaded from:"))), m_warning(wrapped(this)), m_progress(new QProgressBar(this)),
      m_changes(new UpdateChangesView(this)), m_note(wrapped(this)), m_detail(wrapped(this)),
      m_buttons(new QDialogButtonBox(this)),
      m_primary(m_buttons->addButton(tr("Install"), QDialogButtonBox::AcceptRole)),
      m_trust(m_buttons->addButton(tr("Trusted publishers…"), QDialogButtonBox::ActionRole)),
      m_cancel(m_buttons->addButton(QDialogButtonBox::Cancel)),
      m_close(m_buttons->addButton(QDialogButtonBox::Close))
{
    setWindowTitle(tr("Update directory"));
    auto* layout = new QVBoxLayout(this);
    m_headline->setAccessibleName(tr("Update result"));
    QFont font = m_headline->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    m_headline->setFont(font);
    layout->addWidget(m_headline);
    layout->addWidget(m_nextStep);
    m_form->setColumnStretch(1, 1);
    // Read aloud over the phone group by group: a fixed-width font keeps the groups aligned.
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_fingerprint->setFont(mono);
    layout->addLayout(m_form);
    m_warning->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    layout->addWidget(m_warning);
    m_progress->setAccessibleName(tr("Update progress"));
    layout->addWidget(m_progress);
    layout->addWidget(m_changes, 100);
    layout->addWidget(m_note);
    m_detail->setStyleSheet(QStringLiteral("color: palette(mid);"));
    layout->addWidget(m_detail);
    // Takes the height the changes leave when hidden (a refusal), so the lines stay together at the top.
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    connect(m_primary, &QPushButton::clicked, this, &UpdateDialog::installRequested);
    connect(m_trust, &QPushButton::clicked, this, &UpdateDialog::trustRequested);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (isWorking())
            Q_EMIT cancelRequested(); // a download: stop it, then show what happened
        else
            reject();                 // a preview: nothing was written, nothing to undo
    });
    resize(620, 520);
}

void UpdateDialog::setButtons(bool primary, bool cancel, bool trust, bool close)
{
    m_primary->setVisible(primary);
    m_cancel->setVisible(cancel);
    m_cancel->setEnabled(cancel);
    m_trust->setVisible(trust);
    m_close->setVisible(close);
    (primary ? m_primary : close ? m_close : m_cancel)->setDefault(true);
}

QLabel* UpdateDialog::addRow(const QString& name)
{
    auto* label = new QLabel(name, this);
    auto* value = wrapped(this);
    label->setBuddy(value);
    const int row = static_cast<int>(m_rows.size());
    m_form->addWidget(label, row, 0, Qt::AlignLeading | Qt::AlignTop);
    m_form->addWidget(value, row, 1);
    m_rows.append(qMakePair(label, value));
    return value;
}

void UpdateDialog::setRow(QLabel* value, const QString& text)
{
    value->setText(text);
    for (const auto& [label, field] : std::as_const(m_rows))
        if (field == value) {
            label->setVisible(!text.isEmpty());
            field->setVisible(!text.isEmpty());
        }
}

void UpdateDialog::showWorking(const QString& headline, const QString& line, bool cancellable)
{
    m_headline->setText(headline);
    m_nextStep->setText(line);
    m_nextStep->setVisible(!line.isEmpty());
    for (QLabel* row : {m_publisher, m_fingerprint, m_version, m_created, m_expires, m_source})
        setRow(row, QString());
    m_warning->hide();
    m_changes->hide();
    m_note->hide();
    m_detail->hide();
    m_progress->setRange(0, 0); // busy until the first bytes arrive
    m_progress->show();
    setButtons(false, cancellable, false, !cancellable);
}

void UpdateDialog::showProgress(qint64 received, qint64 total)
{
    if (total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(static_cast<int>(received * 1000 / total));
    }
    m_progress->setFormat(QLocale().formattedDataSize(received));
    m_progress->setTextVisible(true);
}

void UpdateDialog::showFacts(const UpdateResult& result, bool claimedOnly)
{
    //: Shown when the file's publisher is not yet trusted: the name is only what the file says.
    m_rows.constFirst().first->setText(claimedOnly ? tr("Publisher (as the file says):") : tr("Publisher:"));
    setRow(m_publisher, result.publisher);
    setRow(m_fingerprint, result.fingerprint);
    QString version;
    if (result.sequence > 0) {
        const QLocale locale;
        if (result.installedSequence == 0)
            version = locale.toString(result.sequence);
        else if (result.installedPublisher == result.publisher || result.installedPublisher.isEmpty())
            //: Directory versions: the one installed now, then the one in the file.
            version = tr("%1 → %2").arg(locale.toString(result.installedSequence), locale.toString(result.sequence));
        else
            version = tr("%1 (%2) → %3").arg(locale.toString(result.installedSequence), result.installedPublisher,
                                             locale.toString(result.sequence));
    }
    setRow(m_version, version);
    setRow(m_created, result.created.isEmpty() ? QString() : localDate(result.created));
    QString expires = result.expires.isEmpty() ? QString() : localDate(result.expires);
    if (result.expired)
        expires = tr("%1 (expired)").arg(expires);
    setRow(m_expires, expires);
    setRow(m_source, result.download ? result.download->url : QString());
    QStringList warnings;
    if (result.expired)
        warnings << tr("This directory is past its expiry date: some contact details may be out of date. "
                       "It can still be installed; ask the publisher for a newer one.");
    for (const QString& warning : result.warnings)
        warnings << tr("Warning: %1").arg(warning);
    m_warning->setText(warnings.join(QLatin1Char('\n')));
    m_warning->setVisible(!warnings.isEmpty());
}

void UpdateDialog::showPreview(const UpdateResult& result)
{
    m_progress->hide();
    m_headline->setText(result.headline);
    m_nextStep->setText(tr("Check what would change, then choose Install. Your notes and favourites are "
                           "kept."));
    m_nextStep->show();
    showFacts(result, false);
    m_changes->showDiff(result.diff);
    m_changes->show();
    m_note->hide();
    m_detail->hide();
    m_primary->setText(tr("Install"));
    setButtons(true, true, false, false);
    m_primary->setFocus();
}

void UpdateDialog::showRestorePreview(const UpdateResult& result)
{
    showPreview(result);
    m_headline->setText(tr("Go back to the previous version?"));
    m_nextStep->setText(tr("The directory you had before the last update is installed again. Your notes "
                           "and favourites are kept."));
    m_primary->setText(tr("Restore"));
}

void UpdateDialog::showResult(const UpdateResult& result)
{
    m_progress->hide();
    m_headline->setText(result.headline);
    m_nextStep->setText(result.nextStep);
    m_nextStep->setVisible(!result.nextStep.isEmpty());
    const bool refused = result.kind == UpdateResult::Kind::Refused;
    showFacts(result, refused && result.untrustedKey);
    const bool changed = result.kind == UpdateResult::Kind::Installed || result.kind == UpdateResult::Kind::Restored;
    if (changed)
        m_changes->showDiff(result.diff);
    m_changes->setVisible(changed);
    m_note->setText(refused ? tr("Nothing was changed: your directory and your notes are as they were.")
                            : changed ? tr("Your notes and favourites are kept.") : QString());
    m_note->setVisible(!m_note->text().isEmpty());
    m_detail->setText(result.detail.isEmpty() ? QString() : tr("For support: %1").arg(result.detail));
    m_detail->setVisible(!result.detail.isEmpty());
    setButtons(false, false, refused && result.untrustedKey, true);
}

bool UpdateDialog::isWorking() const
{
    return !m_progress->isHidden();
}

QString UpdateDialog::headline() const
{
    return m_headline->text();
}

QString UpdateDialog::details() const
{
    QStringList lines;
    if (m_nextStep->isVisibleTo(this))
        lines << m_nextStep->text();
    for (const auto& [label, value] : m_rows)
        if (value->isVisibleTo(this))
            lines << label->text() + QLatin1Char(' ') + value->text();
    for (QLabel* label : {m_warning, m_note, m_detail})
        if (label->isVisibleTo(this))
            lines << label->text();
    if (m_changes->isVisibleTo(this))
        lines << m_changes->lines();
    return lines.join(QLatin1Char('\n'));
}

} // namespace pathways::desktop
