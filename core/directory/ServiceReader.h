#pragma once

#include "directory/Localizer.h"
#include "directory/ServiceRecord.h"

#include <QHash>
#include <memory>
#include <optional>

namespace pathways::db {
class Connection;
class Statement;
} // namespace pathways::db

namespace pathways::directory {

/// Reads services for display, in the user's language order. The statements a page of results runs for
/// every row are prepared once per reader, and term names are looked up once per reader: keep one reader
/// for as long as the languages and the directory stay the same.
class ServiceReader
{
public:
    ServiceReader(db::Connection& connection, QStringList languages);
    ~ServiceReader();
    ServiceReader(const ServiceReader&) = delete;
    ServiceReader& operator=(const ServiceReader&) = delete;

    const QStringList& languages() const { return m_localizer.languages(); }

    std::optional<ServiceSummary> summary(const QString& serviceId);
    /// The full record without opening hours (the caller adds hoursSummary from the schedule library).
    std::optional<ServiceRecord> record(const QString& serviceId);

private:
    db::Statement& cached(std::unique_ptr<db::Statement>& slot, const QString& sql);
    QList<TermRef> terms(const QString& serviceId, const char* taxonomy);
    void readLocations(ServiceRecord& record);
    void readContactChannels(ServiceRecord& record);
    void readConditions(ServiceRecord& record);

    db::Connection& m_db;
    Localizer m_localizer;
    std::unique_ptr<db::Statement> m_summaryOf;
    std::unique_ptr<db::Statement> m_termsOf;
    QHash<QString, QString> m_termNames; // taxonomy term id -> name in the reader's languages
};

} // namespace pathways::directory
