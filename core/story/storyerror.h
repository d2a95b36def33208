// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace storyline {

// Why a story (or an input file) could not be read, and where.
struct StoryError
{
    enum class Kind {
        MalformedJson,
        MissingField,
        WrongType,
        UnknownField,
        UnknownFormat,
        UnsupportedVersion,
        DuplicateId,
        UnknownReference,
        QuoteNotFound,
        NotAFigure,
        PathOutsideStory,
        MissingFile,
        UnreadableFile,
        InvalidUtf8,
        InvalidDate,
        InvalidPrecision,
        InvalidBasis,
        InvalidValue,
        EndBeforeStart,
        Cancelled, // the user stopped the reading
    };

    Kind kind = Kind::MalformedJson;
    QString file; // the file as the user named it
    int line = 0; // 1-based; 0 when the error has no line
    int column = 0; // 1-based, in characters; 0 when the error has no column
    qsizetype byteOffset = -1; // for byte-level errors (invalid UTF-8), else -1
    QString message; // translated, without the location

    // "file:line:column: message", "file: byte N: message" or "file: message".
    QString toString() const;

    friend bool operator==(const StoryError &, const StoryError &) = default;
};

// A stable machine name for a kind ("malformed-json"), used in tests and fixtures.
QString errorKindName(StoryError::Kind kind);

} // namespace storyline
