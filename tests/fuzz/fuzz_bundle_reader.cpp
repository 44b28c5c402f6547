// libFuzzer target: the whole bundle verifier (archive structure, signature and trust, manifest, sequence,
// payload hash, capped decompression, inner archive) on arbitrary bytes, plus the inner readers directly
// (a signature cannot be forged by a fuzzer, so the payload readers also get the input unsigned).
#include "bundle/BundleVerifier.h"
#include "bundle/Zstd.h"

#include <QByteArray>
#include <cstddef>
#include <cstdint>

using namespace pathways::bundle;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static const TrustStore trust = [] {
        TrustStore store = TrustStore::loadFolders({}, true);
        store.setAcceptDemonstration(true); // so the demonstration-signed seed reaches the later steps
        return store;
    }();
    const QByteArray bytes =
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));

    VerifyResult result;
    result.bundleBytes = bytes;
    result.outcome = VerifyResult::Outcome::Valid;
    InstalledState installed;
    installed.present = true;
    installed.publisher = QStringLiteral("Pathways demonstration data (verify before referring)");
    installed.sequence = 1;
    BundleVerifier::verify(result, trust, &installed);

    (void)BundleVerifier::readPayload(bytes, 1 << 20);
    (void)BundleVerifier::checkDatabaseHeader(bytes, 2);
    if (const auto tar = Zstd::decompress(bytes, 1 << 20)) {
        (void)BundleVerifier::readPayload(*tar, 1 << 20);
        (void)BundleVerifier::checkDatabaseHeader(*tar, 2); // a directory.sqlite.zst payload
    }
    return 0;
}
