#include "api/HsdsApiHarvest.h"

#include "api/HttpsTransfer.h"
#include "api/RetryingGet.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>
#include <QUrlQuery>

namespace pathways::api {

namespace {

Error refused(const QString& message)
{
    return Error::refused(message);
}

// The API root from what the user gave: "https://x/api", "https://x/api/" or "https://x/api/services?...".
QUrl apiRoot(QUrl url)
{
    url.setQuery(QString());
    url.setFragment(QString());
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    if (path.endsWith(QLatin1StringView("/services")) || path == QLatin1StringView("services"))
        path.chop(QLatin1StringView("services").size() + (path.size() > 8 ? 1 : 0));
    url.setPath(path);
    return url;
}

QUrl pageUrl(const QUrl& root, int page, int perPage)
{
    QUrl url = root;
    url.setPath(root.path() + QStringLiteral("/services"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    query.addQueryItem(QStringLiteral("per_page"), QString::number(perPage));
    url.setQuery(query);
    return url;
}

QUrl serviceUrl(const QUrl& root, const QString& id)
{
    QUrl url = root;
    // The id is one path segment even when it holds a '/' or '?'.
    url.setPath(root.path() + QStringLiteral("/services/") + QString::fromLatin1(QUrl::toPercentEncoding(id)),
                QUrl::TolerantMode);
    return url;
}

// A list item is "full" when it carries a nested record (an organisation, phones, locations, ...); the
// specification lets a list give only the service's own fields, and then /services/{id} has the rest.
bool isFull(const QJsonObject& item)
{
    for (auto it = item.constBegin(); it != item.constEnd(); ++it) {
        if ((it->isObject() && !it->toObject().isEmpty()) || (it->isArray() && !it->toArray().isEmpty()))
            return true;
    }
    return false;
}

QString idOf(const QJsonObject& item)
{
    const QJsonValue id = item.value(QLatin1StringView("id"));
    return id.isDouble() ? QString::number(id.toDouble(), 'g', 17) : id.toString();
}

Expected<QJsonDocument> parse(const QByteArray& body, const QString& what)
{
    QJsonParseError error{};
    QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (document.isNull())
        return refused(QStringLiteral("%1 is not JSON (%2 at byte %3): is this an HSDS 3.0 API?")
                           .arg(what, error.errorString())
                           .arg(error.offset));
    return document;
}

// How an HSDS 3.0 list page says where it stands.
struct PageHeader
{
    qint64 totalItems = -1;
    qint64 totalPages = -1;
    qint64 pageNumber = -1;
    bool lastPage = false;
};

PageHeader headerOf(const QJsonObject& page)
{
    const auto number = [&](const char* key) {
        const QJsonValue value = page.value(QLatin1StringView(key));
        return value.isDouble() ? static_cast<qint64>(value.toDouble()) : qint64{-1};
    };
    return {number("total_items"), number("total_pages"), number("page_number"),
            page.value(QLatin1StringView("last_page")).toBool(false)};
}

} // namespace

HsdsApiHarvest::HsdsApiHarvest() = default;
HsdsApiHarvest::HsdsApiHarvest(HsdsApiHarvest&&) noexcept = default;
HsdsApiHarvest& HsdsApiHarvest::operator=(HsdsApiHarvest&&) noexcept = default;
HsdsApiHarvest::~HsdsApiHarvest() = default;

QString HsdsApiHarvest::folder() const
{
    return m_dir ? m_dir->path() : QString();
}

Expected<HsdsApiHarvest> HsdsApiHarvest::fetch(const QString& url, const QString& scratchParent,
                                               const import::ProgressCallback& progress,
                                               const CancelToken& cancel, const HsdsApiLimits& limits)
{
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return Error::invalidInput(QStringLiteral("%1 is not a web address").arg(url));
    if (!HttpsTransfer::isHttps(parsed))
        return Error::invalidInput(QStringLiteral("the HSDS API address must be an https:// address; plain "
                                                  "http is refused because anyone on the way could change the data"));
    HsdsApiHarvest harvest;
    harvest.m_dir = std::make_unique<QTemporaryDir>(scratchParent + QStringLiteral("/.hsds-api-XXXXXX"));
    if (!harvest.m_dir->isValid())
        return Error{Error::Kind::Io, QStringLiteral("cannot make a scratch folder in %1").arg(scratchParent),
                     harvest.m_dir->errorString()};
    Summary& summary = harvest.m_summary;
    const QUrl root = apiRoot(parsed);
    summary.url = root.toDisplayString();
    RetryingGet requests({limits.attempts, limits.firstPauseMs, limits.maxWaitSeconds, limits.timeoutSeconds},
                         progress, cancel);
    // Each request may take what is left of the total, up to the cap of one response.
    const auto get = [&](const QUrl& address, const QString& what) -> Expected<QJsonDocument> {
        const qint64 left = limits.maxTotalBytes - requests.counters().bytes;
        Expected<QByteArray> body = requests.get(address, what, std::min(limits.maxResponseBytes, left));
        if (!body && body.error().detail == QLatin1StringView(RetryingGet::kTooLarge) &&
            left < limits.maxResponseBytes)
            return refused(QStringLiteral("the API sends more than the %1 MiB an import reads; stopped at %2")
                               .arg(limits.maxTotalBytes / (1024 * 1024))
                               .arg(what));
        if (!body)
            return body.error();
        return parse(*body, what);
    };
    const QString phase = QStringLiteral("reading services from %1").arg(root.host());
    QSet<QString> seen;
    qint64 repeated = 0;
    for (int page = 1;; ++page) {
        if (page > limits.maxPages)
            return refused(QStringLiteral("the API lists more than %1 pages; stopped").arg(limits.maxPages));
        const QString what = QStringLiteral("page %1").arg(page);
        const Expected<QJsonDocument> document = get(pageUrl(root, page, limits.perPage), what);
        if (!document)
            return document.error();
        const QJsonObject object = document->object();
        if (!document->isObject() || !object.value(QLatin1StringView("contents")).isArray())
            return refused(QStringLiteral("%1 is not an HSDS 3.0 list (a JSON object with \"contents\"): is %2 "
                                          "an HSDS 3.0 API?")
                               .arg(what, summary.url));
        const PageHeader header = headerOf(object);
        const QJsonArray contents = object.value(QLatin1StringView("contents")).toArray();
        if (header.totalItems >= 0)
            summary.announced = header.totalItems;
        if (contents.isEmpty())
            break;
        QJsonArray kept;
        for (const QJsonValue& value : contents) {
            if (!value.isObject())
                continue;
            const QJsonObject item = value.toObject();
            const QString id = idOf(item);
            if (!id.isEmpty() && seen.contains(id)) {
                ++repeated;
                continue;
            }
            if (!id.isEmpty())
                seen.insert(id);
            if (isFull(item) || id.isEmpty()) {
                kept.append(item);
            } else {
                const Expected<QJsonDocument> full = get(serviceUrl(root, id), QStringLiteral("service %1").arg(id));
                if (!full)
                    return full.error();
                if (!full->isObject())
                    return refused(QStringLiteral("service %1 is not a JSON object").arg(id));
                kept.append(full->object());
                ++summary.fullFetches;
            }
            ++summary.services;
            if (progress)
                progress({phase, summary.services, summary.announced, QStringLiteral("services")});
        }
        // A page with nothing new: the server ignores `page`, or announces more than it has. Reading on
        // would never end, and what was read may not be the whole list.
        if (kept.isEmpty())
            return refused(QStringLiteral("%1 repeats services already read: the API does not page through its "
                                          "list as HSDS 3.0 says; stopped")
                               .arg(what));
        QSaveFile out(harvest.m_dir->filePath(QStringLiteral("services-%1.json").arg(page, 5, 10, QLatin1Char('0'))));
        const QByteArray json = QJsonDocument(kept).toJson(QJsonDocument::Compact);
        if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size() || !out.commit())
            return Error{Error::Kind::Io, QStringLiteral("cannot write a scratch file in %1").arg(scratchParent),
                         out.errorString()};
        ++summary.pages;
        const bool lastByCount = header.totalItems >= 0 && summary.services >= header.totalItems;
        const bool lastByPage = header.totalPages >= 0 && header.pageNumber >= header.totalPages;
        if (header.lastPage || lastByCount || lastByPage)
            break;
    }
    summary.requests = requests.counters().requests;
    summary.retries = requests.counters().retries;
    summary.bytes = requests.counters().bytes;
    if (summary.services == 0)
        return refused(QStringLiteral("the API at %1 lists no services").arg(summary.url));
    summary.notes << QStringLiteral("read %1 service(s) in %2 page(s) from the HSDS API at %3 (%4 request(s), %5 "
                                    "fetched one by one, %6 retried, %7 kB)")
                         .arg(summary.services)
                         .arg(summary.pages)
                         .arg(summary.url)
                         .arg(summary.requests)
                         .arg(summary.fullFetches)
                         .arg(summary.retries)
                         .arg((summary.bytes + 1023) / 1024);
    if (summary.announced >= 0 && summary.announced != summary.services)
        summary.notes << QStringLiteral("the API announced %1 service(s) but listed %2")
                             .arg(summary.announced)
                             .arg(summary.services);
    if (repeated > 0)
        summary.notes << QStringLiteral("%1 service(s) listed more than once were read once").arg(repeated);
    return harvest;
}

} // namespace pathways::api
