#include "desktop/ReferralActions.h"

#include "desktop/AppSettings.h"
#include "desktop/DetailView.h"
#include "desktop/CorrectionDialog.h"
#include "desktop/CorrectionsDialog.h"
#include "desktop/PathwayDialog.h"
#include "desktop/ReferralLogDialog.h"
#include "desktop/ReferralSlipDialog.h"
#include "api/DirectoryReader.h"
#include "api/ReferralLogging.h"
#include "user/CorrectionQueue.h"
#include "user/ReferralLog.h"

#include <QAction>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QWidget>

namespace pathways::desktop {

ReferralActions::ReferralActions(directory::DataFolder folder, const AppSettings& settings, QWidget* results,
                                 DetailView* detail, std::function<QString()> currentServiceId, QWidget* window)
    : QObject(window), m_folder(std::move(folder)), m_settings(settings), m_window(window), m_detail(detail),
      m_currentServiceId(std::move(currentServiceId)), m_menu(new QMenu(window)), m_printSlip(new QAction(this)),
      m_addToSlip(new QAction(this)), m_logReferral(new QAction(this)), m_report(new QAction(this)),
      m_pathway(new QAction(this)), m_referralLog(new QAction(this)), m_corrections(new QAction(this))
{
    m_printSlip->setShortcut(QKeySequence::Print);
    connect(m_printSlip, &QAction::triggered, this, &ReferralActions::printSlip);
    m_addToSlip->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_addToSlip, &QAction::triggered, this, &ReferralActions::addToSlip);
    connect(m_report, &QAction::triggered, this, &ReferralActions::reportOutdated);
    connect(m_corrections, &QAction::triggered, this, &ReferralActions::showCorrections);
    connect(m_logReferral, &QAction::triggered, this, &ReferralActions::logReferral);
    connect(m_pathway, &QAction::triggered, this, &ReferralActions::printPathway);
    connect(m_referralLog, &QAction::triggered, this, &ReferralActions::showReferralLog);
    for (QAction* action : {m_printSlip, m_addToSlip, m_logReferral, m_report}) {
        m_menu->addAction(action);
        results->addAction(action); // the result's context menu
    }
    m_menu->addSeparator();
    m_menu->addAction(m_pathway);
    m_menu->addSeparator();
    m_menu->addAction(m_referralLog);
    m_menu->addAction(m_corrections);
}

ReferralSlipDialog* ReferralActions::lastSlipDialog() const
{
    return m_slipDialog;
}

PathwayDialog* ReferralActions::lastPathwayDialog() const
{
    return m_pathwayDialog;
}

ReferralLogDialog* ReferralActions::lastLogDialog() const
{
    return m_logDialog;
}

void ReferralActions::retranslate()
{
    m_menu->setTitle(tr("&Referral"));
    m_printSlip->setText(tr("&Print referral slip…"));
    m_addToSlip->setText(tr("&Add to referral slip"));
    m_logReferral->setText(tr("&Log referral"));
    m_report->setText(tr("Report &outdated information…"));
    m_pathway->setText(tr("Printable referral &pathway…"));
    m_referralLog->setText(tr("Referral lo&g…"));
    m_corrections->setText(tr("Reported &corrections…"));
}

QPair<QString, QString> ReferralActions::current() const
{
    const QString id = m_currentServiceId();
    const auto& record = m_detail->shownRecord().record;
    if (id.isEmpty() || !record || record->summary.id != id)
        return {};
    return {id, record->summary.name.text};
}

void ReferralActions::addToSlip()
{
    const auto service = current();
    if (service.first.isEmpty()) {
        Q_EMIT message(tr("Choose a service first (or wait until its details are shown)."), 4000);
        return;
    }
    if (!m_gathered.contains(service))
        m_gathered << service;
    Q_EMIT message(tr("%Ln service(s) on the next referral slip; Ctrl+P prints it.", nullptr, int(m_gathered.size())),
                   6000);
}

