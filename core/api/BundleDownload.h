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

    /// HTTPS only (redirects only to HTTPS), a transfer timeout, the bundle size cap (announced and
    /// received), If-None-Match with the ETag remembered for this address, and a stop on `cancel`.
    /// Errors are of kind Network (or InvalidInput for an address that is not https://, Cancelled).
    static Expected<BundleDownload> fetch(const directory::DataFolder& folder, const QString& url,
                                          const DownloadProgress& progress = {},
                                          const CancelToken& cancel = {}, int timeoutSeconds = 120);

    /// Remembers `etag` for `url` (<data folder>/.sync-etag) after the bundle it named was installed.
    static void rememberEtag(const directory::DataFolder& folder, const QString& url, const QString& etag);
};

} // namespace pathways::api
