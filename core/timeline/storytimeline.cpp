// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storytimeline.h"

#include "story/story.h"
#include "timescale.h"

#include <QHash>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace storyline {

namespace {

// Lanes in this order first, then any other group alphabetically, then "other".
const QStringList knownGroups = {u"industry"_s, u"us-government"_s, u"china"_s};
const QString otherGroup = u"other"_s;

int groupRank(const QString &group)
{
    const int known = int(knownGroups.indexOf(group));
    if (known >= 0)
        return known;
    return group == otherGroup ? 2 * int(knownGroups.size()) : int(knownGroups.size());
}

} // namespace

qint64 StoryTimeline::eventStart(const Event &event)
{
    return TimeUnits::fromDate(event.start.first());
}

qint64 StoryTimeline::eventEnd(const Event &event)
{
    const QDate last = event.end ? event.end->last() : event.start.last();
    return TimeUnits::fromDate(last.addDays(1));
}

bool StoryTimeline::passes(int eventIndex) const
{
    return eventIndex >= 0 && eventIndex < m_passes.size() && m_passes[eventIndex];
}

void StoryTimeline::build(const Story &story, const QStringList &entities, bool lanes)
{
    const qsizetype count = story.events.size();

    // Each event's group as a number (a string per event was 24 MB at a million events).
    QHash<QString, int> groupIds;
    std::vector<int> eventGroups(static_cast<size_t>(count));
    m_groups.clear();
    for (qsizetype i = 0; i < count; ++i) {
        const QString group = story.eventGroup(story.events[i]);
        auto found = groupIds.constFind(group);
        if (found == groupIds.cend()) {
            found = groupIds.insert(group, int(m_groups.size()));
            m_groups.append(group);
        }
        eventGroups[size_t(i)] = found.value();
    }
    const QStringList firstSeen = m_groups;
    std::sort(m_groups.begin(), m_groups.end(), [](const QString &a, const QString &b) {
        const int rankA = groupRank(a);
        const int rankB = groupRank(b);
        return rankA != rankB ? rankA < rankB : a < b;
    });
    // Items keep their group in a byte: a story with more groups shares the last lane.
    while (m_groups.size() > 255)
        m_groups.removeAt(m_groups.size() - 2);
    m_lanes = lanes ? m_groups : QStringList{QString()};
    // Where each group went once sorted (-1: merged into the last lane).
    std::vector<qsizetype> laneOf(static_cast<size_t>(firstSeen.size()));
    for (qsizetype k = 0; k < firstSeen.size(); ++k)
        laneOf[size_t(k)] = m_groups.indexOf(firstSeen[k]);

    // Mentions by article, in text order, so each event's entities cost a few lookups rather
    // than a pass over every mention of the story (Story::eventEntities, at scale).
    QHash<QString, QList<const Mention *>> mentionsByArticle;
    if (!entities.isEmpty()) {
        for (const Mention &mention : story.mentions)
            mentionsByArticle[mention.article].append(&mention);
        for (QList<const Mention *> &mentions : mentionsByArticle) {
            std::stable_sort(
                mentions.begin(), mentions.end(),
                [](const Mention *a, const Mention *b) { return a->span.start < b->span.start; });
        }
    }
    const auto involvesAll = [&](const Event &event) {
        QSet<QString> involved(event.actors.cbegin(), event.actors.cend());
        for (const Source &source : event.sources) {
            const QList<const Mention *> mentions = mentionsByArticle.value(source.article);
            auto it = std::lower_bound(
                mentions.cbegin(), mentions.cend(), source.span.start,
                [](const Mention *m, qsizetype start) { return m->span.start < start; });
            for (; it != mentions.cend() && (*it)->span.start < source.span.end; ++it) {
                if ((*it)->span.end <= source.span.end)
                    involved.insert((*it)->entity);
            }
        }
        return std::all_of(entities.cbegin(), entities.cend(),
                           [&](const QString &id) { return involved.contains(id); });
    };

    // Events with a disagreeing figure, in one pass (Story::eventHasConflict, at scale).
    QSet<QString> conflicting;
    for (const Figure &figure : story.figures) {
        if (!figure.event.isEmpty() && !figure.conflictsWith.isEmpty())
            conflicting.insert(figure.event);
    }

    m_events.clear();
    m_passes.fill(false, count);
    m_storyFirst = 0;
    m_storyLast = 0;
    std::vector<TimelineItem> items;
    items.reserve(size_t(count));
    for (qsizetype i = 0; i < count; ++i) {
        const Event &event = story.events[i];
        TimelineItem item;
        item.start = eventStart(event);
        item.end = eventEnd(event);
        m_storyFirst = i == 0 ? item.start : std::min(m_storyFirst, item.start);
        m_storyLast = i == 0 ? item.end : std::max(m_storyLast, item.end);
        if (!entities.isEmpty() && !involvesAll(event))
            continue;
        m_passes[i] = true;
        m_events.append(int(i));
        item.id = qint32(i);
        const qsizetype group = laneOf[size_t(eventGroups[size_t(i)])];
        item.group = quint8(group >= 0 ? group : m_groups.size() - 1);
        item.lane = lanes ? item.group : 0;
        item.precision = quint8(event.start.precision());
        if (event.end)
            item.flags |= TimelineItem::HasEnd;
        if (conflicting.contains(event.id))
            item.flags |= TimelineItem::Conflict;
        if (event.extracted)
            item.flags |= TimelineItem::Extracted;
        items.push_back(item);
    }
    m_index.build(std::move(items), int(m_lanes.size()));
}

} // namespace storyline
