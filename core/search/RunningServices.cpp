#include "search/RunningServices.h"

#include "db/Connection.h"
#include "db/Statement.h"

namespace pathways::search {

bool isNoLongerRunning(const QString& status)
{
    // As the HSDS 3.0 enumeration writes them; the index build's order has always used these two words.
    return status == QLatin1String("inactive") || status == QLatin1String("defunct");
}

bool isTemporarilyClosed(const QString& status)
{
    return status.compare(QLatin1String("temporarily closed"), Qt::CaseInsensitive) == 0;
}

qint64 firstNotRunningOrd(db::Connection& connection)
{
    const qint64 last = connection.queryInt(QStringLiteral("SELECT coalesce(max(ord), 0) FROM search_doc"));
    auto status = connection.prepare(QStringLiteral(
        "SELECT s.status FROM search_doc d JOIN service s ON s.id = d.service_id WHERE d.ord = ?"));
    const auto endedAt = [&status](qint64 ord) {
        status.bind(1, ord);
        const bool ended = status.step() && isNoLongerRunning(status.columnText(0));
        status.reset();
        return ended;
    };
    // Running services are ords 1..k, then the others: find the first that has ended.
    qint64 low = 1;
    qint64 high = last + 1;
    while (low < high) {
        const qint64 middle = low + (high - low) / 2;
        if (endedAt(middle))
            high = middle;
        else
            low = middle + 1;
    }
    return low;
}

} // namespace pathways::search
