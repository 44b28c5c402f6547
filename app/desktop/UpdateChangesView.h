#pragma once

#include "bundle/DirectoryDiff.h"

#include <QTreeWidget>

namespace pathways::desktop {

/// What an update (or going back) changes, by service name: three groups, "Added", "Changed" and
/// "Removed", each with its count; the added group starts open, long groups closed.
class UpdateChangesView : public QTreeWidget
{
    Q_OBJECT
public:
    explicit UpdateChangesView(QWidget* parent = nullptr);
    void showDiff(const bundle::DirectoryDiff& diff);
    /// Every line shown, groups and names, for tests and the dialog's text.
    QStringList lines() const;
};

} // namespace pathways::desktop
