// Minisign keys and signatures: round trips, refusals, and interoperability with the stock minisign binary.
#include "BundleTestSupport.h"
#include "bundle/Minisign.h"

#include <QProcess>
#include <QStandardPaths>
#include <catch2/catch.hpp>

using namespace pathways;
using namespace pathways::bundle;

namespace {

// The one-line reason of a refusal, empty when there was none.
template <typename T> QString reasonOf(const Expected<T>& answer)
{
    return answer ? QString() : answer.error().message;
}

QString minisignBinary()
{
    return QStandardPaths::findExecutable(QStringLiteral("minisign"));
}

int runMinisign(const QStringList& arguments, QByteArray* output = nullptr, const QByteArray& input = {})
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(minisignBinary(), arguments);
    process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(30000);
    if (output)
        *output = process.readAll();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

} // namespace

TEST_CASE("public keys round-trip through the minisign text format")
{
    const SecretKey key = SecretKey::generate();
    const PublicKey pub = key.publicKey();
    const auto parsed = PublicKey::parse(pub.toFile());
    REQUIRE(parsed);
    CHECK(*parsed == pub);
    const auto bare = PublicKey::parse(pub.toBase64());
    REQUIRE(bare);
    CHECK(*bare == pub);
    CHECK(pub.toFile().startsWith(
        QByteArray("untrusted comment: minisign public key " + pub.idHex().toLatin1() + '\n')));
    CHECK_FALSE(PublicKey::parse("untrusted comment: x\nnot base64!\n"));
    CHECK_FALSE(PublicKey::parse(""));
    CHECK(keyIdFromHex(pub.idHex()) == pub.id);
}

TEST_CASE("signatures verify and every altered part is refused with its own reason")
{
    const SecretKey key = SecretKey::generate();
    const QByteArray message = "{\"format\":\"pathways-bundle/1\"}";
    const Signature signature = Signature::sign(key, message, "pathways-bundle/1 sequence=1");
    const auto parsed = Signature::parse(signature.toFile());
    REQUIRE(parsed);
    CHECK(parsed->algorithm == "ED");
    CHECK(parsed->verify(key.publicKey(), message));

    QByteArray altered = message;
    altered[3] = 'F';
    CHECK(reasonOf(parsed->verify(key.publicKey(), altered))
              .contains(QStringLiteral("does not match its signature")));

    Signature comment = *parsed;
    comment.trustedComment = "pathways-bundle/1 sequence=9";
    CHECK(reasonOf(comment.verify(key.publicKey(), message)).contains(QStringLiteral("trusted comment")));

    CHECK(reasonOf(parsed->verify(SecretKey::generate().publicKey(), message))
              .contains(QStringLiteral("made with key")));

    Signature legacy = *parsed;
    legacy.algorithm = "Ed";
    legacy.signature = key.signDetached(message);
    legacy.globalSignature = key.signDetached(legacy.signature + legacy.trustedComment);
    CHECK(reasonOf(legacy.verify(key.publicKey(), message)).contains(QStringLiteral("legacy")));

    CHECK_FALSE(Signature::parse("untrusted comment: x\nAAAA\n"));
}

TEST_CASE("secret keys: unencrypted and scrypt-encrypted round trips, wrong passphrase refused")
{
    const SecretKey key = SecretKey::generate();
    const auto plain = SecretKey::parse(key.toFile({}), {});
    REQUIRE(plain);
    CHECK(plain->publicKey() == key.publicKey());
    CHECK_FALSE(SecretKey::isEncrypted(key.toFile({})));

    const QByteArray encrypted = key.toFile("correct horse", KdfLimits::interactive());
    CHECK(SecretKey::isEncrypted(encrypted));
    const auto decrypted = SecretKey::parse(encrypted, "correct horse");
    REQUIRE(decrypted);
    CHECK(decrypted->publicKey() == key.publicKey());
    CHECK(reasonOf(SecretKey::parse(encrypted, "wrong")).contains(QStringLiteral("wrong passphrase")));
}

