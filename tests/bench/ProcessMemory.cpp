#include "ProcessMemory.h"

#include <QFile>

namespace pathways::bench {

namespace {

long long statusField(const char* name)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    // /proc files report size 0, so read line by line rather than readAll() sized by size().
    const QByteArray prefix = QByteArray(name) + ':';
    while (!status.atEnd()) {
        const QByteArray line = status.readLine();
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

} // namespace

long long ProcessMemory::residentKiB()
{
    return statusField("VmRSS");
}

long long ProcessMemory::peakKiB()
{
    return statusField("VmHWM");
}

} // namespace pathways::bench
