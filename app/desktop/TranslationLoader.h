#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

class QTranslator;

namespace pathways::desktop {

/// Installs the interface translation: Pathways' own (compiled into the binary from translations/*.ts) and
/// Qt's, following a fallback chain (the chosen language, then the system's languages, then English).
/// Switching at run time removes the old translators; widgets retranslate on QEvent::LanguageChange.
class TranslationLoader : public QObject
{
    Q_OBJECT
public:
    explicit TranslationLoader(QObject* parent = nullptr);
    /// "" = follow the system. Returns the language actually loaded ("en" when none matched).
    QString apply(const QString& language);
    static QStringList availableLanguages(); ///< codes with a translation, plus "en"

private:
    QList<QTranslator*> m_installed;
};

} // namespace pathways::desktop
