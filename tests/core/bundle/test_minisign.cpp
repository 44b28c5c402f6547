// Minisign keys and signatures: round trips, refusals, and interoperability with the stock minisign binary.
#include "BundleTestSupport.h"
#include "bundle/Minisign.h"

#include <QProcess>
#include <QStandardPaths>
#include <catch2/catch.hpp>

using namespace pathways;
using namespace pathways::bundle;

namespace {

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
    QString error;
    const auto parsed = PublicKey::parse(pub.toFile(), &error);
    REQUIRE(parsed);
    CHECK(*parsed == pub);
    const auto bare = PublicKey::parse(pub.toBase64(), &error);
    REQUIRE(bare);
    CHECK(*bare == pub);
    CHECK(pub.toFile().startsWith(
        QByteArray("untrusted comment: minisign public key " + pub.idHex().toLatin1() + '\n')));
    CHECK_FALSE(PublicKey::parse("untrusted comment: x\nnot base64!\n", &error));
    CHECK_FALSE(PublicKey::parse("", &error));
    CHECK(keyIdFromHex(pub.idHex()) == pub.id);
}

TEST_CASE("signatures verify and every altered part is refused with its own reason")
{
    const SecretKey key = SecretKey::generate();
    const QByteArray message = "{\"format\":\"pathways-bundle/1\"}";
    const Signature signature = Signature::sign(key, message, "pathways-bundle/1 sequence=1");
    QString error;
    const auto parsed = Signature::parse(signature.toFile(), &error);
    REQUIRE(parsed);
    CHECK(parsed->algorithm == "ED");
    CHECK(parsed->verify(key.publicKey(), message, &error));

    QByteArray altered = message;
    altered[3] = 'F';
    CHECK_FALSE(parsed->verify(key.publicKey(), altered, &error));
    CHECK(error.contains(QStringLiteral("does not match its signature")));

    Signature comment = *parsed;
    comment.trustedComment = "pathways-bundle/1 sequence=9";
    CHECK_FALSE(comment.verify(key.publicKey(), message, &error));
    CHECK(error.contains(QStringLiteral("trusted comment")));

    CHECK_FALSE(parsed->verify(SecretKey::generate().publicKey(), message, &error));
    CHECK(error.contains(QStringLiteral("made with key")));

    Signature legacy = *parsed;
    legacy.algorithm = "Ed";
    legacy.signature = key.signDetached(message);
    legacy.globalSignature = key.signDetached(legacy.signature + legacy.trustedComment);
    CHECK_FALSE(legacy.verify(key.publicKey(), message, &error));
    CHECK(error.contains(QStringLiteral("legacy")));

    CHECK_FALSE(Signature::parse("untrusted comment: x\nAAAA\n", &error));
}

TEST_CASE("secret keys: unencrypted and scrypt-encrypted round trips, wrong passphrase refused")
{
    const SecretKey key = SecretKey::generate();
    QString error;
    const auto plain = SecretKey::parse(key.toFile({}), {}, &error);
    REQUIRE(plain);
    CHECK(plain->publicKey() == key.publicKey());
    CHECK_FALSE(SecretKey::isEncrypted(key.toFile({})));

    const QByteArray encrypted = key.toFile("correct horse", KdfLimits::interactive());
    CHECK(SecretKey::isEncrypted(encrypted));
    const auto decrypted = SecretKey::parse(encrypted, "correct horse", &error);
    REQUIRE(decrypted);
    CHECK(decrypted->publicKey() == key.publicKey());
    CHECK_FALSE(SecretKey::parse(encrypted, "wrong", &error));
    CHECK(error.contains(QStringLiteral("wrong passphrase")));
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
    QString error;
    const auto stockPublic = PublicKey::parse(test::readFile(pubPath), &error);
    REQUIRE(stockPublic);

    SECTION("a signature by stock minisign -S -t verifies here")
    {
        const QString message = dir.write(QStringLiteral("manifest.json"), "{\"hello\": 1}\n");
        REQUIRE(
            runMinisign({QStringLiteral("-S"), QStringLiteral("-s"), keyPath, QStringLiteral("-m"), message,
                         QStringLiteral("-t"), QStringLiteral("pathways-bundle/1 sequence=7")}) == 0);
        const auto signature = Signature::parse(test::readFile(message + QStringLiteral(".minisig")), &error);
        REQUIRE(signature);
        CHECK(signature->algorithm == "ED");
        CHECK(signature->trustedComment == "pathways-bundle/1 sequence=7");
        CHECK(signature->verify(*stockPublic, test::readFile(message), &error));
    }
    SECTION("a stock minisign -G -W secret key signs here, and stock minisign -V accepts it")
    {
        const auto stockSecret = SecretKey::parse(test::readFile(keyPath), {}, &error);
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
        const auto key = SecretKey::parse(text, "field pass", &error);
        REQUIRE(key);
        CHECK(key->publicKey() == *PublicKey::parse(test::readFile(encryptedPub), &error));
        CHECK_FALSE(SecretKey::parse(text, "field pas", &error));
        CHECK(error.contains(QStringLiteral("wrong passphrase")));
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
        const auto signature = Signature::parse(test::readFile(other + QStringLiteral(".minisig")), &error);
        REQUIRE(signature);
        CHECK(signature->verify(ours.publicKey(), test::readFile(other), &error));
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
