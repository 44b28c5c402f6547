#pragma once

#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>

class QTranslator;

namespace pathways::desktop {

/// Installs the interface translation: Pathways' own (compiled into the binary from translations/*.ts) and
/// Qt's, following a fallback chain (the chosen language, then the system's languages, then English).
/// Switching at run time removes the old translators; widgets retranslate on QEvent::LanguageChange.
/// The default QLocale follows, so numbers and dates are written as the interface language writes them.
/// English loads a plurals-only translation ("1 result", "2 results").
class TranslationLoader : public QObject
{
    Q_OBJECT
public:
    explicit TranslationLoader(QObject* parent = nullptr);
    /// "" = follow the system. Returns the language actually loaded ("en" when none matched).
    QString apply(const QString& language);
    static QStringList availableLanguages(); ///< codes with a translation, plus "en"
    /// A language as its speakers name it, capitalised for a list: "English" (not Qt's "American English"),
    /// "Slovenščina", "Українська". The code itself when Qt does not know it.
    static QString languageName(const QString& code);
    /// The locale for numbers and dates in an interface language: the system's when it speaks that
    /// language (keeping its regional formats), else the language's own; English outside an English
    /// system is European English (23/11/2026, 24-hour clock).
    static QLocale localeFor(const QString& language);

private:
    QList<QTranslator*> m_installed;
};

} // namespace pathways::desktop
