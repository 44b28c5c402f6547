#include "Vocabulary.h"

#include "Rng.h"

#include <set>

namespace pathways::bench {

namespace {

// Real words, roughly most frequent first: the Zipf head. No commas, quotes or apostrophes, so the CSV
// stays simple and FTS tokens are whole words.
const char* const kEnglish[] = {
    "legal",        "aid",         "help",          "support",       "centre",
    "counselling",  "information", "refugees",      "migrants",      "women",
    "children",     "family",      "shelter",       "housing",       "health",
    "care",         "clinic",      "doctor",        "psychological", "psychosocial",
    "language",     "course",      "school",        "education",     "employment",
    "work",         "job",         "training",      "integration",   "hotline",
    "advice",       "rights",      "asylum",        "protection",    "safe",
    "space",        "emergency",   "food",          "meals",         "clothes",
    "community",    "volunteer",   "mediation",     "intercultural", "interpretation",
    "translation",  "trafficking", "violence",      "survivors",     "gender",
    "young",        "youth",       "adults",        "elderly",       "day",
    "night",        "free",        "mobile",        "team",          "office",
    "point",        "desk",        "service",       "programme",     "group",
    "activities",   "social",      "welfare",       "benefits",      "documents",
    "registration", "temporary",   "reunification", "return",        "voluntary",
    "medical",      "dental",      "pharmacy",      "therapy",       "trauma",
    "crisis",       "line",        "phone",         "online",        "visits",
    "outreach",     "street",      "local",         "regional",      "national",
    "people",       "persons",     "ukraine",       "ukrainian",     "slovenia",
    "city",         "town",        "open",          "weekly",        "daily",
    "evening",      "morning"};

const char* const kSlovenian[] = {
    "pravna",       "pomoč",        "svetovanje",    "podpora",     "center",      "dnevni",
    "informacije",  "begunci",      "migranti",      "ženske",      "otroci",      "družina",
    "zatočišče",    "nastanitev",   "zdravje",       "zdravstvena", "oskrba",      "ambulanta",
    "zdravnik",     "psihološka",   "psihosocialna", "jezik",       "tečaj",       "tečaji",
    "slovenščina",  "šola",         "izobraževanje", "zaposlitev",  "delo",        "usposabljanje",
    "vključevanje", "telefon",      "nasvet",        "pravice",     "azil",        "zaščita",
    "varen",        "prostor",      "nujna",         "hrana",       "obroki",      "oblačila",
    "skupnost",     "prostovoljci", "mediacija",     "medkulturna", "tolmačenje",  "prevajanje",
    "trgovina",     "ljudmi",       "nasilje",       "žrtve",       "mladi",       "mladostniki",
    "odrasli",      "starejši",     "noč",           "brezplačno",  "mobilna",     "ekipa",
    "pisarna",      "točka",        "storitev",      "program",     "skupina",     "dejavnosti",
    "socialna",     "dokumenti",    "registracija",  "začasna",     "združevanje", "vrnitev",
    "prostovoljna", "zdravstvo",    "zobozdravnik",  "lekarna",     "terapija",    "travma",
    "kriza",        "spletno",      "obiski",        "terenska",    "ulica",       "lokalna",
    "državna",      "osebe",        "ukrajina",      "mesto",       "odprto",      "tedensko",
    "dnevno",       "zvečer",       "zjutraj",       "društvo",     "zavod",       "življenje",
    "šolanje",      "človekove"};

const char* const kUkrainian[] = {
    "правова",    "допомога",   "консультація", "підтримка",   "центр",        "денний",
    "інформація", "біженці",    "мігранти",     "жінки",       "діти",         "родина",
    "притулок",   "житло",      "медична",      "лікар",       "психологічна", "психосоціальна",
    "мова",       "курси",      "українська",   "школа",       "освіта",       "працевлаштування",
    "робота",     "навчання",   "інтеграція",   "гаряча",      "лінія",        "телефон",
    "порада",     "права",      "захист",       "безпечний",   "простір",      "екстрена",
    "їжа",        "одяг",       "громада",      "волонтери",   "медіація",     "переклад",
    "торгівля",   "людьми",     "насильство",   "постраждалі", "молодь",       "дорослі",
    "літні",      "ніч",        "безкоштовно",  "мобільна",    "команда",      "офіс",
    "пункт",      "послуга",    "програма",     "група",       "соціальна",    "документи",
    "реєстрація", "тимчасовий", "повернення",   "добровільне", "аптека",       "терапія",
    "травма",     "криза",      "онлайн",       "візити",      "вулиця",       "місцева",
    "обласна",    "люди",       "україна",      "місто",       "відкрито",     "щотижня",
    "щодня",      "ввечері",    "вранці",       "фонд",        "організація",  "переселенці",
    "евакуація",  "гуманітарна"};

const char* const kOrganisationWords[3][8] = {
    {"association", "foundation", "institute", "network", "society", "initiative", "union", "council"},
    {"društvo", "zavod", "fundacija", "mreža", "zveza", "pobuda", "inštitut", "center"},
    {"фонд", "асоціація", "мережа", "спілка", "ініціатива", "товариство", "інститут", "рада"}};

// Letters per language for the made-up tail; two-byte UTF-8 letters (č, ш) give realistic byte lengths.
const char* const kConsonants[3][18] = {
    {"b", "c", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "j"},
    {"b", "c", "č", "d", "g", "h", "k", "l", "m", "n", "p", "r", "s", "š", "t", "v", "z", "ž"},
    {"б", "в", "г", "д", "ж", "з", "к", "л", "м", "н", "п", "р", "с", "т", "ф", "х", "ч", "ш"}};
const char* const kVowels[3][6] = {
    {"a", "e", "i", "o", "u", "y"}, {"a", "e", "i", "o", "u", "a"}, {"а", "е", "и", "і", "о", "у"}};

template <size_t N> std::vector<std::string> head(const char* const (&words)[N])
{
    return std::vector<std::string>(std::begin(words), std::end(words));
}

} // namespace

Vocabulary::Vocabulary(unsigned long long seed, int tailWords)
{
    m_words[English] = head(kEnglish);
    m_words[Slovenian] = head(kSlovenian);
    m_words[Ukrainian] = head(kUkrainian);
    Rng rng(seed ^ 0x5EEDF00DULL);
    for (int language = 0; language < kLanguages; ++language) {
        auto& list = m_words[static_cast<size_t>(language)];
        m_headSize[static_cast<size_t>(language)] = static_cast<int>(list.size());
        std::set<std::string> seen(list.cbegin(), list.cend());
        while (static_cast<int>(list.size()) < m_headSize[static_cast<size_t>(language)] + tailWords) {
            std::string word;
            const int syllables = rng.between(2, 4);
            for (int s = 0; s < syllables; ++s) {
                word += kConsonants[language][rng.between(0, 17)];
                word += kVowels[language][rng.between(0, 5)];
            }
            if (rng.chance(0.3))
                word += kConsonants[language][rng.between(0, 17)];
            if (seen.insert(word).second)
                list.push_back(word);
        }
        // s = 1.0 over the whole list: the top word is in roughly one description word of ten.
        m_samplers.emplace_back(static_cast<int>(list.size()), 1.0);
        m_nameSamplers.emplace_back(m_headSize[static_cast<size_t>(language)], 0.8);
    }
}

const std::string& Vocabulary::word(Language language, Rng& rng) const
{
    return m_words[language][static_cast<size_t>(m_samplers[static_cast<size_t>(language)].sample(rng))];
}

const std::string& Vocabulary::nameWord(Language language, Rng& rng) const
{
    return m_words[language][static_cast<size_t>(m_nameSamplers[static_cast<size_t>(language)].sample(rng))];
}

const std::string& Vocabulary::organisationWord(Language language, Rng& rng) const
{
    static const std::array<std::vector<std::string>, kLanguages> words = [] {
        std::array<std::vector<std::string>, kLanguages> result;
        for (size_t l = 0; l < kLanguages; ++l)
            result[l] =
                std::vector<std::string>(std::begin(kOrganisationWords[l]), std::end(kOrganisationWords[l]));
        return result;
    }();
    return words[language][static_cast<size_t>(rng.between(0, 7))];
}

} // namespace pathways::bench
