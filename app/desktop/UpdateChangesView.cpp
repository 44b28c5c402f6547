#include "desktop/UpdateChangesView.h"

#include <QHash>
#include <QHeaderView>

namespace pathways::desktop {

namespace {

// A group of a few dozen names is read at a glance; a longer one only when the person opens it.
constexpr int kOpenUpTo = 40;

} // namespace

QString UpdateChangesView::fieldName(const QString& field)
{
    // A translation is "name (sl)": the field's words, then the language code as the publisher wrote it.
    const qsizetype open = field.indexOf(QLatin1String(" ("));
    const QString base = open < 0 ? field : field.left(open);
    const QString rest = open < 0 ? QString() : field.mid(open);
    static const QHash<QString, const char*> names{
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("description"), QT_TR_NOOP("Description")},
        {QStringLiteral("email"), QT_TR_NOOP("Email")},
        {QStringLiteral("url"), QT_TR_NOOP("Website")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("schedule"), QT_TR_NOOP("Opening hours")},
        {QStringLiteral("language"), QT_TR_NOOP("Languages")},
        {QStringLiteral("service_area"), QT_TR_NOOP("Area served")},
        {QStringLiteral("cost_option"), QT_TR_NOOP("Costs")},
        {QStringLiteral("required_document"), QT_TR_NOOP("Documents to bring")},
        {QStringLiteral("contact"), QT_TR_NOOP("Contact person")},
        {QStringLiteral("service_at_location"), QT_TR_NOOP("Locations")},
        {QStringLiteral("location"), QT_TR_NOOP("Location")},
        {QStringLiteral("location name"), QT_TR_NOOP("Location name")},
        {QStringLiteral("location description"), QT_TR_NOOP("Location description")},
        {QStringLiteral("address"), QT_TR_NOOP("Address")},
        {QStringLiteral("accessibility"), QT_TR_NOOP("Accessibility")},
        {QStringLiteral("organization"), QT_TR_NOOP("Organisation")},
        {QStringLiteral("organization name"), QT_TR_NOOP("Organisation")},
        {QStringLiteral("organization description"), QT_TR_NOOP("About the organisation")},
        {QStringLiteral("category"), QT_TR_NOOP("Categories")}};
    const auto known = names.constFind(base);
    return (known == names.constEnd() ? base : tr(*known)) + rest;
}

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
            // What changed in it, on demand: the service's row opens to its fields, old → new.
            const QString none = tr("(none)");
            for (const auto& field : entry.fields)
                new QTreeWidgetItem(
                    child, {tr("%1: %2 → %3")
                                .arg(fieldName(field.field), field.before.isEmpty() ? none : field.before,
                                     field.after.isEmpty() ? none : field.after)});
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
        for (int j = 0; j < group->childCount(); ++j) {
            const QTreeWidgetItem* service = group->child(j);
            lines << QStringLiteral("  • ") + service->text(0);
            for (int k = 0; k < service->childCount(); ++k)
                lines << QStringLiteral("      ") + service->child(k)->text(0);
        }
    }
    return lines;
}

} // namespace pathways::desktop
