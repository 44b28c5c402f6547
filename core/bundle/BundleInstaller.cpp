#include "bundle/BundleInstaller.h"

#include "bundle/ContentCheck.h"
#include "bundle/PayloadStaging.h"
#include "bundle/ServiceFieldChanges.h"
#include "db/Connection.h"
#include "db/DatabaseError.h"
#include "db/Statement.h"
#include "db/Transaction.h"
#include "directory/LockFile.h"
#include "import/HsdsTables.h"
#include "store/DirectoryStore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QThread>
#include <cstdio>
#include <fcntl.h>
#include <future>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace pathways::bundle {

namespace {

void (*g_crashHook)(int) = nullptr;

// PATHWAYS_BUNDLE_TIMING=1 prints how long each phase of an apply took (docs/benchmarks.md).
class PhaseTimer
{
public:
    PhaseTimer() : m_enabled(qEnvironmentVariableIsSet("PATHWAYS_BUNDLE_TIMING")) { m_timer.start(); }
    void mark(const char* phase)
    {
        if (m_enabled)
            std::fprintf(stderr, "bundle timing: %-28s %6lld ms\n", phase,
                         static_cast<long long>(m_timer.restart()));
    }

    void note(const char* what, qint64 ms) const
    {
        if (m_enabled)
            std::fprintf(stderr, "bundle timing: %-28s %6lld ms\n", what, static_cast<long long>(ms));
    }

private:
    bool m_enabled;
    QElapsedTimer m_timer;
};

// Removes the staging database unless released (installed).
class StagingGuard
{
public:
    explicit StagingGuard(QString path) : m_path(std::move(path)) {}
    ~StagingGuard()
    {
        if (!m_path.isEmpty())
            QFile::remove(m_path);
    }
    StagingGuard(const StagingGuard&) = delete;
    StagingGuard& operator=(const StagingGuard&) = delete;
    void release() { m_path.clear(); }

private:
    QString m_path;
};

bool refuse(BundleInstaller::Outcome& outcome, VerifyStep step, const QString& reason)
{
    outcome.verify.outcome = VerifyResult::Outcome::Refused;
    outcome.verify.step = step;
    outcome.verify.reason = reason;
    return false;
}

Status quickCheck(db::Connection& connection)
{
    auto check = connection.prepare(QStringLiteral("PRAGMA quick_check"));
    if (check.step() && check.columnText(0) == QLatin1String("ok"))
        return {};
    return Error::refused(QStringLiteral("content: the staging database fails its integrity check"));
}

bool hasTable(db::Connection& connection, const QString& table)
{
    auto statement =
        connection.prepare(QStringLiteral("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?"));
    statement.bind(1, table);
    return statement.step();
}

} // namespace

Status BundleInstaller::installEmbeddedDefault(const directory::DataFolder& data)
{
    if (!QFile::exists(embeddedBundlePath()))
        return Error::notFound(QStringLiteral("this program carries no built-in directory"));
    BundleInstaller installer(data);
    installer.m_origin = QStringLiteral("embedded");
    TrustStore trust = TrustStore::load(data.trustedKeysPath());
    trust.setAcceptDemonstration(true);
    const Outcome outcome = installer.apply(embeddedBundlePath(), trust);
    if (!outcome.verify.ok())
        return Error::refused(QStringLiteral("the built-in default directory: ") + outcome.verify.describe());
    return {};
}

void BundleInstaller::setCrashHookForTests(void (*hook)(int))
{
    g_crashHook = hook;
}

void BundleInstaller::crashPoint(int point)
{
    if (g_crashHook)
        g_crashHook(point);
}

BundleInstaller::BundleInstaller(directory::DataFolder data) : m_data(std::move(data)) {}

QString BundleInstaller::generationPath() const
{
    return m_data.root() + QStringLiteral("/directory.generation");
}

