#include "desktop/DirectoryBanner.h"

#include <QDateTime>
#include <QLocale>

namespace pathways::desktop {

DirectoryBanner::DirectoryBanner(QWidget* parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setMargin(6);
    setAccessibleName(tr("Directory warning"));
    hide();
}

void DirectoryBanner::setDirectory(const DirectoryInfo& info, const QDateTime& now)
{
    QStringList lines;
    const QDateTime expires = QDateTime::fromString(info.expires, Qt::ISODate);
    const bool expired = expires.isValid() && expires < now;
    if (expired)
        lines << tr("This directory expired on %1 (%Ln day(s) ago): contact details may be out of date. "
                    "Ask your coordinator for an update.",
                    "", static_cast<int>(expires.daysTo(now)))
                     .arg(QLocale().toString(expires.date(), QLocale::LongFormat));
    if (info.demonstrationServices > 0)
        lines << tr("Demonstration data: these records come from public articles and have not been verified. "
                    "Check every detail with the organisation before referring anyone.");
    setText(lines.join(QLatin1Char('\n')));
    setStyleSheet(expired
                      ? QStringLiteral("background-color:#f8d7da; color:#58151c; border:1px solid #f1aeb5;")
                      : QStringLiteral("background-color:#fff3cd; color:#664d03; border:1px solid #ffe69c;"));
    setVisible(!lines.isEmpty());
}

} // namespace pathways::desktop
