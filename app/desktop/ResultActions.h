#pragma once

#include <QObject>
#include <functional>

class QAction;
class QWidget;

namespace pathways::desktop {

class DetailView;

/// What can be done with the highlighted result, from its context menu or a shortcut: copy the referral as
/// text, open the website, add to or remove from favourites. Each acts on the service the detail pane
/// shows, and only when that is the highlighted row, so nothing is copied from a service that is not the
/// one in front of the worker.
class ResultActions : public QObject
{
    Q_OBJECT
public:
    /// `results` gets the actions (context menu and shortcuts while it has focus); `currentServiceId` says
    /// which service is highlighted.
    ResultActions(QWidget* results, DetailView* detail, std::function<QString()> currentServiceId,
                  QObject* parent);

    void retranslate();
    void copyReferral();

Q_SIGNALS:
    /// One line for the status bar.
    void message(const QString& text, int timeoutMs);

private:
    void openWebsite();

    DetailView* m_detail;
    std::function<QString()> m_currentServiceId;
    QAction* m_copyReferral;
    QAction* m_openWebsite;
    QAction* m_favourite;
};

} // namespace pathways::desktop
