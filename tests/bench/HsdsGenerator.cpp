#include "HsdsGenerator.h"

#include "CsvWriter.h"
#include "PlaceList.h"
#include "Rng.h"
#include "Vocabulary.h"

#include <QDir>
#include <QString>
#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <stdexcept>
#include <vector>

namespace pathways::bench {

namespace {

const char* const kSource = "synthetic benchmark data";

const char* const kCategories[] = {"legal-aid",
                                   "psychosocial-support",
                                   "health-care",
                                   "language-course",
                                   "shelter",
                                   "daily-centre",
                                   "employment",
                                   "education",
                                   "hotline",
                                   "child-protection",
                                   "gbv-support",
                                   "blue-dot",
                                   "intercultural-mediation",
                                   "anti-trafficking",
                                   "family-reunification",
                                   "voluntary-return",
                                   "lgbtiq-support"};
const char* const kAudiences[] = {
    "refugees", "temporary-protection", "migrants",      "asylum-seekers",      "women",
    "children", "unaccompanied-minors", "gbv-survivors", "trafficking-victims", "uninsured",
    "lgbtiq"};
// Category names in sl and uk (translations.csv) for the most common categories.
const char* const kTermTranslations[][3] = {
    {"legal-aid", "Pravna pomoč", "Правова допомога"},
    {"psychosocial-support", "Psihosocialna podpora", "Психосоціальна підтримка"},
    {"health-care", "Zdravstvena oskrba", "Медична допомога"},
    {"language-course", "Jezikovni tečaj", "Мовні курси"},
    {"shelter", "Zatočišče", "Притулок"},
    {"hotline", "Telefon za pomoč", "Гаряча лінія"}};
const char* const kLanguages[][2] = {
    {"en", "English"},   {"sl", "Slovenian"}, {"uk", "Ukrainian"}, {"ru", "Russian"},  {"ar", "Arabic"},
    {"fa", "Persian"},   {"ps", "Pashto"},    {"hr", "Croatian"},  {"sr", "Serbian"},  {"bs", "Bosnian"},
    {"sq", "Albanian"},  {"tr", "Turkish"},   {"fr", "French"},    {"de", "German"},   {"it", "Italian"},
    {"hu", "Hungarian"}, {"ro", "Romanian"},  {"ur", "Urdu"},      {"ti", "Tigrinya"}, {"es", "Spanish"}};

std::string id(const char* prefix, long long number)
{
    char text[32];
    std::snprintf(text, sizeof text, "%s-%07lld", prefix, number);
    return text;
}

std::string termName(const char* code)
{
    std::string name(code);
    std::replace(name.begin(), name.end(), '-', ' ');
    name[0] = static_cast<char>(name[0] - 'a' + 'A');
    return name;
}

std::string capitalised(const std::string& word)
{
    std::string result = word;
    if (!result.empty() && result[0] >= 'a' && result[0] <= 'z')
        result[0] = static_cast<char>(result[0] - 'a' + 'A');
    return result;
}

// Draws `count` distinct indexes from a Zipf sampler (small counts: a linear check is enough).
std::vector<int> distinct(const ZipfSampler& sampler, int count, Rng& rng)
{
    std::vector<int> picked;
    while (static_cast<int>(picked.size()) < std::min(count, sampler.size())) {
        const int value = sampler.sample(rng);
        if (std::find(picked.cbegin(), picked.cend(), value) == picked.cend())
            picked.push_back(value);
    }
    return picked;
}

struct OrgLocation
{
    std::string id;
    const Place* place;
};

class Writer
{
public:
    Writer(const HsdsGenerator::Options& options, const std::string& dir)
        : m_options(options), m_rng(options.seed), m_vocabulary(options.seed, 6000),
          m_categorySampler(static_cast<int>(std::size(kCategories)), 0.7),
          m_audienceSampler(static_cast<int>(std::size(kAudiences)), 0.7),
          m_languageSampler(static_cast<int>(std::size(kLanguages)), 1.2),
          m_organizations(dir + "/organizations.csv",
                          "id,name,alternate_name,description,x_source,x_demonstration"),
          m_services(dir + "/services.csv",
                     "id,organization_id,name,alternate_name,description,status,"
                     "eligibility_description,assured_date,last_modified,x_source,x_demonstration"),
          m_locations(dir + "/locations.csv", "id,location_type,organization_id,name,latitude,longitude"),
          m_addresses(dir + "/addresses.csv", "id,location_id,city,region,country,address_type"),
          m_serviceAtLocation(dir + "/service_at_location.csv", "id,service_id,location_id"),
          m_taxonomies(dir + "/taxonomies.csv", "id,name,description"),
          m_terms(dir + "/taxonomy_terms.csv", "id,code,name,taxonomy_id"),
          m_attributes(dir + "/attributes.csv", "id,link_id,taxonomy_term_id,link_type,link_entity"),
          m_languages(dir + "/languages.csv", "id,service_id,name,code"),
          m_costs(dir + "/cost_options.csv", "id,service_id,option,amount,currency"),
          m_schedules(dir + "/schedules.csv", "id,service_id,freq,byday,opens_at,closes_at,timezone"),
          m_translations(dir + "/translations.csv", "entity,id,field,locale,value")
    {
    }

