// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/timescale.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QLocale>
#include <QPalette>
#include <QRectF>

class QPainter;

namespace storyline {

class EventIndex;

// The strip under the timeline that shows the whole story: how many events each lane has along
// it (a histogram per lane, one bar every two pixels, each bar two index lookups), a few
// calendar ticks, and the visible window as a box the user can drag. The histogram depends on
// the story and the strip's size only, so panning and zooming repaint it from its cache.
class OverviewStrip final
{
public:
    void setIndex(const EventIndex *index);
    // The extent the strip spans.
    void setRange(qint64 first, qint64 last);
    void setRect(const QRectF &rect);
    // One colour per lane of the index.
    void setLaneColors(const QList<QColor> &colors);
    void setLook(const QPalette &palette, const QFont &font, const QLocale &locale);
    // The index's content changed.
    void invalidate() { m_dirty = true; }

    QRectF rect() const { return m_rect; }
    double toX(qint64 msecs) const;
    qint64 toTime(double x) const;
    // Where the visible window `view` is drawn.
    QRectF windowRect(const TimeScale &view) const;

    void paint(QPainter *painter, const TimeScale &view);

private:
    struct Bar
    {
        QRectF rect;
        int lane;
    };
    struct Tick
    {
        double x;
        QString label;
    };

    void layout();
    QRectF track() const;
    QString label(const TickLevel &level, qint64 tick) const;

    const EventIndex *m_index = nullptr;
    qint64 m_first = 0;
    qint64 m_last = 1;
    QRectF m_rect;
    QList<QColor> m_laneColors;
    QPalette m_palette;
    QFont m_font;
    QLocale m_locale;

    bool m_dirty = true;
    QList<Bar> m_bars;
    QList<Tick> m_ticks;
};

} // namespace storyline
