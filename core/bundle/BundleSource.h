#pragma once

#include "error/Expected.h"
#include "import/Progress.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace pathways::bundle {

/// What `bundle build` reads: an HSDS 3.0 CSV folder is bundled as it is; any other shape the importer
/// reads (HSDS 1.x/2.0 file names, a .zip, HSDS 3.0 JSON, a folder holding the package folder, a
/// datapackage.json whose files lie elsewhere, or a one-sheet CSV) is first imported as an installer
/// would and exported as HSDS 3.0 CSV (import::HsdsExporter), so the bundle carries what every laptop
/// will install and nothing is left out for having an older name.
class BundleSource
{
public:
    /// Whether `path` must be converted first: it is not a folder with services.csv and only 3.0 names.
    static bool needsConversion(const QString& path, bool sheet);

    /// The HSDS 3.0 CSV folder to bundle for `path`: `path` itself, or a conversion inside `scratch`. The
    /// import's summary goes to `warnings`; a record it drops refuses the build (every installer would lose
    /// it too), naming the first.
    static Expected<QString> prepare(const QString& path, bool sheet, const QTemporaryDir& scratch,
                                     QStringList* warnings, const import::ProgressCallback& progress = {});
};

} // namespace pathways::bundle
