// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelinescene.h"

#include <QFont>
#include <QLocale>
#include <QVarLengthArray>

#include <limits>
#include <vector>

namespace storyline {

class EventIndex;
class LabelTexts;
class TimeScale;

// Lays out the events of one lane, at a cost bounded by what is on screen:
// 1. the EventIndex's buckets at a size set by the zoom (40 to 80 pixels); a bucket with few
//    events opens into them, a bigger one stays a cluster; spans that began before the window
//    are added, and the selected event always stands on its own;
// 2. labels are stacked in rows (LabelLayout): the selected event's first, then left to right,
//    full width (up to a limit) or else cut short;
// 3. events left without a label fall into their neighbouring clusters, or make one together;
// 4. markers, spans (merged where they overlap), labels and clusters go to the scene.
class LaneLayout final
{
public:
    struct Style
    {
        QFont labelFont;
        QFont selectedFont;
        QFont smallFont;
        QLocale locale;
        QList<QColor> groupColors; // by TimelineItem::group
        QColor neutral; // for an item of no known group
        double rowHeight = 18;
    };

    LaneLayout(const EventIndex &index, const TimeScale &scale, const Style &style,
               LabelTexts &texts);

    // Adds the lane's events to `scene`, whose lanes are already laid out.
    void layout(int lane, qint32 selectedId, TimelineScene &scene);

private:
    // A single event or a cluster, left to right.
    struct Entry
    {
        double x0 = 0; // the marker, or the first and last marker of a cluster
        double x1 = 0;
        double cell0 = -std::numeric_limits<double>::infinity(); // a bucket's cluster stays in it
        double cell1 = std::numeric_limits<double>::infinity();
        // Its events' positions in the lane: one, a bucket's, or those merged into a cluster
        // (not always contiguous: uncertain dates sort by their middle).
        QVarLengthArray<std::pair<int, int>, 2> ranges;
        int count = 1;
        bool cluster = false;
        bool fromBucket = false;
        bool pinned = false; // began before the window: label at the left edge, maybe no marker
        bool selected = false;
        bool labelled = false;
        QRectF labelRect;
        QString labelText;

        int first() const { return ranges.front().first; }
        bool isLoose() const { return !labelled && !selected && !pinned; }
    };

    std::vector<Entry> collect(qint64 from, qint64 to);
    Entry single(int position) const;
    void placeLabels(std::vector<Entry> &entries);
    QRectF labelBox(const Entry &entry, double width) const;
    static std::vector<Entry> mergeLoose(std::vector<Entry> entries);
    void addToScene(const std::vector<Entry> &entries, TimelineScene &scene);
    void addCluster(const Entry &entry, TimelineScene &scene);

    const EventIndex &m_index;
    const TimeScale &m_scale;
    const Style &m_style;
    LabelTexts &m_texts;

    // The lane being laid out.
    int m_lane = 0;
    TimelineScene::Lane m_geometry;
    int m_selected = -1; // the selected event's position in the lane, or -1
};

} // namespace storyline
