// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "story/articlebatch.h"
#include "story/bundledstory.h"
#include "story/eventproposer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace storyline;

// Proposed events from two articles written for the purpose (tests/fixtures/articles), read
// with the bundled story's entities: which dates, which sentences, which titles and actors.
class TestEventProposer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void proposals_data();
    void proposals();
    void everyProposalIsWellFormed_data();
    void everyProposalIsWellFormed();
    void sameDateAndSentenceGiveOneEvent();
    void datesWithoutValueProposeNothing();
    void datelineIsNotAnEvent();
    void shortTitle_data();
    void shortTitle();

private:
    ArticleFindings findings(const QString &file) const;
    QList<Event> propose(const QString &text, const QString &language,
                         std::optional<PartialDate> published) const;

    Story m_story;
    std::unique_ptr<Analyzer> m_analyzer;
};

void TestEventProposer::initTestCase()
{
    const Result<Story> story = BundledStory::load();
    QVERIFY(story.ok());
    m_story = story.value();
    m_analyzer = std::make_unique<Analyzer>(m_story.entities);
}

ArticleFindings TestEventProposer::findings(const QString &file) const
{
    return ArticleBatch::analyze(QStringLiteral(STORYLINE_FIXTURES "/articles/") % file, u"a100"_s,
                                 *m_analyzer);
}

// The text of the event's first source: its span of the article's `text`.
QString quoteOf(const QString &text, const Event &event)
{
    const TextSpan span = event.sources.value(0).span;
    return text.sliced(span.start, span.length());
}

QList<Event> TestEventProposer::propose(const QString &text, const QString &language,
                                        std::optional<PartialDate> published) const
{
    Article article;
    article.id = u"x"_s;
    article.language = language;
    article.text = text;
    return EventProposer::propose(article, m_analyzer->analyze(text, language, published));
}

