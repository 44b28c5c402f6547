#pragma once

#include "render/ReferralSlip.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace pathways::cli {

class CliContext;

/// What the commands that print pages (referral-slip, pathway) share: the --paper option and writing the PDF.
class PdfOutput
{
public:
    /// "a4" or "letter" (any case); nullopt for anything else.
    static std::optional<render::Paper> paper(const QString& value);
    /// Writes `pdf` to `path` whole or not at all (a half-written PDF is never left where the worker expects
    /// it). False after printing the one-line failure.
    static bool write(CliContext& context, const QString& path, const QByteArray& pdf);
};

} // namespace pathways::cli
