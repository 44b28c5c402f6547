#pragma once

#include <QImage>
#include <QList>
#include <QString>

namespace pathways::render {

class SlipGlossary;
struct SlipRequest;

/// The slip as Qt rich text (QTextDocument's HTML subset). QR codes are referenced as "qr:N" (N: the
/// service's index) and returned in `qrCodes`, a null image where a service has no contact details.
QString slipHtml(const SlipRequest& request, const SlipGlossary& glossary, QList<QImage>* qrCodes);

} // namespace pathways::render