TEST_CASE("interop: stock minisign keys and signatures work here, ours work with stock minisign")
{
    if (minisignBinary().isEmpty()) {
        WARN("minisign is not installed: interop not tested");
        return;
    }
    test::TempDir dir;
    const QString pubPath = dir.file(QStringLiteral("stock.pub"));
    const QString keyPath = dir.file(QStringLiteral("stock.key"));
    REQUIRE(runMinisign({QStringLiteral("-G"), QStringLiteral("-W"), QStringLiteral("-p"), pubPath,
                         QStringLiteral("-s"), keyPath}) == 0);
    const auto stockPublic = PublicKey::parse(test::readFile(pubPath));
    REQUIRE(stockPublic);

    SECTION("a signature by stock minisign -S -t verifies here")
    {
        const QString message = dir.write(QStringLiteral("manifest.json"), "{\"hello\": 1}\n");
        REQUIRE(
            runMinisign({QStringLiteral("-S"), QStringLiteral("-s"), keyPath, QStringLiteral("-m"), message,
                         QStringLiteral("-t"), QStringLiteral("pathways-bundle/1 sequence=7")}) == 0);
        const auto signature = Signature::parse(test::readFile(message + QStringLiteral(".minisig")));
        REQUIRE(signature);
        CHECK(signature->algorithm == "ED");
        CHECK(signature->trustedComment == "pathways-bundle/1 sequence=7");
        CHECK(signature->verify(*stockPublic, test::readFile(message)));
    }
    SECTION("a stock minisign -G -W secret key signs here, and stock minisign -V accepts it")
    {
        const auto stockSecret = SecretKey::parse(test::readFile(keyPath), {});
        REQUIRE(stockSecret);
        CHECK(stockSecret->publicKey() == *stockPublic);
        const QString message = dir.write(QStringLiteral("m.json"), "{\"hello\": 2}\n");
        dir.write(QStringLiteral("m.json.minisig"),
                  Signature::sign(*stockSecret, test::readFile(message), "trusted words").toFile());
        QByteArray output;
        CHECK(
            runMinisign({QStringLiteral("-V"), QStringLiteral("-p"), pubPath, QStringLiteral("-m"), message},
                        &output) == 0);
        CHECK(output.contains("trusted words"));
    }
    SECTION("a password-protected stock minisign -G key (scrypt) decrypts here; a wrong password is refused")
    {
        const QString encryptedKey = dir.file(QStringLiteral("enc.key"));
        const QString encryptedPub = dir.file(QStringLiteral("enc.pub"));
        // Without a terminal, minisign reads the password (twice) from standard input.
        REQUIRE(runMinisign({QStringLiteral("-G"), QStringLiteral("-p"), encryptedPub, QStringLiteral("-s"),
                             encryptedKey},
                            nullptr, "field pass\nfield pass\n") == 0);
        const QByteArray text = test::readFile(encryptedKey);
        CHECK(SecretKey::isEncrypted(text));
        const auto key = SecretKey::parse(text, "field pass");
        REQUIRE(key);
        CHECK(key->publicKey() == *PublicKey::parse(test::readFile(encryptedPub)));
        CHECK(reasonOf(SecretKey::parse(text, "field pas")).contains(QStringLiteral("wrong passphrase")));
    }
    SECTION(
        "our keys and signatures verify with stock minisign -V, and our secret keys sign with minisign -S")
    {
        const SecretKey ours = SecretKey::generate();
        const QString ourPub = dir.write(QStringLiteral("ours.pub"), ours.publicKey().toFile());
        const QString ourKey = dir.write(QStringLiteral("ours.key"), ours.toFile({}));
        const QString message = dir.write(QStringLiteral("x.json"), "{\"x\": 3}\n");
        dir.write(QStringLiteral("x.json.minisig"),
                  Signature::sign(ours, test::readFile(message), "tc").toFile());
        CHECK(runMinisign(
                  {QStringLiteral("-V"), QStringLiteral("-p"), ourPub, QStringLiteral("-m"), message}) == 0);
        CHECK(runMinisign({QStringLiteral("-V"), QStringLiteral("-P"),
                           QString::fromLatin1(ours.publicKey().toBase64()), QStringLiteral("-m"),
                           message}) == 0);
        // Stock minisign signs with a secret key file we wrote (unencrypted).
        const QString other = dir.write(QStringLiteral("y.json"), "{\"y\": 4}\n");
        REQUIRE(runMinisign({QStringLiteral("-S"), QStringLiteral("-s"), ourKey, QStringLiteral("-m"), other,
                             QStringLiteral("-t"), QStringLiteral("tc2")}) == 0);
        const auto signature = Signature::parse(test::readFile(other + QStringLiteral(".minisig")));
        REQUIRE(signature);
        CHECK(signature->verify(ours.publicKey(), test::readFile(other)));
    }
}

TEST_CASE("the demonstration key in the fixtures matches the built-in trusted key")
{
    const SecretKey demo = test::demoKey();
    const QList<TrustedKey> builtIn = TrustStore::builtInKeys();
    REQUIRE(builtIn.size() == 1);
    CHECK(builtIn.first().key == demo.publicKey());
    CHECK(builtIn.first().publisher.contains(QStringLiteral("demonstration")));
}