QByteArray BundleInstaller::installedToken(const directory::DataFolder& data)
{
    struct stat info
    {
    };
    if (::stat(QFile::encodeName(data.installedDatabasePath()).constData(), &info) != 0)
        return {};
    return QByteArray::number(static_cast<qulonglong>(info.st_dev)) + ':' +
           QByteArray::number(static_cast<qulonglong>(info.st_ino)) + ':' +
           QByteArray::number(static_cast<qlonglong>(info.st_size));
}

InstalledState BundleInstaller::installedState() const
{
    InstalledState state;
    if (!m_data.hasDirectory())
        return state;
    db::Connection connection(m_data.installedDatabasePath(), db::Connection::Mode::ReadOnly);
    auto meta = connection.prepare(QStringLiteral("SELECT publisher, sequence FROM bundle_meta"));
    if (meta.step()) {
        state.present = true;
        state.publisher = meta.columnText(0);
        state.sequence = static_cast<quint64>(meta.columnInt64(1));
    }
    if (hasTable(connection, QStringLiteral("bundle_publisher_sequence"))) {
        auto rows =
            connection.prepare(QStringLiteral("SELECT publisher, sequence FROM bundle_publisher_sequence"));
        while (rows.step())
            state.highWater.insert(rows.columnText(0), static_cast<quint64>(rows.columnInt64(1)));
    }
    return state;
}

Expected<QByteArray> BundleInstaller::installedBundle() const
{
    if (!m_data.hasDirectory())
        return Error::notFound(QStringLiteral("no directory is installed in %1").arg(m_data.root()));
    db::Connection connection(m_data.installedDatabasePath(), db::Connection::Mode::ReadOnly);
    if (hasTable(connection, QStringLiteral("bundle_installed"))) {
        auto row = connection.prepare(QStringLiteral("SELECT bytes FROM bundle_installed"));
        if (row.step())
            return row.columnBlob(0);
    }
    return Error::notFound(QStringLiteral("the installed directory did not come from a signed bundle (it was "
                                          "imported or is the built-in default): nothing to export"));
}

void BundleInstaller::removeStaleStaging() const
{
    // Left behind by an update that was killed. Only ours (-payload folders, -payload.sqlite databases and
    // journals) go at once; other staging databases may belong to a program that does not take the update
    // lock, so only old ones go.
    const QDir dir(m_data.root());
    const QDateTime hourAgo = QDateTime::currentDateTimeUtc().addSecs(-3600);
    for (const QFileInfo& entry :
         dir.entryInfoList({QStringLiteral(".staging-*")}, QDir::AllEntries | QDir::Hidden)) {
        if (entry.isDir() && entry.fileName().endsWith(QLatin1String("-payload")))
            QDir(entry.filePath()).removeRecursively();
        else if (entry.isFile() && (entry.fileName().contains(QLatin1String("-payload.sqlite")) ||
                                    entry.lastModified() < hourAgo))
            QFile::remove(entry.filePath());
    }
}

void BundleInstaller::writeGeneration(quint64 sequence, const QString& publisher) const
{
    QFile current(generationPath());
    qint64 counter = 0;
    if (current.open(QIODevice::ReadOnly))
        counter = current.readLine().split(' ').value(0).toLongLong();
    QSaveFile file(generationPath());
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QByteArray::number(counter + 1) + ' ' + QByteArray::number(sequence) + ' ' +
                   publisher.toUtf8() + '\n');
        file.commit();
    }
}

void BundleInstaller::reportPhase(int step, int steps, const QString& phase) const
{
    if (m_progress)
        m_progress({phase, step, steps, QStringLiteral("steps")});
}

