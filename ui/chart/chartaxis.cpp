// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartaxis.h"

#include <algorithm>
#include <cmath>

namespace storyline {

namespace {

// The smallest of 1, 2, 2.5 and 5 times a power of ten that cuts `range` in at most `maxTicks`.
double niceStep(double range, int maxTicks)
{
    const double raw = range / std::max(1, maxTicks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double factor : {1.0, 2.0, 2.5, 5.0}) {
        if (factor * magnitude >= raw * (1 - 1e-9))
            return factor * magnitude;
    }
    return 10 * magnitude;
}

} // namespace

ChartAxis ChartAxis::linear(double maxValue, int maxTicks, bool percent)
{
    ChartAxis axis;
    double top = maxValue > 0 ? maxValue : 1;
    if (percent)
        top = std::max(top, 100.0);
    const double step = niceStep(top, std::max(1, maxTicks));
    const int steps = int(std::ceil(top / step - 1e-9));
    axis.m_max = steps * step;
    for (int k = 0; k <= steps; ++k)
        axis.m_ticks.append(k * step);
    return axis;
}

ChartAxis ChartAxis::logarithmic(double minValue, double maxValue, int maxTicks)
{
    if (minValue <= 0 || maxValue <= 0)
        return linear(maxValue, maxTicks);
    ChartAxis axis;
    axis.m_log = true;
    const double low = std::log10(std::min(minValue, maxValue));
    axis.m_logBase = std::floor(low);
    if (low - axis.m_logBase < 0.3) // a bar a tenth of a decade long would hardly show
        axis.m_logBase -= 1;
    const int decades
        = std::max(1, int(std::ceil(std::log10(maxValue) - 1e-9)) - int(axis.m_logBase));
    const int step = std::max(1, int(std::ceil(double(decades) / std::max(1, maxTicks))));
    const int steps = (decades + step - 1) / step;
    axis.m_max = steps * step;
    for (int k = 0; k <= steps; ++k)
        axis.m_ticks.append(std::pow(10.0, axis.m_logBase + k * step));
    return axis;
}

double ChartAxis::position(double value) const
{
    if (!m_log)
        return value;
    return value > 0 ? std::max(0.0, std::log10(value) - m_logBase) : 0.0;
}

} // namespace storyline
