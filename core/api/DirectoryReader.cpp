#include "api/DirectoryReader.h"

#include "db/Connection.h"
#include "db/DatabaseError.h"
#include "db/Statement.h"
#include "directory/ServiceReader.h"
#include "directory/TaxonomyTerms.h"
#include "search/FacetCounter.h"
#include "search/OpenStateCache.h"
#include "search/ReadTransaction.h"
#include "search/RunningServices.h"
#include "search/SearchEngine.h"
#include "store/DirectoryStore.h"

#include <QLocale>
#include <sqlite3.h>

namespace pathways::api {

using directory::TaxonomyTerms;

struct DirectoryReader::Private
{
    std::unique_ptr<db::Connection> db;
    std::unique_ptr<search::SearchEngine> engine;
    std::unique_ptr<search::FacetCounter> facets; // on first use: it reads every service's facet values
    // Kept from one keystroke to the next while the languages stay: their statements and term names.
    std::unique_ptr<directory::ServiceReader> rows;
    QStringList rowLanguages;
    std::unique_ptr<TaxonomyTerms> terms;
    QStringList termLanguages;
    QHash<QString, QString> placeNames; // municipality key -> name (one directory file per reader)

    directory::ServiceReader& rowReader(const QStringList& languages)
    {
        if (!rows || rowLanguages != languages) {
            rows = std::make_unique<directory::ServiceReader>(*db, languages);
            rowLanguages = languages;
        }
        return *rows;
    }
    TaxonomyTerms& termReader(const QStringList& languages)
    {
        if (!terms || termLanguages != languages) {
            terms = std::make_unique<TaxonomyTerms>(*db, languages);
            termLanguages = languages;
        }
        return *terms;
    }
};

namespace {

// SQLite's words stay in the detail; the message says what could not be done.
Error fromDatabase(const db::DatabaseError& failure)
{
    if (failure.sqliteCode() == SQLITE_INTERRUPT)
        return Error{Error::Kind::Cancelled, QStringLiteral("the search was stopped"), failure.message()};
    return Error::unreadable(QStringLiteral("cannot read the directory: %1").arg(failure.message()),
                             failure.message());
}

template <typename T> struct AsExpected
{
    using type = Expected<T>;
};
template <typename T> struct AsExpected<Expected<T>>
{
    using type = Expected<T>;
};

// Runs `work` and turns what SQLite reports into an Error: the API's callers never see an exception.
template <typename Work> auto guarded(Work&& work) -> typename AsExpected<decltype(work())>::type
{
    try {
        return work();
    } catch (const db::DatabaseError& failure) {
        return fromDatabase(failure);
    }
}

ListEntry toEntry(const TaxonomyTerms::Term& term)
{
    return ListEntry{term.code, term.name, term.services, false};
}

QString termTaxonomy(const QString& facetKind)
{
    return QLatin1String(facetKind == QLatin1String("category") ? TaxonomyTerms::kCategoryTaxonomy
                                                                : TaxonomyTerms::kAudienceTaxonomy);
}

} // namespace

DirectoryReader::DirectoryReader(std::unique_ptr<Private> p) : d(std::move(p)) {}

DirectoryReader::~DirectoryReader() = default;

Expected<std::unique_ptr<DirectoryReader>> DirectoryReader::open(const directory::DataFolder& folder)
{
    Expected<std::unique_ptr<db::Connection>> connection = store::DirectoryStore(folder).openForReading();
    if (!connection)
        return connection.error();
    auto p = std::make_unique<Private>();
    p->db = std::move(connection.value());
    // 16 MiB of pages instead of SQLite's 2: a page of results and its counts touch the same service,
    // term and index pages keystroke after keystroke, and each page read again is a system call.
    p->db->execute(QStringLiteral("PRAGMA cache_size = -16384"));
    p->engine = std::make_unique<search::SearchEngine>(*p->db);
    return std::unique_ptr<DirectoryReader>(new DirectoryReader(std::move(p)));
}

void DirectoryReader::cancel()
{
    d->engine->cancel();
}

Expected<search::SearchQuery> DirectoryReader::resolve(search::SearchQuery query)
{
    return guarded([&]() -> Expected<search::SearchQuery> {
        TaxonomyTerms terms(*d->db, {});
        for (const QString& code : std::as_const(query.categories))
            if (!terms.find(QLatin1String(TaxonomyTerms::kCategoryTaxonomy), code))
                return Error::invalidInput(
                    QStringLiteral("unknown category '%1' (see 'pathways-cli categories')").arg(code));
        for (const QString& code : std::as_const(query.audiences))
            if (!terms.find(QLatin1String(TaxonomyTerms::kAudienceTaxonomy), code))
                return Error::invalidInput(
                    QStringLiteral("unknown audience '%1' (see 'pathways-cli audiences')").arg(code));
        if (!query.origin && !query.nearPlace.isEmpty()) {
            query.origin = search::parseCoordinates(query.nearPlace);
            if (!query.origin)
                query.origin = d->engine->placeCentroid(query.nearPlace);
            if (!query.origin)
                return Error::invalidInput(
                    QStringLiteral("--near: no municipality or region '%1' with coordinates in this "
                                   "directory, and not LAT,LON")
                        .arg(query.nearPlace));
        }
        return query;
    });
}

Expected<ResultPage> DirectoryReader::search(const search::SearchQuery& query, const QStringList& languages)
{
    return guarded([&] {
        const search::SearchResults results = d->engine->search(query);
        directory::ServiceReader& reader = d->rowReader(languages);
        // The page's rows are read in one snapshot and under one file lock, not one per statement.
        const search::ReadTransaction transaction(*d->db);
        const QDate today = QDate::currentDate();
        ResultPage page;
        page.more = results.more;
        page.total = results.total;
        page.totalIsLowerBound = results.totalIsLowerBound;
        for (const search::SearchHit& hit : results.hits) {
            const auto summary = reader.summary(hit.serviceId);
            if (!summary)
                continue;
            ResultRow row;
            row.id = hit.serviceId;
            row.name = summary->name;
            row.organization = summary->organization;
            row.categories = summary->categories;
            row.audiences = summary->audiences;
            row.municipality = summary->municipality;
            row.distanceKm = hit.distanceKm;
            row.open = hit.open;
            row.alwaysOpen = hit.alwaysOpen;
            row.score = hit.score;
            row.verified = summary->assuredDate;
            if (const QDate verified = QDate::fromString(row.verified, Qt::ISODate); verified.isValid())
                row.verifiedDaysAgo = verified.daysTo(today);
            row.demonstration = summary->demonstration;
            row.status = summary->status;
            row.noLongerRunning = search::isNoLongerRunning(row.status);
            row.temporarilyClosed = search::isTemporarilyClosed(row.status);
            page.rows << row;
        }
        return page;
    });
}

Expected<search::DeadEndAdvice> DirectoryReader::adviseOnNoResults(const search::SearchQuery& query)
{
    return guarded([&] { return search::DeadEndAdvisor(*d->engine).advise(query); });
}

Expected<FacetSummary> DirectoryReader::facets(const search::SearchQuery& query, const QStringList& languages)
{
    return guarded([&] {
        if (!d->facets)
            d->facets = std::make_unique<search::FacetCounter>(*d->db);
        const search::ReadTransaction transaction(*d->db);
        FacetSummary summary;
        summary.counts = d->facets->count(query, *d->engine);
        TaxonomyTerms& terms = d->termReader(languages);
        std::optional<db::Statement> place;
        for (auto it = summary.counts.byKind.cbegin(); it != summary.counts.byKind.cend(); ++it) {
            const QString& kind = it.key();
            for (const search::FacetValue& value : it.value()) {
                QString name = value.value;
                if (kind == QLatin1String("category") || kind == QLatin1String("audience")) {
                    if (const auto term = terms.find(termTaxonomy(kind), value.value))
                        name = term->name;
                } else if (kind == QLatin1String("municipality")) {
                    auto known = d->placeNames.constFind(value.value);
                    if (known == d->placeNames.constEnd()) {
                        if (!place)
                            place = d->db->prepare(QStringLiteral("SELECT name FROM search_place WHERE kind "
                                                                  "= 'municipality' AND place_key = ? LIMIT 1"));
                        place->bind(1, value.value);
                        known = d->placeNames.insert(value.value, place->step() ? place->columnText(0) : name);
                        place->reset();
                    }
                    name = known.value();
                } else if (kind == QLatin1String("language")) {
                    const QLocale locale(value.value);
                    if (locale.language() != QLocale::C)
                        name = locale.nativeLanguageName();
                }
                summary.names.insert(kind + QLatin1Char(':') + value.value, name);
            }
        }
        return summary;
    });
}

Expected<ServiceDetails> DirectoryReader::details(const QString& serviceId, const QStringList& languages,
                                                  const QDateTime& now)
{
    return guarded([&]() -> Expected<ServiceDetails> {
        directory::ServiceReader reader(*d->db, languages);
        std::optional<directory::ServiceRecord> record = reader.record(serviceId);
        if (!record)
            return Error::notFound(QStringLiteral("no service with id '%1'").arg(serviceId));
        ServiceDetails details;
        details.schedules = search::OpenStateCache::readRules(*d->db, serviceId);
        const schedule::OpeningHours hours(details.schedules, QTimeZone::systemTimeZone());
        const QDate today = now.toLocalTime().date();
        record->hoursSummary = hours.summary();
        details.record = std::move(*record);
        details.hoursInForce = hours.summary(today);
        details.week = hours.weekTable(today);
        details.alwaysOpen = hours.isAlwaysOpen();
        details.openNow = hours.stateAt(now);
        details.noLongerRunning = search::isNoLongerRunning(details.record.status);
        details.temporarilyClosed = search::isTemporarilyClosed(details.record.status);
        return details;
    });
}

Expected<QList<ListEntry>> DirectoryReader::categories(const QStringList& languages)
{
    return guarded([&] {
        QList<ListEntry> entries;
        for (const auto& term :
             TaxonomyTerms(*d->db, languages)
                 .list(QLatin1String(TaxonomyTerms::kCategoryTaxonomy), QStringLiteral("category")))
            entries << toEntry(term);
        return entries;
    });
}

Expected<QList<ListEntry>> DirectoryReader::audiences(const QStringList& languages)
{
    return guarded([&] {
        QList<ListEntry> entries;
        for (const auto& term :
             TaxonomyTerms(*d->db, languages)
                 .list(QLatin1String(TaxonomyTerms::kAudienceTaxonomy), QStringLiteral("audience")))
            entries << toEntry(term);
        return entries;
    });
}

Expected<QList<ListEntry>> DirectoryReader::municipalities()
{
    return guarded([&] {
        auto row = d->db->prepare(QStringLiteral(
            "SELECT place_key, name, services, kind FROM search_place ORDER BY kind = 'region', name"));
        QList<ListEntry> entries;
        while (row.step())
            entries << ListEntry{row.columnText(0), row.columnText(1), row.columnInt64(2),
                                 row.columnText(3) == QLatin1String("region")};
        return entries;
    });
}

Expected<QList<ListEntry>> DirectoryReader::spokenLanguages()
{
    return guarded([&] {
        auto row = d->db->prepare(QStringLiteral(
            "SELECT value, services FROM search_facet WHERE kind = 'language' ORDER BY value"));
        QList<ListEntry> entries;
        while (row.step()) {
            const QString code = row.columnText(0);
            const QLocale locale(code);
            const QString name =
                locale.language() == QLocale::C ? code : QLocale::languageToString(locale.language());
            entries << ListEntry{code, name, row.columnInt64(1), false};
        }
        return entries;
    });
}

Expected<DirectoryStatus> DirectoryReader::status()
{
    return guarded([&]() -> Expected<DirectoryStatus> {
        auto row = d->db->prepare(QStringLiteral(
            "SELECT publisher, sequence, created, expires, origin, installed_at, languages, region, "
            "(SELECT coalesce(max(ord), 0) FROM search_doc), (SELECT count(*) FROM organization), "
            "(SELECT count(*) FROM service WHERE x_demonstration = 1) FROM bundle_meta"));
        if (!row.step())
            return Error::unreadable(QStringLiteral("the installed directory has no provenance record"));
        const auto optionalText = [&row](int column) {
            return row.isNull(column) ? std::nullopt : std::optional<QString>(row.columnText(column));
        };
        DirectoryStatus status;
        status.publisher = row.columnText(0);
        status.sequence = row.columnInt64(1);
        status.created = row.columnText(2);
        status.expires = optionalText(3);
        status.origin = optionalText(4);
        status.installedAt = optionalText(5);
        status.languages = row.columnText(6).split(QLatin1Char(','), Qt::SkipEmptyParts);
        status.region = optionalText(7);
        status.services = row.columnInt64(8);
        status.organizations = row.columnInt64(9);
        status.demonstrationServices = row.columnInt64(10);
        return status;
    });
}

} // namespace pathways::api
