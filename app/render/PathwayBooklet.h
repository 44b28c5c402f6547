#pragma once

#include "api/ReferralPathway.h"
#include "error/Expected.h"
#include "render/ReferralSlip.h"

#include <QByteArray>
#include <QDateTime>

class QPagedPaintDevice;

namespace pathways::render {

class SlipGlossary;

struct PathwayRequest
{
    api::PathwayContent content;
    QString language; ///< a glossary language: labels, day names, direction
    Paper paper = Paper::A4;
    QDateTime printedAt = QDateTime::currentDateTime();
};

struct RenderedBooklet
{
    QByteArray pdf;
    int pages = 0;
};

/// The printable referral pathway: a contents page (each category with the page it starts on), then the
/// services grouped by category, each with organisation, address, phones, e-mail, website and opening hours
/// as the directory gives them; the directory's publisher, version and date and the page number at the foot
/// of every page. Needs a QGuiApplication, like the slip.
class PathwayBooklet
{
public:
    /// InvalidInput: no services selected, or a language without labels.
    static Expected<RenderedBooklet> render(const PathwayRequest& request, const SlipGlossary& glossary);
    /// The same booklet painted on `device` as it is set up (a QPrinter the worker chose, or a QPdfWriter):
    /// laid out at 300 dpi on the device's page and scaled, as ReferralSlip::paint does. Answers the pages.
    /// `request.paper` is not used here: the device's page is.
    static Expected<int> paint(const PathwayRequest& request, const SlipGlossary& glossary, QPagedPaintDevice* device);
};

} // namespace pathways::render
