#include "search/TierWalk.h"

#include "db/Connection.h"
#include "db/DatabaseError.h"
#include "db/Statement.h"
#include "search/MatchExpression.h"

#include <algorithm>
#include <limits>
#include <sqlite3.h>

namespace pathways::search {

namespace {

constexpr const char* kPointerType = "pathways_tiered_expression";
// Columns of search_fts (DirectorySchema): name, alt, place, body, facets.
constexpr unsigned kNameColumn = 1u << 0;
constexpr unsigned kNameOrAltColumns = kNameColumn | 1u << 1;
constexpr unsigned kTextColumns = kNameOrAltColumns | 1u << 2 | 1u << 3;
constexpr unsigned kFacetsColumn = 1u << 4;

fts5_api* fts5ApiOf(sqlite3* db)
{
    fts5_api* api = nullptr;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    return api;
}

// The columns of search_fts in which a phrase of the query occurs in the current row (none: 0).
unsigned columnsOf(const Fts5ExtensionApi* api, Fts5Context* fts, int phrase)
{
    Fts5PhraseIter it;
    int column = -1;
    unsigned columns = 0;
    if (api->xPhraseFirstColumn(fts, phrase, &it, &column) != SQLITE_OK)
        return 0;
    for (; column >= 0; api->xPhraseNextColumn(fts, &it, &column))
        columns |= 1u << column;
    return columns;
}

// pathways_tiers(search_fts, expression): the TierWalk::Tier bits of the current row. Each word stops at
// its first phrase found in a name: that meets every tier for it.
void tiersOfRow(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* context, int argc,
                sqlite3_value** argv)
{
    const auto* expression =
        argc == 1 ? static_cast<const TieredExpression*>(sqlite3_value_pointer(argv[0], kPointerType))
                  : nullptr;
    if (!expression || api->xPhraseCount(fts) != expression->phraseCount ||
        expression->words.size() > MatchExpression::kMaxTokens) {
        sqlite3_result_error(context, "pathways_tiers: the expression does not match the query", -1);
        return;
    }
    if (expression->tiersKnown) {
        sqlite3_result_int(context, 0);
        return;
    }
    // Every service the expression matches is in the loosest tier: each word matched somewhere.
    unsigned tiers = TierWalk::Name | TierWalk::NameOrOrganisation | TierWalk::Anywhere |
                     TierWalk::LooseName | TierWalk::LooseNameOrOrganisation | TierWalk::LooseAnywhere;
    unsigned strict[MatchExpression::kMaxTokens] = {};
    const qsizetype words = std::min<qsizetype>(expression->words.size(), MatchExpression::kMaxTokens);
    for (qsizetype w = 0; w < words; ++w) {
        const TieredExpression::Word& word = expression->words.at(w);
        for (int phrase = word.firstPhrase, end = phrase + word.strictPhrases;
             phrase < end && !(strict[w] & kNameColumn); ++phrase)
            strict[w] |= columnsOf(api, fts, phrase) & kTextColumns;
        if (!(strict[w] & kNameColumn))
            tiers &= ~unsigned(TierWalk::Name);
        if (!(strict[w] & kNameOrAltColumns))
            tiers &= ~unsigned(TierWalk::NameOrOrganisation);
        if (!strict[w])
            tiers &= ~unsigned(TierWalk::Anywhere);
    }
    // A service in the strict anywhere tier is never asked about in the loose tiers: they are asked only
    // when that tier took every such service (TierWalk::select). Its loose columns are left unread.
    if (tiers & TierWalk::Anywhere) {
        sqlite3_result_int(context, static_cast<int>(tiers));
        return;
    }
    for (qsizetype w = 0; w < words; ++w) {
        const TieredExpression::Word& word = expression->words.at(w);
        // The loose terms include the strict ones (a word as typed is among its own prefixes).
        unsigned loose = strict[w];
        int phrase = word.firstPhrase + word.strictPhrases;
        for (int end = phrase + word.loosePhrases; phrase < end && !(loose & kNameColumn); ++phrase)
            loose |= columnsOf(api, fts, phrase) & kTextColumns;
        // A category name counts as the alt column (MatchExpression::loose).
        for (int end = phrase + word.facetPhrases; phrase < end && !(loose & kNameOrAltColumns); ++phrase)
            if (columnsOf(api, fts, phrase) & kFacetsColumn)
                loose |= kNameOrAltColumns & ~kNameColumn;
        if (!(loose & kNameColumn))
            tiers &= ~unsigned(TierWalk::LooseName);
        if (!word.impliedByFilter && !(loose & kNameOrAltColumns))
            tiers &= ~unsigned(TierWalk::LooseNameOrOrganisation);
    }
    sqlite3_result_int(context, static_cast<int>(tiers));
}

} // namespace

TierWalk::TierWalk(db::Connection& connection) : m_db(connection) {}

TierWalk::~TierWalk()
{
    sqlite3_finalize(m_statement);
}

void TierWalk::check(int rc) const
{
    if (rc != SQLITE_OK && rc != SQLITE_ROW && rc != SQLITE_DONE)
        throw db::DatabaseError(QString::fromUtf8(sqlite3_errmsg(m_db.handle())), rc);
}

bool TierWalk::available()
{
    if (m_registered < 0) {
        fts5_api* api = fts5ApiOf(m_db.handle());
        m_registered =
            api && api->iVersion >= 2 &&
                    api->xCreateFunction(api, "pathways_tiers", nullptr, &tiersOfRow, nullptr) == SQLITE_OK
                ? 1
                : 0;
    }
    return m_registered == 1;
}

void TierWalk::start(const TieredExpression& expression, qint64 ordEnd)
{
    m_rows.clear();
    resume(expression, std::numeric_limits<qint64>::min(), ordEnd);
}

void TierWalk::resume(const TieredExpression& expression, qint64 ordAfter, qint64 ordEnd)
{
    m_ended = false;
    m_expression = std::make_unique<TieredExpression>(expression);
    if (!m_statement)
        check(sqlite3_prepare_v3(m_db.handle(),
                                 "SELECT rowid, pathways_tiers(search_fts, ?3) FROM search_fts "
                                 "WHERE search_fts MATCH ?1 AND rowid > ?4 AND rowid < ?2 ORDER BY rowid",
                                 -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr));
    sqlite3_reset(m_statement);
    const QByteArray text = m_expression->expression.toUtf8();
    check(
        sqlite3_bind_text(m_statement, 1, text.constData(), static_cast<int>(text.size()), SQLITE_TRANSIENT));
    check(sqlite3_bind_int64(m_statement, 2, ordEnd));
    check(sqlite3_bind_pointer(m_statement, 3, m_expression.get(), kPointerType, nullptr));
    check(sqlite3_bind_int64(m_statement, 4, ordAfter));
}

void TierWalk::readTo(qsizetype count)
{
    while (!m_ended && m_rows.size() < count) {
        const int rc = sqlite3_step(m_statement);
        if (rc != SQLITE_ROW) {
            m_ended = true;
            sqlite3_reset(m_statement);
            check(rc);
            break;
        }
        m_rows << Row{sqlite3_column_int64(m_statement, 0),
                      static_cast<unsigned>(sqlite3_column_int(m_statement, 1))};
    }
}

qsizetype TierWalk::pick(const TieredExpression& expression, qint64 ordEnd, qsizetype need,
                         qsizetype readAtMost, qsizetype columnRowsAtMost, const QSet<qint64>& taken,
                         QList<QPair<qint64, Tier>>& picked)
{
    start(expression, ordEnd);
    columnRowsAtMost = std::min(columnRowsAtMost, readAtMost);
    // Read in growing steps, and ask after each whether the tiers can tell: a word that meets the others in
    // many names fills the first tier from the first few hundred rows.
    bool told = false;
    for (qsizetype step = std::min<qsizetype>(128, columnRowsAtMost);;
         step = std::min(step * 2, columnRowsAtMost)) {
        readTo(step);
        QSet<qint64> found = taken;
        picked.clear();
        told = select(need, found, picked);
        if (told || m_rows.size() >= columnRowsAtMost)
            break;
    }
    if (!told)
        picked.clear();
    // The rest is only counted (the total, up to readAtMost); m_rows keeps the rows read with columns.
    const qsizetype withColumns = m_rows.size();
    m_expression->tiersKnown = true;
    readTo(readAtMost);
    const qsizetype read = m_rows.size();
    m_rows.resize(withColumns);
    return told ? read : -read;
}

TierWalk::Tier TierWalk::pickNames(const TieredExpression& names, const QString& nameOnly, qint64 ordEnd,
                                   qsizetype need, qsizetype columnRowsAtMost, const QSet<qint64>& taken,
                                   QList<QPair<qint64, Tier>>& picked)
{
    // The rows read with their columns hold every service of the two tiers up to the last of them.
    QList<Row> kept;
    for (const Row& row : std::as_const(m_rows))
        if (row.tiers & NameOrOrganisation)
            kept << row;
    const qint64 after = m_rows.isEmpty() ? std::numeric_limits<qint64>::min() : m_rows.last().ord;
    m_rows = kept;
    resume(names, after, ordEnd);
    columnRowsAtMost = std::max<qsizetype>(columnRowsAtMost, 1); // each step reads at least one more row
    const qsizetype readAtMost = m_rows.size() + columnRowsAtMost;
    for (qsizetype step = m_rows.size() + std::min<qsizetype>(128, columnRowsAtMost);;
         step = std::min(step * 2, readAtMost)) {
        readTo(step);
        QSet<qint64> found = taken;
        picked.clear();
        if (select(need, found, picked, NameOrOrganisation))
            return NameOrOrganisation;
        if (m_rows.size() >= readAtMost)
            break;
    }
    // Many services hold the words in a name or an organisation, few in a name: reading each with its
    // columns would cost more than FTS5 finding the rest of the name tier on its own.
    sqlite3_reset(m_statement);
    const qint64 walkedTo = m_rows.isEmpty() ? after : std::max(after, m_rows.last().ord);
    auto rest = m_db.prepare(QStringLiteral("SELECT rowid FROM search_fts WHERE search_fts MATCH ?1 AND "
                                            "rowid > ?2 AND rowid < ?3 ORDER BY rowid"));
    rest.bind(1, nameOnly);
    rest.bind(2, walkedTo);
    rest.bind(3, ordEnd);
    while (rest.step())
        m_rows << Row{rest.columnInt64(0), Name | NameOrOrganisation | Anywhere};
    m_ended = true;
    QSet<qint64> found = taken;
    picked.clear();
    select(need, found, picked, Name);
    if (found.size() > need)
        return NameOrOrganisation; // the engine asks no more tiers
    // The name-or-organisation tier is known only if its window fills before the rows without columns.
    const qsizetype limit = window(need, found.size());
    QList<QPair<qint64, Tier>> more;
    for (const Row& row : std::as_const(m_rows)) {
        if (row.ord > walkedTo || more.size() >= limit)
            break;
        if ((row.tiers & NameOrOrganisation) && !found.contains(row.ord))
            more.append({row.ord, NameOrOrganisation});
    }
    if (more.size() < limit)
        return Name;
    picked += more;
    return NameOrOrganisation;
}

qsizetype TierWalk::window(qsizetype need, qsizetype found)
{
    return std::max({need + 1 - found, 2 * need, qsizetype(64)});
}

bool TierWalk::select(qsizetype need, QSet<qint64>& found, QList<QPair<qint64, Tier>>& picked,
                      Tier last) const
{
    static constexpr Tier kOrder[] = {Name,      NameOrOrganisation,      Anywhere,
                                      LooseName, LooseNameOrOrganisation, LooseAnywhere};
    for (const Tier tier : kOrder) {
        if (found.size() > need)
            break;
        const qsizetype limit = window(need, found.size());
        qsizetype added = 0;
        for (const Row& row : m_rows) {
            if (!(row.tiers & tier) || found.contains(row.ord))
                continue;
            found.insert(row.ord);
            picked.append({row.ord, tier});
            if (++added >= limit)
                break;
        }
        // The tier would have read on past the rows read so far.
        if (added < limit && !m_ended)
            return false;
        if (tier == last)
            break;
    }
    return true;
}

} // namespace pathways::search
