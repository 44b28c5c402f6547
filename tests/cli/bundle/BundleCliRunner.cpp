#include "BundleCliRunner.h"

#include <QProcess>
#include <QProcessEnvironment>

namespace pathways::test {

Run cli(const QStringList& arguments, const QByteArray& passphrase, const QString& caFile)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!caFile.isEmpty())
        environment.insert(QStringLiteral("PATHWAYS_CA_FILE"), caFile);
    environment.remove(QStringLiteral("PATHWAYS_PASSPHRASE"));
    if (!passphrase.isEmpty())
        environment.insert(QStringLiteral("PATHWAYS_PASSPHRASE"), QString::fromUtf8(passphrase));
    process.setProcessEnvironment(environment);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(QStringLiteral(PATHWAYS_CLI), arguments);
    process.waitForFinished(120000);
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

} // namespace pathways::test
