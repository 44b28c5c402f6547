#pragma once

#include "api/PublisherCategory.h"

#include <QList>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace pathways::desktop {

/// "Publisher's categories" under the filters: the directory publisher's own taxonomy terms, each under its
/// broader term, with the services of the current search each counts. Shown only when the directory has
/// such terms; a list to read (and to map onto Pathways' categories later), not a filter.
class PublisherCategoryList : public QWidget
{
    Q_OBJECT
public:
    explicit PublisherCategoryList(QWidget* parent = nullptr);

    void setCategories(const QList<api::PublisherCategory>& categories);
    /// The rows as shown, each indented two spaces per level ("Legal matters (3)", "  Housing advice (2)").
    QStringList shownRows() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fitHeight();

    QLabel* m_title;
    QTreeWidget* m_tree;
    QList<api::PublisherCategory> m_categories;
};

} // namespace pathways::desktop
