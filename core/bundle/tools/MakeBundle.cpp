// pathways_make_bundle: builds a signed bundle at build time, without linking the embedded directory it is
// used to produce (pathways-cli does link it, so it cannot build its own resource).
//   pathways_make_bundle HSDS_DIR SECRET_KEY OUT PUBLISHER SEQUENCE CREATED EXPIRES REGION
// Deterministic: the same inputs give the same bytes (fixed created time, deterministic Ed25519).
#include "bundle/BundleBuilder.h"

#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <cstdio>

using namespace pathways::bundle;

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.size() != 8) {
        std::fprintf(stderr, "usage: pathways_make_bundle HSDS_DIR SECRET_KEY OUT PUBLISHER SEQUENCE CREATED "
                             "EXPIRES REGION\n");
        return 2;
    }
    QFile keyFile(args.at(1));
    if (!keyFile.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "pathways_make_bundle: cannot read %s\n", qPrintable(args.at(1)));
        return 1;
    }
    const auto key = SecretKey::parse(keyFile.readAll(), {});
    if (!key) {
        std::fprintf(stderr, "pathways_make_bundle: %s\n", qPrintable(key.error().message));
        return 1;
    }
    BundleBuilder::Options options;
    options.hsdsFolder = args.at(0);
    options.publisher = args.at(3);
    options.sequence = args.at(4).toULongLong();
    options.created = args.at(5);
    options.expires = args.at(6);
    options.region = args.at(7);
    const auto bytes = BundleBuilder::build(options, *key);
    if (!bytes) {
        std::fprintf(stderr, "pathways_make_bundle: %s\n", qPrintable(bytes.error().message));
        return 1;
    }
    QSaveFile out(args.at(2));
    if (!out.open(QIODevice::WriteOnly) || out.write(*bytes) != bytes->size() || !out.commit()) {
        std::fprintf(stderr, "pathways_make_bundle: cannot write %s\n", qPrintable(args.at(2)));
        return 1;
    }
    return 0;
}
