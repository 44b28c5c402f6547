#include "render/QrImage.h"

#include <qrencode.h>

#include <algorithm>
#include <memory>

namespace pathways::render {

QImage qrImage(const QByteArray& text, int pixelsPerModule)
{
    constexpr int kQuietZone = 4;
    const std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(int(text.size()), reinterpret_cast<const unsigned char*>(text.constData()), 0,
                          QR_ECLEVEL_M),
        &QRcode_free);
    if (!code)
        return {};
    const int modules = code->width + 2 * kQuietZone;
    QImage image(modules * pixelsPerModule, modules * pixelsPerModule, QImage::Format_Grayscale8);
    image.fill(Qt::white);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (!(code->data[y * code->width + x] & 1))
                continue; // bit 0 of each byte is the module's colour; the rest is libqrencode's bookkeeping
            for (int dy = 0; dy < pixelsPerModule; ++dy) {
                uchar* line = image.scanLine((y + kQuietZone) * pixelsPerModule + dy);
                std::fill_n(line + (x + kQuietZone) * pixelsPerModule, pixelsPerModule, uchar(0));
            }
        }
    }
    return image;
}

} // namespace pathways::render
