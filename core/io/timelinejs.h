// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story/result.h"
#include "story/story.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace storyline::TimelineJs {

// A story's events as a Knight Lab TimelineJS document
// (https://timeline.knightlab.com/docs/json-format.html), and such a document read back.
//
// Each event becomes a slide: "unique_id" (the event id), "start_date" and "end_date" with the
// date parts its precision knows (year; year and month; year, month and day), "text" with the
// title as "headline" and the summary as "text" (HTML-escaped: TimelineJS shows them as HTML),
// "group" (the actor group, the timeline's lane) and, when the first source article has a URL,
// "media" with that URL, the quote as "caption" and the outlet as "credit". TimelineJS has no
// weeks, seasons or quarters: those events get the span of days or months they cover and a
// "display_date". Each slide also carries a "storyline" object (start, end, basis, actors in
// Storyline's own form) that TimelineJS ignores, so a document read back gives the same dates.
// The story's title and description make the "title" slide.

QJsonObject document(const Story &story, const QString &language);
// The document as indented UTF-8 JSON.
QByteArray toJson(const Story &story, const QString &language);

// Reads a TimelineJS document into a story holding its events (id, dates, title and summary in
// `language`; sources are empty: TimelineJS has none) and, from the title slide, the story's
// id, title and description. Without a "storyline" object (or when it no longer matches the
// date parts) the precision is the finest one the date parts give. Slides without a
// "unique_id" get "event-N". Errors name `fileName` with the line and column of the offending
// value.
Result<Story> read(const QByteArray &json, const QString &fileName, const QString &language);
Result<Story> readFile(const QString &path, const QString &language);

} // namespace storyline::TimelineJs
