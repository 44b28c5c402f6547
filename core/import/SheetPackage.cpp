#include "import/SheetPackage.h"

#include "import/CsvReader.h"
#include "schedule/WrittenHours.h"
#include "search/TaxonomyNames.h"

#include <QCryptographicHash>
#include <QDate>
#include <QFileInfo>
#include <QRegularExpression>

namespace pathways::import {

namespace {

using Severity = ImportIssue::Severity;

QString shortHash(const QString& text)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex().left(8));
}

QStringList splitList(const QString& text, const QString& separators)
{
    QStringList items;
    for (const QString& item :
         text.split(QRegularExpression(QStringLiteral("[%1\\n]").arg(separators)), Qt::SkipEmptyParts)) {
        const QString trimmed = item.trimmed();
        if (!trimmed.isEmpty() && !items.contains(trimmed))
            items << trimmed;
    }
    return items;
}

// ISO (2026-11-02) or as written in Slovenia and Ukraine (2. 11. 2026, 02.11.2026); anything else is not
// read, because 02/11/2026 means two different days in two countries.
QDate readDate(const QString& text)
{
    const QDate iso = QDate::fromString(text, Qt::ISODate);
    if (iso.isValid())
        return iso;
    static const QRegularExpression dotted(QStringLiteral(R"(^(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4})\.?$)"));
    const QRegularExpressionMatch m = dotted.match(text);
    return m.hasMatch() ? QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt())
                        : QDate();
}

// The Pathways code a category or audience value names: its code, or its name in en, sl or uk.
QString pathwaysCode(const QString& value, const QStringList& codes)
{
    const QString wanted = value.toLower().simplified();
    for (const QString& code : codes) {
        if (code == wanted)
            return code;
        for (const QString& name : search::builtInTermNames(code))
            if (name.toLower() == wanted)
                return code;
    }
    return {};
}

constexpr SheetColumn kServiceTexts[] = {
    SheetColumn::Description, SheetColumn::Eligibility, SheetColumn::HowToApply,   SheetColumn::Cost,
    SheetColumn::Email,       SheetColumn::Website,     SheetColumn::LastVerified, SheetColumn::Source};

} // namespace

bool SheetPackage::convert(const QString& path, const QString& csvFolder, ImportReport& report)
{
    SheetPackage sheet;
    sheet.m_file = QFileInfo(path).fileName();
    sheet.m_report = &report;
    report.format = QStringLiteral("Pathways one-sheet CSV");
    const auto fatal = [&](qint64 line, const QString& message) {
        report.issues << ImportIssue{Severity::Fatal, sheet.m_file, line, {}, message};
        return false;
    };
    CsvReader reader;
    if (!reader.open(path))
        return fatal(reader.errorLine(), reader.error());
    CsvReader::Record record;
    QString problem;
    if (reader.next(record, problem) != CsvReader::Result::Record)
        return fatal(0, QStringLiteral("the sheet is empty"));
    if (record.fields.size() == 1 && record.fields.first().contains(QLatin1Char(';')))
        return fatal(1,
                     QStringLiteral("the columns are separated by ';': save the sheet as \"CSV UTF-8\" with "
                                    "commas between the columns"));
    QList<int> columnOf(record.fields.size(), -1);
    QStringList headers(kSheetColumnCount);
    QStringList notKept;
    for (qsizetype i = 0; i < record.fields.size(); ++i) {
        const QString header = record.fields.at(i).trimmed();
        const std::optional<SheetColumn> column = sheetColumnForHeader(header);
        if (!column) {
            if (!header.isEmpty())
                notKept << header;
            continue;
        }
        const int c = static_cast<int>(*column);
        if (!headers[c].isEmpty()) {
            notKept << header + QStringLiteral(" (a second ") + headers[c] + QLatin1Char(')');
            continue;
        }
        headers[c] = header;
        columnOf[i] = c;
    }
    if (!notKept.isEmpty())
        report.issues << ImportIssue{Severity::Warning,
                                     sheet.m_file,
                                     1,
                                     {},
                                     QStringLiteral("%1 column(s) not kept: %2")
                                         .arg(notKept.size())
                                         .arg(notKept.join(QStringLiteral(", ")))};
    if (headers[static_cast<int>(SheetColumn::Service)].isEmpty())
        return fatal(1, QStringLiteral("no service column (headed Service, Storitev or Послуга)"));

    qint64 services = 0;
    for (;;) {
        const CsvReader::Result result = reader.next(record, problem);
        if (result == CsvReader::Result::End)
            break;
        if (result == CsvReader::Result::Skipped) {
            report.issues << ImportIssue{Severity::Dropped, sheet.m_file, record.line, {}, problem};
            continue;
        }
        QList<Cell> cells(kSheetColumnCount);
        for (int c = 0; c < kSheetColumnCount; ++c)
            cells[c].header = headers.at(c);
        for (qsizetype i = 0; i < record.fields.size() && i < columnOf.size(); ++i)
            if (columnOf.at(i) >= 0)
                cells[columnOf.at(i)].text = record.fields.at(i).trimmed();
        services += sheet.readRow(record.line, cells) ? 1 : 0;
    }
    if (services == 0)
        return fatal(0, QStringLiteral("no row names a service"));
    return sheet.m_tables.write(csvFolder, report);
}

