#pragma once

#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

namespace pathways::test {

/// The command-line tools a printed page is checked with (poppler-utils, zbar-tools). Each runs the real
/// program on a real file; a test that needs a missing tool warns and skips (the CI installs them all).
namespace pdf {

bool haveTool(const QString& program);
/// The PDF's text (pdftotext -layout), NFKC-normalised without bidi control characters, so Arabic
/// presentation forms compare equal to the text the program was given.
QString text(const QString& pdfPath);
int pageCount(const QString& pdfPath);
/// Page size in points (pdfinfo), of the first page.
QSizeF pageSize(const QString& pdfPath);

struct Word
{
    QString text; ///< normalised like text()
    QRectF box;   ///< in points, origin top left
};
/// Every word with its place on page 1 (pdftotext -bbox).
QList<Word> words(const QString& pdfPath);

/// Every QR code on every page, decoded (pdftoppm at 200 dpi, then zbarimg --raw), one entry per code.
QStringList qrCodes(const QString& pdfPath);

/// NFKC without bidi controls: how text() normalises.
QString normalised(const QString& text);

} // namespace pdf
} // namespace pathways::test
