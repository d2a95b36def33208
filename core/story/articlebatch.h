// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story.h"
#include "storyerror.h"
#include "text/analyzer.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace storyline {

// One article file as a worker thread leaves it: imported, analysed, its events proposed.
struct ArticleFindings
{
    QString path; // the file, as given
    std::optional<StoryError> error; // it could not be imported; nothing below is set
    Article article; // with its id in the story and its file as the story will save it
    QString encoding; // what its bytes were decoded from
    QList<Event> proposals; // EventProposer's, with the known entities as actors
    QList<EntityMatch> names; // the names the story does not know (no gazetteer id)
};

// What a batch of articles adds to a story: the articles, the entities the batch names often
// enough, the proposed events, and every mention of the story found again with the new entities.
struct ArticleAddition
{
    QList<Article> articles;
    QList<Entity> entities;
    QList<Event> events;
    QList<Mention> mentions; // of the whole story once the addition is made
    QStringList errors; // one line per file that could not be imported

    bool isEmpty() const { return articles.isEmpty(); }
};

// Adding article files to a story in three steps: ids on the UI thread (newArticleIds), the
// heavy reading and analysis on worker threads (analyze: one Analyzer per thread, as it is not
// thread-safe), then the merge (prepare, which any thread may run on a copy of the story) that
// apply() makes real. The result is what StoryReader gives back once the story is saved.
class ArticleBatch final
{
public:
    // An unknown name becomes an entity when the batch writes it this often.
    static constexpr int newEntityMentions = 2;

    // Ids for `count` new articles: "a000", "a001"…, after the highest the story has.
    static QStringList newArticleIds(const Story &story, qsizetype count);
    // Whether `path` names a file Storyline imports as an article (.txt, .md, .markdown,
    // .html, .htm), by its extension.
    static bool isArticleFile(const QString &path);

    // Imports `path` as the article `id` (saved as articles/<id>.txt), analyses it with
    // `analyzer` (which knows the story's entities) and proposes its events.
    static ArticleFindings analyze(const QString &path, const QString &id,
                                   const Analyzer &analyzer);

    // The addition `findings` make to `story`: new entities for the unknown names written at
    // least newEntityMentions times (typed by the name finder, their other spellings as
    // aliases), the mentions of every article with them, and the proposals' actors (every
    // entity their sentence mentions).
    static ArticleAddition prepare(const Story &story, const QList<ArticleFindings> &findings);

    // Adds it to `story`, which may differ from the one it was prepared for in its events only.
    static void apply(Story &story, const ArticleAddition &addition);

    // Every mention of the story's entities in its articles, as StoryReader finds them.
    static QList<Mention> findMentions(const QList<Article> &articles,
                                       const QList<Entity> &entities);
};

} // namespace storyline
