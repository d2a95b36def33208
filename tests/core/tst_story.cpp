// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "story/articleindex.h"
#include "story/story.h"

#include "syntheticstory.h"

#include <QTest>

#include <algorithm>
#include <random>
#include <tuple>

using namespace Qt::StringLiterals;
using namespace storyline;

class TestStory : public QObject
{
    Q_OBJECT

private slots:
    void sortEventsPutsEveryEventInPlace_data();
    void sortEventsPutsEveryEventInPlace();
    void quoteIsTheArticlesText();
    void articleIndexAnswersAsTheStory();
};

void TestStory::sortEventsPutsEveryEventInPlace_data()
{
    QTest::addColumn<int>("seed");
    QTest::addColumn<int>("count");
    QTest::addRow("empty") << 1 << 0;
    QTest::addRow("one") << 1 << 1;
    QTest::addRow("sorted already") << 0 << 500;
    QTest::addRow("shuffled") << 7 << 500;
    QTest::addRow("reversed") << -1 << 500;
}

void TestStory::sortEventsPutsEveryEventInPlace()
{
    QFETCH(int, seed);
    QFETCH(int, count);
    Story story = SyntheticStory::story({.events = count, .articles = 10});
    // Equal dates keep their ids' order; make some ties.
    for (qsizetype i = 0; i + 1 < story.events.size(); i += 7)
        story.events[i + 1].start = story.events[i].start;
    if (seed > 0)
        std::shuffle(story.events.begin(), story.events.end(), std::mt19937(quint32(seed)));
    else if (seed < 0)
        std::reverse(story.events.begin(), story.events.end());

    QList<Event> expected = story.events;
    std::stable_sort(expected.begin(), expected.end(), [](const Event &a, const Event &b) {
        const QDate aEnd = a.end ? a.end->last() : a.start.last();
        const QDate bEnd = b.end ? b.end->last() : b.start.last();
        return std::make_tuple(a.start.first(), aEnd, a.id)
            < std::make_tuple(b.start.first(), bEnd, b.id);
    });
    story.sortEvents();
    QCOMPARE(story.events.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        QVERIFY2(story.events[i] == expected[i], qPrintable(QString::number(i)));
}

void TestStory::quoteIsTheArticlesText()
{
    Story story;
    Article article;
    article.id = u"a"_s;
    article.text = u"Nvidia a perdu 17 % 😀 lundi."_s;
    story.articles.append(article);
    QCOMPARE(story.quote({u"a"_s, {15, 19}}), u"17 %"_s);
    QCOMPARE(story.quote({u"a"_s, {15, 22}}), u"17 % 😀"_s);
    // No such article, or a span outside it: no text, never a crash.
    QVERIFY(story.quote({u"b"_s, {0, 3}}).isEmpty());
    QVERIFY(story.quote({u"a"_s, {20, 500}}).isEmpty());
    QVERIFY(story.quote({u"a"_s, {-1, 2}}).isEmpty());
    QVERIFY(story.quote({u"a"_s, {5, 2}}).isEmpty());
}

void TestStory::articleIndexAnswersAsTheStory()
{
    Story story = SyntheticStory::story({.events = 200, .articles = 30});
    // Two articles with one id (a story being edited): the first is the one, as in the story.
    Article twin = story.articles[3];
    twin.text = u"Another text."_s;
    story.articles.append(twin);
    const ArticleIndex index(story);
    for (const Article &article : std::as_const(story.articles))
        QCOMPARE(index.article(article.id), story.article(article.id));
    QCOMPARE(index.article(twin.id), &story.articles[3]);
    QCOMPARE(index.article(u"no-such-article"), nullptr);
    for (const Event &event : std::as_const(story.events)) {
        for (const Source &source : event.sources) {
            QVERIFY(!index.quote(source).isEmpty());
            QCOMPARE(index.quote(source), story.quote(source));
        }
    }
}

QTEST_GUILESS_MAIN(TestStory)
#include "tst_story.moc"