    void writeAll()
    {
        writeTaxonomies();
        const long long services = m_options.services;
        const long long organisations = std::max(1LL, services / 5);
        long long next = 1;
        for (long long org = 1; org <= organisations; ++org) {
            // The last organisation takes the remainder so exactly `services` are written.
            const long long count =
                org == organisations ? services - next + 1 : std::min(5LL, services - next + 1);
            const std::vector<OrgLocation> locations = writeOrganisation(org);
            for (long long i = 0; i < count; ++i)
                writeService(next++, org, locations);
        }
    }

    std::map<std::string, long long> rows() const
    {
        return {{"organizations.csv", m_organizations.rows()},
                {"services.csv", m_services.rows()},
                {"locations.csv", m_locations.rows()},
                {"addresses.csv", m_addresses.rows()},
                {"service_at_location.csv", m_serviceAtLocation.rows()},
                {"taxonomies.csv", m_taxonomies.rows()},
                {"taxonomy_terms.csv", m_terms.rows()},
                {"attributes.csv", m_attributes.rows()},
                {"languages.csv", m_languages.rows()},
                {"cost_options.csv", m_costs.rows()},
                {"schedules.csv", m_schedules.rows()},
                {"translations.csv", m_translations.rows()}};
    }

private:
    Vocabulary::Language primaryLanguage(bool ukraine)
    {
        // Ukrainian places lean to Ukrainian text, Slovenian ones to Slovenian; English everywhere.
        const double u = m_rng.unit();
        if (ukraine)
            return u < 0.55 ? Vocabulary::Ukrainian : u < 0.9 ? Vocabulary::English : Vocabulary::Slovenian;
        return u < 0.45 ? Vocabulary::Slovenian : u < 0.9 ? Vocabulary::English : Vocabulary::Ukrainian;
    }

    std::string name(Vocabulary::Language language, int minWords, int maxWords)
    {
        std::vector<const std::string*> picked;
        const int words = m_rng.between(minWords, maxWords);
        for (int tries = 0; static_cast<int>(picked.size()) < words && tries < 20; ++tries) {
            const std::string* word = &m_vocabulary.nameWord(language, m_rng);
            // "Help help centre" reads like a bug; a name repeats no word.
            if (std::find(picked.cbegin(), picked.cend(), word) == picked.cend())
                picked.push_back(word);
        }
        std::string text;
        for (const std::string* word : picked) {
            if (!text.empty())
                text += ' ';
            text += text.empty() ? capitalised(*word) : *word;
        }
        return text;
    }

    std::string description(Vocabulary::Language language, int minWords, int maxWords)
    {
        std::string text;
        const int words = m_rng.between(minWords, maxWords);
        for (int w = 0; w < words; ++w) {
            // One word in five comes from another language: mixed-language texts are normal here.
            auto wordLanguage = language;
            if (m_rng.chance(0.2))
                wordLanguage =
                    static_cast<Vocabulary::Language>(m_rng.between(0, Vocabulary::kLanguages - 1));
            if (w > 0)
                text += (w % 9 == 0) ? ". " : " ";
            text += m_vocabulary.word(wordLanguage, m_rng);
        }
        text += '.';
        return text;
    }

