// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "textspan.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <memory>

namespace storyline {

// Sentences and words with ICU's BreakIterator. Sentences use CLDR's suppressions for the
// language (`fr@ss=standard`) plus our own list (M., Mme, P.-D.G., U.S. …) and initials, so
// "M. Trump" and "Donald J. Trump" do not end a sentence.
// Words are ICU's word segments that hold a letter or a digit; French elisions are split off
// ("d'AMD" gives "d'" and "AMD", "l’Élysée" gives "l’" and "Élysée").
class TextSegmenter final
{
public:
    explicit TextSegmenter(const QString &language);
    ~TextSegmenter();
    TextSegmenter(const TextSegmenter &) = delete;
    TextSegmenter &operator=(const TextSegmenter &) = delete;

    // Sentence spans, trailing whitespace excluded; empty sentences skipped.
    QList<TextSpan> sentences(QStringView text) const;
    // Word spans (no spaces or punctuation), elisions split.
    QList<TextSpan> words(QStringView text) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace storyline
