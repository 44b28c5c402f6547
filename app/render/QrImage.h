#pragma once

#include <QByteArray>
#include <QImage>

namespace pathways::render {

/// A QR code (libqrencode, error correction M, byte mode, UTF-8) as a black-on-white image with the
/// standard four-module quiet zone, `pixelsPerModule` pixels per module and no smoothing, so that it stays
/// sharp when a PDF viewer or printer scales it. A null image when the text is too long for a QR code.
QImage qrImage(const QByteArray& text, int pixelsPerModule = 8);

} // namespace pathways::render
