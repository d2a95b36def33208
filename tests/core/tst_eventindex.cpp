// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "story/bundledstory.h"
#include "timeline/eventindex.h"
#include "timeline/labellayout.h"
#include "timeline/storytimeline.h"
#include "timeline/timescale.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace storyline;

namespace {

qint64 day(int year, int month, int d)
{
    return TimeUnits::fromDate(QDate(year, month, d));
}

TimelineItem item(qint32 id, quint8 lane, qint64 start, qint64 end)
{
    TimelineItem i;
    i.id = id;
    i.lane = lane;
    i.start = start;
    i.end = end;
    return i;
}

TimelineItem dayItem(qint32 id, quint8 lane, int year, int month, int d)
{
    return item(id, lane, day(year, month, d), day(year, month, d) + TimeUnits::day);
}

// Random items for comparing the index with brute force: a linear congruential generator, so
// the test is the same everywhere.
std::vector<TimelineItem> randomItems(int count, int lanes, quint64 seed)
{
    quint64 state = seed;
    const auto next = [&state](quint64 below) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return (state >> 33) % below;
    };
    std::vector<TimelineItem> items;
    const qint64 origin = day(2020, 1, 1);
    for (int id = 0; id < count; ++id) {
        const qint64 start
            = origin + qint64(next(5 * 365)) * TimeUnits::day + qint64(next(24)) * TimeUnits::hour;
        // Mostly days, some weeks and months, a few years.
        const quint64 kind = next(100);
        const qint64 length = kind < 70 ? TimeUnits::day
            : kind < 85                 ? 7 * TimeUnits::day
            : kind < 97                 ? 30 * TimeUnits::day
                                        : 365 * TimeUnits::day;
        items.push_back(item(id, quint8(next(quint64(lanes))), start, start + length));
    }
    return items;
}

} // namespace

// The timeline's event index: range queries by binary search, spans that began before the
// window, level-of-detail buckets, lanes; and the story's timeline built on it. The label
// stacking the renderer relies on is tested here too (it has no test executable of its own).
class TestEventIndex : public QObject
{
    Q_OBJECT

private slots:
    void empty();
    void lanesAndOrder();
    void rangeQueries();
    void spansOverlappingTheWindowStart();
    void overlappingMatchesBruteForce();
    void bucketsSumToRange_data();
    void bucketsSumToRange();
    void bucketsAreAligned();
    void levelFor();
    void storyTimeline();
    void storyTimelineFilter();
    void labelLayout();
    void labelLayoutReserved();
};

void TestEventIndex::empty()
{
    EventIndex index;
    index.build({}, 2);
    QCOMPARE(index.size(), 0);
    QCOMPARE(index.laneCount(), 2);
    QCOMPARE(index.countOverlapping(0, day(2100, 1, 1)), 0);
    QVERIFY(index.buckets(0, 0, day(2100, 1, 1), 30).isEmpty());
    QVERIFY(index.overlapping(1, 0, day(2100, 1, 1)).isEmpty());
    QVERIFY(!index.locate(0).isValid());
}

void TestEventIndex::lanesAndOrder()
{
    EventIndex index;
    index.build({dayItem(0, 1, 2025, 3, 1), dayItem(1, 0, 2025, 2, 1), dayItem(2, 1, 2025, 1, 1),
                 dayItem(3, 0, 2025, 2, 1), dayItem(4, 5, 2025, 2, 1) /* no such lane */},
                2);
    QCOMPARE(index.size(), 4);
    QCOMPARE(index.laneSize(0), 2);
    QCOMPARE(index.laneSize(1), 2);
    // Sorted by start within a lane; equal starts keep their order.
    QCOMPARE(index.at(0, 0).id, 1);
    QCOMPARE(index.at(0, 1).id, 3);
    QCOMPARE(index.at(1, 0).id, 2);
    QCOMPARE(index.at(1, 1).id, 0);
    QCOMPARE(index.locate(0).lane, 1);
    QCOMPARE(index.locate(0).position, 1);
    QCOMPARE(index.locate(3).lane, 0);
    QCOMPARE(index.locate(3).position, 1);
    QVERIFY(!index.locate(4).isValid());
    QCOMPARE(index.firstStart(), day(2025, 1, 1));
    QCOMPARE(index.lastEnd(), day(2025, 3, 2));
}

