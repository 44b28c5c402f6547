#include "render/SlipGlossary.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace pathways::render {

Expected<SlipGlossary> SlipGlossary::load()
{
    QFile file(QStringLiteral(":/render/slip-glossary.json"));
    if (!file.open(QIODevice::ReadOnly))
        return Error::unreadable(QStringLiteral("the slip glossary is missing from this build"));
    return parse(file.readAll());
}

Expected<SlipGlossary> SlipGlossary::parse(const QByteArray& json)
{
    auto broken = [](const QString& why) {
        return Error::unreadable(QStringLiteral("slip glossary: %1").arg(why));
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return broken(parseError.errorString());
    const QJsonObject languages = document.object().value(QStringLiteral("languages")).toObject();
    const QJsonObject english =
        languages.value(QStringLiteral("en")).toObject().value(QStringLiteral("labels")).toObject();
    if (english.isEmpty())
        return broken(QStringLiteral("no English labels"));
    SlipGlossary glossary;
    glossary.m_order << QStringLiteral("en");
    for (auto it = languages.begin(); it != languages.end(); ++it) {
        const QJsonObject entry = it.value().toObject();
        const QJsonObject labels = entry.value(QStringLiteral("labels")).toObject();
        QHash<QString, QString>& target = glossary.m_labels[it.key()];
        for (auto key = english.begin(); key != english.end(); ++key) {
            const QString text = labels.value(key.key()).toString();
            if (text.isEmpty())
                return broken(QStringLiteral("%1 has no label '%2'").arg(it.key(), key.key()));
            target.insert(key.key(), text);
        }
        if (entry.value(QStringLiteral("direction")).toString() == QLatin1String("rtl"))
            glossary.m_rtl << it.key();
        if (it.key() != QLatin1String("en"))
            glossary.m_order << it.key();
    }
    return glossary;
}

QString SlipGlossary::label(const QString& language, const QString& key) const
{
    const QString text = m_labels.value(language).value(key);
    return text.isEmpty() ? m_labels.value(QStringLiteral("en")).value(key, key) : text;
}

QStringList SlipGlossary::keys() const
{
    return m_labels.value(QStringLiteral("en")).keys();
}

} // namespace pathways::render
