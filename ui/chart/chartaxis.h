// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace storyline {

// The value axis of a chart panel: where a value goes along it, and its ticks. Linear axes run
// from 0 to a round number at or above the largest value; logarithmic ones over whole decades
// (bars then start at the decade below the smallest value, so the smallest bar still shows).
// Plain arithmetic, tested without a screen; labels are the caller's (NumberFormat).
class ChartAxis final
{
public:
    // `percent`: the axis runs at least to 100 %, so shares read against the whole.
    static ChartAxis linear(double maxValue, int maxTicks, bool percent = false);
    static ChartAxis logarithmic(double minValue, double maxValue, int maxTicks);

    bool isLogarithmic() const { return m_log; }
    // The axis position of `value`, from 0 (the bars' base) to max().
    double position(double value) const;
    double max() const { return m_max; }
    // Tick values, in the values' units (dollars, percent), from the base up.
    QList<double> ticks() const { return m_ticks; }

private:
    bool m_log = false;
    double m_logBase = 0; // log10 of the value at the base of a logarithmic axis
    double m_max = 1;
    QList<double> m_ticks;
};

} // namespace storyline
