#pragma once

#include "desktop/SearchTypes.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTextBrowser;
class QToolButton;
class QUrl;

namespace pathways::user {
class UserStore;
}

namespace pathways::desktop {

/// The detail pane: the record (DetailHtml), the user's note for the service and a favourite toggle, both
/// stored in user.sqlite so that they survive directory updates.
class DetailView : public QWidget
{
    Q_OBJECT
public:
    DetailView(user::UserStore* store, QWidget* parent = nullptr);

    void showRecord(const RecordResponse& response);
    void clear();
    QString serviceId() const { return m_serviceId; }
    /// The record shown (empty while none is): what "Copy referral" copies.
    const RecordResponse& shownRecord() const { return m_record; }
    QTextBrowser* browser() const { return m_browser; }
    QPlainTextEdit* notes() const { return m_notes; }
    QToolButton* favouriteButton() const { return m_favourite; }
    /// Writes a pending note edit now (before switching service or closing).
    void flushNote();

Q_SIGNALS:
    void favouritesChanged();
    /// A line for the status bar ("Copied ...").
    void message(const QString& text);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void onAnchor(const QUrl& url);

    user::UserStore* m_store;
    QString m_serviceId;
    RecordResponse m_record;
    QTextBrowser* m_browser;
    QToolButton* m_favourite;
    QPlainTextEdit* m_notes;
    QLabel* m_notesLabel;
    QTimer m_saveTimer;
    bool m_noteEdited = false; ///< the note box was typed in since the note was shown or saved
    QHash<QString, QString> m_unsavedNotes; ///< service id -> note text the disk refused; saved again later
};

} // namespace pathways::desktop
