// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dataexport.h"

#include "io/storyexport.h"
#include "io/timelinejs.h"
#include "story/story.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace storyline::DataExport {

bool supports(Kind kind, Format format)
{
    return format != Format::TimelineJs || kind == Kind::Events;
}

QByteArray document(const Story &story, Kind kind, Format format, const QString &language)
{
    if (!supports(kind, format))
        return {};
    if (format == Format::TimelineJs)
        return TimelineJs::toJson(story, language);
    const bool csv = format == Format::Csv;
    switch (kind) {
    case Kind::Events:
        return csv ? StoryExport::eventsCsv(story, language)
                   : QJsonDocument(StoryExport::eventsJson(story, language)).toJson();
    case Kind::Entities:
        return csv ? StoryExport::entitiesCsv(story, language)
                   : QJsonDocument(StoryExport::entitiesJson(story, language)).toJson();
    case Kind::Figures:
        return csv ? StoryExport::figuresCsv(story, language)
                   : QJsonDocument(StoryExport::figuresJson(story, language)).toJson();
    }
    return {};
}

QString suffix(Format format)
{
    return format == Format::Csv ? u"csv"_s : u"json"_s;
}

QString fileName(const Story &story, Kind kind, Format format)
{
    const QString base = story.id.isEmpty() ? u"story"_s : story.id;
    const QString what = kind == Kind::Events ? u"events"_s
        : kind == Kind::Entities              ? u"entities"_s
                                              : u"figures"_s;
    if (format == Format::TimelineJs)
        return base % u"-timelinejs.json"_s;
    return base % u'-' % what % u'.' % suffix(format);
}

} // namespace storyline::DataExport
