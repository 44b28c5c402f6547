#pragma once

#include "desktop/SearchTypes.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QCheckBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QToolButton;

namespace pathways::desktop {

class WrappingCheckBox;

/// The filters the user has chosen in the window.
struct FilterState
{
    QStringList categories;
    QStringList audiences;
    QString municipality; ///< place key, one at a time
    QString language;     ///< one at a time
    bool freeOnly = false;
    bool openNow = false;
    bool favouritesOnly = false;
    /// Also list services no longer running (SearchQuery::runningOnly off); each such row is marked.
    bool includeNotRunning = false;

    bool isEmpty() const;
};

/// One active filter as the user names it, and the filters without it (for "remove this filter" buttons).
struct FilterRemoval
{
    QString label;
    FilterState without;
};

/// Facet filters beside the results, with counts that follow the query, in one column that scrolls as a
/// whole (the lists have no scroll bars of their own). Categories and audiences allow several choices (any
/// of them); municipality and language one each. A long list shows its top values and "Show all N". Chosen
/// values stay listed even when their count drops to zero, so they can always be unticked. Counts follow
/// every answer without moving the keyboard: the focused list keeps its current value.
class FacetPanel : public QWidget
{
    Q_OBJECT
public:
    /// Values a list shows before "Show all".
    static constexpr int kTopValues = 6;

    explicit FacetPanel(QWidget* parent = nullptr);

    const FilterState& filters() const { return m_filters; }
    void setFilters(const FilterState& filters);
    void setCounts(const search::FacetCounts& counts, const QHash<QString, QString>& names);
    /// The display name of a facet value, as last shown ("category:legal-aid" -> "Legal aid").
    QString displayName(const QString& kind, const QString& value) const;
    /// "Name (12)" as a list shows it: the name is a bidi isolate, so that a name written right to left
    /// (or a right-to-left interface) never moves the count into or before it. The count follows the name
    /// at the end of the line in the line's direction, its brackets the right way round.
    static QString valueText(const QString& name, qint64 count);
    /// Each active filter of `filters`, in the order the panel shows them, with the filters without it.
    QList<FilterRemoval> removals(const FilterState& filters) const;

Q_SIGNALS:
    void filtersChanged(const pathways::desktop::FilterState& filters);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Facet
    {
        QString kind;
        QLabel* title = nullptr;
        QListWidget* list = nullptr;
        QToolButton* more = nullptr;
        QLabel* none = nullptr; ///< shown instead of an empty list, so the filter does not vanish
        bool expanded = false;
    };

    void retranslate();
    Facet& addFacet(const QString& kind);
    void fill(Facet& facet, const QStringList& chosen);
    void onItemChanged(const Facet& facet, QListWidgetItem* item);

    FilterState m_filters;
    search::FacetCounts m_counts;
    QHash<QString, QString> m_names;
    QList<Facet> m_facets; // category, audience, municipality, language
    QCheckBox* m_free;
    QCheckBox* m_openNow;
    QCheckBox* m_favourites;
    WrappingCheckBox* m_notRunning; ///< "Include services no longer running (N)"
    bool m_updating = false;
};

} // namespace pathways::desktop
