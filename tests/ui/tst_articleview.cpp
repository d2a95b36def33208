// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleview.h"
#include "storyselection.h"

#include "story/bundledstory.h"
#include "story/storyreader.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTabBar>
#include <QTest>
#include <QTextBlock>
#include <QToolTip>

using namespace Qt::StringLiterals;
using namespace storyline;

class TestArticleView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void htmlShowsLiterally();
    void eventShowsQuoteAndSentence();
    void severalSourcesGetTabs();
    void findIgnoresAccents();
    void clickingMentionSelectsEntity();
    void hoverNamesEntity();
    void focusedEntityStandsOut();
    void figureSelectionMarksItsSentence();

private:
    Story m_story;
    std::unique_ptr<StorySelection> m_selection;
    std::unique_ptr<ArticleView> m_view;
};

void TestArticleView::initTestCase()
{
    const Result<Story> story = BundledStory::load();
    QVERIFY(story.ok());
    m_story = story.value();
}

void TestArticleView::init()
{
    m_selection = std::make_unique<StorySelection>();
    m_view = std::make_unique<ArticleView>();
    m_view->setLanguage(u"en"_s);
    m_view->setSelection(m_selection.get());
    m_view->setStory(&m_story);
    m_view->resize(900, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestArticleView::cleanup()
{
    m_view.reset();
    m_selection.reset();
}

void TestArticleView::htmlShowsLiterally()
{
    const Result<Story> result
        = StoryReader::read(QStringLiteral(STORYLINE_FIXTURES "/good/html-article"));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    const Story story = result.value();
    m_view->setStory(&story);
    m_selection->setCurrentEvent(u"second"_s);
    const QString shown = m_view->displayedText();
    QCOMPARE(shown, story.articles[0].text);
    QVERIFY(shown.contains(u"<b>lundi</b>"_s));
    QVERIFY(shown.contains(u"<img src=\"http://example.invalid/tracker.png\">"_s));
    QVERIFY(shown.contains(u"<script>alert(1)</script>"_s));
    QVERIFY(shown.contains(u"&amp;"_s));
    // Nothing was read as markup: no image, no anchor, no bold from <b>.
    const QTextDocument *document = m_view->textEdit()->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            QVERIFY(!format.isImageFormat());
            QVERIFY(!format.isAnchor());
        }
    }
    const qsizetype lundi = shown.indexOf(u"lundi"_s);
    QTextCursor cursor(m_view->textEdit()->document());
    cursor.setPosition(int(lundi) + 1);
    QVERIFY(cursor.charFormat().fontWeight() < QFont::Bold);
    // The quote made of markup is found and marked as text.
    QCOMPARE(shown.sliced(m_view->markedQuote().start, m_view->markedQuote().length()),
             u"<img src=\"http://example.invalid/tracker.png\">"_s);
    m_view->setStory(nullptr);
}

void TestArticleView::eventShowsQuoteAndSentence()
{
    m_selection->setCurrentEvent(u"huang-trump-meeting"_s);
    const Event *event = m_story.event(u"huang-trump-meeting");
    const Source &source = event->sources[0];
    QCOMPARE(m_view->currentArticle(), source.article);
    QCOMPARE(m_view->markedQuote(), source.span);
    const TextSpan sentence = m_view->markedSentence();
    QVERIFY(sentence.start <= source.span.start && sentence.end >= source.span.end);
    QVERIFY(sentence.length() > source.span.length() || sentence == source.span);
    // The quote is scrolled into view.
    const QRect viewport = m_view->textEdit()->viewport()->rect();
    QVERIFY(viewport.contains(m_view->viewportPosition(source.span.start)));
}

void TestArticleView::severalSourcesGetTabs()
{
    m_selection->setCurrentEvent(u"deepseek-selloff"_s);
    const Event *event = m_story.event(u"deepseek-selloff");
    QVERIFY(event->sources.size() >= 2);
    auto *tabs = m_view->findChild<QTabBar *>();
    QVERIFY(tabs->isVisible());
    QCOMPARE(tabs->count(), event->sources.size());
    // Switch to the second source with a click on its tab.
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(1).center());
    QCOMPARE(m_selection->currentSource(), 1);
    QCOMPARE(m_view->currentArticle(), event->sources[1].article);
    QCOMPARE(m_view->markedQuote(), event->sources[1].span);
    // An event with one source shows no tabs.
    m_selection->setCurrentEvent(u"trump-xi-meeting"_s);
    QVERIFY(!tabs->isVisible());
}

