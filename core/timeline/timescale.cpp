// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timescale.h"

#include <QTimeZone>

#include <algorithm>
#include <cmath>

namespace storyline {

namespace {

constexpr qint64 julianDayOfEpoch = 2440588; // 1970-01-01

qint64 floorDiv(qint64 a, qint64 b)
{
    const qint64 q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

// The calendar the timeline can show: QDate goes further, but story dates are years 1 to 9999.
const qint64 earliest = TimeUnits::fromDate(QDate(1, 1, 1));
const qint64 latest = TimeUnits::fromDate(QDate(10000, 1, 1));

} // namespace

qint64 TimeUnits::fromDate(QDate date)
{
    return (date.toJulianDay() - julianDayOfEpoch) * day;
}

QDate TimeUnits::toDate(qint64 msecs)
{
    return QDate::fromJulianDay(floorDiv(msecs, day) + julianDayOfEpoch);
}

QDateTime TimeUnits::toDateTime(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::utc());
}

qint64 TimeUnits::fromDateTime(const QDateTime &dateTime)
{
    return dateTime.toMSecsSinceEpoch();
}

qint64 TickLevel::nominalMsecs() const
{
    switch (unit) {
    case TickUnit::Minute: return step * TimeUnits::minute;
    case TickUnit::Hour: return step * TimeUnits::hour;
    case TickUnit::Day: return step * TimeUnits::day;
    case TickUnit::Week: return step * 7 * TimeUnits::day;
    case TickUnit::Month: return step * TimeUnits::averageYear / 12;
    case TickUnit::Year: return step * TimeUnits::averageYear;
    }
    return TimeUnits::day;
}

TimeScale::TimeScale()
    : m_boundsFirst(earliest)
    , m_boundsLast(latest)
{
    setRange(TimeUnits::fromDate(QDate(2025, 1, 1)), TimeUnits::fromDate(QDate(2026, 1, 1)));
}

void TimeScale::setWidth(double width)
{
    m_width = std::max(1.0, width);
}

void TimeScale::setRange(qint64 start, qint64 end)
{
    if (end < start)
        std::swap(start, end);
    const double middle = (double(start) + double(end)) / 2;
    m_span = double(end - start);
    m_start = middle - m_span / 2;
    clamp();
}

void TimeScale::setBounds(qint64 first, qint64 last)
{
    m_boundsFirst = std::clamp(std::min(first, last), earliest, latest);
    m_boundsLast = std::clamp(std::max(first, last), earliest, latest);
    clamp();
}

void TimeScale::clamp()
{
    const double oldMiddle = m_start + m_span / 2;
    m_span = std::clamp(m_span, double(minimumSpan), double(maximumSpan));
    double middle = std::clamp(oldMiddle, double(m_boundsFirst), double(m_boundsLast));
    middle = std::clamp(middle, earliest + m_span / 2, latest - m_span / 2);
    m_start = middle - m_span / 2;
}

bool TimeScale::zoom(double factor, double anchorX)
{
    if (!(factor > 0) || !std::isfinite(factor))
        return false;
    const double anchorTime = m_start + anchorX / m_width * m_span;
    const double newSpan = std::clamp(m_span / factor, double(minimumSpan), double(maximumSpan));
    if (newSpan == m_span)
        return false;
    m_start = anchorTime - anchorX / m_width * newSpan;
    m_span = newSpan;
    clamp();
    return true;
}

bool TimeScale::canZoomIn() const
{
    return m_span > minimumSpan;
}

bool TimeScale::canZoomOut() const
{
    return m_span < maximumSpan;
}

bool TimeScale::pan(double dx)
{
    const double oldStart = m_start;
    m_start -= dx / m_width * m_span;
    clamp();
    return m_start != oldStart;
}

const QList<TickLevel> &TimeScale::levels()
{
    static const QList<TickLevel> all = {
        {TickUnit::Minute, 5},  {TickUnit::Minute, 10}, {TickUnit::Minute, 15},
        {TickUnit::Minute, 30}, {TickUnit::Hour, 1},    {TickUnit::Hour, 2},
        {TickUnit::Hour, 3},    {TickUnit::Hour, 6},    {TickUnit::Hour, 12},
        {TickUnit::Day, 1},     {TickUnit::Week, 1},    {TickUnit::Month, 1},
        {TickUnit::Month, 3},   {TickUnit::Month, 6},   {TickUnit::Year, 1},
        {TickUnit::Year, 2},    {TickUnit::Year, 5},    {TickUnit::Year, 10},
        {TickUnit::Year, 20},   {TickUnit::Year, 50},   {TickUnit::Year, 100},
    };
    return all;
}

TickLevel TimeScale::tickLevel(const std::function<double(const TickLevel &)> &minimumSpacing) const
{
    const double perPixel = msecsPerPixel();
    for (const TickLevel &level : levels()) {
        if (double(level.nominalMsecs()) / perPixel >= minimumSpacing(level))
            return level;
    }
    return levels().constLast();
}

TickLevel TimeScale::tickLevel(double minimumSpacing) const
{
    return tickLevel([minimumSpacing](const TickLevel &) { return minimumSpacing; });
}

std::optional<TickLevel> TimeScale::majorLevel(const TickLevel &level)
{
    switch (level.unit) {
    case TickUnit::Minute:
    case TickUnit::Hour: return TickLevel{TickUnit::Day, 1};
    case TickUnit::Day:
    case TickUnit::Week: return TickLevel{TickUnit::Month, 1};
    case TickUnit::Month: return TickLevel{TickUnit::Year, 1};
    case TickUnit::Year:
        if (level.step < 10)
            return TickLevel{TickUnit::Year, 10};
        return std::nullopt;
    }
    return std::nullopt;
}

qint64 TimeScale::floorToTick(const TickLevel &level, qint64 msecs)
{
    switch (level.unit) {
    case TickUnit::Minute:
    case TickUnit::Hour: {
        // Every step divides a day, and days start at multiples of a day.
        const qint64 step = level.nominalMsecs();
        return floorDiv(msecs, step) * step;
    }
    case TickUnit::Day: return floorDiv(msecs, TimeUnits::day) * TimeUnits::day;
    case TickUnit::Week: {
        const QDate date = TimeUnits::toDate(msecs);
        return TimeUnits::fromDate(date.addDays(1 - date.dayOfWeek()));
    }
    case TickUnit::Month: {
        const QDate date = TimeUnits::toDate(msecs);
        const qint64 months
            = floorDiv(qint64(date.year()) * 12 + date.month() - 1, level.step) * level.step;
        return TimeUnits::fromDate(QDate(int(floorDiv(months, 12)), int(months % 12) + 1, 1));
    }
    case TickUnit::Year: {
        const QDate date = TimeUnits::toDate(msecs);
        const int year = std::max(1, int(floorDiv(date.year(), level.step) * level.step));
        return TimeUnits::fromDate(QDate(year, 1, 1));
    }
    }
    return msecs;
}

qint64 TimeScale::nextTick(const TickLevel &level, qint64 tick)
{
    switch (level.unit) {
    case TickUnit::Minute:
    case TickUnit::Hour:
    case TickUnit::Day:
    case TickUnit::Week: return tick + level.nominalMsecs();
    case TickUnit::Month: return TimeUnits::fromDate(TimeUnits::toDate(tick).addMonths(level.step));
    case TickUnit::Year: return TimeUnits::fromDate(TimeUnits::toDate(tick).addYears(level.step));
    }
    return tick + TimeUnits::day;
}

QList<qint64> TimeScale::ticks(const TickLevel &level, qint64 from, qint64 to)
{
    QList<qint64> result;
    for (qint64 t = floorToTick(level, from); t <= to; t = nextTick(level, t))
        result.append(t);
    return result;
}

} // namespace storyline
