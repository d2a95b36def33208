// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "story/bundledstory.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace storyline;

// The story Storyline ships: it loads, and it holds what the product promises.
class TestBundledStory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void articlesAreTheSeeds();
    void requiredEvents_data();
    void requiredEvents();
    void eventsInDateOrder();
    void quotesOccurInArticles();
    void figures_data();
    void figures();
    void selloffConflict();
    void entityAliases();
    void periods();

private:
    Story m_story;
};

void TestBundledStory::initTestCase()
{
    const Result<Story> result = BundledStory::load();
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    m_story = result.value();
}

void TestBundledStory::articlesAreTheSeeds()
{
    QCOMPARE(m_story.articles.size(), 5);
    const char *files[]
        = {"000_1abfa8f8f5af7d22.txt", "001_59bce69ceb7fde57.txt", "002_249f48d15da27b34.txt",
           "003_e48b0203d2728b9f.txt", "004_61919c73e829db39.txt"};
    for (int i = 0; i < 5; ++i) {
        const Article &article = m_story.articles[i];
        QCOMPARE(article.id, u"a00%1"_s.arg(i));
        QVERIFY(article.file.endsWith(QLatin1StringView(files[i])));
        QCOMPARE(article.language, u"fr"_s);
        QVERIFY(article.published.has_value());
        // Byte for byte: the resource is the repository's copy.
        QFile file(BundledStory::path() % u'/' % article.file);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(article.text.toUtf8(), file.readAll());
    }
    QCOMPARE(m_story.article(u"a001")->outlet, u"L'Economiste Maghrébin"_s);
    QCOMPARE(m_story.article(u"a004")->published->precision(), Precision::Month);
}

void TestBundledStory::requiredEvents_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<DateBasis>("basis");

    QTest::addRow("CES") << u"ces-2025"_s << u"2025-01-07"_s << u"2025-01-10"_s
                         << DateBasis::PublicRecord;
    QTest::addRow("R1") << u"deepseek-r1-release"_s << u"2025-01-20"_s << QString()
                        << DateBasis::PublicRecord;
    QTest::addRow("Stargate") << u"stargate-announced"_s << u"2025-01-21"_s << QString()
                              << DateBasis::PublicRecord;
    QTest::addRow("sell-off") << u"deepseek-selloff"_s << u"2025-01-27"_s << QString()
                              << DateBasis::PublicRecord;
    QTest::addRow("meeting") << u"huang-trump-meeting"_s << u"2025-01-31"_s << QString()
                             << DateBasis::Text;
    QTest::addRow("spring rules") << u"export-curbs-planned"_s << u"2025-SP"_s << QString()
                                  << DateBasis::Relative;
    QTest::addRow("MLPerf") << u"mlperf-inference-v5"_s << u"2025-04-02"_s << QString()
                            << DateBasis::PublicRecord;
    QTest::addRow("H20 halt") << u"h20-mi308-halt"_s << u"2025-04-15"_s << QString()
                              << DateBasis::PublicRecord;
    QTest::addRow("diffusion rule")
        << u"ai-diffusion-rule-issued"_s << u"2025-01-13"_s << QString() << DateBasis::PublicRecord;
    QTest::addRow("Huang urges") << u"huang-urges-rule-rethink"_s << u"2025-05"_s << QString()
                                 << DateBasis::Relative;
    QTest::addRow("compliance date") << u"ai-diffusion-rule-compliance-date"_s << u"2025-05-15"_s
                                     << QString() << DateBasis::Relative;
    QTest::addRow("Computex") << u"computex-2025"_s << u"2025-05-20"_s << u"2025-05-23"_s
                              << DateBasis::PublicRecord;
    QTest::addRow("licence") << u"h20-licences-approved"_s << u"2025-07-14"_s << u"2025-07-15"_s
                             << DateBasis::PublicRecord;
    QTest::addRow("GTC") << u"gtc-washington-2025"_s << u"2025-10-27"_s << u"2025-10-29"_s
                         << DateBasis::PublicRecord;
    QTest::addRow("Trump–Xi") << u"trump-xi-meeting"_s << u"2025-10-30"_s << QString()
                              << DateBasis::PublicRecord;
}

void TestBundledStory::requiredEvents()
{
    QFETCH(QString, id);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(DateBasis, basis);
    const Event *event = m_story.event(id);
    QVERIFY2(event, qPrintable(id));
    QCOMPARE(event->start.toString(), start);
    QCOMPARE(event->end ? event->end->toString() : QString(), end);
    QCOMPARE(event->basis, basis);
    QVERIFY(!event->title.text(u"en"_s).isEmpty());
    QVERIFY(event->title.contains(u"fr"_s));
    QVERIFY(event->summary.contains(u"en"_s) && event->summary.contains(u"fr"_s));
    QVERIFY(!event->sources.isEmpty());
}

