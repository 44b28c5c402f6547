#include "desktop/ProvenanceLabel.h"

#include <QDateTime>
#include <QLocale>

namespace pathways::desktop {

ProvenanceLabel::ProvenanceLabel(QWidget* parent) : QLabel(parent)
{
    setObjectName(QStringLiteral("provenance"));
}

void ProvenanceLabel::setDirectory(const DirectoryInfo& info)
{
    if (info.publisher.isEmpty()) {
        clear();
        return;
    }
    const QDateTime created = QDateTime::fromString(info.created, Qt::ISODate);
    const qint64 age = created.isValid() ? created.daysTo(QDateTime::currentDateTimeUtc()) : -1;
    const QString date =
        created.isValid() ? QLocale().toString(created.date(), QLocale::ShortFormat) : info.created;
    setText(QStringList{info.publisher, tr("version %1").arg(info.sequence),
                        tr("%1 (%Ln day(s) old)", "date the directory was made",
                           static_cast<int>(std::max<qint64>(0, age)))
                            .arg(date),
                        tr("%Ln service(s)", "", static_cast<int>(info.services))}
                .join(QStringLiteral(" · ")));
    setAccessibleName(tr("Directory provenance"));
}

} // namespace pathways::desktop