    void writeTaxonomies()
    {
        m_taxonomies.field("tax-pathways-category")
            .field("pathways-category")
            .field("What a service offers")
            .endRow();
        m_taxonomies.field("tax-pathways-audience")
            .field("pathways-audience")
            .field("Who a service is for")
            .endRow();
        for (const char* code : kCategories)
            m_terms.field(std::string("term-cat-") + code)
                .field(code)
                .field(termName(code))
                .field("tax-pathways-category")
                .endRow();
        for (const char* code : kAudiences)
            m_terms.field(std::string("term-aud-") + code)
                .field(code)
                .field(termName(code))
                .field("tax-pathways-audience")
                .endRow();
        for (const auto& [code, sl, uk] : kTermTranslations) {
            m_translations.field("taxonomy_term")
                .field(std::string("term-cat-") + code)
                .field("name")
                .field("sl")
                .field(sl)
                .endRow();
            m_translations.field("taxonomy_term")
                .field(std::string("term-cat-") + code)
                .field("name")
                .field("uk")
                .field(uk)
                .endRow();
        }
    }

    std::vector<OrgLocation> writeOrganisation(long long org)
    {
        const std::string orgId = id("org", org);
        const Place& home = m_places.sample(m_rng);
        const auto language = primaryLanguage(home.ukraine);
        std::string orgName = name(language, 1, 2) + ' ' + m_vocabulary.organisationWord(language, m_rng);
        if (m_rng.chance(0.4))
            orgName += std::string(" ") + home.name;
        m_organizations.field(orgId)
            .field(orgName)
            .field(m_rng.chance(0.2) ? id("ORG", org) : std::string())
            .field(description(language, 6, 14))
            .field(kSource)
            .field("true")
            .endRow();

        std::vector<OrgLocation> locations;
        const int count = m_rng.chance(0.6) ? 1 : m_rng.between(2, 3);
        for (int i = 0; i < count; ++i) {
            // The first location is in the home town, others anywhere (branches).
            const Place& place = i == 0 ? home : m_places.sample(m_rng);
            const std::string locationId = id("loc", ++m_locationCount);
            m_locations.field(locationId)
                .field("physical")
                .field(orgId)
                .field(std::string(place.name) + " site " + std::to_string(i + 1))
                .field(place.latitude + (m_rng.unit() - 0.5) * 0.06, 5)
                .field(place.longitude + (m_rng.unit() - 0.5) * 0.08, 5)
                .endRow();
            m_addresses.field(id("addr", m_locationCount))
                .field(locationId)
                .field(place.name)
                .field(place.region)
                .field(place.ukraine ? "UA" : "SI")
                .field("physical")
                .endRow();
            locations.push_back({locationId, &place});
        }
        return locations;
    }

    void writeService(long long number, long long org, const std::vector<OrgLocation>& locations)
    {
        const std::string serviceId = id("svc", number);
        const Place& place = *locations.front().place;
        const auto language = primaryLanguage(place.ukraine);
        std::string serviceName = name(language, 2, 4);
        if (m_rng.chance(0.35))
            serviceName += std::string(" ") + place.name;
        char assured[16] = "";
        if (m_rng.chance(0.85))
            std::snprintf(assured, sizeof assured, "%04d-%02d-%02d", m_rng.between(2024, 2026),
                          m_rng.between(1, 12), m_rng.between(1, 28));
        m_services.field(serviceId)
            .field(id("org", org))
            .field(serviceName)
            .field(m_rng.chance(0.1) ? name(language, 1, 2) : std::string())
            .field(description(language, m_options.descriptionMinWords, m_options.descriptionMaxWords))
            .field(m_rng.chance(0.96) ? "active" : "inactive")
            .field(m_rng.chance(0.2) ? description(language, 3, 8) : std::string())
            .field(assured)
            .field("2026-11-01")
            .field(kSource)
            .field("true")
            .endRow();

        const int sites = locations.size() > 1 && m_rng.chance(0.4) ? 2 : 1;
        for (int i = 0; i < sites; ++i)
            m_serviceAtLocation.field(id("sal", ++m_salCount))
                .field(serviceId)
                .field(locations[static_cast<size_t>(i)].id)
                .endRow();

        for (const int c : distinct(m_categorySampler, m_rng.between(1, 3), m_rng))
            m_attributes.field(id("attr", ++m_attributeCount))
                .field(serviceId)
                .field(std::string("term-cat-") + kCategories[c])
                .field("category")
                .field("service")
                .endRow();
        for (const int a : distinct(m_audienceSampler, m_rng.between(0, 2), m_rng))
            m_attributes.field(id("attr", ++m_attributeCount))
                .field(serviceId)
                .field(std::string("term-aud-") + kAudiences[a])
                .field("audience")
                .field("service")
                .endRow();
        for (const int l : distinct(m_languageSampler, m_rng.between(1, 3), m_rng))
            m_languages.field(id("lang", ++m_languageCount))
                .field(serviceId)
                .field(kLanguages[l][1])
                .field(kLanguages[l][0])
                .endRow();

        if (m_rng.chance(0.45)) {
            const bool free = m_rng.chance(0.65);
            m_costs.field(id("cost", ++m_costCount))
                .field(serviceId)
                .field(free ? "Free of charge" : "Fee")
                .field(free ? 0LL : static_cast<long long>(m_rng.between(5, 300)))
                .field(place.ukraine ? "UAH" : "EUR")
                .endRow();
        }
        if (m_rng.chance(m_options.scheduledShare))
            writeSchedule(serviceId, place.ukraine ? "Europe/Kyiv" : "Europe/Ljubljana");
        if (m_rng.chance(m_options.translatedShare)) {
            m_translations.field("service")
                .field(serviceId)
                .field("name")
                .field("sl")
                .field(name(Vocabulary::Slovenian, 2, 4))
                .endRow();
            m_translations.field("service")
                .field(serviceId)
                .field("name")
                .field("uk")
                .field(name(Vocabulary::Ukrainian, 2, 4))
                .endRow();
        }
    }

