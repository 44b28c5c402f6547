// keys list | add FILE [--name NAME] [--yes] | remove ID: the publishers' keys this data folder trusts.
#include "api/TrustedKeys.h"
#include "cli/BundleCommandSupport.h"
#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "cli/TextTable.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <cstdio>
#include <unistd.h>

namespace pathways::cli {

namespace {

QJsonObject toJson(const api::TrustedKeyEntry& e)
{
    const auto text = [](const QString& value) { return value.isEmpty() ? QJsonValue() : QJsonValue(value); };
    return QJsonObject{{QStringLiteral("id"), e.id},
                       {QStringLiteral("name"), e.name},
                       {QStringLiteral("fingerprint"), e.fingerprint},
                       {QStringLiteral("added"), text(e.added)},
                       {QStringLiteral("source"), e.source},
                       {QStringLiteral("publisher"), text(e.publisher)},
                       {QStringLiteral("removable"), e.removable},
                       {QStringLiteral("demonstration"), e.demonstration},
                       {QStringLiteral("revoked"), e.revoked},
                       {QStringLiteral("rotated"), e.rotated}};
}

bool parseOrHelp(CliContext& context, QCommandLineParser& parser, const QString& command,
                 const QStringList& arguments, int* exitCode)
{
    parser.addHelpOption();
    return context.begin(parser, command, arguments, exitCode);
}

int runList(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List the keys trusted to sign directory updates."));
    int exitCode = 0;
    if (!parseOrHelp(context, parser, QStringLiteral("keys list"), arguments, &exitCode))
        return exitCode;
    const auto entries = api::TrustedKeys(context.data()).list();
    if (!entries)
        return context.fail(entries.error());
    if (context.json()) {
        QJsonArray array;
        for (const auto& entry : *entries)
            array.append(toJson(entry));
        context.printJson(array);
        return 0;
    }
    TextTable table({QStringLiteral("FINGERPRINT"), QStringLiteral("NAME"), QStringLiteral("ADDED"),
                     QStringLiteral("SOURCE")},
                    50);
    for (const auto& e : *entries) {
        QString name = e.name;
        if (e.revoked)
            name += QStringLiteral(" (REVOKED)");
        else if (e.demonstration)
            name += QStringLiteral(" (demonstration data only)");
        else if (e.rotated)
            name += QStringLiteral(" (rotated in by the publisher)");
        table.addRow({e.fingerprint, name, e.added.left(10), e.source});
    }
    table.print(context.out());
    context.out().flush();
    return 0;
}

// A key is trusted only by someone who compared its fingerprint with the coordinator: in a terminal we ask,
// elsewhere --yes must say it was done.
bool confirmed(CliContext& context, const api::TrustedKeyEntry& key, bool yes)
{
    if (yes)
        return true;
    if (!::isatty(STDIN_FILENO))
        return false;
    context.out() << "Key fingerprint: " << key.fingerprint << '\n'
                  << "Compare it with the coordinator, by phone or in person, before you trust it.\n"
                  << "Trust this key for directory updates? [y/N] ";
    context.out().flush();
    char answer[8] = {};
    return std::fgets(answer, sizeof answer, stdin) && (answer[0] == 'y' || answer[0] == 'Y');
}

int runAdd(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Trust a publisher's minisign public key (a .pub file, or - for standard input) for updates."));
    parser.addOption({QStringLiteral("name"), QStringLiteral("A label for the key (who it belongs to)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("yes"),
                      QStringLiteral("The fingerprint was compared with the coordinator: do not ask.")});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The public key file."));
    int exitCode = 0;
    if (!parseOrHelp(context, parser, QStringLiteral("keys add"), arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1)
        return context.userError(QStringLiteral("keys add needs one public key FILE"));
    const QString file = parser.positionalArguments().first();
    QByteArray text;
    if (file == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return context.failure(QStringLiteral("cannot read standard input"));
        text = in.read(4096);
    } else {
        const auto read = bundlecli::readSmallFile(file);
        if (!read)
            return context.userError(read.error().message);
        text = *read;
    }
    const auto inspected = api::TrustedKeys::inspect(text);
    if (!inspected)
        return context.fail(inspected.error());
    if (!inspected->demonstration && !confirmed(context, *inspected, parser.isSet(QStringLiteral("yes"))))
        return context.userError(
            QStringLiteral("key %1 not added: compare its fingerprint with the coordinator, then run again "
                           "with --yes (or in a terminal)")
                .arg(inspected->fingerprint));
    const QString from =
        file == QLatin1String("-") ? QStringLiteral("standard input") : QFileInfo(file).absoluteFilePath();
    const auto added = api::TrustedKeys(context.data()).add(text, parser.value(QStringLiteral("name")), from);
    if (!added)
        return context.fail(added.error());
    if (context.json())
        context.printJson(toJson(*added));
    else
        context.out() << "Trusted " << added->name << " (" << added->fingerprint << ") for directory updates."
                      << Qt::endl;
    return 0;
}

int runRemove(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Stop trusting a key of this data folder."));
    parser.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("The key id or fingerprint."));
    int exitCode = 0;
    if (!parseOrHelp(context, parser, QStringLiteral("keys remove"), arguments, &exitCode))
        return exitCode;
    if (parser.positionalArguments().isEmpty())
        return context.userError(QStringLiteral("keys remove needs a key ID (see 'pathways-cli keys list')"));
    const QString id = parser.positionalArguments().join(QString());
    if (const Status removed = api::TrustedKeys(context.data()).remove(id); !removed)
        return context.fail(removed.error());
    if (!context.json())
        context.out() << "No longer trusted: "
                      << api::TrustedKeys::fingerprint(id.toUpper().remove(QLatin1Char(' '))) << Qt::endl;
    else
        context.printJson(QJsonObject{{QStringLiteral("removed"), id}});
    return 0;
}

} // namespace

int runKeys(CliContext& context, const QStringList& arguments)
{
    const QString sub = arguments.value(0);
    if (sub == QLatin1String("list"))
        return runList(context, arguments.mid(1));
    if (sub == QLatin1String("add"))
        return runAdd(context, arguments.mid(1));
    if (sub == QLatin1String("remove"))
        return runRemove(context, arguments.mid(1));
    if (sub == QLatin1String("--help") || sub.isEmpty()) {
        context.out()
            << "Usage: pathways-cli keys list|add|remove ...\n"
               "  list                          the keys trusted to sign updates (--json: id, name, "
               "fingerprint, added, source)\n"
               "  add FILE [--name NAME] [--yes] trust a publisher's public key (compare its "
               "fingerprint first)\n"
               "  remove ID                     stop trusting a key of this data folder\n";
        context.out().flush();
        return sub.isEmpty() ? 1 : 0;
    }
    return context.userError(QStringLiteral("unknown keys command '%1' (try keys --help)").arg(sub));
}

} // namespace pathways::cli
