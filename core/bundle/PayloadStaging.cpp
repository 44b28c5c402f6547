#include "bundle/PayloadStaging.h"

#include "bundle/ContentCheck.h"
#include "bundle/PayloadFolder.h"
#include "directory/DirectorySchema.h"
#include "db/Connection.h"
#include "db/DatabaseError.h"
#include "store/DirectoryStore.h"

#include <QFile>

namespace pathways::bundle {

namespace {

QString refuseContent(BundleInstaller::Outcome& outcome, const QString& reason)
{
    outcome.verify.outcome = VerifyResult::Outcome::Refused;
    outcome.verify.step = VerifyStep::Content;
    outcome.verify.reason = reason;
    return {};
}

} // namespace

PayloadStaging::PayloadStaging(directory::DataFolder folder, void (*crashPoint)(int),
                               import::ProgressCallback progress)
    : m_data(std::move(folder)), m_crashPoint(crashPoint), m_progress(std::move(progress))
{
}

QString PayloadStaging::stageTables(BundleInstaller::Outcome& outcome,
                                    const store::DirectoryOrigin& origin) const
{
    PayloadFolder folder(m_data);
    if (!folder.ok())
        return refuseContent(outcome,
                             QStringLiteral("cannot create a private folder in %1").arg(m_data.root()));
    int point = 5;
    for (const ArchiveMember& member : std::as_const(outcome.verify.payloadFiles)) {
        if (!folder.write(member))
            return refuseContent(outcome,
                                 QStringLiteral("cannot write %1 to %2").arg(member.name, folder.path()));
        if (point < 8)
            m_crashPoint(point++);
    }
    m_crashPoint(8);
    const Expected<QString> staging = store::DirectoryStore(m_data).buildStagingDatabase(
        folder.path(), origin, &outcome.report, {false, m_progress});
    if (!staging)
        return refuseContent(outcome, QStringLiteral("content: ") + staging.error().message);
    return *staging;
}

QString PayloadStaging::stageDatabase(BundleInstaller::Outcome& outcome,
                                      const store::DirectoryOrigin& origin) const
{
    QString staging = m_data.stagingPath(QStringLiteral("-payload.sqlite")); // removeStaleStaging() knows it
    QFile file(staging);
    m_crashPoint(5);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        return refuseContent(outcome,
                             QStringLiteral("cannot create %1: %2").arg(staging, file.errorString()));
    }
    // Written in two halves so that the crash tests can stop an apply with half a database on disk.
    const QByteArray& database = outcome.verify.payloadDatabase;
    const qint64 half = database.size() / 2;
    bool written = file.write(database.constData(), half) == half;
    if (written) {
        m_crashPoint(6);
        const qint64 rest = database.size() - half;
        written = file.write(database.constData() + half, rest) == rest && file.flush();
    }
    file.close();
    if (!written) {
        QFile::remove(staging);
        return refuseContent(outcome, QStringLiteral("cannot write %1: %2").arg(staging, file.errorString()));
    }
    outcome.verify.payloadDatabase
        .clear(); // the file holds it now; an apply at 1M services keeps 1.4 GB less
    m_crashPoint(7);
    QString error;
    try {
        db::Connection connection(staging, db::Connection::Mode::ReadWrite);
        content::hardenConnection(connection);
        // Nothing else reads the database before its pages and its shape are known to be sound and ours: no
        // views, triggers or tables of its own, values of the import's types.
        Status checked = content::checkDatabaseIntegrity(connection);
        if (checked)
            checked = content::checkDatabaseShape(connection);
        // A bundle of the previous schema is brought up to date as an installed directory would be; its
        // search tables are those of the new schema already (version 3 added a table only).
        if (checked && connection.userVersion() < directory::kDirectorySchemaVersion)
            checked = directory::migrateDirectorySchema(connection);
        if (!checked)
            error = checked.error().message;
        else {
            m_crashPoint(8);
            // The bundle's manifest, not the publisher's copy inside the database, says where it came from.
            store::DirectoryStore::recordOrigin(connection, origin);
        }
    } catch (const db::DatabaseError& failure) {
        error = QStringLiteral("content: the database cannot be read: ") + failure.message();
    }
    if (!error.isEmpty()) {
        QFile::remove(staging);
        return refuseContent(outcome, error);
    }
    return staging;
}

} // namespace pathways::bundle
