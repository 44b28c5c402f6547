#include "api/CorrectionExchange.h"

#include "api/CorrectionFields.h"
#include "api/DirectoryReader.h"
#include "store/DirectoryStore.h"
#include "user/CorrectionQueue.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTemporaryDir>

namespace pathways::api {

namespace {

constexpr auto kFormat = "pathways-corrections";
constexpr int kFormatVersion = 1;

/// Two reports are the same correction when they say the same thing about the same field of the same service.
QString mergeKey(const user::Correction& c)
{
    return QStringList{c.serviceId, c.field, c.oldValue, c.suggestedValue.simplified()}.join(QChar(0x1f));
}

QString normalised(const QString& value)
{
    return value.simplified();
}

} // namespace

QString CorrectionReview::verdictName(Verdict verdict)
{
    switch (verdict) {
    case Verdict::StillWrong:
        return QStringLiteral("still wrong");
    case Verdict::AlreadyFixed:
        return QStringLiteral("already fixed");
    case Verdict::Changed:
        return QStringLiteral("changed since");
    case Verdict::ServiceGone:
        return QStringLiteral("service gone");
    case Verdict::NotComparable:
        break;
    }
    return QStringLiteral("check by hand");
}

QByteArray CorrectionExchange::toJson(const QList<user::Correction>& corrections, const QDateTime& exportedAt)
{
    QJsonArray items;
    for (const auto& c : corrections)
        items.append(QJsonObject{
            {QStringLiteral("service_id"), c.serviceId},
            {QStringLiteral("service_name"), c.serviceName},
            {QStringLiteral("field"), c.field},
            {QStringLiteral("old_value"), c.oldValue},
            {QStringLiteral("problem"), c.problem},
            {QStringLiteral("suggested_value"), c.suggestedValue},
            {QStringLiteral("date"), c.created.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("directory_publisher"), c.directoryPublisher},
            {QStringLiteral("directory_version"), c.directoryVersion},
        });
    const QJsonObject root{{QStringLiteral("format"), QLatin1String(kFormat)},
                           {QStringLiteral("format_version"), kFormatVersion},
                           {QStringLiteral("exported"), exportedAt.toUTC().toString(Qt::ISODate)},
                           {QStringLiteral("corrections"), items}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

Expected<QList<user::Correction>> CorrectionExchange::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return Error::invalidInput(QStringLiteral("not JSON (%1)").arg(parseError.errorString()));
    const QJsonObject root = document.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(kFormat))
        return Error::invalidInput(QStringLiteral("not a Pathways corrections file (\"format\" is not \"%1\")")
                                       .arg(QLatin1String(kFormat)));
    if (root.value(QStringLiteral("format_version")).toInt() > kFormatVersion)
        return Error::invalidInput(QStringLiteral("written by a newer Pathways (format_version %1)")
                                       .arg(root.value(QStringLiteral("format_version")).toInt()));
    QList<user::Correction> result;
    for (const QJsonValue& value : root.value(QStringLiteral("corrections")).toArray()) {
        const QJsonObject o = value.toObject();
        user::Correction c;
        c.serviceId = o.value(QStringLiteral("service_id")).toString();
        c.serviceName = o.value(QStringLiteral("service_name")).toString();
        c.field = o.value(QStringLiteral("field")).toString();
        c.oldValue = o.value(QStringLiteral("old_value")).toString();
        c.problem = o.value(QStringLiteral("problem")).toString();
        c.suggestedValue = o.value(QStringLiteral("suggested_value")).toString();
        c.created = QDateTime::fromString(o.value(QStringLiteral("date")).toString(), Qt::ISODate);
        c.directoryPublisher = o.value(QStringLiteral("directory_publisher")).toString();
        c.directoryVersion = o.value(QStringLiteral("directory_version")).toInteger();
        if (c.serviceId.isEmpty() || c.field.isEmpty())
            return Error::invalidInput(
                QStringLiteral("correction %1 has no service_id or field").arg(result.size() + 1));
        result << c;
    }
    return result;
}

Expected<int> CorrectionExchange::exportPending(const QString& userFile, const QString& path, const QDateTime& now)
{
    Expected<std::unique_ptr<user::CorrectionQueue>> queue = user::CorrectionQueue::open(userFile);
    if (!queue)
        return queue.error();
    Expected<QList<user::Correction>> pending = (*queue)->list(true);
    if (!pending)
        return pending.error();
    if (pending->isEmpty())
        return Error::notFound(QStringLiteral("no pending corrections to export"));
    const QByteArray json = toJson(*pending, now);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return Error{Error::Kind::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()), {}};
    QList<qint64> ids;
    for (const auto& c : std::as_const(*pending))
        ids << c.id;
    // Marked only after the file is safely written: a failed write leaves them pending, to export again.
    if (Status marked = (*queue)->markExported(ids, now); !marked)
        return marked.error();
    return int(ids.size());
}

