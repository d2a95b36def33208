// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A TimelineJS document's bytes through TimelineJs::read. A document that reads must export
// (TimelineJs::toJson) to one that reads back to the same story.
#include "fuzzcheck.h"

#include "io/timelinejs.h"

using namespace Qt::StringLiterals;
using namespace storyline;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const Result<Story> story
        = TimelineJs::read(fuzz::bytes(data, size), u"timeline.json"_s, u"en"_s);
    if (!story)
        return 0;

    const Result<Story> again
        = TimelineJs::read(TimelineJs::toJson(story.value(), u"en"_s), u"timeline.json"_s, u"en"_s);
    STORYLINE_FUZZ_CHECK(again.ok());
    STORYLINE_FUZZ_CHECK(again.value().events == story.value().events);
    STORYLINE_FUZZ_CHECK(again.value().id == story.value().id);
    STORYLINE_FUZZ_CHECK(again.value().title == story.value().title);
    STORYLINE_FUZZ_CHECK(again.value().description == story.value().description);
    return 0;
}
