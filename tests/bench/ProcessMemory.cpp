#include "ProcessMemory.h"

#include <QFile>

namespace pathways::bench {

namespace {

long long statusField(const char* name)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    // /proc files report size 0 (so atEnd() is true at once): read everything, then look for the line.
    const QByteArray prefix = QByteArray(name) + ':';
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

} // namespace

double ProcessMemory::loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    return file.readAll().split(' ').value(0).toDouble();
}

long long ProcessMemory::residentKiB()
{
    return statusField("VmRSS");
}

long long ProcessMemory::peakKiB()
{
    return statusField("VmHWM");
}

} // namespace pathways::bench
