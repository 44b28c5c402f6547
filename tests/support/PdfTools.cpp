#include "PdfTools.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace pathways::test::pdf {

namespace {

QByteArray run(const QString& program, const QStringList& arguments, int* exitCode = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    process.waitForFinished(120000);
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return process.readAllStandardOutput();
}

} // namespace

bool haveTool(const QString& program)
{
    return !QStandardPaths::findExecutable(program).isEmpty();
}

QString normalised(const QString& text)
{
    QString result = text.normalized(QString::NormalizationForm_KC);
    static const QRegularExpression controls(QStringLiteral("[\\x{200E}\\x{200F}\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]"));
    return result.remove(controls);
}

QString text(const QString& pdfPath)
{
    // Reading order, with wrapped lines joined: a label wrapped in a narrow column still reads as one phrase.
    return normalised(QString::fromUtf8(run(QStringLiteral("pdftotext"), {QStringLiteral("-enc"), QStringLiteral("UTF-8"),
                                                                        pdfPath, QStringLiteral("-")})))
        .simplified();
}

int pageCount(const QString& pdfPath)
{
    const QString info = QString::fromUtf8(run(QStringLiteral("pdfinfo"), {pdfPath}));
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)"),
                                                             QRegularExpression::MultilineOption)
                                              .match(info);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

QSizeF pageSize(const QString& pdfPath)
{
    const QString info = QString::fromUtf8(run(QStringLiteral("pdfinfo"), {pdfPath}));
    const QRegularExpressionMatch match =
        QRegularExpression(QStringLiteral("^Page size:\\s+([\\d.]+) x ([\\d.]+) pts"), QRegularExpression::MultilineOption)
            .match(info);
    return match.hasMatch() ? QSizeF(match.captured(1).toDouble(), match.captured(2).toDouble()) : QSizeF();
}

QList<Word> words(const QString& pdfPath)
{
    const QByteArray xhtml = run(QStringLiteral("pdftotext"),
                                 {QStringLiteral("-bbox"), QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                  QStringLiteral("1"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdfPath, QStringLiteral("-")});
    QList<Word> result;
    QXmlStreamReader xml(xhtml);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != QLatin1String("word"))
            continue;
        const auto a = xml.attributes();
        const QRectF box(QPointF(a.value(QStringLiteral("xMin")).toDouble(), a.value(QStringLiteral("yMin")).toDouble()),
                         QPointF(a.value(QStringLiteral("xMax")).toDouble(), a.value(QStringLiteral("yMax")).toDouble()));
        result.append({normalised(xml.readElementText()), box});
    }
    return result;
}

bool QrScan::holdsExactly(const QStringList& payloads) const
{
    if (count != payloads.size())
        return false;
    QString rest = raw;
    for (const QString& payload : payloads) {
        const qsizetype at = rest.indexOf(payload);
        if (at < 0)
            return false;
        rest.remove(at, payload.size());
    }
    return rest.trimmed().isEmpty(); // zbarimg ends each payload with a newline
}

QrScan qrScan(const QString& pdfPath)
{
    QTemporaryDir scratch;
    const QString prefix = scratch.filePath(QStringLiteral("page"));
    run(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-gray"),
                                     QStringLiteral("-png"), pdfPath, prefix});
    QrScan scan;
    const QStringList pages = QDir(scratch.path()).entryList({QStringLiteral("page*.png")}, QDir::Files, QDir::Name);
    for (const QString& page : pages) {
        const QString image = scratch.filePath(page);
        const QByteArray xml = run(QStringLiteral("zbarimg"), {QStringLiteral("--nodbus"), QStringLiteral("--quiet"),
                                                               QStringLiteral("--xml"), image});
        scan.count += int(xml.count("<symbol "));
        scan.raw += QString::fromUtf8(run(QStringLiteral("zbarimg"), {QStringLiteral("--nodbus"), QStringLiteral("--quiet"),
                                                                      QStringLiteral("--raw"), image}));
    }
    return scan;
}

} // namespace pathways::test::pdf
