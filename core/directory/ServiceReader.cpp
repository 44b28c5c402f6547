#include "directory/ServiceReader.h"

#include "db/Connection.h"
#include "db/Statement.h"
#include "directory/TaxonomyTerms.h"

namespace pathways::directory {

namespace {

std::optional<double> optionalDouble(const db::Statement& row, int column)
{
    return row.isNull(column) ? std::nullopt : std::optional<double>(row.columnDouble(column));
}

} // namespace

ServiceReader::ServiceReader(db::Connection& connection, QStringList languages)
    : m_db(connection), m_localizer(connection, std::move(languages))
{
}

ServiceReader::~ServiceReader() = default;

db::Statement& ServiceReader::cached(std::unique_ptr<db::Statement>& slot, const QString& sql)
{
    if (!slot)
        slot = std::make_unique<db::Statement>(m_db.prepare(sql));
    slot->reset(); // a read stopped half-way leaves it mid-step
    return *slot;
}

QList<TermRef> ServiceReader::terms(const QString& serviceId, const char* taxonomy)
{
    auto& row = cached(
        m_termsOf,
        QStringLiteral("SELECT t.id, ") + QLatin1String(TaxonomyTerms::kCodeSql) +
            QStringLiteral(", t.name FROM attribute a JOIN taxonomy_term t ON t.id = a.taxonomy_term_id "
                           "LEFT JOIN taxonomy x ON x.id = t.taxonomy_id WHERE a.link_id = ? AND ") +
            QLatin1String(TaxonomyTerms::kTaxonomySql) + QStringLiteral(" = ? ORDER BY 2"));
    row.bind(1, serviceId);
    row.bind(2, QString::fromLatin1(taxonomy));
    struct Found
    {
        QString id, code, name;
    };
    QList<Found> found;
    while (row.step())
        found << Found{row.columnText(0), row.columnText(1), row.columnText(2)};
    row.reset();
    QList<TermRef> result;
    for (const Found& term : std::as_const(found)) {
        if (std::any_of(result.cbegin(), result.cend(),
                        [&term](const TermRef& t) { return t.code == term.code; }))
            continue;
        // A few dozen terms name every row of every page: each is looked up in the translations once.
        auto name = m_termNames.constFind(term.id);
        if (name == m_termNames.constEnd())
            name = m_termNames.insert(
                term.id, m_localizer
                             .text(QStringLiteral("taxonomy_term"), term.id, QStringLiteral("name"), term.name)
                             .text);
        result << TermRef{term.code, name.value()};
    }
    return result;
}

std::optional<ServiceSummary> ServiceReader::summary(const QString& serviceId)
{
    auto& row = cached(
        m_summaryOf,
        QStringLiteral(
            "SELECT s.name, o.id, o.name, s.assured_date, s.x_demonstration, "
            "(SELECT a.city FROM service_at_location sal JOIN address a ON a.location_id = sal.location_id "
            " WHERE sal.service_id = s.id AND a.city IS NOT NULL ORDER BY sal.id LIMIT 1), s.status "
            "FROM service s LEFT JOIN organization o ON o.id = s.organization_id WHERE s.id = ?"));
    row.bind(1, serviceId);
    if (!row.step())
        return std::nullopt;
    ServiceSummary summary;
    summary.id = serviceId;
    const QString name = row.columnText(0);
    const bool hasOrganization = !row.isNull(1);
    const QString organizationId = row.columnText(1);
    const QString organizationName = row.columnText(2);
    summary.assuredDate = row.columnText(3);
    summary.demonstration = row.columnInt(4) != 0;
    summary.municipality = row.columnText(5);
    summary.status = row.columnText(6);
    row.reset();
    summary.name = m_localizer.text(QStringLiteral("service"), serviceId, QStringLiteral("name"), name);
    if (hasOrganization)
        summary.organization =
            m_localizer.text(QStringLiteral("organization"), organizationId, QStringLiteral("name"),
                             organizationName)
                .text;
    summary.categories = terms(serviceId, "pathways-category");
    summary.audiences = terms(serviceId, "pathways-audience");
    return summary;
}

std::optional<ServiceRecord> ServiceReader::record(const QString& serviceId)
{
    std::optional<ServiceSummary> summary = this->summary(serviceId);
    if (!summary)
        return std::nullopt;
    ServiceRecord record;
    record.summary = *summary;
    auto row = m_db.prepare(QStringLiteral(
        "SELECT s.alternate_name, s.description, s.eligibility_description, s.application_process, "
        "s.fees_description, s.interpretation_services, s.alert, s.wait_time, s.status, s.url, s.email, "
        "s.last_modified, coalesce(s.x_source, o.x_source), s.minimum_age, s.maximum_age, o.id, "
        "o.description "
        "FROM service s LEFT JOIN organization o ON o.id = s.organization_id WHERE s.id = ?"));
    row.bind(1, serviceId);
    if (!row.step())
        return std::nullopt;
    auto localized = [&](const char* field, int column) {
        return m_localizer.text(QStringLiteral("service"), serviceId, QLatin1String(field),
                                row.columnText(column));
    };
    record.alternateName = localized("alternate_name", 0);
    record.description = localized("description", 1);
    record.eligibility = localized("eligibility_description", 2);
    record.applicationProcess = localized("application_process", 3);
    record.feesDescription = localized("fees_description", 4);
    record.interpretationServices = localized("interpretation_services", 5);
    record.alert = localized("alert", 6);
    record.waitTime = localized("wait_time", 7);
    record.status = row.columnText(8);
    record.url = row.columnText(9);
    record.email = row.columnText(10);
    record.lastModified = row.columnText(11);
    record.source = row.columnText(12);
    record.minimumAge = optionalDouble(row, 13);
    record.maximumAge = optionalDouble(row, 14);
    record.organizationId = row.columnText(15);
    if (!record.organizationId.isEmpty())
        record.organizationDescription =
            m_localizer.text(QStringLiteral("organization"), record.organizationId,
                             QStringLiteral("description"), row.columnText(16));
    readLocations(record);
    readContactChannels(record);
    readConditions(record);
    record.referralMethods = terms(serviceId, TaxonomyTerms::kReferralTaxonomy);
    return record;
}

void ServiceReader::readLocations(ServiceRecord& record)
{
    auto row = m_db.prepare(
        QStringLiteral("SELECT l.id, l.name, l.description, l.transportation, l.latitude, l.longitude FROM "
                       "service_at_location sal "
                       "JOIN location l ON l.id = sal.location_id WHERE sal.service_id = ? ORDER BY sal.id"));
    row.bind(1, record.summary.id);
    while (row.step()) {
        LocationRecord location;
        location.id = row.columnText(0);
        location.name =
            m_localizer
                .text(QStringLiteral("location"), location.id, QStringLiteral("name"), row.columnText(1))
                .text;
        location.description = m_localizer
                                   .text(QStringLiteral("location"), location.id,
                                         QStringLiteral("description"), row.columnText(2))
                                   .text;
        location.transportation = row.columnText(3);
        location.latitude = optionalDouble(row, 4);
        location.longitude = optionalDouble(row, 5);
        auto address = m_db.prepare(QStringLiteral("SELECT attention, address_1, address_2, city, "
                                                   "coalesce(region, state_province), postal_code, country "
                                                   "FROM address WHERE location_id = ? ORDER BY id"));
        address.bind(1, location.id);
        while (address.step())
            location.addresses << AddressRecord{
                address.columnText(0), address.columnText(1), address.columnText(2), address.columnText(3),
                address.columnText(4), address.columnText(5), address.columnText(6)};
        auto access = m_db.prepare(QStringLiteral(
            "SELECT trim(coalesce(description, '') || ' ' || coalesce(details, '')) FROM accessibility "
            "WHERE location_id = ? ORDER BY id"));
        access.bind(1, location.id);
        while (access.step())
            location.accessibility << access.columnText(0);
        record.locations << location;
    }
}

void ServiceReader::readContactChannels(ServiceRecord& record)
{
    auto phone = m_db.prepare(QStringLiteral("SELECT number, extension, type, description FROM phone WHERE "
                                             "id IN (SELECT id FROM phone WHERE service_id = ?1 "
                                             "UNION SELECT p.id FROM service_at_location sal CROSS JOIN "
                                             "phone p ON p.service_at_location_id = sal.id "
                                             "WHERE sal.service_id = ?1) ORDER BY id"));
    phone.bind(1, record.summary.id);
    while (phone.step())
        record.phones << PhoneRecord{phone.columnText(0), phone.columnText(1), phone.columnText(2),
                                     phone.columnText(3)};
    auto contact = m_db.prepare(QStringLiteral(
        "SELECT name, title, department, email FROM contact WHERE service_id = ? ORDER BY id"));
    contact.bind(1, record.summary.id);
    while (contact.step())
        record.contacts << ContactRecord{contact.columnText(0), contact.columnText(1), contact.columnText(2),
                                         contact.columnText(3)};
    auto language = m_db.prepare(QStringLiteral(
        "SELECT DISTINCT code, name, note FROM language WHERE service_id = ? ORDER BY code, name"));
    language.bind(1, record.summary.id);
    while (language.step())
        record.languages << LanguageRecord{language.columnText(0), language.columnText(1),
                                           language.columnText(2)};
}

void ServiceReader::readConditions(ServiceRecord& record)
{
    auto cost = m_db.prepare(QStringLiteral("SELECT option, currency, amount, amount_description FROM "
                                            "cost_option WHERE service_id = ? ORDER BY id"));
    cost.bind(1, record.summary.id);
    while (cost.step())
        record.costs << CostRecord{cost.columnText(0), cost.columnText(1), cost.columnText(3),
                                   optionalDouble(cost, 2)};
    auto document = m_db.prepare(
        QStringLiteral("SELECT document FROM required_document WHERE service_id = ? ORDER BY id"));
    document.bind(1, record.summary.id);
    while (document.step())
        record.requiredDocuments << document.columnText(0);
    auto area =
        m_db.prepare(QStringLiteral("SELECT name FROM service_area WHERE service_id = ? ORDER BY id"));
    area.bind(1, record.summary.id);
    while (area.step())
        record.serviceAreas << area.columnText(0);
}

} // namespace pathways::directory
