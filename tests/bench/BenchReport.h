#pragma once

#include "SearchBenchmark.h"

#include <QJsonObject>
#include <QString>

namespace pathways::bench {

/// Formats a SearchBenchmark::Result: a plain-text report (per query, per class, overall) or JSON.
class BenchReport
{
public:
    explicit BenchReport(const SearchBenchmark::Result& result);

    QString text() const;
    QJsonObject json() const;

private:
    struct Group
    {
        QString name;
        int queries = 0;
        LatencyStats engine;
        LatencyStats naive;
        LatencyStats facets;
    };

    const SearchBenchmark::Result& m_result;
    QList<Group> m_classes; // in order of first appearance
    Group m_overall;
};

} // namespace pathways::bench