void TestEventIndex::rangeQueries()
{
    EventIndex index;
    std::vector<TimelineItem> items;
    for (int d = 1; d <= 31; ++d)
        items.push_back(dayItem(d, quint8(d % 2), 2025, 1, d));
    index.build(items, 2);

    QCOMPARE(index.lowerBound(0, day(2025, 1, 1)), 0);
    QCOMPARE(index.at(0, index.lowerBound(0, day(2025, 1, 10))).id, 10);
    QCOMPARE(index.lowerBound(1, day(2025, 2, 1)), index.laneSize(1));
    // 10..19 January: five even, five odd days.
    QCOMPARE(index.countStarting(0, day(2025, 1, 10), day(2025, 1, 20)), 5);
    QCOMPARE(index.countStarting(1, day(2025, 1, 10), day(2025, 1, 20)), 5);
    QCOMPARE(index.countOverlapping(day(2025, 1, 10), day(2025, 1, 20)), 10);
    // Half a day into the 9th still overlaps the 9th.
    QCOMPARE(index.countOverlapping(day(2025, 1, 9) + TimeUnits::hour, day(2025, 1, 10)), 1);
    QCOMPARE(index.countOverlapping(day(2025, 1, 10), day(2025, 1, 10)), 0);
    QCOMPARE(index.countOverlapping(day(2024, 1, 1), day(2026, 1, 1)), 31);
    const QList<int> odd = index.overlapping(1, day(2025, 1, 10), day(2025, 1, 20));
    QCOMPARE(odd.size(), 5);
    for (int i = 0; i < odd.size(); ++i)
        QCOMPARE(index.at(1, odd[i]).id, 11 + 2 * i);
}

void TestEventIndex::spansOverlappingTheWindowStart()
{
    EventIndex index;
    index.build({item(0, 0, day(2024, 12, 1), day(2025, 3, 1)), // winter, spans the window
                 item(1, 0, day(2025, 1, 20), day(2025, 1, 21)), // before the window
                 item(2, 0, day(2025, 2, 3), day(2025, 2, 4)), // inside
                 item(3, 0, day(2025, 1, 1), day(2025, 2, 1)), // January: ends as it starts
                 item(4, 0, day(2025, 1, 25), day(2025, 2, 5)), // crosses the start
                 item(5, 0, day(2020, 1, 1), day(2030, 1, 1)), // a decade
                 item(6, 0, day(2025, 2, 10), day(2025, 2, 11))}, // after
                1);
    const qint64 from = day(2025, 2, 1);
    const qint64 to = day(2025, 2, 10);
    QList<int> ids;
    for (int position : index.overlapping(0, from, to))
        ids.append(index.at(0, position).id);
    // In start order.
    QCOMPARE(ids, (QList<int>{5, 0, 4, 2}));
    QCOMPARE(index.countOverlapping(0, from, to), 4);
    // A limit keeps the first ones.
    QCOMPARE(index.overlapping(0, from, to, 2).size(), 2);
    QCOMPARE(index.at(0, index.overlapping(0, from, to, 2).at(1)).id, 0);
}

void TestEventIndex::overlappingMatchesBruteForce()
{
    const std::vector<TimelineItem> items = randomItems(4000, 3, 7);
    EventIndex index;
    index.build(items, 3);
    quint64 state = 99;
    for (int round = 0; round < 200; ++round) {
        state = state * 6364136223846793005ULL + 1;
        const qint64 from = day(2019, 6, 1) + qint64((state >> 33) % (6 * 365)) * TimeUnits::day;
        const qint64 to = from + qint64(1 + (state >> 20) % 90) * TimeUnits::day / (round % 5 + 1);
        for (int lane = 0; lane < 3; ++lane) {
            QList<qint32> expected;
            std::vector<TimelineItem> inLane;
            std::copy_if(items.cbegin(), items.cend(), std::back_inserter(inLane),
                         [lane](const TimelineItem &i) { return i.lane == lane; });
            std::stable_sort(
                inLane.begin(), inLane.end(),
                [](const TimelineItem &a, const TimelineItem &b) { return a.start < b.start; });
            for (const TimelineItem &i : inLane) {
                if (i.start < to && i.end > from)
                    expected.append(i.id);
            }
            QList<qint32> actual;
            for (int position : index.overlapping(lane, from, to))
                actual.append(index.at(lane, position).id);
            QCOMPARE(actual, expected);
            QCOMPARE(index.countOverlapping(lane, from, to), int(expected.size()));
        }
    }
}

