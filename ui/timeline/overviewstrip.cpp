// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewstrip.h"

#include "timeline/axislabels.h"
#include "timeline/eventindex.h"
#include "timelinecolors.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace storyline {

namespace {
constexpr double barWidth = 2;
constexpr double margin = 8;
} // namespace

void OverviewStrip::setIndex(const EventIndex *index)
{
    m_index = index;
    m_dirty = true;
}

void OverviewStrip::setRange(qint64 first, qint64 last)
{
    last = std::max(last, first + TimeUnits::hour);
    if (first == m_first && last == m_last)
        return;
    m_first = first;
    m_last = last;
    m_dirty = true;
}

void OverviewStrip::setRect(const QRectF &rect)
{
    if (rect == m_rect)
        return;
    m_rect = rect;
    m_dirty = true;
}

void OverviewStrip::setLaneColors(const QList<QColor> &colors)
{
    m_laneColors = colors;
    m_dirty = true;
}

void OverviewStrip::setLook(const QPalette &palette, const QFont &font, const QLocale &locale)
{
    m_palette = palette;
    m_font = font;
    m_locale = locale;
    m_dirty = true;
}

QRectF OverviewStrip::track() const
{
    return m_rect.adjusted(margin, 0, -margin, 0);
}

double OverviewStrip::toX(qint64 msecs) const
{
    const QRectF t = track();
    return t.left() + double(msecs - m_first) / double(m_last - m_first) * t.width();
}

qint64 OverviewStrip::toTime(double x) const
{
    const QRectF t = track();
    return m_first + qint64((x - t.left()) / std::max(1.0, t.width()) * double(m_last - m_first));
}

QRectF OverviewStrip::windowRect(const TimeScale &view) const
{
    const QRectF t = track();
    double left = std::clamp(toX(view.start()), t.left(), t.right());
    double right = std::clamp(toX(view.end()), t.left(), t.right());
    if (right - left < 6) { // keep it big enough to see and to grab
        const double middle = (left + right) / 2;
        left = middle - 3;
        right = middle + 3;
    }
    return QRectF(left, m_rect.top() + 1, right - left, m_rect.height() - 2);
}

QString OverviewStrip::label(const TickLevel &level, qint64 tick) const
{
    const QDate date = TimeUnits::toDate(tick);
    switch (level.unit) {
    case TickUnit::Year: return QString::number(date.year());
    case TickUnit::Month:
        return date.month() == 1 ? QString::number(date.year())
                                 : m_locale.toString(date, QStringLiteral("MMM"));
    case TickUnit::Week:
    case TickUnit::Day: return m_locale.toString(date, QStringLiteral("d MMM"));
    case TickUnit::Minute:
    case TickUnit::Hour: break;
    }
    return AxisLabels::tickLabel(level, tick, m_locale, AxisLabels::Form::Short);
}

void OverviewStrip::layout()
{
    m_dirty = false;
    m_bars.clear();
    m_ticks.clear();
    const QRectF t = track();
    if (t.width() < 4)
        return;

    // Calendar ticks, as many as fit their labels.
    TimeScale scale;
    scale.setWidth(t.width());
    scale.setRange(m_first, m_last);
    const QFontMetricsF metrics(m_font);
    const double yearWidth = metrics.horizontalAdvance(QStringLiteral("0000")) + 12;
    const double dayWidth = metrics.horizontalAdvance(QStringLiteral("28 Sept.")) + 12;
    const TickLevel level = scale.tickLevel(
        [&](const TickLevel &l) { return l.unit == TickUnit::Year ? yearWidth : dayWidth; });
    for (qint64 tick : TimeScale::ticks(level, m_first, m_last)) {
        if (tick >= m_first)
            m_ticks.append({toX(tick), label(level, tick)});
    }

    if (!m_index || m_index->isEmpty())
        return;
    // A histogram per lane, bar heights on a square-root scale so single events still show
    // next to dense stretches.
    const int lanes = m_index->laneCount();
    const double top = m_rect.top() + metrics.height() + 2;
    const double bandHeight = (m_rect.bottom() - 3 - top) / std::max(1, lanes);
    const int columns = int(t.width() / barWidth);
    for (int lane = 0; lane < lanes; ++lane) {
        QList<int> counts(columns, 0);
        int most = 0;
        int position = m_index->lowerBound(lane, toTime(t.left()));
        for (int c = 0; c < columns; ++c) {
            const qint64 end = toTime(t.left() + (c + 1) * barWidth);
            const int next = m_index->lowerBound(lane, end);
            counts[c] = next - position;
            most = std::max(most, counts[c]);
            position = next;
        }
        const double bottom = top + (lane + 1) * bandHeight;
        for (int c = 0; c < columns; ++c) {
            if (counts[c] == 0)
                continue;
            const double h
                = std::max(2.0, (bandHeight - 1) * std::sqrt(double(counts[c]) / double(most)));
            m_bars.append({QRectF(t.left() + c * barWidth, bottom - h, barWidth, h), lane});
        }
    }
}

void OverviewStrip::paint(QPainter *painter, const TimeScale &view)
{
    if (m_dirty)
        layout();
    using namespace TimelineColors;
    const QColor text = m_palette.color(QPalette::Text);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->fillRect(m_rect, m_palette.color(QPalette::Window));
    painter->fillRect(QRectF(m_rect.left(), m_rect.top(), m_rect.width(), 1),
                      mix(m_palette.color(QPalette::Window), text, 0.25));

    painter->setFont(m_font);
    const QFontMetricsF metrics(m_font);
    for (const Tick &tick : std::as_const(m_ticks)) {
        const double x = std::round(tick.x) + 0.5;
        painter->setPen(withAlpha(text, 0.18));
        painter->drawLine(QPointF(x, m_rect.top() + 2), QPointF(x, m_rect.bottom()));
        painter->setPen(withAlpha(text, 0.6));
        painter->drawText(QPointF(x + 3, m_rect.top() + 1 + metrics.ascent()), tick.label);
    }
    for (const Bar &bar : std::as_const(m_bars)) {
        const QColor color = bar.lane < m_laneColors.size() ? m_laneColors[bar.lane] : text;
        painter->fillRect(bar.rect, withAlpha(color, 0.8));
    }

    // The visible window: the rest of the strip dimmed, the window outlined.
    const QRectF window = windowRect(view);
    const QColor shade = withAlpha(m_palette.color(QPalette::Window), 0.55);
    painter->fillRect(
        QRectF(m_rect.left(), m_rect.top() + 1, window.left() - m_rect.left(), m_rect.height() - 1),
        shade);
    painter->fillRect(QRectF(window.right(), m_rect.top() + 1, m_rect.right() - window.right(),
                             m_rect.height() - 1),
                      shade);
    const QColor highlight = m_palette.color(QPalette::Highlight);
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setBrush(withAlpha(highlight, 0.12));
    painter->setPen(QPen(highlight, 1.5));
    painter->drawRoundedRect(window.adjusted(0.75, 0.75, -0.75, -0.75), 3, 3);
    painter->restore();
}

} // namespace storyline
