// libFuzzer target: step 7 of a database payload (docs/bundle-format.md section 4b) on arbitrary database
// files: the header check of step 6, then the content checks an installer runs, in its order, on a
// hardened connection. A signature cannot be forged by a fuzzer, so the file is handed over directly, as if a
// trusted publisher had signed it. Any outcome but a crash, a leak or a hang is fine: refusals are expected.
#include "bundle/BundleManifest.h"
#include "bundle/BundleVerifier.h"
#include "bundle/ContentCheck.h"
#include "db/Connection.h"
#include "db/DatabaseError.h"
#include "directory/DirectorySchema.h"

#include <QFile>
#include <QTemporaryDir>
#include <cstddef>
#include <cstdint>

using namespace pathways;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    if (!bundle::BundleVerifier::checkDatabaseHeader(bytes, directory::kDirectorySchemaVersion))
        return 0;
    static const QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("payload.sqlite"));
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-journal"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return 0;
    file.close();

    bundle::BundleManifest manifest; // counts as a publisher would claim them for the seed
    manifest.counts = {{QStringLiteral("service"), 3}, {QStringLiteral("organization"), 2}};
    try {
        db::Connection connection(path, db::Connection::Mode::ReadWrite);
        bundle::content::hardenConnection(connection);
        if (bundle::content::checkDatabaseIntegrity(connection) && bundle::content::checkDatabaseShape(connection)) {
            (void)bundle::content::checkRowsAndReferences(connection, manifest);
            // Not checkSearchIndex(): FTS5's integrity-check in Debian 12's SQLite 3.40.1 crashes on some
            // damaged indexes (found here, corpus/fuzz_database_payload/crash-fts5-integrity-check.sqlite;
            // stock sqlite3 crashes on it too). That is SQLite's bug, recorded in docs/security.md; this
            // target fuzzes the checks Pathways itself does.
        }
    } catch (const db::DatabaseError&) {
        // A damaged file the checks could not read: refused, as an installer refuses it.
    }
    return 0;
}
