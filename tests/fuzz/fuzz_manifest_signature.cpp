// libFuzzer target: manifest.json and minisign text parsers (public key, signature, unencrypted secret key).
#include "bundle/BundleManifest.h"
#include "bundle/Minisign.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>

using namespace pathways::bundle;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    if (const auto manifest = BundleManifest::parse(bytes)) {
        // Whatever parses must survive a round trip unchanged.
        const auto again = BundleManifest::parse(manifest->toJson());
        if (!again || again->toJson() != manifest->toJson() ||
            again->trustedComment() != manifest->trustedComment())
            __builtin_trap();
    }
    if (const auto signature = Signature::parse(bytes)) {
        static const SecretKey key = SecretKey::generate();
        (void)signature->verify(key.publicKey(), bytes);
        (void)Signature::parse(signature->toFile());
    }
    (void)PublicKey::parse(bytes);
    // Encrypted keys would run scrypt with whatever cost the input names: only unencrypted ones here.
    if (!SecretKey::isEncrypted(bytes))
        (void)SecretKey::parse(bytes, {});
    return 0;
}
