#include "store/DirectoryStore.h"

#include "db/Connection.h"
#include "db/DatabaseError.h"
#include "db/Statement.h"
#include "directory/DirectorySchema.h"
#include "directory/LockFile.h"
#include "import/HsdsImporter.h"
#include "search/SearchIndexBuilder.h"

#include <QDateTime>
#include <QFile>

namespace pathways::store {

QString DirectoryStore::embeddedDirectoryFolder()
{
    return QStringLiteral(":/pathways/default-directory");
}

DirectoryOrigin DirectoryStore::embeddedDirectoryOrigin()
{
    DirectoryOrigin origin;
    origin.publisher = QStringLiteral("Pathways demonstration data (verify before referring)");
    origin.sequence = 1;
    origin.created = QStringLiteral("2026-11-23T00:00:00Z");
    origin.region = QStringLiteral("SI, UA");
    origin.origin = QStringLiteral("embedded");
    return origin;
}

DirectoryStore::DirectoryStore(directory::DataFolder data) : m_data(std::move(data)) {}

Expected<std::unique_ptr<db::Connection>> DirectoryStore::openForReading()
{
    if (!m_data.hasDirectory())
        return Error::notFound(QStringLiteral("no directory is installed in %1").arg(m_data.root()));
    Expected<std::unique_ptr<db::Connection>> connection = openInstalled();
    if (!connection || connection.value()->userVersion() >= directory::kDirectorySchemaVersion)
        return connection;
    connection.value().reset();
    if (const Status upgraded = upgradeInstalled(); !upgraded)
        return upgraded.error();
    return openInstalled();
}

Expected<std::unique_ptr<db::Connection>> DirectoryStore::openInstalled() const
{
    try {
        auto connection =
            std::make_unique<db::Connection>(m_data.installedDatabasePath(), db::Connection::Mode::ReadOnly);
        if (connection->applicationId() != directory::kDirectoryApplicationId)
            return Error::unreadable(
                QStringLiteral("%1 is not a Pathways directory").arg(connection->path()));
        if (connection->userVersion() > directory::kDirectorySchemaVersion)
            return Error::unreadable(QStringLiteral("%1 needs a newer Pathways").arg(connection->path()));
        return connection;
    } catch (const db::DatabaseError& failure) {
        return Error::unreadable(failure.message(), failure.message());
    }
}

Status DirectoryStore::upgradeInstalled()
{
    const QString prefix = QStringLiteral("cannot upgrade the directory written by an older Pathways: %1");
    // Under the update lock, so that a sync running meanwhile is neither lost nor overwritten; whoever comes
    // second finds the work done.
    directory::LockFile lock(m_data.updateLockPath());
    if (!lock.acquire(60))
        return Error::unreadable(prefix.arg(lock.failure(m_data.root())));
    const QString staging = m_data.stagingPath(QStringLiteral(".sqlite"));
    try {
        {
            // A consistent copy, read through a read-only connection: the installed file is not touched.
            Expected<std::unique_ptr<db::Connection>> installed = openInstalled();
            if (!installed)
                return Error::unreadable(prefix.arg(installed.error().message));
            if (installed.value()->userVersion() >= directory::kDirectorySchemaVersion)
                return {};
            auto copy = installed.value()->prepare(QStringLiteral("VACUUM INTO ?"));
            copy.bind(1, staging);
            copy.run();
        }
        {
            // The HSDS content stays as it is; only the derived search tables change shape.
            db::Connection connection(staging, db::Connection::Mode::ReadWrite);
            configureStagingConnection(connection);
            if (const Status migrated = directory::migrateDirectorySchema(connection); !migrated) {
                QFile::remove(staging);
                return Error::unreadable(prefix.arg(migrated.error().message));
            }
            search::SearchIndexBuilder::rebuild(connection);
            connection.execute(QStringLiteral("ANALYZE"));
        }
    } catch (const db::DatabaseError& failure) {
        QFile::remove(staging);
        return Error::unreadable(prefix.arg(failure.message()), failure.message());
    }
    if (const Status installed = m_data.installDatabaseFile(staging); !installed)
        return Error{installed.error().kind, prefix.arg(installed.error().message), installed.error().detail};
    return {};
}

void DirectoryStore::configureStagingConnection(db::Connection& connection)
{
    // A staging file nobody reads until it is complete: no journal to speak of, no fsync until the install,
    // and a page cache large enough (256 MiB at most) that the bulk inserts seldom spill to disk.
    connection.execute(QStringLiteral(
        "PRAGMA journal_mode = MEMORY; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144"));
}

void DirectoryStore::recordOrigin(db::Connection& connection, const DirectoryOrigin& origin)
{
    auto meta = connection.prepare(
        QStringLiteral("INSERT OR REPLACE INTO bundle_meta(singleton, publisher, sequence, created, "
                       "expires, hsds_version, "
                       "region, languages, origin, installed_at) VALUES (1, ?, ?, ?, ?, '3.0', ?, "
                       "(SELECT group_concat(locale, ',') FROM (SELECT 'en' AS locale UNION SELECT "
                       "DISTINCT locale FROM translation ORDER BY locale)), "
                       "?, ?)"));
    meta.bind(1, origin.publisher);
    meta.bind(2, static_cast<qint64>(origin.sequence));
    meta.bind(3, origin.created);
    meta.bindOptional(4, origin.expires);
    meta.bindOptional(5, origin.region);
    meta.bind(6, origin.origin);
    meta.bind(7, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    meta.run();
}

Expected<QString> DirectoryStore::buildStagingDatabase(const QString& folder, const DirectoryOrigin& origin,
                                                       import::ImportReport* report,
                                                       const import::ImportOptions& options)
{
    const auto phase = [&options](const char* name) {
        if (options.progress)
            options.progress({QString::fromLatin1(name), 0, -1, {}});
    };
    if (const Status ready = m_data.ensureExists(); !ready)
        return ready.error();
    const QString staging = m_data.stagingPath(QStringLiteral(".sqlite"));
    try {
        db::Connection connection(staging);
        configureStagingConnection(connection);
        if (const Status migrated = directory::migrateDirectorySchema(connection); !migrated) {
            QFile::remove(staging);
            return migrated.error();
        }
        *report = import::HsdsImporter::importFolder(folder, connection, options);
        if (report->hasFatal()) {
            const auto& issues = report->issues;
            const auto fatal = std::find_if(issues.cbegin(), issues.cend(), [](const import::ImportIssue& i) {
                return i.severity == import::ImportIssue::Severity::Fatal;
            });
            QFile::remove(staging);
            return Error::refused(
                fatal->file.isEmpty() ? fatal->message : fatal->file + QStringLiteral(": ") + fatal->message);
        }
        phase("building the search index");
        search::SearchIndexBuilder::rebuild(connection);
        recordOrigin(connection, origin);
        phase("measuring the tables for the query planner");
        connection.execute(QStringLiteral("ANALYZE"));
    } catch (const db::DatabaseError& failure) {
        QFile::remove(staging);
        return Error::unreadable(failure.message(), failure.message());
    }
    return staging;
}

DirectoryStore::ImportOutcome DirectoryStore::importHsdsFolder(const QString& folder,
                                                               const DirectoryOrigin& origin,
                                                               const import::ImportOptions& options)
{
    ImportOutcome outcome;
    if (const Status ready = m_data.ensureExists(); !ready) {
        outcome.error = ready.error().message;
        return outcome;
    }
    // One writer of the installed directory at a time (a sync or another import waits for this one).
    directory::LockFile lock(m_data.updateLockPath());
    if (!lock.acquire(60)) {
        outcome.error = lock.failure(m_data.root());
        return outcome;
    }
    const Expected<QString> staging = buildStagingDatabase(folder, origin, &outcome.report, options);
    if (!staging) {
        outcome.error = staging.error().message;
        return outcome;
    }
    const Status installed = m_data.installDatabaseFile(*staging);
    outcome.installed = installed.ok();
    if (!installed)
        outcome.error = installed.error().message;
    return outcome;
}

Expected<import::HsdsExporter::Summary> DirectoryStore::exportHsds(const QString& folder,
                                                                   const import::ProgressCallback& progress)
{
    Expected<std::unique_ptr<db::Connection>> installed = openForReading();
    if (!installed)
        return installed.error();
    return import::HsdsExporter::write(**installed, folder, progress);
}

} // namespace pathways::store
