// A full disk during an import: simulated with RLIMIT_FSIZE (writes past the limit fail with EFBIG, as on a
// full file system), at sizes that stop the import in different phases: the CSV load, the search tables,
// the full-text index built in its side file, and the copy of that index.

#include "directory/DataFolder.h"
#include "store/DirectoryStore.h"
#include "support/TempDir.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <catch2/catch.hpp>
#include <csignal>
#include <sys/resource.h>

using pathways::directory::DataFolder;
using pathways::store::DirectoryOrigin;
using pathways::store::DirectoryStore;
using pathways::test::TempDir;

namespace {

// Enough services that the staging database grows to several MiB.
void writePackage(const TempDir& dir, const QString& folder, int services)
{
    QByteArray organizations = "id,name\n";
    QByteArray rows = "id,organization_id,name,description\n";
    QByteArray attributes = "id,link_id,taxonomy_term_id,link_type,link_entity\n";
    for (int i = 0; i < services; ++i) {
        if (i % 5 == 0)
            organizations += "o" + QByteArray::number(i) + ",Organisation " + QByteArray::number(i) + "\n";
        rows +=
            "s" + QByteArray::number(i) + ",o" + QByteArray::number(i - i % 5) + ",Service " +
            QByteArray::number(i) + " legal aid,\"Counselling and legal help number " +
            QByteArray::number(i) +
            " for refugees, migrants and asylum seekers; interpreters for Ukrainian, Arabic and Farsi.\"\n";
        attributes += "a" + QByteArray::number(i) + ",s" + QByteArray::number(i) + ",t1,service,service\n";
    }
    dir.write(folder + QStringLiteral("/organizations.csv"), organizations);
    dir.write(folder + QStringLiteral("/services.csv"), rows);
    dir.write(folder + QStringLiteral("/taxonomy_terms.csv"),
              "id,code,name,taxonomy\nt1,legal-aid,Legal aid,pathways-category\n");
    dir.write(folder + QStringLiteral("/attributes.csv"), attributes);
}

// A short stand-in for the file's bytes, so that a failed comparison prints briefly.
QByteArray digestOf(const QString& path)
{
    const QByteArray bytes = pathways::test::readFile(path);
    REQUIRE_FALSE(bytes.isEmpty());
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
}

DirectoryOrigin origin(quint64 sequence)
{
    DirectoryOrigin result;
    result.publisher = QStringLiteral("Test publisher");
    result.sequence = sequence;
    result.created = QStringLiteral("2026-11-01T00:00:00Z");
    return result;
}

// Sets the largest file this process may write for its lifetime; restores the old limit when destroyed.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_previous);
        std::signal(SIGXFSZ, SIG_IGN); // a write past the limit then fails with EFBIG instead of killing us
        rlimit limit = m_previous;
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &m_previous); }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

private:
    rlimit m_previous{};
};

} // namespace

TEST_CASE("a disk that fills up during an import gives a one-line error and leaves the directory as it was")
{
    TempDir dir;
    writePackage(dir, QStringLiteral("small"), 3);
    writePackage(dir, QStringLiteral("big"), 4000);
    const DataFolder data(dir.file(QStringLiteral("data")));
    // The size the big package needs, measured in a data folder of its own, decides the limits.
    const DataFolder measure(dir.file(QStringLiteral("measure")));
    REQUIRE(DirectoryStore(measure).importHsdsFolder(dir.file(QStringLiteral("big")), origin(1)).installed);
    const auto needed = static_cast<rlim_t>(QFileInfo(measure.installedDatabasePath()).size());
    REQUIRE(needed > 1024 * 1024);

    DirectoryStore store(data);
    REQUIRE(store.importHsdsFolder(dir.file(QStringLiteral("small")), origin(1)).installed);
    const QByteArray installed = digestOf(data.installedDatabasePath());

    for (const rlim_t limit : {needed / 20, needed / 4, needed / 2, needed * 3 / 4, needed * 19 / 20}) {
        CAPTURE(limit);
        DirectoryStore::ImportOutcome outcome;
        {
            const FileSizeLimit full(limit);
            outcome = store.importHsdsFolder(dir.file(QStringLiteral("big")), origin(2));
        }
        CHECK_FALSE(outcome.installed);
        CHECK_FALSE(outcome.error.isEmpty());
        CHECK_FALSE(outcome.error.contains(QLatin1Char('\n')));
        CHECK(digestOf(data.installedDatabasePath()) == installed);
        const QStringList leftovers =
            QDir(data.root()).entryList({QStringLiteral(".staging-*")}, QDir::Files | QDir::Hidden);
        CHECK(leftovers.isEmpty());
    }
    // With room enough the same package imports: the failures above were the disk, not the data.
    const auto outcome = store.importHsdsFolder(dir.file(QStringLiteral("big")), origin(2));
    CHECK(outcome.installed);
    CHECK(outcome.error.isEmpty());
}