void TestEventIndex::bucketsSumToRange_data()
{
    QTest::addColumn<int>("level");
    // Below the precomputed table (binary search), at it and above (table lookups).
    for (int level : {16, 20, 24, 27, 30, 33, 36, 40})
        QTest::addRow("2^%d ms", level) << level;
}

void TestEventIndex::bucketsSumToRange()
{
    QFETCH(int, level);

    const std::vector<TimelineItem> items = randomItems(20000, 4, 3);
    EventIndex index;
    index.build(items, 4);
    QVERIFY(index.tableLevel() > 16);
    QVERIFY(index.tableLevel() < 40);

    const qint64 size = EventIndex::bucketSize(level);
    for (const auto &[from, to] :
         {std::pair{day(2019, 1, 1), day(2026, 1, 1)}, std::pair{day(2021, 3, 5), day(2021, 9, 17)},
          std::pair{day(2022, 7, 1), day(2022, 7, 2)}}) {
        int total = 0;
        int allLanes = 0;
        for (int lane = 0; lane < 4; ++lane) {
            const QList<EventIndex::Bucket> buckets = index.buckets(lane, from, to, level);
            int sum = 0;
            for (const EventIndex::Bucket &bucket : buckets) {
                QVERIFY(bucket.count > 0);
                QCOMPARE(bucket.end - bucket.start, size);
                QCOMPARE(bucket.count, index.countStarting(lane, bucket.start, bucket.end));
                QCOMPARE(bucket.first, index.lowerBound(lane, bucket.start));
                sum += bucket.count;
            }
            // The buckets cover the window, widened to whole buckets.
            const qint64 first = (from >> level) << level;
            const qint64 last = ((to - 1) >> level << level) + size;
            QCOMPARE(sum, index.countStarting(lane, first, last));
            total += sum;
            allLanes += int(std::count_if(items.cbegin(), items.cend(), [&](const TimelineItem &i) {
                return i.lane == lane && i.start >= first && i.start < last;
            }));
        }
        QCOMPARE(total, allLanes);
    }
}

void TestEventIndex::bucketsAreAligned()
{
    // Buckets sit on absolute multiples of their size, so panning does not regroup events.
    EventIndex index;
    index.build(randomItems(500, 1, 11), 1);
    const int level = 31;
    const QList<EventIndex::Bucket> a = index.buckets(0, day(2021, 1, 1), day(2022, 1, 1), level);
    const QList<EventIndex::Bucket> b
        = index.buckets(0, day(2021, 1, 1) + 12345678, day(2022, 1, 1), level);
    QVERIFY(!a.isEmpty());
    QCOMPARE(a.first().start % EventIndex::bucketSize(level), 0);
    QCOMPARE(a.constLast().start, b.constLast().start);
    QCOMPARE(a.constLast().count, b.constLast().count);
}

void TestEventIndex::levelFor()
{
    QCOMPARE(EventIndex::levelFor(0.5), 0);
    QCOMPARE(EventIndex::levelFor(1), 0);
    QCOMPARE(EventIndex::levelFor(2), 1);
    QCOMPARE(EventIndex::levelFor(3), 2);
    QCOMPARE(EventIndex::levelFor(1024), 10);
    QCOMPARE(EventIndex::levelFor(1025), 11);
    QCOMPARE(EventIndex::levelFor(double(TimeUnits::day)), 27);
}

