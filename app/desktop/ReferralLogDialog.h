#pragma once

#include "directory/DataFolder.h"

#include <QDialog>
#include <QHash>
#include <QStringList>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace pathways::desktop {

/// Referral → Referral log…: the switch of the optional referral log (off by default, explained in plain
/// words), the referrals counted per month and category, export as CSV for the monthly report, and delete.
/// Turning the log off asks whether to keep or delete what it holds. All through api::ReferralLogging and
/// user::ReferralLog; the log never holds anything about the client.
class ReferralLogDialog : public QDialog
{
    Q_OBJECT
public:
    ReferralLogDialog(directory::DataFolder folder, const QStringList& languages, QWidget* parent);

    // The real widgets, for tests.
    QCheckBox* enabledBox() const { return m_enabled; }
    QTableWidget* table() const { return m_table; }
    QLabel* totalLabel() const { return m_total; }
    QPushButton* exportButton() const { return m_export; }

    /// Writes the whole log as CSV to `path` ("Export as CSV…" asks for the path, then calls this); false after
    /// telling the worker why.
    bool exportTo(const QString& path);

public Q_SLOTS:
    void reload();
    void askAndExport();
    void askAndClear();

Q_SIGNALS:
    /// The log was turned on or off here.
    void switched(bool on);

private:
    void toggle(bool on);
    void warn(const QString& message);

    directory::DataFolder m_folder;
    QHash<QString, QString> m_categoryNames;
    QCheckBox* m_enabled;
    QLabel* m_explanation;
    QTableWidget* m_table;
    QLabel* m_total;
    QPushButton* m_export;
    QPushButton* m_clear;
};

} // namespace pathways::desktop
