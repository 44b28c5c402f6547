#include "desktop/StartupOptions.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace pathways::desktop {

StartupOptions StartupOptions::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("StartupOptions", "Pathways referral directory"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("data-dir"), QCoreApplication::translate("StartupOptions", "Data folder."),
         QStringLiteral("DIR")},
        {QStringLiteral("lang"),
         QCoreApplication::translate("StartupOptions", "Content languages, e.g. uk,sl."),
         QStringLiteral("CODE")},
    });
    parser.addPositionalArgument(
        QStringLiteral("FILE"),
        QCoreApplication::translate("StartupOptions", "A directory update (*.pathways) to install."),
        QStringLiteral("[FILE]"));
    parser.process(arguments); // --help/--version print and exit, as users expect
    StartupOptions options;
    options.dataDir = parser.value(QStringLiteral("data-dir"));
    for (const QString& value : parser.values(QStringLiteral("lang")))
        options.languages += value.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parser.positionalArguments().size() > 1)
        options.error = QCoreApplication::translate("StartupOptions", "Give at most one bundle file.");
    else if (!parser.positionalArguments().isEmpty())
        options.bundle = parser.positionalArguments().first();
    return options;
}

} // namespace pathways::desktop
