// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eventindex.h"

#include <QList>
#include <QStringList>

namespace storyline {

struct Story;
struct Event;

// A story as the timeline sees it: the events that pass the entity filter, filed by actor group
// (one lane per group that has events: industry, US government, China, then any other group,
// then "other") in an EventIndex whose item ids are indexes into Story::events.
class StoryTimeline final
{
public:
    // `entities`: keep only the events that involve all of them (as Story::eventEntities has
    // it, at a cost that grows with the events rather than events × mentions).
    // `lanes` false: one lane, whose key is empty.
    void build(const Story &story, const QStringList &entities, bool lanes);

    const EventIndex &index() const { return m_index; }
    // The actor groups that have events, in display order (TimelineItem::group indexes it).
    const QStringList &groups() const { return m_groups; }
    // The lanes' group keys: the groups, or one empty key when lanes are off.
    const QStringList &lanes() const { return m_lanes; }
    // Indexes into Story::events of the events that pass the filter, in story (date) order.
    const QList<int> &events() const { return m_events; }
    bool passes(int eventIndex) const;

    // The extent of the whole story, filter or not (0 when it has no events).
    qint64 storyFirst() const { return m_storyFirst; }
    qint64 storyLast() const { return m_storyLast; }

    // The event's extent on the timeline: from its first day to the end of its last.
    static qint64 eventStart(const Event &event);
    static qint64 eventEnd(const Event &event);

private:
    EventIndex m_index;
    QStringList m_groups;
    QStringList m_lanes;
    QList<int> m_events;
    QList<bool> m_passes;
    qint64 m_storyFirst = 0;
    qint64 m_storyLast = 0;
};

} // namespace storyline
