// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace storyline {

// Stacks event labels in rows under their markers so that none overlap: labels are offered
// from left to right and each takes the lowest row that is free where it starts (greedy
// interval packing), or none. A few labels may be reserved beforehand anywhere (the selected
// event's); the others make way for them.
class LabelLayout final
{
public:
    // `gap`: the room kept between two labels of a row.
    LabelLayout(int rows, double gap);

    int rows() const { return int(m_rowEnds.size()); }

    // Takes [x, x + width) of row `row`, whatever is there.
    void reserve(int row, double x, double width);
    // The lowest row where [x, x + width) is free, now taken; -1 when there is none. Calls must
    // come in increasing x.
    int place(double x, double width);

private:
    struct Box
    {
        int row;
        double left;
        double right;
    };

    QList<double> m_rowEnds; // per row, where the next label may start
    QList<Box> m_reserved;
    double m_gap;
};

} // namespace storyline
