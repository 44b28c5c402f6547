#include "api/ReferralPathway.h"

#include "api/DirectoryReader.h"

#include <algorithm>

namespace pathways::api {

Expected<PathwayContent> ReferralPathway::select(DirectoryReader& reader, const QStringList& municipalities,
                                                 const QStringList& categories, const QStringList& languages)
{
    Expected<QList<ListEntry>> known = reader.categories(languages);
    if (!known)
        return known.error();
    for (const QString& code : categories)
        if (std::none_of(known->cbegin(), known->cend(), [&code](const ListEntry& e) { return e.code == code; }))
            return Error::invalidInput(QStringLiteral("unknown category '%1' (pathways-cli categories lists them)").arg(code));
    PathwayContent content;
    content.municipalities = municipalities;
    Expected<DirectoryStatus> status = reader.status();
    if (!status)
        return status.error();
    content.directory = *status;
    const QStringList places = municipalities.isEmpty() ? QStringList{QString()} : municipalities;
    for (const ListEntry& category : *known) {
        if (!categories.isEmpty() && !categories.contains(category.code))
            continue;
        PathwaySection section{category.code, category.name, {}};
        QStringList seen;
        for (const QString& place : places) {
            search::SearchQuery query;
            query.categories = {category.code};
            query.municipality = place;
            query.limit = 10000; // a pathway for a place; the search caps what it reads
            Expected<search::SearchQuery> resolved = reader.resolve(query);
            if (!resolved)
                return resolved.error();
            Expected<ResultPage> page = reader.search(*resolved, languages);
            if (!page)
                return page.error();
            for (const ResultRow& row : page->rows) {
                if (seen.contains(row.id))
                    continue;
                seen << row.id;
                Expected<ServiceDetails> details = reader.details(row.id, languages);
                if (!details)
                    return details.error();
                section.services << std::move(details).value();
            }
        }
        // Alphabetical within a category: a booklet is looked up by name, not by search rank.
        std::sort(section.services.begin(), section.services.end(), [](const ServiceDetails& a, const ServiceDetails& b) {
            return QString::localeAwareCompare(a.record.summary.name.text, b.record.summary.name.text) < 0;
        });
        if (!section.services.isEmpty())
            content.sections << section;
    }
    return content;
}

} // namespace pathways::api
