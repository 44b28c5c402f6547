#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace pathways::test {

/// One run of the real pathways-cli.
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/// Runs pathways-cli with `arguments`, standard input not a terminal (as in a script), PATHWAYS_PASSPHRASE
/// set to `passphrase` (or unset) and PATHWAYS_CA_FILE to `caFile` when given.
Run cli(const QStringList& arguments, const QByteArray& passphrase = {}, const QString& caFile = {});

} // namespace pathways::test
