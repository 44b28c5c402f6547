#include "desktop/UpdateChangesView.h"

#include <QHeaderView>

namespace pathways::desktop {

namespace {

// A group of a few dozen names is read at a glance; a longer one only when the person opens it.
constexpr int kOpenUpTo = 40;

} // namespace

UpdateChangesView::UpdateChangesView(QWidget* parent) : QTreeWidget(parent)
{
    setHeaderHidden(true);
    setColumnCount(1);
    setUniformRowHeights(true);
    setAccessibleName(tr("Changes"));
}

void UpdateChangesView::showDiff(const bundle::DirectoryDiff& diff)
{
    clear();
    const auto group = [this](const QString& title, const QList<bundle::DirectoryDiff::Entry>& entries) {
        auto* item = new QTreeWidgetItem(this, {title});
        QFont font = item->font(0);
        font.setBold(true);
        item->setFont(0, font);
        for (const auto& entry : entries) {
            // A service without a name in any language is shown by its id rather than not at all.
            auto* child = new QTreeWidgetItem(item, {entry.name.isEmpty() ? entry.id : entry.name});
            child->setToolTip(0, entry.id);
        }
        item->setExpanded(!entries.isEmpty() && entries.size() <= kOpenUpTo);
    };
    group(tr("Added: %Ln service(s)", "", static_cast<int>(diff.added.size())), diff.added);
    group(tr("Changed: %Ln service(s)", "", static_cast<int>(diff.changed.size())), diff.changed);
    group(tr("Removed: %Ln service(s)", "", static_cast<int>(diff.removed.size())), diff.removed);
}

QStringList UpdateChangesView::lines() const
{
    QStringList lines;
    for (int i = 0; i < topLevelItemCount(); ++i) {
        const QTreeWidgetItem* group = topLevelItem(i);
        lines << group->text(0);
        for (int j = 0; j < group->childCount(); ++j)
            lines << QStringLiteral("  • ") + group->child(j)->text(0);
    }
    return lines;
}

} // namespace pathways::desktop
