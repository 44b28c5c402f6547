// pathways-cli: the command-line face of the core library, for scripting, publishing and tests.
// Global options (--data-dir, --lang, --json) may stand before or after the command.
#include "api/PrepareDataFolder.h"
#include "cli/CliContext.h"
#include "cli/Commands.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <cstdio>
#include <cstring>
#include <memory>

using namespace pathways;

namespace {

struct GlobalOptions
{
    QString dataDir;
    QStringList languages;
    bool json = false;
    bool help = false;
    bool version = false;
    QStringList rest;
    QString error;
};

GlobalOptions extractGlobalOptions(const QStringList& arguments)
{
    GlobalOptions options;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        auto takeValue = [&](const QString& name, QString* target) {
            if (argument.startsWith(name + QLatin1Char('='))) {
                *target = argument.mid(name.size() + 1);
                return true;
            }
            if (argument != name)
                return false;
            if (i + 1 >= arguments.size())
                options.error = QStringLiteral("%1 needs a value").arg(name);
            else
                *target = arguments.at(++i);
            return true;
        };
        QString language;
        if (argument == QLatin1String("--")) {
            options.rest += arguments.mid(i);
            break;
        }
        if (argument == QLatin1String("--json"))
            options.json = true;
        else if (argument == QLatin1String("--help") || argument == QLatin1String("-h"))
            options.help = true;
        else if (argument == QLatin1String("--version"))
            options.version = true;
        else if (takeValue(QStringLiteral("--data-dir"), &options.dataDir))
            continue;
        else if (takeValue(QStringLiteral("--lang"), &language))
            options.languages += language.split(QLatin1Char(','), Qt::SkipEmptyParts);
        else
            options.rest << argument;
    }
    return options;
}

QStringList contentLanguages(QStringList preferred)
{
    for (const QString& uiLanguage : QLocale::system().uiLanguages())
        preferred << uiLanguage.section(QLatin1Char('-'), 0, 0).toLower();
    preferred << QStringLiteral("en");
    preferred.removeDuplicates();
    preferred.removeAll(QStringLiteral("c"));
    return preferred;
}

void printUsage(QTextStream& out)
{
    out << "Usage: pathways-cli [--data-dir DIR] [--lang CODE[,CODE...]] [--json] COMMAND [ARGS]\n\n"
           "Commands:\n";
    for (const cli::CommandEntry* entry = cli::commandTable(); entry->name; ++entry)
        out << "  " << QString::fromLatin1(entry->name).leftJustified(16) << entry->summary << '\n';
    out << "\nRun 'pathways-cli COMMAND --help' for a command's options.\n"
           "Data folder: --data-dir, else $PATHWAYS_DATA_DIR, else the user's application data folder.\n";
}

/// The command named on the command line, looked up before the application object exists (it decides
/// which one): the first argument that names a command.
const cli::CommandEntry* namedCommand(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i)
        for (const cli::CommandEntry* entry = cli::commandTable(); entry->name; ++entry)
            if (std::strcmp(argv[i], entry->name) == 0)
                return entry;
    return nullptr;
}

/// Every error the CLI reports is its own one line on stderr; Qt's own chatter (a missing XDG_RUNTIME_DIR
/// when the Gui platform starts, say) would make it two. Fatal messages still go through.
void quietQtMessages(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    if (type == QtFatalMsg || type == QtCriticalMsg)
        std::fprintf(stderr, "pathways-cli: %s\n", qPrintable(message));
}

} // namespace

int main(int argc, char* argv[])
{
    qInstallMessageHandler(quietQtMessages);
    // Commands that render pages (referral-slip) need Qt Gui's font database: a QGuiApplication on the
    // offscreen platform (no display needed). The others keep the lighter QCoreApplication.
    std::unique_ptr<QCoreApplication> app;
    const cli::CommandEntry* named = namedCommand(argc, argv);
    if (named && named->rendersPages) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("Pathways"));
    QCoreApplication::setApplicationName(QStringLiteral("pathways"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PATHWAYS_VERSION));

    const GlobalOptions options = extractGlobalOptions(QCoreApplication::arguments().mid(1));
    cli::CliContext context(directory::DataFolder::resolve(options.dataDir),
                            contentLanguages(options.languages), options.json);
    if (!options.error.isEmpty())
        return context.userError(options.error);
    if (options.version) {
        context.out() << "pathways-cli " << PATHWAYS_VERSION << Qt::endl;
        return 0;
    }
    if (options.rest.isEmpty()) {
        printUsage(context.out());
        return options.help ? 0 : 1;
    }
    const QString command = options.rest.first();
    QStringList arguments = options.rest.mid(1);
    if (options.help)
        arguments << QStringLiteral("--help");
    for (const cli::CommandEntry* entry = cli::commandTable(); entry->name; ++entry) {
        if (command != QLatin1String(entry->name))
            continue;
        const bool helpOnly =
            arguments.contains(QStringLiteral("--help")) || arguments.contains(QStringLiteral("-h"));
        if (entry->readsDirectory && !helpOnly) {
            if (const Status prepared = api::prepareDataFolder(context.data()); !prepared)
                return context.fail(prepared.error());
        }
        try {
            return entry->run(context, arguments);
        } catch (const std::exception& error) {
            // The core answers errors as values; this is only the last line of defence (bad_alloc, ...).
            return context.failure(QString::fromLocal8Bit(error.what()));
        }
    }
    return context.userError(QStringLiteral("unknown command '%1' (try --help)").arg(command));
}
