// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story/story.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace storyline::StoryExport {

// The story's events, entities and figures as data for other programs: the JSON documents of
// the command-line contract (offsets in Unicode code points into the article text) and CSV.
// Localized fields carry every language, plus the one asked for as the plain field.

QJsonObject eventsJson(const Story &story, const QString &language);
QJsonObject entitiesJson(const Story &story, const QString &language);
QJsonObject figuresJson(const Story &story, const QString &language);

QByteArray eventsCsv(const Story &story, const QString &language);
QByteArray entitiesCsv(const Story &story, const QString &language);
QByteArray figuresCsv(const Story &story, const QString &language);

// The offset in code points of the UTF-16 offset `utf16Offset` of `text`.
qsizetype codePointOffset(QStringView text, qsizetype utf16Offset);

// Figure value as data: integral values without a decimal part ("5500000000", "17").
QString numberText(double value);

} // namespace storyline::StoryExport
