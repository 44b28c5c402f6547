#include "desktop/PrintOutput.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QStandardPaths>

namespace pathways::desktop {

Expected<bool> PrintOutput::print(QWidget* parent, QPrinter* printer, const Painter& paint)
{
    QPrintDialog dialog(printer, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (const Expected<int> pages = paint(printer); !pages)
        return pages.error();
    return true;
}

void PrintOutput::preview(QWidget* parent, QPrinter* printer, const Painter& paint,
                          const std::function<void(const Error&)>& failed)
{
    QPrintPreviewDialog dialog(printer, parent);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter* target) {
        if (const Expected<int> pages = paint(target); !pages)
            failed(pages.error());
    });
    dialog.exec();
}

QString PrintOutput::askPath(QWidget* parent, const QString& title, const QString& suggestedName)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(parent, title, QDir(folder).filePath(suggestedName),
                                        QCoreApplication::translate("pathways::desktop::PrintOutput", "PDF documents (*.pdf)"));
}

Status PrintOutput::write(const QString& path, const QByteArray& pdf)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf) != pdf.size() || !file.commit())
        return Error{Error::Kind::Io,
                     QCoreApplication::translate("pathways::desktop::PrintOutput", "cannot write %1: %2")
                         .arg(QDir::toNativeSeparators(path), file.errorString()),
                     {}};
    return {};
}

} // namespace pathways::desktop
