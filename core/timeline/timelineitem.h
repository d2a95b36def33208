// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story/partialdate.h"

#include <QtGlobal>

namespace storyline {

// What the timeline needs of an event, small enough to hold a million: its extent in
// milliseconds (TimeUnits), its lane and group, how finely its date is known and a few flags. `id`
// is the caller's key (the event's index in Story::events).
struct TimelineItem
{
    enum Flag : quint8 {
        HasEnd = 0x1, // an event with an end date: a span
        Conflict = 0x2, // its sources disagree on a figure
        Extracted = 0x4, // proposed from an article's text, not yet accepted (Event::extracted)
    };

    qint64 start = 0; // first millisecond
    qint64 end = 0; // after the last millisecond; greater than start
    qint32 id = 0;
    quint8 lane = 0;
    quint8 group = 0; // the actor group, for its colour, whether lanes are shown or not
    quint8 precision = quint8(Precision::Day);
    quint8 flags = 0;

    bool isSpan() const { return (flags & HasEnd) || precision != quint8(Precision::Day); }
    bool isUncertain() const { return !(flags & HasEnd) && precision != quint8(Precision::Day); }
    bool hasConflict() const { return flags & Conflict; }
    bool isExtracted() const { return flags & Extracted; }
    // Where its marker goes: at its start, or in the middle of a date known only to the week,
    // month, season, quarter or year.
    qint64 anchor() const { return isUncertain() ? start + (end - start) / 2 : start; }
};

} // namespace storyline
