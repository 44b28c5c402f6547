#include "bundle/BundleManifest.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QVersionNumber>
#include <limits>

#ifndef PATHWAYS_APP_VERSION
#define PATHWAYS_APP_VERSION "0.0.0"
#endif

namespace pathways::bundle {

namespace format {

const QStringList& payloadFileNames()
{
    static const QStringList names{QStringLiteral("datapackage.json"),
                                   QStringLiteral("organizations.csv"),
                                   QStringLiteral("programs.csv"),
                                   QStringLiteral("services.csv"),
                                   QStringLiteral("locations.csv"),
                                   QStringLiteral("service_at_location.csv"),
                                   QStringLiteral("addresses.csv"),
                                   QStringLiteral("phones.csv"),
                                   QStringLiteral("schedules.csv"),
                                   QStringLiteral("languages.csv"),
                                   QStringLiteral("service_areas.csv"),
                                   QStringLiteral("taxonomies.csv"),
                                   QStringLiteral("taxonomy_terms.csv"),
                                   QStringLiteral("attributes.csv"),
                                   QStringLiteral("cost_options.csv"),
                                   QStringLiteral("required_documents.csv"),
                                   QStringLiteral("accessibility.csv"),
                                   QStringLiteral("contacts.csv"),
                                   QStringLiteral("translations.csv"),
                                   QStringLiteral("funding.csv"),
                                   QStringLiteral("metadata.csv"),
                                   QStringLiteral("meta_table_descriptions.csv"),
                                   QStringLiteral("organization_identifiers.csv")};
    return names;
}

QString tableForPayloadFile(const QString& fileName)
{
    static const QMap<QString, QString> tables{
        {QStringLiteral("organizations.csv"), QStringLiteral("organization")},
        {QStringLiteral("programs.csv"), QStringLiteral("program")},
        {QStringLiteral("services.csv"), QStringLiteral("service")},
        {QStringLiteral("locations.csv"), QStringLiteral("location")},
        {QStringLiteral("service_at_location.csv"), QStringLiteral("service_at_location")},
        {QStringLiteral("addresses.csv"), QStringLiteral("address")},
        {QStringLiteral("phones.csv"), QStringLiteral("phone")},
        {QStringLiteral("schedules.csv"), QStringLiteral("schedule")},
        {QStringLiteral("languages.csv"), QStringLiteral("language")},
        {QStringLiteral("service_areas.csv"), QStringLiteral("service_area")},
        {QStringLiteral("taxonomies.csv"), QStringLiteral("taxonomy")},
        {QStringLiteral("taxonomy_terms.csv"), QStringLiteral("taxonomy_term")},
        {QStringLiteral("attributes.csv"), QStringLiteral("attribute")},
        {QStringLiteral("cost_options.csv"), QStringLiteral("cost_option")},
        {QStringLiteral("required_documents.csv"), QStringLiteral("required_document")},
        {QStringLiteral("accessibility.csv"), QStringLiteral("accessibility")},
        {QStringLiteral("contacts.csv"), QStringLiteral("contact")},
        {QStringLiteral("translations.csv"), QStringLiteral("translation")}};
    return tables.value(fileName);
}

} // namespace format

namespace {

bool isKnownTable(const QString& table)
{
    for (const QString& file : format::payloadFileNames())
        if (format::tableForPayloadFile(file) == table)
            return true;
    return false;
}

std::optional<QByteArray> hexField(const QJsonValue& value, qsizetype bytes)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]+$"));
    const QString text = value.toString();
    if (!value.isString() || text.size() != bytes * 2 || !hex.match(text).hasMatch())
        return std::nullopt;
    return QByteArray::fromHex(text.toLatin1());
}

// A JSON integer in [minimum, maximum]; doubles with a fraction and strings are refused.
std::optional<qint64> integerField(const QJsonValue& value, qint64 minimum, qint64 maximum)
{
    if (!value.isDouble())
        return std::nullopt;
    constexpr qint64 kNotIntegral = std::numeric_limits<qint64>::min();
    const qint64 number = value.toInteger(kNotIntegral);
    if (number == kNotIntegral)
        return std::nullopt;
    if (number < minimum || number > maximum)
        return std::nullopt;
    return number;
}

} // namespace

