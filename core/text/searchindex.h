// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story/story.h"
#include "textspan.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringView>

#include <atomic>
#include <chrono>
#include <vector>

namespace storyline {

// An index for finding text across all of a story's articles, as TextFolder::findAll finds it
// in one (accents, case, ligatures and kinds of space folded with ICU), without reading every
// article for every query.
//
// The index holds the folded vocabulary (every run of letters and digits, once) and, for each
// word, which articles hold it and how often (delta- and varint-coded). A query that is one run
// of letters or digits is answered from the index alone, counts included: every vocabulary word
// that contains it, weighted by how often it occurs in each. Other queries ("Jensen Huang",
// "$2") use the index to find the articles that can hold them, then check only those. Only the
// matches of the first page are placed in their articles' text.
//
// Building reads every article once, on all cores. The index keeps a (shared, copy-on-write)
// copy of the article list it was built from, so later edits to the story never make it point
// at text that has changed: rebuild it when the articles change.
class SearchIndex final
{
public:
    struct Match
    {
        int article = -1; // index in the article list
        TextSpan span; // in the article's text
    };

    struct Answer
    {
        QList<Match> matches; // the first matches (up to the limit), in article then text order
        qint64 matchCount = 0; // every match, when complete; else the ones counted so far
        int articleCount = 0; // the articles with a match (same caveat)
        bool complete = true; // false: the time budget ran out before every article was checked
    };

    SearchIndex() = default;
    // `cancelled` (optional) is polled while building: when it turns true, the index stays empty.
    explicit SearchIndex(const QList<Article> &articles,
                         const std::atomic_bool *cancelled = nullptr);

    // Finds `query` (folded and trimmed like TextFolder::findAll does). `limit`: how many
    // matches to place. `budget`: how long checking candidate articles may take (only queries
    // that are not a single word need it); zero or negative means no limit. `cancelled`, when
    // it turns true, stops the search early (the answer is then incomplete).
    Answer find(QStringView query, int limit,
                std::chrono::milliseconds budget = std::chrono::milliseconds(0),
                const std::atomic_bool *cancelled = nullptr) const;

    // The articles as they were when the index was built (Match::article indexes them).
    const QList<Article> &articles() const { return m_articles; }
    int articleCount() const { return int(m_articles.size()); }
    qsizetype wordCount() const { return qsizetype(m_wordStarts.size()); }
    // Bytes the index holds (vocabulary, postings and their offsets).
    qsizetype memoryUsage() const;

private:
    // Every word holding `piece`: word index and how many times (without overlap) it holds it.
    // `where`: anywhere, at the word's end, at its start, or the whole word.
    enum class Anchor { Anywhere, End, Start, Whole };
    std::vector<std::pair<qsizetype, int>> wordsContaining(QStringView piece, Anchor where) const;
    // Per article, the weighted sum of the words' counts (0 where none).
    std::vector<qint64> articleCounts(const std::vector<std::pair<qsizetype, int>> &words) const;

    QList<Article> m_articles;
    QString m_vocabulary; // the folded words, each followed by '\n'
    std::vector<qsizetype> m_wordStarts; // where each word starts in m_vocabulary
    QByteArray m_postings; // per word: (article delta, count) pairs as varints
    std::vector<qsizetype> m_postingStarts; // per word, and one past the last
};

} // namespace storyline