void ReferralActions::printSlip()
{
    QList<QPair<QString, QString>> services = m_gathered;
    const auto service = current();
    if (!service.first.isEmpty() && !services.contains(service))
        services << service;
    if (services.isEmpty()) {
        Q_EMIT message(tr("Choose a service first (or wait until its details are shown)."), 4000);
        return;
    }
    QString worker = m_settings.interfaceLanguage();
    if (worker.isEmpty())
        worker = QLocale().name().section(QLatin1Char('_'), 0, 0);
    auto* dialog = new ReferralSlipDialog(m_folder, services, worker, m_settings.contentLanguages(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReferralSlipDialog::printed, this, [this](const QStringList& ids) {
        m_gathered.clear();
        const QString logged = record(ids);
        Q_EMIT message(tr("Referral slip of %Ln service(s) done.", nullptr, int(ids.size())) +
                           (logged.isEmpty() ? QString() : QLatin1Char(' ') + logged),
                       6000);
    });
    m_slipDialog = dialog;
    dialog->open();
}

QString ReferralActions::record(const QStringList& serviceIds)
{
    // Only ids reach the log: name and category are read from the directory in core, so nothing typed in the
    // slip dialog (the client's note) can.
    auto reader = api::DirectoryReader::open(m_folder);
    const Expected<int> logged =
        reader ? api::ReferralLogging::record(m_folder.userDatabasePath(), **reader, serviceIds, m_settings.contentLanguages())
               : Expected<int>(reader.error());
    if (!logged)
        return tr("The referral log could not be written: %1").arg(logged.error().message);
    return *logged > 0 ? tr("%Ln referral(s) added to the referral log.", nullptr, *logged) : QString();
}

void ReferralActions::logReferral()
{
    const auto service = current();
    if (service.first.isEmpty()) {
        Q_EMIT message(tr("Choose a service first (or wait until its details are shown)."), 4000);
        return;
    }
    const Expected<bool> on = user::ReferralLog::isEnabled(m_folder.userDatabasePath());
    if (on && !*on) {
        Q_EMIT message(tr("The referral log is off: turn it on in Referral → Referral log…"), 8000);
        return;
    }
    const QString logged = record({service.first});
    Q_EMIT message(logged, 6000);
}

void ReferralActions::printPathway()
{
    QString language = m_settings.interfaceLanguage();
    if (language.isEmpty())
        language = QLocale().name().section(QLatin1Char('_'), 0, 0);
    auto* dialog = new PathwayDialog(m_folder, language, m_settings.contentLanguages(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_pathwayDialog = dialog;
    dialog->open();
}

void ReferralActions::showReferralLog()
{
    auto* dialog = new ReferralLogDialog(m_folder, m_settings.contentLanguages(), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_logDialog = dialog;
    dialog->open();
}

void ReferralActions::reportOutdated()
{
    const RecordResponse& shown = m_detail->shownRecord();
    if (current().first.isEmpty() || !shown.record) {
        Q_EMIT message(tr("Choose a service first (or wait until its details are shown)."), 4000);
        return;
    }
    api::ServiceDetails details;
    details.record = *shown.record;
    CorrectionDialog dialog(details, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    user::Correction correction = dialog.correction();
    // The directory the worker looked at: the coordinator needs its version to read "old value" right.
    if (auto reader = api::DirectoryReader::open(m_folder)) {
        if (const auto status = (*reader)->status()) {
            correction.directoryPublisher = status->publisher;
            correction.directoryVersion = status->sequence;
        }
    }
    auto queue = user::CorrectionQueue::open(m_folder.userDatabasePath());
    const Expected<qint64> added = queue ? (*queue)->add(correction) : Expected<qint64>(queue.error());
    if (!added) {
        QMessageBox::warning(m_window, tr("Report outdated information"),
                             tr("The report could not be kept: %1").arg(added.error().message));
        return;
    }
    const auto pending = (*queue)->list(true);
    Q_EMIT message(tr("Report kept; %Ln correction(s) waiting to be exported (Referral → Reported corrections).",
                      nullptr, pending ? int(pending->size()) : 1),
                   8000);
}

void ReferralActions::showCorrections()
{
    CorrectionsDialog dialog(m_folder.userDatabasePath(), m_window);
    dialog.exec();
}

} // namespace pathways::desktop
