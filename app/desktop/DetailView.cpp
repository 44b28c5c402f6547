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
#include <utility>

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
        if (const Status saved = m_store->setFavourite(m_serviceId, on); !saved) {
            const QSignalBlocker blocker(m_favourite); // the button shows what is stored, nothing else
            m_favourite->setChecked(!on);
            m_favourite->setText(!on ? tr("★ Favourite") : tr("☆ Add to favourites"));
            Q_EMIT message(tr("Could not save the favourite: %1").arg(saved.error().message));
            return;
        }
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
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        m_noteEdited = true;
        m_saveTimer.start();
    });
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
    // Only a note typed here (or one the disk refused before) is written: writing the shown note back on
    // every change of service cost a user.sqlite transaction per keystroke, and would overwrite a note
    // another program changed meanwhile.
    const bool edited = std::exchange(m_noteEdited, false);
    if (m_serviceId.isEmpty() || !m_store || !m_notes->isEnabled() ||
        (!edited && !m_unsavedNotes.contains(m_serviceId)))
        return;
    const QString text = m_notes->toPlainText();
    if (const Status saved = m_store->setNote(m_serviceId, text); !saved) {
        // Kept here and tried again on the next save, so a full disk never loses what was typed.
        m_unsavedNotes.insert(m_serviceId, text);
        Q_EMIT message(tr("Your note could not be saved: %1").arg(saved.error().message));
        return;
    }
    m_unsavedNotes.remove(m_serviceId);
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
    const Expected<QString> note = usable ? m_store->note(m_serviceId) : Expected<QString>(QString());
    const Expected<bool> stored = usable ? m_store->isFavourite(m_serviceId) : Expected<bool>(false);
    if (!note || !stored)
        Q_EMIT message(tr("Your notes cannot be read: %1").arg((!note ? note.error() : stored.error()).message));
    // A note that cannot be read is not shown as empty and never overwritten.
    m_notes->setEnabled(usable && note.ok());
    m_favourite->setEnabled(usable && stored.ok());
    m_notes->setPlainText(m_unsavedNotes.value(m_serviceId, note ? *note : QString()));
    const bool favourite = stored && *stored;
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
