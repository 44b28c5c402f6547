#pragma once

#include <QHash>
#include <QString>

namespace pathways::schedule::fields {

/// The parsed value of a schedule field's text, kept per thread. Feeds repeat a handful of values thousands
/// of times ("Europe/Ljubljana", "MO,TU,WE,TH,FR", "09:00"), and the facets' open-now count parses a few
/// thousand rows on a keystroke: a regular expression and a time zone lookup per row were a third of it.
/// Bounded: past kMaxValues distinct texts it starts again, so hostile data costs memory only once over.
template <typename Value> class FieldMemo
{
public:
    template <typename Parse> Value get(const QString& text, Parse parse)
    {
        if (const auto it = m_values.constFind(text); it != m_values.cend())
            return it.value();
        Value value = parse();
        if (m_values.size() >= kMaxValues)
            m_values.clear();
        m_values.insert(text, value);
        return value;
    }

private:
    static constexpr qsizetype kMaxValues = 256;
    QHash<QString, Value> m_values;
};

} // namespace pathways::schedule::fields
