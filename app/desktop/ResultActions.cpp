#include "desktop/ResultActions.h"

#include "desktop/DetailView.h"
#include "desktop/ReferralText.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QToolButton>
#include <QUrl>
#include <QWidget>

namespace pathways::desktop {

ResultActions::ResultActions(QWidget* results, DetailView* detail, std::function<QString()> currentServiceId,
                             QObject* parent)
    : QObject(parent), m_detail(detail), m_currentServiceId(std::move(currentServiceId)),
      m_copyReferral(new QAction(this)), m_openWebsite(new QAction(this)), m_favourite(new QAction(this))
{
    m_copyReferral->setShortcut(QKeySequence::Copy);
    connect(m_copyReferral, &QAction::triggered, this, &ResultActions::copyReferral);
    m_openWebsite->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    connect(m_openWebsite, &QAction::triggered, this, &ResultActions::openWebsite);
    m_favourite->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_favourite, &QAction::triggered, this, [this] {
        if (m_detail->favouriteButton()->isEnabled())
            m_detail->favouriteButton()->click();
    });
    for (QAction* action : {m_copyReferral, m_openWebsite, m_favourite}) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        results->addAction(action);
    }
}

void ResultActions::retranslate()
{
    m_copyReferral->setText(tr("&Copy referral as text"));
    m_openWebsite->setText(tr("Open &website"));
    m_favourite->setText(tr("Add to or remove from &favourites"));
}

void ResultActions::copyReferral()
{
    const RecordResponse& shown = m_detail->shownRecord();
    if (!shown.record || shown.record->summary.id != m_currentServiceId()) {
        Q_EMIT message(tr("The details are still loading; try again in a moment."), 4000);
        return;
    }
    QApplication::clipboard()->setText(ReferralText::render(shown));
    Q_EMIT message(tr("Copied the referral for %1.").arg(shown.record->summary.name.text), 4000);
}

void ResultActions::openWebsite()
{
    const auto& record = m_detail->shownRecord().record;
    if (record && !record->url.isEmpty())
        QDesktopServices::openUrl(QUrl::fromUserInput(record->url));
    else
        Q_EMIT message(tr("This service gives no website."), 4000);
}

} // namespace pathways::desktop
