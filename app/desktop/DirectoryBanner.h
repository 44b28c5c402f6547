#pragma once

#include "desktop/SearchTypes.h"

#include <QLabel>

namespace pathways::desktop {

/// A clear banner above the results when the directory has expired or is demonstration data; hidden
/// otherwise. Expiry is judged by the local clock, which can be wrong offline: it warns, never blocks.
class DirectoryBanner : public QLabel
{
    Q_OBJECT
public:
    explicit DirectoryBanner(QWidget* parent = nullptr);
    void setDirectory(const DirectoryInfo& info, const QDateTime& now);
};

} // namespace pathways::desktop
