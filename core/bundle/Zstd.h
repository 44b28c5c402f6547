#pragma once

#include "error/Expected.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace pathways::bundle {

/// zstd with the caps a bundle reader needs: decompression never produces more than the caller allows.
class Zstd
{
public:
    /// One zstd frame with the content size recorded (so `zstd -l` shows it) unless `recordSize` is false
    /// (as a streaming compressor would write it; tests use that to exercise the streaming cap).
    static QByteArray compress(const QByteArray& data, int level = 12, bool recordSize = true);
    /// Decompresses `data`, refusing (Refused, one line starting "payload: ") when the output would exceed
    /// `maxOutput` bytes, the input is not zstd, is truncated, or has bytes after the last frame.
    static Expected<QByteArray> decompress(const QByteArray& data, qint64 maxOutput);
};

} // namespace pathways::bundle
