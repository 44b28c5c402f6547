#include "bundle/BundleBuilder.h"

#include "bundle/BundleDatabasePayload.h"
#include "bundle/BundleImportCheck.h"
#include "bundle/BundleSource.h"
#include "bundle/Zstd.h"
#include "import/CsvReader.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QSet>

namespace pathways::bundle {

qint64 BundleBuilder::countRecords(const QByteArray& csv)
{
    import::CsvReader reader;
    if (!reader.setData(csv))
        return 0;
    import::CsvReader::Record record;
    QString problem;
    qint64 records = 0;
    bool header = true;
    for (;;) {
        const auto result = reader.next(record, problem);
        if (result == import::CsvReader::Result::End)
            break;
        if (header) {
            header = false;
            continue;
        }
        ++records; // skipped records count too: the importer would then disagree and the bundle be refused
    }
    return records;
}

QStringList BundleBuilder::translationLocales(const QByteArray& csv)
{
    import::CsvReader reader;
    if (!reader.setData(csv))
        return {};
    import::CsvReader::Record record;
    QString problem;
    qsizetype column = -1;
    QSet<QString> locales;
    while (reader.next(record, problem) != import::CsvReader::Result::End) {
        if (column < 0) {
            column = record.fields.indexOf(QStringLiteral("locale"));
            if (column < 0)
                return {};
            continue;
        }
        if (column < record.fields.size() && !record.fields.at(column).trimmed().isEmpty())
            locales.insert(record.fields.at(column).trimmed());
    }
    QStringList sorted(locales.cbegin(), locales.cend());
    sorted.sort();
    return sorted;
}

QString BundleBuilder::normalizeTimestamp(const QString& text)
{
    if (BundleManifest::isUtcTimestamp(text))
        return text;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid() && text.size() == 10)
        return text + QStringLiteral("T00:00:00Z");
    return {};
}

QByteArray BundleBuilder::makePayload(const QList<ArchiveMember>& files, BundleManifest& manifest, int level)
{
    const qint64 mtime = QDateTime::fromString(manifest.created, Qt::ISODate).toSecsSinceEpoch();
    const QByteArray tar = Ustar::write(files, qMax<qint64>(mtime, 0));
    const QByteArray payload = Zstd::compress(tar, level);
    manifest.payloadName = QString::fromLatin1(format::kPayloadName);
    manifest.payloadSize = payload.size();
    manifest.uncompressedSize = tar.size();
    manifest.payloadBlake2b512 = blake2b512(payload);
    manifest.counts.clear();
    manifest.languages.clear();
    for (const ArchiveMember& file : files) {
        const QString table = format::tableForPayloadFile(file.name);
        if (!table.isEmpty())
            manifest.counts.insert(table, countRecords(file.data));
        if (file.name == QLatin1String("translations.csv"))
            manifest.languages = translationLocales(file.data);
    }
    return payload;
}

QByteArray BundleBuilder::assemble(const QByteArray& manifestJson, const QByteArray& signatureFile,
                                   const QByteArray& payload, qint64 mtime, const QString& payloadName)
{
    return Ustar::write({{QString::fromLatin1(format::kManifestName), manifestJson},
                         {QString::fromLatin1(format::kSignatureName), signatureFile},
                         {payloadName, payload}},
                        mtime);
}

QByteArray BundleBuilder::signAndAssemble(const BundleManifest& manifest, const QByteArray& payload,
                                          const SecretKey& key)
{
    const QByteArray json = manifest.toJson();
    const Signature signature = Signature::sign(key, json, manifest.trustedComment());
    const qint64 mtime = QDateTime::fromString(manifest.created, Qt::ISODate).toSecsSinceEpoch();
    return assemble(json, signature.toFile(), payload, qMax<qint64>(mtime, 0), manifest.payloadName);
}

