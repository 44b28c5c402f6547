#pragma once

#include "api/CancelToken.h"
#include "directory/DataFolder.h"
#include "error/Expected.h"

#include <QString>
#include <functional>

namespace pathways::api {

/// Bytes received so far and the total the server announced (-1 when it did not).
using DownloadProgress = std::function<void(qint64 received, qint64 total)>;

/// A bundle fetched over HTTPS into a private file of the data folder; only ever on the user's request.
struct BundleDownload
{
    enum class Status { Downloaded, NotModified };
    Status status = Status::Downloaded;
    QString file; ///< Downloaded: the bundle; the caller removes it
    QString etag; ///< the server's ETag, remembered once the bundle is installed (rememberEtag)

    /// What went wrong, as Error::detail of a failed fetch (kind Network), so a window can say it in plain
    /// words: no connection (or it timed out), the server answered with an error, nothing at that address,
    /// larger than a bundle may be, the secure connection could not be trusted.
    static constexpr const char* kOffline = "offline";
    static constexpr const char* kServerError = "server-error";
    static constexpr const char* kNotFound = "not-found";
    static constexpr const char* kTooLarge = "too-large";
    static constexpr const char* kInsecure = "insecure";

    /// HTTPS only (redirects only to HTTPS), a transfer timeout, the bundle size cap (announced and
    /// received), If-None-Match with the ETag remembered for this address, and a stop on `cancel`.
    /// Errors are of kind Network with one of the k* above as detail (or InvalidInput for an address that
    /// is not https://, Cancelled).
    static Expected<BundleDownload> fetch(const directory::DataFolder& folder, const QString& url,
                                          const DownloadProgress& progress = {},
                                          const CancelToken& cancel = {}, int timeoutSeconds = 120);

    /// Remembers `etag` for `url` (<data folder>/.sync-etag) after the bundle it named was installed.
    static void rememberEtag(const directory::DataFolder& folder, const QString& url, const QString& etag);
};

} // namespace pathways::api
