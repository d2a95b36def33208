// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story.h"

#include <QHash>
#include <QStringView>

namespace storyline {

// A story's articles by id, for code that looks many up (a save, an export, a chart's list of
// sources): Story::article walks the list, which a million sources cannot afford. It points
// into the story, which must outlive it unchanged.
class ArticleIndex final
{
public:
    explicit ArticleIndex(const Story &story);

    // The first article with that id, as Story::article; null when there is none.
    const Article *article(QStringView id) const { return m_articles.value(id); }
    // The text of a source's quote, as Story::quote.
    QStringView quote(const Source &source) const;

private:
    QHash<QStringView, const Article *> m_articles;
};

} // namespace storyline
