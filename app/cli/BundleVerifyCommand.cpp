#include "api/UpdateService.h"
#include "bundle/BundleInstaller.h"
#include "cli/BundleCommand.h"
#include "cli/BundleCommandSupport.h"
#include "cli/CliContext.h"

#include <QCommandLineParser>
#include <QJsonObject>

namespace pathways::cli {

namespace {

enum class Mode { Verify, Inspect };

int verifyOrInspect(CliContext& context, const QStringList& arguments, Mode mode)
{
    const QString name =
        mode == Mode::Verify ? QStringLiteral("bundle verify") : QStringLiteral("bundle inspect");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        mode == Mode::Verify ? QStringLiteral("Check a bundle: exit 0 only if it is valid and trusted.")
                             : QStringLiteral("Show what a bundle claims and why it is or is not trusted."));
    parser.addHelpOption();
    parser.addOption({QStringLiteral("public"), QStringLiteral("Also trust this public key file."),
                      QStringLiteral("FILE")});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The bundle."));
    if (!context.parse(parser, name, arguments))
        return 1;
    if (parser.isSet(QStringLiteral("help"))) {
        context.out() << parser.helpText();
        return 0;
    }
    if (parser.positionalArguments().size() != 1)
        return context.userError(QStringLiteral("%1 needs one FILE").arg(name));
    bundle::TrustStore trust = bundlecli::loadTrustStore(context);
    if (parser.isSet(QStringLiteral("public"))) {
        QString error;
        const auto text = bundlecli::readSmallFile(parser.value(QStringLiteral("public")), &error);
        if (!text)
            return context.userError(QStringLiteral("--public: %1").arg(error));
        const auto key = bundle::PublicKey::parse(*text);
        if (!key)
            return context.userError(QStringLiteral("--public: %1").arg(key.error().message));
        trust.add({*key, {}, parser.value(QStringLiteral("public"))});
    }
    const bundle::VerifyResult result =
        bundle::BundleVerifier::verifyFile(parser.positionalArguments().first(), trust, nullptr);

    // Where this bundle stands against the installed directory: information here, a decision in `sync`.
    QString relation;
    if (const Expected<bundle::InstalledState> state = api::UpdateService(context.data()).installedState();
        !state) {
        relation = QStringLiteral("the installed directory cannot be read");
    } else {
        const bundle::InstalledState& installed = *state;
        if (installed.present && result.claimed) {
            const bool samePublisher = installed.publisher == result.claimed->publisher;
            const quint64 floor = qMax(installed.highWater.value(result.claimed->publisher),
                                       samePublisher ? installed.sequence : 0);
            if (samePublisher && installed.sequence == result.claimed->sequence)
                relation = QStringLiteral("already installed");
            else if (result.claimed->sequence <= floor)
                relation = QStringLiteral("older than what is installed (sequence %1): sync would refuse it")
                               .arg(floor);
            else
                relation = QStringLiteral("newer than the installed directory (%1 sequence %2)")
                               .arg(installed.publisher)
                               .arg(installed.sequence);
        }
    }

    if (context.json()) {
        QJsonObject description = bundlecli::describe(result);
        if (!relation.isEmpty())
            description.insert(QStringLiteral("installed"), relation);
        context.printJson(description);
    } else {
        if (mode == Mode::Inspect || result.ok())
            bundlecli::printDescription(context, result);
        if (!relation.isEmpty())
            context.out() << "Installed:     " << relation << '\n';
        if (mode == Mode::Inspect)
            context.out() << "Trusted:       "
                          << (result.ok() ? QStringLiteral("yes, signature and payload verified")
                                          : QStringLiteral("NO: ") + result.describe())
                          << '\n';
        else if (result.ok())
            context.out() << "Verified:      signature, manifest and payload are valid\n";
        context.out().flush();
    }
    if (!result.ok())
        return context.failure(result.describe());
    return 0;
}

} // namespace

int runBundleVerify(CliContext& context, const QStringList& arguments)
{
    return verifyOrInspect(context, arguments, Mode::Verify);
}

int runBundleInspect(CliContext& context, const QStringList& arguments)
{
    return verifyOrInspect(context, arguments, Mode::Inspect);
}

} // namespace pathways::cli
