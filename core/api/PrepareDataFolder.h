#pragma once

#include "directory/DataFolder.h"
#include "error/Expected.h"

namespace pathways::api {

/// First run, made explicit: both main()s, the benchmark and every test call this before they read a data
/// folder. It creates the folder when needed and, when no directory is installed yet, installs the embedded
/// default: the signed demonstration bundle through the same verification as any update (or, in a binary
/// that carries no bundle, the embedded HSDS folder). A directory written by an older Pathways is upgraded
/// when it is opened (DirectoryReader::open). Nothing else registers behaviour at start-up.
Status prepareDataFolder(const directory::DataFolder& folder);

} // namespace pathways::api
