#include "import/FieldChecks.h"

#include <QDate>
#include <charconv>
#include <cmath>

namespace pathways::import::checks {

namespace {

bool isDigits(QStringView text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

const char* const kDays[] = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"};

bool isDayToken(QStringView token)
{
    if (token.size() < 2)
        return false;
    const QStringView day = token.right(2);
    bool known = false;
    for (const char* name : kDays)
        known = known || day == QLatin1StringView(name);
    if (!known)
        return false;
    QStringView ordinal = token.chopped(2);
    if (ordinal.isEmpty())
        return true;
    if (ordinal.startsWith(QLatin1Char('+')) || ordinal.startsWith(QLatin1Char('-')))
        ordinal = ordinal.mid(1);
    // RFC 5545 allows ordinals up to 53 (weeks of a year); 0 means nothing.
    if (!isDigits(ordinal) || ordinal.size() > 2)
        return false;
    const int n = ordinal.toInt();
    return n >= 1 && n <= 53;
}

} // namespace

std::optional<double> parseNumber(const QString& text)
{
    // std::from_chars rather than QString::toDouble: same C-locale grammar ("1,5" is not a number, as in
    // a CSV file it should not be), several times faster, which shows with 100,000s of coordinates.
    char buffer[64];
    const qsizetype length = text.size();
    if (length == 0 || length >= qsizetype(sizeof buffer))
        return std::nullopt;
    for (qsizetype i = 0; i < length; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c > 0x7F)
            return std::nullopt;
        buffer[i] = static_cast<char>(c);
    }
    const char* begin = buffer;
    if (*begin == '+' && length > 1 && buffer[1] != '-') // from_chars takes no explicit plus sign
        ++begin;
    double value = 0;
    const auto [end, error] = std::from_chars(begin, buffer + length, value);
    if (error != std::errc() || end != buffer + length || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<qint64> parseInteger(const QString& text)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (ok)
        return value;
    const std::optional<double> number = parseNumber(text);
    if (number && std::floor(*number) == *number && std::fabs(*number) < 9.0e15)
        return static_cast<qint64>(*number);
    return std::nullopt;
}

bool parseBoolean(const QString& text)
{
    return text.compare(QLatin1StringView("true"), Qt::CaseInsensitive) == 0 ||
           text == QLatin1StringView("1") || text.compare(QLatin1StringView("yes"), Qt::CaseInsensitive) == 0;
}

bool isBooleanSpelling(const QString& text)
{
    return text.isEmpty() || parseBoolean(text) || text == QLatin1StringView("0") ||
           text.compare(QLatin1StringView("false"), Qt::CaseInsensitive) == 0 ||
           text.compare(QLatin1StringView("no"), Qt::CaseInsensitive) == 0;
}

bool isTimeOfDay(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() < 2 || parts.size() > 3)
        return false;
    for (const QString& part : parts) {
        if (part.size() != 2 || !isDigits(part))
            return false;
    }
    const int hours = parts.at(0).toInt();
    const int minutes = parts.at(1).toInt();
    const int seconds = parts.size() == 3 ? parts.at(2).toInt() : 0;
    if (hours == 24)
        return minutes == 0 && seconds == 0;
    return hours < 24 && minutes < 60 && seconds < 60;
}

bool isByDayList(const QString& text)
{
    const QStringList tokens = text.split(QLatin1Char(','));
    for (const QString& token : tokens) {
        if (!isDayToken(QStringView(token).trimmed()))
            return false;
    }
    return true;
}

bool isIsoDate(const QString& text)
{
    return text.size() == 10 && QDate::fromString(text, Qt::ISODate).isValid();
}

QStringList scheduleProblems(const ScheduleFields& fields)
{
    QStringList problems;
    if (!fields.opensAt.isEmpty() && !isTimeOfDay(fields.opensAt))
        problems << QStringLiteral("opens_at \"%1\" is not HH:MM[:SS]").arg(fields.opensAt);
    if (!fields.closesAt.isEmpty() && !isTimeOfDay(fields.closesAt))
        problems << QStringLiteral("closes_at \"%1\" is not HH:MM[:SS]").arg(fields.closesAt);
    static const QStringList kFreqs = {QStringLiteral("DAILY"), QStringLiteral("WEEKLY"),
                                       QStringLiteral("MONTHLY"), QStringLiteral("YEARLY")};
    if (!fields.freq.isEmpty() && !kFreqs.contains(fields.freq))
        problems << QStringLiteral("freq \"%1\" is not DAILY, WEEKLY, MONTHLY or YEARLY").arg(fields.freq);
    if (!fields.byday.isEmpty() && !isByDayList(fields.byday))
        problems << QStringLiteral("byday \"%1\" is not a list like MO,TU or 1MO,-1FR").arg(fields.byday);
    if (!fields.validFrom.isEmpty() && !isIsoDate(fields.validFrom))
        problems << QStringLiteral("valid_from \"%1\" is not a date YYYY-MM-DD").arg(fields.validFrom);
    if (!fields.validTo.isEmpty() && !isIsoDate(fields.validTo))
        problems << QStringLiteral("valid_to \"%1\" is not a date YYYY-MM-DD").arg(fields.validTo);
    return problems;
}

} // namespace pathways::import::checks
