#pragma once

#include <QString>
#include <QStringList>

namespace pathways::desktop {

/// `pathways [--data-dir DIR] [--lang CODE] [FILE.pathways]`, with the same data folder rules as the CLI.
struct StartupOptions
{
    QString dataDir;
    QStringList languages; ///< content languages from --lang, in order
    QString bundle;        ///< a bundle to open the update dialog for
    QString error;         ///< set when the command line could not be read

    static StartupOptions parse(const QStringList& arguments);
};

} // namespace pathways::desktop