// One row per proposal: the article, its position, then what it says.
void TestEventProposer::proposals_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<QString>("basis");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QStringList>("actors");

    const QString fr = u"fr-computex.txt"_s;
    const QString computex = u"Jensen Huang a ouvert le Computex à Taipei lundi 19 mai 2025 "
                             u"devant plusieurs milliers de personnes venues découvrir les "
                             u"successeurs de la puce Blackwell."_s;
    const QString computexTitle
        = u"Jensen Huang a ouvert le Computex à Taipei lundi 19 mai 2025 devant plusieurs…"_s;
    // "Paris, le 20 mai 2025 –" dates the article: no event, and the sentence starts after it.
    QTest::addRow("fr computex edition")
        << fr << 0 << u"2025-05-20"_s << u"2025-05-23"_s << u"relative"_s << computexTitle
        << computex << QStringList{u"jensen-huang"_s, u"computex"_s, u"blackwell"_s};
    QTest::addRow("fr keynote") << fr << 1 << u"2025-05-19"_s << QString() << u"text"_s
                                << computexTitle << computex
                                << QStringList{u"jensen-huang"_s, u"computex"_s, u"blackwell"_s};
    QTest::addRow("fr white house")
        << fr << 2 << u"2025-04-30"_s << QString() << u"relative"_s
        << u"Le patron de Nvidia avait rencontré Donald Trump à la Maison Blanche le 30…"_s
        << u"Le patron de Nvidia avait rencontré Donald Trump à la Maison Blanche le 30 avril."_s
        << QStringList{u"nvidia"_s, u"donald-trump"_s, u"white-house"_s};
    QTest::addRow("fr hier")
        << fr << 3 << u"2025-05-19"_s << QString() << u"relative"_s
        << u"Hier, l'entreprise a annoncé la construction d'un nouveau siège à Taipei…"_s
        << u"Hier, l'entreprise a annoncé la construction d'un nouveau siège à Taipei, baptisé "
           u"Constellation."_s
        << QStringList();
    QTest::addRow("fr results") << fr << 4 << u"2025-05-28"_s << QString() << u"text"_s
                                << u"Nvidia publiera ses résultats trimestriels le 28 mai 2025."_s
                                << u"Nvidia publiera ses résultats trimestriels le 28 mai 2025."_s
                                << QStringList{u"nvidia"_s};
    QTest::addRow("fr quarter")
        << fr << 5 << u"2025-Q1"_s << QString() << u"relative"_s
        << u"Selon Jensen Huang, les restrictions américaines ont déjà coûté 2,5 milliards…"_s
        << u"Selon Jensen Huang, les restrictions américaines ont déjà coûté 2,5 milliards de "
           u"dollars de ventes au premier trimestre."_s
        << QStringList{u"jensen-huang"_s};

    // Markdown: the quotes are the text as shown, the emphasis of the dateline skipped.
    const QString en = u"en-export-rules.md"_s;
    const QString rescind = u"The Commerce Department said on Tuesday that it would not enforce "
                            u"the AI diffusion rule, which the Biden administration had "
                            u"published on January 13, 2025."_s;
    const QString rescindTitle
        = u"The Commerce Department said on Tuesday that it would not enforce the AI…"_s;
    const QStringList rescindActors{u"ai-diffusion-rule"_s, u"joe-biden"_s};
    QTest::addRow("en tuesday") << en << 0 << u"2025-05-13"_s << QString() << u"relative"_s
                                << rescindTitle << rescind << rescindActors;
    QTest::addRow("en rule published") << en << 1 << u"2025-01-13"_s << QString() << u"text"_s
                                       << rescindTitle << rescind << rescindActors;
    QTest::addRow("en last week")
        << en << 2 << u"2025-W19"_s << QString() << u"relative"_s
        << u"Howard Lutnick, the commerce secretary, told senators last week that the rule…"_s
        << u"Howard Lutnick, the commerce secretary, told senators last week that the rule was "
           u"\"too complicated\"."_s
        << QStringList();
    QTest::addRow("en june")
        << en << 3 << u"2025-06"_s << QString() << u"relative"_s
        << u"Lutnick is expected to present a replacement by the end of June."_s
        << u"Lutnick is expected to present a replacement by the end of June."_s << QStringList();
    QTest::addRow("en april")
        << en << 4 << u"2025-04"_s << QString() << u"relative"_s
        << u"The company had warned in April that the H20 restrictions would cost it $5.5…"_s
        << u"The company had warned in April that the H20 restrictions would cost it $5.5 "
           u"billion."_s
        << QStringList{u"h20"_s};
    QTest::addRow("en next week")
        << en << 5 << u"2025-W21"_s << QString() << u"relative"_s
        << u"Jensen Huang will travel to Saudi Arabia next week with President Donald Trump."_s
        << u"Jensen Huang will travel to Saudi Arabia next week with President Donald Trump."_s
        << QStringList{u"jensen-huang"_s, u"donald-trump"_s};
}

void TestEventProposer::proposals()
{
    QFETCH(QString, file);
    QFETCH(int, index);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(QString, basis);
    QFETCH(QString, title);
    QFETCH(QString, quote);
    QFETCH(QStringList, actors);

    const ArticleFindings found = findings(file);
    QVERIFY2(!found.error, qPrintable(found.error ? found.error->toString() : QString()));
    QCOMPARE(found.proposals.size(), 6);
    const Event &event = found.proposals.at(index);
    const QString language = found.article.language;
    QCOMPARE(event.id, u"extracted-a100-%1"_s.arg(index + 1));
    QVERIFY(event.extracted);
    QCOMPARE(event.start.toString(), start);
    QCOMPARE(event.end ? event.end->toString() : QString(), end);
    QCOMPARE(dateBasisName(event.basis), basis);
    // The title and the summary in the article's language and in English.
    QCOMPARE(event.title.value(language), title);
    QCOMPARE(event.title.value(u"en"_s), title);
    QCOMPARE(event.summary.value(language), quote);
    QCOMPARE(event.sources.size(), 1);
    const Source &source = event.sources.first();
    QCOMPARE(source.article, u"a100"_s);
    QCOMPARE(found.article.text.sliced(source.span.start, source.span.length()), quote);
    QCOMPARE(event.actors, actors);
}

void TestEventProposer::everyProposalIsWellFormed_data()
{
    QTest::addColumn<QString>("file");
    QTest::addRow("fr") << u"fr-computex.txt"_s;
    QTest::addRow("en") << u"en-export-rules.md"_s;
}

