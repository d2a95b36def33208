// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timeline/eventindex.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QString>

#include <utility>

namespace storyline {

// The timeline laid out: plain geometry and texts, rebuilt when the window, the size, the
// content or the look change, and painted as it is otherwise (hovering repaints it unchanged).
struct TimelineScene
{
    static constexpr double markerRadius = 5;
    static constexpr double clusterHeight = 17;
    static constexpr double labelPadding = 4; // inside a label's box, each side

    struct Lane
    {
        QRectF rect;
        QString title;
        QColor color;
        double markerY = 0; // the row of markers, spans and clusters
        double labelsTop = 0; // the first row of labels
        int rows = 0; // how many rows of labels fit
    };
    struct Tick
    {
        double x;
        QString label;
        double labelX;
    };
    struct PeriodBand
    {
        double x0;
        double x1;
        int row;
        QString title;
        double titleX;
    };
    struct SpanBar
    {
        QRectF rect;
        QColor color;
        // A date known to the week, month… (faded ends), an event with an end date (solid),
        // or the day of a day's event when days are wide (faint).
        enum Kind { Uncertain, Explicit, Day } kind;
        bool selected;
        bool extracted; // a proposal's: fainter, with a dashed outline
    };
    struct SpanHit
    {
        QRectF rect;
        qint32 id;
    };
    struct Marker
    {
        QPointF pos;
        QColor color;
        qint32 id;
        bool conflict;
        bool selected;
        bool extracted; // a proposal: hollow, with a dashed ring
    };
    struct Label
    {
        QRectF rect;
        QString text;
        qint32 id;
        bool selected;
        bool pinned; // a span that began before the window: at the left edge, no leader
        double anchorX; // where its leader leaves the marker
        double anchorY;
        bool extracted; // a proposal: italic, its leader dashed
    };
    struct Cluster
    {
        QRectF rect;
        QString text;
        QColor color;
        int lane;
        QList<std::pair<int, int>> ranges; // its events' positions in the lane
        int skip; // the selected event's position, drawn on its own
        int count;
    };
    struct Density
    {
        int lane;
        QList<EventIndex::Bucket> buckets;
    };

    // Clears what the events' layout produces (not the lanes, ticks or periods).
    void clearEvents()
    {
        spans.clear();
        spanHits.clear();
        markers.clear();
        labels.clear();
        clusters.clear();
        densities.clear();
        densityShapes.clear();
        markerPositions.clear();
    }

    QList<Lane> lanes;
    QList<Tick> minorTicks;
    QList<Tick> majorTicks;
    QList<PeriodBand> periodBands;
    QList<SpanBar> spans; // overlapping spans of a kind and colour merged into one
    QList<SpanHit> spanHits;
    QList<Marker> markers;
    QList<Label> labels;
    QList<Cluster> clusters;
    QList<Density> densities;
    QList<std::pair<QPolygonF, QColor>> densityShapes;
    QHash<qint32, QPointF> markerPositions;
};

} // namespace storyline