void SheetPackage::finding(Severity severity, qint64 line, SheetColumn column, const QString& message)
{
    m_report->issues << ImportIssue{severity, m_file, line, m_cells.at(static_cast<int>(column)).header,
                                    message};
}

bool SheetPackage::readRow(qint64 line, const QList<Cell>& cells)
{
    m_cells = cells;
    bool blank = true;
    for (const Cell& cell : cells)
        blank = blank && cell.text.isEmpty();
    if (blank)
        return false;
    const QString service = text(SheetColumn::Service);
    if (service.isEmpty()) {
        finding(Severity::Dropped, line, SheetColumn::Service,
                QStringLiteral("no service name: the row is not imported"));
        return false;
    }
    const QString organization = text(SheetColumn::Organization);
    QString organizationId;
    if (organization.isEmpty()) {
        finding(Severity::Warning, line, SheetColumn::Organization, QStringLiteral("no organisation given"));
    } else {
        organizationId = QStringLiteral("org-") + SheetTables::slug(organization);
        if (!m_tables.has(QStringLiteral("organization"), organizationId))
            m_tables.add(QStringLiteral("organization"),
                         {{QStringLiteral("id"), organizationId}, {QStringLiteral("name"), organization}});
    }
    const QString serviceId =
        QStringLiteral("svc-") +
        (organization.isEmpty() ? QString() : SheetTables::slug(organization) + QLatin1Char('-')) +
        SheetTables::slug(service);
    const bool first = !m_serviceLine.contains(serviceId);
    if (first)
        addService(serviceId, organizationId, line);
    else
        for (const SheetColumn column : kServiceTexts) {
            const QString& previous = m_serviceTexts.value(serviceId).at(static_cast<int>(column));
            if (text(column) != previous && !text(column).isEmpty())
                finding(Severity::Warning, line, column,
                        QStringLiteral("differs from row %1 of the same service; the first is kept")
                            .arg(m_serviceLine.value(serviceId)));
        }
    const QString placeLink = addPlace(serviceId, organizationId, line);
    addHours(serviceId, placeLink, line);
    if (first) {
        addTerms(serviceId, SheetColumn::Categories, line);
        addTerms(serviceId, SheetColumn::Audience, line);
        addListed(serviceId, SheetColumn::Languages);
        addListed(serviceId, SheetColumn::Documents);
    }
    addContacts(serviceId, line);
    return first;
}

