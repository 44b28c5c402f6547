#pragma once

#include "search/TieredExpression.h"

#include <QList>
#include <QPair>
#include <QSet>
#include <QString>
#include <memory>

struct sqlite3_stmt;

namespace pathways::db {
class Connection;
} // namespace pathways::db

namespace pathways::search {

/// Reads a TieredExpression's matches from FTS5 in rowid order, once, with the tiers each service belongs
/// to: an FTS5 auxiliary function (pathways_tiers) looks at the columns each phrase matched in the current
/// row (xPhraseFirstColumn: the index is detail=column). One walk then answers what SearchEngine asked in
/// up to six tier queries and a count, each of which walked the same match lists again.
/// Not thread-safe: one per engine.
class TierWalk
{
public:
    /// Tier bits of Row::tiers.
    enum Tier : unsigned {
        Name = 1u << 0,                    ///< every word as typed in a name
        NameOrOrganisation = 1u << 1,      ///< ... in a name or the organisation/alternate names
        Anywhere = 1u << 2,                ///< ... in any text column
        LooseName = 1u << 3,               ///< every word, loosened, in a name
        LooseNameOrOrganisation = 1u << 4, ///< ... in names/organisation, or a category it begins like
        LooseAnywhere = 1u << 5            ///< ... anywhere
    };
    struct Row
    {
        qint64 ord = 0;
        unsigned tiers = 0;
    };

    explicit TierWalk(db::Connection& connection);
    ~TierWalk();
    TierWalk(const TierWalk&) = delete;
    TierWalk& operator=(const TierWalk&) = delete;

    /// False when this SQLite's FTS5 cannot take the function (then the engine asks tier by tier).
    bool available();

    /// Starts reading the services `expression` matches with ords after `ordAfter` and below `ordEnd`,
    /// after the rows already read (start() forgets them first). The expression is copied.
    void start(const TieredExpression& expression, qint64 ordEnd);
    void resume(const TieredExpression& expression, qint64 ordAfter, qint64 ordEnd);
    /// Reads until `rows().size()` reaches `count` or the matches end. Throws db::DatabaseError.
    void readTo(qsizetype count);
    bool ended() const { return m_ended; }
    const QList<Row>& rows() const { return m_rows; }

    /// Walks `expression` (ords below `ordEnd`) until select() can tell which services the tiers pick,
    /// then only counts on, up to `readAtMost` rows (the total's cap + 1). Fills `picked` as select() does
    /// from `taken`. Returns the rows read, or minus the rows read when the tiers could not tell from the
    /// first `columnRowsAtMost` of them (a tier would read on past them): those rows are kept for
    /// pickNames(), the rest were only counted, and the engine asks the other tiers one by one.
    qsizetype pick(const TieredExpression& expression, qint64 ordEnd, qsizetype need, qsizetype readAtMost,
                   qsizetype columnRowsAtMost, const QSet<qint64>& taken, QList<QPair<qint64, Tier>>& picked);

    /// After pick() could not tell: the services the name and the name-or-organisation tiers pick, from the
    /// rows pick() read with their columns and then from `names` (MatchExpression::namesTiered over the
    /// name and alt columns) after the last of them, until both tiers are full or the matches end. One walk
    /// instead of the two tier queries, each of which intersected the words' whole match lists. Past
    /// `columnRowsAtMost` rows of `names`, the rest of the name tier is read from `nameOnly` (the strict
    /// name-column expression) without columns. Returns the last tier answered: NameOrOrganisation, or
    /// Name when that tier's window did not fill within the rows read with their columns (the engine then
    /// asks the name-or-organisation tier on its own).
    Tier pickNames(const TieredExpression& names, const QString& nameOnly, qint64 ordEnd, qsizetype need,
                   qsizetype columnRowsAtMost, const QSet<qint64>& taken, QList<QPair<qint64, Tier>>& picked);

    /// How many services a tier may add, as SearchEngine asks: `need` is offset + limit of the page,
    /// `found` what earlier tiers (and exact names) found.
    static qsizetype window(qsizetype need, qsizetype found);

    /// The services SearchEngine's tiers pick, in the order it asks them (Name ... LooseAnywhere), each up
    /// to its window and until more than `need` are found, from the rows read so far. `found` holds the
    /// services found before the tiers (exact names) and gains the picked ones; `picked` gets each with
    /// its tier bit. False when the rows read cannot tell yet: a tier found fewer than its window and the
    /// matches go on (read more and ask again, from the same `found`). Tiers after `last` are not asked.
    bool select(qsizetype need, QSet<qint64>& found, QList<QPair<qint64, Tier>>& picked,
                Tier last = LooseAnywhere) const;

private:
    /// Throws db::DatabaseError for an SQLite error code.
    void check(int rc) const;

    db::Connection& m_db;
    // Raw: the expression is passed to pathways_tiers with sqlite3_bind_pointer, which db::Statement does
    // not offer.
    sqlite3_stmt* m_statement = nullptr;
    std::unique_ptr<TieredExpression> m_expression;
    QList<Row> m_rows;
    bool m_ended = true;
    int m_registered = -1; // -1: not tried, 0: failed, 1: registered
};

} // namespace pathways::search
