#pragma once

#include "directory/DataFolder.h"

#include <QDialog>
#include <functional>

class QPushButton;
class QTreeWidget;

namespace pathways::desktop {

/// "Directory -> Trusted publishers…": the keys this computer trusts for directory updates (name,
/// fingerprint in groups to read aloud, added when, from where; revoked and rotated keys marked), adding
/// one from a .pub file or pasted text after an explicit fingerprint check, and removing one. The
/// demonstration key is listed but can never be added or removed. Everything goes through api::TrustedKeys.
class TrustedPublishersDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TrustedPublishersDialog(directory::DataFolder folder, QWidget* parent = nullptr);

    /// Adds the key in `text` after the user confirmed its fingerprint (`confirm` shows the question; tests
    /// pass their own). Returns false when the user declined or the key was refused (a message says why).
    bool addKey(const QByteArray& text, const QString& from);
    QTreeWidget* list() const { return m_list; }

    /// The confirmation: asks whether the fingerprint matches what the coordinator read out.
    std::function<bool(const QString& fingerprint)> confirm;

private:
    void reload();
    void addFromFile();
    void addFromText();
    void removeSelected();

    directory::DataFolder m_folder;
    QTreeWidget* m_list;
    QPushButton* m_remove;
};

} // namespace pathways::desktop
