#pragma once

#include "directory/DataDirectory.h"

#include <QString>

namespace pathways::cli {

/// `sync --url`: fetches a bundle over HTTPS into a private file in the data folder.
struct DownloadResult
{
    enum class Status { Downloaded, NotModified, Failed };
    Status status = Status::Failed;
    QString file;  ///< the downloaded bundle (Downloaded); the caller removes it
    QString etag;  ///< the server's ETag, to remember once the bundle is installed
    QString error; ///< one line (Failed)
};

/// HTTPS only, redirects only to HTTPS, a transfer timeout, the bundle size cap (Content-Length and bytes
/// received), and If-None-Match with the ETag remembered for this URL.
DownloadResult downloadBundle(const directory::DataDirectory& data, const QString& url,
                              int timeoutSeconds = 120);

/// Remembers `etag` for `url` (in <data-dir>/.sync-etag) after the bundle it named was installed.
void rememberEtag(const directory::DataDirectory& data, const QString& url, const QString& etag);

} // namespace pathways::cli
