// Progress inside one file: a large services.csv (or one large JSON array) moves the bar while it is read,
// not only when the next file starts. A 1M-service import spends minutes in services.csv alone.
#include "ImportFixture.h"

#include <QFileInfo>

using namespace pathways;
using namespace pathways::test;

namespace {

struct Seen
{
    QString phase;
    qint64 done;
    qint64 total;
};

QList<qint64> doneIn(const QList<Seen>& seen, const QString& phase)
{
    QList<qint64> done;
    for (const Seen& s : seen)
        if (s.phase == phase)
            done << s.done;
    return done;
}

} // namespace

TEST_CASE("import progress: a large services.csv moves the bar within the file, in order, to its end")
{
    Fixture f;
    // 30,000 services: more batches than the reader may run ahead of the writer, so the writer sees many.
    QByteArray services = "id,organization_id,name,description\n";
    for (int i = 0; i < 30000; ++i)
        services += "svc-" + QByteArray::number(i) + ",org-1,Service " + QByteArray::number(i) +
                    ",Advice and support for people who have just arrived\n";
    f.write("organizations.csv", "id,name\norg-1,Organisation\n");
    f.write("services.csv", services);
    QList<Seen> seen;
    import::ImportOptions options;
    options.progress = [&](const import::Progress& p) { seen << Seen{p.phase, p.done, p.total}; };
    const ImportReport report = HsdsImporter::importFolder(f.package(), f.db, options);
    REQUIRE_FALSE(report.hasFatal());
    REQUIRE(f.count("service") == 30000);

    const QList<qint64> done = doneIn(seen, QStringLiteral("reading services.csv"));
    INFO(done.size());
    REQUIRE(done.size() >= 20); // one at the start, then one per batch written
    CHECK(std::is_sorted(done.cbegin(), done.cend()));
    CHECK(QSet<qint64>(done.cbegin(), done.cend()).size() >= 10);
    const qint64 organizationsKb = QFileInfo(f.package() + QStringLiteral("/organizations.csv")).size() / 1024;
    CHECK(done.first() == organizationsKb);
    CHECK(done.last() == (QFileInfo(f.package() + QStringLiteral("/organizations.csv")).size() + services.size()) / 1024);
    CHECK(done.last() <= seen.constLast().total);
}

TEST_CASE("import progress: one large HSDS 3.0 JSON array shows its records going by")
{
    Fixture f;
    QByteArray json = "[";
    for (int i = 0; i < 2000; ++i)
        json += (i ? "," : "") + QByteArray(R"({"id":"s)") + QByteArray::number(i) +
                R"(","name":"Service","organization":{"id":"o1","name":"Organisation"}})";
    json += "]";
    f.write("services.json", json);
    QList<Seen> seen;
    import::ImportOptions options;
    options.progress = [&](const import::Progress& p) { seen << Seen{p.phase, p.done, p.total}; };
    const ImportReport report = HsdsImporter::importFolder(f.package() + QStringLiteral("/services.json"), f.db, options);
    REQUIRE_FALSE(report.hasFatal());
    REQUIRE(f.count("service") == 2000);
    const QList<qint64> done = doneIn(seen, QStringLiteral("reading services.json"));
    CHECK(done == QList<qint64>{0, 256, 512, 768, 1024, 1280, 1536, 1792});
    for (const Seen& s : seen)
        if (s.phase == QLatin1String("reading services.json"))
            CHECK(s.total == 2000);
}
