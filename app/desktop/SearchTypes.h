#pragma once

#include "api/PublisherCategory.h"
#include "api/ResultPage.h"
#include "directory/ServiceRecord.h"
#include "schedule/OpeningHours.h"
#include "search/DeadEndAdvisor.h"
#include "search/FacetCounter.h"
#include "search/SearchQuery.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace pathways::desktop {

/// One question to the search worker; `generation` grows with every keystroke so stale answers are dropped.
struct SearchRequest
{
    quint64 generation = 0;
    search::SearchQuery query;
    QStringList languages;
    bool withFacets = true;
    /// The next page of the same question (query.offset rows are listed): rows only, no counts or advice.
    bool nextPage = false;
};

/// One row of the results list, fully read on the worker thread (the GUI thread runs no query).
using ResultRow = api::ResultRow;

struct SearchResponse
{
    quint64 generation = 0;
    QList<ResultRow> rows;
    bool more = false;
    /// Rows to append to those listed (SearchRequest::nextPage); `offset` is where they begin.
    bool nextPage = false;
    int offset = 0;
    qint64 total = 0;               ///< services the query matches in all (api::ResultPage::total)
    bool totalIsLowerBound = false; ///< the count stopped at a cap
    /// Results come first; facet counts follow in a second response of the same generation (facetsOnly), so
    /// the list appears before the counts over a large directory are done.
    bool facetsOnly = false;
    std::optional<search::FacetCounts> facets;
    QHash<QString, QString> facetNames; ///< "kind:value" -> display name
    QList<api::PublisherCategory> publisherCategories; ///< the publisher's own, as a tree (FacetSummary)
    /// When nothing was found: what would find something, each with its count (api adviseOnNoResults).
    std::optional<search::DeadEndAdvice> advice;
    /// The near place is neither a place of this directory with coordinates nor "LAT,LON" (checked by
    /// DirectoryReader::resolve, as the CLI checks --near); the search ran without it.
    bool nearUnknown = false;
    QString error;
};

/// A full record for the detail pane, with its opening hours.
struct RecordResponse
{
    quint64 generation = 0;
    std::optional<directory::ServiceRecord> record;
    QList<schedule::DayHours> week;
    bool alwaysOpen = false;
    schedule::OpenState openNow = schedule::OpenState::Unknown;
    bool noLongerRunning = false;   ///< api::ServiceDetails::noLongerRunning
    bool temporarilyClosed = false;
    QString error;
};

/// Where the installed directory comes from (status bar and banner).
struct DirectoryInfo
{
    QString publisher;
    qint64 sequence = 0;
    QString created;
    QString expires;
    qint64 services = 0;
    qint64 demonstrationServices = 0;
    QString origin;
    quint64 fileIdentity = 0; ///< of the directory.sqlite the worker opened (DirectoryWatcher)
    QStringList places;       ///< municipality and region names, offered by the near field
};

} // namespace pathways::desktop

Q_DECLARE_METATYPE(pathways::desktop::SearchRequest)
Q_DECLARE_METATYPE(pathways::desktop::SearchResponse)
Q_DECLARE_METATYPE(pathways::desktop::RecordResponse)
Q_DECLARE_METATYPE(pathways::desktop::DirectoryInfo)
