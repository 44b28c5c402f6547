#include "bundle/Minisign.h"

#include <QList>
#include <cstring>
#include <sodium.h>

namespace pathways::bundle {

namespace {

constexpr qsizetype kPublicKeyBytes = 2 + 8 + 32;
constexpr qsizetype kSecretKeyBytes = 2 + 2 + 2 + 32 + 8 + 8 + 104;
constexpr qsizetype kSignatureBytes = 2 + 8 + 64;
// A minisign secret key asking for more than this to decrypt is not one we made or minisign made.
constexpr std::uint64_t kMaxKdfMemlimit = 4ULL << 30;

const unsigned char* bytes(const QByteArray& data)
{
    return reinterpret_cast<const unsigned char*>(data.constData());
}

bool initSodium()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

std::uint64_t loadLe64(const char* p)
{
    std::uint64_t value = 0;
    for (int i = 7; i >= 0; --i)
        value = (value << 8) | static_cast<std::uint8_t>(p[i]);
    return value;
}

void storeLe64(QByteArray& out, std::uint64_t value)
{
    for (int i = 0; i < 8; ++i)
        out.append(static_cast<char>((value >> (8 * i)) & 0xff));
}

std::optional<QByteArray> decodeBase64(const QByteArray& line)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(line.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return decoded.decoded;
}

// Splits minisign text into lines, accepting \n and \r\n endings (files edited on Windows).
QList<QByteArray> textLines(const QByteArray& text)
{
    QList<QByteArray> lines = text.split('\n');
    for (QByteArray& line : lines)
        if (line.endsWith('\r'))
            line.chop(1);
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

QByteArray secretChecksum(const KeyId& id, const std::array<std::uint8_t, 64>& secret)
{
    QByteArray input("Ed");
    input.append(reinterpret_cast<const char*>(id.data()), 8);
    input.append(reinterpret_cast<const char*>(secret.data()), 64);
    QByteArray out(32, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), 32, bytes(input),
                       static_cast<unsigned long long>(input.size()), nullptr, 0);
    sodium_memzero(input.data(), static_cast<size_t>(input.size()));
    return out;
}

QByteArray kdfStream(const QByteArray& passphrase, const char* salt, std::uint64_t opslimit,
                     std::uint64_t memlimit, bool* ok)
{
    QByteArray stream(104, Qt::Uninitialized);
    *ok = crypto_pwhash_scryptsalsa208sha256(
              reinterpret_cast<unsigned char*>(stream.data()), 104, passphrase.constData(),
              static_cast<unsigned long long>(passphrase.size()),
              reinterpret_cast<const unsigned char*>(salt), opslimit, static_cast<size_t>(memlimit)) == 0;
    return stream;
}

} // namespace

QString keyIdToHex(const KeyId& id)
{
    QString hex;
    for (int i = 7; i >= 0; --i)
        hex += QStringLiteral("%1").arg(id[static_cast<size_t>(i)], 2, 16, QLatin1Char('0')).toUpper();
    return hex;
}

std::optional<KeyId> keyIdFromHex(const QString& hex)
{
    const QByteArray raw = QByteArray::fromHex(hex.trimmed().toLatin1());
    if (raw.size() != 8 || hex.trimmed().size() != 16)
        return std::nullopt;
    KeyId id{};
    for (int i = 0; i < 8; ++i)
        id[static_cast<size_t>(i)] = static_cast<std::uint8_t>(raw.at(7 - i));
    return id;
}

QByteArray blake2b512(const QByteArray& data)
{
    QByteArray out(64, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), 64, bytes(data),
                       static_cast<unsigned long long>(data.size()), nullptr, 0);
    return out;
}

Expected<PublicKey> PublicKey::parse(const QByteArray& text)
{
    const QList<QByteArray> lines = textLines(text.trimmed());
    QByteArray line;
    if (lines.size() == 1)
        line = lines.first();
    else if (lines.size() == 2 && lines.first().startsWith("untrusted comment:"))
        line = lines.at(1);
    else {
        return Error::refused(
            QStringLiteral("not a minisign public key (expected a comment line and a base64 line)"));
    }
    const auto raw = decodeBase64(line);
    if (!raw || raw->size() != kPublicKeyBytes) {
        return Error::refused(QStringLiteral("not a minisign public key (bad base64 or length)"));
    }
    if (!raw->startsWith("Ed")) {
        return Error::refused(QStringLiteral("unsupported public key algorithm (expected Ed25519)"));
    }
    PublicKey key;
    std::memcpy(key.id.data(), raw->constData() + 2, 8);
    std::memcpy(key.key.data(), raw->constData() + 10, 32);
    return key;
}

QByteArray PublicKey::toBase64() const
{
    QByteArray raw("Ed");
    raw.append(reinterpret_cast<const char*>(id.data()), 8);
    raw.append(reinterpret_cast<const char*>(key.data()), 32);
    return raw.toBase64();
}

