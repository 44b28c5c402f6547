#include "cli/DiffText.h"

#include <algorithm>

namespace pathways::cli {

namespace {

void printEntries(QTextStream& out, const char* label, const QList<bundle::DirectoryDiff::Entry>& entries)
{
    for (const bundle::DirectoryDiff::Entry& entry : entries)
        out << "  " << label << ' ' << entry.id << "  " << entry.name << '\n';
}

} // namespace

void printDiffEntries(QTextStream& out, const bundle::DirectoryDiff& diff)
{
    printEntries(out, "+", diff.added);
    printEntries(out, "~", diff.changed);
    printEntries(out, "-", diff.removed);
}

void printChangedFields(QTextStream& out, const QList<bundle::DirectoryDiff::Entry>& changed)
{
    if (std::none_of(changed.cbegin(), changed.cend(),
                     [](const auto& entry) { return !entry.fields.isEmpty(); }))
        return;
    out << "Changed fields:\n";
    for (const bundle::DirectoryDiff::Entry& entry : changed) {
        if (entry.fields.isEmpty())
            continue;
        out << "  ~ " << entry.id << "  " << entry.name << '\n';
        for (const bundle::DirectoryDiff::FieldChange& field : entry.fields)
            out << "      " << field.field << ": "
                << (field.before.isEmpty() ? QStringLiteral("(none)") : field.before) << " -> "
                << (field.after.isEmpty() ? QStringLiteral("(none)") : field.after) << '\n';
    }
}

} // namespace pathways::cli
