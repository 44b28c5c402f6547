#include "directory/Localizer.h"

#include "db/Connection.h"
#include "db/Statement.h"

#include <QHash>

namespace pathways::directory {

Localizer::Localizer(db::Connection& connection, QStringList languages)
    : m_db(connection), m_languages(std::move(languages))
{
    if (m_languages.isEmpty())
        m_languages << QLatin1String(kBaseLocale);
}

Localizer::~Localizer() = default;
Localizer::Localizer(Localizer&&) noexcept = default;

LocalizedText Localizer::text(const QString& entity, const QString& id, const QString& field,
                              const QString& baseValue)
{
    // Prepared once per object: a page of results asks for several fields of every row.
    if (!m_lookup)
        m_lookup = std::make_unique<db::Statement>(m_db.prepare(QStringLiteral(
            "SELECT locale, value FROM translation WHERE entity = ? AND id = ? AND field = ? AND value <> ''")));
    db::Statement& row = *m_lookup;
    row.reset();
    row.bind(1, entity);
    row.bind(2, id);
    row.bind(3, field);
    QHash<QString, QString> available;
    while (row.step())
        available.insert(row.columnText(0).toLower(), row.columnText(1));
    row.reset();
    if (!baseValue.isEmpty() && !available.contains(QLatin1String(kBaseLocale)))
        available.insert(QLatin1String(kBaseLocale), baseValue);
    for (qsizetype i = 0; i < m_languages.size(); ++i) {
        const auto it = available.constFind(m_languages.at(i).toLower());
        if (it != available.constEnd())
            return {it.value(), it.key(), i > 0};
    }
    if (!baseValue.isEmpty())
        return {baseValue, QLatin1String(kBaseLocale), true};
    if (!available.isEmpty())
        return {available.cbegin().value(), available.cbegin().key(), true};
    return {};
}

} // namespace pathways::directory
