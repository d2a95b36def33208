// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>
#include <QString>

namespace storyline::TimelineColors {

// The colour of an actor group's lane and markers: the Okabe–Ito palette, which stays distinct
// for the common forms of colour blindness (industry bluish green, US government blue, China
// vermillion, other reddish purple; unknown groups sky blue, orange…), lightened a little on
// dark palettes so it keeps its contrast.
QColor group(const QString &key, int index, const QPalette &palette);
// The warning badge of an event whose sources disagree: yellow, which neither palette uses for
// lanes, with dark ink.
QColor conflict();

bool isDark(const QPalette &palette);
QColor mix(const QColor &a, const QColor &b, qreal t);
QColor withAlpha(QColor color, qreal alpha);
// Black or white, whichever reads better on `fill`.
QColor textOn(const QColor &fill);

} // namespace storyline::TimelineColors
