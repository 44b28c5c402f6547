#include "api/DirectoryReader.h"
#include "api/UpdateHistory.h"
#include "cli/CliContext.h"
#include "cli/Commands.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace pathways::cli {

namespace {

QJsonValue optionalText(const std::optional<QString>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

} // namespace

int runStatus(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Show where the installed directory comes from."));
    parser.addHelpOption();
    int exitCode = 0;
    if (!context.begin(parser, QStringLiteral("status"), arguments, &exitCode))
        return exitCode;
    api::DirectoryReader* directory = context.reader();
    if (!directory)
        return 2;
    const Expected<api::DirectoryStatus> found = directory->status();
    if (!found)
        return context.fail(found.error());
    const api::DirectoryStatus& status = *found;

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool expired = status.expiredAt(now);
    const qint64 ageDays = status.ageDaysAt(now).value_or(-1);

    QJsonObject json{
        {QStringLiteral("publisher"), status.publisher},
        {QStringLiteral("sequence"), status.sequence},
        {QStringLiteral("created"), status.created},
        {QStringLiteral("expires"), optionalText(status.expires)},
        {QStringLiteral("expired"), expired},
        {QStringLiteral("origin"), optionalText(status.origin)},
        {QStringLiteral("installed_at"), optionalText(status.installedAt)},
        {QStringLiteral("languages"), QJsonArray::fromStringList(status.languages)},
        {QStringLiteral("region"), optionalText(status.region)},
        {QStringLiteral("services"), status.services},
        {QStringLiteral("organizations"), status.organizations},
        {QStringLiteral("demonstration_services"), status.demonstrationServices},
        {QStringLiteral("data_age_days"), ageDays >= 0 ? QJsonValue(ageDays) : QJsonValue()},
        {QStringLiteral("data_dir"), context.data().root()},
    };
    const QList<api::HistoryEntry> history = api::UpdateHistory(context.data()).entries();
    QJsonArray historyJson;
    for (const api::HistoryEntry& entry : history)
        historyJson.append(QJsonObject{
            {QStringLiteral("when"), entry.when},
            {QStringLiteral("action"), entry.action},
            {QStringLiteral("publisher"), entry.publisher},
            {QStringLiteral("sequence"), static_cast<qint64>(entry.sequence)},
            {QStringLiteral("from"), entry.from.isEmpty() ? QJsonValue() : QJsonValue(entry.from)}});
    json.insert(QStringLiteral("history"), historyJson);
    if (context.json()) {
        context.printJson(json);
        return 0;
    }
    QTextStream& out = context.out();
    out << "Publisher:     " << status.publisher << '\n'
        << "Sequence:      " << status.sequence << '\n'
        << "Created:       " << status.created;
    if (ageDays >= 0)
        out << " (" << ageDays << (ageDays == 1 ? " day" : " days") << " old)";
    out << '\n'
        << "Expires:       " << status.expires.value_or(QStringLiteral("never")) << '\n'
        << "Services:      " << status.services << " from " << status.organizations << " organisations\n"
        << "Languages:     " << status.languages.join(QLatin1Char(',')) << '\n'
        << "Data folder:   " << context.data().root() << '\n';
    if (!history.isEmpty())
        out << "History (newest first):\n";
    for (const api::HistoryEntry& entry : history.mid(0, 5))
        out << "  " << entry.when << "  " << entry.action << ": " << entry.publisher << " sequence "
            << entry.sequence << (entry.from.isEmpty() ? QString() : QStringLiteral(" from ") + entry.from)
            << '\n';
    if (expired)
        out << "WARNING: this directory expired on " << status.expires.value_or(QString())
            << "; contact details may be out of date.\n";
    if (status.demonstrationServices > 0)
        out << "NOTE: " << status.demonstrationServices
            << " services are demonstration data: verify every detail with the organisation before "
               "referring.\n";
    out.flush();
    return 0;
}

} // namespace pathways::cli
