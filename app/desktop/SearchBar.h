#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;

namespace pathways::desktop {

/// The row above the results: the search field, the sort order and the number of services found. Esc
/// clears the field; Down asks to move into the results.
class SearchBar : public QWidget
{
    Q_OBJECT
public:
    enum class Sort { BestMatch, Nearest };

    explicit SearchBar(QWidget* parent = nullptr);

    QLineEdit* field() const { return m_field; }
    QComboBox* sortBox() const { return m_sort; }
    QString text() const;
    Sort sort() const;
    /// Shows the engine's count of matches ("8,331 results"); `lowerBound`: there are more than `total`.
    void setCount(qint64 total, bool lowerBound);
    void focusField();

Q_SIGNALS:
    /// The text or the sort order changed: run the query again.
    void changed();
    /// Down in the search field: the user wants the results.
    void downPressed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QLineEdit* m_field;
    QComboBox* m_sort;
    QLabel* m_count;
    qint64 m_total = -1;
    bool m_lowerBound = false;
};

} // namespace pathways::desktop
