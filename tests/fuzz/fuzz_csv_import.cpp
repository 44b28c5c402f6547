// libFuzzer target: the HSDS CSV import. The first byte picks which file the rest becomes (so references
// between files get exercised with the fixture's other files present); the import runs into an in-memory
// directory database with the real schema.
#include "bundle/BundleBuilder.h"
#include "db/Connection.h"
#include "directory/DirectorySchema.h"
#include "import/CsvReader.h"
#include "import/HsdsImporter.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <cstddef>
#include <cstdint>

using namespace pathways;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    if (size < 1)
        return 0;
    static const char* const files[] = {"services.csv",     "organizations.csv",
                                        "translations.csv", "service_at_location.csv",
                                        "schedules.csv",    "phones.csv"};
    static QTemporaryDir folder;
    const QByteArray csv(reinterpret_cast<const char*>(data) + 1, static_cast<qsizetype>(size - 1));

    // The reader alone, and the builder's counters.
    import::CsvReader reader;
    if (reader.setData(csv)) {
        import::CsvReader::Record record;
        QString problem;
        while (reader.next(record, problem) != import::CsvReader::Result::End) {
        }
    }
    (void)bundle::BundleBuilder::countRecords(csv);
    (void)bundle::BundleBuilder::translationLocales(csv);

    // The whole import, with the input as one of the files.
    QDir dir(folder.path());
    for (const QString& name : dir.entryList(QDir::Files))
        dir.remove(name);
    QFile file(dir.filePath(QString::fromLatin1(files[data[0] % 6])));
    if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size())
        return 0;
    file.close();
    // One database for the whole run (the import replaces existing rows): creating the schema with its
    // FTS tables each time would make this target ten times slower.
    static db::Connection* const connection = [] {
        auto* created = new db::Connection(QStringLiteral(":memory:"));
        (void)directory::migrateDirectorySchema(*created); // a new :memory: database: nothing to refuse
        return created;
    }();
    (void)import::HsdsImporter::importFolder(folder.path(), *connection);
    return 0;
}
