#include "import/RecordChecks.h"

#include "import/FieldChecks.h"
#include "import/TableFile.h"

namespace pathways::import {

using Severity = ImportIssue::Severity;

RecordChecks::RecordChecks(ImportReport& report) : m_report(report) {}

void RecordChecks::issue(Severity severity, const QString& file, qint64 line, const QString& id,
                         const QString& message)
{
    m_report.issues << ImportIssue{severity, file, line, id, message};
}

QString RecordChecks::deriveId(TableFile& file, qint64 line)
{
    // Stable as long as the file is: the parent's id, the table, the row number. The parent is the first
    // reference the record has (its service, location, ...), so the id says whose record it is.
    QString parent;
    for (const TableFile::Link& link : std::as_const(file.links)) {
        parent = file.values.at(link.column);
        if (!parent.isEmpty())
            break;
    }
    const QString base = file.name.section(QLatin1Char('/'), -1).section(QLatin1Char('.'), 0, 0);
    const QString id = QStringLiteral("%1/%2/%3")
                           .arg(parent.isEmpty() ? base : parent, file.spec.table)
                           .arg(file.recordNumber);
    issue(Severity::Warning, file.name, line, id,
          QStringLiteral("the record has no id; kept with a derived id (parent id/table/row number)"));
    return id;
}

bool RecordChecks::applyVariant(TableFile& file, qint64 line, const QString& id)
{
    if (file.splitLanguage) {
        // HSDS <= 2.0 has one `language` column, meant for ISO 639-1 codes but often holding names.
        QString& name = file.values[file.column(QStringLiteral("name"))];
        QString& code = file.values[file.column(QStringLiteral("code"))];
        if (code.isEmpty() && looksLikeLanguageCode(name)) {
            code = name;
            name.clear();
        }
    }
    if (file.weekdays) {
        QString& byday = file.values[file.schedule[TableFile::ByDay]];
        bool numeric = false;
        const QString code = weekdayCode(byday, &numeric);
        if (code.isEmpty() && !byday.isEmpty()) {
            issue(Severity::Dropped, file.name, line, id,
                  QStringLiteral("weekday \"%1\" is not a day of the week").arg(byday));
            return false;
        }
        if (numeric)
            issue(Severity::Warning, file.name, line, id,
                  QStringLiteral("weekday \"%1\" is a number: read as ISO 8601, 1 = Monday, 7 = Sunday")
                      .arg(byday));
        byday = code;
    }
    if (file.closedSource >= 0) {
        // Pathways has no closed days: a 1.0 holiday closure kept as a schedule would read as open.
        if (checks::parseBoolean(file.closedValue)) {
            issue(Severity::Dropped, file.name, line, id,
                  QStringLiteral("a holiday closure (closed = true) cannot be shown: Pathways has no closed "
                                 "days; not imported"));
            return false;
        }
    }
    return true;
}

bool RecordChecks::checkScheduleHours(TableFile& file, qint64 line, const QString& id)
{
    const auto has = [&file](TableFile::ScheduleField field) {
        return file.schedule[field] >= 0 && !file.values.at(file.schedule[field]).isEmpty();
    };
    const bool days = has(TableFile::Freq) || has(TableFile::ByDay) || has(TableFile::ByMonthDay) ||
                      has(TableFile::ByWeekNo) || has(TableFile::ByYearDay) || has(TableFile::DtStart);
    const bool times = has(TableFile::OpensAt) || has(TableFile::ClosesAt);
    if (!days && !times) {
        // Exporters write placeholder rows that hold only ids. schedule::OpeningHours reads such a row as
        // "no hours given" (never "always open"), so it is kept: a bundle that counts it still installs.
        issue(Severity::Warning, file.name, line, id,
              QStringLiteral("no days and no times: kept, but gives no opening hours"));
        return true;
    }
    if (!times)
        issue(Severity::Warning, file.name, line, id,
              QStringLiteral("no opens_at/closes_at: read as open all day on its days"));
    else if (!days)
        issue(Severity::Warning, file.name, line, id,
              QStringLiteral("no freq, byday or dtstart: read as every day"));
    else if (!has(TableFile::Freq) && has(TableFile::ByDay))
        issue(Severity::Warning, file.name, line, id, QStringLiteral("no freq: read as WEEKLY on its byday"));
    return true;
}

// Checks typed values; a value that cannot be stored as its type is reported and stored as NULL.
void RecordChecks::checkValues(TableFile& file, qint64 line, const QString& id)
{
    const TableSpec& spec = file.spec;
    int latitude = -1;
    int longitude = -1;
    for (const int i : std::as_const(file.typed)) {
        const ColumnSpec& column = spec.columns.at(i);
        const QString& value = file.values.at(i);
        switch (column.type) {
        case FieldType::Text:
            break;
        case FieldType::Real:
        case FieldType::Latitude:
        case FieldType::Longitude: {
            const std::optional<double> number = checks::parseNumber(value);
            file.null[i] = !number;
            file.number[i] = number.value_or(0.0);
            if (!number && !value.isEmpty() && column.type == FieldType::Real)
                issue(Severity::Warning, file.name, line, id,
                      QStringLiteral("%1 \"%2\" is not a number; left empty").arg(column.name, value));
            if (column.type == FieldType::Latitude)
                latitude = i;
            else if (column.type == FieldType::Longitude)
                longitude = i;
            break;
        }
        case FieldType::Integer: {
            const std::optional<qint64> number = checks::parseInteger(value);
            file.null[i] = !number;
            file.integer[i] = number.value_or(0);
            if (!number && !value.isEmpty())
                issue(Severity::Warning, file.name, line, id,
                      QStringLiteral("%1 \"%2\" is not a whole number; left empty").arg(column.name, value));
            break;
        }
        case FieldType::Boolean:
            if (!checks::isBooleanSpelling(value))
                issue(Severity::Warning, file.name, line, id,
                      QStringLiteral("%1 \"%2\" is not true/false, 1/0 or yes/no; taken as false")
                          .arg(column.name, value));
            break;
        }
    }
    if (latitude >= 0 && longitude >= 0) {
        const QString& latText = file.values.at(latitude);
        const QString& lonText = file.values.at(longitude);
        if (!latText.isEmpty() || !lonText.isEmpty()) {
            const double lat = file.number.at(latitude);
            const double lon = file.number.at(longitude);
            // A position needs both halves; one without the other would place the location wrongly.
            if (file.null.at(latitude) || file.null.at(longitude) || lat < -90.0 || lat > 90.0 ||
                lon < -180.0 || lon > 180.0) {
                file.null[latitude] = true;
                file.null[longitude] = true;
                issue(
                    Severity::Warning, file.name, line, id,
                    QStringLiteral("latitude/longitude \"%1\"/\"%2\" is not a position (-90..90, -180..180); "
                                   "coordinates left empty")
                        .arg(latText, lonText));
            }
        }
    }
    if (file.kind == TableFile::Kind::Schedule) {
        const auto field = [&file](TableFile::ScheduleField k) {
            return file.schedule[k] < 0 ? QString() : file.values.at(file.schedule[k]);
        };
        const QStringList problems = checks::scheduleProblems(
            {field(TableFile::OpensAt), field(TableFile::ClosesAt), field(TableFile::Freq),
             field(TableFile::ByDay), field(TableFile::ValidFrom), field(TableFile::ValidTo)});
        if (!problems.isEmpty())
            issue(Severity::Warning, file.name, line, id,
                  QStringLiteral("%1; opening hours will ignore this schedule")
                      .arg(problems.join(QStringLiteral("; "))));
    }
}

} // namespace pathways::import
