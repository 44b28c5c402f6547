#pragma once

#include "error/Expected.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace pathways::render {

/// The referral slip's labels ("Where", "When", "Bring"...) per language, from the reviewed glossary
/// translations/slip-glossary.json (compiled in as :/render/slip-glossary.json). Kept apart from the window's
/// Qt Linguist files because a slip is printed in the client's language, not the interface language.
class SlipGlossary
{
public:
    /// The compiled-in glossary. Fails only if the build embedded a broken file (tests check it).
    static Expected<SlipGlossary> load();
    /// Parses a glossary; every language must have every label of English.
    static Expected<SlipGlossary> parse(const QByteArray& json);

    /// Language codes the slip can be printed in, English first.
    QStringList languages() const { return m_order; }
    bool has(const QString& language) const { return m_labels.contains(language); }
    bool rightToLeft(const QString& language) const { return m_rtl.contains(language); }
    /// The label in `language`; English when the language or key is missing (never an empty string).
    QString label(const QString& language, const QString& key) const;
    QStringList keys() const;

private:
    QStringList m_order;
    QHash<QString, QHash<QString, QString>> m_labels;
    QStringList m_rtl;
};

} // namespace pathways::render
