// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "story/articlebatch.h"
#include "story/bundledstory.h"
#include "story/storyreader.h"
#include "story/storywriter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace storyline;

// Article files joining a story: ids, analysis, new entities, mentions, and a story that reads
// back equal once saved.
class TestArticleBatch : public QObject
{
    Q_OBJECT

private slots:
    void newArticleIds();
    void isArticleFile();
    void unreadableFileIsAnError();
    void repeatedNamesBecomeEntities();
    void knownNamesStayKnown();
    void collidingIdIsRenamed();
    void savedStoryReadsBackEqual();

private:
    static QString fixture(const QString &file)
    {
        return QStringLiteral(STORYLINE_FIXTURES "/articles/") % file;
    }
    static QList<ArticleFindings> analyzeBoth(const Story &story);
};

QList<ArticleFindings> TestArticleBatch::analyzeBoth(const Story &story)
{
    const Analyzer analyzer(story.entities);
    const QStringList ids = ArticleBatch::newArticleIds(story, 2);
    return {ArticleBatch::analyze(fixture(u"fr-computex.txt"_s), ids[0], analyzer),
            ArticleBatch::analyze(fixture(u"en-export-rules.md"_s), ids[1], analyzer)};
}

void TestArticleBatch::newArticleIds()
{
    QCOMPARE(ArticleBatch::newArticleIds(Story(), 2), (QStringList{u"a000"_s, u"a001"_s}));
    const Result<Story> bundled = BundledStory::load();
    QVERIFY(bundled.ok());
    QCOMPARE(ArticleBatch::newArticleIds(bundled.value(), 1), QStringList{u"a005"_s});
    Story odd;
    odd.articles.append(Article{u"a007"_s, {}, {}, {}, {}, {}, {}, {}, {}});
    odd.articles.append(Article{u"guardian"_s, {}, {}, {}, {}, {}, {}, {}, {}});
    QCOMPARE(ArticleBatch::newArticleIds(odd, 1), QStringList{u"a008"_s});
}

void TestArticleBatch::isArticleFile()
{
    for (const QString &name : {u"a.txt"_s, u"b.MD"_s, u"c.markdown"_s, u"d.html"_s, u"e.HTM"_s})
        QVERIFY2(ArticleBatch::isArticleFile(name), qPrintable(name));
    for (const QString &name : {u"story.json"_s, u"a.pdf"_s, u"notes"_s})
        QVERIFY2(!ArticleBatch::isArticleFile(name), qPrintable(name));
}

void TestArticleBatch::unreadableFileIsAnError()
{
    const Analyzer analyzer;
    const ArticleFindings found
        = ArticleBatch::analyze(fixture(u"no-such-file.txt"_s), u"a000"_s, analyzer);
    QVERIFY(found.error.has_value());
    QVERIFY(found.proposals.isEmpty());
    const ArticleAddition addition = ArticleBatch::prepare(Story(), {found});
    QVERIFY(addition.isEmpty());
    QCOMPARE(addition.errors.size(), 1);
    QVERIFY(addition.errors.first().contains(u"no-such-file.txt"_s));
}

void TestArticleBatch::repeatedNamesBecomeEntities()
{
    // A story that knows nobody: names the batch writes twice or more become its entities.
    const QList<ArticleFindings> findings = analyzeBoth(Story());
    const ArticleAddition addition = ArticleBatch::prepare(Story(), findings);
    QCOMPARE(addition.articles.size(), 2);
    QCOMPARE(addition.articles[0].id, u"a000"_s);
    QCOMPARE(addition.articles[0].file, u"articles/a000.txt"_s);
    QCOMPARE(addition.articles[1].file, u"articles/a001.txt"_s);
    QCOMPARE(addition.events.size(), 12);

    const auto entity = [&](const QString &id) -> const Entity * {
        for (const Entity &e : addition.entities) {
            if (e.id == id)
                return &e;
        }
        return nullptr;
    };
    const Entity *lutnick = entity(u"howard-lutnick"_s);
    QVERIFY(lutnick);
    QCOMPARE(lutnick->type, EntityType::Person);
    QCOMPARE(lutnick->name, u"Howard Lutnick"_s);
    QCOMPARE(lutnick->aliases, QStringList{u"Lutnick"_s});
    QVERIFY(entity(u"jensen-huang"_s));
    QVERIFY(entity(u"taipei"_s));
    // "Saudi Arabia" and "Paris" are written once: no entity.
    QVERIFY(!entity(u"saudi-arabia"_s));
    QVERIFY(!entity(u"paris"_s));

    // Mentions of the new entities, the alias too; proposals name them as actors.
    int lutnickMentions = 0;
    for (const Mention &mention : addition.mentions)
        lutnickMentions += mention.entity == u"howard-lutnick"_s;
    QCOMPARE(lutnickMentions, 2);
    const Event &june = addition.events[9];
    QCOMPARE(june.start.toString(), u"2025-06"_s);
    QCOMPARE(june.actors, QStringList{u"howard-lutnick"_s});
}

void TestArticleBatch::knownNamesStayKnown()
{
    const Result<Story> bundled = BundledStory::load();
    QVERIFY(bundled.ok());
    const ArticleAddition addition
        = ArticleBatch::prepare(bundled.value(), analyzeBoth(bundled.value()));
    QCOMPARE(addition.articles[0].id, u"a005"_s);
    for (const Entity &entity : addition.entities) {
        QVERIFY2(!bundled.value().entity(entity.id), qPrintable(entity.id));
        QVERIFY2(entity.name != u"Jensen Huang"_s, "a known person made again");
    }
    // Every mention of the old articles is still found.
    int old = 0;
    for (const Mention &mention : addition.mentions)
        old += bundled.value().article(mention.article) != nullptr;
    QVERIFY(old >= bundled.value().mentions.size());
}

void TestArticleBatch::collidingIdIsRenamed()
{
    // The story gained the batch's id meanwhile (an undone import redone): the next id is used.
    QList<ArticleFindings> findings = analyzeBoth(Story());
    Story story;
    story.articles.append(
        Article{u"a000"_s, u"articles/a000.txt"_s, u"en"_s, {}, {}, {}, {}, {}, u"Text."_s});
    const ArticleAddition addition = ArticleBatch::prepare(story, findings);
    QCOMPARE(addition.articles[0].id, u"a002"_s);
    QCOMPARE(addition.articles[0].file, u"articles/a002.txt"_s);
    QCOMPARE(addition.articles[1].id, u"a001"_s);
    QCOMPARE(addition.events[0].id, u"extracted-a002-1"_s);
    QCOMPARE(addition.events[0].sources[0].article, u"a002"_s);
}

void TestArticleBatch::savedStoryReadsBackEqual()
{
    const Result<Story> bundled = BundledStory::load();
    QVERIFY(bundled.ok());
    Story story = bundled.value();
    ArticleBatch::apply(story, ArticleBatch::prepare(story, analyzeBoth(story)));
    QCOMPARE(story.articles.size(), 7);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto error = StoryWriter::write(story, dir.path());
    QVERIFY2(!error, qPrintable(error ? error->toString() : QString()));
    const Result<Story> read = StoryReader::read(dir.path());
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
    QCOMPARE(read.value().events.size(), story.events.size());
    QCOMPARE(read.value().entities.size(), story.entities.size());
    QCOMPARE(read.value().mentions.size(), story.mentions.size());
    QVERIFY(read.value() == story);
}

QTEST_GUILESS_MAIN(TestArticleBatch)
#include "tst_articlebatch.moc"
