#include "directory/DirectorySchema.h"

#include "db/Connection.h"
#include "db/DatabaseError.h"
#include "db/Transaction.h"

namespace pathways::directory {

namespace {

// Version 1: HSDS 3.0 core tables (singular names, as in the specification's SQL form), two extension
// columns on service/organization (x_source: the citation a record comes from; x_demonstration: 1 when
// the record is demonstration data that must be verified before referring), the `translation` table, the
// `bundle_meta` row, and the derived search tables that SearchIndexBuilder fills.
const char* const kSchemaV1 = R"SQL(
CREATE TABLE organization (
  id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, alternate_name TEXT, description TEXT, email TEXT,
  website TEXT, tax_status TEXT, tax_id TEXT, year_incorporated INTEGER, legal_status TEXT, logo TEXT, uri TEXT,
  parent_organization_id TEXT, x_source TEXT, x_demonstration INTEGER NOT NULL DEFAULT 0);
CREATE TABLE program (
  id TEXT PRIMARY KEY NOT NULL, organization_id TEXT, name TEXT NOT NULL, alternate_name TEXT, description TEXT);
CREATE TABLE service (
  id TEXT PRIMARY KEY NOT NULL, organization_id TEXT, program_id TEXT, name TEXT NOT NULL, alternate_name TEXT,
  description TEXT, url TEXT, email TEXT, status TEXT, interpretation_services TEXT, application_process TEXT,
  fees_description TEXT, wait_time TEXT, fees TEXT, accreditations TEXT, eligibility_description TEXT,
  minimum_age REAL, maximum_age REAL, assured_date TEXT, assurer_email TEXT, licenses TEXT, alert TEXT,
  last_modified TEXT, x_source TEXT, x_demonstration INTEGER NOT NULL DEFAULT 0);
CREATE INDEX service_organization ON service(organization_id);
-- Partial: counting demonstration records (status bar, banner) must not scan the whole table.
CREATE INDEX service_demonstration ON service(x_demonstration) WHERE x_demonstration = 1;
CREATE TABLE location (
  id TEXT PRIMARY KEY NOT NULL, location_type TEXT, url TEXT, organization_id TEXT, name TEXT,
  alternate_name TEXT, description TEXT, transportation TEXT, latitude REAL, longitude REAL,
  external_identifier TEXT, external_identifier_type TEXT);
CREATE TABLE service_at_location (
  id TEXT PRIMARY KEY NOT NULL, service_id TEXT NOT NULL, location_id TEXT NOT NULL, description TEXT);
CREATE INDEX service_at_location_service ON service_at_location(service_id);
CREATE INDEX service_at_location_location ON service_at_location(location_id);
CREATE TABLE address (
  id TEXT PRIMARY KEY NOT NULL, location_id TEXT, attention TEXT, address_1 TEXT, address_2 TEXT, city TEXT,
  region TEXT, state_province TEXT, postal_code TEXT, country TEXT, address_type TEXT);
CREATE INDEX address_location ON address(location_id);
CREATE TABLE phone (
  id TEXT PRIMARY KEY NOT NULL, location_id TEXT, service_id TEXT, organization_id TEXT, contact_id TEXT,
  service_at_location_id TEXT, number TEXT NOT NULL, extension TEXT, type TEXT, description TEXT);
CREATE INDEX phone_service ON phone(service_id);
CREATE INDEX phone_service_at_location ON phone(service_at_location_id) WHERE service_at_location_id IS NOT NULL;
CREATE TABLE schedule (
  id TEXT PRIMARY KEY NOT NULL, service_id TEXT, location_id TEXT, service_at_location_id TEXT,
  valid_from TEXT, valid_to TEXT, dtstart TEXT, timezone TEXT, until TEXT, count INTEGER, wkst TEXT, freq TEXT,
  interval INTEGER, byday TEXT, byweekno TEXT, bymonthday TEXT, byyearday TEXT, description TEXT,
  opens_at TEXT, closes_at TEXT, schedule_link TEXT, attending_type TEXT, notes TEXT);
CREATE INDEX schedule_service ON schedule(service_id);
-- Partial indexes on mostly-NULL columns: ANALYZE then sees their real selectivity.
CREATE INDEX schedule_service_at_location ON schedule(service_at_location_id)
  WHERE service_at_location_id IS NOT NULL;
CREATE TABLE language (
  id TEXT PRIMARY KEY NOT NULL, service_id TEXT, location_id TEXT, phone_id TEXT, name TEXT, code TEXT, note TEXT);
CREATE INDEX language_service ON language(service_id);
CREATE TABLE service_area (
  id TEXT PRIMARY KEY NOT NULL, service_id TEXT, service_at_location_id TEXT, name TEXT, description TEXT,
  extent TEXT, extent_type TEXT, uri TEXT);
CREATE INDEX service_area_service ON service_area(service_id);
CREATE TABLE taxonomy (
  id TEXT PRIMARY KEY NOT NULL, name TEXT NOT NULL, description TEXT, uri TEXT, version TEXT);
CREATE TABLE taxonomy_term (
  id TEXT PRIMARY KEY NOT NULL, code TEXT, name TEXT NOT NULL, description TEXT, parent_id TEXT, taxonomy TEXT,
  language TEXT, taxonomy_id TEXT, term_uri TEXT);
CREATE TABLE attribute (
  id TEXT PRIMARY KEY NOT NULL, link_id TEXT NOT NULL, taxonomy_term_id TEXT NOT NULL, link_type TEXT,
  link_entity TEXT, value TEXT, label TEXT);
CREATE INDEX attribute_link ON attribute(link_id);
CREATE TABLE cost_option (
  id TEXT PRIMARY KEY NOT NULL, service_id TEXT, valid_from TEXT, valid_to TEXT, option TEXT, currency TEXT,
  amount REAL, amount_description TEXT);
CREATE INDEX cost_option_service ON cost_option(service_id);
CREATE TABLE required_document (
  id TEXT PRIMARY KEY NOT NULL, service_id TEXT, document TEXT, uri TEXT);
CREATE INDEX required_document_service ON required_document(service_id);
CREATE TABLE accessibility (
  id TEXT PRIMARY KEY NOT NULL, location_id TEXT, description TEXT, details TEXT, url TEXT);
CREATE INDEX accessibility_location ON accessibility(location_id);
CREATE TABLE contact (
  id TEXT PRIMARY KEY NOT NULL, organization_id TEXT, service_id TEXT, service_at_location_id TEXT,
  location_id TEXT, name TEXT, title TEXT, department TEXT, email TEXT);
CREATE INDEX contact_service ON contact(service_id);

-- Extension: any text field of any entity in several languages. `entity` is the singular table name.
CREATE TABLE translation (
  entity TEXT NOT NULL, id TEXT NOT NULL, field TEXT NOT NULL, locale TEXT NOT NULL, value TEXT NOT NULL,
  PRIMARY KEY (entity, id, field, locale)) WITHOUT ROWID;

-- Exactly one row: where this directory comes from.
CREATE TABLE bundle_meta (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1), publisher TEXT NOT NULL, sequence INTEGER NOT NULL,
  created TEXT NOT NULL, expires TEXT, hsds_version TEXT, region TEXT, languages TEXT, origin TEXT,
  installed_at TEXT);

-- Derived search tables, rebuilt from the tables above by SearchIndexBuilder.
-- ord: the service's place in the static order (active first, most recently verified, then name): FTS
-- rowids are ords, so the first matches FTS5 yields are already the best within a tier.
CREATE TABLE search_doc (
  ord INTEGER PRIMARY KEY, service_id TEXT NOT NULL UNIQUE, names_folded TEXT NOT NULL);
-- Every folded name of a service (all languages), for the exact-name tier.
CREATE TABLE search_name_key (name_key TEXT NOT NULL, ord INTEGER NOT NULL, PRIMARY KEY (name_key, ord))
  WITHOUT ROWID;
-- Coordinates of every location of a service.
CREATE TABLE search_geo (ord INTEGER NOT NULL, latitude REAL NOT NULL, longitude REAL NOT NULL);
CREATE INDEX search_geo_ord ON search_geo(ord);
-- One row per (facet value, service); replaced in version 2.
CREATE TABLE search_facet (
  kind TEXT NOT NULL, value TEXT NOT NULL, ord INTEGER NOT NULL, PRIMARY KEY (kind, value, ord)) WITHOUT ROWID;
CREATE TABLE search_place (
  kind TEXT NOT NULL, place_key TEXT NOT NULL, name TEXT NOT NULL, latitude REAL, longitude REAL,
  services INTEGER NOT NULL, PRIMARY KEY (kind, place_key)) WITHOUT ROWID;
-- Every term of search_fts, as its tokenizer made them: a word being typed past the prefix indexes' three
-- letters is expanded into the few terms it begins (SearchEngine::prefixTerms).
CREATE TABLE search_term (term TEXT PRIMARY KEY NOT NULL) WITHOUT ROWID;
CREATE VIRTUAL TABLE search_fts USING fts5(
  name, alt, place, body, facets, content='', detail=column, prefix='1 2 3',
  tokenize='unicode61 remove_diacritics 0');
)SQL";

