#pragma once

#include "error/Expected.h"

#include <QByteArray>
#include <QString>
#include <functional>

class QPagedPaintDevice;
class QPrinter;
class QWidget;

namespace pathways::desktop {

/// What the dialogs that print a document (slip, pathway) share: the print dialog, the print preview, asking
/// where to save, and writing the PDF. The document itself is painted by app/render.
class PrintOutput
{
public:
    /// Paints the document on a device; answers its pages.
    using Painter = std::function<Expected<int>(QPagedPaintDevice*)>;

    /// The print dialog for `printer` (set up for the document's paper), then paints. True when printed, false
    /// when the worker cancelled.
    static Expected<bool> print(QWidget* parent, QPrinter* printer, const Painter& paint);
    /// The print preview; a failure to paint goes to `failed`.
    static void preview(QWidget* parent, QPrinter* printer, const Painter& paint,
                        const std::function<void(const Error&)>& failed);
    /// A save dialog in the Documents folder with `suggestedName`; empty when the worker cancelled.
    static QString askPath(QWidget* parent, const QString& title, const QString& suggestedName);
    /// Writes `pdf` to `path` whole or not at all: a half-written PDF is never left where the worker expects it.
    static Status write(const QString& path, const QByteArray& pdf);
};

} // namespace pathways::desktop
