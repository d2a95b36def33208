// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace storyline::CommandLine {

// `storyline export-chart --output F.png|.svg|.pdf [--width PX] [--height PX] [--scale N]
//  [--theme light|dark|print] [--story P] [--language en|fr]`
// Draws the figures chart (all of the story's figures) at the size asked, in the format the
// output's extension names. `arguments` as for QCommandLineParser ("storyline export-chart"
// first). Needs a QApplication (Qt Charts draws with Qt Widgets). Returns the exit status.
int runExportChart(const QStringList &arguments);

// `storyline export-timeline --output F.png|.svg|.pdf [--width PX] [--height PX] [--scale N]
//  [--theme light|dark|print] [--from D] [--to D] [--story P] [--language en|fr]`
// Draws the timeline of the whole story, or of the days from --from to --to (any date form
// of the story format), with its title and a caption citing the sources shown.
int runExportTimeline(const QStringList &arguments);

} // namespace storyline::CommandLine
