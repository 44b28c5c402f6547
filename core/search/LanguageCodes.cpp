#include "search/LanguageCodes.h"

#include <QHash>

namespace pathways::search {

QString normalizedLanguageCode(const QString& code, const QString& name)
{
    // ISO 639-2/B and /T codes and English names of the languages this product's users meet most.
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("eng"), QStringLiteral("en")},
        {QStringLiteral("english"), QStringLiteral("en")},
        {QStringLiteral("slv"), QStringLiteral("sl")},
        {QStringLiteral("slovenian"), QStringLiteral("sl")},
        {QStringLiteral("ukr"), QStringLiteral("uk")},
        {QStringLiteral("ukrainian"), QStringLiteral("uk")},
        {QStringLiteral("rus"), QStringLiteral("ru")},
        {QStringLiteral("russian"), QStringLiteral("ru")},
        {QStringLiteral("ara"), QStringLiteral("ar")},
        {QStringLiteral("arabic"), QStringLiteral("ar")},
        {QStringLiteral("fas"), QStringLiteral("fa")},
        {QStringLiteral("per"), QStringLiteral("fa")},
        {QStringLiteral("farsi"), QStringLiteral("fa")},
        {QStringLiteral("persian"), QStringLiteral("fa")},
        {QStringLiteral("prs"), QStringLiteral("fa")},
        {QStringLiteral("dari"), QStringLiteral("fa")},
        {QStringLiteral("pus"), QStringLiteral("ps")},
        {QStringLiteral("pashto"), QStringLiteral("ps")},
        {QStringLiteral("urd"), QStringLiteral("ur")},
        {QStringLiteral("urdu"), QStringLiteral("ur")},
        {QStringLiteral("sqi"), QStringLiteral("sq")},
        {QStringLiteral("alb"), QStringLiteral("sq")},
        {QStringLiteral("albanian"), QStringLiteral("sq")},
        {QStringLiteral("hrv"), QStringLiteral("hr")},
        {QStringLiteral("croatian"), QStringLiteral("hr")},
        {QStringLiteral("srp"), QStringLiteral("sr")},
        {QStringLiteral("serbian"), QStringLiteral("sr")},
        {QStringLiteral("bos"), QStringLiteral("bs")},
        {QStringLiteral("bosnian"), QStringLiteral("bs")},
        {QStringLiteral("fra"), QStringLiteral("fr")},
        {QStringLiteral("fre"), QStringLiteral("fr")},
        {QStringLiteral("french"), QStringLiteral("fr")},
        {QStringLiteral("deu"), QStringLiteral("de")},
        {QStringLiteral("ger"), QStringLiteral("de")},
        {QStringLiteral("german"), QStringLiteral("de")},
        {QStringLiteral("tur"), QStringLiteral("tr")},
        {QStringLiteral("turkish"), QStringLiteral("tr")},
        {QStringLiteral("ita"), QStringLiteral("it")},
        {QStringLiteral("italian"), QStringLiteral("it")},
        {QStringLiteral("spa"), QStringLiteral("es")},
        {QStringLiteral("spanish"), QStringLiteral("es")},
        {QStringLiteral("som"), QStringLiteral("so")},
        {QStringLiteral("somali"), QStringLiteral("so")},
        {QStringLiteral("tir"), QStringLiteral("ti")},
        {QStringLiteral("tigrinya"), QStringLiteral("ti")},
        {QStringLiteral("kur"), QStringLiteral("ku")},
        {QStringLiteral("kurdish"), QStringLiteral("ku")},
        {QStringLiteral("pol"), QStringLiteral("pl")},
        {QStringLiteral("polish"), QStringLiteral("pl")},
        {QStringLiteral("slk"), QStringLiteral("sk")},
        {QStringLiteral("slo"), QStringLiteral("sk")},
        {QStringLiteral("slovak"), QStringLiteral("sk")},
        {QStringLiteral("mkd"), QStringLiteral("mk")},
        {QStringLiteral("macedonian"), QStringLiteral("mk")},
    };
    QString normalized =
        code.trimmed().toLower().section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0);
    if (normalized.isEmpty())
        normalized = name.trimmed().toLower();
    return aliases.value(normalized, normalized);
}

} // namespace pathways::search
