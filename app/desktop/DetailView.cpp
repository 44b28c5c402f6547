#include "desktop/DetailView.h"

#include "desktop/DetailHtml.h"
#include "user/UserStore.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QTextBrowser>
#include <QToolButton>
#include <QUrl>
#include <QHBoxLayout>
#include <QTextDocument>
#include <QVBoxLayout>

namespace pathways::desktop {

DetailView::DetailView(user::UserStore* store, QWidget* parent)
    : QWidget(parent), m_store(store), m_browser(new QTextBrowser(this)), m_favourite(new QToolButton(this)),
      m_notes(new QPlainTextEdit(this)), m_notesLabel(new QLabel(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &DetailView::onAnchor);
    layout->addWidget(m_browser, 3);

    m_favourite->setCheckable(true);
    m_favourite->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_favourite, &QToolButton::toggled, this, [this](bool on) {
        m_favourite->setText(on ? tr("★ Favourite") : tr("☆ Add to favourites"));
        if (m_serviceId.isEmpty() || !m_store)
            return;
        m_store->setFavourite(m_serviceId, on);
        Q_EMIT favouritesChanged();
    });
    // The favourite button and the notes' label share one row, and the notes get three lines: on a 600 px
    // screen every line they take is a line less of the record a referral is made from.
    auto* row = new QHBoxLayout;
    row->addWidget(m_favourite);
    row->addWidget(m_notesLabel, 1);
    layout->addLayout(row);

    m_notesLabel->setBuddy(m_notes);
    m_notesLabel->setWordWrap(true);
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(3 * m_notes->fontMetrics().lineSpacing() + 2 * m_notes->frameWidth() +
                              static_cast<int>(2 * m_notes->document()->documentMargin()));
    layout->addWidget(m_notes, 1);
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(400);
    connect(&m_saveTimer, &QTimer::timeout, this, &DetailView::flushNote);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] { m_saveTimer.start(); });
    retranslate();
    clear();
}

void DetailView::retranslate()
{
    m_notesLabel->setText(tr("&My notes (only on this computer):"));
    m_browser->setAccessibleName(tr("Service details"));
    m_browser->setPlaceholderText(tr("Choose a service to see how to refer to it."));
    m_favourite->setText(m_favourite->isChecked() ? tr("★ Favourite") : tr("☆ Add to favourites"));
    m_favourite->setAccessibleName(tr("Favourite"));
    m_notes->setAccessibleName(tr("My notes"));
    m_notes->setPlaceholderText(tr("Who to ask for, what worked… Kept on this computer and never shared."));
}

void DetailView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void DetailView::flushNote()
{
    m_saveTimer.stop();
    if (!m_serviceId.isEmpty() && m_store && m_notes->isEnabled())
        m_store->setNote(m_serviceId, m_notes->toPlainText());
}

void DetailView::clear()
{
    flushNote();
    m_serviceId.clear();
    m_record = RecordResponse{};
    m_browser->clear();
    const QSignalBlocker noteBlocker(m_notes);
    const QSignalBlocker favouriteBlocker(m_favourite);
    m_notes->clear();
    m_notes->setEnabled(false);
    m_favourite->setChecked(false);
    m_favourite->setEnabled(false);
}

void DetailView::showRecord(const RecordResponse& response)
{
    flushNote();
    m_browser->setHtml(DetailHtml::render(response, QDate::currentDate()));
    m_serviceId = response.record ? response.record->summary.id : QString();
    m_record = response;
    const bool usable = !m_serviceId.isEmpty() && m_store;
    const QSignalBlocker noteBlocker(m_notes);
    const QSignalBlocker favouriteBlocker(m_favourite);
    m_notes->setEnabled(usable);
    m_favourite->setEnabled(usable);
    m_notes->setPlainText(usable ? m_store->note(m_serviceId) : QString());
    const bool favourite = usable && m_store->isFavourite(m_serviceId);
    m_favourite->setChecked(favourite);
    m_favourite->setText(favourite ? tr("★ Favourite") : tr("☆ Add to favourites"));
}

void DetailView::onAnchor(const QUrl& url)
{
    if (url.scheme() == DetailHtml::copyScheme()) {
        const QString text = QUrl::fromPercentEncoding(url.path(QUrl::FullyEncoded).toUtf8());
        QApplication::clipboard()->setText(text);
        Q_EMIT message(tr("Copied: %1").arg(text));
        return;
    }
    QDesktopServices::openUrl(url);
}

} // namespace pathways::desktop
