// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timelineitem.h"

#include <QList>

#include <climits>
#include <vector>

namespace storyline {

// The timeline's events by lane, sorted by start, so that what the view needs costs what is on
// screen and not what is in the story:
// - range counts and queries by binary search, spans that began before the window included
//   (items are also filed by duration class, so a span is found without scanning back);
// - level of detail: buckets of 2^level milliseconds aligned on absolute time (so clusters do
//   not change while panning). A table of cumulative per-lane counts at a base power-of-two
//   resolution, computed once, gives any coarser bucket in two lookups; finer buckets come
//   from binary search over the non-empty ones. Either way the work is bounded by the number
//   of buckets on screen, that is by pixels.
class EventIndex final
{
public:
    struct Bucket
    {
        qint64 start = 0;
        qint64 end = 0;
        int first = 0; // position of its first item in the lane
        int count = 0; // items of the lane that start in [start, end)
    };

    struct Location
    {
        int lane = -1;
        int position = -1;
        bool isValid() const { return lane >= 0; }
    };

    EventIndex() = default;

    // Files `items` (each lane < laneCount) by lane and start; items that start together keep
    // their order.
    void build(std::vector<TimelineItem> items, int laneCount);
    void clear() { build({}, 0); }

    int size() const { return int(m_items.size()); }
    bool isEmpty() const { return m_items.empty(); }
    int laneCount() const { return int(m_laneOffsets.size()) - 1; }
    int laneSize(int lane) const { return m_laneOffsets[lane + 1] - m_laneOffsets[lane]; }
    const TimelineItem &at(int lane, int position) const
    {
        return m_items[size_t(m_laneOffsets[lane] + position)];
    }
    // Where the item with this id is; invalid when it is not in the index.
    Location locate(qint32 id) const;

    // The first start and the last end of all items (0 when empty).
    qint64 firstStart() const { return m_firstStart; }
    qint64 lastEnd() const { return m_lastEnd; }

    // The position of the first item of `lane` that starts at or after `msecs`.
    int lowerBound(int lane, qint64 msecs) const;
    // Items of `lane` that start in [from, to).
    int countStarting(int lane, qint64 from, qint64 to) const;
    // Items (of one lane, or of all) that overlap [from, to): start < to and end > from.
    int countOverlapping(int lane, qint64 from, qint64 to) const;
    int countOverlapping(qint64 from, qint64 to) const;
    // Positions of the items of `lane` that overlap [from, to), in start order, at most
    // `limit` of them. Costs about what it returns.
    QList<int> overlapping(int lane, qint64 from, qint64 to, int limit = INT_MAX) const;

    // The smallest level whose buckets are at least `msecs` long.
    static int levelFor(double msecs);
    static qint64 bucketSize(int level) { return qint64(1) << level; }
    // The resolution of the precomputed counts: buckets of this level and coarser cost O(1).
    int tableLevel() const { return m_tableLevel; }
    // The non-empty buckets of `level` of `lane` between the one holding `from` and `to`.
    QList<Bucket> buckets(int lane, qint64 from, qint64 to, int level) const;

private:
    struct DurationClass
    {
        qint64 longest = 0;
        std::vector<qint64> starts;
        std::vector<int> positions;
    };

    const qint64 *laneStarts(int lane) const { return m_starts.data() + m_laneOffsets[lane]; }
    int cumulative(int lane, qint64 alignedTime) const;
    int gallop(int lane, int from, qint64 msecs) const;

    std::vector<TimelineItem> m_items; // by lane, then start
    std::vector<qint64> m_starts; // parallel to m_items, for cache-friendly searches
    std::vector<qint64> m_ends; // each lane's ends, sorted
    std::vector<int> m_laneOffsets{0};
    std::vector<std::vector<DurationClass>> m_classes; // per lane
    std::vector<int> m_locations; // id -> index into m_items, -1 when absent
    qint64 m_firstStart = 0;
    qint64 m_lastEnd = 0;

    int m_tableLevel = 0;
    qint64 m_tableOrigin = 0;
    int m_tableBuckets = 0;
    std::vector<std::vector<qint32>> m_table; // per lane, m_tableBuckets + 1 cumulative counts
};

} // namespace storyline