void SheetPackage::addService(const QString& serviceId, const QString& organizationId, qint64 line)
{
    m_serviceLine.insert(serviceId, line);
    QStringList texts(kSheetColumnCount);
    for (const SheetColumn column : kServiceTexts)
        texts[static_cast<int>(column)] = text(column);
    m_serviceTexts.insert(serviceId, texts);

    QString website = text(SheetColumn::Website);
    if (!website.isEmpty() && !website.contains(QStringLiteral("://"))) {
        if (website.contains(QLatin1Char(' ')) || !website.contains(QLatin1Char('.'))) {
            finding(Severity::Warning, line, SheetColumn::Website,
                    QStringLiteral("\"%1\" is not a web address; kept as written").arg(website));
        } else {
            website = QStringLiteral("https://") + website;
            finding(Severity::Warning, line, SheetColumn::Website,
                    QStringLiteral("no http:// or https://: read as %1").arg(website));
        }
    }
    QString verified;
    if (!text(SheetColumn::LastVerified).isEmpty()) {
        const QDate date = readDate(text(SheetColumn::LastVerified));
        if (date.isValid())
            verified = date.toString(Qt::ISODate);
        else
            finding(Severity::Warning, line, SheetColumn::LastVerified,
                    QStringLiteral("\"%1\" is not a date (write 2026-11-02 or 2. 11. 2026); left out")
                        .arg(text(SheetColumn::LastVerified)));
    }
    m_tables.add(QStringLiteral("service"),
                 {{QStringLiteral("id"), serviceId},
                  {QStringLiteral("organization_id"), organizationId},
                  {QStringLiteral("name"), text(SheetColumn::Service)},
                  {QStringLiteral("description"), text(SheetColumn::Description)},
                  {QStringLiteral("eligibility_description"), text(SheetColumn::Eligibility)},
                  {QStringLiteral("application_process"), text(SheetColumn::HowToApply)},
                  {QStringLiteral("fees_description"), text(SheetColumn::Cost)},
                  {QStringLiteral("url"), website},
                  // A row of a referral-pathway table is a service in operation.
                  {QStringLiteral("status"), QStringLiteral("active")},
                  {QStringLiteral("assured_date"), verified},
                  {QStringLiteral("x_source"), text(SheetColumn::Source)}});
}

QString SheetPackage::addPlace(const QString& serviceId, const QString& organizationId, qint64 line)
{
    const QString address = text(SheetColumn::Address);
    const QString municipality = text(SheetColumn::Municipality);
    if (address.isEmpty() && municipality.isEmpty())
        return {};
    const QString locationId = QStringLiteral("loc-") + shortHash(organizationId + QLatin1Char('|') +
                                                                  address + QLatin1Char('|') + municipality);
    if (!m_tables.has(QStringLiteral("location"), locationId)) {
        m_tables.add(QStringLiteral("location"),
                     {{QStringLiteral("id"), locationId},
                      {QStringLiteral("organization_id"), organizationId},
                      {QStringLiteral("location_type"), QStringLiteral("physical")},
                      {QStringLiteral("name"), text(SheetColumn::Organization)}});
        m_tables.add(QStringLiteral("address"),
                     {{QStringLiteral("id"), locationId + QStringLiteral("/address")},
                      {QStringLiteral("location_id"), locationId},
                      {QStringLiteral("address_1"), address},
                      {QStringLiteral("city"), municipality},
                      {QStringLiteral("address_type"), QStringLiteral("physical")}});
    }
    const QString linkId = serviceId + QLatin1Char('@') + locationId;
    if (m_tables.has(QStringLiteral("service_at_location"), linkId)) {
        finding(Severity::Warning, line, SheetColumn::Address,
                QStringLiteral("the same service at the same place as an earlier row"));
        return linkId;
    }
    m_tables.add(QStringLiteral("service_at_location"), {{QStringLiteral("id"), linkId},
                                                         {QStringLiteral("service_id"), serviceId},
                                                         {QStringLiteral("location_id"), locationId}});
    return linkId;
}

void SheetPackage::addHours(const QString& serviceId, const QString& placeLink, qint64 line)
{
    const QString written = text(SheetColumn::Hours);
    if (written.isEmpty())
        return;
    const schedule::WrittenHours hours = schedule::WrittenHours::parse(written);
    // Hours at a place belong to the service there; without a place, to the service.
    const QString owner = placeLink.isEmpty() ? serviceId : placeLink;
    const QString link =
        placeLink.isEmpty() ? QStringLiteral("service_id") : QStringLiteral("service_at_location_id");
    const auto schedule = [&](int n) {
        return SheetTables::Row{{QStringLiteral("id"), QStringLiteral("%1/hours/%2").arg(owner).arg(n)},
                                {QStringLiteral("service_id"), serviceId},
                                {link, owner},
                                {QStringLiteral("description"), written}};
    };
    if (!hours.problem.isEmpty()) {
        finding(
            Severity::Warning, line, SheetColumn::Hours,
            QStringLiteral("not understood (%1): kept as text, no opening hours shown").arg(hours.problem));
        m_tables.add(QStringLiteral("schedule"), schedule(1));
        return;
    }
    int n = 0;
    for (const schedule::ScheduleRule& rule : hours.rules) {
        SheetTables::Row row = schedule(++n);
        row.insert(QStringLiteral("freq"), rule.freq);
        row.insert(QStringLiteral("byday"), rule.byday);
        row.insert(QStringLiteral("opens_at"), rule.opensAt);
        row.insert(QStringLiteral("closes_at"), rule.closesAt);
        m_tables.add(QStringLiteral("schedule"), row);
    }
}

