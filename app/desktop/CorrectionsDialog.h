#pragma once

#include "error/Expected.h"

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace pathways::desktop {

/// The corrections reported on this computer: pending ones (editable, removable) and those already exported.
/// "Export…" writes the pending ones to one JSON file for the directory's coordinator.
class CorrectionsDialog : public QDialog
{
    Q_OBJECT
public:
    CorrectionsDialog(QString userFile, QWidget* parent);

    QTableWidget* table() const { return m_table; }
    QPushButton* exportButton() const { return m_export; }
    /// Writes the pending corrections to `path` ("Export…" asks for the path, then calls this).
    Expected<int> exportTo(const QString& path);
    void reload();

private:
    void editSelected();
    void removeSelected();
    void askAndExport();
    qint64 selectedId(bool* pending) const;

    QString m_userFile;
    QTableWidget* m_table;
    QPushButton* m_edit;
    QPushButton* m_remove;
    QPushButton* m_export;
};

} // namespace pathways::desktop
