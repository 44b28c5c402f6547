#include "bundle/Zstd.h"

#include <memory>
#include <zstd.h>

namespace pathways::bundle {

namespace {

struct DStreamDeleter
{
    void operator()(ZSTD_DStream* stream) const { ZSTD_freeDStream(stream); }
};

} // namespace

QByteArray Zstd::compress(const QByteArray& data, int level, bool recordSize)
{
    QByteArray out(static_cast<qsizetype>(ZSTD_compressBound(static_cast<size_t>(data.size()))),
                   Qt::Uninitialized);
    ZSTD_CCtx* context = ZSTD_createCCtx();
    ZSTD_CCtx_setParameter(context, ZSTD_c_compressionLevel, level);
    ZSTD_CCtx_setParameter(context, ZSTD_c_checksumFlag, 1);
    ZSTD_CCtx_setParameter(context, ZSTD_c_contentSizeFlag, recordSize ? 1 : 0);
    const size_t written = ZSTD_compress2(context, out.data(), static_cast<size_t>(out.size()),
                                          data.constData(), static_cast<size_t>(data.size()));
    ZSTD_freeCCtx(context);
    if (ZSTD_isError(written))
        return {};
    out.truncate(static_cast<qsizetype>(written));
    return out;
}

Expected<QByteArray> Zstd::decompress(const QByteArray& data, qint64 maxOutput)
{
    // A frame that declares its size lets us refuse a bomb before allocating anything.
    const unsigned long long declared =
        ZSTD_getFrameContentSize(data.constData(), static_cast<size_t>(data.size()));
    if (declared == ZSTD_CONTENTSIZE_ERROR) {
        return Error::refused(QStringLiteral("payload: not zstd-compressed data"));
    }
    if (declared != ZSTD_CONTENTSIZE_UNKNOWN && declared > static_cast<unsigned long long>(maxOutput)) {
        return Error::refused(
            QStringLiteral("payload: decompresses to more than the %1 bytes allowed").arg(maxOutput));
    }
    std::unique_ptr<ZSTD_DStream, DStreamDeleter> stream(ZSTD_createDStream());
    ZSTD_initDStream(stream.get());
    // Refuse frames that want a huge window: memory use stays bounded whatever the header claims.
    ZSTD_DCtx_setParameter(stream.get(), ZSTD_d_windowLogMax, 27);
    QByteArray out;
    const qsizetype chunk = static_cast<qsizetype>(ZSTD_DStreamOutSize());
    ZSTD_inBuffer input{data.constData(), static_cast<size_t>(data.size()), 0};
    size_t last = 1;
    while (input.pos < input.size || last != 0) {
        if (out.size() >= maxOutput + 1) {
            return Error::refused(
                QStringLiteral("payload: decompresses to more than the %1 bytes allowed").arg(maxOutput));
        }
        const qsizetype before = out.size();
        const qsizetype room = qMin<qint64>(chunk, maxOutput + 1 - before);
        out.resize(before + room);
        ZSTD_outBuffer output{out.data() + before, static_cast<size_t>(room), 0};
        const size_t posBefore = input.pos;
        last = ZSTD_decompressStream(stream.get(), &output, &input);
        out.resize(before + static_cast<qsizetype>(output.pos));
        if (ZSTD_isError(last)) {
            return Error::refused(QStringLiteral("payload: zstd data is damaged (%1)")
                                      .arg(QString::fromLatin1(ZSTD_getErrorName(last))));
        }
        if (out.size() > maxOutput) {
            return Error::refused(
                QStringLiteral("payload: decompresses to more than the %1 bytes allowed").arg(maxOutput));
        }
        if (input.pos == input.size && posBefore == input.pos && output.pos == 0 && last != 0) {
            return Error::refused(QStringLiteral("payload: zstd data is truncated"));
        }
    }
    return out;
}

} // namespace pathways::bundle
