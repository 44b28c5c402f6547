#include "import/ImportReport.h"

#include <QHash>
#include <QJsonArray>
#include <QRegularExpression>
#include <algorithm>

namespace pathways::import {

namespace {

// The kind of a finding: its message with quoted values blanked, so that 158 schedules without hours or
// 4,000 phones without an id are one line with a count, whatever their values.
QString kindOf(const ImportIssue& issue)
{
    static const QRegularExpression kQuoted(QStringLiteral("\"[^\"]*\""));
    QString message = issue.message;
    message.replace(kQuoted, QStringLiteral("\"…\""));
    return QString::number(static_cast<int>(issue.severity)) + QLatin1Char('\x1f') + issue.file +
           QLatin1Char('\x1f') + message;
}

QString where(const ImportIssue& issue)
{
    QString text = issue.file;
    if (issue.line > 0)
        text += QStringLiteral(":%1").arg(issue.line);
    return text;
}

} // namespace

bool ImportReport::hasFatal() const
{
    return count(ImportIssue::Severity::Fatal) > 0;
}

int ImportReport::count(ImportIssue::Severity severity) const
{
    return static_cast<int>(std::count_if(
        issues.cbegin(), issues.cend(), [severity](const ImportIssue& i) { return i.severity == severity; }));
}

QString ImportReport::severityName(ImportIssue::Severity severity)
{
    switch (severity) {
    case ImportIssue::Severity::Warning:
        return QStringLiteral("warning");
    case ImportIssue::Severity::Dropped:
        return QStringLiteral("dropped");
    case ImportIssue::Severity::Fatal:
        break;
    }
    return QStringLiteral("fatal");
}

QStringList ImportReport::toLines() const
{
    QStringList lines;
    for (const ImportIssue& issue : issues) {
        QString line = QStringLiteral("%1: %2: ").arg(where(issue), severityName(issue.severity));
        if (!issue.recordId.isEmpty())
            line += QStringLiteral("[%1] ").arg(issue.recordId);
        lines << line + issue.message;
    }
    return lines;
}

QList<ImportReport::Group> ImportReport::groups(int examplesPerGroup) const
{
    QList<Group> result;
    QHash<QString, qsizetype> index;
    for (const ImportIssue& issue : issues) {
        const QString kind = kindOf(issue);
        auto found = index.constFind(kind);
        if (found == index.cend()) {
            found = index.insert(kind, result.size());
            result << Group{issue.severity, issue.file, issue.message, 0, {}};
        }
        Group& group = result[*found];
        ++group.count;
        if (group.examples.size() < examplesPerGroup)
            group.examples << issue;
    }
    std::stable_sort(result.begin(), result.end(), [](const Group& a, const Group& b) {
        return (a.severity == ImportIssue::Severity::Fatal) > (b.severity == ImportIssue::Severity::Fatal);
    });
    return result;
}

QStringList ImportReport::summaryLines(int examplesPerGroup) const
{
    QStringList lines;
    for (const Group& group : groups(examplesPerGroup)) {
        if (group.count == 1) {
            const ImportIssue& issue = group.examples.first();
            QString line = QStringLiteral("%1: %2: ").arg(where(issue), severityName(issue.severity));
            if (!issue.recordId.isEmpty())
                line += QStringLiteral("[%1] ").arg(issue.recordId);
            lines << line + issue.message;
            continue;
        }
        QStringList examples;
        for (const ImportIssue& issue : group.examples) {
            QString example = issue.line > 0 ? QStringLiteral("line %1").arg(issue.line) : QString();
            if (!issue.recordId.isEmpty())
                example += (example.isEmpty() ? QString() : QStringLiteral(" ")) +
                           QStringLiteral("[%1]").arg(issue.recordId);
            if (!example.isEmpty())
                examples << example;
        }
        QString line = QStringLiteral("%1: %2 ×%3: %4")
                           .arg(group.file, severityName(group.severity))
                           .arg(group.count)
                           .arg(group.message);
        if (!examples.isEmpty())
            line += QStringLiteral(" (e.g. %1%2)")
                        .arg(examples.join(QStringLiteral(", ")),
                             group.count > examples.size() ? QStringLiteral(", …") : QString());
        lines << line;
    }
    return lines;
}

QJsonObject ImportReport::toJson() const
{
    QJsonArray findings;
    for (const ImportIssue& issue : issues)
        findings.append(QJsonObject{{QStringLiteral("severity"), severityName(issue.severity)},
                                    {QStringLiteral("file"), issue.file},
                                    {QStringLiteral("line"), issue.line},
                                    {QStringLiteral("id"), issue.recordId},
                                    {QStringLiteral("message"), issue.message}});
    QJsonArray summary;
    for (const Group& group : groups(3))
        summary.append(QJsonObject{{QStringLiteral("severity"), severityName(group.severity)},
                                   {QStringLiteral("file"), group.file},
                                   {QStringLiteral("count"), group.count},
                                   {QStringLiteral("message"), group.message}});
    QJsonObject rows;
    for (auto it = rowsImported.cbegin(); it != rowsImported.cend(); ++it)
        rows.insert(it.key(), it.value());
    return QJsonObject{{QStringLiteral("format"), format},
                       {QStringLiteral("notes"), QJsonArray::fromStringList(notes)},
                       {QStringLiteral("rows"), rows},
                       {QStringLiteral("summary"), summary},
                       {QStringLiteral("issues"), findings}};
}

} // namespace pathways::import
