#pragma once

#include "api/DirectoryStatus.h"
#include "api/FacetSummary.h"
#include "api/ListEntry.h"
#include "api/ResultPage.h"
#include "api/ServiceDetails.h"
#include "directory/DataFolder.h"
#include "error/Expected.h"
#include "search/DeadEndAdvisor.h"
#include "search/SearchQuery.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <memory>

namespace pathways::api {

/// The read API: everything either front end shows of the installed directory, as typed values in the
/// user's languages (`languages`: most preferred first; the directory's base language is the last resort).
///
/// One reader holds one read-only connection to directory.sqlite and is used from one thread at a time
/// (cancel() excepted). A directory replaced by an update is seen after reopening (open() again): a reader
/// keeps reading the file it opened. Every call answers a value or an Error; nothing throws.
class DirectoryReader
{
public:
    /// Opens the installed directory of `folder` read-only, upgrading an older schema first. The folder must
    /// have been prepared (api::prepareDataFolder installs the default directory on first run).
    static Expected<std::unique_ptr<DirectoryReader>> open(const directory::DataFolder& folder);
    ~DirectoryReader();
    DirectoryReader(const DirectoryReader&) = delete;
    DirectoryReader& operator=(const DirectoryReader&) = delete;

    /// Checks a query's codes against this directory and resolves `nearPlace` (a municipality or region in
    /// any script, or "LAT,LON") into `origin`. InvalidInput errors name the option and what to try.
    Expected<search::SearchQuery> resolve(search::SearchQuery query);

    /// One page of ranked results with their display fields.
    Expected<ResultPage> search(const search::SearchQuery& query, const QStringList& languages);
    /// What to try when `query` finds nothing: the last word looser, each word or filter left out (with
    /// the count each gives), and which filter emptied the list.
    Expected<search::DeadEndAdvice> adviseOnNoResults(const search::SearchQuery& query);
    /// Counts per category, audience, municipality, language and cost for the query (each kind counted
    /// without its own filter), with display names.
    Expected<FacetSummary> facets(const search::SearchQuery& query, const QStringList& languages);
    /// The whole record of one service, its opening hours evaluated at `now` (in its own time zones).
    /// NotFound when no service has that id.
    Expected<ServiceDetails> details(const QString& serviceId, const QStringList& languages,
                                     const QDateTime& now = QDateTime::currentDateTimeUtc());

    Expected<QList<ListEntry>> categories(const QStringList& languages);
    Expected<QList<ListEntry>> audiences(const QStringList& languages);
    /// Municipalities first, then regions; names as the data writes them.
    Expected<QList<ListEntry>> municipalities();
    /// Languages spoken at services, with their English names.
    Expected<QList<ListEntry>> spokenLanguages();

    Expected<DirectoryStatus> status();

    /// Thread-safe: asks a search running on another thread to stop (it then answers a Cancelled error).
    void cancel();

private:
    struct Private;
    explicit DirectoryReader(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace pathways::api
