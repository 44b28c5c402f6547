#include "desktop/AppSettings.h"

#include "desktop/TranslationLoader.h"

#include <QLocale>
#include <QSettings>

namespace pathways::desktop {

namespace {
QVariant value(const char* key, const QVariant& fallback = {})
{
    return QSettings().value(QLatin1String(key), fallback);
}
void store(const char* key, const QVariant& v)
{
    QSettings().setValue(QLatin1String(key), v);
}
} // namespace

QStringList AppSettings::systemContentLanguages()
{
    QStringList languages;
    for (const QString& ui : QLocale::system().uiLanguages())
        languages << ui.section(QLatin1Char('-'), 0, 0).toLower();
    languages << QStringLiteral("en");
    languages.removeAll(QStringLiteral("c"));
    languages.removeDuplicates();
    return languages;
}

QString AppSettings::interfaceLanguage() const
{
    return value("ui/language").toString();
}
void AppSettings::setInterfaceLanguage(const QString& code)
{
    store("ui/language", code);
}

QStringList AppSettings::chosenContentLanguages() const
{
    QStringList languages = value("content/languages").toStringList();
    languages.removeAll(QString());
    return languages;
}

QStringList AppSettings::contentLanguages() const
{
    const QStringList chosen = chosenContentLanguages();
    if (!chosen.isEmpty())
        return chosen;
    QStringList languages;
    if (!interfaceLanguage().isEmpty())
        languages << interfaceLanguage();
    languages << systemContentLanguages() << TranslationLoader::availableLanguages();
    languages.removeDuplicates();
    return languages;
}
void AppSettings::setContentLanguages(const QStringList& codes)
{
    store("content/languages", codes);
}

QString AppSettings::homePlace() const
{
    return value("search/home").toString();
}
void AppSettings::setHomePlace(const QString& place)
{
    store("search/home", place);
}

QString AppSettings::updateUrl() const
{
    return value("update/url").toString();
}
void AppSettings::setUpdateUrl(const QString& url)
{
    store("update/url", url);
}

bool AppSettings::checkAtStart() const
{
    return value("update/checkAtStart", false).toBool();
}
void AppSettings::setCheckAtStart(bool on)
{
    store("update/checkAtStart", on);
}
int AppSettings::checkAtStartDays() const
{
    return value("update/checkAtStartDays", 14).toInt();
}
void AppSettings::setCheckAtStartDays(int days)
{
    store("update/checkAtStartDays", days);
}

QByteArray AppSettings::windowGeometry() const
{
    return value("window/geometry").toByteArray();
}
void AppSettings::setWindowGeometry(const QByteArray& geometry)
{
    store("window/geometry", geometry);
}
QByteArray AppSettings::splitterState() const
{
    return value("window/splitter").toByteArray();
}
void AppSettings::setSplitterState(const QByteArray& state)
{
    store("window/splitter", state);
}
QByteArray AppSettings::filters() const
{
    return value("search/filters").toByteArray();
}
void AppSettings::setFilters(const QByteArray& json)
{
    store("search/filters", json);
}

} // namespace pathways::desktop
