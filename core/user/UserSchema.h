#pragma once

namespace pathways::user {

/// What user.sqlite gained in version 2, applied by UserStore's upgrade (the one place that migrates the
/// file). Notes, favourites and settings of version 1 are untouched.
/// - `correction`: "Report outdated information", queued until exported for the publisher; `exported` is
///   NULL while it is pending (and editable).
/// - `referral_log`: the optional referral log (off unless the worker turns it on): the day, the service and
///   its category. No client detail has a column here, by design.
inline constexpr const char* kUserSchemaV2 = R"SQL(
CREATE TABLE correction (
  id INTEGER PRIMARY KEY,
  service_id TEXT NOT NULL,
  service_name TEXT NOT NULL,
  field TEXT NOT NULL,
  old_value TEXT NOT NULL,
  problem TEXT NOT NULL,
  suggested_value TEXT NOT NULL,
  created TEXT NOT NULL,
  directory_publisher TEXT NOT NULL,
  directory_version INTEGER NOT NULL,
  exported TEXT
);
CREATE TABLE referral_log (
  id INTEGER PRIMARY KEY,
  day TEXT NOT NULL,
  service_id TEXT NOT NULL,
  service_name TEXT NOT NULL,
  category TEXT NOT NULL
);
)SQL";

} // namespace pathways::user
