#pragma once

#include "desktop/SearchTypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace pathways::desktop {

/// Renders a service record as the HTML of the detail pane: everything a referral needs, contacts as
/// tel:/mailto:/web links with a "copy" link each (copy:<text>), opening hours as a week table with today
/// highlighted, and provenance. All text is escaped; all labels go through tr().
class DetailHtml
{
    Q_DECLARE_TR_FUNCTIONS(pathways::desktop::DetailHtml)
public:
    static QString render(const RecordResponse& response, QDate today);
    /// The scheme the detail view intercepts to copy text to the clipboard.
    static QString copyScheme() { return QStringLiteral("copy"); }
};

} // namespace pathways::desktop
