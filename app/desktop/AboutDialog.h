#pragma once

#include "desktop/SearchTypes.h"

#include <QDialog>

namespace pathways::desktop {

/// Version, licences of the bundled libraries, and where the installed directory comes from.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    AboutDialog(const DirectoryInfo& directory, QWidget* parent = nullptr);
};

} // namespace pathways::desktop
