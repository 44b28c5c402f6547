#include "search/OrdList.h"

#include <limits>

namespace pathways::search::ords {

QByteArray encode(const std::vector<qint64>& ascending)
{
    QByteArray blob;
    blob.reserve(static_cast<qsizetype>(ascending.size()) * 2);
    qint64 previous = 0;
    for (const qint64 ord : ascending) {
        auto gap = static_cast<quint64>(ord - previous);
        previous = ord;
        while (gap >= 0x80) {
            blob.append(static_cast<char>((gap & 0x7f) | 0x80));
            gap >>= 7;
        }
        blob.append(static_cast<char>(gap));
    }
    return blob;
}

std::optional<std::vector<qint64>> decode(const QByteArray& blob)
{
    std::vector<qint64> result;
    qint64 previous = 0;
    quint64 gap = 0;
    int shift = 0;
    for (const char c : blob) {
        const auto byte = static_cast<quint8>(c);
        if (shift > 56)
            return std::nullopt; // more than 63 bits
        gap |= static_cast<quint64>(byte & 0x7f) << shift;
        if (byte & 0x80) {
            shift += 7;
            continue;
        }
        if (gap == 0 || gap > static_cast<quint64>(std::numeric_limits<qint64>::max() - previous))
            return std::nullopt;
        previous += static_cast<qint64>(gap);
        result.push_back(previous);
        gap = 0;
        shift = 0;
    }
    if (shift != 0)
        return std::nullopt; // the last number was cut short
    return result;
}

} // namespace pathways::search::ords
