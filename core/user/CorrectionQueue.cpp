#include "user/CorrectionQueue.h"

#include "user/UserFile.h"

#include "db/Connection.h"
#include "db/DatabaseError.h"
#include "db/Statement.h"
#include "db/Transaction.h"

namespace pathways::user {

namespace {

QString stamp(const QDateTime& when)
{
    return when.toUTC().toString(Qt::ISODate);
}

Error storeError(const db::DatabaseError& failure)
{
    return Error{Error::Kind::Io, QStringLiteral("the correction queue in user.sqlite cannot be written"),
                 failure.message()};
}

} // namespace

CorrectionQueue::CorrectionQueue(std::unique_ptr<db::Connection> connection) : m_db(std::move(connection)) {}
CorrectionQueue::~CorrectionQueue() = default;

Expected<std::unique_ptr<CorrectionQueue>> CorrectionQueue::open(const QString& userFile)
{
    Expected<std::unique_ptr<db::Connection>> connection = UserFile::open(userFile);
    if (!connection)
        return connection.error();
    return std::unique_ptr<CorrectionQueue>(new CorrectionQueue(std::move(connection).value()));
}

Expected<qint64> CorrectionQueue::add(const Correction& c)
{
    if (c.serviceId.isEmpty() || c.field.isEmpty())
        return Error::invalidInput(QStringLiteral("a correction needs the service and the field"));
    if (c.problem.trimmed().isEmpty() && c.suggestedValue.trimmed().isEmpty())
        return Error::invalidInput(QStringLiteral("say what is wrong or what the right value is"));
    try {
        auto insert = m_db->prepare(QStringLiteral(
            "INSERT INTO correction(service_id, service_name, field, old_value, problem, suggested_value, created, "
            "directory_publisher, directory_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        insert.bind(1, c.serviceId);
        insert.bind(2, c.serviceName);
        insert.bind(3, c.field);
        insert.bind(4, c.oldValue);
        insert.bind(5, c.problem.trimmed());
        insert.bind(6, c.suggestedValue.trimmed());
        insert.bind(7, stamp(c.created.isValid() ? c.created : QDateTime::currentDateTimeUtc()));
        insert.bind(8, c.directoryPublisher);
        insert.bind(9, c.directoryVersion);
        insert.run();
        return m_db->lastInsertRowId();
    } catch (const db::DatabaseError& failure) {
        return storeError(failure);
    }
}

Status CorrectionQueue::pendingCheck(qint64 id)
{
    auto row = m_db->prepare(QStringLiteral("SELECT exported FROM correction WHERE id = ?"));
    row.bind(1, id);
    if (!row.step())
        return Error::notFound(QStringLiteral("no correction %1 in the queue").arg(id));
    if (!row.isNull(0))
        return Error::refused(QStringLiteral("correction %1 was already exported; it can no longer be changed").arg(id));
    return {};
}

Status CorrectionQueue::edit(qint64 id, const QString& problem, const QString& suggestedValue)
{
    if (problem.trimmed().isEmpty() && suggestedValue.trimmed().isEmpty())
        return Error::invalidInput(QStringLiteral("say what is wrong or what the right value is"));
    try {
        if (Status ok = pendingCheck(id); !ok)
            return ok;
        auto update =
            m_db->prepare(QStringLiteral("UPDATE correction SET problem = ?, suggested_value = ? WHERE id = ?"));
        update.bind(1, problem.trimmed());
        update.bind(2, suggestedValue.trimmed());
        update.bind(3, id);
        update.run();
        return {};
    } catch (const db::DatabaseError& failure) {
        return storeError(failure);
    }
}

Status CorrectionQueue::remove(qint64 id)
{
    try {
        if (Status ok = pendingCheck(id); !ok)
            return ok;
        auto erase = m_db->prepare(QStringLiteral("DELETE FROM correction WHERE id = ?"));
        erase.bind(1, id);
        erase.run();
        return {};
    } catch (const db::DatabaseError& failure) {
        return storeError(failure);
    }
}

Expected<QList<Correction>> CorrectionQueue::list(bool pendingOnly)
{
    try {
        auto row = m_db->prepare(
            QStringLiteral("SELECT id, service_id, service_name, field, old_value, problem, suggested_value, created, "
                           "directory_publisher, directory_version, exported FROM correction ") +
            (pendingOnly ? QStringLiteral("WHERE exported IS NULL ") : QString()) + QStringLiteral("ORDER BY id"));
        QList<Correction> result;
        while (row.step()) {
            Correction c;
            c.id = row.columnInt64(0);
            c.serviceId = row.columnText(1);
            c.serviceName = row.columnText(2);
            c.field = row.columnText(3);
            c.oldValue = row.columnText(4);
            c.problem = row.columnText(5);
            c.suggestedValue = row.columnText(6);
            c.created = QDateTime::fromString(row.columnText(7), Qt::ISODate);
            c.directoryPublisher = row.columnText(8);
            c.directoryVersion = row.columnInt64(9);
            if (!row.isNull(10))
                c.exported = QDateTime::fromString(row.columnText(10), Qt::ISODate);
            result << c;
        }
        return result;
    } catch (const db::DatabaseError& failure) {
        return Error::unreadable(QStringLiteral("the correction queue in user.sqlite cannot be read"),
                                 failure.message());
    }
}

Status CorrectionQueue::markExported(const QList<qint64>& ids, const QDateTime& when)
{
    try {
        db::Transaction transaction(*m_db);
        auto update = m_db->prepare(QStringLiteral("UPDATE correction SET exported = ? WHERE id = ? AND exported IS NULL"));
        for (qint64 id : ids) {
            update.reset();
            update.bind(1, stamp(when));
            update.bind(2, id);
            update.run();
        }
        transaction.commit();
        return {};
    } catch (const db::DatabaseError& failure) {
        return storeError(failure);
    }
}

} // namespace pathways::user