Expected<QList<CorrectionReview>> CorrectionExchange::review(const QStringList& files, const QString& hsdsPath)
{
    QList<CorrectionReview> reviews;
    QHash<QString, qsizetype> byKey;
    for (const QString& path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error::notFound(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
        Expected<QList<user::Correction>> corrections = fromJson(file.readAll());
        if (!corrections)
            return Error::invalidInput(QStringLiteral("%1: %2").arg(path, corrections.error().message));
        for (const auto& c : std::as_const(*corrections)) {
            const QString key = mergeKey(c);
            if (const auto found = byKey.constFind(key); found != byKey.cend()) {
                CorrectionReview& merged = reviews[*found];
                ++merged.reports;
                if (!merged.files.contains(path))
                    merged.files << path;
                continue;
            }
            byKey.insert(key, reviews.size());
            reviews << CorrectionReview{c, CorrectionReview::Verdict::NotComparable, {}, 1, {path}};
        }
    }

    // The source as Pathways reads it: imported for real into a scratch folder (the same importer as
    // `pathways-cli import`), then each correction's field read through the same API the worker saw.
    QTemporaryDir scratch;
    if (!scratch.isValid())
        return Error{Error::Kind::Io, QStringLiteral("cannot create a scratch folder for the review"), {}};
    const directory::DataFolder folder(scratch.filePath(QStringLiteral("review")));
    if (!folder.ensureExists())
        return Error{Error::Kind::Io, QStringLiteral("cannot create a scratch folder for the review"), {}};
    store::DirectoryOrigin origin;
    origin.publisher = QFileInfo(hsdsPath).fileName();
    origin.sequence = 1;
    origin.created = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    origin.origin = QStringLiteral("import");
    const auto imported = store::DirectoryStore(folder).importHsdsFolder(hsdsPath, origin);
    if (!imported.installed)
        return Error::refused(QStringLiteral("cannot read the HSDS data %1: %2").arg(hsdsPath, imported.error));
    Expected<std::unique_ptr<DirectoryReader>> reader = DirectoryReader::open(folder);
    if (!reader)
        return reader.error();
    for (CorrectionReview& review : reviews) {
        const user::Correction& c = review.correction;
        Expected<ServiceDetails> details = (*reader)->details(c.serviceId, {QStringLiteral("en")});
        if (!details) {
            if (details.error().kind != Error::Kind::NotFound)
                return details.error();
            review.verdict = CorrectionReview::Verdict::ServiceGone;
            continue;
        }
        if (c.field == QLatin1String("other") || !CorrectionFields::isKnown(c.field))
            continue;
        review.currentValue = CorrectionFields::value(*details, c.field);
        const QString now = normalised(review.currentValue);
        if (!c.suggestedValue.isEmpty() && now == normalised(c.suggestedValue))
            review.verdict = CorrectionReview::Verdict::AlreadyFixed;
        else if (now == normalised(c.oldValue))
            review.verdict = CorrectionReview::Verdict::StillWrong;
        else
            review.verdict = CorrectionReview::Verdict::Changed;
    }
    return reviews;
}

} // namespace pathways::api