QByteArray PublicKey::toFile(const QString& comment) const
{
    const QString text = comment.isEmpty() ? QStringLiteral("minisign public key ") + idHex() : comment;
    return "untrusted comment: " + text.toUtf8() + '\n' + toBase64() + '\n';
}

SecretKey::SecretKey() = default;

SecretKey::~SecretKey()
{
    sodium_memzero(m_secret.data(), m_secret.size());
}

SecretKey::SecretKey(const SecretKey& other) = default;
SecretKey& SecretKey::operator=(const SecretKey& other) = default;

SecretKey SecretKey::generate()
{
    initSodium();
    SecretKey key;
    std::array<std::uint8_t, 32> publicKey{};
    crypto_sign_keypair(publicKey.data(), key.m_secret.data());
    randombytes_buf(key.m_id.data(), key.m_id.size());
    return key;
}

bool SecretKey::isEncrypted(const QByteArray& fileText)
{
    const QList<QByteArray> lines = textLines(fileText.trimmed());
    const auto raw = decodeBase64(lines.isEmpty() ? QByteArray() : lines.constLast());
    return raw && raw->size() == kSecretKeyBytes && raw->mid(2, 2) == "Sc";
}

Expected<SecretKey> SecretKey::parse(const QByteArray& fileText, const QByteArray& passphrase)
{
    initSodium();
    const QList<QByteArray> lines = textLines(fileText.trimmed());
    if (lines.size() != 2 || !lines.first().startsWith("untrusted comment:")) {
        return Error::refused(
            QStringLiteral("not a minisign secret key (expected a comment line and a base64 line)"));
    }
    auto raw = decodeBase64(lines.at(1));
    if (!raw || raw->size() != kSecretKeyBytes) {
        return Error::refused(QStringLiteral("not a minisign secret key (bad base64 or length)"));
    }
    const QByteArray kdf = raw->mid(2, 2);
    if (!raw->startsWith("Ed") || raw->mid(4, 2) != "B2" || (kdf != "Sc" && kdf != QByteArray(2, '\0'))) {
        return Error::refused(
            QStringLiteral("unsupported secret key algorithms (expected Ed25519, scrypt or none, BLAKE2b)"));
    }
    QByteArray keynum = raw->mid(54, 104);
    const bool encrypted = kdf == "Sc";
    if (encrypted) {
        const std::uint64_t opslimit = loadLe64(raw->constData() + 38);
        const std::uint64_t memlimit = loadLe64(raw->constData() + 46);
        if (memlimit > kMaxKdfMemlimit) {
            return Error::refused(QStringLiteral("secret key asks for an unreasonable scrypt memory limit"));
        }
        bool ok = false;
        QByteArray stream = kdfStream(passphrase, raw->constData() + 6, opslimit, memlimit, &ok);
        if (!ok) {
            return Error::refused(
                QStringLiteral("cannot derive the key from the passphrase (out of memory?)"));
        }
        for (int i = 0; i < 104; ++i)
            keynum[i] = static_cast<char>(keynum.at(i) ^ stream.at(i));
        sodium_memzero(stream.data(), static_cast<size_t>(stream.size()));
    }
    SecretKey key;
    std::memcpy(key.m_id.data(), keynum.constData(), 8);
    std::memcpy(key.m_secret.data(), keynum.constData() + 8, 64);
    const QByteArray storedChecksum = keynum.mid(72, 32);
    sodium_memzero(keynum.data(), static_cast<size_t>(keynum.size()));
    // `minisign -G -W` leaves the checksum of an unencrypted key zeroed; an encrypted one must match.
    const bool zeroChecksum = !encrypted && storedChecksum == QByteArray(32, '\0');
    if (!zeroChecksum && storedChecksum != secretChecksum(key.m_id, key.m_secret)) {
        return Error::refused(encrypted ? QStringLiteral("wrong passphrase for the secret key")
                                        : QStringLiteral("the secret key is damaged (checksum mismatch)"));
    }
    // The Ed25519 secret key embeds its public half: check the two agree so a damaged file cannot sign
    // with a key nobody can verify.
    std::array<std::uint8_t, 32> derivedPk{};
    std::array<std::uint8_t, 64> derivedSk{};
    crypto_sign_seed_keypair(derivedPk.data(), derivedSk.data(), key.m_secret.data());
    const bool consistent = std::memcmp(derivedPk.data(), key.m_secret.data() + 32, 32) == 0;
    sodium_memzero(derivedSk.data(), derivedSk.size());
    if (!consistent) {
        return Error::refused(QStringLiteral("the secret key is damaged (its public half does not match)"));
    }
    return key;
}

