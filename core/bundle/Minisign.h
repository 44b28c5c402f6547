#pragma once

#include "error/Expected.h"

#include <QByteArray>
#include <QString>
#include <array>
#include <cstdint>
#include <optional>

namespace pathways::bundle {

/// Minisign key material and signatures in minisign's own text formats, so that keys and signatures made
/// here work with the stock `minisign` tool and the other way round. Format reference: docs/bundle-format.md.
///
/// Only the prehashed algorithm (`ED`: Ed25519 over BLAKE2b-512 of the file) is produced or accepted for
/// signatures: the legacy `Ed` form signs the raw file and is refused.

using KeyId = std::array<std::uint8_t, 8>;

/// The way minisign prints a key id: the 8 bytes as a little-endian integer, 16 upper-case hex digits.
QString keyIdToHex(const KeyId& id);
std::optional<KeyId> keyIdFromHex(const QString& hex);

struct PublicKey
{
    KeyId id{};
    std::array<std::uint8_t, 32> key{};

    /// Parses a minisign public key: either the whole .pub file (comment line + base64 line) or the bare
    /// base64 line. Refused, with a one-line reason, when it is not one.
    static Expected<PublicKey> parse(const QByteArray& text);
    /// The base64 line alone (what `minisign -P` takes).
    QByteArray toBase64() const;
    /// The .pub file: "untrusted comment: ...\n<base64>\n".
    QByteArray toFile(const QString& comment = {}) const;
    QString idHex() const { return keyIdToHex(id); }
    bool operator==(const PublicKey& other) const = default;
};

/// scrypt cost of an encrypted secret key. minisign's defaults (the libsodium "sensitive" limits) are the
/// default here too; tests use smaller ones to stay fast.
struct KdfLimits
{
    std::uint64_t opslimit = 33554432;
    std::uint64_t memlimit = 1073741824;
    static KdfLimits interactive() { return {524288, 16777216}; }
};

/// A decrypted secret key. The bytes are wiped on destruction.
class SecretKey
{
public:
    SecretKey();
    ~SecretKey();
    SecretKey(const SecretKey& other);
    SecretKey& operator=(const SecretKey& other);

    /// A fresh random key pair.
    static SecretKey generate();
    /// True when the secret key file needs a passphrase (kdf "Sc").
    static bool isEncrypted(const QByteArray& fileText);
    /// Parses and, when encrypted, decrypts a minisign secret key file (made by stock `minisign -G`, with or
    /// without -W, or by toFile()). The checksum is verified, so a wrong passphrase is reported as such.
    static Expected<SecretKey> parse(const QByteArray& fileText, const QByteArray& passphrase);
    /// The secret key file; encrypted with scrypt when `passphrase` is not empty.
    QByteArray toFile(const QByteArray& passphrase, KdfLimits limits = {}) const;

    PublicKey publicKey() const;
    const KeyId& id() const { return m_id; }
    /// Ed25519 signature of `message` (64 bytes).
    QByteArray signDetached(const QByteArray& message) const;

private:
    KeyId m_id{};
    std::array<std::uint8_t, 64> m_secret{};
};

/// A parsed .minisig file.
struct Signature
{
    QByteArray algorithm; ///< "ED" (prehashed) or "Ed" (legacy)
    KeyId keyId{};
    QByteArray signature;        ///< 64 bytes
    QByteArray untrustedComment; ///< without the "untrusted comment: " prefix
    QByteArray trustedComment;   ///< without the "trusted comment: " prefix
    QByteArray globalSignature;  ///< 64 bytes, over signature || trustedComment

    /// Parses the four-line format; structural problems only (no cryptography). Refused with the reason.
    static Expected<Signature> parse(const QByteArray& text);
    QByteArray toFile() const;

    /// Signs `message` the way `minisign -S -t trustedComment` does (ED: prehashed).
    static Signature sign(const SecretKey& key, const QByteArray& message, const QByteArray& trustedComment);
    /// Checks both signatures against `key`. Refuses legacy `Ed`, a key id other than the key's, a bad file
    /// signature and a bad global signature, each with its own one-line reason.
    Status verify(const PublicKey& key, const QByteArray& message) const;
};

/// BLAKE2b-512 of `data` (crypto_generichash with a 64-byte output).
QByteArray blake2b512(const QByteArray& data);

} // namespace pathways::bundle