// Version 2: search_facet keeps one row per facet value, with how many services carry it and their ords
// (search/OrdList.h), instead of a row per value and service: the index build writes a few thousand rows
// instead of a million, and FacetCounter reads them in milliseconds instead of seconds. Derived data: a
// directory upgraded from version 1 has its search index rebuilt (DirectoryStore).
const char* const kSchemaV2 = R"SQL(
DROP TABLE search_facet;
CREATE TABLE search_facet (
  kind TEXT NOT NULL, value TEXT NOT NULL, services INTEGER NOT NULL, ords BLOB NOT NULL,
  UNIQUE (kind, value));
)SQL";

} // namespace

const char* const* hsdsTableNames()
{
    static const char* const names[] = {
        "organization",  "program",       "service",   "location",    "service_at_location",
        "address",       "phone",         "schedule",  "language",    "service_area",
        "taxonomy",      "taxonomy_term", "attribute", "cost_option", "required_document",
        "accessibility", "contact",       nullptr};
    return names;
}

Status migrateDirectorySchema(db::Connection& connection)
{
    const int applicationId = connection.applicationId();
    const int version = connection.userVersion();
    if (applicationId != 0 && applicationId != kDirectoryApplicationId)
        return Error::unreadable(QStringLiteral("%1 is not a Pathways directory").arg(connection.path()));
    if (version > kDirectorySchemaVersion)
        return Error::unreadable(
            QStringLiteral("%1 was written by a newer Pathways (schema %2, this build reads up to %3)")
                .arg(connection.path())
                .arg(version)
                .arg(kDirectorySchemaVersion));
    if (version == kDirectorySchemaVersion)
        return {};
    if (applicationId == 0 && connection.queryInt(QStringLiteral("SELECT count(*) FROM sqlite_schema")) > 0)
        return Error::unreadable(QStringLiteral("%1 is not a Pathways directory").arg(connection.path()));

    db::Transaction transaction(connection);
    if (version < 1)
        connection.execute(QString::fromUtf8(kSchemaV1));
    if (version < 2)
        connection.execute(QString::fromUtf8(kSchemaV2));
    // Each later step: `if (version < N) connection.execute(kSchemaVN);`, all in the same transaction.
    connection.setApplicationId(kDirectoryApplicationId);
    connection.setUserVersion(kDirectorySchemaVersion);
    transaction.commit();
    return {};
}

} // namespace pathways::directory
