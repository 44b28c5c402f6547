#include "desktop/UpdateActions.h"

#include "api/StartupCheck.h"
#include "api/UpdateService.h"
#include "desktop/AppSettings.h"
#include "desktop/TrustedPublishersDialog.h"
#include "desktop/UpdateController.h"
#include "desktop/UpdateDialog.h"

#include <QAction>
#include <QDateTime>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>

namespace pathways::desktop {

UpdateActions::UpdateActions(directory::DataFolder folder, const AppSettings& settings, QWidget* window)
    : QObject(window), m_folder(std::move(folder)), m_settings(settings), m_window(window),
      m_controller(new UpdateController(m_folder, this)), m_update(new QAction(this)),
      m_share(new QAction(this)), m_trusted(new QAction(this)), m_restore(new QAction(this)),
      m_checkOnline(new QAction(this))
{
    connect(m_update, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            m_window, tr("Update directory"), QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
            tr("Pathways directory (*.pathways)"));
        if (!path.isEmpty())
            applyBundle(path);
    });
    m_update->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_U));
    connect(m_share, &QAction::triggered, this, &UpdateActions::shareDirectory);
    connect(m_trusted, &QAction::triggered, this, &UpdateActions::openTrustedPublishers);
    connect(m_restore, &QAction::triggered, this, &UpdateActions::restorePrevious);
    connect(m_checkOnline, &QAction::triggered, this, &UpdateActions::checkOnline);
    connect(m_controller, &UpdateController::finished, this, &UpdateActions::finished);
    connect(m_controller, &UpdateController::progress, this, [this](qint64 received, qint64 total) {
        if (m_dialog)
            m_dialog->showProgress(received, total);
    });
}

UpdateActions::~UpdateActions()
{
    discardDownload();
}

void UpdateActions::discardDownload()
{
    if (m_download)
        api::UpdateService::discardDownload(*std::exchange(m_download, std::nullopt));
}

void UpdateActions::addTo(QMenu* menu)
{
    menu->addActions({m_update, m_share, m_trusted, m_restore, m_checkOnline});
    menu->setToolTipsVisible(true); // a disabled "Restore previous version…" says why
    connect(menu, &QMenu::aboutToShow, this, &UpdateActions::updateRestoreAction);
}

void UpdateActions::retranslate()
{
    m_update->setText(tr("&Update directory…"));
    m_share->setText(tr("&Share directory…"));
    m_trusted->setText(tr("Trusted publishers…"));
    m_restore->setText(tr("&Restore previous version…"));
    m_checkOnline->setText(tr("&Check online"));
    updateAddressChanged();
    updateRestoreAction();
}

void UpdateActions::updateAddressChanged()
{
    m_checkOnline->setVisible(!m_settings.updateUrl().isEmpty());
}

void UpdateActions::updateRestoreAction()
{
    const bool kept = api::UpdateService(m_folder).hasPreviousVersion();
    m_restore->setEnabled(kept);
    m_restore->setToolTip(kept ? tr("Install again the directory you had before the last update.")
                               : tr("No previous version is kept yet: one is kept from the next update on."));
    m_restore->setStatusTip(m_restore->toolTip());
}

UpdateDialog* UpdateActions::newDialog()
{
    discardDownload(); // a new look replaces the one waiting for Install
    if (m_dialog) { // may be the sender of the click that got here: deleted once that returns
        m_dialog->disconnect(this);
        m_dialog->hide();
        m_dialog->deleteLater();
    }
    m_online = false;
    m_dialog = new UpdateDialog(m_window);
    // Not modal: the window stays usable while a download runs; the dialog is one at a time anyway.
    connect(m_dialog, &UpdateDialog::installRequested, this, &UpdateActions::install);
    connect(m_dialog, &UpdateDialog::cancelRequested, m_controller, &UpdateController::cancel);
    connect(m_dialog, &UpdateDialog::trustRequested, this, [this] {
        openTrustedPublishers();
        // Looked at again: with the key now trusted, it shows what it would change.
        if (m_online)
            checkOnline();
        else
            applyBundle(m_path);
    });
    // Cancel, Close or the window's close button: a download still waiting for Install goes (Install
    // itself ends it first, so a result's Close finds nothing waiting).
    connect(m_dialog, &QDialog::finished, this, &UpdateActions::discardDownload);
    m_dialog->show();
    return m_dialog;
}

