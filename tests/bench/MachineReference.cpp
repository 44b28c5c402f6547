#include "MachineReference.h"

#include "Rng.h"
#include "db/Connection.h"
#include "db/Statement.h"
#include "db/Transaction.h"

#include <QElapsedTimer>
#include <QString>
#include <future>

namespace pathways::bench {

namespace {

constexpr int kRows = 40000;
constexpr int kWordsPerRow = 40;

void buildIndex(std::uint64_t seed)
{
    db::Connection memory(QStringLiteral(":memory:"));
    memory.execute(QStringLiteral("CREATE VIRTUAL TABLE t USING fts5(body, content='', detail=column, "
                                  "prefix='1 2 3')"));
    Rng rng(seed);
    db::Transaction transaction(memory);
    auto insert = memory.prepare(QStringLiteral("INSERT INTO t(rowid, body) VALUES (?, ?)"));
    QByteArray text;
    for (int row = 1; row <= kRows; ++row) {
        text.clear();
        for (int word = 0; word < kWordsPerRow; ++word) {
            // Words of 3-9 letters from a skewed 20,000-word vocabulary, spelled from their number.
            auto n = static_cast<std::uint64_t>(20000 * rng.unit() * rng.unit());
            const int length = 3 + static_cast<int>(n % 7);
            for (int letter = 0; letter < length; ++letter, n = n * 31 + 7)
                text.append(static_cast<char>('a' + n % 26));
            text.append(' ');
        }
        insert.bind(1, static_cast<qint64>(row));
        insert.bindUtf8(2, text);
        insert.run();
    }
    memory.execute(QStringLiteral("INSERT INTO t(t) VALUES ('optimize')"));
    transaction.commit();
}

} // namespace

double referenceSeconds()
{
    QElapsedTimer clock;
    clock.start();
    auto second = std::async(std::launch::async, [] { buildIndex(2); });
    buildIndex(1);
    second.get();
    return static_cast<double>(clock.elapsed()) / 1000.0;
}

} // namespace pathways::bench