bool BundleManifest::isUtcTimestamp(const QString& text)
{
    static const QRegularExpression form(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"));
    return form.match(text).hasMatch() && QDateTime::fromString(text, Qt::ISODate).isValid();
}

QString BundleManifest::appVersion()
{
    return QStringLiteral(PATHWAYS_APP_VERSION);
}

bool BundleManifest::appVersionAtLeast(const QString& required)
{
    return QVersionNumber::fromString(appVersion()) >= QVersionNumber::fromString(required);
}

Expected<BundleManifest> BundleManifest::parse(const QByteArray& json)
{
    auto fail = [](const QString& why) { return Error::refused(QStringLiteral("manifest: ") + why); };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return fail(QStringLiteral("not a JSON object (%1)").arg(parseError.errorString()));
    const QJsonObject root = document.object();
    static const QStringList known{
        QStringLiteral("format"),    QStringLiteral("publisher"),       QStringLiteral("sequence"),
        QStringLiteral("created"),   QStringLiteral("expires"),         QStringLiteral("hsds_version"),
        QStringLiteral("payload"),   QStringLiteral("min_app_version"), QStringLiteral("counts"),
        QStringLiteral("languages"), QStringLiteral("region"),          QStringLiteral("next_keys")};
    for (const QString& key : root.keys())
        if (!known.contains(key) && !key.startsWith(QLatin1String("x_")))
            return fail(QStringLiteral("unknown field '%1'").arg(key.left(40)));

    BundleManifest m;
    m.format = root.value(QStringLiteral("format")).toString();
    if (m.format != QLatin1String(format::kFormatName))
        return fail(QStringLiteral("format is '%1', this version reads '%2'")
                        .arg(m.format.left(40), QLatin1String(format::kFormatName)));
    m.minAppVersion = root.value(QStringLiteral("min_app_version")).toString();
    if (QVersionNumber::fromString(m.minAppVersion).isNull())
        return fail(QStringLiteral("min_app_version is missing or not a version"));
    m.publisher = root.value(QStringLiteral("publisher")).toString();
    if (m.publisher.trimmed().isEmpty() || m.publisher.size() > 200 ||
        m.publisher.contains(QLatin1Char('\n')) || m.publisher.contains(QLatin1Char('\r')) ||
        m.publisher != m.publisher.trimmed())
        return fail(QStringLiteral("publisher must be one line of 1-200 characters"));
    const auto sequence = integerField(root.value(QStringLiteral("sequence")), 1, format::kMaxSequence);
    if (!sequence)
        return fail(QStringLiteral("sequence must be an integer from 1 to 2^63-1"));
    m.sequence = static_cast<quint64>(*sequence);
    m.created = root.value(QStringLiteral("created")).toString();
    m.expires = root.value(QStringLiteral("expires")).toString();
    if (!isUtcTimestamp(m.created) || !isUtcTimestamp(m.expires))
        return fail(QStringLiteral("created and expires must be UTC times like 2027-01-31T00:00:00Z"));
    if (QDateTime::fromString(m.expires, Qt::ISODate) <= QDateTime::fromString(m.created, Qt::ISODate))
        return fail(QStringLiteral("expires is not after created"));
    m.hsdsVersion = root.value(QStringLiteral("hsds_version")).toString();
    if (!m.hsdsVersion.startsWith(QLatin1String("3.")))
        return fail(QStringLiteral("hsds_version must be 3.x"));

    const QJsonObject payload = root.value(QStringLiteral("payload")).toObject();
    for (const QString& key : payload.keys())
        if (key != QLatin1String("name") && key != QLatin1String("size") &&
            key != QLatin1String("blake2b_512") && key != QLatin1String("sha256") &&
            key != QLatin1String("uncompressed_size") && key != QLatin1String("directory_schema"))
            return fail(QStringLiteral("unknown payload field '%1'").arg(key.left(40)));
    m.payloadName = payload.value(QStringLiteral("name")).toString();
    if (m.payloadName != QLatin1String(format::kPayloadName) && !m.hasDatabasePayload())
        return fail(
            QStringLiteral("payload name must be %1 or %2")
                .arg(QLatin1String(format::kPayloadName), QLatin1String(format::kDatabasePayloadName)));
    const QJsonValue schema = payload.value(QStringLiteral("directory_schema"));
    if (m.hasDatabasePayload()) {
        const auto version = integerField(schema, 1, 1000);
        if (!version)
            return fail(QStringLiteral("a %1 payload needs directory_schema, a schema version number")
                            .arg(QLatin1String(format::kDatabasePayloadName)));
        m.directorySchema = static_cast<int>(*version);
    } else if (!schema.isUndefined()) {
        return fail(QStringLiteral("directory_schema belongs to a %1 payload only")
                        .arg(QLatin1String(format::kDatabasePayloadName)));
    }
    const qint64 maxUncompressed =
        m.hasDatabasePayload() ? format::kMaxDatabaseBytes : format::kMaxUncompressedBytes;
    const auto size = integerField(payload.value(QStringLiteral("size")), 1, format::kMaxBundleBytes);
    const auto uncompressed =
        integerField(payload.value(QStringLiteral("uncompressed_size")), 1024, maxUncompressed);
    if (!size || !uncompressed)
        return fail(QStringLiteral("payload size or uncompressed_size missing or out of range"));
    m.payloadSize = *size;
    m.uncompressedSize = *uncompressed;
    if (payload.contains(QStringLiteral("blake2b_512"))) {
        const auto hash = hexField(payload.value(QStringLiteral("blake2b_512")), 64);
        if (!hash)
            return fail(QStringLiteral("payload blake2b_512 must be 128 lower-case hex digits"));
        m.payloadBlake2b512 = *hash;
    }
    if (payload.contains(QStringLiteral("sha256"))) {
        const auto hash = hexField(payload.value(QStringLiteral("sha256")), 32);
        if (!hash)
            return fail(QStringLiteral("payload sha256 must be 64 lower-case hex digits"));
        m.payloadSha256 = *hash;
    }
    if (m.payloadBlake2b512.isEmpty() && m.payloadSha256.isEmpty())
        return fail(QStringLiteral("payload has no blake2b_512 or sha256 hash"));

    const QJsonValue counts = root.value(QStringLiteral("counts"));
    if (!counts.isObject())
        return fail(QStringLiteral("counts must be an object of table -> rows"));
    const QJsonObject countsObject = counts.toObject();
    for (auto it = countsObject.constBegin(); it != countsObject.constEnd(); ++it) {
        const auto rows = integerField(it.value(), 0, format::kMaxUncompressedBytes);
        if (!isKnownTable(it.key()) || !rows)
            return fail(QStringLiteral("counts entry '%1' is not a directory table with a row count")
                            .arg(it.key().left(40)));
        m.counts.insert(it.key(), *rows);
    }
    if (m.counts.value(QStringLiteral("service")) < 1)
        return fail(QStringLiteral("counts.service must be at least 1"));

    const QJsonValue languages = root.value(QStringLiteral("languages"));
    if (!languages.isArray() && !languages.isUndefined())
        return fail(QStringLiteral("languages must be an array of language codes"));
    static const QRegularExpression languageCode(QStringLiteral("^[a-z]{2,3}([-_][A-Za-z0-9]{2,8})*$"));
    for (const QJsonValue& language : languages.toArray()) {
        if (!language.isString() || !languageCode.match(language.toString()).hasMatch())
            return fail(QStringLiteral("languages must be an array of language codes"));
        m.languages << language.toString();
    }
    const QJsonValue region = root.value(QStringLiteral("region"));
    if (!region.isString() && !region.isUndefined())
        return fail(QStringLiteral("region must be a string"));
    m.region = region.toString();
    const QJsonValue nextKeys = root.value(QStringLiteral("next_keys"));
    if (!nextKeys.isArray() && !nextKeys.isUndefined())
        return fail(QStringLiteral("next_keys must be an array of minisign public keys"));
    for (const QJsonValue& text : nextKeys.toArray()) {
        const auto key = PublicKey::parse(text.toString().toLatin1());
        if (!text.isString() || !key)
            return fail(QStringLiteral("next_keys: %1")
                            .arg(key ? QStringLiteral("not a string") : key.error().message));
        m.nextKeys << *key;
    }
    return m;
}

QByteArray BundleManifest::toJson() const
{
    QJsonObject payload{{QStringLiteral("name"), payloadName},
                        {QStringLiteral("size"), payloadSize},
                        {QStringLiteral("uncompressed_size"), uncompressedSize}};
    if (!payloadBlake2b512.isEmpty())
        payload.insert(QStringLiteral("blake2b_512"), QString::fromLatin1(payloadBlake2b512.toHex()));
    if (!payloadSha256.isEmpty())
        payload.insert(QStringLiteral("sha256"), QString::fromLatin1(payloadSha256.toHex()));
    if (directorySchema > 0)
        payload.insert(QStringLiteral("directory_schema"), directorySchema);
    QJsonObject countsObject;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it)
        countsObject.insert(it.key(), it.value());
    QJsonObject root{{QStringLiteral("format"), format},
                     {QStringLiteral("publisher"), publisher},
                     {QStringLiteral("sequence"), static_cast<qint64>(sequence)},
                     {QStringLiteral("created"), created},
                     {QStringLiteral("expires"), expires},
                     {QStringLiteral("hsds_version"), hsdsVersion},
                     {QStringLiteral("min_app_version"), minAppVersion},
                     {QStringLiteral("payload"), payload},
                     {QStringLiteral("counts"), countsObject},
                     {QStringLiteral("languages"), QJsonArray::fromStringList(languages)}};
    if (!region.isEmpty())
        root.insert(QStringLiteral("region"), region);
    if (!nextKeys.isEmpty()) {
        QJsonArray keys;
        for (const PublicKey& key : nextKeys)
            keys.append(QString::fromLatin1(key.toBase64()));
        root.insert(QStringLiteral("next_keys"), keys);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray BundleManifest::trustedComment() const
{
    return QByteArray(format::kFormatName) + " sequence=" + QByteArray::number(sequence) +
           " expires=" + expires.toLatin1() + " publisher=" + publisher.toUtf8();
}

} // namespace pathways::bundle
