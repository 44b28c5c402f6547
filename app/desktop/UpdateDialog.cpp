#include "desktop/UpdateDialog.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QVBoxLayout>

namespace pathways::desktop {

UpdateDialog::UpdateDialog(const QString& bundlePath, QWidget* parent)
    : QDialog(parent), m_headline(new QLabel(this)), m_progress(new QProgressBar(this)),
      m_details(new QPlainTextEdit(this))
{
    setWindowTitle(tr("Update directory"));
    auto* layout = new QVBoxLayout(this);
    m_headline->setText(tr("Checking %1…").arg(QFileInfo(bundlePath).fileName()));
    m_headline->setWordWrap(true);
    m_headline->setAccessibleName(tr("Update result"));
    QFont font = m_headline->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    m_headline->setFont(font);
    layout->addWidget(m_headline);
    m_progress->setRange(0, 0);
    m_progress->setAccessibleName(tr("Update progress"));
    layout->addWidget(m_progress);
    m_details->setReadOnly(true);
    m_details->setAccessibleName(tr("Update details"));
    m_details->hide();
    layout->addWidget(m_details, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 380);
}

QString UpdateDialog::headline() const
{
    return m_headline->text();
}

QString UpdateDialog::details() const
{
    return m_details->toPlainText();
}

void UpdateDialog::showResult(const UpdateResult& result)
{
    m_progress->hide();
    m_details->show();
    m_headline->setText(result.headline);
    QStringList lines;
    switch (result.kind) {
    case UpdateResult::Kind::Refused:
        lines << tr("Nothing was changed: your directory and your notes are as they were.") << QString()
              << tr("Technical reason: %1").arg(result.detail);
        break;
    case UpdateResult::Kind::AlreadyInstalled:
        lines << tr("This directory (%1, version %2) is the one you have.")
                     .arg(result.publisher)
                     .arg(result.sequence);
        break;
    case UpdateResult::Kind::Installed: {
        lines << tr("Now installed: %1, version %2.").arg(result.publisher).arg(result.sequence)
              << tr("%Ln service(s) added", "", static_cast<int>(result.diff.added.size()))
              << tr("%Ln service(s) changed", "", static_cast<int>(result.diff.changed.size()))
              << tr("%Ln service(s) removed", "", static_cast<int>(result.diff.removed.size()));
        auto list = [&lines](const QString& title, const QList<bundle::DirectoryDiff::Entry>& entries) {
            if (entries.isEmpty())
                return;
            lines << QString() << title;
            for (const auto& entry : entries)
                lines << QStringLiteral("  • %1").arg(entry.name.isEmpty() ? entry.id : entry.name);
        };
        list(tr("Added:"), result.diff.added);
        list(tr("Changed:"), result.diff.changed);
        list(tr("Removed:"), result.diff.removed);
        break;
    }
    }
    for (const QString& warning : result.warnings)
        lines << QString() << tr("Warning: %1").arg(warning);
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
}

} // namespace pathways::desktop
