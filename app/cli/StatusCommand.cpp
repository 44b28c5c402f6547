#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "db/Connection.h"
#include "db/Statement.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

namespace pathways::cli {

namespace {

QJsonValue optionalText(const db::Statement& row, int column)
{
    return row.isNull(column) ? QJsonValue() : QJsonValue(row.columnText(column));
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
    db::Connection* directory = context.directory();
    if (!directory)
        return 2;

    auto row = directory->prepare(QStringLiteral(
        "SELECT publisher, sequence, created, expires, origin, installed_at, languages, region, "
        "(SELECT coalesce(max(ord), 0) FROM search_doc), (SELECT count(*) FROM organization), "
        "(SELECT count(*) FROM service WHERE x_demonstration = 1) FROM bundle_meta"));
    if (!row.step())
        return context.failure(QStringLiteral("the installed directory has no provenance record"));

    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime created = QDateTime::fromString(row.columnText(2), Qt::ISODate);
    const QDateTime expires = QDateTime::fromString(row.columnText(3), Qt::ISODate);
    const bool expired = expires.isValid() && expires < now;
    const qint64 ageDays = created.isValid() ? created.daysTo(now) : -1;
    const qint64 demonstration = row.columnInt64(10);

    QJsonObject status{
        {QStringLiteral("publisher"), row.columnText(0)},
        {QStringLiteral("sequence"), row.columnInt64(1)},
        {QStringLiteral("created"), row.columnText(2)},
        {QStringLiteral("expires"), optionalText(row, 3)},
        {QStringLiteral("expired"), expired},
        {QStringLiteral("origin"), optionalText(row, 4)},
        {QStringLiteral("installed_at"), optionalText(row, 5)},
        {QStringLiteral("languages"),
         QJsonArray::fromStringList(row.columnText(6).split(QLatin1Char(','), Qt::SkipEmptyParts))},
        {QStringLiteral("region"), optionalText(row, 7)},
        {QStringLiteral("services"), row.columnInt64(8)},
        {QStringLiteral("organizations"), row.columnInt64(9)},
        {QStringLiteral("demonstration_services"), demonstration},
        {QStringLiteral("data_age_days"), ageDays >= 0 ? QJsonValue(ageDays) : QJsonValue()},
        {QStringLiteral("data_dir"), context.data().root()},
    };
    if (context.json()) {
        context.printJson(status);
        return 0;
    }
    QTextStream& out = context.out();
    out << "Publisher:     " << row.columnText(0) << '\n'
        << "Sequence:      " << row.columnInt64(1) << '\n'
        << "Created:       " << row.columnText(2);
    if (ageDays >= 0)
        out << " (" << ageDays << (ageDays == 1 ? " day" : " days") << " old)";
    out << '\n'
        << "Expires:       " << (row.isNull(3) ? QStringLiteral("never") : row.columnText(3)) << '\n'
        << "Services:      " << row.columnInt64(8) << " from " << row.columnInt64(9) << " organisations\n"
        << "Languages:     " << row.columnText(6) << '\n'
        << "Data folder:   " << context.data().root() << '\n';
    if (expired)
        out << "WARNING: this directory expired on " << row.columnText(3)
            << "; contact details may be out of date.\n";
    if (demonstration > 0)
        out << "NOTE: " << demonstration
            << " services are demonstration data: verify every detail with the organisation before "
               "referring.\n";
    out.flush();
    return 0;
}

} // namespace pathways::cli
