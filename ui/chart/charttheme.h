// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

namespace storyline {

// How the figures chart is coloured: on a light or a dark screen, or for print (white paper,
// black text, every bar outlined so it survives a grey-scale printer).
enum class ChartTheme { Light, Dark, Print };

struct ChartColors
{
    QColor background;
    QColor text;
    QColor mutedText;
    QColor grid;
    QColor axis;
    QColor bar; // a figure as stated
    QColor conflict; // figures that sources disagree on
    QColor outline; // the current figure's bar
    QColor selectionBand; // behind the current figure's row
    bool outlineEveryBar = false;

    static ChartColors of(ChartTheme theme);
};

} // namespace storyline
