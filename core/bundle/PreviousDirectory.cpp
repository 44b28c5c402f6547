#include "bundle/PreviousDirectory.h"

#include "bundle/BundleInstaller.h"
#include "bundle/ServiceFieldChanges.h"
#include "db/Connection.h"
#include "db/DatabaseError.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "directory/LockFile.h"

#include <QFileInfo>

namespace pathways::bundle {

namespace {

struct Provenance
{
    QString publisher;
    quint64 sequence = 0;
};

Provenance provenanceOf(db::Connection& connection)
{
    auto meta = connection.prepare(QStringLiteral("SELECT publisher, sequence FROM bundle_meta"));
    if (!meta.step())
        return {};
    return {meta.columnText(0), static_cast<quint64>(meta.columnInt64(1))};
}

} // namespace

PreviousDirectory::PreviousDirectory(directory::DataFolder folder) : m_folder(std::move(folder)) {}

Expected<PreviousDirectory::Change> PreviousDirectory::compare() const
{
    if (!QFileInfo(m_folder.previousDatabasePath()).isFile())
        return Error::notFound(
            QStringLiteral("no previous directory is kept in %1 (one is kept from the next "
                           "update on)")
                .arg(m_folder.root()));
    try {
        db::Connection installed(m_folder.installedDatabasePath(), db::Connection::Mode::ReadOnly);
        db::Connection previous(m_folder.previousDatabasePath(), db::Connection::Mode::ReadOnly);
        Change change;
        const Provenance now = provenanceOf(installed);
        const Provenance kept = provenanceOf(previous);
        change.publisher = kept.publisher;
        change.sequence = kept.sequence;
        change.replacedPublisher = now.publisher;
        change.replacedSequence = now.sequence;
        change.diff = DirectoryDiff::between(DirectoryDiff::load(installed), DirectoryDiff::load(previous));
        // What each changed service would say again, as a preview of an update shows it.
        ServiceFieldChanges::fill(installed, previous, change.diff.changed);
        return change;
    } catch (const db::DatabaseError& failure) {
        return Error::unreadable(
            QStringLiteral("cannot read the previous directory: %1").arg(failure.message()),
            failure.message());
    }
}

Expected<PreviousDirectory::Change> PreviousDirectory::preview() const
{
    return compare();
}

Expected<PreviousDirectory::Change> PreviousDirectory::restore() const
{
    directory::LockFile lock(m_folder.updateLockPath());
    if (!lock.acquire(60))
        return Error::unreadable(lock.failure(m_folder.root()));
    Expected<Change> change = compare();
    if (!change)
        return change;
    try {
        const InstalledState state = BundleInstaller(m_folder).installedState();
        // The kept directory learns every sequence the installed one had seen: restoring lowers no floor.
        db::Connection previous(m_folder.previousDatabasePath(), db::Connection::Mode::ReadWrite);
        db::Transaction transaction(previous);
        previous.execute(
            QStringLiteral("CREATE TABLE IF NOT EXISTS bundle_publisher_sequence (publisher TEXT "
                           "PRIMARY KEY NOT NULL, sequence INTEGER NOT NULL)"));
        auto raise = previous.prepare(QStringLiteral(
            "INSERT INTO bundle_publisher_sequence VALUES (?1, ?2) ON CONFLICT(publisher) DO UPDATE SET "
            "sequence = max(sequence, excluded.sequence)"));
        QMap<QString, quint64> floors = state.highWater;
        if (state.present)
            floors[state.publisher] = qMax(floors.value(state.publisher), state.sequence);
        for (auto it = floors.constBegin(); it != floors.constEnd(); ++it) {
            raise.bind(1, it.key());
            raise.bind(2, static_cast<qint64>(it.value()));
            raise.run();
        }
        transaction.commit();
    } catch (const db::DatabaseError& failure) {
        return Error::unreadable(
            QStringLiteral("cannot prepare the previous directory: %1").arg(failure.message()),
            failure.message());
    }
    if (const Status swapped = m_folder.swapWithPrevious(); !swapped)
        return swapped.error();
    return change;
}

} // namespace pathways::bundle
