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
    for (const QString& code : std::as_const(chain)) {
        if (code == QLatin1String("en"))
            return code;
        auto* own = new QTranslator(this);
        if (!own->load(QStringLiteral(":/i18n/pathways_") + code)) {
            delete own;
            continue;
        }
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
    return QStringLiteral("en");
}

} // namespace pathways::desktop
