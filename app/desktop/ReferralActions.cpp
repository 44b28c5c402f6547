#include "desktop/ReferralActions.h"

#include "desktop/AppSettings.h"
#include "desktop/DetailView.h"
#include "desktop/CorrectionDialog.h"
#include "desktop/CorrectionsDialog.h"
#include "desktop/ReferralSlipDialog.h"
#include "api/DirectoryReader.h"
#include "user/CorrectionQueue.h"

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
      m_addToSlip(new QAction(this)), m_report(new QAction(this)), m_corrections(new QAction(this))
{
    m_printSlip->setShortcut(QKeySequence::Print);
    connect(m_printSlip, &QAction::triggered, this, &ReferralActions::printSlip);
    m_addToSlip->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(m_addToSlip, &QAction::triggered, this, &ReferralActions::addToSlip);
    connect(m_report, &QAction::triggered, this, &ReferralActions::reportOutdated);
    connect(m_corrections, &QAction::triggered, this, &ReferralActions::showCorrections);
    for (QAction* action : {m_printSlip, m_addToSlip, m_report}) {
        m_menu->addAction(action);
        results->addAction(action); // the result's context menu
    }
    m_menu->addSeparator();
    m_menu->addAction(m_corrections);
}

ReferralSlipDialog* ReferralActions::lastSlipDialog() const
{
    return m_slipDialog;
}

void ReferralActions::retranslate()
{
    m_menu->setTitle(tr("&Referral"));
    m_printSlip->setText(tr("&Print referral slip…"));
    m_addToSlip->setText(tr("&Add to referral slip"));
    m_report->setText(tr("Report &outdated information…"));
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
        Q_EMIT message(tr("Referral slip of %Ln service(s) done.", nullptr, int(ids.size())), 6000);
    });
    m_slipDialog = dialog;
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
