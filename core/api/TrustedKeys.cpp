#include "api/TrustedKeys.h"

#include "bundle/Minisign.h"
#include "bundle/TrustStore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace pathways::api {

namespace {

// "<id>.source": what the user told us when adding the key, one "key=value" a line.
struct SourceNote
{
    QString name, added, from;
};

SourceNote readNote(const QString& path)
{
    SourceNote note;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return note;
    for (const QByteArray& line : file.read(4096).split('\n')) {
        const QString text = QString::fromUtf8(line);
        const QString key = text.section(QLatin1Char('='), 0, 0);
        const QString value = text.section(QLatin1Char('='), 1);
        if (key == QLatin1String("name"))
            note.name = value;
        else if (key == QLatin1String("added"))
            note.added = value;
        else if (key == QLatin1String("from"))
            note.from = value;
    }
    return note;
}

bool writeFile(const QString& path, const QByteArray& content)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size() && file.commit();
}

// A bare base64 key line (as read aloud or pasted from a message) becomes a minisign file.
QByteArray asKeyFile(const QByteArray& text)
{
    const QByteArray trimmed = text.trimmed();
    if (trimmed.startsWith("untrusted comment:"))
        return trimmed + '\n';
    return "untrusted comment: minisign public key\n" + trimmed + '\n';
}

TrustedKeyEntry entryOf(const bundle::TrustedKey& key, const QString& userFolder,
                        const bundle::TrustStore& store)
{
    TrustedKeyEntry entry;
    entry.id = key.key.idHex();
    entry.fingerprint = TrustedKeys::fingerprint(entry.id);
    entry.publisher = key.publisher;
    entry.demonstration = key.demonstration;
    entry.revoked = store.isRevoked(key.key.id);
    const QFileInfo file(key.source);
    entry.removable =
        key.source != QLatin1String("built-in") && file.absolutePath() == QDir(userFolder).absolutePath();
    entry.rotated = file.fileName().startsWith(QLatin1String("rotated-"));
    const SourceNote note = entry.removable
                                ? readNote(QDir(userFolder).filePath(entry.id + QStringLiteral(".source")))
                                : SourceNote{};
    entry.name = !note.name.isEmpty() ? note.name : !key.publisher.isEmpty() ? key.publisher : entry.id;
    entry.added = note.added;
    entry.source = !note.from.isEmpty() ? note.from : key.source;
    return entry;
}

} // namespace

TrustedKeys::TrustedKeys(directory::DataFolder folder) : m_folder(std::move(folder)) {}

QString TrustedKeys::fingerprint(const QString& idHex)
{
    QStringList groups;
    for (qsizetype i = 0; i < idHex.size(); i += 4)
        groups << idHex.mid(i, 4).toUpper();
    return groups.join(QLatin1Char(' '));
}

Expected<QList<TrustedKeyEntry>> TrustedKeys::list() const
{
    const bundle::TrustStore store = bundle::TrustStore::load(m_folder.trustedKeysPath());
    QList<TrustedKeyEntry> entries;
    for (const bundle::TrustedKey& key : store.keys())
        entries << entryOf(key, m_folder.trustedKeysPath(), store);
    std::stable_sort(entries.begin(), entries.end(), [](const TrustedKeyEntry& a, const TrustedKeyEntry& b) {
        return a.removable > b.removable;
    });
    return entries;
}

Expected<TrustedKeyEntry> TrustedKeys::inspect(const QByteArray& text)
{
    const auto key = bundle::PublicKey::parse(asKeyFile(text));
    if (!key)
        return Error::invalidInput(key.error().message);
    TrustedKeyEntry entry;
    entry.id = key->idHex();
    entry.fingerprint = fingerprint(entry.id);
    for (const bundle::TrustedKey& builtIn : bundle::TrustStore::builtInKeys())
        if (builtIn.key == *key && builtIn.demonstration)
            entry.demonstration = true;
    return entry;
}

Expected<TrustedKeyEntry> TrustedKeys::add(const QByteArray& text, const QString& name,
                                           const QString& from) const
{
    Expected<TrustedKeyEntry> inspected = inspect(text);
    if (!inspected)
        return inspected;
    if (inspected->demonstration)
        return Error::refused(
            QStringLiteral("key %1 is the public demonstration key: anyone can sign with it, so "
                           "it can never be trusted for updates")
                .arg(inspected->fingerprint));
    const bundle::TrustStore store = bundle::TrustStore::load(m_folder.trustedKeysPath());
    const auto id = bundle::keyIdFromHex(inspected->id);
    if (id && store.isRevoked(*id))
        return Error::refused(
            QStringLiteral("key %1 is revoked on this computer").arg(inspected->fingerprint));
    const QDir folder(m_folder.trustedKeysPath());
    if (!QDir().mkpath(folder.path()))
        return Error{Error::Kind::Io, QStringLiteral("cannot create %1").arg(folder.path()), {}};
    const QString keyPath = folder.filePath(inspected->id + QStringLiteral(".pub"));
    if (!QFile::exists(keyPath)) {
        const QByteArray note = "name=" + name.simplified().toUtf8() +
                                "\nadded=" + QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8() +
                                "\nfrom=" + from.simplified().toUtf8() + '\n';
        // The note first: a key file without its note would still be trusted, only unlabelled.
        if (!writeFile(folder.filePath(inspected->id + QStringLiteral(".source")), note) ||
            !writeFile(keyPath, asKeyFile(text)))
            return Error{Error::Kind::Io, QStringLiteral("cannot write %1").arg(keyPath), {}};
    }
    const Expected<QList<TrustedKeyEntry>> entries = list();
    if (!entries)
        return entries.error();
    for (const TrustedKeyEntry& entry : *entries)
        if (entry.id == inspected->id && entry.removable)
            return entry;
    return Error::unreadable(QStringLiteral("%1 was written but cannot be read back").arg(keyPath));
}

Status TrustedKeys::remove(const QString& id) const
{
    const QString wanted = QString(id).remove(QLatin1Char(' ')).toUpper();
    bool builtInOnly = false;
    QString removedId;
    const bundle::TrustStore store = bundle::TrustStore::load(m_folder.trustedKeysPath());
    for (const bundle::TrustedKey& key : store.keys()) {
        if (key.key.idHex().toUpper() != wanted)
            continue;
        if (!entryOf(key, m_folder.trustedKeysPath(), store).removable) {
            builtInOnly = true;
            continue;
        }
        if (!QFile::remove(key.source))
            return Error{Error::Kind::Io, QStringLiteral("cannot remove %1").arg(key.source), {}};
        removedId = key.key.idHex();
    }
    if (!removedId.isEmpty()) {
        QFile::remove(QDir(m_folder.trustedKeysPath()).filePath(removedId + QStringLiteral(".source")));
        return {};
    }
    if (builtInOnly)
        return Error::invalidInput(
            QStringLiteral("key %1 is built in or set by the administrator (%2); it cannot be "
                           "removed here")
                .arg(fingerprint(wanted), bundle::TrustStore::systemFolder()));
    return Error::notFound(
        QStringLiteral("no trusted key %1 in %2").arg(fingerprint(wanted), m_folder.trustedKeysPath()));
}

} // namespace pathways::api