void TestEventIndex::storyTimeline()
{
    const Result<Story> result = BundledStory::load();
    QVERIFY(result.ok());
    const Story &story = result.value();

    StoryTimeline timeline;
    timeline.build(story, {}, true);
    QCOMPARE(timeline.lanes(), (QStringList{u"industry"_s, u"us-government"_s, u"china"_s}));
    QCOMPARE(timeline.events().size(), story.events.size());
    QCOMPARE(timeline.index().size(), int(story.events.size()));
    QCOMPARE(timeline.storyFirst(), day(2024, 11, 5));
    QCOMPARE(timeline.storyLast(), day(2025, 10, 31));

    // Each event in the lane of its group, with its extent and precision.
    for (int i = 0; i < story.events.size(); ++i) {
        const Event &event = story.events[i];
        const EventIndex::Location where = timeline.index().locate(i);
        QVERIFY(where.isValid());
        QCOMPARE(timeline.lanes().at(where.lane), story.eventGroup(event));
        const TimelineItem &item = timeline.index().at(where.lane, where.position);
        QCOMPARE(item.start, TimeUnits::fromDate(event.start.first()));
        QCOMPARE(item.precision, quint8(event.start.precision()));
        QCOMPARE(item.hasConflict(), story.eventHasConflict(event));
    }
    const auto itemOf = [&](const QString &id) {
        const int i = int(std::find_if(story.events.cbegin(), story.events.cend(),
                                       [&](const Event &e) { return e.id == id; })
                          - story.events.cbegin());
        const EventIndex::Location where = timeline.index().locate(i);
        return timeline.index().at(where.lane, where.position);
    };
    // CES: 7 to 10 January, an explicit span; spring: a season; the sell-off: a conflict.
    QCOMPARE(itemOf(u"ces-2025"_s).end, day(2025, 1, 11));
    QVERIFY(itemOf(u"ces-2025"_s).flags & TimelineItem::HasEnd);
    QCOMPARE(itemOf(u"export-curbs-planned"_s).end, day(2025, 6, 1));
    QVERIFY(itemOf(u"export-curbs-planned"_s).isSpan());
    QVERIFY(!itemOf(u"trump-xi-meeting"_s).isSpan());
    QVERIFY(itemOf(u"deepseek-selloff"_s).hasConflict());

    timeline.build(story, {}, false);
    QCOMPARE(timeline.lanes(), QStringList{QString()});
    QCOMPARE(timeline.index().laneSize(0), int(story.events.size()));
}

void TestEventIndex::storyTimelineFilter()
{
    const Result<Story> result = BundledStory::load();
    QVERIFY(result.ok());
    const Story &story = result.value();

    StoryTimeline timeline;
    timeline.build(story, {u"xi-jinping"_s}, true);
    QCOMPARE(timeline.events().size(), 1);
    QCOMPARE(story.events[timeline.events().first()].id, u"trump-xi-meeting"_s);
    QCOMPARE(timeline.index().size(), 1);
    // The lanes and the story's extent do not move with the filter.
    QCOMPARE(timeline.lanes().size(), 3);
    QCOMPARE(timeline.storyFirst(), day(2024, 11, 5));

    // All of the entities: Huang and Trump together.
    timeline.build(story, {u"jensen-huang"_s, u"donald-trump"_s}, true);
    QVERIFY(!timeline.events().isEmpty());
    for (int i : timeline.events()) {
        const QSet<QString> involved = story.eventEntities(story.events[i]);
        QVERIFY(involved.contains(u"jensen-huang"_s));
        QVERIFY(involved.contains(u"donald-trump"_s));
    }
    QVERIFY(timeline.events().size() < story.events.size());
    QVERIFY(std::is_sorted(timeline.events().cbegin(), timeline.events().cend()));

    // The same events as Story::eventEntities picks, entity by entity.
    for (const Entity &entity : story.entities) {
        timeline.build(story, {entity.id}, true);
        QList<int> expected;
        for (int i = 0; i < story.events.size(); ++i) {
            if (story.eventEntities(story.events[i]).contains(entity.id))
                expected.append(i);
        }
        QCOMPARE(timeline.events(), expected);
        for (int i = 0; i < story.events.size(); ++i)
            QCOMPARE(timeline.passes(i), expected.contains(i));
    }
}

void TestEventIndex::labelLayout()
{
    LabelLayout layout(2, 4);
    QCOMPARE(layout.rows(), 2);
    QCOMPARE(layout.place(0, 100), 0);
    QCOMPARE(layout.place(50, 100), 1); // row 0 is taken at 50
    QCOMPARE(layout.place(104, 10), 0); // just after the first, with the gap
    QCOMPARE(layout.place(110, 100), -1); // both rows taken: no room
    QCOMPARE(layout.place(154, 20), 0); // row 0 is free again after 118
    QCOMPARE(layout.place(300, 50), 0);

    LabelLayout none(0, 4);
    QCOMPARE(none.place(0, 10), -1);
}

void TestEventIndex::labelLayoutReserved()
{
    LabelLayout layout(2, 4);
    layout.reserve(0, 100, 80); // the selected event's label
    QCOMPARE(layout.place(0, 98), 1); // would come within the gap of the reserved label
    QCOMPARE(layout.place(20, 40), 0); // ends before it
    QCOMPARE(layout.place(95, 40), -1); // row 0 is reserved there, row 1 is taken
    QCOMPARE(layout.place(184, 40), 0); // after the reserved label and the gap
}

QTEST_APPLESS_MAIN(TestEventIndex)
#include "tst_eventindex.moc"
