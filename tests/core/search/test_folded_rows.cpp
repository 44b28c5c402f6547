#include "search/FoldedRows.h"

#include <catch2/catch.hpp>
#include <future>

using pathways::search::FoldedRows;
using pathways::search::IndexDocument;

namespace {

std::vector<IndexDocument> documents(int count)
{
    std::vector<IndexDocument> result(static_cast<size_t>(count));
    for (int i = 0; i < count; ++i) {
        IndexDocument& document = result[static_cast<size_t>(i)];
        document.names << QStringLiteral("Pravna Pomoč %1").arg(i);
        document.places << QStringLiteral("Ljubljana") << QStringLiteral("Osrednjeslovenska");
        document.body << QStringLiteral("Правова допомога");
    }
    return result;
}

std::vector<const IndexDocument*> pointers(const std::vector<IndexDocument>& all)
{
    std::vector<const IndexDocument*> result;
    for (const IndexDocument& document : all)
        result.push_back(&document);
    return result;
}

} // namespace

TEST_CASE("rows folded by two threads arrive whole and in order for the FTS writer")
{
    // Several thousand rows: many batches, some folded by the reader while it waits.
    const auto all = documents(5000);
    const auto order = pointers(all);
    FoldedRows rows(order);
    auto reader = std::async(std::launch::async, [&rows] {
        QStringList names;
        size_t ready = 0;
        for (size_t i = 0; i < rows.size(); ++i) {
            if (i >= ready)
                ready = rows.waitFor(i);
            if (i >= ready)
                return QStringList{};
            names << QString::fromUtf8(rows[i].name);
        }
        return names;
    });
    REQUIRE(rows.foldAll());
    const QStringList names = reader.get();
    REQUIRE(names.size() == 5000);
    for (int i : {0, 1023, 1024, 4999})
        CHECK(names[i] == QStringLiteral("pravna pomoc %1").arg(i));
    CHECK(QString::fromUtf8(rows[17].place) == QStringLiteral("ljubljana osrednjeslovenska"));
    CHECK(QString::fromUtf8(rows[17].body) == QStringLiteral("pravova dopomoga"));
}

TEST_CASE("a reader waiting for rows is released when the build gives up")
{
    const auto all = documents(10);
    const auto order = pointers(all);
    FoldedRows rows(order);
    rows.abandon();
    CHECK(rows.waitFor(0) == 0);
    CHECK_FALSE(rows.foldAll());
}
