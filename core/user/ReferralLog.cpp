#include "user/ReferralLog.h"

#include "user/UserFile.h"
#include "user/UserStore.h"

#include "db/Connection.h"
#include "db/DatabaseError.h"
#include "db/Statement.h"
#include "db/Transaction.h"

#include <QFileInfo>

namespace pathways::user {

namespace {

const QString kSwitch = QStringLiteral("referral-log");

Error writeError(const db::DatabaseError& failure)
{
    return Error{Error::Kind::Io, QStringLiteral("the referral log in user.sqlite cannot be written"), failure.message()};
}

Error readError(const db::DatabaseError& failure)
{
    return Error::unreadable(QStringLiteral("the referral log in user.sqlite cannot be read"), failure.message());
}

bool switchIsOn(db::Connection& connection)
{
    auto row = connection.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    row.bind(1, kSwitch);
    return row.step() && row.columnText(0) == QLatin1String("on");
}

} // namespace

ReferralLog::ReferralLog(std::unique_ptr<db::Connection> connection) : m_db(std::move(connection)) {}
ReferralLog::~ReferralLog() = default;

Expected<bool> ReferralLog::isEnabled(const QString& userFile)
{
    if (!QFileInfo::exists(userFile))
        return false;
    try {
        // Never created or upgraded here, and only read: with the log off, a referral leaves the file as it was.
        db::Connection connection(userFile, db::Connection::Mode::ReadWrite);
        connection.execute(QStringLiteral("PRAGMA query_only = 1"));
        if (connection.applicationId() != kUserApplicationId || connection.userVersion() < 1)
            return false; // a file UserStore has not set up yet has no switch in it
        return switchIsOn(connection);
    } catch (const db::DatabaseError& failure) {
        return readError(failure);
    }
}

Expected<std::unique_ptr<ReferralLog>> ReferralLog::open(const QString& userFile)
{
    Expected<std::unique_ptr<db::Connection>> connection = UserFile::open(userFile);
    if (!connection)
        return connection.error();
    return std::unique_ptr<ReferralLog>(new ReferralLog(std::move(connection).value()));
}

Expected<bool> ReferralLog::enabled()
{
    try {
        return switchIsOn(*m_db);
    } catch (const db::DatabaseError& failure) {
        return readError(failure);
    }
}

Status ReferralLog::setEnabled(bool on)
{
    try {
        auto upsert = m_db->prepare(QStringLiteral(
            "INSERT INTO setting(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        upsert.bind(1, kSwitch);
        upsert.bind(2, on ? QStringLiteral("on") : QStringLiteral("off"));
        upsert.run();
        return {};
    } catch (const db::DatabaseError& failure) {
        return writeError(failure);
    }
}

Status ReferralLog::add(const QList<ReferralLogEntry>& entries)
{
    try {
        if (!switchIsOn(*m_db))
            return Error::refused(QStringLiteral("the referral log is off"));
        db::Transaction transaction(*m_db);
        auto insert = m_db->prepare(
            QStringLiteral("INSERT INTO referral_log(day, service_id, service_name, category) VALUES (?, ?, ?, ?)"));
        for (const ReferralLogEntry& entry : entries) {
            if (!entry.day.isValid() || entry.serviceId.isEmpty())
                return Error::invalidInput(QStringLiteral("a referral log entry needs a day and a service"));
            insert.reset();
            insert.bind(1, entry.day.toString(Qt::ISODate));
            insert.bind(2, entry.serviceId);
            insert.bind(3, entry.serviceName);
            insert.bind(4, entry.category);
            insert.run();
        }
        transaction.commit();
        return {};
    } catch (const db::DatabaseError& failure) {
        return writeError(failure);
    }
}

Expected<QList<ReferralLogEntry>> ReferralLog::list(const QDate& from, const QDate& to)
{
    try {
        // ISO dates compare as text; an unbounded side takes a value no date reaches.
        auto row = m_db->prepare(QStringLiteral("SELECT id, day, service_id, service_name, category FROM referral_log "
                                                "WHERE day >= ? AND day <= ? ORDER BY day, id"));
        row.bind(1, from.isValid() ? from.toString(Qt::ISODate) : QStringLiteral("0000"));
        row.bind(2, to.isValid() ? to.toString(Qt::ISODate) : QStringLiteral("9999-99-99"));
        QList<ReferralLogEntry> entries;
        while (row.step())
            entries << ReferralLogEntry{row.columnInt64(0), QDate::fromString(row.columnText(1), Qt::ISODate),
                                        row.columnText(2), row.columnText(3), row.columnText(4)};
        return entries;
    } catch (const db::DatabaseError& failure) {
        return readError(failure);
    }
}

Expected<int> ReferralLog::clear()
{
    try {
        m_db->execute(QStringLiteral("DELETE FROM referral_log"));
        const int removed = m_db->changes();
        // The deleted rows' bytes are not left in free pages of the file.
        m_db->execute(QStringLiteral("VACUUM"));
        return removed;
    } catch (const db::DatabaseError& failure) {
        return writeError(failure);
    }
}

} // namespace pathways::user
