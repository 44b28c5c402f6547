#include "render/ReferralSlip.h"

#include "render/SlipGlossary.h"
#include "render/SlipHtml.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextOption>
#include <QUrl>

#include <memory>

namespace pathways::render {

namespace {

constexpr int kResolution = 300;   // dots per inch of the PDF's page coordinates
constexpr qreal kMarginMm = 10.0;  // printers cannot print the page's edge (most leave 4-6 mm)
constexpr qreal kBodyPoints = 11.0; // the smallest text a client must read at arm's length
constexpr int kServicesPerPage = 3; // what one page must hold

QFont bodyFont(bool rightToLeft)
{
    QFont font;
    // Noto covers Latin, Cyrillic and Arabic script (Debian: fonts-noto-core); DejaVu is the last resort.
    QStringList families{QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Arabic"),
                         QStringLiteral("DejaVu Sans")};
    if (rightToLeft)
        families.swapItemsAt(0, 1);
    font.setFamilies(families);
    font.setPointSizeF(kBodyPoints);
    return font;
}

// How tightly lines are set: Normal first; Compact when that would take a second page.
enum class Spacing { Normal, Compact };

void layOut(const SlipRequest& request, const SlipGlossary& glossary, QPagedPaintDevice* device, QSizeF page,
            QTextDocument* document, Spacing spacing = Spacing::Normal)
{
    const bool rtl = glossary.rightToLeft(request.clientLanguage);
    document->documentLayout()->setPaintDevice(device);
    document->setDefaultFont(bodyFont(rtl));
    document->setDocumentMargin(0);
    QTextOption option = document->defaultTextOption();
    option.setTextDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
    document->setDefaultTextOption(option);
    document->setPageSize(page);

    QList<QImage> qrCodes;
    const QString html = slipHtml(request, glossary, &qrCodes);
    for (int i = 0; i < qrCodes.size(); ++i)
        if (!qrCodes.at(i).isNull())
            document->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("qr:%1").arg(i)), qrCodes.at(i));
    document->setHtml(html);
    // Noto's natural line height is 1.36 em; at 100 % three services with a week table each run past one page
    // (Letter, or A4 in Slovenian, Ukrainian and Russian). 88 % (1.2 em) keeps 11 pt Latin and Cyrillic text
    // easy to read. Arabic-script fonts carry tall ascent and descent for stacked marks: 72 % still clears the
    // marks of Arabic and Persian body text (looked at).
    // Compact (82 %, 1.1 em) is the tightest Latin and Cyrillic setting still easy to read at 11 pt: it keeps
    // the worker's labels on a Letter page that Normal would overflow.
    const int lineHeight = rtl ? 72 : (spacing == Spacing::Compact ? 82 : 88);
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.text().contains(QChar::ObjectReplacementCharacter))
            continue; // a QR code's line keeps its full height, or the caption would overlap it
        QTextCursor cursor(block);
        QTextBlockFormat format = block.blockFormat();
        format.setLineHeight(lineHeight, QTextBlockFormat::ProportionalHeight);
        cursor.setBlockFormat(format);
    }
}

} // namespace

bool ReferralSlip::hasDemonstrationData(const SlipRequest& request)
{
    for (const auto& service : request.services)
        if (service.record.summary.demonstration)
            return true;
    return false;
}

bool ReferralSlip::needsVerification(const SlipRequest& request)
{
    if (hasDemonstrationData(request) || request.directory.expiredAt(request.printedAt))
        return true;
    const std::optional<qint64> age = request.directory.ageDaysAt(request.printedAt);
    return !age || *age > request.staleAfterDays;
}

QPageLayout ReferralSlip::pageLayout(Paper paper)
{
    return QPageLayout(QPageSize(paper == Paper::Letter ? QPageSize::Letter : QPageSize::A4), QPageLayout::Portrait,
                       QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter);
}