void UpdateActions::applyBundle(const QString& path)
{
    if (m_controller->isRunning()) {
        Q_EMIT message(tr("An update is already running."), 5000);
        return;
    }
    m_stage = Stage::Previewing;
    m_path = path;
    m_previewed.clear();
    newDialog()->showWorking(tr("Checking %1…").arg(QFileInfo(path).fileName()),
                             tr("Nothing is changed until you choose Install."), false);
    m_controller->preview(path);
}

void UpdateActions::install()
{
    if (m_controller->isRunning() || !m_dialog)
        return;
    if (m_stage == Stage::ComparingPrevious) {
        m_stage = Stage::Restoring;
        m_dialog->showWorking(tr("Restoring the previous version…"), QString(), false);
        m_controller->restorePrevious(false);
        return;
    }
    m_stage = Stage::Installing;
    m_dialog->showWorking(tr("Installing…"), QString(), false);
    if (m_download) // Check online: the downloaded file that was looked at, then it goes
        m_controller->installDownloaded(*std::exchange(m_download, std::nullopt), m_previewed);
    else
        m_controller->install(m_path, m_previewed);
}

void UpdateActions::checkOnline()
{
    if (m_controller->isRunning() || m_settings.updateUrl().isEmpty())
        return;
    m_stage = Stage::Downloading;
    newDialog()->showWorking(tr("Downloading the directory…"), m_settings.updateUrl(), true);
    m_online = true;
    m_controller->checkOnline(m_settings.updateUrl());
}

bool UpdateActions::checkAtStart(const QString& directoryCreated)
{
    if (!api::shouldCheckAtStart(m_settings.checkAtStart(), m_settings.updateUrl(), directoryCreated,
                                 QDateTime::currentDateTimeUtc(), m_settings.checkAtStartDays()) ||
        m_controller->isRunning())
        return false;
    checkOnline(); // the dialog is not modal: the window is usable while it downloads
    return true;
}

void UpdateActions::restorePrevious()
{
    if (m_controller->isRunning())
        return;
    m_stage = Stage::ComparingPrevious;
    newDialog()->showWorking(tr("Comparing with the previous version…"), QString(), false);
    m_controller->restorePrevious(true);
}

void UpdateActions::openTrustedPublishers()
{
    TrustedPublishersDialog(m_folder, m_window).exec();
}

void UpdateActions::finished(const UpdateResult& result)
{
    const Stage stage = std::exchange(m_stage, Stage::Idle);
    if (result.download && (!m_dialog || !m_dialog->isVisible())) {
        api::UpdateService::discardDownload(*result.download); // its dialog was closed while it ran
        return;
    }
    if (result.kind == UpdateResult::Kind::Previewed && m_dialog) {
        if (stage == Stage::ComparingPrevious) {
            m_stage = Stage::ComparingPrevious; // Restore comes next, if chosen
            m_dialog->showRestorePreview(result);
        } else {
            m_stage = Stage::Previewing;
            m_previewed = result.bundleSha256;
            m_download = result.download; // Check online: kept until Install or Cancel
            m_dialog->showPreview(result);
        }
        return;
    }
    if (m_dialog)
        m_dialog->showResult(result);
    if (result.kind == UpdateResult::Kind::Installed || result.kind == UpdateResult::Kind::Restored) {
        updateRestoreAction();
        Q_EMIT installed(result.publisher, result.sequence);
        Q_EMIT message(result.kind == UpdateResult::Kind::Installed
                           ? tr("Directory updated: %1, version %2").arg(result.publisher).arg(result.sequence)
                           : tr("Previous version restored: %1, version %2")
                                 .arg(result.publisher)
                                 .arg(result.sequence),
                       8000);
    }
}

void UpdateActions::shareDirectory()
{
    const QString path =
        QFileDialog::getSaveFileName(m_window, tr("Share directory"),
                                     QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                                         QStringLiteral("/directory.pathways"),
                                     tr("Pathways directory (*.pathways)"));
    if (path.isEmpty())
        return;
    if (const Status shared = m_controller->exportInstalled(path))
        Q_EMIT message(tr("Saved %1: a colleague can open it with Update directory.").arg(path), 8000);
    else
        QMessageBox::warning(m_window, tr("Share directory"),
                             tr("Could not share the directory: %1").arg(shared.error().message));
}

} // namespace pathways::desktop
