// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace storyline {

// A span of a text, in UTF-16 code units: [start, end).
struct TextSpan
{
    qsizetype start = 0;
    qsizetype end = 0;

    qsizetype length() const { return end - start; }
    bool contains(qsizetype offset) const { return offset >= start && offset < end; }
    friend bool operator==(const TextSpan &, const TextSpan &) = default;
};

} // namespace storyline
