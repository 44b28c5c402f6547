#include "QueryFile.h"

#include <QFile>

namespace pathways::bench {

namespace {

// Splits on whitespace; "double quoted" parts keep their spaces ("--municipality \"Novo mesto\"").
QStringList splitOptions(const QString& text, QString* error)
{
    QStringList parts;
    QString current;
    bool quoted = false;
    bool any = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
            any = true;
        } else if (c.isSpace() && !quoted) {
            if (any)
                parts << current;
            current.clear();
            any = false;
        } else {
            current += c;
            any = true;
        }
    }
    if (quoted)
        *error = QStringLiteral("unterminated quote");
    if (any)
        parts << current;
    return parts;
}

} // namespace

QString BenchQuery::label() const
{
    QString result = text.isEmpty() ? QStringLiteral("(no text)") : text;
    if (!options.isEmpty())
        result += QStringLiteral(" | ") + options;
    return result;
}

bool QueryFile::parseLine(const QString& line, BenchQuery* query, QString* error)
{
    const QStringList fields = line.split(QLatin1Char('\t'));
    if (fields.size() < 2 || fields.size() > 3) {
        *error = QStringLiteral("expected CLASS<TAB>TEXT[<TAB>OPTIONS]");
        return false;
    }
    query->queryClass = fields.at(0).trimmed();
    query->text = fields.at(1).trimmed();
    query->options = fields.value(2).trimmed();
    if (query->queryClass.isEmpty()) {
        *error = QStringLiteral("empty class");
        return false;
    }
    const QStringList options = splitOptions(query->options, error);
    if (!error->isEmpty())
        return false;
    for (qsizetype i = 0; i < options.size(); ++i) {
        const QString& option = options.at(i);
        if (option == QLatin1String("--free")) {
            query->freeOnly = true;
            continue;
        }
        if (i + 1 >= options.size()) {
            *error = QStringLiteral("%1 needs a value").arg(option);
            return false;
        }
        const QString value = options.at(++i);
        bool ok = true;
        if (option == QLatin1String("--category"))
            query->categories << value;
        else if (option == QLatin1String("--audience"))
            query->audiences << value;
        else if (option == QLatin1String("--municipality"))
            query->municipality = value;
        else if (option == QLatin1String("--language"))
            query->language = value;
        else if (option == QLatin1String("--open-at"))
            query->openAt = value;
        else if (option == QLatin1String("--near"))
            query->near = value;
        else if (option == QLatin1String("--within"))
            query->withinKm = value.toDouble(&ok);
        else if (option == QLatin1String("--limit"))
            query->limit = value.toInt(&ok);
        else if (option == QLatin1String("--sort"))
            query->sortByDistance = value == QLatin1String("distance");
        else {
            *error = QStringLiteral("unknown option %1").arg(option);
            return false;
        }
        if (!ok) {
            *error = QStringLiteral("%1: not a number: %2").arg(option, value);
            return false;
        }
    }
    if (query->withinKm && query->near.isEmpty()) {
        *error = QStringLiteral("--within needs --near");
        return false;
    }
    return true;
}

QList<BenchQuery> QueryFile::read(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return {};
    }
    QList<BenchQuery> queries;
    int number = 0;
    while (!file.atEnd()) {
        ++number;
        const QString line =
            QString::fromUtf8(file.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
        if (line.trimmed().isEmpty() || line.trimmed().startsWith(QLatin1Char('#')))
            continue;
        BenchQuery query;
        query.line = number;
        QString why;
        if (!parseLine(line, &query, &why)) {
            *error = QStringLiteral("%1:%2: %3").arg(path).arg(number).arg(why);
            return {};
        }
        queries << query;
    }
    if (queries.isEmpty())
        *error = QStringLiteral("%1: no queries").arg(path);
    return queries;
}

} // namespace pathways::bench
