#include "render/PathwayBooklet.h"

#include "render/SlipGlossary.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

#include <memory>

namespace pathways::render {

namespace {

constexpr int kResolution = 300;
constexpr qreal kFooterMm = 12.0; // below the text of every page: the directory's provenance and the page

QString esc(const QString& text)
{
    return text.toHtmlEscaped();
}

QString hoursLine(const api::ServiceDetails& details, const QLocale& locale, const SlipGlossary& g,
                  const QString& language)
{
    if (details.alwaysOpen)
        return esc(g.label(language, QStringLiteral("open_24h")));
    QStringList days;
    for (const auto& day : details.week) {
        if (!day.known)
            continue;
        QStringList intervals;
        if (day.allDay)
            intervals << QStringLiteral("0–24");
        for (const auto& [opens, closes] : day.intervals)
            intervals << opens.toString(QStringLiteral("HH:mm")) + QStringLiteral("–") + closes.toString(QStringLiteral("HH:mm"));
        days << locale.dayName(day.day, QLocale::ShortFormat) + QLatin1Char(' ') +
                    (intervals.isEmpty() ? QStringLiteral("—") : intervals.join(QStringLiteral(", ")));
    }
    return days.isEmpty() ? esc(g.label(language, QStringLiteral("no_hours"))) : esc(days.join(QStringLiteral(" · ")));
}

QString serviceHtml(const api::ServiceDetails& details, const QLocale& locale, const SlipGlossary& g,
                    const QString& language)
{
    const directory::ServiceRecord& r = details.record;
    auto row = [&](const char* key, const QString& value) {
        return value.isEmpty() ? QString()
                               : QStringLiteral("<tr><td width=\"22%\" valign=\"top\"><b>%1</b></td><td>%2</td></tr>")
                                     .arg(esc(g.label(language, QLatin1String(key))), value);
    };
    QStringList addresses;
    for (const auto& location : r.locations)
        for (const auto& a : location.addresses) {
            QStringList parts{a.address1, a.address2, QString(a.postalCode + QLatin1Char(' ') + a.city).trimmed()};
            parts.removeAll(QString());
            if (!parts.isEmpty())
                addresses << esc(parts.join(QStringLiteral(", ")));
        }
    QStringList phones;
    for (const auto& p : r.phones)
        phones << esc(p.extension.isEmpty() ? p.number : p.number + QStringLiteral(" ext. ") + p.extension);
    QString rows = row("where", addresses.join(QStringLiteral("<br>"))) + row("phone", phones.join(QStringLiteral(", "))) +
                   row("email", esc(r.email)) + row("website", esc(r.url)) +
                   row("when", hoursLine(details, locale, g, language));
    QString head = QStringLiteral("<p style=\"margin-top:8px; margin-bottom:0px;\"><b>%1</b>").arg(esc(r.summary.name.text));
    if (!r.summary.organization.isEmpty())
        head += QStringLiteral(" — %1").arg(esc(r.summary.organization));
    head += QStringLiteral("</p>");
    return head + QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"1\">%1</table>").arg(rows);
}

QString version(const api::DirectoryStatus& directory)
{
    QString text = QString::number(directory.sequence);
    const QDateTime created = QDateTime::fromString(directory.created, Qt::ISODate);
    if (created.isValid())
        text += QStringLiteral(" (%1)").arg(created.date().toString(Qt::ISODate));
    return text;
}

std::unique_ptr<QTextDocument> newDocument(QPagedPaintDevice* device, QSizeF page, bool rtl)
{
    auto document = std::make_unique<QTextDocument>();
    document->documentLayout()->setPaintDevice(device);
    QFont font;
    QStringList families{QStringLiteral("Noto Sans"), QStringLiteral("Noto Sans Arabic"), QStringLiteral("DejaVu Sans")};
    if (rtl)
        families.swapItemsAt(0, 1);
    font.setFamilies(families);
    font.setPointSizeF(11);
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    QTextOption option = document->defaultTextOption();
    option.setTextDirection(rtl ? Qt::RightToLeft : Qt::LeftToRight);
    document->setDefaultTextOption(option);
    document->setPageSize(page);
    return document;
}

} // namespace

