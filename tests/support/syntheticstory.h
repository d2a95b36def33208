// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story/story.h"
#include "timeline/timelineitem.h"

#include <QDate>

#include <optional>
#include <vector>

namespace storyline::SyntheticStory {

// What to generate. The same options (seed included) give the same result on every platform:
// the generator uses its own random numbers, not <random>'s distributions.
struct Options
{
    int events = 1000;
    int articles = 100; // for story() and writeStory()
    int lanes = 4; // for timelineItems(); story() uses the four actor groups
    quint64 seed = 1;
    QDate first = QDate(1995, 1, 1);
    QDate last = QDate(2025, 12, 31);
};

// Lightweight timeline items (ids 0..events-1), as many as a benchmark wants: most are days
// (stamped with a minute of the day), some weeks, months, seasons, quarters and years, some
// have an end date, a few conflict; a third of them fall in bursts around busy dates, like
// news.
std::vector<TimelineItem> timelineItems(const Options &options);

// A title for item `id` of a story generated with `seed`: a few words, of varied lengths.
QString title(int id, quint64 seed = 1);

// A whole Story: entities in the four actor groups, articles in French and English whose text
// holds every quote (spans set), events in date order with actors and sources, mentions of the
// actors in the quotes, periods, and money figures of which some pairs disagree.
Story story(const Options &options);

// Writes a story folder straight to disk (story.json, laid out as StoryWriter lays it out, and
// articles/*.txt), building no Story: a million events take seconds and little memory. The
// same design as story(), but lean events, like a large event database's: a title in the
// language of its first source's article, a summary on one event in ten, one to three actors,
// one source (three in ten have two) quoting the sentence written into its article. Nothing on
// success, else what went wrong.
std::optional<QString> writeStory(const QString &folder, const Options &options);

} // namespace storyline::SyntheticStory
