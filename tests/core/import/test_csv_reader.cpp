#include "import/CsvReader.h"
#include "import/FieldChecks.h"

#include <QFile>
#include <QTemporaryDir>
#include <catch2/catch.hpp>

using pathways::import::CsvReader;
using pathways::import::firstInvalidUtf8;
namespace checks = pathways::import::checks;

namespace {

struct Read
{
    QList<CsvReader::Record> records;
    QList<QPair<qint64, QString>> skipped;
};

Read readAll(const QByteArray& data)
{
    CsvReader reader;
    REQUIRE(reader.setData(data));
    Read read;
    CsvReader::Record record;
    QString problem;
    while (true) {
        const CsvReader::Result result = reader.next(record, problem);
        if (result == CsvReader::Result::End)
            break;
        if (result == CsvReader::Result::Skipped)
            read.skipped << qMakePair(record.line, problem);
        else
            read.records << record;
    }
    return read;
}

} // namespace

TEST_CASE("CsvReader: fields, quotes, empty fields and line numbers")
{
    const Read read = readAll("a,b,c\n\"x,1\",,\"\"\n\n\"multi\nline\",\"q\"\"q\",last\nend");
    REQUIRE(read.records.size() == 4);
    CHECK(read.records.at(0).fields ==
          QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    CHECK(read.records.at(1).fields == QStringList{QStringLiteral("x,1"), QString(), QString()});
    CHECK(read.records.at(2).line == 4); // the blank line 3 is skipped
    CHECK(read.records.at(2).fields.at(0) == QStringLiteral("multi\nline"));
    CHECK(read.records.at(2).fields.at(1) == QStringLiteral("q\"q"));
    CHECK(read.records.at(3).line == 6);
    CHECK(read.records.at(3).fields == QStringList{QStringLiteral("end")});
}

TEST_CASE("CsvReader: a trailing separator is an empty last field and CR-only line ends work")
{
    const Read read = readAll("a,b,\r1,2,3\r");
    REQUIRE(read.records.size() == 2);
    CHECK(read.records.at(0).fields.size() == 3);
    CHECK(read.records.at(0).fields.at(2).isEmpty());
    CHECK(read.records.at(1).line == 2);
}

TEST_CASE("CsvReader: a field over 1 MiB skips its record, not the file")
{
    QByteArray data = "id,text\n1,\"";
    data += QByteArray(CsvReader::kMaxFieldBytes + 1, 'x');
    data += "\"\n2,short\n";
    const Read read = readAll(data);
    REQUIRE(read.skipped.size() == 1);
    CHECK(read.skipped.first().first == 2);
    CHECK(read.skipped.first().second.contains(QStringLiteral("1 MiB")));
    REQUIRE(read.records.size() == 2);
    CHECK(read.records.at(1).fields.at(1) == QStringLiteral("short"));
}

TEST_CASE("CsvReader: UTF-8 is validated with the line of the first bad byte")
{
    CHECK(firstInvalidUtf8("plain ascii") == -1);
    CHECK(firstInvalidUtf8("Dru\xC5\xA1tvo \xE2\x82\xAC \xF0\x9F\x98\x80") == -1);
    CHECK(firstInvalidUtf8("\xC0\xAF") == 0);         // overlong "/"
    CHECK(firstInvalidUtf8("ab\xED\xA0\x80") == 2);   // a UTF-16 surrogate
    CHECK(firstInvalidUtf8("\xF4\x90\x80\x80") == 0); // above U+10FFFF
    CHECK(firstInvalidUtf8("ok\xE2\x82") == 2);       // truncated at the end

    CsvReader reader;
    CHECK_FALSE(reader.setData("id\n1\n2\xFF\n"));
    CHECK(reader.errorLine() == 3);
    CHECK(reader.error().contains(QStringLiteral("UTF-8")));
}

TEST_CASE("CsvReader: a file over 1 GiB is refused before it is read")
{
    QTemporaryDir dir;
    QFile big(dir.filePath(QStringLiteral("services.csv")));
    REQUIRE(big.open(QIODevice::WriteOnly));
    REQUIRE(big.resize(CsvReader::kMaxFileBytes + 1)); // sparse: costs no disk space
    big.close();
    CsvReader reader;
    CHECK_FALSE(reader.open(big.fileName()));
    CHECK(reader.error().contains(QStringLiteral("1024 MiB")));
}

TEST_CASE("CsvReader: a missing file is reported")
{
    CsvReader reader;
    CHECK_FALSE(reader.open(QStringLiteral("/nonexistent/pathways/services.csv")));
    CHECK_FALSE(reader.error().isEmpty());
}

TEST_CASE("field checks: numbers, booleans, times, BYDAY lists, dates")
{
    CHECK(checks::parseNumber(QStringLiteral("-12.5")) == -12.5);
    CHECK_FALSE(checks::parseNumber(QStringLiteral("1,5")));
    CHECK_FALSE(checks::parseNumber(QStringLiteral("nan")));
    CHECK(checks::parseInteger(QStringLiteral("3.0")) == 3);
    CHECK_FALSE(checks::parseInteger(QStringLiteral("3.5")));
    CHECK(checks::parseBoolean(QStringLiteral("Yes")));
    CHECK_FALSE(checks::parseBoolean(QStringLiteral("no")));
    CHECK(checks::isTimeOfDay(QStringLiteral("09:30")));
    CHECK(checks::isTimeOfDay(QStringLiteral("23:59:59")));
    CHECK(checks::isTimeOfDay(QStringLiteral("24:00")));
    CHECK_FALSE(checks::isTimeOfDay(QStringLiteral("9:30")));
    CHECK_FALSE(checks::isTimeOfDay(QStringLiteral("24:30")));
    CHECK(checks::isByDayList(QStringLiteral("MO,TU,WE")));
    CHECK(checks::isByDayList(QStringLiteral("1MO,-1FR,+2SA")));
    CHECK_FALSE(checks::isByDayList(QStringLiteral("MON")));
    CHECK_FALSE(checks::isByDayList(QStringLiteral("0MO")));
    CHECK_FALSE(checks::isByDayList(QStringLiteral("MO,,TU")));
    CHECK(checks::isIsoDate(QStringLiteral("2024-02-29")));
    CHECK_FALSE(checks::isIsoDate(QStringLiteral("2023-02-29")));
    CHECK(checks::scheduleProblems({QStringLiteral("10:00:00"),
                                    QStringLiteral("18:00:00"),
                                    QStringLiteral("WEEKLY"),
                                    QStringLiteral("TH,FR"),
                                    QStringLiteral("2005-01-01"),
                                    {}})
              .isEmpty());
}
