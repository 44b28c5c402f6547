#include "api/ReferralLogging.h"

#include "api/DirectoryReader.h"
#include "user/ReferralLog.h"

#include <QMap>
#include <QSaveFile>

#include <algorithm>

namespace pathways::api {

namespace {

QByteArray csvCell(QString text)
{
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.front()))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n')) ||
        text.contains(QLatin1Char('\r')))
        text = QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return text.toUtf8();
}

} // namespace

Expected<int> ReferralLogging::record(const QString& userFile, DirectoryReader& reader, const QStringList& serviceIds,
                                      const QStringList& languages, const QDate& day)
{
    // Asked first, read-only: with the log off a referral must leave user.sqlite exactly as it was.
    const Expected<bool> on = user::ReferralLog::isEnabled(userFile);
    if (!on)
        return on.error();
    if (!*on || serviceIds.isEmpty())
        return 0;
    QList<user::ReferralLogEntry> entries;
    for (const QString& id : serviceIds) {
        Expected<ServiceDetails> details = reader.details(id, languages);
        if (!details)
            return details.error();
        const auto& summary = details->record.summary;
        entries << user::ReferralLogEntry{0, day, summary.id, summary.name.text,
                                          summary.categories.isEmpty() ? QString() : summary.categories.first().code};
    }
    Expected<std::unique_ptr<user::ReferralLog>> log = user::ReferralLog::open(userFile);
    if (!log)
        return log.error();
    if (Status added = (*log)->add(entries); !added)
        return added.error();
    return int(entries.size());
}

Expected<QHash<QString, QString>> ReferralLogging::categoryNames(DirectoryReader& reader, const QStringList& languages)
{
    Expected<QList<ListEntry>> categories = reader.categories(languages);
    if (!categories)
        return categories.error();
    QHash<QString, QString> names;
    for (const ListEntry& entry : std::as_const(*categories))
        names.insert(entry.code, entry.name);
    return names;
}

QList<ReferralMonthCount> ReferralLogging::monthly(const QList<user::ReferralLogEntry>& entries,
                                                   const QHash<QString, QString>& categoryNames)
{
    QMap<QPair<QString, QString>, int> counts;
    for (const user::ReferralLogEntry& entry : entries)
        ++counts[{entry.day.toString(QStringLiteral("yyyy-MM")), entry.category}];
    QList<ReferralMonthCount> result;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        result << ReferralMonthCount{it.key().first, it.key().second, categoryNames.value(it.key().second), it.value()};
    std::stable_sort(result.begin(), result.end(), [](const ReferralMonthCount& a, const ReferralMonthCount& b) {
        if (a.month != b.month)
            return a.month < b.month;
        return QString::localeAwareCompare(a.categoryName, b.categoryName) < 0;
    });
    return result;
}

QByteArray ReferralLogging::toCsv(const QList<user::ReferralLogEntry>& entries,
                                  const QHash<QString, QString>& categoryNames)
{
    QByteArray csv = "date,service_id,service_name,category,category_name\r\n";
    for (const user::ReferralLogEntry& entry : entries)
        csv += csvCell(entry.day.toString(Qt::ISODate)) + ',' + csvCell(entry.serviceId) + ',' +
               csvCell(entry.serviceName) + ',' + csvCell(entry.category) + ',' +
               csvCell(categoryNames.value(entry.category)) + "\r\n";
    return csv;
}

Expected<int> ReferralLogging::exportCsv(const QString& userFile, const QString& path,
                                         const QHash<QString, QString>& categoryNames, const QDate& from,
                                         const QDate& to)
{
    Expected<std::unique_ptr<user::ReferralLog>> log = user::ReferralLog::open(userFile);
    if (!log)
        return log.error();
    const Expected<QList<user::ReferralLogEntry>> entries = (*log)->list(from, to);
    if (!entries)
        return entries.error();
    if (entries->isEmpty())
        return Error::notFound(QStringLiteral("the referral log has no entries to export"));
    const QByteArray csv = toCsv(*entries, categoryNames);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
        return Error{Error::Kind::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()), {}};
    return int(entries->size());
}

} // namespace pathways::api