void TestArticleView::findIgnoresAccents()
{
    m_view->showArticle(u"a000"_s);
    m_view->textEdit()->setFocus();
    QTest::keyClick(m_view->textEdit(), Qt::Key_F, Qt::ControlModifier);
    auto *field = m_view->findChild<QLineEdit *>();
    QTRY_VERIFY(field->isVisible());
    QVERIFY(field->hasFocus());
    QTest::keyClicks(field, u"Etats-Unis"_s);
    // The current match is selected in the text: "États-Unis", with its accent.
    const QTextCursor cursor = m_view->textEdit()->textCursor();
    const QString text = m_view->displayedText();
    QCOMPARE(text.sliced(cursor.position(), 10), u"États-Unis"_s);
    const QList<QTextEdit::ExtraSelection> extras = m_view->textEdit()->extraSelections();
    QVERIFY(!extras.isEmpty());
    QCOMPARE(extras.last().cursor.selectedText(), u"États-Unis"_s);
    QTest::keyClick(field, Qt::Key_Escape);
    QVERIFY(!field->isVisible());
}

void TestArticleView::clickingMentionSelectsEntity()
{
    m_view->showArticle(u"a001"_s);
    const Mention *reuters = nullptr;
    const Mention *trump = nullptr;
    for (const Mention &m : m_story.mentions) {
        if (m.article == u"a001"_s && m.entity == u"reuters"_s)
            reuters = &m;
        if (m.article == u"a001"_s && m.entity == u"donald-trump"_s && !trump)
            trump = &m;
    }
    QVERIFY(reuters && trump);
    m_view->showArticle(u"a001"_s, reuters->span); // scrolls it into view
    QWidget *viewport = m_view->textEdit()->viewport();
    QTest::mouseClick(viewport, Qt::LeftButton, {},
                      m_view->viewportPosition(reuters->span.start + 1));
    QCOMPARE(m_selection->entities(), QStringList{u"reuters"_s});
    QCOMPARE(m_selection->focusedEntity(), u"reuters"_s);
    // Ctrl+click adds to the filter.
    m_view->showArticle(u"a001"_s, trump->span);
    QTest::mouseClick(viewport, Qt::LeftButton, Qt::ControlModifier,
                      m_view->viewportPosition(trump->span.start + 1));
    QCOMPARE(m_selection->entities(), (QStringList{u"reuters"_s, u"donald-trump"_s}));
}

void TestArticleView::hoverNamesEntity()
{
    const Mention *huang = nullptr;
    for (const Mention &m : m_story.mentions) {
        if (m.article == u"a002"_s && m.entity == u"jensen-huang"_s && m.span.length() == 12) {
            huang = &m; // "Huang Renxun" or "Jensen Huang"
            break;
        }
    }
    QVERIFY(huang);
    m_view->showArticle(u"a002"_s, huang->span);
    QWidget *viewport = m_view->textEdit()->viewport();
    const QPoint at = m_view->viewportPosition(huang->span.start + 2);
    QHelpEvent help(QEvent::ToolTip, at, viewport->mapToGlobal(at));
    QCoreApplication::sendEvent(viewport, &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY(QToolTip::text().contains(u"Jensen Huang"_s));
    QVERIFY(QToolTip::text().contains(u"Person"_s));
    QToolTip::hideText();
}

void TestArticleView::focusedEntityStandsOut()
{
    m_view->showArticle(u"a003"_s);
    const Mention *pekin = nullptr;
    for (const Mention &m : m_story.mentions) {
        if (m.article == u"a003"_s && m.entity == u"beijing"_s)
            pekin = &m;
    }
    QVERIFY(pekin);
    auto weightAt = [&](qsizetype offset) {
        QTextCursor cursor(m_view->textEdit()->document());
        cursor.setPosition(int(offset) + 1);
        return cursor.charFormat().fontWeight();
    };
    const int before = weightAt(pekin->span.start);
    m_selection->setFocusedEntity(u"beijing"_s);
    QVERIFY(weightAt(pekin->span.start) > before);
}

void TestArticleView::figureSelectionMarksItsSentence()
{
    m_selection->setCurrentFigure(u"h20-charge"_s);
    const Figure *figure = m_story.figure(u"h20-charge");
    QCOMPARE(m_view->currentArticle(), figure->article);
    QCOMPARE(m_view->markedQuote(), figure->span);
    const QString sentence = m_view->displayedText().sliced(m_view->markedSentence().start,
                                                            m_view->markedSentence().length());
    QVERIFY(sentence.startsWith(u"Cette restriction aurait pu coûter"_s));
}

QTEST_MAIN(TestArticleView)
#include "tst_articleview.moc"
