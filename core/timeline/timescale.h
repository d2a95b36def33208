// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>

#include <functional>
#include <optional>

namespace storyline {

// Times on the timeline are milliseconds since 1970-01-01T00:00 UTC. Story dates carry no time
// zone, so days are UTC days: a date and its milliseconds convert without any calendar lookup.
namespace TimeUnits {
inline constexpr qint64 minute = 60'000;
inline constexpr qint64 hour = 60 * minute;
inline constexpr qint64 day = 24 * hour;
inline constexpr qint64 averageYear = 31'556'952'000; // 365.2425 days

qint64 fromDate(QDate date);
QDate toDate(qint64 msecs); // the day that holds the instant
QDateTime toDateTime(qint64 msecs); // in UTC
qint64 fromDateTime(const QDateTime &dateTime);
} // namespace TimeUnits

enum class TickUnit { Minute, Hour, Day, Week, Month, Year };

// One spacing of axis ticks: every `step` units, aligned on the calendar (weeks on Mondays,
// 3 months on quarters, 10 years on decades).
struct TickLevel
{
    TickUnit unit = TickUnit::Year;
    int step = 1;

    // The typical distance between two ticks, for choosing a level (a month is 30.4 days).
    qint64 nominalMsecs() const;

    friend bool operator==(const TickLevel &, const TickLevel &) = default;
};

// The mapping between time and the horizontal pixels of a view `width` pixels wide: the visible
// window, zoom anchored at a point, panning, the zoom limits, and the calendar ticks that suit
// the zoom (from centuries down to minutes).
class TimeScale final
{
public:
    // The view never shows less than an hour nor more than three centuries.
    static constexpr qint64 minimumSpan = TimeUnits::hour;
    static constexpr qint64 maximumSpan = 300 * TimeUnits::averageYear;

    TimeScale();

    double width() const { return m_width; }
    // Keeps the visible window: the same time range spreads over the new width.
    void setWidth(double width);

    qint64 start() const { return qint64(m_start); }
    qint64 end() const { return qint64(m_start + m_span); }
    double span() const { return m_span; }
    double msecsPerPixel() const { return m_span / m_width; }

    // Shows [start, end], within the zoom limits (keeping the middle) and the bounds.
    void setRange(qint64 start, qint64 end);

    // Where the window may go: its middle stays within [first, last], so some of the story is
    // always in view. Unset, the window may go anywhere in years 1 to 9999.
    void setBounds(qint64 first, qint64 last);
    qint64 boundsFirst() const { return m_boundsFirst; }
    qint64 boundsLast() const { return m_boundsLast; }

    double toX(qint64 msecs) const { return (double(msecs) - m_start) / m_span * m_width; }
    double toX(double msecs) const { return (msecs - m_start) / m_span * m_width; }
    qint64 toTime(double x) const { return qint64(m_start + x / m_width * m_span); }

    // Zooms in by `factor` (> 1; below 1 zooms out) keeping the time at x = anchorX where it is.
    // Returns false when a limit left the window unchanged.
    bool zoom(double factor, double anchorX);
    bool canZoomIn() const;
    bool canZoomOut() const;
    // Moves the content `dx` pixels to the right (the window to earlier times).
    bool pan(double dx);

    // Every level, finest first.
    static const QList<TickLevel> &levels();
    // The finest level whose ticks are at least `minimumSpacing(level)` pixels apart.
    TickLevel tickLevel(const std::function<double(const TickLevel &)> &minimumSpacing) const;
    TickLevel tickLevel(double minimumSpacing = 60) const;
    // The coarser level whose labels give the context of `level`'s ("January 2025" above the
    // days), or none for decades and coarser.
    static std::optional<TickLevel> majorLevel(const TickLevel &level);

    // The ticks of `level` from the last one at or before `from` to the last one at or before
    // `to`.
    static QList<qint64> ticks(const TickLevel &level, qint64 from, qint64 to);
    // The tick of `level` at or before `msecs`, and the one after a tick.
    static qint64 floorToTick(const TickLevel &level, qint64 msecs);
    static qint64 nextTick(const TickLevel &level, qint64 tick);

    friend bool operator==(const TimeScale &, const TimeScale &) = default;

private:
    void clamp();

    double m_width = 1000;
    double m_start = 0;
    double m_span = 0;
    qint64 m_boundsFirst = 0;
    qint64 m_boundsLast = 0;
};

} // namespace storyline