BundleInstaller::Outcome BundleInstaller::apply(const QString& bundlePath, const TrustStore& trust, Mode mode)
{
    Outcome outcome;
    QString error;
    PhaseTimer timer;
    if (const Status ready = m_data.ensureExists(); !ready) {
        refuse(outcome, VerifyStep::Apply, ready.error().message);
        return outcome;
    }
    directory::LockFile lock(m_data.updateLockPath());
    if (!lock.acquire(60)) {
        refuse(outcome, VerifyStep::Apply, lock.failure(m_data.root()));
        return outcome;
    }
    crashPoint(1);
    removeStaleStaging();
    InstalledState state;
    try {
        state = installedState();
    } catch (const db::DatabaseError& failure) {
        refuse(outcome, VerifyStep::Sequence,
               QStringLiteral("cannot read the installed directory: %1").arg(failure.message()));
        return outcome;
    }
    outcome.previousSequence = state.sequence;
    outcome.previousPublisher = state.publisher;
    crashPoint(2);
    // The phases a person waiting at a terminal sees; a preview stops after comparing the services.
    const int steps = mode == Mode::Preview ? 4 : 5;

    // Steps 1-6.
    reportPhase(1, steps, QStringLiteral("verifying the bundle (signature, payload hash)"));
    outcome.verify = BundleVerifier::readFile(bundlePath);
    if (!m_expectedSha256.isEmpty() && outcome.verify.ok() &&
        QCryptographicHash::hash(outcome.verify.bundleBytes, QCryptographicHash::Sha256) != m_expectedSha256) {
        refuse(outcome, VerifyStep::FileSize, QStringLiteral("the file changed after it was checked"));
        return outcome;
    }
    crashPoint(3);
    BundleVerifier::verify(outcome.verify, trust, &state);
    crashPoint(4);
    timer.mark("verify (steps 1-6)");
    if (!outcome.verify.ok())
        return outcome;
    const BundleManifest manifest = *outcome.verify.claimed;
    if (QDateTime::fromString(manifest.expires, Qt::ISODate) < QDateTime::currentDateTimeUtc())
        outcome.warnings << QStringLiteral("this directory expired on %1; contact details may be out of date")
                                .arg(manifest.expires);
    const auto addRotationKeys = [&] {
        if (const Status added =
                TrustStore::addRotationKeys(m_data.trustedKeysPath(), manifest.publisher, manifest.nextKeys);
            !added)
            outcome.warnings << added.error().message;
    };
    if (outcome.verify.outcome == VerifyResult::Outcome::AlreadyInstalled) {
        if (mode == Mode::Install)
            addRotationKeys(); // completes a rotation an interrupted install did not finish
        return outcome;
    }

    // Step 7: content, in a staging database beside the installed one.
    const store::DirectoryOrigin origin{manifest.publisher, manifest.sequence, manifest.created,
                                        manifest.expires,   manifest.region,   m_origin};
    reportPhase(2, steps,
                manifest.hasDatabasePayload() ? QStringLiteral("writing the new directory")
                                              : QStringLiteral("importing the new directory"));
    const QString staging =
        manifest.hasDatabasePayload()
            ? PayloadStaging(m_data, &crashPoint).stageDatabase(outcome, origin)
            : PayloadStaging(m_data, &crashPoint, m_progress).stageTables(outcome, origin);
    if (staging.isEmpty())
        return outcome;
    StagingGuard guard(staging);
    crashPoint(9);
    timer.mark(manifest.hasDatabasePayload() ? "write + check database" : "import + search index");
    reportPhase(3, steps, QStringLiteral("checking the content and what changes"));
    try {
        // The new directory's digests are computed on a second connection while this thread checks the
        // content and reads the old digests: on a 100k-service directory that halves the diff's share.
        qint64 digestMs = 0; // its own time, beside the check (PATHWAYS_BUNDLE_TIMING)
        auto futureDigests = std::async(std::launch::async, [&staging, &digestMs] {
            QElapsedTimer clock;
            clock.start();
            db::Connection reader(staging, db::Connection::Mode::ReadOnly);
            content::hardenConnection(reader);
            DirectoryDiff::Digests digests = DirectoryDiff::compute(reader);
            digestMs = clock.elapsed();
            return digests;
        });
        bool contentOk = false;
        {
            db::Connection checker(staging, manifest.hasDatabasePayload() ? db::Connection::Mode::ReadWrite
                                                                          : db::Connection::Mode::ReadOnly);
            content::hardenConnection(checker);
            Status checked = content::checkRowsAndReferences(checker, manifest);
            if (checked)
                checked = manifest.hasDatabasePayload() ? content::checkSearchIndex(checker) : quickCheck(checker);
            contentOk = checked.ok();
            if (!contentOk)
                error = checked.error().message;
        }
        DirectoryDiff::Digests before;
        if (contentOk && m_data.hasDirectory()) {
            db::Connection old(m_data.installedDatabasePath(), db::Connection::Mode::ReadOnly);
            before = DirectoryDiff::load(old);
        }
        const DirectoryDiff::Digests after = futureDigests.get(); // rethrows a DatabaseError of the worker
        if (!contentOk) {
            refuse(outcome, VerifyStep::Content, error);
            return outcome;
        }
        crashPoint(10);
        timer.mark("content check + diff");
        timer.note("  of which diff digests (new)", digestMs);
        db::Connection connection(staging);
        outcome.diff = DirectoryDiff::between(before, after);
        if (mode == Mode::Preview) {
            reportPhase(4, steps, QStringLiteral("comparing the changed services"));
            if (m_data.hasDirectory()) { // what each changed service would say differently
                db::Connection old(m_data.installedDatabasePath(), db::Connection::Mode::ReadOnly);
                ServiceFieldChanges::fill(old, connection, outcome.diff.changed);
            }
            return outcome; // the guard removes the staging database
        }
        crashPoint(11);
        reportPhase(4, steps, QStringLiteral("recording the bundle"));
        db::Transaction transaction(connection);
        DirectoryDiff::store(connection, after);
        crashPoint(12);
        connection.execute(
            QStringLiteral("CREATE TABLE bundle_installed (singleton INTEGER PRIMARY KEY CHECK (singleton = "
                           "1), bytes BLOB NOT NULL, "
                           "blake2b_512 TEXT NOT NULL, key_id TEXT NOT NULL, installed_at TEXT NOT NULL);"
                           "CREATE TABLE bundle_publisher_sequence (publisher TEXT PRIMARY KEY NOT NULL, "
                           "sequence INTEGER NOT NULL)"));
        auto installed =
            connection.prepare(QStringLiteral("INSERT INTO bundle_installed VALUES (1, ?, ?, ?, ?)"));
        installed.bind(1, outcome.verify.bundleBytes);
        installed.bind(2, QString::fromLatin1(blake2b512(outcome.verify.bundleBytes).toHex()));
        installed.bind(3, keyIdToHex(outcome.verify.signature->keyId));
        installed.bind(4, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        installed.run();
        crashPoint(13);
        QMap<QString, quint64> highWater = state.highWater;
        if (state.present)
            highWater[state.publisher] = qMax(highWater.value(state.publisher), state.sequence);
        highWater[manifest.publisher] = qMax(highWater.value(manifest.publisher), manifest.sequence);
        auto sequences =
            connection.prepare(QStringLiteral("INSERT INTO bundle_publisher_sequence VALUES (?, ?)"));
        for (auto it = highWater.constBegin(); it != highWater.constEnd(); ++it) {
            sequences.bind(1, it.key());
            sequences.bind(2, static_cast<qint64>(it.value()));
            sequences.run();
        }
        crashPoint(14);
        transaction.commit();
        crashPoint(15);
        timer.mark("store bundle + digests");
    } catch (const db::DatabaseError& failure) {
        refuse(outcome, VerifyStep::Content, QStringLiteral("content: ") + failure.message());
        return outcome;
    }

    // Step 8: one rename replaces the directory, its bundle and its sequence record together.
    reportPhase(5, steps, QStringLiteral("installing (writing to disk)"));
    crashPoint(16);
    if (const Status installed = m_data.installDatabaseFile(staging); !installed) {
        refuse(outcome, VerifyStep::Apply, installed.error().message);
        return outcome;
    }
    guard.release();
    crashPoint(17);
    timer.mark("fsync + rename");
    writeGeneration(manifest.sequence, manifest.publisher);
    crashPoint(18);
    addRotationKeys();
    crashPoint(19);
    outcome.installed = true;
    crashPoint(20);
    return outcome;
}

} // namespace pathways::bundle