namespace {

Status check(const SlipRequest& request, const SlipGlossary& glossary)
{
    if (request.services.isEmpty())
        return Error::invalidInput(QStringLiteral("a referral slip needs at least one service"));
    for (const QString& language : {request.clientLanguage, request.workerLanguage}) {
        if (!language.isEmpty() && !glossary.has(language))
            return Error::invalidInput(QStringLiteral("no slip labels in '%1' (available: %2)")
                                           .arg(language, glossary.languages().join(QStringLiteral(", "))));
    }
    if (request.clientLanguage.isEmpty())
        return Error::invalidInput(QStringLiteral("a referral slip needs the client's language"));
    if (!request.clientNote.trimmed().isEmpty() && !request.clientConsent)
        return Error::invalidInput(
            QStringLiteral("a client note is printed only when the client has agreed to it"));
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Error::refused(QStringLiteral("printing needs Qt Gui: this program started no QGuiApplication"));
    return {};
}

} // namespace

Expected<int> ReferralSlip::paint(const SlipRequest& request, const SlipGlossary& glossary, QPagedPaintDevice* device)
{
    if (Status ok = check(request, glossary); !ok)
        return ok.error();
    // The layout is made on a 300 dpi PDF device of the target's page, whatever the target's resolution.
    QBuffer scratch;
    scratch.open(QIODevice::WriteOnly);
    QPdfWriter metrics(&scratch);
    metrics.setResolution(kResolution);
    metrics.setPageLayout(device->pageLayout());
    const QRectF page = metrics.pageLayout().paintRectPixels(kResolution);
    auto document = std::make_unique<QTextDocument>();
    layOut(request, glossary, &metrics, page.size(), document.get());
    const bool onePageWanted = request.services.size() <= kServicesPerPage;
    if (document->pageCount() > 1 && onePageWanted) {
        document = std::make_unique<QTextDocument>();
        layOut(request, glossary, &metrics, page.size(), document.get(), Spacing::Compact);
    }
    // The worker's labels are for the worker: when even compact lines would push up to three services onto a
    // second page, the client's one-page slip wins and is printed without them.
    if (document->pageCount() > 1 && onePageWanted && !request.workerLanguage.isEmpty()) {
        SlipRequest clientOnly = request;
        clientOnly.workerLanguage.clear();
        document = std::make_unique<QTextDocument>();
        layOut(clientOnly, glossary, &metrics, page.size(), document.get());
    }

    const int pages = document->pageCount();
    QPainter painter;
    if (!painter.begin(device))
        return Error{Error::Kind::Io, QStringLiteral("the printer or file could not be opened for printing"), {}};
    const qreal scale = qreal(device->logicalDpiX()) / kResolution;
    for (int pageIndex = 0; pageIndex < pages; ++pageIndex) {
        if (pageIndex > 0 && !device->newPage())
            return Error{Error::Kind::Io, QStringLiteral("the printer refused a new page"), {}};
        painter.save();
        painter.scale(scale, scale);
        painter.translate(0, -pageIndex * page.height());
        document->drawContents(&painter, QRectF(0, pageIndex * page.height(), page.width(), page.height()));
        painter.restore();
    }
    if (!painter.end())
        return Error{Error::Kind::Io, QStringLiteral("the slip could not be printed or written"), {}};
    return pages;
}

Expected<RenderedSlip> ReferralSlip::render(const SlipRequest& request, const SlipGlossary& glossary)
{
    if (Status ok = check(request, glossary); !ok)
        return ok.error();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(kResolution);
    writer.setPageLayout(pageLayout(request.paper));
    writer.setCreator(QStringLiteral("Pathways"));
    writer.setTitle(glossary.label(request.clientLanguage, QStringLiteral("title")));
    Expected<int> pages = paint(request, glossary, &writer);
    if (!pages)
        return pages.error();
    RenderedSlip slip;
    slip.pages = *pages;
    slip.pdf = buffer.data();
    return slip;
}

} // namespace pathways::render