Expected<int> PathwayBooklet::paint(const PathwayRequest& request, const SlipGlossary& glossary,
                                    QPagedPaintDevice* device)
{
    const QString language = request.language;
    if (!glossary.has(language))
        return Error::invalidInput(QStringLiteral("no labels in '%1' (available: %2)")
                                       .arg(language, glossary.languages().join(QStringLiteral(", "))));
    if (request.content.sections.isEmpty())
        return Error::invalidInput(QStringLiteral("no services match: the pathway would be empty"));
    if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        return Error::refused(QStringLiteral("printing needs Qt Gui: this program started no QGuiApplication"));
    const bool rtl = glossary.rightToLeft(language);
    const QLocale locale(language);
    const QString dir = rtl ? QStringLiteral(" dir=\"rtl\"") : QString();

    // As the slip does: the layout is made on a 300 dpi PDF device of the target's page and scaled to the
    // target, so a preview on screen breaks lines and pages exactly as the printed or saved booklet.
    QBuffer scratch;
    scratch.open(QIODevice::WriteOnly);
    QPdfWriter metrics(&scratch);
    metrics.setResolution(kResolution);
    metrics.setPageLayout(device->pageLayout());
    const QRectF full = metrics.pageLayout().paintRectPixels(kResolution);
    const qreal footer = kFooterMm / 25.4 * kResolution;
    const QSizeF textPage(full.width(), full.height() - footer);

    // The body, one category after the other; where each starts is read back from the layout for the contents.
    auto body = newDocument(&metrics, textPage, rtl);
    QTextCursor cursor(body.get());
    QList<int> starts;
    for (const auto& section : request.content.sections) {
        if (!starts.isEmpty())
            cursor.insertBlock();
        starts << cursor.position();
        QString html = QStringLiteral("<h2%1>%2</h2>").arg(dir, esc(section.name));
        for (const auto& service : section.services)
            html += serviceHtml(service, locale, glossary, language);
        cursor.insertHtml(QStringLiteral("<div%1>%2</div>").arg(dir, html));
    }
    const int bodyPages = body->pageCount();

    // The contents page: title, places, and each category with its first page (the contents is page 1).
    QString places = request.content.municipalities.isEmpty() ? glossary.label(language, QStringLiteral("all_places"))
                                                              : request.content.municipalities.join(QStringLiteral(", "));
    QString toc = QStringLiteral("<p%1><span style=\"font-size:20pt;\"><b>%2</b></span><br>%3</p><h2%1>%4</h2>"
                                 "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\">")
                      .arg(dir, esc(glossary.label(language, QStringLiteral("pathway_title"))), esc(places),
                           esc(glossary.label(language, QStringLiteral("contents"))));
    for (int i = 0; i < request.content.sections.size(); ++i) {
        const qreal top = body->documentLayout()->blockBoundingRect(body->findBlock(starts.at(i))).top();
        const int page = 2 + int(top / textPage.height());
        toc += QStringLiteral("<tr><td>%1 (%2)</td><td align=\"right\">%3</td></tr>")
                   .arg(esc(request.content.sections.at(i).name))
                   .arg(request.content.sections.at(i).services.size())
                   .arg(page);
    }
    toc += QStringLiteral("</table>");
    if (request.content.directory.demonstrationServices > 0)
        toc += QStringLiteral("<p%1><b>%2</b></p>").arg(dir, esc(glossary.label(language, QStringLiteral("demonstration"))));
    toc += QStringLiteral("<p%1>%2</p>").arg(dir, esc(glossary.label(language, QStringLiteral("verify"))));
    auto contents = newDocument(&metrics, textPage, rtl);
    contents->setHtml(toc);
    const int contentsPages = contents->pageCount();

    const int total = contentsPages + bodyPages;
    const api::DirectoryStatus& d = request.content.directory;
    const QString provenance = QStringLiteral("%1: %2, %3 %4 · %5: %6")
                                   .arg(glossary.label(language, QStringLiteral("directory")), d.publisher,
                                        glossary.label(language, QStringLiteral("version")), version(d),
                                        glossary.label(language, QStringLiteral("printed")),
                                        request.printedAt.date().toString(Qt::ISODate));
    QPainter painter;
    if (!painter.begin(device))
        return Error{Error::Kind::Io, QStringLiteral("the printer or file could not be opened for printing"), {}};
    const qreal scale = qreal(device->logicalDpiX()) / kResolution;
    QFont footFont = body->defaultFont();
    footFont.setPixelSize(qRound(9.0 / 72.0 * kResolution)); // 9 pt at the layout's resolution, then scaled
    int pageNumber = 0;
    for (QTextDocument* document : {contents.get(), body.get()}) {
        for (int i = 0; i < document->pageCount(); ++i) {
            if (pageNumber++ > 0 && !device->newPage())
                return Error{Error::Kind::Io, QStringLiteral("the printer refused a new page"), {}};
            painter.save();
            painter.scale(scale, scale);
            painter.save();
            painter.translate(0, -i * textPage.height());
            document->drawContents(&painter, QRectF(0, i * textPage.height(), textPage.width(), textPage.height()));
            painter.restore();
            painter.setFont(footFont);
            painter.setPen(QColor(0x44, 0x44, 0x44));
            const QRectF foot(0, full.height() - footer * 0.7, full.width(), footer * 0.7);
            painter.drawLine(QPointF(0, foot.top()), QPointF(full.width(), foot.top()));
            // The page number keeps its place; a provenance line too long beside it (a long publisher, a
            // wordy language) wraps onto a second line instead of running under the number.
            const QString pageText = QStringLiteral("%1 %2 / %3")
                                         .arg(glossary.label(language, QStringLiteral("page")))
                                         .arg(pageNumber)
                                         .arg(total);
            const QFontMetricsF metricsOfFoot(footFont, &metrics);
            const qreal pageWidth = metricsOfFoot.horizontalAdvance(pageText) + 4 * metricsOfFoot.averageCharWidth();
            QRectF left = foot;
            left.setWidth(foot.width() - pageWidth);
            if (rtl)
                left.moveRight(foot.right());
            painter.drawText(left, (rtl ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter | Qt::TextWordWrap,
                             provenance);
            painter.drawText(foot, (rtl ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter, pageText);
            painter.restore();
        }
    }
    if (!painter.end())
        return Error{Error::Kind::Io, QStringLiteral("the pathway could not be printed or written"), {}};
    return total;
}

Expected<RenderedBooklet> PathwayBooklet::render(const PathwayRequest& request, const SlipGlossary& glossary)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(kResolution);
    writer.setPageLayout(ReferralSlip::pageLayout(request.paper));
    writer.setCreator(QStringLiteral("Pathways"));
    writer.setTitle(glossary.label(request.language, QStringLiteral("pathway_title")));
    const Expected<int> pages = paint(request, glossary, &writer);
    if (!pages)
        return pages.error();
    return RenderedBooklet{buffer.data(), *pages};
}

} // namespace pathways::render
