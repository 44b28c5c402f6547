#include "desktop/UpdateActions.h"

#include "desktop/AppSettings.h"
#include "desktop/TrustedPublishersDialog.h"
#include "desktop/UpdateController.h"
#include "desktop/UpdateDialog.h"

#include <QAction>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QStandardPaths>

namespace pathways::desktop {

UpdateActions::UpdateActions(directory::DataFolder folder, const AppSettings& settings, QWidget* window)
    : QObject(window), m_folder(std::move(folder)), m_settings(settings), m_window(window),
      m_controller(new UpdateController(m_folder, this)), m_update(new QAction(this)),
      m_share(new QAction(this)), m_trusted(new QAction(this)), m_checkOnline(new QAction(this))
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
    connect(m_trusted, &QAction::triggered, this,
            [this] { TrustedPublishersDialog(m_folder, m_window).exec(); });
    connect(m_checkOnline, &QAction::triggered, this, &UpdateActions::checkOnline);
    connect(m_controller, &UpdateController::finished, this, &UpdateActions::finished);
}

void UpdateActions::addTo(QMenu* menu)
{
    menu->addActions({m_update, m_share, m_trusted, m_checkOnline});
}

void UpdateActions::retranslate()
{
    m_update->setText(tr("&Update directory…"));
    m_share->setText(tr("&Share directory…"));
    m_trusted->setText(tr("Trusted publishers…"));
    m_checkOnline->setText(tr("&Check online"));
    updateAddressChanged();
}

void UpdateActions::updateAddressChanged()
{
    m_checkOnline->setVisible(!m_settings.updateUrl().isEmpty());
}

void UpdateActions::applyBundle(const QString& path)
{
    if (m_controller->isRunning()) {
        Q_EMIT message(tr("An update is already running."), 5000);
        return;
    }
    delete m_dialog;
    m_dialog = new UpdateDialog(path, m_window);
    m_dialog->show();
    m_controller->apply(path);
}

void UpdateActions::checkOnline()
{
    if (m_controller->isRunning() || m_settings.updateUrl().isEmpty())
        return;
    delete m_dialog;
    m_dialog = new UpdateDialog(m_settings.updateUrl(), m_window);
    m_dialog->show();
    m_controller->checkOnline(m_settings.updateUrl());
}

void UpdateActions::finished(const UpdateResult& result)
{
    if (m_dialog)
        m_dialog->showResult(result);
    if (result.kind == UpdateResult::Kind::Installed) {
        Q_EMIT installed(result.publisher, result.sequence);
        Q_EMIT message(tr("Directory updated: %1, version %2").arg(result.publisher).arg(result.sequence), 8000);
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
