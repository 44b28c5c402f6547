#include "cli/SearchOptions.h"

#include "api/DirectoryReader.h"

#include <QTimeZone>

namespace pathways::cli {

namespace {

const QString kCategory = QStringLiteral("category");
const QString kAudience = QStringLiteral("audience");
const QString kMunicipality = QStringLiteral("municipality");
const QString kLanguage = QStringLiteral("language");
const QString kFree = QStringLiteral("free");
const QString kOpenAt = QStringLiteral("open-at");
const QString kNear = QStringLiteral("near");
const QString kWithin = QStringLiteral("within");
const QString kSort = QStringLiteral("sort");
const QString kLimit = QStringLiteral("limit");
const QString kOffset = QStringLiteral("offset");
const QString kStatus = QStringLiteral("status");

bool parseCount(const QString& text, int minimum, int maximum, int* value)
{
    bool ok = false;
    *value = text.toInt(&ok);
    return ok && *value >= minimum && *value <= maximum;
}

} // namespace

SearchOptions::SearchOptions(QCommandLineParser& parser) : m_parser(parser)
{
    parser.addPositionalArgument(QStringLiteral("text"),
                                 QStringLiteral("Words to look for (any language or script)."),
                                 QStringLiteral("[TEXT...]"));
    parser.addOptions({
        {kCategory, QStringLiteral("Only this category (repeat for any of several)."),
         QStringLiteral("CODE")},
        {kAudience, QStringLiteral("Only services for this audience (repeatable)."), QStringLiteral("CODE")},
        {kMunicipality, QStringLiteral("Only services in this municipality or region."),
         QStringLiteral("NAME")},
        {kLanguage, QStringLiteral("Only services where this language is spoken."), QStringLiteral("CODE")},
        {kFree, QStringLiteral("Only services free of charge.")},
        {kOpenAt, QStringLiteral("Only services open at this time (ISO 8601, or 'now')."),
         QStringLiteral("TIME")},
        {kNear, QStringLiteral("Measure distances from a municipality or LAT,LON."), QStringLiteral("PLACE")},
        {kWithin, QStringLiteral("Only services within KM of --near."), QStringLiteral("KM")},
        {kSort, QStringLiteral("relevance (default) or distance."), QStringLiteral("ORDER")},
        {kLimit, QStringLiteral("At most N results (default 50, at most 1000)."), QStringLiteral("N")},
        {kOffset, QStringLiteral("Skip the first N results."), QStringLiteral("N")},
        {kStatus,
         QStringLiteral("active (default): only services still running (active or temporarily closed); all: "
                        "also those no longer running (inactive, defunct)."),
         QStringLiteral("STATUS")},
    });
}

Expected<search::SearchQuery> SearchOptions::toQuery(api::DirectoryReader& directory) const
{
    search::SearchQuery query;
    query.text = m_parser.positionalArguments().join(QLatin1Char(' '));
    query.categories = m_parser.values(kCategory);
    query.audiences = m_parser.values(kAudience);
    query.municipality = m_parser.value(kMunicipality);
    query.language = m_parser.value(kLanguage);
    query.freeOnly = m_parser.isSet(kFree);

    if (m_parser.isSet(kOpenAt)) {
        const QString text = m_parser.value(kOpenAt).trimmed();
        QDateTime moment = text.compare(QLatin1String("now"), Qt::CaseInsensitive) == 0
                               ? QDateTime::currentDateTimeUtc()
                               : QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!moment.isValid())
            return Error::invalidInput(
                QStringLiteral("--open-at wants an ISO 8601 time such as 2026-11-24T09:30 or 'now', not '%1'")
                    .arg(text));
        query.openAt = moment;
    }
    query.nearPlace = m_parser.value(kNear);
    if (m_parser.isSet(kWithin)) {
        bool ok = false;
        const double km = m_parser.value(kWithin).toDouble(&ok);
        if (!ok || km <= 0 || km > 20000)
            return Error::invalidInput(
                QStringLiteral("--within wants a distance in km greater than 0, not '%1'")
                    .arg(m_parser.value(kWithin)));
        if (query.nearPlace.isEmpty())
            return Error::invalidInput(QStringLiteral("--within needs --near (a municipality or LAT,LON)"));
        query.withinKm = km;
    }
    const QString sort = m_parser.value(kSort);
    if (sort.isEmpty() || sort == QLatin1String("relevance")) {
        query.sort = search::SearchQuery::Sort::Relevance;
    } else if (sort == QLatin1String("distance")) {
        if (query.nearPlace.isEmpty())
            return Error::invalidInput(
                QStringLiteral("--sort distance needs --near (a municipality or LAT,LON)"));
        query.sort = search::SearchQuery::Sort::Distance;
    } else {
        return Error::invalidInput(QStringLiteral("--sort is 'relevance' or 'distance', not '%1'").arg(sort));
    }
    if (m_parser.isSet(kLimit) && !parseCount(m_parser.value(kLimit), 1, 1000, &query.limit))
        return Error::invalidInput(QStringLiteral("--limit wants a whole number from 1 to 1000, not '%1'")
                                       .arg(m_parser.value(kLimit)));
    if (m_parser.isSet(kOffset) && !parseCount(m_parser.value(kOffset), 0, 100000, &query.offset))
        return Error::invalidInput(QStringLiteral("--offset wants a whole number from 0 to 100000, not '%1'")
                                       .arg(m_parser.value(kOffset)));
    const QString status = m_parser.value(kStatus);
    if (status.isEmpty() || status == QLatin1String("active"))
        query.runningOnly = true;
    else if (status != QLatin1String("all"))
        return Error::invalidInput(QStringLiteral("--status is 'active' or 'all', not '%1'").arg(status));
    // Codes and places are the directory's to judge.
    return directory.resolve(std::move(query));
}

} // namespace pathways::cli
