#pragma once

#include <QWidget>
#include <optional>

class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStringListModel;

namespace pathways::desktop {

/// The row above the results: the search field, "near [place] within [N] km", the sort order and the number
/// of services found. Esc clears the field; Down asks to move into the results. The place is a
/// municipality or region of the directory (completed as it is typed) or "LAT,LON"; the search worker
/// checks it as the CLI checks --near, and a place it cannot find is shown here (setNearUnknown).
/// "Nearest first" needs a place: without one it is greyed, and its tooltip says what it needs.
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

    QLineEdit* nearField() const { return m_near; }
    QSpinBox* withinBox() const { return m_within; }
    /// The place distances are measured from, as typed; empty for none.
    QString nearPlace() const;
    void setNearPlace(const QString& place);
    /// The radius, when a place is given and a limit chosen.
    std::optional<double> withinKm() const;
    void clearWithin();
    /// Names offered as the place is typed (the directory's municipalities and regions).
    void setPlaces(const QStringList& names);
    /// The place typed was not found (search worker); said on the field (tooltip, red frame) until it changes.
    void setNearUnknown(bool unknown);

Q_SIGNALS:
    /// The text or the sort order changed: run the query again.
    void changed();
    /// Down in the search field: the user wants the results.
    void downPressed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void updateNearState();

    QLineEdit* m_field;
    QComboBox* m_sort;
    QLabel* m_count;
    QLineEdit* m_near;
    QSpinBox* m_within;
    QStringListModel* m_places;
    bool m_nearUnknown = false;
    qint64 m_total = -1;
    bool m_lowerBound = false;
};

} // namespace pathways::desktop
