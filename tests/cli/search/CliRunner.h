#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QStringList>

namespace pathways::test {

struct CliResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
    /// stderr lines, without the empty last one.
    QList<QByteArray> errLines() const;
};

/// Runs the real pathways-cli binary with `arguments`, an optional extra environment, and no network.
CliResult runCli(const QStringList& arguments, const QStringList& environment = {});

} // namespace pathways::test
