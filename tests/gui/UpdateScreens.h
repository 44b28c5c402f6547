#pragma once

#include <QString>

namespace pathways::test {

/// Renders the update dialogs a worker meets, with real signed bundles, into `out` for `language`:
/// the preview (update-preview-LANG.png), the untrusted-key refusal (update-refused-LANG.png) and Trusted
/// publishers (trusted-publishers-LANG.png). False when one could not be made.
bool renderUpdateScreens(const QString& out, const QString& language);

} // namespace pathways::test
