// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story.h"
#include "storyerror.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>

#include <optional>

namespace storyline {

// Writes a story as a story folder that StoryReader reads back to an equal Story. Every file is
// written through QSaveFile: a failed write leaves the file it would replace untouched.
class StoryWriter final
{
public:
    // story.json's bytes: only what the format stores (no computed spans, values or mentions).
    static QByteArray toJson(const Story &story);
    // The same bytes, written to `device` one element at a time (a story of a million events
    // is never all in memory as JSON); false when the device refused a write.
    static bool writeJson(const Story &story, QIODevice &device);

    // Writes story.json and the article files into `folder`, creating it if needed. Nothing on
    // success, else what went wrong.
    static std::optional<StoryError> write(const Story &story, const QString &folder);
};

} // namespace storyline
