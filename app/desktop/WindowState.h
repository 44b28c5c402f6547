#pragma once

#include "desktop/FacetPanel.h"

#include <QByteArray>

class QMainWindow;

namespace pathways::desktop {

/// What the window remembers between sessions (geometry, the splitter, the last filters), and how it fits
/// the screen it opens on.
class WindowState
{
public:
    /// Restores the saved geometry, or 1280x720, then shrinks and centres the window to fit the available
    /// screen: at 1024x600, or 1366x768 at 150 %, the count, details and status bar must never be off-screen.
    static void fitToScreen(QMainWindow& window, const QByteArray& savedGeometry);

    static QByteArray filtersToJson(const FilterState& filters);
    /// Unknown or damaged JSON gives no filters.
    static FilterState filtersFromJson(const QByteArray& json);
};

} // namespace pathways::desktop
