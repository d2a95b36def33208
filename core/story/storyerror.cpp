// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storyerror.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace storyline {

QString StoryError::toString() const
{
    if (line > 0)
        return u"%1:%2:%3: %4"_s.arg(file).arg(line).arg(column).arg(message);
    if (byteOffset >= 0) {
        return QCoreApplication::translate("StoryError", "%1: byte %2: %3")
            .arg(file)
            .arg(byteOffset)
            .arg(message);
    }
    return u"%1: %2"_s.arg(file, message);
}

QString errorKindName(StoryError::Kind kind)
{
    using K = StoryError::Kind;
    switch (kind) {
    case K::MalformedJson: return u"malformed-json"_s;
    case K::MissingField: return u"missing-field"_s;
    case K::WrongType: return u"wrong-type"_s;
    case K::UnknownField: return u"unknown-field"_s;
    case K::UnknownFormat: return u"unknown-format"_s;
    case K::UnsupportedVersion: return u"unsupported-version"_s;
    case K::DuplicateId: return u"duplicate-id"_s;
    case K::UnknownReference: return u"unknown-reference"_s;
    case K::QuoteNotFound: return u"quote-not-found"_s;
    case K::NotAFigure: return u"not-a-figure"_s;
    case K::PathOutsideStory: return u"path-outside-story"_s;
    case K::MissingFile: return u"missing-file"_s;
    case K::UnreadableFile: return u"unreadable-file"_s;
    case K::InvalidUtf8: return u"invalid-utf8"_s;
    case K::InvalidDate: return u"invalid-date"_s;
    case K::InvalidPrecision: return u"invalid-precision"_s;
    case K::InvalidBasis: return u"invalid-basis"_s;
    case K::InvalidValue: return u"invalid-value"_s;
    case K::EndBeforeStart: return u"end-before-start"_s;
    case K::Cancelled: return u"cancelled"_s;
    }
    return {};
}

} // namespace storyline
