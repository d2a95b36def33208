// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "timescale.h"

#include <QLocale>
#include <QString>

namespace storyline::AxisLabels {

// Long labels when there is room ("January", "Tue 7"), short ones otherwise ("Jan", "7").
enum class Form { Long, Short };

// The label of a tick of `level` at `tick`, in the locale's words: "14:00", "7", "Tue 7",
// "Jan", "janvier", "2025".
QString tickLabel(const TickLevel &level, qint64 tick, const QLocale &locale, Form form);

// The label of a major tick, which gives the minor ticks their context: "Tuesday 7 January
// 2025" above hours, "January 2025" above days, "2025" above months, "2020s" above years.
QString majorLabel(const TickLevel &major, qint64 tick, const QLocale &locale, Form form);

// Labels that are as wide as the widest label of `level` can be, for measuring.
QStringList sampleLabels(const TickLevel &level, const QLocale &locale, Form form);

} // namespace storyline::AxisLabels