    void schedule(const std::string& serviceId, const char* freq, const char* byday, const char* opens,
                  const char* closes, const char* zone)
    {
        m_schedules.field(id("sched", ++m_scheduleCount))
            .field(serviceId)
            .field(freq)
            .field(byday)
            .field(opens)
            .field(closes)
            .field(zone)
            .endRow();
    }

    void writeSchedule(const std::string& serviceId, const char* zone)
    {
        const double kind = m_rng.unit();
        if (kind < 0.08) {
            schedule(serviceId, "DAILY", "", "00:00", "00:00", zone); // 24/7
        } else if (kind < 0.2) {
            // Overnight: opens in the evening, closes the next morning.
            schedule(serviceId, "WEEKLY", m_rng.chance(0.5) ? "FR,SA" : "MO,TU,WE,TH,FR,SA,SU", "20:00",
                     "07:00", zone);
        } else {
            static const char* const kOpens[] = {"08:00", "09:00", "10:00"};
            static const char* const kCloses[] = {"14:00", "15:00", "16:00", "17:00", "18:00"};
            schedule(serviceId, "WEEKLY", m_rng.chance(0.8) ? "MO,TU,WE,TH,FR" : "MO,WE,FR",
                     kOpens[m_rng.between(0, 2)], kCloses[m_rng.between(0, 4)], zone);
            if (m_rng.chance(0.3))
                schedule(serviceId, "WEEKLY", "SA", "09:00", "13:00", zone);
        }
    }

    const HsdsGenerator::Options& m_options;
    Rng m_rng;
    Vocabulary m_vocabulary;
    PlaceList m_places;
    ZipfSampler m_categorySampler;
    ZipfSampler m_audienceSampler;
    ZipfSampler m_languageSampler;
    CsvWriter m_organizations, m_services, m_locations, m_addresses, m_serviceAtLocation, m_taxonomies,
        m_terms, m_attributes, m_languages, m_costs, m_schedules, m_translations;
    long long m_locationCount = 0, m_salCount = 0, m_attributeCount = 0, m_languageCount = 0, m_costCount = 0,
              m_scheduleCount = 0;
};

} // namespace

HsdsGenerator::HsdsGenerator(Options options) : m_options(std::move(options)) {}

HsdsGenerator::Summary HsdsGenerator::run()
{
    const auto start = std::chrono::steady_clock::now();
    if (m_options.services < 1)
        throw std::runtime_error("--services must be at least 1");
    if (!QDir().mkpath(QString::fromStdString(m_options.folder)))
        throw std::runtime_error("cannot create " + m_options.folder);
    Summary summary;
    {
        Writer writer(m_options, m_options.folder);
        writer.writeAll();
        summary.rows = writer.rows();
    } // files are flushed and closed here
    summary.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return summary;
}

} // namespace pathways::bench
