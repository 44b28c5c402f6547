#include "cli/BundleCommand.h"

#include "api/PrepareDataFolder.h"
#include "api/UpdateService.h"
#include "bundle/BundleBuilder.h"
#include "bundle/BundleInstaller.h"
#include "cli/BundleCommandSupport.h"
#include "cli/CliContext.h"
#include "cli/Commands.h"
#include "cli/TerminalProgress.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonObject>

namespace pathways::cli {

namespace {

bool wantsHelp(CliContext& context, QCommandLineParser& parser)
{
    if (!parser.isSet(QStringLiteral("help")))
        return false;
    context.out() << parser.helpText();
    context.out().flush();
    return true;
}

} // namespace

int runBundle(CliContext& context, const QStringList& arguments)
{
    static const struct
    {
        const char* name;
        CommandFunction run;
    } subcommands[] = {{"keygen", runBundleKeygen},
                       {"build", runBundleBuild},
                       {"verify", runBundleVerify},
                       {"inspect", runBundleInspect},
                       {"export", runBundleExport}};
    const QString sub = arguments.value(0);
    for (const auto& entry : subcommands)
        if (sub == QLatin1String(entry.name))
            return entry.run(context, arguments.mid(1));
    if (sub == QLatin1String("--help") || sub.isEmpty()) {
        context.out() << "Usage: pathways-cli bundle keygen|build|verify|inspect|export ...\n"
                         "  keygen  --secret FILE --public FILE [--unencrypted]\n"
                         "  build   --hsds DIR --sequence N --expires DATE --publisher NAME --secret KEYFILE "
                         "--out FILE\n"
                         "  verify  FILE     exit 0 only if valid and signed by a trusted key\n"
                         "  inspect FILE     what the bundle claims and why it is or is not trusted\n"
                         "  export  FILE     write the installed bundle (byte-identical) to FILE\n";
        context.out().flush();
        return sub.isEmpty() ? 1 : 0;
    }
    return context.userError(QStringLiteral("unknown bundle command '%1' (try bundle --help)").arg(sub));
}

int runBundleKeygen(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Make a minisign key pair for signing bundles."));
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("secret"), QStringLiteral("Secret key file to write."), QStringLiteral("FILE")},
         {QStringLiteral("public"), QStringLiteral("Public key file to write."), QStringLiteral("FILE")},
         {QStringLiteral("unencrypted"), QStringLiteral("Store the secret key without a passphrase.")},
         {QStringLiteral("force"), QStringLiteral("Overwrite existing key files.")}});
    if (!context.parse(parser, QStringLiteral("bundle keygen"), arguments))
        return 1;
    if (wantsHelp(context, parser))
        return 0;
    const QString secretPath = parser.value(QStringLiteral("secret"));
    const QString publicPath = parser.value(QStringLiteral("public"));
    if (secretPath.isEmpty() || publicPath.isEmpty())
        return context.userError(QStringLiteral("bundle keygen needs --secret FILE and --public FILE"));
    if (!parser.isSet(QStringLiteral("force")) &&
        (QFileInfo::exists(secretPath) || QFileInfo::exists(publicPath)))
        return context.userError(
            QStringLiteral("%1 or %2 exists already (use --force to overwrite)").arg(secretPath, publicPath));
    QByteArray passphrase;
    QString error;
    if (!parser.isSet(QStringLiteral("unencrypted"))) {
        const auto entered =
            bundlecli::readPassphrase(QStringLiteral("Passphrase for the new secret key: "), true, &error);
        if (!entered)
            return context.userError(error);
        passphrase = *entered;
    }
    const bundle::SecretKey key = bundle::SecretKey::generate();
    const QByteArray secretFile = key.toFile(passphrase);
    if (secretFile.isEmpty())
        return context.failure(QStringLiteral("cannot encrypt the secret key (out of memory for scrypt?)"));
    if (!bundlecli::writeFileAtomically(secretPath, secretFile, true, &error) ||
        !bundlecli::writeFileAtomically(publicPath, key.publicKey().toFile(), false, &error))
        return context.failure(error);
    if (context.json())
        context.printJson(
            QJsonObject{{QStringLiteral("key_id"), key.publicKey().idHex()},
                        {QStringLiteral("public_key"), QString::fromLatin1(key.publicKey().toBase64())}});
    else
        context.out() << "Key id " << key.publicKey().idHex() << ": secret key in " << secretPath
                      << ", public key in " << publicPath << Qt::endl;
    return 0;
}

