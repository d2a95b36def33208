// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "partialdate.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace storyline {

namespace {

constexpr int minYear = 1;
constexpr int maxYear = 9999;

struct PrecisionName
{
    Precision precision;
    QLatin1StringView name;
};

constexpr PrecisionName precisionNames[] = {
    {Precision::Day, "day"_L1},         {Precision::Week, "week"_L1},
    {Precision::Month, "month"_L1},     {Precision::Season, "season"_L1},
    {Precision::Quarter, "quarter"_L1}, {Precision::Year, "year"_L1},
};

// The Monday of ISO week 1 of `year`: the week that holds 4 January.
QDate isoWeekOneMonday(int year)
{
    const QDate jan4(year, 1, 4);
    return jan4.addDays(1 - jan4.dayOfWeek());
}

} // namespace

QString precisionName(Precision precision)
{
    for (const auto &entry : precisionNames) {
        if (entry.precision == precision)
            return entry.name;
    }
    return {};
}

std::optional<Precision> precisionFromName(QStringView name)
{
    for (const auto &entry : precisionNames) {
        if (name == entry.name)
            return entry.precision;
    }
    return std::nullopt;
}

namespace {

// A date's Julian day, when it fits in 32 bits (every date of years 1 to 9999 does).
qint32 dayNumber(QDate date)
{
    const qint64 day = date.toJulianDay();
    return date.isValid() && day > std::numeric_limits<qint32>::min()
            && day <= std::numeric_limits<qint32>::max()
        ? qint32(day)
        : std::numeric_limits<qint32>::min();
}

} // namespace

PartialDate::PartialDate(Precision precision, QDate first, QDate last)
    : m_first(dayNumber(first))
    , m_last(dayNumber(last))
    , m_precision(precision)
{
    if (m_first == invalidDay || m_last == invalidDay)
        m_first = m_last = invalidDay;
}

PartialDate PartialDate::day(QDate date)
{
    return PartialDate(Precision::Day, date, date);
}

PartialDate PartialDate::month(int year, int month)
{
    const QDate first(year, month, 1);
    return PartialDate(Precision::Month, first, first.addMonths(1).addDays(-1));
}

PartialDate PartialDate::year(int year)
{
    return PartialDate(Precision::Year, QDate(year, 1, 1), QDate(year, 12, 31));
}

std::optional<PartialDate> PartialDate::parse(QStringView text)
{
    static const QRegularExpression form(
        u"^(\\d{4})(?:-(?:(\\d{2})(?:-(\\d{2}))?|W(\\d{2})|(SP|SU|FA|WI)|Q([1-4])))?$"_s);
    const QRegularExpressionMatch m = form.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const int year = m.capturedView(1).toInt();
    if (year < minYear || year > maxYear)
        return std::nullopt;

    if (m.hasCaptured(3)) {
        const QDate date(year, m.capturedView(2).toInt(), m.capturedView(3).toInt());
        if (!date.isValid())
            return std::nullopt;
        return day(date);
    }
    if (m.hasCaptured(2)) {
        const int monthNumber = m.capturedView(2).toInt();
        if (monthNumber < 1 || monthNumber > 12)
            return std::nullopt;
        return month(year, monthNumber);
    }
    if (m.hasCaptured(4)) {
        const int week = m.capturedView(4).toInt();
        const QDate monday = isoWeekOneMonday(year).addDays(7 * (week - 1));
        int weekYear = 0;
        if (week < 1 || monday.weekNumber(&weekYear) != week || weekYear != year)
            return std::nullopt; // week 53 exists only in some years
        return PartialDate(Precision::Week, monday, monday.addDays(6));
    }
    if (m.hasCaptured(5)) {
        const QStringView season = m.capturedView(5);
        // Meteorological seasons; the winter of a year starts in its December.
        const int firstMonth = season == u"SP" ? 3 : season == u"SU" ? 6 : season == u"FA" ? 9 : 12;
        if (firstMonth == 12 && year == maxYear)
            return std::nullopt;
        const QDate first(year, firstMonth, 1);
        return PartialDate(Precision::Season, first, first.addMonths(3).addDays(-1));
    }
    if (m.hasCaptured(6)) {
        const QDate first(year, 3 * (m.capturedView(6).toInt() - 1) + 1, 1);
        return PartialDate(Precision::Quarter, first, first.addMonths(3).addDays(-1));
    }
    return PartialDate::year(year);
}

QString PartialDate::toDisplayString(const QLocale &locale) const
{
    const auto tr
        = [](const char *text) { return QCoreApplication::translate("PartialDate", text); };
    const QDate first = this->first();
    switch (m_precision) {
    case Precision::Day: return locale.toString(first, u"d MMMM yyyy"_s);
    case Precision::Week: {
        int year = 0;
        const int week = first.weekNumber(&year);
        return tr(QT_TRANSLATE_NOOP("PartialDate", "week %1 of %2")).arg(week).arg(year);
    }
    case Precision::Month: return locale.toString(first, u"MMMM yyyy"_s);
    case Precision::Season:
        switch (first.month()) {
        case 3: return tr(QT_TRANSLATE_NOOP("PartialDate", "spring %1")).arg(first.year());
        case 6: return tr(QT_TRANSLATE_NOOP("PartialDate", "summer %1")).arg(first.year());
        case 9: return tr(QT_TRANSLATE_NOOP("PartialDate", "autumn %1")).arg(first.year());
        default:
            return tr(QT_TRANSLATE_NOOP("PartialDate", "winter %1–%2"))
                .arg(first.year())
                .arg(first.year() + 1);
        }
    case Precision::Quarter:
        return tr(QT_TRANSLATE_NOOP("PartialDate", "Q%1 %2"))
            .arg((first.month() - 1) / 3 + 1)
            .arg(first.year());
    case Precision::Year: return QString::number(first.year());
    }
    return {};
}

QString PartialDate::toString() const
{
    if (!isValid())
        return {};
    const QString year = u"%1"_s.arg(first().year(), 4, 10, QLatin1Char('0'));
    switch (m_precision) {
    case Precision::Day: return first().toString(Qt::ISODate);
    case Precision::Week: {
        int weekYear = 0;
        const int week = first().weekNumber(&weekYear);
        return u"%1-W%2"_s.arg(weekYear, 4, 10, QLatin1Char('0'))
            .arg(week, 2, 10, QLatin1Char('0'));
    }
    case Precision::Month:
        return year % u'-' % u"%1"_s.arg(first().month(), 2, 10, QLatin1Char('0'));
    case Precision::Season: {
        static constexpr const char16_t *names[] = {u"WI", u"SP", u"SU", u"FA"};
        return year % u'-' % QStringView(names[(first().month() % 12) / 3]);
    }
    case Precision::Quarter: return year % u"-Q" % QString::number((first().month() - 1) / 3 + 1);
    case Precision::Year: return year;
    }
    return {};
}

} // namespace storyline
