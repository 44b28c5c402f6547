#pragma once

#include "text/TextFolding.h"

#include <QHash>
#include <QString>

namespace pathways::search {

/// foldForSearch with a memory: taxonomy names, place names, organisation and language names recur across
/// thousands of services and are folded once. Long texts (descriptions) seldom repeat and are not kept.
/// One per thread.
class FoldCache
{
public:
    QString fold(const QString& text)
    {
        if (text.size() > kMaxCachedLength)
            return text::foldForSearch(text);
        const auto it = m_folded.constFind(text);
        if (it != m_folded.constEnd())
            return *it;
        if (m_folded.size() >= kMaxEntries)
            m_folded.clear();
        return *m_folded.insert(text, text::foldForSearch(text));
    }

private:
    static constexpr qsizetype kMaxCachedLength = 64;
    static constexpr qsizetype kMaxEntries = 200000;
    QHash<QString, QString> m_folded;
};

} // namespace pathways::search