void TestBundledStory::eventsInDateOrder()
{
    for (qsizetype i = 1; i < m_story.events.size(); ++i)
        QVERIFY(m_story.events[i - 1].start.first() <= m_story.events[i].start.first());
    QCOMPARE(m_story.events.last().id, u"trump-xi-meeting"_s);
}

void TestBundledStory::quotesOccurInArticles()
{
    for (const Event &event : std::as_const(m_story.events)) {
        for (const Source &source : event.sources) {
            const Article *article = m_story.article(source.article);
            QVERIFY(article);
            QVERIFY(source.span.start >= 0 && source.span.start < source.span.end
                    && source.span.end <= article->text.size());
            // The quote begins and ends on a word, not in the middle of one.
            const QStringView quote = m_story.quote(source);
            QCOMPARE(quote,
                     QStringView(article->text).sliced(source.span.start, source.span.length()));
            QVERIFY2(!quote.front().isSpace() && !quote.back().isSpace(), qPrintable(event.id));
        }
    }
}

void TestBundledStory::figures_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<bool>("approximate");
    QTest::addColumn<QString>("article");

    QTest::addRow("sell-off 2T") << u"selloff-a000"_s << 2e12 << u"USD"_s << false << u"a000"_s;
    QTest::addRow("sell-off ~1T") << u"selloff-a001"_s << 1e12 << u"USD"_s << true << u"a001"_s;
    QTest::addRow("17 percent") << u"nvidia-share-drop"_s << 17.0 << u"%"_s << false << u"a001"_s;
    QTest::addRow("H20 charge") << u"h20-charge"_s << 5.5e9 << u"USD"_s << false << u"a003"_s;
    QTest::addRow("Stargate") << u"stargate-investment"_s << 5e11 << u"USD"_s << false << u"a000"_s;
    QTest::addRow("95 percent share")
        << u"nvidia-china-market-share"_s << 95.0 << u"%"_s << false << u"a002"_s;
}

void TestBundledStory::figures()
{
    QFETCH(QString, id);
    QFETCH(double, value);
    QFETCH(QString, unit);
    QFETCH(bool, approximate);
    QFETCH(QString, article);
    const Figure *figure = m_story.figure(id);
    QVERIFY2(figure, qPrintable(id));
    QCOMPARE(figure->value, value);
    QCOMPARE(figure->unit, unit);
    QCOMPARE(figure->approximate, approximate);
    QCOMPARE(figure->article, article);
    QCOMPARE(m_story.article(article)->text.sliced(figure->span.start, figure->span.length()),
             figure->quote);
}

void TestBundledStory::selloffConflict()
{
    QCOMPARE(m_story.figure(u"selloff-a000")->conflictsWith, QStringList{u"selloff-a001"_s});
    QCOMPARE(m_story.figure(u"selloff-a001")->conflictsWith, QStringList{u"selloff-a000"_s});
    QCOMPARE(m_story.figure(u"selloff-a001")->qualifier, u"près de"_s);
    QVERIFY(m_story.figure(u"h20-charge")->conflictsWith.isEmpty());
}

void TestBundledStory::entityAliases()
{
    const Entity *huang = m_story.entity(u"jensen-huang");
    QVERIFY(huang);
    QCOMPARE(huang->type, EntityType::Person);
    QVERIFY(huang->aliases.contains(u"Huang"_s));
    QVERIFY(huang->aliases.contains(u"Huang Renxun"_s));
    QVERIFY(m_story.entity(u"nvidia")->aliases.contains(u"NVIDIA"_s));
    QVERIFY(m_story.entity(u"united-states")->aliases.contains(u"États-Unis"_s));
    QVERIFY(m_story.entity(u"china")->aliases.contains(u"Chine"_s));
    for (const char16_t *product : {u"h20", u"mi308", u"b200", u"mi325x", u"blackwell"})
        QCOMPARE(m_story.entity(product)->type, EntityType::Product);
    // Every entity is mentioned somewhere.
    for (const Entity &entity : std::as_const(m_story.entities))
        QVERIFY2(m_story.mentionCount(entity.id) > 0, qPrintable(entity.id));
    QVERIFY(m_story.mentionCount(u"jensen-huang") >= 20);
}

void TestBundledStory::periods()
{
    QVERIFY(m_story.periods.size() >= 2);
    bool halt = false;
    bool rule = false;
    for (const Period &period : std::as_const(m_story.periods)) {
        halt |= period.start.first().month() == 4 && period.end.last().month() == 7;
        rule |= period.start.first().month() == 1 && period.end.last().month() == 5;
    }
    QVERIFY(halt && rule);
}

QTEST_GUILESS_MAIN(TestBundledStory)
#include "tst_bundledstory.moc"
