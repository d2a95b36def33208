// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lanelayout.h"

#include "labeltexts.h"
#include "timeline/eventindex.h"
#include "timeline/labellayout.h"
#include "timeline/timescale.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace storyline {

namespace {

constexpr double markerRadius = TimelineScene::markerRadius;
constexpr double cellPixels = 40; // clustering resolution: buckets 40 to 80 pixels wide
constexpr double labelGap = 10;
constexpr double mergePixels = 24; // an unlabelled event this close to a cluster joins it
constexpr int maximumPinned = 6; // spans that began before the window, per lane
const QString pinnedPrefix = u"◂ "_s;

QString compactCount(int n, const QLocale &locale)
{
    if (n < 1000)
        return locale.toString(n);
    if (n < 10'000)
        return locale.toString(std::floor(n / 100.0) / 10, 'f', 1) % u'k';
    if (n < 1'000'000)
        return locale.toString(n / 1000) % u'k';
    return locale.toString(std::floor(n / 100'000.0) / 10, 'f', 1) % u'M';
}

} // namespace

LaneLayout::LaneLayout(const EventIndex &index, const TimeScale &scale, const Style &style,
                       LabelTexts &texts)
    : m_index(index)
    , m_scale(scale)
    , m_style(style)
    , m_texts(texts)
{
}

void LaneLayout::layout(int lane, qint32 selectedId, TimelineScene &scene)
{
    m_lane = lane;
    m_geometry = scene.lanes.at(lane);
    const EventIndex::Location selected = m_index.locate(selectedId);
    m_selected = selected.lane == lane ? selected.position : -1;

    const double w = m_scale.width();
    const qint64 from = m_scale.toTime(-markerRadius - 1);
    const qint64 to = m_scale.toTime(w + markerRadius + 1);
    std::vector<Entry> entries = collect(from, to);
    placeLabels(entries);
    entries = mergeLoose(std::move(entries));
    addToScene(entries, scene);

    // A dense lane also shows how its events spread, under the clusters.
    const bool dense = std::any_of(entries.cbegin(), entries.cend(),
                                   [](const Entry &entry) { return entry.fromBucket; });
    if (dense) {
        const int fine = EventIndex::levelFor(m_scale.msecsPerPixel() * 4);
        scene.densities.append({lane, m_index.buckets(lane, from, to, fine)});
    }
}

LaneLayout::Entry LaneLayout::single(int position) const
{
    Entry entry;
    entry.x0 = entry.x1 = m_scale.toX(m_index.at(m_lane, position).anchor());
    entry.ranges = {{position, position + 1}};
    entry.selected = position == m_selected;
    return entry;
}

std::vector<LaneLayout::Entry> LaneLayout::collect(qint64 from, qint64 to)
{
    std::vector<Entry> entries;

    // Spans that began before the window and reach into it: a label at the left, and a marker
    // when theirs is in view (the middle of an uncertain date).
    for (int position : m_index.overlapping(m_lane, from, from + 1, maximumPinned)) {
        const TimelineItem &item = m_index.at(m_lane, position);
        if (item.start >= from)
            continue;
        Entry entry = single(position);
        entry.pinned = item.anchor() < from;
        entries.push_back(entry);
    }

    // A bucket opens into its events when there could be room for their labels; those that
    // find none fall back into a cluster later.
    const int openLimit = std::max(3, m_geometry.rows);
    const int level = EventIndex::levelFor(m_scale.msecsPerPixel() * cellPixels);
    bool selectedAdded = false;
    for (const EventIndex::Bucket &bucket : m_index.buckets(m_lane, from, to, level)) {
        const int end = bucket.first + bucket.count;
        const bool holdsSelected = m_selected >= bucket.first && m_selected < end;
        const int count = bucket.count - (holdsSelected ? 1 : 0);
        if (count <= openLimit) {
            for (int position = bucket.first; position < end; ++position) {
                const qint64 start = m_index.at(m_lane, position).start;
                if (start >= from && start < to) {
                    entries.push_back(single(position));
                    selectedAdded = selectedAdded || position == m_selected;
                }
            }
            continue;
        }
        const int first = bucket.first == m_selected ? bucket.first + 1 : bucket.first;
        const int last = end - 1 == m_selected ? end - 2 : end - 1;
        Entry entry;
        entry.cluster = true;
        entry.fromBucket = true;
        entry.x0 = std::max(m_scale.toX(m_index.at(m_lane, first).start), 0.0);
        entry.x1 = std::min(m_scale.toX(m_index.at(m_lane, last).start), m_scale.width());
        entry.cell0 = m_scale.toX(bucket.start);
        entry.cell1 = m_scale.toX(bucket.end);
        entry.ranges = {{bucket.first, end}};
        entry.count = count;
        entries.push_back(entry);
    }
    if (m_selected >= 0 && !selectedAdded) {
        const TimelineItem &item = m_index.at(m_lane, m_selected);
        if (item.start >= from && item.start < to)
            entries.push_back(single(m_selected));
    }
    std::stable_sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.pinned != b.pinned ? a.pinned : a.x0 < b.x0;
    });
    return entries;
}

QRectF LaneLayout::labelBox(const Entry &entry, double width) const
{
    const double height = m_style.rowHeight - 2;
    if (entry.pinned)
        return QRectF(2, 0, width, height);
    // At the right edge the label moves left, as far as its marker.
    const double w = m_scale.width();
    const double x
        = std::max(2.0, std::min(entry.x0 - 3, std::max(w - 2 - width, entry.x0 + 3 - width)));
    return QRectF(x, 0, width, height);
}

void LaneLayout::placeLabels(std::vector<Entry> &entries)
{
    if (m_geometry.rows == 0)
        return;
    LabelLayout rows(m_geometry.rows, labelGap);
    const auto rowTop = [&](int row) { return m_geometry.labelsTop + row * m_style.rowHeight; };
    constexpr double padding = 2 * TimelineScene::labelPadding;

    // The selected event's label first, in bold, on the first row, whatever is there.
    for (Entry &entry : entries) {
        if (!entry.selected)
            continue;
        const QFontMetricsF bold(m_style.selectedFont);
        QString text = (entry.pinned ? pinnedPrefix : QString())
            + m_texts.title(m_index.at(m_lane, entry.first()).id);
        const double limit = std::max(m_texts.longest() * 1.4, 160.0);
        if (bold.horizontalAdvance(text) > limit)
            text = bold.elidedText(text, Qt::ElideRight, limit);
        const QRectF box = labelBox(entry, bold.horizontalAdvance(text) + padding);
        rows.reserve(0, box.left(), box.width());
        entry.labelled = true;
        entry.labelText = text;
        entry.labelRect = box.translated(0, rowTop(0));
    }

    // Then left to right: the full title (up to the long width), else a short one, else none.
    const double prefixWidth = QFontMetricsF(m_style.labelFont).horizontalAdvance(pinnedPrefix);
    for (Entry &entry : entries) {
        if (entry.cluster || entry.selected)
            continue;
        const qint32 id = m_index.at(m_lane, entry.first()).id;
        const double extra = (entry.pinned ? prefixWidth : 0) + padding;
        const double text = std::min(m_texts.titleWidth(id), m_texts.longest());
        QRectF box = labelBox(entry, text + extra);
        int row = rows.place(box.left(), box.width());
        bool isShort = false;
        if (row < 0 && text > m_texts.shortest()) {
            box = labelBox(entry, m_texts.shortest() + extra);
            row = rows.place(box.left(), box.width());
            isShort = true;
        }
        if (row < 0)
            continue;
        entry.labelled = true;
        entry.labelRect = box.translated(0, rowTop(row));
        const QString label = m_texts.label(id, isShort);
        entry.labelText = entry.pinned ? pinnedPrefix + label : label;
    }
}

std::vector<LaneLayout::Entry> LaneLayout::mergeLoose(std::vector<Entry> entries)
{
    // Two buckets' clusters never merge: their counts would pile up into one across the lane.
    std::vector<Entry> merged;
    merged.reserve(entries.size());
    for (Entry &entry : entries) {
        if (entry.isLoose() && !merged.empty()) {
            Entry &previous = merged.back();
            if (previous.isLoose() && entry.x0 - previous.x1 < mergePixels
                && !(previous.fromBucket && entry.fromBucket)) {
                previous.cluster = true;
                previous.fromBucket = previous.fromBucket || entry.fromBucket;
                previous.cell0 = std::min(previous.cell0, entry.cell0);
                previous.cell1 = std::max(previous.cell1, entry.cell1);
                previous.x1 = entry.x1;
                for (const auto &range : entry.ranges)
                    previous.ranges.append(range);
                previous.count += entry.count;
                continue;
            }
        }
        merged.push_back(std::move(entry));
    }
    return merged;
}

void LaneLayout::addCluster(const Entry &entry, TimelineScene &scene)
{
    // A pill over its events' markers, wide enough for its count, within its bucket so that
    // neighbouring buckets' pills do not overlap.
    const QString text = compactCount(entry.count, m_style.locale);
    const double textWidth = QFontMetricsF(m_style.smallFont).horizontalAdvance(text) + 10;
    double left = entry.x0 - markerRadius;
    double right = entry.x1 + markerRadius;
    if (right - left < textWidth) {
        const double middle = (left + right) / 2;
        left = middle - textWidth / 2;
        right = middle + textWidth / 2;
    }
    if (entry.fromBucket && entry.cell1 - entry.cell0 > textWidth + 2) {
        left = std::max(left, entry.cell0 + 1);
        right = std::min(right, entry.cell1 - 1);
        if (right - left < textWidth) {
            left = std::clamp(left, entry.cell0 + 1, entry.cell1 - 1 - textWidth);
            right = left + textWidth;
        }
    }
    constexpr double height = TimelineScene::clusterHeight;
    const QRectF rect(left, m_geometry.markerY - height / 2, right - left, height);
    scene.clusters.append({rect, text, m_geometry.color, m_lane,
                           QList<std::pair<int, int>>(entry.ranges.cbegin(), entry.ranges.cend()),
                           m_selected, entry.count});
}

void LaneLayout::addToScene(const std::vector<Entry> &entries, TimelineScene &scene)
{
    using SpanBar = TimelineScene::SpanBar;
    const double w = m_scale.width();
    const double dayWidth = double(TimeUnits::day) / m_scale.msecsPerPixel();
    const double y = m_geometry.markerY;
    QList<SpanBar> spans;
    for (const Entry &entry : entries) {
        if (entry.cluster) {
            addCluster(entry, scene);
            continue;
        }
        const TimelineItem &item = m_index.at(m_lane, entry.first());
        const QColor color = item.group < m_style.groupColors.size()
            ? m_style.groupColors[item.group]
            : m_style.neutral;
        if (item.isSpan() || dayWidth >= 12) {
            const double x0 = std::max(m_scale.toX(item.start), -20.0);
            const double x1 = std::min(m_scale.toX(item.end), w + 20);
            const SpanBar::Kind kind = item.isUncertain() ? SpanBar::Uncertain
                : (item.flags & TimelineItem::HasEnd)     ? SpanBar::Explicit
                                                          : SpanBar::Day;
            const double h = kind == SpanBar::Explicit ? 7 : 12;
            const QRectF rect(x0, y - h / 2, std::max(1.0, x1 - x0), h);
            spans.append({rect, color, kind, entry.selected, item.isExtracted()});
            if (kind != SpanBar::Day)
                scene.spanHits.append({rect, item.id});
        }
        if (!entry.pinned) {
            const QPointF pos(entry.x0, y);
            scene.markers.append(
                {pos, color, item.id, item.hasConflict(), entry.selected, item.isExtracted()});
            if (pos.x() >= 0 && pos.x() <= w)
                scene.markerPositions.insert(item.id, pos);
        }
        if (entry.labelled) {
            scene.labels.append({entry.labelRect, entry.labelText, item.id, entry.selected,
                                 entry.pinned, entry.x0, y + markerRadius, item.isExtracted()});
        }
    }

    // Spans of one kind and colour that overlap are drawn as one, so a hundred overlapping
    // months do not stack up into an opaque bar over the markers.
    std::stable_sort(spans.begin(), spans.end(), [](const SpanBar &a, const SpanBar &b) {
        if (a.selected != b.selected)
            return b.selected; // the selected one last, on top
        if (a.kind != b.kind)
            return a.kind < b.kind;
        if (a.extracted != b.extracted)
            return b.extracted;
        if (a.color.rgba() != b.color.rgba())
            return a.color.rgba() < b.color.rgba();
        return a.rect.left() < b.rect.left();
    });
    const qsizetype firstOfLane = scene.spans.size();
    for (const SpanBar &span : std::as_const(spans)) {
        if (scene.spans.size() > firstOfLane && !span.selected) {
            SpanBar &last = scene.spans.last();
            if (!last.selected && last.kind == span.kind && last.color == span.color
                && last.extracted == span.extracted && span.rect.left() <= last.rect.right() + 1) {
                last.rect.setRight(std::max(last.rect.right(), span.rect.right()));
                continue;
            }
        }
        scene.spans.append(span);
    }
}

} // namespace storyline
