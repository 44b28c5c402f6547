#include "BundleTestSupport.h"

#include "bundle/BundleDatabasePayload.h"
#include "bundle/Ustar.h"
#include "bundle/Zstd.h"
#include "db/Connection.h"

#include <QDir>
#include <QFile>
#include <cstring>

namespace pathways::test {

QList<bundle::ArchiveMember> fixtureFiles(const QString& folder)
{
    const QDir dir(folder.isEmpty() ? QStringLiteral(PATHWAYS_FIXTURES_DIR "/bundle/hsds") : folder);
    QList<bundle::ArchiveMember> files;
    for (const QString& name : bundle::format::payloadFileNames())
        if (dir.exists(name))
            files << bundle::ArchiveMember{name, readFile(dir.filePath(name))};
    return files;
}

bundle::BundleManifest BundleForge::defaultManifest(quint64 sequence)
{
    bundle::BundleManifest manifest;
    manifest.publisher = QStringLiteral("Test Publisher");
    manifest.sequence = sequence;
    manifest.created = QStringLiteral("2026-11-01T00:00:00Z");
    manifest.expires = QStringLiteral("2099-01-01T00:00:00Z");
    manifest.region = QStringLiteral("Ljubljana");
    return manifest;
}

QByteArray BundleForge::payload()
{
    if (!database)
        return bundle::BundleBuilder::makePayload(files, manifest);
    const TempDir work;
    for (const bundle::ArchiveMember& file : std::as_const(files))
        work.write(QStringLiteral("hsds/") + file.name, file.data);
    QString error;
    bundle::BundleBuilder::Options options;
    options.hsdsFolder = work.file(QStringLiteral("hsds"));
    options.compressionLevel = 3;
    QByteArray compressed = bundle::BundleDatabasePayload::make(options, manifest, &error);
    Q_ASSERT_X(!compressed.isEmpty(), "BundleForge::payload", qPrintable(error));
    if (!alterDatabase && !alterDatabaseBytes)
        return compressed;
    const QString path = work.write(QStringLiteral("directory.sqlite"),
                                    *bundle::Zstd::decompress(compressed, bundle::format::kMaxDatabaseBytes));
    if (alterDatabase)
        alterDatabase(path);
    QByteArray bytes = readFile(path);
    if (alterDatabaseBytes)
        alterDatabaseBytes(bytes);
    compressed = bundle::Zstd::compress(bytes, 3);
    manifest.payloadSize = compressed.size();
    manifest.uncompressedSize = bytes.size();
    manifest.payloadBlake2b512 = bundle::blake2b512(compressed);
    return compressed;
}

QByteArray BundleForge::build()
{
    const QByteArray compressed = payload();
    return bundle::BundleBuilder::signAndAssemble(manifest, compressed, key);
}

QByteArray BundleForge::build(quint64 sequence)
{
    manifest.sequence = sequence;
    return build();
}

QByteArray tarEntry(const QByteArray& name, const QByteArray& data, char typeflag, const QByteArray& linkName,
                    const QByteArray& magic)
{
    char header[512];
    std::memset(header, 0, sizeof header);
    std::memcpy(header, name.constData(), static_cast<size_t>(qMin<qsizetype>(name.size(), 100)));
    std::memcpy(header + 100, "0000644", 7);
    std::memcpy(header + 108, "0000000", 7);
    std::memcpy(header + 116, "0000000", 7);
    const QByteArray size = QByteArray::number(data.size(), 8).rightJustified(11, '0');
    std::memcpy(header + 124, size.constData(), 11);
    std::memcpy(header + 136, "00000000000", 11);
    header[156] = typeflag;
    std::memcpy(header + 157, linkName.constData(),
                static_cast<size_t>(qMin<qsizetype>(linkName.size(), 100)));
    std::memcpy(header + 257, magic.constData(), static_cast<size_t>(qMin<qsizetype>(magic.size(), 8)));
    std::memset(header + 148, ' ', 8);
    unsigned sum = 0;
    for (const char c : header)
        sum += static_cast<unsigned char>(c);
    const QByteArray checksum = QByteArray::number(sum, 8).rightJustified(6, '0');
    std::memcpy(header + 148, checksum.constData(), 6);
    header[154] = '\0';
    QByteArray out(header, 512);
    out.append(data);
    out.append(QByteArray((512 - data.size() % 512) % 512, '\0'));
    return out;
}

QByteArray tarEnd()
{
    return QByteArray(1024, '\0');
}

QList<bundle::ArchiveMember> splitBundle(const QByteArray& bytes)
{
    const auto members = bundle::BundleVerifier::readOuter(bytes);
    return members.value_or({});
}

InstalledFixture::InstalledFixture(quint64 installedSequence) : data(temp.file(QStringLiteral("data")))
{
    trust.add({forge.key.publicKey(), QStringLiteral("Test Publisher"), QStringLiteral("test")});
    installedBundleBytes = forge.build(installedSequence);
    const auto outcome = apply(installedBundleBytes, QStringLiteral("initial.pathways"));
    Q_ASSERT(outcome.installed);
    {
        db::Connection user(data.userDatabasePath());
        user.execute(QStringLiteral(
            "CREATE TABLE note (service_id TEXT, text TEXT);"
            "INSERT INTO note VALUES ('svc-1', 'Ask for Ana at the desk');"
            "CREATE TABLE favourite (service_id TEXT); INSERT INTO favourite VALUES ('svc-3')"));
    }
    m_directory = readFile(data.installedDatabasePath());
    m_user = readFile(data.userDatabasePath());
}

bundle::BundleInstaller::Outcome InstalledFixture::apply(const QByteArray& bytes, const QString& name)
{
    const QString path = temp.write(name, bytes);
    return bundle::BundleInstaller(data).apply(path, trust);
}

bool InstalledFixture::unchanged() const
{
    return !m_directory.isEmpty() && readFile(data.installedDatabasePath()) == m_directory &&
           readFile(data.userDatabasePath()) == m_user;
}

bundle::SecretKey demoKey()
{
    const auto key =
        bundle::SecretKey::parse(readFile(QStringLiteral(PATHWAYS_FIXTURES_DIR "/keys/demo.key")), {});
    Q_ASSERT(key);
    return *key;
}

} // namespace pathways::test
