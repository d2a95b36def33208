// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/timescale.h"

#include <QFont>
#include <QList>
#include <QLocale>
#include <QPalette>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

class QPainter;

namespace storyline {

class EventIndex;

// Lays out and paints the timeline: the axis, the periods, the lanes with their markers, spans,
// labels and clusters (LaneLayout), a density strip under dense lanes, and the overview strip.
// The widget's paintEvent only calls paint(); an export or a benchmark paints a QImage the same
// way. The layout (a TimelineScene) is cached and redone only when the scale, the size, the
// content, the selection or the look changed, and it costs what is on screen, not what is in
// the story.
class TimelineRenderer final
{
public:
    struct Group
    {
        QString key; // "industry", "us-government", "china", "other" or any group of the story
        QString title; // "Nvidia and industry"…
    };
    struct Period
    {
        qint64 start = 0;
        qint64 end = 0;
        QString title;
    };

    enum class HitKind { None, Event, Cluster, Axis, Overview, Plot };
    struct Hit
    {
        HitKind kind = HitKind::None;
        qint32 id = -1; // Event: the item's id
        QList<qint32> ids; // Cluster: its events' ids, in order (at most the first 8)
        int count = 0; // Cluster: how many events
        qint64 start = 0; // Cluster: from its first event's start to its last marker
        qint64 end = 0;
        QRectF rect; // where it is drawn
    };

    TimelineRenderer();
    ~TimelineRenderer();
    TimelineRenderer(const TimelineRenderer &) = delete;
    TimelineRenderer &operator=(const TimelineRenderer &) = delete;

    // What to draw. The index is not owned; call setIndex again after it changed.
    void setIndex(const EventIndex *index);
    // Colours and names of the actor groups (index = TimelineItem::lane when lanes are shown).
    void setGroups(const QList<Group> &groups);
    // Whether each lane of the index is one group (true) or all of them (false: one lane with
    // a legend).
    void setLanesAreGroups(bool lanesAreGroups);
    void setPeriods(const QList<Period> &periods);
    // The label of an item, from its id.
    void setTitleProvider(std::function<QString(qint32 id)> provider);
    // The extent of the overview strip: the whole story.
    void setOverviewRange(qint64 first, qint64 last);
    // Shown when the index is empty.
    void setEmptyText(const QString &text);

    void setPalette(const QPalette &palette);
    void setFont(const QFont &font);
    void setLocale(const QLocale &locale);
    void setSize(const QSizeF &size);
    QSizeF size() const;

    // The visible window; its width should be size().width().
    void setScale(const TimeScale &scale);
    const TimeScale &scale() const;
    void setSelectedId(qint32 id); // -1: none
    qint32 selectedId() const;
    void setHoveredId(qint32 id); // -1: none; repaints without a new layout
    // A range being dragged on the axis (x0, x1 in pixels), or none.
    void setRubberBand(std::optional<std::pair<double, double>> band);

    // Marks the layout stale (the index's content or the titles changed).
    void invalidate();
    void layout(); // if stale
    void paint(QPainter *painter);

    // Geometry and what is where; these lay out first when needed.
    QRectF axisRect();
    QRectF lanesRect();
    QRectF overviewRect();
    int laneCount();
    QRectF laneRect(int lane);
    // The visible window in the overview strip, and the time at an x of the strip.
    QRectF overviewWindowRect();
    qint64 overviewTime(double x) const;
    double overviewX(qint64 msecs) const;

    // What is at `pos`.
    Hit hitTest(const QPointF &pos);
    // Where the item's own marker is drawn; none when it is off screen or in a cluster.
    std::optional<QPointF> markerPosition(qint32 id);
    // The cluster that holds the item, where it is drawn; none when it is not in one.
    std::optional<QRectF> clusterRect(qint32 id);
    // The boxes of the labels and the clusters drawn (for tests: labels never overlap).
    QList<QRectF> labelRects();
    QList<QRectF> clusterRects();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace storyline
