#pragma once

#include "directory/DataFolder.h"

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QWidget;

namespace pathways::desktop {

class AppSettings;
class UpdateController;
class UpdateDialog;
struct UpdateResult;

/// The Directory menu's update actions and what they open: update from a file, share the installed
/// directory, trusted publishers, check online. Every way a bundle arrives (menu, drag-and-drop, the command
/// line) goes through applyBundle(); the update itself runs in UpdateController's worker.
class UpdateActions : public QObject
{
    Q_OBJECT
public:
    UpdateActions(directory::DataFolder folder, const AppSettings& settings, QWidget* window);

    /// Adds the actions to `menu` (in the order the menu shows them).
    void addTo(QMenu* menu);
    void retranslate();
    /// The online check shows only with an update address set (Settings).
    void updateAddressChanged();

    void applyBundle(const QString& path);
    void shareDirectory();
    void checkOnline();
    UpdateDialog* lastDialog() const { return m_dialog; }

Q_SIGNALS:
    /// A bundle was installed: the window reopens the directory.
    void installed(const QString& publisher, quint64 sequence);
    /// One line for the status bar.
    void message(const QString& text, int timeoutMs);

private:
    void finished(const UpdateResult& result);

    directory::DataFolder m_folder;
    const AppSettings& m_settings;
    QWidget* m_window;
    UpdateController* m_controller;
    QPointer<UpdateDialog> m_dialog;
    QAction* m_update;
    QAction* m_share;
    QAction* m_trusted;
    QAction* m_checkOnline;
};

} // namespace pathways::desktop
