#pragma once

#include "api/UpdateOutcome.h"
#include "directory/DataFolder.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <optional>

class QAction;
class QMenu;
class QWidget;

namespace pathways::desktop {

class AppSettings;
class UpdateController;
class UpdateDialog;
struct UpdateResult;

/// The Directory menu's update actions and what they open: update from a file, share the installed
/// directory, trusted publishers, restore the previous version, check online. Every way a bundle arrives
/// (menu, drag-and-drop, the command line) goes through applyBundle(): the file is checked and what it
/// would change is shown first; only Install installs it (that same file, unchanged since). The work runs
/// in UpdateController's worker.
class UpdateActions : public QObject
{
    Q_OBJECT
public:
    UpdateActions(directory::DataFolder folder, const AppSettings& settings, QWidget* window);
    /// A download still waiting for Install is removed (closing the app is a Cancel).
    ~UpdateActions() override;

    /// Adds the actions to `menu` (in the order the menu shows them).
    void addTo(QMenu* menu);
    void retranslate();
    /// The online check shows only with an update address set (Settings).
    void updateAddressChanged();

    void applyBundle(const QString& path);
    void shareDirectory();
    void checkOnline();
    /// Once the directory has opened: the same online check, when the user turned the check at start on,
    /// an address is set and the directory (created `directoryCreated`) is old enough. True if it started.
    bool checkAtStart(const QString& directoryCreated);
    void restorePrevious();
    void openTrustedPublishers();
    UpdateDialog* lastDialog() const { return m_dialog; }
    QAction* restoreAction() const { return m_restore; }
    QAction* checkOnlineAction() const { return m_checkOnline; }

Q_SIGNALS:
    /// The installed directory changed (installed or restored): the window reopens the directory.
    void installed(const QString& publisher, quint64 sequence);
    /// One line for the status bar.
    void message(const QString& text, int timeoutMs);

private:
    enum class Stage { Idle, Previewing, Installing, Downloading, ComparingPrevious, Restoring };
    void finished(const UpdateResult& result);
    void install();
    UpdateDialog* newDialog();
    void updateRestoreAction();
    /// Cancel of an online preview (or its dialog closed, replaced, the app closed): the download goes.
    void discardDownload();

    directory::DataFolder m_folder;
    const AppSettings& m_settings;
    QWidget* m_window;
    UpdateController* m_controller;
    QPointer<UpdateDialog> m_dialog;
    Stage m_stage = Stage::Idle;
    QString m_path;         ///< the file being previewed or installed
    QByteArray m_previewed; ///< SHA-256 of the bytes the preview showed: Install installs only these
    bool m_online = false;  ///< the dialog is about Check online (not a file)
    std::optional<api::DownloadedBundle> m_download; ///< Check online's previewed file, until Install/Cancel
    QAction* m_update;
    QAction* m_share;
    QAction* m_trusted;
    QAction* m_restore;
    QAction* m_checkOnline;
};

} // namespace pathways::desktop
