#pragma once

#include "import/ImportReport.h"
#include "import/Progress.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace pathways::import {

/// Reads HSDS 3.0 JSON, as an HSDS API serves it, into the tables of the 3.0 CSV package, which the
/// CSV importer then reads with all its checks. It takes a `.json` file or a folder of them, each one of:
/// a `service` object ("full", with its organisation, locations, phones, schedules, ... nested), an
/// `organization` object with its `services`, an array of those, or a page of a list
/// (`contents`, `total_items`, `page_number`, ...). Nested records get their parent's id as their link.
class JsonPackage
{
public:
    /// Reads `path` and writes the CSV files into the existing folder `csvFolder`. Problems (not JSON,
    /// no records) are added to `report`; false after a Fatal one. `progress` hears of each file (bytes read
    /// of all) and of the records within it.
    static bool convert(const QString& path, const QString& csvFolder, ImportReport& report,
                        const ProgressCallback& progress = {});

    /// Whether `path` is JSON to read this way: a .json file, or a folder of .json files without CSV.
    static bool isJson(const QString& path);

private:
    struct Table
    {
        QList<QHash<QString, QString>> rows;
        QHash<QString, qsizetype> rowOfId;
        QSet<QString> unknownKeys;
    };

    void readDocument(const QJsonValue& document, const QString& fileName, ImportReport& report,
                      const ProgressCallback& progress);
    /// Adds `object` as a row of `table`, then its nested records; returns its id (may be empty).
    QString add(const QString& table, const QJsonObject& object, const QHash<QString, QString>& links);
    bool write(const QString& folder, ImportReport& report) const;

    QHash<QString, Table> m_tables;
    int m_documents = 0;
};

} // namespace pathways::import
