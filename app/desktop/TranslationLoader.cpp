#include "desktop/TranslationLoader.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace pathways::desktop {

TranslationLoader::TranslationLoader(QObject* parent) : QObject(parent) {}

QStringList TranslationLoader::availableLanguages()
{
    QStringList languages{QStringLiteral("en")};
    const QDir dir(QStringLiteral(":/i18n"));
    for (const QString& file : dir.entryList({QStringLiteral("pathways_*.qm")}))
        languages << file.mid(9, file.size() - 12);
    languages.removeDuplicates();
    return languages;
}

QString TranslationLoader::apply(const QString& language)
{
    for (QTranslator* translator : std::as_const(m_installed)) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    m_installed.clear();
    QStringList chain;
    if (!language.isEmpty())
        chain << language;
    for (const QString& ui : QLocale::system().uiLanguages())
        chain << ui.section(QLatin1Char('-'), 0, 0).toLower();
    // Last, English: its file holds the plural forms ("1 service", "2 services"), which a system locale of
    // "C" (a minimal Debian) or an untranslated language would otherwise never load.
    chain << QStringLiteral("en");
    for (const QString& code : std::as_const(chain)) {
        auto* own = new QTranslator(this);
        if (!own->load(QStringLiteral(":/i18n/pathways_") + code)) {
            delete own;
            if (code == QLatin1String("en")) {
                QLocale::setDefault(localeFor(code));
                return code;
            }
            continue;
        }
        // The locale first: widgets read it when they retranslate on the LanguageChange this causes.
        QLocale::setDefault(localeFor(code));
        QCoreApplication::installTranslator(own);
        m_installed << own;
        auto* qt = new QTranslator(this);
        if (qt->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
            m_installed << qt;
        } else {
            delete qt;
        }
        return code;
    }
    QLocale::setDefault(localeFor(QStringLiteral("en")));
    return QStringLiteral("en");
}

QLocale TranslationLoader::localeFor(const QString& language)
{
    const QLocale system = QLocale::system();
    const QLocale wanted(language);
    if (system.language() == wanted.language())
        return system;
    if (wanted.language() == QLocale::English)
        return QLocale(QLocale::English, QLocale::Europe);
    return wanted;
}

QString TranslationLoader::languageName(const QString& code)
{
    const QLocale locale(code);
    if (locale.language() == QLocale::C)
        return code;
    if (locale.language() == QLocale::English)
        return QStringLiteral("English");
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

} // namespace pathways::desktop
