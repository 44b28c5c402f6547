#include "cli/BundleCommandSupport.h"

#include "cli/CliContext.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QSaveFile>
#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace pathways::cli::bundlecli {

namespace {

std::optional<QByteArray> promptOnTerminal(const QString& prompt)
{
    FILE* tty = std::fopen("/dev/tty", "r+");
    if (!tty)
        return std::nullopt;
    const int fd = ::fileno(tty);
    termios saved{};
    const bool isTerminal = ::tcgetattr(fd, &saved) == 0;
    if (isTerminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        ::tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    std::fputs(prompt.toLocal8Bit().constData(), tty);
    std::fflush(tty);
    char buffer[1024];
    const bool got = std::fgets(buffer, sizeof buffer, tty) != nullptr;
    if (isTerminal)
        ::tcsetattr(fd, TCSAFLUSH, &saved);
    std::fputs("\n", tty);
    std::fclose(tty);
    if (!got)
        return std::nullopt;
    QByteArray passphrase(buffer);
    while (passphrase.endsWith('\n') || passphrase.endsWith('\r'))
        passphrase.chop(1);
    return passphrase;
}

} // namespace

Expected<QByteArray> readPassphrase(const QString& prompt, bool confirm)
{
    if (qEnvironmentVariableIsSet("PATHWAYS_PASSPHRASE")) {
        const QByteArray fromEnvironment = qgetenv("PATHWAYS_PASSPHRASE");
        if (fromEnvironment.isEmpty())
            return Error::invalidInput(QStringLiteral("PATHWAYS_PASSPHRASE is empty"));
        return fromEnvironment;
    }
    const auto first = promptOnTerminal(prompt);
    if (!first)
        return Error::invalidInput(
            QStringLiteral("no terminal to ask for the passphrase: set PATHWAYS_PASSPHRASE"));
    if (confirm) {
        const auto second = promptOnTerminal(QStringLiteral("Passphrase (again): "));
        if (!second || *second != *first)
            return Error::invalidInput(QStringLiteral("the passphrases do not match"));
        if (first->isEmpty())
            return Error::invalidInput(
                QStringLiteral("empty passphrase: use --unencrypted for a key without one"));
    }
    return *first;
}

bundle::TrustStore loadTrustStore(CliContext& context)
{
    QStringList warnings;
    bundle::TrustStore store = bundle::TrustStore::load(context.data().trustedKeysPath(), &warnings);
    for (const QString& warning : std::as_const(warnings))
        context.err() << "pathways-cli: warning: " << warning << Qt::endl;
    return store;
}

QJsonObject describe(const bundle::VerifyResult& result)
{
    QJsonObject object{{QStringLiteral("valid"), result.ok()},
                       {QStringLiteral("verdict"), result.describe()}};
    if (!result.ok()) {
        object.insert(QStringLiteral("failed_step"), static_cast<int>(result.step));
        object.insert(QStringLiteral("reason"), result.reason);
    }
    if (result.signature)
        object.insert(QStringLiteral("key_id"), bundle::keyIdToHex(result.signature->keyId));
    if (result.signer)
        object.insert(QStringLiteral("key_source"), result.signer->source);
    if (result.claimed) {
        const bundle::BundleManifest& m = *result.claimed;
        QJsonObject counts;
        for (auto it = m.counts.constBegin(); it != m.counts.constEnd(); ++it)
            counts.insert(it.key(), it.value());
        QJsonArray nextKeys;
        for (const bundle::PublicKey& key : m.nextKeys)
            nextKeys.append(key.idHex());
        const QDateTime expires = QDateTime::fromString(m.expires, Qt::ISODate);
        object.insert(QStringLiteral("publisher"), m.publisher);
        object.insert(QStringLiteral("sequence"), static_cast<qint64>(m.sequence));
        object.insert(QStringLiteral("created"), m.created);
        object.insert(QStringLiteral("expires"), m.expires);
        object.insert(QStringLiteral("expired"), expires < QDateTime::currentDateTimeUtc());
        object.insert(QStringLiteral("hsds_version"), m.hsdsVersion);
        object.insert(QStringLiteral("min_app_version"), m.minAppVersion);
        object.insert(QStringLiteral("region"), m.region);
        object.insert(QStringLiteral("languages"), QJsonArray::fromStringList(m.languages));
        object.insert(QStringLiteral("counts"), counts);
        object.insert(QStringLiteral("payload_name"), m.payloadName);
        object.insert(QStringLiteral("payload_form"),
                      m.hasDatabasePayload() ? QStringLiteral("sqlite") : QStringLiteral("csv"));
        object.insert(QStringLiteral("payload_size"), m.payloadSize);
        object.insert(QStringLiteral("uncompressed_size"), m.uncompressedSize);
        object.insert(QStringLiteral("next_keys"), nextKeys);
    }
    return object;
}

void printDescription(CliContext& context, const bundle::VerifyResult& result)
{
    const QJsonObject d = describe(result);
    QTextStream& out = context.out();
    if (result.claimed) {
        out << "Publisher:     " << d.value(QStringLiteral("publisher")).toString() << '\n'
            << "Sequence:      " << d.value(QStringLiteral("sequence")).toInteger() << '\n'
            << "Created:       " << d.value(QStringLiteral("created")).toString() << '\n'
            << "Expires:       " << d.value(QStringLiteral("expires")).toString()
            << (d.value(QStringLiteral("expired")).toBool() ? "  (EXPIRED)" : "") << '\n'
            << "Region:        " << d.value(QStringLiteral("region")).toString() << '\n'
            << "Languages:     " << result.claimed->languages.join(QStringLiteral(", ")) << '\n'
            << "Payload:       " << d.value(QStringLiteral("payload_name")).toString() << ", "
            << d.value(QStringLiteral("payload_size")).toInteger() << " bytes ("
            << d.value(QStringLiteral("uncompressed_size")).toInteger() << " uncompressed, "
            << (result.claimed->hasDatabasePayload() ? "a built SQLite directory" : "HSDS CSV tables")
            << ")\n"
            << "Counts:       ";
        for (auto it = result.claimed->counts.constBegin(); it != result.claimed->counts.constEnd(); ++it)
            out << ' ' << it.key() << '=' << it.value();
        out << '\n';
        if (!result.claimed->nextKeys.isEmpty())
            out << "Next keys:     "
                << d.value(QStringLiteral("next_keys")).toVariant().toStringList().join(QStringLiteral(", "))
                << '\n';
    }
    if (result.signature)
        out << "Key id:        " << d.value(QStringLiteral("key_id")).toString()
            << (result.signer ? QStringLiteral(" (trusted: %1)").arg(result.signer->source) : QString())
            << '\n';
    out.flush();
}

Expected<QByteArray> readSmallFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::notFound(QStringLiteral("cannot read %1: %2").arg(path, file.errorString()));
    if (file.size() > 64 * 1024)
        return Error::invalidInput(QStringLiteral("%1 is too large to be a key").arg(path));
    return file.readAll();
}

Status writeFileAtomically(const QString& path, const QByteArray& data, bool secret)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{
            Error::Kind::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()), {}};
    if (secret)
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(data) != data.size() || !file.commit())
        return Error{
            Error::Kind::Io, QStringLiteral("cannot write %1: %2").arg(path, file.errorString()), {}};
    return {};
}

} // namespace pathways::cli::bundlecli
