#pragma once

#include "bundle/DirectoryDiff.h"

#include <QTextStream>

namespace pathways::cli {

/// What an update or a restore changes, as sync and restore-previous print it: one line per service
/// ("  + id  name", "  ~", "  -"), and with --verbose the fields of each changed service, old -> new.
void printDiffEntries(QTextStream& out, const bundle::DirectoryDiff& diff);
/// "Changed fields:" and under each changed service that has some, "      field: old -> new"; nothing when
/// no changed service carries fields.
void printChangedFields(QTextStream& out, const QList<bundle::DirectoryDiff::Entry>& changed);

} // namespace pathways::cli
