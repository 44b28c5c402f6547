#include "schedule/RuleFields.h"

#include "schedule/FieldMemo.h"

#include <QRegularExpression>
#include <cmath>

namespace pathways::schedule::fields {

namespace {

constexpr int secsPerDay = 24 * 3600;
// Real-world offsets run from UTC-12 to UTC+14; anything beyond is a typo, not a zone.
constexpr int maxOffsetSecs = 14 * 3600;

std::optional<Qt::DayOfWeek> dayFromCode(QStringView code)
{
    static const QLatin1StringView codes[] = {
        QLatin1StringView("MO"), QLatin1StringView("TU"), QLatin1StringView("WE"), QLatin1StringView("TH"),
        QLatin1StringView("FR"), QLatin1StringView("SA"), QLatin1StringView("SU")};
    for (int i = 0; i < 7; ++i) {
        if (code.compare(codes[i], Qt::CaseInsensitive) == 0)
            return static_cast<Qt::DayOfWeek>(i + 1);
    }
    return std::nullopt;
}

std::optional<int> readTimeOfDay(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,2}):(\\d{2})(?::(\\d{2}))?$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const int h = m.captured(1).toInt();
    const int min = m.captured(2).toInt();
    const int s = m.hasCaptured(3) ? m.captured(3).toInt() : 0;
    if (h == 24 && min == 0 && s == 0)
        return secsPerDay;
    if (h > 23 || min > 59 || s > 59)
        return std::nullopt;
    return h * 3600 + min * 60 + s;
}

} // namespace

std::optional<int> parseTimeOfDay(const QString& text)
{
    thread_local FieldMemo<std::optional<int>> memo;
    return memo.get(text, [&text] { return readTimeOfDay(text); });
}

QDate parseDate(const QString& text)
{
    const QString t = text.trimmed();
    QDate d = QDate::fromString(t, Qt::ISODate);
    if (!d.isValid() && t.size() > 10 && t.at(10) == QLatin1Char('T'))
        d = QDateTime::fromString(t, Qt::ISODate).date();
    return d;
}

std::optional<LocalMoment> parseUntil(const QString& text, const QTimeZone& zone)
{
    const QString t = text.trimmed();
    const QDate d = QDate::fromString(t, Qt::ISODate);
    if (d.isValid())
        return LocalMoment{d, secsPerDay}; // a date-only until includes that whole day
    QDateTime dt = QDateTime::fromString(t, Qt::ISODate);
    if (!dt.isValid())
        return std::nullopt;
    if (dt.timeSpec() == Qt::LocalTime)
        dt = QDateTime(dt.date(), dt.time(), zone); // no offset written: wall clock of the row's zone
    else
        dt = dt.toTimeZone(zone);
    return LocalMoment{dt.date(), dt.time().msecsSinceStartOfDay() / 1000};
}

namespace {

QTimeZone readZone(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    if (t.compare(QLatin1StringView("Z"), Qt::CaseInsensitive) == 0 ||
        t.compare(QLatin1StringView("UTC"), Qt::CaseInsensitive) == 0 ||
        t.compare(QLatin1StringView("GMT"), Qt::CaseInsensitive) == 0)
        return QTimeZone(0);

    // Offsets in hours: "1", "-5", "5.5", "+02:00", "+0200", "UTC+2", "GMT-03:30".
    static const QRegularExpression re(
        QStringLiteral("^(?:UTC|GMT)?\\s*([+-]?)\\s*(\\d{1,2})(?:[.,](\\d+)|:?(\\d{2}))?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = re.match(t);
    if (m.hasMatch()) {
        int secs = m.captured(2).toInt() * 3600;
        if (m.hasCaptured(3)) {
            const double fraction = QString(QStringLiteral("0.") + m.captured(3)).toDouble();
            secs += static_cast<int>(std::lround(fraction * 3600));
        } else if (m.hasCaptured(4)) {
            const int minutes = m.captured(4).toInt();
            if (minutes > 59)
                return {};
            secs += minutes * 60;
        }
        if (m.captured(1) == QLatin1StringView("-"))
            secs = -secs;
        if (secs < -maxOffsetSecs || secs > maxOffsetSecs)
            return {};
        return QTimeZone(secs);
    }

    // Qt's tz backend turns any unknown name into a POSIX rule ("somewhere" becomes a valid zone at
    // UTC+0), so only accept what looks like a real id: a known IANA id, an Area/Location path
    // (covers aliases such as Europe/Kiev that the available list omits), or an upper-case POSIX
    // zone such as "CET" or "EST5EDT".
    static const QRegularExpression posix(QStringLiteral("^[A-Z]{3,}[A-Z0-9+-]*$"));
    const QByteArray id = t.toUtf8();
    if (!QTimeZone::isTimeZoneIdAvailable(id) && !t.contains(QLatin1Char('/')) && !posix.match(t).hasMatch())
        return {};
    QTimeZone zone(id);
    return zone.isValid() ? zone : QTimeZone();
}

} // namespace

QTimeZone parseZone(const QString& text)
{
    thread_local FieldMemo<QTimeZone> memo;
    return memo.get(text, [&text] { return readZone(text); });
}

namespace {

std::optional<QList<DayToken>> readByDay(const QString& text, QString* why)
{
    static const QRegularExpression re(QStringLiteral("^([+-]?\\d{1,2})?([A-Za-z]{2})$"));
    QList<DayToken> out;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& raw : parts) {
        const QString token = raw.trimmed();
        const QRegularExpressionMatch m = re.match(token);
        const std::optional<Qt::DayOfWeek> day = m.hasMatch() ? dayFromCode(m.capturedView(2)) : std::nullopt;
        const int ordinal = m.hasCaptured(1) ? m.captured(1).toInt() : 0;
        // A month has at most five of any weekday, so "6MO" or "0MO" can never match.
        if (!day || (m.hasCaptured(1) && (ordinal == 0 || ordinal < -5 || ordinal > 5))) {
            if (why)
                *why =
                    QStringLiteral("bad byday token \"%1\" (expected MO..SU, optionally with 1..5 or -1..-5)")
                        .arg(token);
            return std::nullopt;
        }
        out.append(DayToken{ordinal, *day});
    }
    return out;
}

} // namespace

std::optional<QList<DayToken>> parseByDay(const QString& text, QString* why)
{
    struct Parsed
    {
        std::optional<QList<DayToken>> days;
        QString why;
    };
    thread_local FieldMemo<Parsed> memo;
    Parsed parsed = memo.get(text, [&text] {
        Parsed fresh;
        fresh.days = readByDay(text, &fresh.why);
        return fresh;
    });
    if (!parsed.days && why)
        *why = parsed.why;
    return parsed.days;
}

std::optional<QList<int>> parseByMonthDay(const QString& text, QString* why)
{
    QList<int> out;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& raw : parts) {
        bool ok = false;
        const int v = raw.trimmed().toInt(&ok);
        if (!ok || v == 0 || v < -31 || v > 31) {
            if (why)
                *why = QStringLiteral("bad bymonthday value \"%1\" (expected 1..31 or -31..-1)")
                           .arg(raw.trimmed());
            return std::nullopt;
        }
        out.append(v);
    }
    return out;
}

QString dayCode(Qt::DayOfWeek day)
{
    static const char* const codes[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};
    return QString::fromLatin1(codes[static_cast<int>(day) - 1]);
}

} // namespace pathways::schedule::fields
