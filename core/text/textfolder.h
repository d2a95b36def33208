// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "textspan.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace storyline {

// A text folded for matching, with the way back to the original's offsets.
struct FoldedText
{
    QString text;
    // origin[i] is the offset in the original of the character that gave folded character i;
    // origin has one more entry, the original's length.
    QList<qsizetype> origin;

    TextSpan originalSpan(qsizetype foldedStart, qsizetype foldedEnd) const
    {
        return {origin.at(foldedStart), origin.at(foldedEnd)};
    }
};

// Folding for search and matching: accents dropped (NFD, then nonspacing marks removed, with
// ICU), full Unicode case folding, ligatures opened (œ → oe), typographic apostrophes and
// dashes made plain, and every kind of space made U+0020. "États-Unis" and "etats-unis", "Pékin"
// and "PEKIN" fold alike.
namespace TextFolder {

QString fold(QStringView text);
FoldedText foldWithOrigins(QStringView text);

// Every place `needle` occurs in `haystack` once both are folded, as spans of `haystack`.
QList<TextSpan> findAll(QStringView haystack, QStringView needle);

} // namespace TextFolder

} // namespace storyline
