// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "labellayout.h"

#include <algorithm>
#include <limits>

namespace storyline {

LabelLayout::LabelLayout(int rows, double gap)
    : m_rowEnds(std::max(0, rows), -std::numeric_limits<double>::infinity())
    , m_gap(gap)
{
}

void LabelLayout::reserve(int row, double x, double width)
{
    if (row >= 0 && row < rows())
        m_reserved.append({row, x, x + width});
}

int LabelLayout::place(double x, double width)
{
    const double right = x + width;
    for (int row = 0; row < rows(); ++row) {
        if (m_rowEnds[row] > x)
            continue;
        const bool meetsReserved
            = std::any_of(m_reserved.cbegin(), m_reserved.cend(), [&](const Box &box) {
                  return box.row == row && x < box.right + m_gap && box.left < right + m_gap;
              });
        if (meetsReserved)
            continue;
        m_rowEnds[row] = right + m_gap;
        return row;
    }
    return -1;
}

} // namespace storyline
