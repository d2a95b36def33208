// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace storyline {

struct Story;

// The story's data for other programs, as the command line gives it: events, entities and
// figures as CSV or JSON, and the events as a TimelineJS document.
namespace DataExport {

enum class Kind { Events, Entities, Figures };
enum class Format { Csv, Json, TimelineJs };

// Whether `format` exists for `kind` (TimelineJS holds events only).
bool supports(Kind kind, Format format);
// The document; empty when the format does not exist for the kind.
QByteArray document(const Story &story, Kind kind, Format format, const QString &language);
// "csv", "json"; TimelineJS documents are JSON too.
QString suffix(Format format);
// A file name to offer: "<story>-events.csv", "<story>-timelinejs.json".
QString fileName(const Story &story, Kind kind, Format format);

} // namespace DataExport

} // namespace storyline
