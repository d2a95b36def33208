// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story/story.h"
#include "text/analyzer.h"

#include <QString>

namespace storyline::TextOutput {

// Human-readable listings for the terminal, in the UI language `language`.
QString events(const Story &story, const QString &language);
QString entities(const Story &story, const QString &language);
QString figures(const Story &story, const QString &language);

// A figure's value as a reader would write it: "2 000 000 000 000 $US", "$5,500,000,000", "17 %".
QString figureValue(double value, const QString &unit, const QString &language);

} // namespace storyline::TextOutput
