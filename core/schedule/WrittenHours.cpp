#include "schedule/WrittenHours.h"

#include "schedule/RuleFields.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace pathways::schedule {

namespace {

enum class Kind { Day, Everyday, Time, Range, List, GroupEnd, Colon, Closed };

struct Token
{
    Kind kind = Kind::List;
    int day = 0;  ///< Qt::DayOfWeek for Day
    int secs = 0; ///< seconds after midnight for Time
};

// Day names and their usual abbreviations (lower case, without the dot).
const QHash<QString, int>& dayWords()
{
    static const QHash<QString, int> words = [] {
        QHash<QString, int> w;
        const auto add = [&w](int day, std::initializer_list<const char*> names) {
            for (const char* name : names)
                w.insert(QString::fromUtf8(name), day);
        };
        add(Qt::Monday, {"mo", "mon", "monday", "po", "pon", "ponedeljek", "ponedeljka", "пн", "пон",
                         "понеділок", "понеділка"});
        add(Qt::Tuesday,
            {"tu", "tue", "tues", "tuesday", "tor", "torek", "torka", "вт", "вів", "вівторок", "вівторка"});
        add(Qt::Wednesday,
            {"we", "wed", "wednesday", "sr", "sre", "sreda", "srede", "ср", "сер", "середа", "середи"});
        add(Qt::Thursday, {"th", "thu", "thur", "thurs", "thursday", "če", "čet", "četrtek", "četrtka", "чт",
                           "чет", "четвер", "четверга"});
        add(Qt::Friday, {"fr", "fri", "friday", "pe", "pet", "petek", "petka", "пт", "пʼят", "п'ят",
                         "пʼятниця", "п'ятниця", "п’ятниця", "пятниця", "пʼятниці", "п'ятниці"});
        add(Qt::Saturday,
            {"sa", "sat", "saturday", "so", "sob", "sobota", "sobote", "сб", "суб", "субота", "суботи"});
        add(Qt::Sunday,
            {"su", "sun", "sunday", "ne", "ned", "nedelja", "nedelje", "нд", "нед", "неділя", "неділі"});
        return w;
    }();
    return words;
}

const QSet<QString>& words(Kind kind)
{
    static const QSet<QString> everyday = {QStringLiteral("daily"), QStringLiteral("everyday"),
                                           QStringLiteral("vsakdan"), QStringLiteral("щодня"),
                                           QStringLiteral("щоденно")};
    static const QSet<QString> range = {QStringLiteral("to"), QStringLiteral("until"), QStringLiteral("till"),
                                        QStringLiteral("do"), QStringLiteral("до")};
    static const QSet<QString> list = {QStringLiteral("and"), QStringLiteral("in"), QStringLiteral("i"),
                                       QStringLiteral("і"),   QStringLiteral("та"), QStringLiteral("й")};
    static const QSet<QString> closed = {QStringLiteral("closed"), QStringLiteral("zaprto"),
                                         QStringLiteral("зачинено"), QStringLiteral("вихідний")};
    static const QSet<QString> none;
    switch (kind) {
    case Kind::Everyday:
        return everyday;
    case Kind::Range:
        return range;
    case Kind::List:
        return list;
    case Kind::Closed:
        return closed;
    default:
        return none;
    }
}

// Phrases of several words said as one, and the round-the-clock forms, brought to one word first.
QString normalised(QString text)
{
    text = text.toLower().simplified();
    for (const QChar dash : {QChar(0x2013), QChar(0x2014), QChar(0x2212), QChar(0x2012)})
        text.replace(dash, QLatin1Char('-'));
    static const QList<QPair<QString, QString>> phrases = {
        {QStringLiteral("every day"), QStringLiteral("daily")},
        {QStringLiteral("vsak dan"), QStringLiteral("daily")},
        {QStringLiteral("vse dni"), QStringLiteral("daily")},
        {QStringLiteral("кожен день"), QStringLiteral("daily")},
        {QStringLiteral("кожного дня"), QStringLiteral("daily")},
        {QStringLiteral("a.m."), QStringLiteral("am")},
        {QStringLiteral("p.m."), QStringLiteral("pm")},
    };
    for (const auto& [phrase, word] : phrases)
        text.replace(phrase, word);
    return text;
}

bool isAlwaysOpen(const QString& text)
{
    static const QSet<QString> forms = {
        QStringLiteral("24/7"),    QStringLiteral("24 / 7"),     QStringLiteral("non-stop"),
        QStringLiteral("nonstop"), QStringLiteral("0-24"),       QStringLiteral("00-24"),
        QStringLiteral("24 ur"),   QStringLiteral("цілодобово"), QStringLiteral("24 години")};
    return forms.contains(text);
}

// Splits `text` into tokens; an empty optional with `why` at the first thing that is not understood.
std::optional<QList<Token>> tokenize(const QString& text, QString* why)
{
    static const QRegularExpression time(
        QStringLiteral(R"(\G(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm|h|ure|ur|uri|год\.?)?(?![\d\p{L}]))"));
    static const QRegularExpression word(QStringLiteral(R"(\G[\p{L}'ʼ’]+)"));
    QList<Token> tokens;
    qsizetype pos = 0;
    while (pos < text.size()) {
        const QChar c = text.at(pos);
        if (c.isSpace() || c == QLatin1Char('.')) {
            ++pos;
            continue;
        }
        if (c == QLatin1Char('-')) {
            tokens << Token{Kind::Range};
        } else if (c == QLatin1Char(',') || c == QLatin1Char('/') || c == QLatin1Char('&') ||
                   c == QLatin1Char('+')) {
            tokens << Token{Kind::List};
        } else if (c == QLatin1Char(';') || c == QLatin1Char('\n') || c == QLatin1Char('|')) {
            tokens << Token{Kind::GroupEnd};
        } else if (c == QLatin1Char(':')) {
            tokens << Token{Kind::Colon};
        } else if (c.isDigit()) {
            const QRegularExpressionMatch m = time.match(text, pos);
            if (!m.hasMatch()) {
                *why = QStringLiteral("\"%1\" is not a time").arg(text.mid(pos, 8).trimmed());
                return std::nullopt;
            }
            int hour = m.captured(1).toInt();
            const int minute = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
            const QString suffix = m.captured(3);
            if (suffix == QLatin1StringView("pm") && hour < 12)
                hour += 12;
            else if (suffix == QLatin1StringView("am") && hour == 12)
                hour = 0;
            if (hour > 24 || minute > 59 || (hour == 24 && minute > 0)) {
                *why = QStringLiteral("\"%1\" is not a time of day").arg(m.captured(0).trimmed());
                return std::nullopt;
            }
            tokens << Token{Kind::Time, 0, hour * 3600 + minute * 60};
            pos += m.capturedLength();
            continue;
        } else {
            const QRegularExpressionMatch m = word.match(text, pos);
            if (!m.hasMatch()) {
                *why = QStringLiteral("\"%1\" is not understood").arg(c);
                return std::nullopt;
            }
            const QString w = m.captured(0);
            pos += w.size();
            if (const auto day = dayWords().constFind(w); day != dayWords().cend())
                tokens << Token{Kind::Day, *day};
            else if (words(Kind::Everyday).contains(w))
                tokens << Token{Kind::Everyday};
            else if (words(Kind::Range).contains(w))
                tokens << Token{Kind::Range};
            else if (words(Kind::List).contains(w))
                tokens << Token{Kind::List};
            else if (words(Kind::Closed).contains(w))
                tokens << Token{Kind::Closed};
            else {
                *why = QStringLiteral("\"%1\" is not a day or a time").arg(w);
                return std::nullopt;
            }
            continue;
        }
        ++pos;
    }
    return tokens;
}

QString clock(int secs)
{
    return QStringLiteral("%1:%2")
        .arg(secs / 3600, 2, 10, QLatin1Char('0'))
        .arg(secs / 60 % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

WrittenHours WrittenHours::parse(const QString& written)
{
    WrittenHours result;
    const QString text = normalised(written);
    if (text.isEmpty())
        return result;
    if (isAlwaysOpen(text)) {
        ScheduleRule rule;
        rule.freq = QStringLiteral("WEEKLY");
        rule.byday = QStringLiteral("MO,TU,WE,TH,FR,SA,SU");
        rule.opensAt = QStringLiteral("00:00");
        rule.closesAt = QStringLiteral("24:00");
        result.rules << rule;
        return result;
    }
    const std::optional<QList<Token>> tokens = tokenize(text, &result.problem);
    if (!tokens)
        return result;

    QList<ScheduleRule> rules;
    qsizetype i = 0;
    const qsizetype n = tokens->size();
    const auto at = [&](qsizetype k) { return k < n ? tokens->at(k).kind : Kind::GroupEnd; };
    const auto fail = [&](const QString& why) {
        result.problem = why;
        return result;
    };
    while (i < n) {
        while (i < n && (at(i) == Kind::GroupEnd || at(i) == Kind::List))
            ++i;
        if (i >= n)
            break;
        // The days: "Mon-Fri", "Tue, Thu", "daily", "pon-pet in sob".
        int mask = 0;
        while (at(i) == Kind::Day || at(i) == Kind::Everyday) {
            if (at(i) == Kind::Everyday) {
                mask |= 0b11111110;
                ++i;
            } else if (at(i + 1) == Kind::Range && at(i + 2) == Kind::Day) {
                const int from = tokens->at(i).day;
                const int to = tokens->at(i + 2).day;
                for (int d = from;; d = d % 7 + 1) { // "Sat-Mon" wraps over Sunday
                    mask |= 1 << d;
                    if (d == to)
                        break;
                }
                i += 3;
            } else {
                mask |= 1 << tokens->at(i).day;
                ++i;
            }
            if (at(i) == Kind::List && (at(i + 1) == Kind::Day || at(i + 1) == Kind::Everyday))
                ++i;
        }
        if (mask == 0)
            return fail(at(i) == Kind::Time ? QStringLiteral("times without days")
                                            : QStringLiteral("days expected"));
        if (at(i) == Kind::Colon)
            ++i;
        if (at(i) == Kind::Closed) {
            ++i;
            continue; // said to be closed: no row, as no hours are given for those days
        }
        QStringList byday;
        for (int d = Qt::Monday; d <= Qt::Sunday; ++d)
            if (mask & (1 << d))
                byday << fields::dayCode(static_cast<Qt::DayOfWeek>(d));
        int ranges = 0;
        while (at(i) == Kind::Time) {
            if (at(i + 1) != Kind::Range || at(i + 2) != Kind::Time)
                return fail(QStringLiteral("a time without the time it ends"));
            const int opens = tokens->at(i).secs;
            const int closes = tokens->at(i + 2).secs;
            if (opens >= 24 * 3600 || opens == closes)
                return fail(
                    QStringLiteral("%1-%2 is not an opening interval").arg(clock(opens), clock(closes)));
            ScheduleRule rule;
            rule.freq = QStringLiteral("WEEKLY");
            rule.byday = byday.join(QLatin1Char(','));
            rule.opensAt = clock(opens);
            rule.closesAt = clock(closes);
            rules << rule;
            ++ranges;
            i += 3;
            if (at(i) == Kind::List && at(i + 1) == Kind::Time)
                ++i;
        }
        if (ranges == 0)
            return fail(QStringLiteral("days without times"));
        if (at(i) != Kind::GroupEnd && at(i) != Kind::List && at(i) != Kind::Day && at(i) != Kind::Everyday)
            return fail(QStringLiteral("something after the times"));
    }
    result.rules = rules;
    return result;
}

} // namespace pathways::schedule
