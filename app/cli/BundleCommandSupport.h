#pragma once

#include "bundle/BundleVerifier.h"
#include "error/Expected.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace pathways::cli {

class CliContext;

/// Helpers shared by the `bundle` and `sync` commands.
namespace bundlecli {

/// $PATHWAYS_PASSPHRASE, else a prompt on the terminal with echo off (asked twice when `confirm`).
/// An InvalidInput error when there is neither (or the two typed do not match).
Expected<QByteArray> readPassphrase(const QString& prompt, bool confirm);

/// Built-in keys, /etc/pathways/trusted-keys and <data-dir>/trusted-keys.
bundle::TrustStore loadTrustStore(CliContext& context);

/// publisher, key id, sequence, dates, counts... of a verified (or merely claimed) bundle.
QJsonObject describe(const bundle::VerifyResult& result);
/// Human-readable form of describe().
void printDescription(CliContext& context, const bundle::VerifyResult& result);

/// Small files (keys): NotFound when unreadable, InvalidInput when over 64 KiB.
Expected<QByteArray> readSmallFile(const QString& path);
/// Writes atomically (temporary file + rename); mode 0600 for secret keys. An Io error names the file.
Status writeFileAtomically(const QString& path, const QByteArray& data, bool secret);

} // namespace bundlecli
} // namespace pathways::cli