Expected<QByteArray> BundleBuilder::build(const Options& given, const SecretKey& key, QStringList* warnings)
{
    // A package in another shape than an HSDS 3.0 CSV folder is bundled as the 3.0 tables it imports to.
    const QTemporaryDir scratch;
    const Expected<QString> source =
        BundleSource::prepare(given.hsdsFolder, given.sheet, scratch, warnings, given.progress);
    if (!source)
        return source.error();
    Options options = given;
    options.hsdsFolder = *source;
    options.sheet = false;
    const auto phase = [&options](const char* name) {
        if (options.progress)
            options.progress({QString::fromLatin1(name), 0, -1, {}});
    };
    QString errorText; // the helpers below still speak in one-line texts; this function answers an Error
    QString* error = &errorText;
    const auto refused = [&errorText] { return Error::refused(errorText); };
    BundleManifest manifest;
    manifest.publisher = options.publisher;
    manifest.sequence = options.sequence;
    manifest.region = options.region;
    manifest.nextKeys = options.nextKeys;
    manifest.expires = normalizeTimestamp(options.expires);
    manifest.created = options.created.isEmpty()
                           ? QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"))
                           : normalizeTimestamp(options.created);
    if (manifest.expires.isEmpty()) {
        return Error::invalidInput(
            QStringLiteral("--expires must be a date (2027-01-31) or a UTC time (2027-01-31T00:00:00Z)"));
    }
    const QDir dir(options.hsdsFolder);
    if (!dir.exists()) {
        return Error::notFound(QStringLiteral("%1 is not a folder").arg(options.hsdsFolder));
    }
    QList<ArchiveMember> files;
    qint64 total = 0;
    for (const QString& name : format::payloadFileNames()) {
        QFile file(dir.filePath(name));
        if (!file.exists())
            continue;
        if (!file.open(QIODevice::ReadOnly) || file.size() > format::kMaxUncompressedBytes - total) {
            *error =
                QStringLiteral("cannot read %1 (or the files are over the size limit)").arg(file.fileName());
            return refused();
        }
        files << ArchiveMember{name, file.readAll()};
        total += files.constLast().data.size();
    }
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name))
        if (!format::payloadFileNames().contains(name) && warnings)
            *warnings << QStringLiteral("%1: not an HSDS file name, left out of the bundle").arg(name);
    const auto services = std::find_if(files.cbegin(), files.cend(), [](const ArchiveMember& f) {
        return f.name == QLatin1String("services.csv");
    });
    if (services == files.cend()) {
        *error = QStringLiteral("%1 has no services.csv").arg(options.hsdsFolder);
        return refused();
    }
    bool database =
        options.payload == PayloadForm::Database ||
        (options.payload == PayloadForm::Auto && countRecords(services->data) >= options.autoThreshold);
    QByteArray payload;
    const BundleManifest withoutPayload = manifest;
    // Set when the database attempt imported the folder and passed the installer's checks, only to be too
    // large: the CSV form of the same folder then needs no second import.
    bool importChecked = false;
    phase(database ? "building the directory database" : "compressing the tables");
    if (database) {
        bool overLimit = false;
        payload = BundleDatabasePayload::make(options, manifest, error, warnings, &overLimit);
        if (payload.isEmpty() && overLimit && options.payload == PayloadForm::Database)
            *error += QStringLiteral("; build with --payload csv");
        if (payload.isEmpty() && !(overLimit && options.payload == PayloadForm::Auto))
            return refused();
        if (payload.isEmpty() && warnings)
            *warnings << *error +
                             QStringLiteral(": the bundle carries the CSV tables instead (slower to apply)");
        database = !payload.isEmpty();
        importChecked = overLimit;
    }
    if (!database) {
        manifest = withoutPayload; // none of the database's fields (schema version, app version) remain
        payload = makePayload(files, manifest, options.compressionLevel);
        // Refuse to sign what every installer would refuse: records the import drops, dangling references.
        phase("importing the bundle as an installer will");
        if (!importChecked && !BundleImportCheck::checkTablesPayload(options, manifest, error, warnings))
            return refused();
    }
    if (payload.isEmpty()) {
        *error = QStringLiteral("zstd compression failed");
        return refused();
    }
    // Refuse to sign what a reader would refuse: the same strict parser checks the manifest we made.
    if (const auto reparsed = BundleManifest::parse(manifest.toJson()); !reparsed) {
        *error = reparsed.error().message;
        return refused();
    }
    return signAndAssemble(manifest, payload, key);
}

} // namespace pathways::bundle