int runBundleBuild(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Build and sign a directory bundle from an HSDS package (a CSV folder of any version, "
                       "a .zip, HSDS 3.0 JSON) or a one-sheet CSV."));
    parser.addHelpOption();
    parser.addOptions(
        {{QStringLiteral("hsds"), QStringLiteral("HSDS package: a folder, a .zip or a .json file."),
          QStringLiteral("PATH")},
         {QStringLiteral("sheet"), QStringLiteral("A one-sheet CSV instead (docs/sheet-template.md)."),
          QStringLiteral("FILE.csv")},
         {QStringLiteral("quiet"), QStringLiteral("No progress bar.")},
         {QStringLiteral("sequence"), QStringLiteral("Sequence, higher than any earlier bundle."),
          QStringLiteral("N")},
         {QStringLiteral("expires"), QStringLiteral("Expiry, 2027-01-31 or 2027-01-31T00:00:00Z."),
          QStringLiteral("DATE")},
         {QStringLiteral("publisher"), QStringLiteral("Publisher name."), QStringLiteral("NAME")},
         {QStringLiteral("secret"), QStringLiteral("minisign secret key."), QStringLiteral("KEYFILE")},
         {QStringLiteral("out"), QStringLiteral("Bundle file to write."), QStringLiteral("FILE")},
         {QStringLiteral("region"), QStringLiteral("Region the directory covers."), QStringLiteral("TEXT")},
         {QStringLiteral("created"), QStringLiteral("Creation time (default: now)."), QStringLiteral("DATE")},
         {QStringLiteral("next-key"), QStringLiteral("Public key to rotate to (repeatable)."),
          QStringLiteral("FILE")},
         {QStringLiteral("level"), QStringLiteral("zstd level (default 12)."), QStringLiteral("N")},
         {QStringLiteral("payload"),
          QStringLiteral("Payload form: csv (HSDS tables), sqlite (the built directory, installs faster) "
                         "or auto (default: sqlite from 20000 services on)."),
          QStringLiteral("FORM")}});
    if (!context.parse(parser, QStringLiteral("bundle build"), arguments))
        return 1;
    if (wantsHelp(context, parser))
        return 0;
    if (parser.isSet(QStringLiteral("hsds")) == parser.isSet(QStringLiteral("sheet")))
        return context.userError(QStringLiteral("bundle build needs --hsds PATH or --sheet FILE.csv"));
    for (const char* required : {"sequence", "expires", "publisher", "secret", "out"})
        if (parser.value(QString::fromLatin1(required)).isEmpty())
            return context.userError(
                QStringLiteral("bundle build needs --%1").arg(QString::fromLatin1(required)));
    bundle::BundleBuilder::Options options;
    bool ok = false;
    options.sequence = parser.value(QStringLiteral("sequence")).toULongLong(&ok);
    if (!ok || options.sequence == 0 || options.sequence > static_cast<quint64>(bundle::format::kMaxSequence))
        return context.userError(QStringLiteral("--sequence must be a whole number from 1 to 2^63-1"));
    options.sheet = parser.isSet(QStringLiteral("sheet"));
    options.hsdsFolder = parser.value(options.sheet ? QStringLiteral("sheet") : QStringLiteral("hsds"));
    options.expires = parser.value(QStringLiteral("expires"));
    options.created = parser.value(QStringLiteral("created"));
    options.publisher = parser.value(QStringLiteral("publisher"));
    options.region = parser.value(QStringLiteral("region"));
    if (parser.isSet(QStringLiteral("level")))
        options.compressionLevel = qBound(1, parser.value(QStringLiteral("level")).toInt(), 22);
    const QString form = parser.value(QStringLiteral("payload"));
    if (form == QLatin1String("csv"))
        options.payload = bundle::BundleBuilder::PayloadForm::Tables;
    else if (form == QLatin1String("sqlite"))
        options.payload = bundle::BundleBuilder::PayloadForm::Database;
    else if (!form.isEmpty() && form != QLatin1String("auto"))
        return context.userError(
            QStringLiteral("--payload must be csv, sqlite or auto, not \"%1\"").arg(form));
    QString error;
    for (const QString& path : parser.values(QStringLiteral("next-key"))) {
        const auto text = bundlecli::readSmallFile(path, &error);
        if (!text)
            return context.userError(QStringLiteral("--next-key %1: %2").arg(path, error));
        const auto key = bundle::PublicKey::parse(*text);
        if (!key)
            return context.userError(QStringLiteral("--next-key %1: %2").arg(path, key.error().message));
        options.nextKeys << *key;
    }
    const QString secretPath = parser.value(QStringLiteral("secret"));
    const auto secretText = bundlecli::readSmallFile(secretPath, &error);
    if (!secretText)
        return context.userError(error);
    QByteArray passphrase;
    if (bundle::SecretKey::isEncrypted(*secretText)) {
        const auto entered =
            bundlecli::readPassphrase(QStringLiteral("Passphrase for %1: ").arg(secretPath), false, &error);
        if (!entered)
            return context.userError(error);
        passphrase = *entered;
    }
    const auto key = bundle::SecretKey::parse(*secretText, passphrase);
    if (!key)
        return context.userError(QStringLiteral("%1: %2").arg(secretPath, key.error().message));

    QStringList warnings;
    TerminalProgress progress(parser.isSet(QStringLiteral("quiet")) || context.json());
    options.progress = progress.callback();
    const Expected<QByteArray> bytes = bundle::BundleBuilder::build(options, *key, &warnings);
    progress.finish();
    for (const QString& warning : std::as_const(warnings))
        context.err() << "pathways-cli: warning: " << warning << Qt::endl;
    if (!bytes)
        return context.userError(bytes.error().message);
    // Check the result the way a reader will, with the signer's key as the only trusted one.
    bundle::TrustStore self;
    self.add({key->publicKey(), {}, QStringLiteral("--secret")});
    bundle::VerifyResult check;
    check.bundleBytes = *bytes;
    check.outcome = bundle::VerifyResult::Outcome::Valid;
    bundle::BundleVerifier::verify(check, self, nullptr);
    if (!check.ok())
        return context.failure(QStringLiteral("the built bundle does not verify: %1").arg(check.describe()));
    const QString out = parser.value(QStringLiteral("out"));
    if (!bundlecli::writeFileAtomically(out, *bytes, false, &error))
        return context.failure(error);
    if (context.json()) {
        QJsonObject description = bundlecli::describe(check);
        description.insert(QStringLiteral("file"), out);
        description.insert(QStringLiteral("size"), bytes->size());
        context.printJson(description);
    } else {
        context.out() << "Wrote " << out << " (" << bytes->size() << " bytes)\n";
        bundlecli::printDescription(context, check);
    }
    return 0;
}

int runBundleExport(CliContext& context, const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Write the installed bundle, byte for byte, to FILE."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Where to write the bundle."));
    if (!context.parse(parser, QStringLiteral("bundle export"), arguments))
        return 1;
    if (wantsHelp(context, parser))
        return 0;
    if (parser.positionalArguments().size() != 1)
        return context.userError(QStringLiteral("bundle export needs one FILE"));
    // Like every other command, a first run installs the embedded directory (itself a signed bundle) first.
    if (const Status prepared = api::prepareDataFolder(context.data()); !prepared)
        return context.fail(prepared.error());
    const Expected<QByteArray> bytes = api::UpdateService(context.data()).installedBundle();
    if (!bytes)
        return context.failure(bytes.error().message);
    const QString out = parser.positionalArguments().first();
    QString error;
    if (!bundlecli::writeFileAtomically(out, *bytes, false, &error))
        return context.failure(error);
    if (!context.json())
        context.out() << "Wrote " << out << " (" << bytes->size() << " bytes)" << Qt::endl;
    else
        context.printJson(
            QJsonObject{{QStringLiteral("file"), out}, {QStringLiteral("size"), bytes->size()}});
    return 0;
}

} // namespace pathways::cli
