#pragma once

#include "bundle/DirectoryDiff.h"

#include <QTreeWidget>

namespace pathways::desktop {

/// What an update (or going back) changes, by service name: three groups, "Added", "Changed" and
/// "Removed", each with its count; the added group starts open, long groups closed. A changed service
/// opens, on demand, to the fields that change (old → new).
class UpdateChangesView : public QTreeWidget
{
    Q_OBJECT
public:
    explicit UpdateChangesView(QWidget* parent = nullptr);
    void showDiff(const bundle::DirectoryDiff& diff);
    /// Every line shown, groups, names and changed fields (indented further), for tests and the dialog's
    /// text.
    QStringList lines() const;
    /// A changed field in words ("phone" → "Phone"; a translation keeps its language: "Name (sl)").
    static QString fieldName(const QString& field);
};

} // namespace pathways::desktop