void SheetPackage::addTerms(const QString& serviceId, SheetColumn column, qint64 line)
{
    const bool category = column == SheetColumn::Categories;
    const QString kind = category ? QStringLiteral("category") : QStringLiteral("audience");
    for (const QString& value : splitList(text(column), QStringLiteral(",;"))) {
        const QString code =
            pathwaysCode(value, category ? pathwaysCategoryCodes() : pathwaysAudienceCodes());
        if (code.isEmpty())
            finding(
                Severity::Warning, line, column,
                QStringLiteral("\"%1\" is not a Pathways %2 (docs/taxonomy.md); kept as the sheet's own term")
                    .arg(value, kind));
        m_tables.tag(serviceId, kind, code, code.isEmpty() ? value : QString());
    }
}

void SheetPackage::addListed(const QString& serviceId, SheetColumn column)
{
    static const QRegularExpression code(QStringLiteral("^[a-z]{2,3}(-[A-Za-z]{2,4})?$"));
    int n = 0;
    if (column == SheetColumn::Languages) {
        for (const QString& language : splitList(text(column), QStringLiteral(",;/"))) {
            const bool isCode = code.match(language).hasMatch();
            m_tables.add(QStringLiteral("language"),
                         {{QStringLiteral("id"), QStringLiteral("%1/language/%2").arg(serviceId).arg(++n)},
                          {QStringLiteral("service_id"), serviceId},
                          {isCode ? QStringLiteral("code") : QStringLiteral("name"), language}});
        }
        return;
    }
    for (const QString& document : splitList(text(column), QStringLiteral(";")))
        m_tables.add(QStringLiteral("required_document"),
                     {{QStringLiteral("id"), QStringLiteral("%1/document/%2").arg(serviceId).arg(++n)},
                      {QStringLiteral("service_id"), serviceId},
                      {QStringLiteral("document"), document}});
}

void SheetPackage::addContacts(const QString& serviceId, qint64 line)
{
    for (const QString& number : splitList(text(SheetColumn::Phones), QStringLiteral(",;/"))) {
        // The number is the id's own part: the same number on another row of the service is the same phone.
        const QString phoneId = serviceId + QStringLiteral("/phone/") + SheetTables::slug(number);
        if (m_tables.has(QStringLiteral("phone"), phoneId))
            continue;
        if (!number.contains(QRegularExpression(QStringLiteral("\\d{3}"))))
            finding(Severity::Warning, line, SheetColumn::Phones,
                    QStringLiteral("\"%1\" does not look like a phone number; kept as written").arg(number));
        m_tables.add(QStringLiteral("phone"), {{QStringLiteral("id"), phoneId},
                                               {QStringLiteral("service_id"), serviceId},
                                               {QStringLiteral("number"), number}});
    }
    // The first address is the service's e-mail; any further ones are kept as contacts.
    const QStringList emails = splitList(text(SheetColumn::Email), QStringLiteral(",; "));
    for (qsizetype i = 0; i < emails.size(); ++i) {
        if (!emails.at(i).contains(QLatin1Char('@')))
            finding(Severity::Warning, line, SheetColumn::Email,
                    QStringLiteral("\"%1\" does not look like an e-mail address; kept as written")
                        .arg(emails.at(i)));
        SheetTables::Row& service = m_tables.row(QStringLiteral("service"), serviceId);
        if (service.value(QStringLiteral("email")).isEmpty() && i == 0) {
            service.insert(QStringLiteral("email"), emails.at(i));
            continue;
        }
        if (service.value(QStringLiteral("email")) == emails.at(i))
            continue;
        const QString contactId = QStringLiteral("%1/contact/%2").arg(serviceId, shortHash(emails.at(i)));
        if (!m_tables.has(QStringLiteral("contact"), contactId))
            m_tables.add(QStringLiteral("contact"), {{QStringLiteral("id"), contactId},
                                                     {QStringLiteral("service_id"), serviceId},
                                                     {QStringLiteral("email"), emails.at(i)}});
    }
}

} // namespace pathways::import
