// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findpanel.h"

#include "appearance.h"

#include "story/bundledstory.h"
#include "story/story.h"
#include "text/textfolder.h"

#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace storyline;

// The find panel over the search index: typing finds, a big story is indexed on a worker
// thread while the panel stays usable, and the counts are those of reading every article.
class TestFindPanel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Appearance::setLanguage(u"en"_s); } // English plural forms
    void typingFindsInTheBundledStory();
    void bigStoryIsIndexedInTheBackground();
    void activatingAResultSaysWhere();
};

namespace {

// Articles with about `chars` characters in all: more than the panel indexes at once.
Story bigStory(qsizetype chars)
{
    Story story;
    const QString sentence = u"Nvidia vend des puces H20 à la Chine ; les États-Unis durcissent "
                             "les contrôles à l’exportation. "_s;
    const int articles = 24;
    for (int i = 0; i < articles; ++i) {
        Article article;
        article.id = u"big%1"_s.arg(i);
        article.language = u"fr"_s;
        article.headline = u"Article %1"_s.arg(i);
        article.text = sentence.repeated(int(chars / articles / sentence.size()) + 1);
        story.articles.append(article);
    }
    return story;
}

qint64 countByReading(const Story &story, const QString &query)
{
    qint64 count = 0;
    for (const Article &article : story.articles)
        count += TextFolder::findAll(article.text, query).size();
    return count;
}

} // namespace

void TestFindPanel::typingFindsInTheBundledStory()
{
    const Result<Story> story = BundledStory::load();
    QVERIFY(story);
    FindPanel panel;
    panel.setLanguage(u"en"_s);
    panel.setStory(&story.value());
    panel.show();
    QVERIFY(!panel.isIndexing()); // five articles: indexed at once
    QTest::keyClicks(panel.field(), u"pekin"_s);
    const qint64 expected = countByReading(story.value(), u"pekin"_s);
    QVERIFY(expected > 0);
    QCOMPARE(panel.results()->count(), expected);
    QVERIFY2(panel.summary().startsWith(u"%1 match"_s.arg(expected)), qPrintable(panel.summary()));
    QTest::keyClicks(panel.field(), u"zzz"_s);
    QCOMPARE(panel.results()->count(), 0);
    QCOMPARE(panel.summary(), u"No match in the articles"_s);
    panel.field()->clear();
    QCOMPARE(panel.summary(), QString());
}

void TestFindPanel::bigStoryIsIndexedInTheBackground()
{
    const Story story = bigStory(6 * 1024 * 1024);
    FindPanel panel;
    panel.setLanguage(u"en"_s);
    panel.setStory(&story);
    panel.show();
    QVERIFY(panel.isIndexing());
    // Typing while the index is built: the panel says so, and answers when it is ready.
    QTest::keyClicks(panel.field(), u"NVIDIA"_s);
    QVERIFY2(panel.summary().startsWith(u"Indexing 24 articles"_s), qPrintable(panel.summary()));
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isIndexing(), 60000);
    // One word: answered from the index alone, counted in full at once.
    QVERIFY(!panel.isCounting());
    const qint64 words = countByReading(story, u"nvidia"_s);
    QVERIFY(words > 500);
    QCOMPARE(panel.results()->count(), 500); // the first 500 listed…
    QVERIFY2(panel.summary().startsWith(u"%1 matches in 24 articles"_s.arg(words)), // …all counted
             qPrintable(panel.summary()));
    QVERIFY(panel.summary().contains(u"the first 500 listed"_s));

    // Words with something between them need the articles read: whether or not the first
    // answer came in time, the final one is the full count.
    for (const QString &query : {u"etats-unis"_s, u"puces h20 a la"_s}) {
        panel.field()->clear();
        QTest::keyClicks(panel.field(), query);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isCounting(), 60000);
        const qint64 phrases = countByReading(story, query);
        QCOMPARE(phrases, words);
        QVERIFY2(panel.summary().startsWith(u"%1 matches in 24 articles"_s.arg(phrases)),
                 qPrintable(panel.summary()));
    }

    // A new story while indexing: the old work is dropped, the new story answers.
    const Story other = bigStory(5 * 1024 * 1024);
    panel.setStory(&other);
    panel.setStory(&story);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.isIndexing(), 60000);
    QCOMPARE(panel.results()->count(), 500);
}

void TestFindPanel::activatingAResultSaysWhere()
{
    const Result<Story> story = BundledStory::load();
    QVERIFY(story);
    FindPanel panel;
    panel.setStory(&story.value());
    panel.show();
    QTest::keyClicks(panel.field(), u"Jensen Huang"_s);
    QVERIFY(panel.results()->count() > 0);
    QSignalSpy activated(&panel, &FindPanel::matchActivated);
    QListWidget *list = panel.results();
    const QRect first = list->visualItemRect(list->item(0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, first.center());
    QCOMPARE(activated.size(), 1);
    const QString article = activated.first().at(0).toString();
    const auto span = activated.first().at(1).value<TextSpan>();
    const Article *found = story.value().article(article);
    QVERIFY(found);
    QCOMPARE(TextFolder::fold(found->text.sliced(span.start, span.length())), u"jensen huang"_s);
}

QTEST_MAIN(TestFindPanel)
#include "tst_findpanel.moc"
