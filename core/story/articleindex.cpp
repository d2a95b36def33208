// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleindex.h"

namespace storyline {

ArticleIndex::ArticleIndex(const Story &story)
{
    m_articles.reserve(story.articles.size());
    // Backwards, so that the first of two equal ids wins, as in Story::article.
    for (auto it = story.articles.crbegin(); it != story.articles.crend(); ++it)
        m_articles.insert(it->id, &*it);
}

QStringView ArticleIndex::quote(const Source &source) const
{
    return Story::quoteIn(article(source.article), source);
}

} // namespace storyline
