#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace pathways::desktop {

/// The window's preferences, kept with QSettings (per user, outside the data folder). Notes and favourites
/// are not here: they live in user.sqlite next to the directory.
class AppSettings
{
public:
    QString interfaceLanguage() const; ///< "" = the system's
    void setInterfaceLanguage(const QString& code);
    /// Order of preference for service texts; never empty. Unless the user chose an order, the interface
    /// language first, then the system's languages, then the other interface languages.
    QStringList contentLanguages() const;
    QStringList chosenContentLanguages() const; ///< the user's own order; empty = follow the interface
    void setContentLanguages(const QStringList& codes); ///< empty = follow the interface language
    QString homePlace() const; ///< municipality name or "LAT,LON"; "" = none
    void setHomePlace(const QString& place);
    QString updateUrl() const; ///< "" = no online check (the default)
    void setUpdateUrl(const QString& url);
    /// Check the update address at start when the directory is older than checkAtStartDays() (off by default).
    bool checkAtStart() const;
    void setCheckAtStart(bool on);
    int checkAtStartDays() const; ///< 14 unless the user chose another number
    void setCheckAtStartDays(int days);

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray& geometry);
    QByteArray splitterState() const;
    void setSplitterState(const QByteArray& state);
    QByteArray filters() const; ///< last filters, as JSON
    void setFilters(const QByteArray& json);

    /// Content languages from the system locale, then English.
    static QStringList systemContentLanguages();
};

} // namespace pathways::desktop
