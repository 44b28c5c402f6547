#include "search/IndexDocument.h"

#include "text/TextFolding.h"

namespace pathways::search {

QString foldFields(const QStringList& fields)
{
    QStringList folded;
    for (const QString& field : fields) {
        if (field.isEmpty())
            continue;
        QString text = text::foldForSearch(field);
        if (!text.isEmpty())
            folded << std::move(text);
    }
    return folded.join(QLatin1Char(' '));
}

} // namespace pathways::search
