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
/// The PDF's text (pdftotext, reading order) with every run of white space one space, NFKC-normalised without
/// bidi control characters, so Arabic presentation forms compare equal to the text the program was given.
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

/// The QR codes of every page as a phone would read them (pdftoppm at 200 dpi, then zbarimg): how many,
/// and their payloads byte for byte (zbarimg --raw, each followed by a newline, which may also be inside a payload;
/// its XML output counts them but re-encodes UTF-8 text).
struct QrScan
{
    int count = 0;
    QString raw;
    /// True when the codes are exactly `payloads`, in any order.
    bool holdsExactly(const QStringList& payloads) const;
};
QrScan qrScan(const QString& pdfPath);

/// NFKC without bidi controls: how text() normalises.
QString normalised(const QString& text);

} // namespace pdf
} // namespace pathways::test
