#pragma once

#include "bundle/BundleVerifier.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace pathways::cli {

class CliContext;

/// Helpers shared by the `bundle` and `sync` commands.
namespace bundlecli {

/// $PATHWAYS_PASSPHRASE, else a prompt on the terminal with echo off (asked twice when `confirm`).
/// nullopt with `error` when there is neither.
std::optional<QByteArray> readPassphrase(const QString& prompt, bool confirm, QString* error);

/// Built-in keys, /etc/pathways/trusted-keys and <data-dir>/trusted-keys.
bundle::TrustStore loadTrustStore(CliContext& context);

/// publisher, key id, sequence, dates, counts... of a verified (or merely claimed) bundle.
QJsonObject describe(const bundle::VerifyResult& result);
/// Human-readable form of describe().
void printDescription(CliContext& context, const bundle::VerifyResult& result);

/// Small files (keys): nullopt with `error` when missing or over 64 KiB.
std::optional<QByteArray> readSmallFile(const QString& path, QString* error);
/// Writes atomically (temporary file + rename); `mode` 0600 for secret keys.
bool writeFileAtomically(const QString& path, const QByteArray& data, bool secret, QString* error);

} // namespace bundlecli
} // namespace pathways::cli
