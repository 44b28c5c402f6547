#include "cli/PdfOutput.h"

#include "cli/CliContext.h"

#include <QSaveFile>

namespace pathways::cli {

std::optional<render::Paper> PdfOutput::paper(const QString& value)
{
    if (value.compare(QLatin1String("a4"), Qt::CaseInsensitive) == 0)
        return render::Paper::A4;
    if (value.compare(QLatin1String("letter"), Qt::CaseInsensitive) == 0)
        return render::Paper::Letter;
    return std::nullopt;
}

bool PdfOutput::write(CliContext& context, const QString& path, const QByteArray& pdf)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(pdf) == pdf.size() && file.commit())
        return true;
    context.failure(QStringLiteral("cannot write %1: %2").arg(path, file.errorString()));
    return false;
}

} // namespace pathways::cli
