#include "import/HsdsImporter.h"

namespace pathways::import {

ImportReport HsdsImporter::importFolder(const QString& folder, db::Connection&)
{
    ImportReport report;
    report.issues << ImportIssue{ImportIssue::Severity::Fatal, folder, 0, {}, QStringLiteral("importer not built yet")};
    return report;
}

} // namespace pathways::import
