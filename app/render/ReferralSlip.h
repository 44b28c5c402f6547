#pragma once

#include "api/DirectoryStatus.h"
#include "api/ServiceDetails.h"
#include "error/Expected.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPageLayout>
#include <QString>

class QPagedPaintDevice;

namespace pathways::render {

class SlipGlossary;

enum class Paper { A4, Letter };

/// What a referral slip is made of. The services come from api::DirectoryReader::details() asked with the
/// client's language first, so their text is in the client's language wherever the directory has it.
struct SlipRequest
{
    QList<api::ServiceDetails> services;
    api::DirectoryStatus directory; ///< publisher, version and age printed at the foot
    QString clientLanguage;         ///< a language of the glossary: labels, day names, direction
    QString workerLanguage;         ///< labels repeated in it when it differs; empty: none
    Paper paper = Paper::A4;
    QDateTime printedAt = QDateTime::currentDateTime();
    /// Printed only when `clientConsent` is true, and never stored anywhere by the renderer.
    QString clientNote;
    bool clientConsent = false;
    /// A directory older than this (days since the publisher built it) gets "verify before you go".
    int staleAfterDays = 180;
};

/// A rendered slip: the PDF bytes and how many pages they have.
struct RenderedSlip
{
    QByteArray pdf;
    int pages = 0;
};

/// The referral slip: per service its name, organisation, offer, how to get help, address, a week of opening
/// hours, phones, e-mail, website, what to bring, cost, languages and a QR code of its contact; then the
/// date, the directory's publisher and version, and "verify before you go" for demonstration or old data.
/// Needs a QGuiApplication (Qt's font database); headless programs use the offscreen platform.
class ReferralSlip
{
public:
    /// InvalidInput: no services, a language without labels, or a client note without the client's consent.
    static Expected<RenderedSlip> render(const SlipRequest& request, const SlipGlossary& glossary);
    /// Lays the slip out on the page of `device` (its size and margins as they are set: a QPrinter the user
    /// set up, or a QPdfWriter) and paints it there; answers the number of pages. The same checks as render().
    /// The layout is made at a fixed 300 dpi and scaled to the device, so a preview at screen resolution
    /// breaks lines and pages exactly as the printed or saved slip does.
    static Expected<int> paint(const SlipRequest& request, const SlipGlossary& glossary, QPagedPaintDevice* device);
    /// The request's paper as a page layout with the slip's margins (for a printer before it is set up).
    static QPageLayout pageLayout(Paper paper);
    /// Whether the slip must tell the client to check first (demonstration data, expired or old directory).
    static bool needsVerification(const SlipRequest& request);
    static bool hasDemonstrationData(const SlipRequest& request);
};

} // namespace pathways::render
