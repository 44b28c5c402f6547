#pragma once

#include <QStringList>

namespace pathways::cli {

class CliContext;

/// Each command lives in its own file and returns the process exit code: 0 success, 1 user error (bad
/// arguments, unknown id), 2 failure (unreadable data, refused bundle...), always with one line on stderr.
using CommandFunction = int (*)(CliContext& context, const QStringList& arguments);

struct CommandEntry
{
    const char* name;
    const char* summary;
    CommandFunction run;
    /// Reads the installed directory: main() prepares the data folder first (first run installs the
    /// embedded default directory), unless only the command's help is asked for.
    bool readsDirectory = false;
    /// Renders pages (fonts, images: Qt Gui): main() must construct a QGuiApplication, on the offscreen
    /// platform unless QT_QPA_PLATFORM says otherwise, instead of a QCoreApplication.
    bool rendersPages = false;
};

int runStatus(CliContext& context, const QStringList& arguments);
int runBundle(CliContext& context, const QStringList& arguments);
int runSync(CliContext& context, const QStringList& arguments);
int runSearch(CliContext& context, const QStringList& arguments);
int runFacets(CliContext& context, const QStringList& arguments);
int runShow(CliContext& context, const QStringList& arguments);
int runCategories(CliContext& context, const QStringList& arguments);
int runAudiences(CliContext& context, const QStringList& arguments);
int runMunicipalities(CliContext& context, const QStringList& arguments);
int runLanguages(CliContext& context, const QStringList& arguments);
int runImport(CliContext& context, const QStringList& arguments);
int runExport(CliContext& context, const QStringList& arguments);
int runKeys(CliContext& context, const QStringList& arguments);
int runRestorePrevious(CliContext& context, const QStringList& arguments);
int runReferralSlip(CliContext& context, const QStringList& arguments);
int runCorrections(CliContext& context, const QStringList& arguments);
int runPathway(CliContext& context, const QStringList& arguments);
int runReferrals(CliContext& context, const QStringList& arguments);

/// The table main() dispatches on, in the order `--help` lists them.
const CommandEntry* commandTable();

} // namespace pathways::cli
