// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace storyline::Gui {

// Runs the window: `storyline [PATH | ARTICLE…] [--event ID] [--screenshot FILE.png
// [--size WxH]]`; article files (.txt, .md, .html) make a new story.
// Needs a QApplication. Returns the exit status.
int run(const QStringList &arguments);

} // namespace storyline::Gui