void TestEventProposer::everyProposalIsWellFormed()
{
    QFETCH(QString, file);
    const ArticleFindings found = findings(file);
    QVERIFY(!found.error);
    QSet<QString> ids;
    for (const Event &event : found.proposals) {
        QVERIFY(!ids.contains(event.id));
        ids.insert(event.id);
        QVERIFY(event.start.isValid());
        if (event.end) {
            QCOMPARE(event.end->precision(), event.start.precision());
            QVERIFY(event.end->first() >= event.start.first());
        }
        QVERIFY(event.title.text(u"en"_s).size() <= EventProposer::titleLength);
        // What StoryReader will check: the quote is in the article, at its first occurrence.
        const Source &source = event.sources.first();
        const QString quote = found.article.text.sliced(source.span.start, source.span.length());
        QCOMPARE(found.article.text.indexOf(quote), source.span.start);
        QVERIFY(!quote.front().isSpace() && !quote.back().isSpace());
    }
}

void TestEventProposer::sameDateAndSentenceGiveOneEvent()
{
    // The date twice in one sentence: one proposal. In another sentence: another.
    const QString text
        = u"Le 30 avril 2025, oui, le 30 avril 2025, Nvidia a parlé. Le 30 avril 2025, AMD aussi."_s;
    const QList<Event> events = propose(text, u"fr"_s, PartialDate::day(QDate(2025, 5, 2)));
    QCOMPARE(events.size(), 2);
    QCOMPARE(events[0].start.toString(), u"2025-04-30"_s);
    QCOMPARE(quoteOf(text, events[0]),
             u"Le 30 avril 2025, oui, le 30 avril 2025, Nvidia a parlé."_s);
    QCOMPARE(events[0].actors, QStringList{u"nvidia"_s});
    QCOMPARE(quoteOf(text, events[1]), u"Le 30 avril 2025, AMD aussi."_s);
    QCOMPARE(events[1].id, u"extracted-x-2"_s);
}

void TestEventProposer::datesWithoutValueProposeNothing()
{
    // Without a publication date, "hier" and "vendredi" say no day.
    QVERIFY(
        propose(u"Hier, Nvidia a annoncé une puce. Vendredi, AMD a suivi."_s, u"fr"_s, std::nullopt)
            .isEmpty());
    QVERIFY(!propose(u"Hier, Nvidia a annoncé une puce."_s, u"fr"_s,
                     PartialDate::day(QDate(2025, 5, 2)))
                 .isEmpty());
}

void TestEventProposer::datelineIsNotAnEvent()
{
    const QString text
        = u"WASHINGTON, May 14, 2025 — Nvidia said on Monday that it would comply.\n"_s;
    const QList<Event> events = propose(text, u"en"_s, std::nullopt);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events[0].start.toString(), u"2025-05-12"_s);
    QCOMPARE(quoteOf(text, events[0]), u"Nvidia said on Monday that it would comply."_s);
}

void TestEventProposer::shortTitle_data()
{
    QTest::addColumn<QString>("sentence");
    QTest::addColumn<QString>("title");
    QTest::addRow("short") << u"Nvidia a parlé."_s << u"Nvidia a parlé."_s;
    QTest::addRow("one line") << u"Nvidia\n  a parlé."_s << u"Nvidia a parlé."_s;
    QTest::addRow("cut at a word")
        << u"Nvidia publiera ses résultats trimestriels le 28 mai 2025 et présentera aussi, "
           u"selon plusieurs analystes, une nouvelle puce."_s
        << u"Nvidia publiera ses résultats trimestriels le 28 mai 2025 et présentera aussi…"_s;
    QTest::addRow("no comma before the ellipsis")
        << u"Nvidia publiera ses résultats trimestriels le 28 mai 2025 et, dit-on, présentera, "
           u"selon plusieurs analystes, une nouvelle puce."_s
        << u"Nvidia publiera ses résultats trimestriels le 28 mai 2025 et, dit-on…"_s;
    const QString word(100, u'x');
    QTest::addRow("one long word") << word << QString(79, u'x') % u'…';
}

void TestEventProposer::shortTitle()
{
    QFETCH(QString, sentence);
    QFETCH(QString, title);
    const QString result = EventProposer::shortTitle(sentence);
    QCOMPARE(result, title);
    QVERIFY(result.size() <= EventProposer::titleLength);
}

QTEST_GUILESS_MAIN(TestEventProposer)
#include "tst_eventproposer.moc"
