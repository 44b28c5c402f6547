#pragma once

#include "desktop/SearchTypes.h"

#include <QLabel>

namespace pathways::desktop {

/// The status bar's line on where the directory comes from: publisher · version · date made (age) · number
/// of services, in the interface language's formats. Empty while no directory is open.
class ProvenanceLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ProvenanceLabel(QWidget* parent = nullptr);
    void setDirectory(const DirectoryInfo& info);
};

} // namespace pathways::desktop
