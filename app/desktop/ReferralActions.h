#pragma once

#include "directory/DataFolder.h"

#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace pathways::desktop {

class AppSettings;
class DetailView;
class PathwayDialog;
class ReferralLogDialog;
class ReferralSlipDialog;

/// The Referral menu, and the same actions in a result's context menu: print a referral slip of the
/// highlighted service (Ctrl+P), or first gather several services onto one slip ("Add to referral slip");
/// report outdated information about a service, and see and export the reports; the printable referral
/// pathway; the optional referral log ("Log referral", and the log itself).
class ReferralActions : public QObject
{
    Q_OBJECT
public:
    ReferralActions(directory::DataFolder folder, const AppSettings& settings, QWidget* results, DetailView* detail,
                    std::function<QString()> currentServiceId, QWidget* window);

    QMenu* menu() const { return m_menu; }
    void retranslate();

    void printSlip();
    void addToSlip();
    /// "Report outdated information" on the highlighted service: queued in user.sqlite.
    void reportOutdated();
    /// The reported corrections: pending (editable) and exported; export for the coordinator.
    void showCorrections();
    /// The booklet of a place's services by category (PathwayDialog).
    void printPathway();
    /// Adds the highlighted service to the referral log, when the worker turned the log on.
    void logReferral();
    /// The referral log: its switch, counts per month and category, export as CSV.
    void showReferralLog();
    /// Services gathered for the next slip: (id, name).
    const QList<QPair<QString, QString>>& gathered() const { return m_gathered; }
    ReferralSlipDialog* lastSlipDialog() const;
    PathwayDialog* lastPathwayDialog() const;
    ReferralLogDialog* lastLogDialog() const;

Q_SIGNALS:
    /// One line for the status bar.
    void message(const QString& text, int timeoutMs);

private:
    /// The highlighted service (id, name), or an empty id while its details are loading.
    QPair<QString, QString> current() const;
    /// Counts these services in the referral log when it is on (the log's own rule, in core); answers a
    /// sentence for the status bar, empty when the log is off.
    QString record(const QStringList& serviceIds);

    directory::DataFolder m_folder;
    const AppSettings& m_settings;
    QWidget* m_window;
    DetailView* m_detail;
    std::function<QString()> m_currentServiceId;
    QList<QPair<QString, QString>> m_gathered;
    QPointer<ReferralSlipDialog> m_slipDialog;
    QPointer<PathwayDialog> m_pathwayDialog;
    QPointer<ReferralLogDialog> m_logDialog;
    QMenu* m_menu;
    QAction* m_printSlip;
    QAction* m_addToSlip;
    QAction* m_logReferral;
    QAction* m_report;
    QAction* m_pathway;
    QAction* m_referralLog;
    QAction* m_corrections;
};

} // namespace pathways::desktop
