#pragma once

#include "api/CancelToken.h"
#include "error/Expected.h"
#include "import/Progress.h"

#include <QString>
#include <QStringList>
#include <memory>

class QTemporaryDir;

namespace pathways::api {

/// How much HsdsApiHarvest reads at most, and how patiently.
struct HsdsApiLimits
{
    int perPage = 100;
    qint64 maxResponseBytes = 32LL * 1024 * 1024; ///< one page or one service document
    qint64 maxTotalBytes = 1024LL * 1024 * 1024;  ///< everything: the 1 GiB an import reads
    int maxPages = 100000;
    int attempts = 4;          ///< per request, the first included
    int firstPauseMs = 1000;   ///< before the first retry; doubled for each next one
    int maxWaitSeconds = 60;   ///< a longer Retry-After is not waited for: the harvest stops
    int timeoutSeconds = 60;   ///< with no byte received
};

/// The services of an HSDS 3.0 API, read page by page (`/services?page=N&per_page=M`) into a scratch folder
/// of JSON files that the importer then reads like any other HSDS 3.0 JSON (import::JsonPackage): there is
/// one JSON mapper, not one per source. A list item that is not a "full" service (the specification lets a
/// list leave out the nested records: organisation, locations, phones, ...) is fetched from
/// `/services/{id}`. Only ever on the user's request (import --hsds-api, bundle build --hsds-api).
///
/// Untrusted server, so: HTTPS only (an http:// address is refused before anything is sent; a test server
/// uses a test CA through PATHWAYS_CA_FILE, as `sync` does), a cap per response and on the whole, a cap on
/// pages, and a stop when a page brings no service not read before (a server that ignores `page` or
/// announces more than it has would otherwise be read forever). Timeouts, dropped connections, HTTP 5xx and
/// 429 are retried with a growing pause (Retry-After honoured up to a cap). Any failure is one line and
/// leaves nothing behind.
class HsdsApiHarvest
{
public:
    /// What was read, for the report.
    struct Summary
    {
        QString url;            ///< the API root the pages were read from
        qint64 services = 0;    ///< distinct services kept
        qint64 pages = 0;
        qint64 fullFetches = 0; ///< services fetched one by one from /services/{id}
        qint64 requests = 0;
        qint64 retries = 0;
        qint64 bytes = 0;
        qint64 announced = -1;  ///< total_items of the last page, -1 when the server did not say
        QStringList notes;      ///< what the import report should say about the reading
    };

    /// Reads every service of the API at `url` (its root, or its /services address) into a new scratch
    /// folder under `scratchParent`. Errors: InvalidInput (not an https:// address), Network (no answer,
    /// HTTP errors after the retries, a response over the cap), Refused (not an HSDS 3.0 list, a repeating
    /// list, too many pages or bytes), Cancelled, Io (the scratch folder).
    static Expected<HsdsApiHarvest> fetch(const QString& url, const QString& scratchParent,
                                          const import::ProgressCallback& progress = {},
                                          const CancelToken& cancel = {}, const HsdsApiLimits& limits = {});

    HsdsApiHarvest(HsdsApiHarvest&&) noexcept;
    HsdsApiHarvest& operator=(HsdsApiHarvest&&) noexcept;
    ~HsdsApiHarvest(); ///< removes the scratch folder

    /// The JSON files (services-00001.json, ...: one array of services per page), until destruction.
    QString folder() const;
    const Summary& summary() const { return m_summary; }

private:
    HsdsApiHarvest();

    std::unique_ptr<QTemporaryDir> m_dir;
    Summary m_summary;
};

} // namespace pathways::api
