#include "SearchFixture.h"

#include "db/Connection.h"
#include "store/DirectoryStore.h"

#include <QTimeZone>
#include <stdexcept>

namespace pathways::test {

namespace {

// Services, each there to prove one behaviour:
//   s-legal      name match for "legal aid", free, Mon-Fri 09-17 Ljubljana, sl+en, refugees
//   s-mention    mentions legal aid deep in its description only, Maribor, uk
//   s-psych      Ukrainian name "Психолог для дітей", Kyiv, overnight Fri 22:00-02:00 Kyiv time, children
//   s-kljuc      organisation "Kljuc" without diacritics, Koper, anti-trafficking, women
//   s-hotline    24/7 hotline without a location
//   s-course     a paid language course in Ljubljana (amount 50)
//   s-expired    Ljubljana, schedule valid only in 2020
//   s-twin-a/b   two services with the same name: the static order (verified date) decides
const char* const kOrganizations = R"(id,name,description
o-pc,Pravni center,Legal information centre
o-ngo,Community NGO,A community organisation
o-kljuc,Kljuc,Association against trafficking
o-ua,Центр допомоги,Help centre in Kyiv
)";

const char* const kServices = R"(id,organization_id,name,alternate_name,description,assured_date,status
s-legal,o-pc,Legal aid for refugees,,"Free legal counselling on asylum procedures.",2026-10-01,active
s-mention,o-ngo,Community kitchen,,"Warm meals every day. Staff can also refer you to legal aid providers in the city.",2026-09-01,active
s-psych,o-ua,Психолог для дітей,,Психологічна допомога дітям.,2026-08-01,active
s-kljuc,o-kljuc,Counselling for survivors,,Support for women who survived trafficking.,2026-07-01,active
s-hotline,o-ngo,National hotline,,Round-the-clock hotline.,2026-06-01,active
s-course,o-ngo,Slovene language course,,Evening classes.,2026-05-01,active
s-expired,o-ngo,Winter shelter,,Night shelter,2026-04-01,active
s-twin-a,o-ngo,Info point,,"Information desk, older check",2025-01-01,active
s-twin-b,o-ngo,Info point,,"Information desk, newer check",2026-01-01,active
)";

const char* const kLocations = R"(id,name,latitude,longitude
l-lj,Ljubljana office,46.0511,14.5051
l-mb,Maribor office,46.5547,15.6467
l-kyiv,Kyiv office,50.4501,30.5234
l-kp,Koper office,45.5481,13.7302
)";

const char* const kAddresses = R"(id,location_id,city,region,country
a-lj,l-lj,Ljubljana,Central Slovenia,SI
a-mb,l-mb,Maribor,Drava,SI
a-kyiv,l-kyiv,Київ,Kyiv Oblast,UA
a-kp,l-kp,Koper,Coastal–Karst,SI
)";

const char* const kServiceAtLocation = R"(id,service_id,location_id
sl1,s-legal,l-lj
sl2,s-mention,l-mb
sl3,s-psych,l-kyiv
sl4,s-kljuc,l-kp
sl5,s-course,l-lj
sl6,s-expired,l-lj
sl7,s-twin-a,l-mb
sl8,s-twin-b,l-mb
)";

const char* const kTaxonomies = R"(id,name
t-cat,pathways-category
t-aud,pathways-audience
)";

const char* const kTerms = R"(id,code,name,taxonomy_id
c-legal,legal-aid,Legal aid,t-cat
c-daily,daily-centre,Daily centre,t-cat
c-psych,psychosocial-support,Psychosocial support,t-cat
c-traf,anti-trafficking,Anti-trafficking,t-cat
c-hot,hotline,Hotline,t-cat
c-lang,language-course,Language course,t-cat
c-shelter,shelter,Shelter,t-cat
a-ref,refugees,Refugees,t-aud
a-chi,children,Children,t-aud
a-wom,women,Women,t-aud
)";

