// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntheticstory.h"

#include "story/bundledstory.h"
#include "text/searchindex.h"
#include "text/textfolder.h"

#include <QTest>

#include <climits>

using namespace Qt::StringLiterals;
using namespace storyline;

// The index must find exactly what reading every article with TextFolder::findAll finds: same
// matches, same order, same counts, for every kind of query.
class TestSearchIndex : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesReadingEveryArticle_data();
    void matchesReadingEveryArticle();
    void firstPageOnly();
    void emptyQueriesFindNothing();
    void cancelledSearchIsIncomplete();
    void cancelledBuildLeavesAnEmptyIndex();
    void postingsAreCompact();

private:
    QList<Article> m_articles;
};

void TestSearchIndex::initTestCase()
{
    const Result<Story> bundled = BundledStory::load();
    QVERIFY(bundled);
    m_articles = bundled.value().articles;
    SyntheticStory::Options options;
    options.events = 3000;
    options.articles = 300;
    m_articles += SyntheticStory::story(options).articles;
    // Odd text: ligatures, sharp s, a run of the same letters, emoji and supplementary-plane
    // characters next to words, Chinese without spaces, right-to-left script, zero-width and
    // bidirectional controls, every kind of space.
    const QStringList odd = {
        u"Œuvre cœur STRASSE straße aaaaaa baaab"_s,
        u"👩‍💻Nvidia👍 et 𝐇𝟐𝟎 puis Nvidia…"_s,
        u"英伟达在中国销售H20芯片。英伟达股价下跌17%。"_s,
        u"شركة إنفيديا Nvidia בעברית"_s,
        u"Nvi\u200Bdia \u202Eaidivn\u202C Jensen\u00A0Huang Jensen  Huang"_s,
        u"$2 trillion, $2\u202Ftrillion; près de 1 000 milliards de dollars"_s,
    };
    for (qsizetype i = 0; i < odd.size(); ++i) {
        Article article;
        article.id = u"odd%1"_s.arg(i);
        article.text = odd.at(i);
        m_articles.append(article);
    }
}

void TestSearchIndex::matchesReadingEveryArticle_data()
{
    QTest::addColumn<QString>("query");
    const QStringList queries = {
        u"Nvidia"_s,
        u"NVIDIA"_s,
        u"nvid"_s,
        u"vidi"_s,
        u"a"_s,
        u"e"_s,
        u"17"_s,
        u"H20"_s,
        u"h20"_s,
        u"trump"_s,
        u"Donald Trump"_s,
        u"Jensen Huang"_s,
        u"Jensen  Huang"_s,
        u"etats-unis"_s,
        u"États-Unis"_s,
        u"Pékin"_s,
        u"pekin"_s,
        u"oeuvre"_s,
        u"Œ"_s,
        u"strasse"_s,
        u"ss"_s,
        u"aa"_s,
        u"aaa"_s,
        u"baa"_s,
        u"$2"_s,
        u"$"_s,
        u"%"_s,
        u"2 trillion"_s,
        u"1 000"_s,
        u"milliards de dollars"_s,
        u"de la"_s,
        u"l'"_s,
        u"l’administration"_s,
        u"d'AMD"_s,
        u"17 %"_s,
        u"英伟达"_s,
        u"伟"_s,
        u"👍"_s,
        u"Nvidia👍"_s,
        u"𝐇"_s,
        u"إنفيديا"_s,
        u"בעברית"_s,
        u"ia et"_s,
        u" Nvidia "_s,
        u"sanctions sur"_s,
        u"zzzz"_s,
        u"., "_s,
        u"…"_s,
    };
    for (const QString &query : queries)
        QTest::addRow("%s", qPrintable(query)) << query;
}

void TestSearchIndex::matchesReadingEveryArticle()
{
    QFETCH(QString, query);
    const SearchIndex index(m_articles);
    QCOMPARE(index.articleCount(), m_articles.size());

    QList<SearchIndex::Match> expected;
    int articles = 0;
    for (qsizetype i = 0; i < m_articles.size(); ++i) {
        const QList<TextSpan> spans = TextFolder::findAll(m_articles.at(i).text, query);
        articles += spans.isEmpty() ? 0 : 1;
        for (const TextSpan &span : spans)
            expected.append({int(i), span});
    }

    const SearchIndex::Answer answer = index.find(query, INT_MAX);
    QVERIFY(answer.complete);
    QCOMPARE(answer.matchCount, qint64(expected.size()));
    QCOMPARE(answer.articleCount, articles);
    QCOMPARE(answer.matches.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(answer.matches.at(i).article, expected.at(i).article);
        QCOMPARE(answer.matches.at(i).span, expected.at(i).span);
    }
}

void TestSearchIndex::firstPageOnly()
{
    const SearchIndex index(m_articles);
    const SearchIndex::Answer all = index.find(u"a"_s, INT_MAX);
    QVERIFY(all.matchCount > 1000);
    const SearchIndex::Answer page = index.find(u"a"_s, 50);
    QCOMPARE(page.matches.size(), 50);
    QCOMPARE(page.matchCount, all.matchCount); // counted in full, placed only for the page
    QCOMPARE(page.articleCount, all.articleCount);
    for (int i = 0; i < 50; ++i)
        QCOMPARE(page.matches.at(i).span, all.matches.at(i).span);

    const SearchIndex::Answer phrase = index.find(u"de la"_s, 10);
    QCOMPARE(phrase.matches.size(), 10);
    QCOMPARE(phrase.matchCount, index.find(u"de la"_s, INT_MAX).matchCount);
}

void TestSearchIndex::emptyQueriesFindNothing()
{
    const SearchIndex index(m_articles);
    for (const QString &query : {QString(), u" "_s, u"\u00A0\u2009"_s}) {
        const SearchIndex::Answer answer = index.find(query, 10);
        QCOMPARE(answer.matchCount, 0);
        QVERIFY(answer.matches.isEmpty());
    }
    const SearchIndex empty;
    QCOMPARE(empty.find(u"Nvidia"_s, 10).matchCount, 0);
}

void TestSearchIndex::cancelledSearchIsIncomplete()
{
    const SearchIndex index(m_articles);
    const std::atomic_bool cancelled = true;
    // A query the index cannot answer alone (two words) must read articles: cancelled, it
    // says it is incomplete rather than give a wrong count as if final.
    const SearchIndex::Answer answer
        = index.find(u"de la"_s, 10, std::chrono::milliseconds(0), &cancelled);
    QVERIFY(!answer.complete);
    QCOMPARE(answer.matchCount, 0);
    // One word is answered from the index: nothing to cancel.
    QVERIFY(index.find(u"Nvidia"_s, 10, std::chrono::milliseconds(0), &cancelled).complete);
}

void TestSearchIndex::cancelledBuildLeavesAnEmptyIndex()
{
    const std::atomic_bool cancelled = true;
    const SearchIndex index(m_articles, &cancelled);
    QCOMPARE(index.articleCount(), 0);
    QCOMPARE(index.find(u"Nvidia"_s, 10).matchCount, 0);
}

void TestSearchIndex::postingsAreCompact()
{
    const SearchIndex index(m_articles);
    qsizetype text = 0;
    for (const Article &article : std::as_const(m_articles))
        text += article.text.size() * qsizetype(sizeof(QChar));
    QVERIFY(index.wordCount() > 100);
    // The index is a fraction of the text it covers.
    QVERIFY2(index.memoryUsage() < text / 2,
             qPrintable(u"%1 bytes for %2 of text"_s.arg(index.memoryUsage()).arg(text)));
}

QTEST_GUILESS_MAIN(TestSearchIndex)
#include "tst_searchindex.moc"
