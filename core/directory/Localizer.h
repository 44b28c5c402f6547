#pragma once

#include <QString>
#include <QStringList>
#include <memory>

namespace pathways::db {
class Connection;
class Statement;
} // namespace pathways::db

namespace pathways::directory {

/// A text field in the best language the user reads.
struct LocalizedText
{
    QString text;
    QString locale;        ///< the language of `text`
    bool fallback = false; ///< true when the user's first language was not available
};

/// Picks a field's text from the `translation` table following the user's language order. The HSDS
/// columns themselves hold the directory's base language (kBaseLocale), which is the last resort.
class Localizer
{
public:
    static constexpr auto kBaseLocale = "en";

    Localizer(db::Connection& connection, QStringList languages);
    ~Localizer();
    Localizer(Localizer&&) noexcept;

    /// `baseValue` is the column's own value; empty stays empty unless a translation exists.
    LocalizedText text(const QString& entity, const QString& id, const QString& field,
                       const QString& baseValue);
    const QStringList& languages() const { return m_languages; }

private:
    db::Connection& m_db;
    QStringList m_languages;
    std::unique_ptr<db::Statement> m_lookup;
};

} // namespace pathways::directory
