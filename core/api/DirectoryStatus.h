#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>

namespace pathways::api {

/// Where the installed directory comes from and what it holds (its provenance, from bundle_meta).
struct DirectoryStatus
{
    QString publisher;
    qint64 sequence = 0;
    QString created;                ///< RFC 3339 UTC, as the publisher wrote it
    std::optional<QString> expires; ///< absent: never
    std::optional<QString> origin;  ///< "embedded", "import", "bundle"
    std::optional<QString> installedAt;
    QStringList languages; ///< content languages the directory has
    std::optional<QString> region;
    qint64 services = 0;
    qint64 organizations = 0;
    qint64 demonstrationServices = 0;

    bool expiredAt(const QDateTime& now) const
    {
        const QDateTime end = QDateTime::fromString(expires.value_or(QString()), Qt::ISODate);
        return end.isValid() && end < now;
    }
    /// Whole days since `created`, or nullopt when the date cannot be read.
    std::optional<qint64> ageDaysAt(const QDateTime& now) const
    {
        const QDateTime start = QDateTime::fromString(created, Qt::ISODate);
        if (!start.isValid())
            return std::nullopt;
        return start.daysTo(now);
    }
};

} // namespace pathways::api
