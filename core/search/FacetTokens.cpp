#include "search/FacetTokens.h"

#include <cstring>

namespace pathways::search::facet {

QString token(const char* kind, const QString& value)
{
    // One letter per kind keeps tokens short; the value keeps only letters and digits.
    QString result = QStringLiteral("x");
    if (std::strcmp(kind, kCategory) == 0)
        result += QLatin1Char('c');
    else if (std::strcmp(kind, kAudience) == 0)
        result += QLatin1Char('a');
    else if (std::strcmp(kind, kMunicipality) == 0)
        result += QLatin1Char('m');
    else if (std::strcmp(kind, kRegion) == 0)
        result += QLatin1Char('r');
    else if (std::strcmp(kind, kLanguage) == 0)
        result += QLatin1Char('l');
    else if (std::strcmp(kind, kFree) == 0)
        return QStringLiteral("xfree");
    for (const QChar c : value) {
        if (c.isLetterOrNumber())
            result += c.toLower();
    }
    return result;
}

} // namespace pathways::search::facet