QByteArray SecretKey::toFile(const QByteArray& passphrase, KdfLimits limits) const
{
    initSodium();
    const bool encrypt = !passphrase.isEmpty();
    QByteArray raw("Ed");
    raw.append(encrypt ? QByteArray("Sc") : QByteArray(2, '\0'));
    raw.append("B2");
    QByteArray salt(32, '\0');
    if (encrypt)
        randombytes_buf(salt.data(), 32);
    raw.append(salt);
    storeLe64(raw, encrypt ? limits.opslimit : 0);
    storeLe64(raw, encrypt ? limits.memlimit : 0);
    QByteArray keynum(reinterpret_cast<const char*>(m_id.data()), 8);
    keynum.append(reinterpret_cast<const char*>(m_secret.data()), 64);
    keynum.append(secretChecksum(m_id, m_secret));
    if (encrypt) {
        bool ok = false;
        QByteArray stream = kdfStream(passphrase, salt.constData(), limits.opslimit, limits.memlimit, &ok);
        if (!ok)
            return {};
        for (int i = 0; i < 104; ++i)
            keynum[i] = static_cast<char>(keynum.at(i) ^ stream.at(i));
        sodium_memzero(stream.data(), static_cast<size_t>(stream.size()));
    }
    raw.append(keynum);
    sodium_memzero(keynum.data(), static_cast<size_t>(keynum.size()));
    const QByteArray comment =
        encrypt ? "minisign encrypted secret key" : "minisign secret key (unencrypted)";
    return "untrusted comment: " + comment + '\n' + raw.toBase64() + '\n';
}

PublicKey SecretKey::publicKey() const
{
    PublicKey key;
    key.id = m_id;
    std::memcpy(key.key.data(), m_secret.data() + 32, 32);
    return key;
}

QByteArray SecretKey::signDetached(const QByteArray& message) const
{
    QByteArray out(64, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(out.data()), nullptr, bytes(message),
                         static_cast<unsigned long long>(message.size()), m_secret.data());
    return out;
}

Expected<Signature> Signature::parse(const QByteArray& text)
{
    const QList<QByteArray> lines = textLines(text);
    if (lines.size() != 4 || !lines.at(0).startsWith("untrusted comment: ") ||
        !lines.at(2).startsWith("trusted comment: ")) {
        return Error::refused(
            QStringLiteral("signature: not a minisign signature (expected four lines with both comments)"));
    }
    const auto raw = decodeBase64(lines.at(1));
    const auto global = decodeBase64(lines.at(3));
    if (!raw || raw->size() != kSignatureBytes || !global || global->size() != 64) {
        return Error::refused(QStringLiteral("signature: bad base64 or length"));
    }
    Signature signature;
    signature.algorithm = raw->left(2);
    std::memcpy(signature.keyId.data(), raw->constData() + 2, 8);
    signature.signature = raw->mid(10, 64);
    signature.untrustedComment = lines.at(0).mid(19);
    signature.trustedComment = lines.at(2).mid(17);
    signature.globalSignature = *global;
    return signature;
}

QByteArray Signature::toFile() const
{
    QByteArray raw = algorithm;
    raw.append(reinterpret_cast<const char*>(keyId.data()), 8);
    raw.append(signature);
    return "untrusted comment: " + untrustedComment + '\n' + raw.toBase64() + '\n' +
           "trusted comment: " + trustedComment + '\n' + globalSignature.toBase64() + '\n';
}

Signature Signature::sign(const SecretKey& key, const QByteArray& message, const QByteArray& trustedComment)
{
    initSodium();
    Signature result;
    result.algorithm = "ED";
    result.keyId = key.id();
    result.signature = key.signDetached(blake2b512(message));
    result.untrustedComment = "signature from pathways-cli secret key " + keyIdToHex(key.id()).toLatin1();
    result.trustedComment = trustedComment;
    result.globalSignature = key.signDetached(result.signature + trustedComment);
    return result;
}

Status Signature::verify(const PublicKey& key, const QByteArray& message) const
{
    initSodium();
    if (algorithm == "Ed") {
        return Error::refused(
            QStringLiteral("signature: legacy 'Ed' (non-prehashed) signatures are refused; re-sign with "
                           "minisign 0.8 or later"));
    }
    if (algorithm != "ED") {
        return Error::refused(QStringLiteral("signature: unknown algorithm"));
    }
    if (keyId != key.id) {
        return Error::refused(
            QStringLiteral("signature: made with key %1, not %2").arg(keyIdToHex(keyId), key.idHex()));
    }
    const QByteArray digest = blake2b512(message);
    if (crypto_sign_verify_detached(bytes(signature), bytes(digest), 64, key.key.data()) != 0) {
        return Error::refused(
            QStringLiteral("signature: manifest.json does not match its signature (altered or corrupted)"));
    }
    const QByteArray signedComment = signature + trustedComment;
    if (crypto_sign_verify_detached(bytes(globalSignature), bytes(signedComment),
                                    static_cast<unsigned long long>(signedComment.size()),
                                    key.key.data()) != 0) {
        return Error::refused(
            QStringLiteral("signature: the trusted comment does not match its signature (altered)"));
    }
    return {};
}

} // namespace pathways::bundle
