#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QListWidget;
class QPushButton;

namespace pathways::desktop {

/// The order of content languages, edited as a list (add, remove, move up or down) rather than typed
/// codes. "Follow the interface language" (the default) keeps the list out of the way: service texts then
/// come in the interface language first, then the others.
class LanguageOrderEditor : public QWidget
{
    Q_OBJECT
public:
    explicit LanguageOrderEditor(QWidget* parent = nullptr);

    /// `codes` empty = follow the interface language; `shownWhenFollowing` is the order that implies.
    void setLanguages(const QStringList& codes, const QStringList& shownWhenFollowing);
    /// Empty when following the interface language.
    QStringList languages() const;

    QListWidget* list() const { return m_list; }

private:
    void addCode(const QString& code);
    void move(int by);
    void updateButtons();

    QCheckBox* m_follow;
    QListWidget* m_list;
    QComboBox* m_candidates;
    QPushButton* m_add;
    QPushButton* m_remove;
    QPushButton* m_up;
    QPushButton* m_down;
};

} // namespace pathways::desktop
