#pragma once

#include "desktop/SearchTypes.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QCheckBox;
class QListWidget;
class QListWidgetItem;

namespace pathways::desktop {

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

    bool isEmpty() const;
};

/// Facet filters beside the results, with counts that follow the query. Categories and audiences allow
/// several choices (any of them); municipality and language one each. Chosen values stay listed even when
/// their count drops to zero, so they can always be unticked.
class FacetPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FacetPanel(QWidget* parent = nullptr);

    const FilterState& filters() const { return m_filters; }
    void setFilters(const FilterState& filters);
    void setCounts(const search::FacetCounts& counts, const QHash<QString, QString>& names);
    /// The display name of a facet value, as last shown ("category:legal-aid" -> "Legal aid").
    QString displayName(const QString& kind, const QString& value) const;

Q_SIGNALS:
    void filtersChanged(const pathways::desktop::FilterState& filters);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    QListWidget* addList();
    void fill(QListWidget* list, const QString& kind, const QStringList& chosen);
    void onItemChanged(QListWidget* list, const QString& kind, QListWidgetItem* item);

    FilterState m_filters;
    search::FacetCounts m_counts;
    QHash<QString, QString> m_names;
    QHash<QListWidget*, QWidget*> m_titles; // hidden with their list when it has nothing to offer
    QListWidget* m_categories;
    QListWidget* m_audiences;
    QListWidget* m_municipalities;
    QListWidget* m_languages;
    QCheckBox* m_free;
    QCheckBox* m_openNow;
    QCheckBox* m_favourites;
    bool m_updating = false;
};

} // namespace pathways::desktop
