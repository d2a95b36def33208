// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"
#include "story.h"

#include <QString>

#include <functional>

namespace storyline {

// Loads a story folder (or its story.json) and checks every rule of docs/story-format.md:
// the JSON's shape, ids and references, dates, article paths and encodings, and that every
// quote occurs in its article. Then it completes the story: quote spans, figure values parsed
// from their quotes, figure conflicts, entity mentions, events in date order. The first problem
// found is returned as an error naming the file and where in it; no partial story is returned.
// story.json is read a chunk at a time (JsonStream), never whole: a story of a million events
// opens in a fraction of the memory its QJsonDocument would take.
class StoryReader final
{
public:
    // A larger story.json is refused before it is read (article files have
    // TextDecoder::maxFileSize): a story of 100,000 events is about 95 MiB.
    static constexpr qint64 maxStoryFileSize = qint64(1) << 30;

    // Told how far reading has come, `done` bytes of `total`: story.json's, then the article
    // files' twice (read, then searched for mentions). Both only grow; `total` grows while the
    // articles are found (at the start of a story StoryWriter wrote). Called every chunk or
    // 200 ms at most, once with 0 at the start and once with done == total at the end;
    // returning false cancels, and read() returns a StoryError::Kind::Cancelled error.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    struct Options
    {
        Progress progress; // may be empty
        qint64 chunkSize = qint64(4) << 20; // story.json is read this many bytes at a time
    };

    // `path`: a story folder, its story.json, or a Qt resource path to either.
    static Result<Story> read(const QString &path);
    static Result<Story> read(const QString &path, const Options &options);

    // The same, from story.json's bytes already in memory, with article paths resolved
    // against `folder`; `fileName` is what errors call story.json.
    static Result<Story> read(const QByteArray &json, const QString &folder,
                              const QString &fileName);
    static Result<Story> read(const QByteArray &json, const QString &folder,
                              const QString &fileName, const Options &options);
};

} // namespace storyline
