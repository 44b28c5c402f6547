#pragma once

#include "error/Expected.h"
#include "user/ReferralLogEntry.h"

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace pathways::api {

class DirectoryReader;

/// How many referrals of one category a month held, for the worker's monthly report.
struct ReferralMonthCount
{
    QString month;        ///< "2026-11"
    QString category;     ///< code; empty for services without a category
    QString categoryName; ///< in the languages asked; empty when the directory no longer has the category
    int referrals = 0;
};

/// The optional referral log (user::ReferralLog) as both front ends use it: a referral (a slip printed or
/// saved, or "Log referral" on a service) records the day, the service and its category, read from the
/// directory here, never from the caller, so that nothing a worker typed can reach the log.
class ReferralLogging
{
public:
    /// Logs one referral of each service on `day` when the log is on; answers how many entries were written.
    /// With the log off it answers 0 and has not opened user.sqlite for writing (nor created it).
    static Expected<int> record(const QString& userFile, DirectoryReader& reader, const QStringList& serviceIds,
                                const QStringList& languages, const QDate& day = QDate::currentDate());

    /// Category code -> name in `languages`, for showing and exporting the log.
    static Expected<QHash<QString, QString>> categoryNames(DirectoryReader& reader, const QStringList& languages);

    /// Per month (oldest first) and category (by name), how many referrals.
    static QList<ReferralMonthCount> monthly(const QList<user::ReferralLogEntry>& entries,
                                             const QHash<QString, QString>& categoryNames);

    /// CSV (RFC 4180, UTF-8, header `date,service_id,service_name,category,category_name`). A cell that a
    /// spreadsheet would run as a formula (=, +, -, @ first) is written with a leading apostrophe.
    static QByteArray toCsv(const QList<user::ReferralLogEntry>& entries, const QHash<QString, QString>& categoryNames);

    /// Writes the entries between `from` and `to` (inclusive; invalid: no bound) of `userFile` to `path`, whole or
    /// not at all. NotFound when there is nothing to export (no file is written). Answers how many rows.
    static Expected<int> exportCsv(const QString& userFile, const QString& path,
                                   const QHash<QString, QString>& categoryNames, const QDate& from = {},
                                   const QDate& to = {});
};

} // namespace pathways::api
