// Child process for the crash and reader tests.
//   bundle_child apply DATA_DIR BUNDLE PUBLIC_KEY [CRASH_POINT]  apply; SIGKILL itself at CRASH_POINT
//   bundle_child read DATA_DIR MILLISECONDS                       query the directory in a loop
// Exit codes: 0 fine, 1 apply refused / reader saw errors, 2 bad usage.
#include "bundle/BundleInstaller.h"
#include "db/Connection.h"
#include "db/DatabaseError.h"
#include "db/Statement.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QTextStream>
#include <csignal>
#include <cstdio>

using namespace pathways;

namespace {

int g_crashPoint = 0;

void crashHook(int point)
{
    if (point == g_crashPoint)
        std::raise(SIGKILL);
}

int apply(const QStringList& args)
{
    QFile keyFile(args.at(3));
    if (!keyFile.open(QIODevice::ReadOnly))
        return 2;
    const auto key = bundle::PublicKey::parse(keyFile.readAll());
    if (!key)
        return 2;
    bundle::TrustStore trust;
    trust.add({*key, {}, QStringLiteral("test")});
    g_crashPoint = args.size() > 4 ? args.at(4).toInt() : 0;
    bundle::BundleInstaller::setCrashHookForTests(crashHook);
    const auto outcome = bundle::BundleInstaller(directory::DataFolder(args.at(1))).apply(args.at(2), trust);
    if (!outcome.verify.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(outcome.verify.describe()));
        return 1;
    }
    return 0;
}

int read(const QStringList& args)
{
    const directory::DataFolder data(args.at(1));
    QElapsedTimer timer;
    timer.start();
    qint64 reads = 0;
    qint64 errors = 0;
    QSet<qint64> sequences;
    while (timer.elapsed() < args.at(2).toLongLong()) {
        try {
            // A fresh connection each time, as a reader that noticed a new generation would open one.
            db::Connection connection(data.installedDatabasePath(), db::Connection::Mode::ReadOnly);
            auto row = connection.prepare(QStringLiteral(
                "SELECT (SELECT sequence FROM bundle_meta), (SELECT count(*) FROM service), "
                "(SELECT count(*) FROM service s JOIN organization o ON o.id = s.organization_id)"));
            if (!row.step() || row.columnInt64(1) == 0 || row.columnInt64(1) != row.columnInt64(2)) {
                ++errors;
                std::fprintf(stderr, "half state: %lld services\n",
                             static_cast<long long>(row.columnInt64(1)));
            }
            sequences.insert(row.columnInt64(0));
            ++reads;
        } catch (const db::DatabaseError& error) {
            ++errors;
            std::fprintf(stderr, "reader error: %s\n", error.what());
        }
    }
    std::printf("reads=%lld errors=%lld sequences=%lld\n", static_cast<long long>(reads),
                static_cast<long long>(errors), static_cast<long long>(sequences.size()));
    return errors == 0 && reads > 0 ? 0 : 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.size() >= 4 && args.first() == QLatin1String("apply"))
        return apply(args);
    if (args.size() == 3 && args.first() == QLatin1String("read"))
        return read(args);
    return 2;
}
