#include "api/UpdateHistory.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace pathways::api {

UpdateHistory::UpdateHistory(directory::DataFolder folder) : m_folder(std::move(folder)) {}

QString UpdateHistory::path() const
{
    return m_folder.root() + QStringLiteral("/update-history.jsonl");
}

void UpdateHistory::record(HistoryEntry entry) const
{
    if (entry.when.isEmpty())
        entry.when = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    QList<QByteArray> lines;
    QFile current(path());
    if (current.open(QIODevice::ReadOnly))
        lines = current.read(1 << 20).split('\n');
    lines.removeAll(QByteArray());
    lines << QJsonDocument(QJsonObject{{QStringLiteral("when"), entry.when},
                                       {QStringLiteral("action"), entry.action},
                                       {QStringLiteral("publisher"), entry.publisher},
                                       {QStringLiteral("sequence"), static_cast<qint64>(entry.sequence)},
                                       {QStringLiteral("from"), entry.from}})
                 .toJson(QJsonDocument::Compact);
    while (lines.size() > kMaxEntries)
        lines.removeFirst();
    QSaveFile file(path());
    if (file.open(QIODevice::WriteOnly)) {
        file.write(lines.join('\n') + '\n');
        file.commit();
    }
}

QList<HistoryEntry> UpdateHistory::entries() const
{
    QList<HistoryEntry> entries;
    QFile file(path());
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    for (const QByteArray& line : file.read(1 << 20).split('\n')) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        if (object.isEmpty())
            continue;
        entries.prepend(
            HistoryEntry{object.value(QStringLiteral("when")).toString(),
                         object.value(QStringLiteral("action")).toString(),
                         object.value(QStringLiteral("publisher")).toString(),
                         static_cast<quint64>(object.value(QStringLiteral("sequence")).toInteger()),
                         object.value(QStringLiteral("from")).toString()});
    }
    return entries;
}

} // namespace pathways::api
