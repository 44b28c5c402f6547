#include "import/ImportReport.h"

#include <algorithm>

namespace pathways::import {

bool ImportReport::hasFatal() const
{
    return count(ImportIssue::Severity::Fatal) > 0;
}

int ImportReport::count(ImportIssue::Severity severity) const
{
    return static_cast<int>(std::count_if(
        issues.cbegin(), issues.cend(), [severity](const ImportIssue& i) { return i.severity == severity; }));
}

QStringList ImportReport::toLines() const
{
    QStringList lines;
    for (const ImportIssue& issue : issues) {
        const char* level = issue.severity == ImportIssue::Severity::Fatal     ? "fatal"
                            : issue.severity == ImportIssue::Severity::Dropped ? "dropped"
                                                                               : "warning";
        QString where = issue.file;
        if (issue.line > 0)
            where += QStringLiteral(":%1").arg(issue.line);
        QString line = QStringLiteral("%1: %2: ").arg(where, QLatin1StringView(level));
        if (!issue.recordId.isEmpty())
            line += QStringLiteral("[%1] ").arg(issue.recordId);
        lines << line + issue.message;
    }
    return lines;
}

} // namespace pathways::import
