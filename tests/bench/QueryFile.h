#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace pathways::bench {

/// One line of a query file, as written (places are resolved against the directory later).
struct BenchQuery
{
    int line = 0;
    QString queryClass; ///< e.g. "frequent", "prefix1", "filtered": results are also reported per class
    QString text;
    QStringList categories;
    QStringList audiences;
    QString municipality;
    QString language;
    bool freeOnly = false;
    QString openAt; ///< ISO 8601
    QString near;   ///< municipality name or LAT,LON
    std::optional<double> withinKm;
    bool sortByDistance = false;
    int limit = 50;

    /// "text | --options" for reports.
    QString label() const;
    QString options; ///< the options field as written
};

/// Reads a benchmark query file. Format (documented in docs/benchmarks.md), one query per line:
///
///     CLASS <TAB> TEXT <TAB> OPTIONS
///
/// TEXT may be empty (a filtered listing); OPTIONS are the pathways-cli search options: --category CODE,
/// --audience CODE (both repeatable), --municipality NAME, --language CODE, --free, --open-at ISO,
/// --near PLACE|LAT,LON, --within KM, --sort distance, --limit N. Values with spaces go in double quotes.
/// Blank lines and lines starting with '#' are ignored.
class QueryFile
{
public:
    /// The queries of `path`, or an empty list with `error` set (file and line).
    static QList<BenchQuery> read(const QString& path, QString* error);
    /// Parses one line (without the newline); false with `error` when malformed.
    static bool parseLine(const QString& line, BenchQuery* query, QString* error);
};

} // namespace pathways::bench
