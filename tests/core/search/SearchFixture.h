#pragma once

#include "search/SearchEngine.h"
#include "support/TempDir.h"

#include <QStringList>
#include <memory>

namespace pathways::db {
class Connection;
}

namespace pathways::test {

/// A small real directory (HSDS CSV written to a temp folder, imported, indexed) built so that each search
/// behaviour has one service that shows it. See SearchFixture.cpp for the records.
class SearchFixture
{
public:
    SearchFixture();
    /// The HSDS CSV folder `hsdsFolder` imported and indexed instead (e.g. embeddedFolder()).
    explicit SearchFixture(const QString& hsdsFolder);
    /// The default directory shipped with the app (resources/default-directory).
    static QString embeddedFolder();
    ~SearchFixture();

    db::Connection& connection() { return *m_connection; }
    search::SearchEngine& engine() { return *m_engine; }

    /// Ids of the results, in order.
    QStringList ids(const search::SearchQuery& query);
    QStringList ids(const QString& text);

private:
    void install(const QString& hsdsFolder);

    TempDir m_dir;
    std::unique_ptr<db::Connection> m_connection;
    std::unique_ptr<search::SearchEngine> m_engine;
};

} // namespace pathways::test