const char* const kAttributes = R"(id,link_id,taxonomy_term_id,link_entity
at1,s-legal,c-legal,service
at2,s-legal,a-ref,service
at3,s-mention,c-daily,service
at4,s-psych,c-psych,service
at5,s-psych,a-chi,service
at6,s-kljuc,c-traf,service
at7,s-kljuc,a-wom,service
at8,s-hotline,c-hot,service
at9,s-course,c-lang,service
at10,s-expired,c-shelter,service
at11,s-twin-a,c-daily,service
at12,s-twin-b,c-daily,service
)";

const char* const kLanguages = R"(id,service_id,name,code
lg1,s-legal,Slovenian,sl
lg2,s-legal,English,en
lg3,s-mention,Ukrainian,uk
lg4,s-psych,Ukrainian,ukr
)";

const char* const kCosts = R"(id,service_id,option,amount,currency
co1,s-legal,Free of charge,0,EUR
co2,s-course,Course fee,50,EUR
)";

const char* const kSchedules = R"(id,service_id,freq,byday,opens_at,closes_at,timezone,valid_from,valid_to
sc1,s-legal,WEEKLY,"MO,TU,WE,TH,FR",09:00,17:00,Europe/Ljubljana,,
sc2,s-psych,WEEKLY,FR,22:00,02:00,Europe/Kyiv,,
sc3,s-hotline,DAILY,,00:00,00:00,Europe/Ljubljana,,
sc4,s-expired,DAILY,,18:00,08:00,Europe/Ljubljana,2020-01-01,2020-03-31
)";

const char* const kTranslations = R"(entity,id,field,locale,value
service,s-legal,name,sl,Pravna pomoč za begunce
service,s-legal,name,uk,Правова допомога для біженців
)";

} // namespace

SearchFixture::SearchFixture()
{
    const QString folder = m_dir.file(QStringLiteral("hsds"));
    const std::pair<const char*, const char*> files[] = {
        {"organizations.csv", kOrganizations},
        {"services.csv", kServices},
        {"locations.csv", kLocations},
        {"addresses.csv", kAddresses},
        {"service_at_location.csv", kServiceAtLocation},
        {"taxonomies.csv", kTaxonomies},
        {"taxonomy_terms.csv", kTerms},
        {"attributes.csv", kAttributes},
        {"languages.csv", kLanguages},
        {"cost_options.csv", kCosts},
        {"schedules.csv", kSchedules},
        {"translations.csv", kTranslations},
    };
    for (const auto& [name, content] : files)
        m_dir.write(QStringLiteral("hsds/") + QLatin1String(name), QByteArray(content));
    install(folder);
}

SearchFixture::SearchFixture(const QString& hsdsFolder)
{
    install(hsdsFolder);
}

QString SearchFixture::embeddedFolder()
{
    return QStringLiteral(PATHWAYS_SOURCE_DIR "/resources/default-directory");
}

void SearchFixture::install(const QString& folder)
{

    store::DirectoryStore store(directory::DataFolder(m_dir.file(QStringLiteral("data"))));
    store::DirectoryOrigin origin;
    origin.publisher = QStringLiteral("Test publisher");
    origin.sequence = 1;
    origin.created = QStringLiteral("2026-11-01T00:00:00Z");
    const auto outcome = store.importHsdsFolder(folder, origin);
    if (!outcome.installed)
        throw std::runtime_error(outcome.error.toStdString());
    m_connection = std::make_unique<db::Connection>(store.data().installedDatabasePath(),
                                                    db::Connection::Mode::ReadOnly);
    m_engine = std::make_unique<search::SearchEngine>(*m_connection, QTimeZone("Europe/Ljubljana"));
}

SearchFixture::~SearchFixture() = default;

QStringList SearchFixture::ids(const search::SearchQuery& query)
{
    QStringList result;
    for (const auto& hit : m_engine->search(query).hits)
        result << hit.serviceId;
    return result;
}

QStringList SearchFixture::ids(const QString& text)
{
    search::SearchQuery query;
    query.text = text;
    return ids(query);
}

} // namespace pathways::test
