// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "charttheme.h"

#include "uistyle.h"

namespace storyline {

ChartColors ChartColors::of(ChartTheme theme)
{
    // Okabe–Ito blue and vermillion: apart for the common colour blindnesses. A conflict is
    // also told by its band, bracket and note, never by colour alone.
    ChartColors colors;
    switch (theme) {
    case ChartTheme::Light:
        colors.background = QColor(0xFF, 0xFF, 0xFF);
        colors.text = QColor(0x1A, 0x1A, 0x1A);
        colors.mutedText = QColor(0x55, 0x58, 0x5E);
        colors.grid = QColor(0xDD, 0xDF, 0xE3);
        colors.axis = QColor(0x8A, 0x8D, 0x93);
        colors.bar = QColor(0x00, 0x72, 0xB2);
        colors.conflict = QColor(0xD5, 0x5E, 0x00);
        colors.outline = QColor(0x00, 0x00, 0x00);
        colors.selectionBand = QColor(0x00, 0x72, 0xB2, 0x24);
        break;
    case ChartTheme::Dark:
        colors.background = QColor(0x1F, 0x20, 0x23);
        colors.text = QColor(0xE8, 0xE8, 0xEA);
        colors.mutedText = QColor(0xA9, 0xAC, 0xB2);
        colors.grid = QColor(0x3A, 0x3D, 0x42);
        colors.axis = QColor(0x7A, 0x7E, 0x86);
        colors.bar = UiStyle::figureColor();
        colors.conflict = QColor(0xF0, 0x8A, 0x4B);
        colors.outline = QColor(0xFF, 0xFF, 0xFF);
        colors.selectionBand = QColor(0x56, 0xB4, 0xE9, 0x30);
        break;
    case ChartTheme::Print:
        colors.background = QColor(0xFF, 0xFF, 0xFF);
        colors.text = QColor(0x00, 0x00, 0x00);
        colors.mutedText = QColor(0x33, 0x33, 0x33);
        colors.grid = QColor(0xBB, 0xBB, 0xBB);
        colors.axis = QColor(0x00, 0x00, 0x00);
        colors.bar = QColor(0x00, 0x72, 0xB2);
        colors.conflict = QColor(0xD5, 0x5E, 0x00);
        colors.outline = QColor(0x00, 0x00, 0x00);
        colors.selectionBand = QColor(0x00, 0x00, 0x00, 0x18);
        colors.outlineEveryBar = true;
        break;
    }
    return colors;
}

} // namespace storyline
