#include "bundle/TrustStore.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>

namespace pathways::bundle {

namespace {

// The demonstration key that signs the embedded default directory. Its secret key is PUBLIC, in
// tests/fixtures/keys/demo.key: anything it signs is demonstration data, which is why it is bound to the
// demonstration publisher only and can never vouch for a real publisher's directory.
constexpr char kDemoPublicKey[] = "RWQnuQqABt9+fXUXgcH7zR5OjL6rkeFmsg6v3Zn20tN7zRFOFNfMIqwH";
constexpr char kDemoPublisher[] = "Pathways demonstration data (verify before referring)";

constexpr char kPublisherPrefix[] = "untrusted comment: pathways publisher=";

QByteArray readSmallFile(const QString& path, qint64 cap)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > cap)
        return {};
    return file.readAll();
}

} // namespace

QList<TrustedKey> TrustStore::builtInKeys()
{
    const auto demo = PublicKey::parse(QByteArray(kDemoPublicKey));
    Q_ASSERT(demo);
    return {TrustedKey{*demo, QString::fromUtf8(kDemoPublisher), QStringLiteral("built-in"), true}};
}

TrustStore TrustStore::load(const QString& userFolder, QStringList* warnings)
{
    return loadFolders({systemFolder(), userFolder}, true, warnings);
}

TrustStore TrustStore::loadFolders(const QStringList& folders, bool builtIn, QStringList* warnings)
{
    TrustStore store;
    if (builtIn)
        for (const TrustedKey& key : builtInKeys())
            store.add(key);
    for (const QString& folder : folders)
        store.loadFolder(folder, warnings);
    return store;
}

void TrustStore::loadFolder(const QString& folder, QStringList* warnings)
{
    const QDir dir(folder);
    if (!dir.exists())
        return;
    const QByteArray revoked = readSmallFile(dir.filePath(QStringLiteral("revoked-keys")), 1 << 20);
    for (QByteArray line : revoked.split('\n')) {
        line = line.left(line.indexOf('#') < 0 ? line.size() : line.indexOf('#')).trimmed();
        if (line.isEmpty())
            continue;
        const auto id = keyIdFromHex(QString::fromLatin1(line));
        if (id)
            revoke(*id);
        else if (warnings)
            *warnings << QStringLiteral("%1/revoked-keys: '%2' is not a key id")
                             .arg(folder, QString::fromLatin1(line.left(20)));
    }
    for (const QString& name :
         dir.entryList({QStringLiteral("*.pub")}, QDir::Files | QDir::Readable, QDir::Name)) {
        const QString path = dir.filePath(name);
        const QByteArray text = readSmallFile(path, 4096);
        const auto key = PublicKey::parse(text);
        if (!key) {
            if (warnings)
                *warnings << QStringLiteral("%1: %2 (ignored)").arg(path, key.error().message);
            continue;
        }
        QString publisher;
        const QByteArray firstLine = text.left(text.indexOf('\n')).trimmed();
        if (firstLine.startsWith(kPublisherPrefix))
            publisher = QString::fromUtf8(firstLine.mid(qstrlen(kPublisherPrefix))).trimmed();
        add(TrustedKey{*key, publisher, path});
    }
}

void TrustStore::add(const TrustedKey& key)
{
    for (const TrustedKey& existing : std::as_const(m_keys))
        if (existing.key == key.key && existing.publisher == key.publisher)
            return;
    m_keys << key;
}

const TrustedKey* TrustStore::find(const KeyId& id) const
{
    if (isRevoked(id))
        return nullptr;
    // An unbound key (any publisher) wins over a bound one only if it comes first; callers check the
    // publisher with the returned entry, so prefer unbound entries to avoid false refusals.
    const TrustedKey* found = nullptr;
    for (const TrustedKey& key : m_keys) {
        if (key.key.id != id)
            continue;
        if (key.publisher.isEmpty())
            return &key;
        if (!found)
            found = &key;
    }
    return found;
}

Status TrustStore::addRotationKeys(const QString& userFolder, const QString& publisher,
                                   const QList<PublicKey>& keys)
{
    if (keys.isEmpty())
        return {};
    if (!QDir().mkpath(userFolder))
        return Error{Error::Kind::Io, QStringLiteral("cannot create %1").arg(userFolder), {}};
    for (const PublicKey& key : keys) {
        const QString path = QDir(userFolder).filePath(QStringLiteral("rotated-%1.pub").arg(key.idHex()));
        const QByteArray content = key.toFile(QStringLiteral("pathways publisher=") + publisher);
        if (readSmallFile(path, 4096) == content)
            continue;
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
            return Error{Error::Kind::Io, QStringLiteral("cannot write %1").arg(path), file.errorString()};
    }
    return {};
}

} // namespace pathways::bundle
