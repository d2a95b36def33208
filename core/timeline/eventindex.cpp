// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventindex.h"

#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>

namespace storyline {

namespace {

constexpr int maximumLevel = 62;

// The duration class of an item: floor(log2(duration)).
int durationClass(const TimelineItem &item)
{
    const auto duration = quint64(std::max<qint64>(1, item.end - item.start));
    return int(std::bit_width(duration)) - 1;
}

} // namespace

void EventIndex::build(std::vector<TimelineItem> items, int laneCount)
{
    laneCount = std::max(0, laneCount);
    std::erase_if(items, [laneCount](const TimelineItem &item) {
        return item.lane >= laneCount || item.end <= item.start;
    });
    std::stable_sort(items.begin(), items.end(), [](const TimelineItem &a, const TimelineItem &b) {
        return a.lane != b.lane ? a.lane < b.lane : a.start < b.start;
    });
    m_items = std::move(items);

    const size_t n = m_items.size();
    m_starts.resize(n);
    m_ends.resize(n);
    m_laneOffsets.assign(size_t(laneCount) + 1, 0);
    qint32 largestId = -1;
    for (size_t i = 0; i < n; ++i) {
        const TimelineItem &item = m_items[i];
        m_starts[i] = item.start;
        m_ends[i] = item.end;
        ++m_laneOffsets[item.lane + 1u];
        largestId = std::max(largestId, item.id);
    }
    for (int lane = 0; lane < laneCount; ++lane)
        m_laneOffsets[lane + 1u] += m_laneOffsets[lane];

    m_locations.assign(size_t(largestId + 1), -1);
    for (size_t i = 0; i < n; ++i) {
        if (m_items[i].id >= 0)
            m_locations[size_t(m_items[i].id)] = int(i);
    }

    m_firstStart = 0;
    m_lastEnd = 0;
    qint64 lastStart = 0;
    if (n > 0) {
        m_firstStart = *std::min_element(m_starts.cbegin(), m_starts.cend());
        lastStart = *std::max_element(m_starts.cbegin(), m_starts.cend());
        m_lastEnd = *std::max_element(m_ends.cbegin(), m_ends.cend());
    }

    // Ends sorted within each lane (for overlap counts) and the duration classes.
    m_classes.assign(size_t(laneCount), {});
    for (int lane = 0; lane < laneCount; ++lane) {
        const auto first = m_ends.begin() + m_laneOffsets[lane];
        std::sort(first, first + laneSize(lane));

        std::array<DurationClass, 64> classes;
        for (int position = 0; position < laneSize(lane); ++position) {
            const TimelineItem &item = at(lane, position);
            DurationClass &c = classes[size_t(durationClass(item))];
            c.longest = std::max(c.longest, item.end - item.start);
            c.starts.push_back(item.start);
            c.positions.push_back(position);
        }
        for (DurationClass &c : classes) {
            if (!c.positions.empty())
                m_classes[size_t(lane)].push_back(std::move(c));
        }
    }

    // The table: a few buckets per item, at most 2^16 per lane.
    const qint64 maximumBuckets = std::clamp<qint64>(qint64(n) * 4, 1024, 65536);
    m_tableLevel = 0;
    m_tableOrigin = 0;
    m_tableBuckets = 0;
    m_table.assign(size_t(laneCount), {});
    if (n == 0)
        return;
    for (;; ++m_tableLevel) {
        m_tableOrigin = (m_firstStart >> m_tableLevel) << m_tableLevel;
        const qint64 buckets = ((lastStart - m_tableOrigin) >> m_tableLevel) + 1;
        if (buckets <= maximumBuckets || m_tableLevel == maximumLevel) {
            m_tableBuckets = int(buckets);
            break;
        }
    }
    for (int lane = 0; lane < laneCount; ++lane) {
        std::vector<qint32> &table = m_table[size_t(lane)];
        table.assign(size_t(m_tableBuckets) + 1, 0);
        const qint64 *starts = laneStarts(lane);
        for (int position = 0; position < laneSize(lane); ++position)
            ++table[size_t((starts[position] - m_tableOrigin) >> m_tableLevel) + 1];
        for (size_t k = 1; k < table.size(); ++k)
            table[k] += table[k - 1];
    }
}

EventIndex::Location EventIndex::locate(qint32 id) const
{
    if (id < 0 || size_t(id) >= m_locations.size() || m_locations[size_t(id)] < 0)
        return {};
    const int index = m_locations[size_t(id)];
    const int lane = m_items[size_t(index)].lane;
    return {lane, index - m_laneOffsets[size_t(lane)]};
}

int EventIndex::lowerBound(int lane, qint64 msecs) const
{
    const qint64 *starts = laneStarts(lane);
    return int(std::lower_bound(starts, starts + laneSize(lane), msecs) - starts);
}

int EventIndex::countStarting(int lane, qint64 from, qint64 to) const
{
    if (to <= from)
        return 0;
    return lowerBound(lane, to) - lowerBound(lane, from);
}

int EventIndex::countOverlapping(int lane, qint64 from, qint64 to) const
{
    if (to <= from)
        return 0;
    // Every item that ends by `from` also starts before `to`.
    const qint64 *ends = m_ends.data() + m_laneOffsets[size_t(lane)];
    const auto endedBefore = std::upper_bound(ends, ends + laneSize(lane), from) - ends;
    return lowerBound(lane, to) - int(endedBefore);
}

int EventIndex::countOverlapping(qint64 from, qint64 to) const
{
    int count = 0;
    for (int lane = 0; lane < laneCount(); ++lane)
        count += countOverlapping(lane, from, to);
    return count;
}

QList<int> EventIndex::overlapping(int lane, qint64 from, qint64 to, int limit) const
{
    QList<int> result;
    if (to <= from || lane < 0 || lane >= laneCount())
        return result;

    // One cursor per duration class: an item of the class that ends after `from` starts after
    // from - longest, so each class is searched from there.
    struct Cursor
    {
        const DurationClass *c;
        size_t i;
    };
    QVarLengthArray<Cursor, 16> cursors;
    const auto advance = [&](Cursor &cursor) {
        const DurationClass &c = *cursor.c;
        while (cursor.i < c.starts.size() && c.starts[cursor.i] < to
               && at(lane, c.positions[cursor.i]).end <= from)
            ++cursor.i;
    };
    for (const DurationClass &c : m_classes[size_t(lane)]) {
        const qint64 earliest = from - c.longest + 1;
        Cursor cursor{&c,
                      size_t(std::lower_bound(c.starts.cbegin(), c.starts.cend(), earliest)
                             - c.starts.cbegin())};
        advance(cursor);
        cursors.append(cursor);
    }
    while (result.size() < limit) {
        Cursor *next = nullptr;
        for (Cursor &cursor : cursors) {
            if (cursor.i < cursor.c->starts.size() && cursor.c->starts[cursor.i] < to
                && (!next || cursor.c->positions[cursor.i] < next->c->positions[next->i]))
                next = &cursor;
        }
        if (!next)
            break;
        result.append(next->c->positions[next->i]);
        ++next->i;
        advance(*next);
    }
    return result;
}

int EventIndex::levelFor(double msecs)
{
    if (!(msecs > 1))
        return 0;
    if (msecs >= double(bucketSize(maximumLevel)))
        return maximumLevel;
    return int(std::bit_width(quint64(std::ceil(msecs)) - 1));
}

int EventIndex::cumulative(int lane, qint64 alignedTime) const
{
    const qint64 k
        = std::clamp<qint64>((alignedTime - m_tableOrigin) >> m_tableLevel, 0, m_tableBuckets);
    return m_table[size_t(lane)][size_t(k)];
}

int EventIndex::gallop(int lane, int from, qint64 msecs) const
{
    const qint64 *starts = laneStarts(lane);
    const int n = laneSize(lane);
    int low = from;
    int high = from;
    int step = 1;
    while (high < n && starts[high] < msecs) {
        low = high + 1;
        high = from + step;
        step *= 2;
    }
    high = std::min(high, n);
    return int(std::lower_bound(starts + low, starts + high, msecs) - starts);
}

QList<EventIndex::Bucket> EventIndex::buckets(int lane, qint64 from, qint64 to, int level) const
{
    QList<Bucket> result;
    if (lane < 0 || lane >= laneCount() || laneSize(lane) == 0 || to <= from)
        return result;
    level = std::clamp(level, 0, maximumLevel);
    const qint64 size = bucketSize(level);
    qint64 bucket = (from >> level) << level;

    if (level >= m_tableLevel) {
        // Every bucket of this level is a whole number of table buckets: walk them, skipping
        // the parts of the window the table does not cover (no item starts there).
        const qint64 tableEnd = m_tableOrigin + (qint64(m_tableBuckets) << m_tableLevel);
        bucket = std::max(bucket, (m_tableOrigin >> level) << level);
        const qint64 stop = std::min(to, tableEnd);
        if (stop > bucket && ((stop - bucket) >> level) < (1 << 20)) {
            int before = cumulative(lane, bucket);
            for (; bucket < stop; bucket += size) {
                const int after = cumulative(lane, bucket + size);
                if (after > before)
                    result.append({bucket, bucket + size, before, after - before});
                before = after;
            }
            return result;
        }
        if (stop <= bucket)
            return result;
    }

    // Finer than the table: jump from one non-empty bucket to the next.
    const qint64 *starts = laneStarts(lane);
    const int n = laneSize(lane);
    for (int position = lowerBound(lane, bucket); position < n;) {
        const qint64 first = (starts[position] >> level) << level;
        if (first >= to)
            break;
        const int next = gallop(lane, position, first + size);
        result.append({first, first + size, position, next - position});
        position = next;
    }
    return result;
}

} // namespace storyline
