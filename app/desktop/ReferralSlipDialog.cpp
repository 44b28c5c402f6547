#include "desktop/ReferralSlipDialog.h"

#include "api/DirectoryReader.h"
#include "desktop/PrintOutput.h"
#include "desktop/TranslationLoader.h"
#include "render/ReferralSlip.h"
#include "render/SlipGlossary.h"
#include "render/SlipSources.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

namespace pathways::desktop {

namespace {

render::Paper paperOf(const QComboBox* box)
{
    return box->currentData().toInt() == int(render::Paper::Letter) ? render::Paper::Letter : render::Paper::A4;
}

} // namespace

ReferralSlipDialog::ReferralSlipDialog(directory::DataFolder folder, const QList<QPair<QString, QString>>& services,
                                       const QString& workerLanguage, const QStringList& fallbackLanguages,
                                       QWidget* parent)
    : QDialog(parent), m_folder(std::move(folder)), m_fallbackLanguages(fallbackLanguages),
      m_services(new QListWidget(this)), m_client(new QComboBox(this)), m_worker(new QComboBox(this)),
      m_paper(new QComboBox(this)), m_note(new QLineEdit(this)), m_consent(new QCheckBox(this)),
      m_consentHint(new QLabel(this)), m_preview(new QPushButton(tr("Print pre&view…"), this)),
      m_print(new QPushButton(tr("&Print…"), this)), m_save(new QPushButton(tr("&Save as PDF…"), this))
{
    setWindowTitle(tr("Referral slip"));
    for (const auto& [id, name] : services) {
        auto* item = new QListWidgetItem(name.isEmpty() ? id : name, m_services);
        item->setData(Qt::UserRole, id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_services->setAccessibleName(tr("Services on the slip"));
    m_services->setMaximumHeight(m_services->sizeHintForRow(0) * 5 + 2 * m_services->frameWidth());

    const Expected<render::SlipGlossary> glossary = render::SlipGlossary::load();
    const QStringList languages = glossary ? glossary->languages() : QStringList{QStringLiteral("en")};
    m_worker->addItem(tr("None"), QString());
    for (const QString& code : languages) {
        const QString name = QStringLiteral("%1 (%2)").arg(TranslationLoader::languageName(code), code);
        m_client->addItem(name, code);
        m_worker->addItem(name, code);
    }
    m_client->setCurrentIndex(std::max(0, m_client->findData(workerLanguage)));
    m_worker->setCurrentIndex(std::max(0, m_worker->findData(workerLanguage)));
    m_paper->addItem(tr("A4"), int(render::Paper::A4));
    m_paper->addItem(tr("Letter"), int(render::Paper::Letter));
    m_paper->setCurrentIndex(QLocale::system().measurementSystem() == QLocale::ImperialUSSystem ? 1 : 0);

    m_note->setPlaceholderText(tr("Optional: the client's name or a note"));
    m_consent->setText(tr("The client agreed that this is printed on the slip"));
    m_consentHint->setWordWrap(true);
    m_consentHint->setText(tr("Never stored: the note is printed and then forgotten."));

    auto* form = new QFormLayout;
    form->addRow(tr("Services:"), m_services);
    form->addRow(tr("&Client's language:"), m_client);
    form->addRow(tr("&Worker's language:"), m_worker);
    form->addRow(tr("P&aper:"), m_paper);
    form->addRow(tr("For the &client:"), m_note);
    form->addRow(QString(), m_consent);
    form->addRow(QString(), m_consentHint);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_preview, QDialogButtonBox::ActionRole);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_preview, &QPushButton::clicked, this, &ReferralSlipDialog::preview);
    connect(m_print, &QPushButton::clicked, this, &ReferralSlipDialog::print);
    connect(m_save, &QPushButton::clicked, this, &ReferralSlipDialog::askAndSave);
    connect(m_note, &QLineEdit::textChanged, this, &ReferralSlipDialog::updateButtons);
    connect(m_consent, &QCheckBox::toggled, this, &ReferralSlipDialog::updateButtons);
    connect(m_services, &QListWidget::itemChanged, this, &ReferralSlipDialog::updateButtons);
    updateButtons();
}

QStringList ReferralSlipDialog::chosenServices() const
{
    QStringList ids;
    for (int i = 0; i < m_services->count(); ++i)
        if (m_services->item(i)->checkState() == Qt::Checked)
            ids << m_services->item(i)->data(Qt::UserRole).toString();
    return ids;
}

void ReferralSlipDialog::updateButtons()
{
    // A note without the client's consent cannot be printed: nothing prints until the worker either ticks
    // the consent or clears the note.
    const bool noteWithoutConsent = !m_note->text().trimmed().isEmpty() && !m_consent->isChecked();
    const bool ready = !chosenServices().isEmpty() && !noteWithoutConsent;
    for (QPushButton* button : {m_preview, m_print, m_save})
        button->setEnabled(ready);
    m_consentHint->setText(noteWithoutConsent
                               ? tr("Ask the client first: the note is printed only once you tick their consent.")
                               : tr("Never stored: the note is printed and then forgotten."));
}

Expected<render::SlipRequest> ReferralSlipDialog::request() const
{
    render::SlipRequest request;
    request.clientLanguage = m_client->currentData().toString();
    request.workerLanguage = m_worker->currentData().toString();
    request.paper = paperOf(m_paper);
    request.clientConsent = m_consent->isChecked();
    request.clientNote = request.clientConsent ? m_note->text().trimmed() : QString();
    // A reader of its own on this thread: a slip reads a handful of records, and the search worker's reader
    // belongs to the worker's thread.
    Expected<std::unique_ptr<api::DirectoryReader>> reader = api::DirectoryReader::open(m_folder);
    if (!reader)
        return reader.error();
    if (Status loaded = render::SlipSources::load(**reader, chosenServices(), m_fallbackLanguages, &request); !loaded)
        return loaded.error();
    return request;
}

void ReferralSlipDialog::showError(const Error& error)
{
    QMessageBox::warning(this, tr("Referral slip"), tr("The slip could not be made: %1").arg(error.message));
}

Status ReferralSlipDialog::saveAsPdf(const QString& path)
{
    const Expected<render::SlipGlossary> glossary = render::SlipGlossary::load();
    if (!glossary)
        return glossary.error();
    const Expected<render::SlipRequest> slip = request();
    if (!slip)
        return slip.error();
    const Expected<render::RenderedSlip> rendered = render::ReferralSlip::render(*slip, *glossary);
    if (!rendered)
        return rendered.error();
    if (Status written = PrintOutput::write(path, rendered->pdf); !written)
        return written;
    Q_EMIT printed(chosenServices());
    return {};
}

void ReferralSlipDialog::askAndSave()
{
    // The suggested name never carries the client's note.
    const QString path = PrintOutput::askPath(this, tr("Save referral slip"), tr("referral-slip.pdf"));
    if (path.isEmpty())
        return;
    if (Status saved = saveAsPdf(path); !saved)
        showError(saved.error());
    else
        accept();
}

bool ReferralSlipDialog::prepare(QPrinter* printer, render::SlipRequest* slip, render::SlipGlossary* glossary)
{
    Expected<render::SlipGlossary> labels = render::SlipGlossary::load();
    Expected<render::SlipRequest> request = labels ? this->request() : Expected<render::SlipRequest>(labels.error());
    if (!request) {
        showError(request.error());
        return false;
    }
    *slip = std::move(request).value();
    *glossary = std::move(labels).value();
    printer->setPageLayout(render::ReferralSlip::pageLayout(slip->paper));
    printer->setDocName(glossary->label(slip->clientLanguage, QStringLiteral("title")));
    return true;
}

void ReferralSlipDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    render::SlipRequest slip;
    render::SlipGlossary glossary;
    if (!prepare(&printer, &slip, &glossary))
        return;
    const Expected<bool> done = PrintOutput::print(
        this, &printer, [&](QPagedPaintDevice* device) { return render::ReferralSlip::paint(slip, glossary, device); });
    if (!done)
        return showError(done.error());
    if (!*done)
        return;
    Q_EMIT printed(chosenServices());
    accept();
}

void ReferralSlipDialog::preview()
{
    QPrinter printer(QPrinter::HighResolution);
    render::SlipRequest slip;
    render::SlipGlossary glossary;
    if (prepare(&printer, &slip, &glossary))
        PrintOutput::preview(
            this, &printer, [&](QPagedPaintDevice* device) { return render::ReferralSlip::paint(slip, glossary, device); },
            [this](const Error& error) { showError(error); });
}

} // namespace pathways::desktop
