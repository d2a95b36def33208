// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "story/bundledstory.h"
#include "text/analyzer.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <map>

using namespace Qt::StringLiterals;

namespace storyline {

namespace {

const QString FixtureFolder = QStringLiteral(STORYLINE_FIXTURES "/analyzer");
const QString Categories[] = {u"entities"_s, u"dates"_s, u"money"_s, u"percents"_s};

QString typeName(EntityType type)
{
    return entityTypeName(type);
}

// What a found item is compared on, one line each: its span and what the category scores.
// Entities: span and type; dates: span and value; money: span, value and currency; percents:
// span and value.
QString itemKey(const QString &category, const QJsonObject &o)
{
    QString key = QString::number(o.value(u"start"_s).toInteger()) % u'-'
        % QString::number(o.value(u"end"_s).toInteger()) % u' ' % o.value(u"text"_s).toString();
    if (category == u"entities"_s)
        return key % u" = "_s % o.value(u"type"_s).toString();
    if (category == u"dates"_s)
        return key % u" = "_s
            % (o.value(u"value"_s).isNull() ? u"null"_s : o.value(u"value"_s).toString());
    const double value = o.value(u"value"_s).toDouble();
    key += u" = "_s % QString::number(value, 'g', 15);
    if (category == u"money"_s)
        key += u' ' % o.value(u"currency"_s).toString();
    return key;
}

QJsonObject span(QStringView text, qsizetype start, qsizetype end)
{
    return {{u"text"_s, text.sliced(start, end - start).toString()},
            {u"start"_s, start},
            {u"end"_s, end}};
}

// The analysis as the fixtures write it.
std::map<QString, QJsonArray> toJson(QStringView text, const Analysis &analysis)
{
    std::map<QString, QJsonArray> out;
    for (const EntityMatch &e : analysis.names) {
        QJsonObject o = span(text, e.span.start, e.span.end);
        o.insert(u"type"_s, typeName(e.type));
        o.insert(u"canonical"_s, e.canonical);
        out[u"entities"_s].append(o);
    }
    for (const DateMatch &d : analysis.dates) {
        QJsonObject o = span(text, d.start, d.end);
        o.insert(u"value"_s, d.value ? QJsonValue(d.value->toString()) : QJsonValue());
        out[u"dates"_s].append(o);
    }
    for (const FigureMatch &f : analysis.figures) {
        QJsonObject o = span(text, f.start, f.end);
        o.insert(u"value"_s, f.value);
        if (f.kind == FigureMatch::Kind::Money) {
            o.insert(u"currency"_s, f.unit);
            out[u"money"_s].append(o);
        } else {
            out[u"percents"_s].append(o);
        }
    }
    return out;
}

struct Score
{
    int truePositives = 0;
    int falsePositives = 0;
    int falseNegatives = 0;

    double precision() const
    {
        return truePositives + falsePositives
            ? double(truePositives) / (truePositives + falsePositives)
            : 1.0;
    }
    double recall() const
    {
        return truePositives + falseNegatives
            ? double(truePositives) / (truePositives + falseNegatives)
            : 1.0;
    }
    double f1() const
    {
        const double p = precision();
        const double r = recall();
        return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
    }
};

} // namespace

class TestAnalyzer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void goldenFiles_data();
    void goldenFiles();
    void gazetteerWindows_data();
    void gazetteerWindows();
    void mergesNames();
    void replacedClaim();
    void eventDatesStayNames();
    void publication();
    void bareGazetteer();
    void languages();
    void cleanupTestCase();

private:
    Story m_story;
    std::map<QString, Score> m_scores; // by category, over every fixture
};

void TestAnalyzer::initTestCase()
{
    const Result<Story> story = BundledStory::load();
    QVERIFY(story.ok());
    m_story = story.value();
}

void TestAnalyzer::goldenFiles_data()
{
    QTest::addColumn<QString>("folder");
    const QDir root(FixtureFolder);
    const QStringList folders = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(!folders.isEmpty());
    for (const QString &folder : folders)
        QTest::addRow("%s", qPrintable(folder)) << root.filePath(folder);
}

// Every entity, date, amount and percentage of each fixture, written by hand before the
// analyzer first read it. An item the analyzer does not get right yet carries "known_issue":
// "missed", or "got": {what it finds instead}; what it finds that is not there is listed under
// "spurious_<category>". The test fails on any other difference, and when a known issue goes
// away, so that the fixture is updated. Scores against the hand annotation are printed at the end.
void TestAnalyzer::goldenFiles()
{
    QFETCH(QString, folder);
    QFile textFile(folder % u"/article.txt"_s);
    QVERIFY(textFile.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(textFile.readAll());
    QFile expectedFile(folder % u"/expected.json"_s);
    QVERIFY(expectedFile.open(QIODevice::ReadOnly));
    const QJsonObject expected = QJsonDocument::fromJson(expectedFile.readAll()).object();
    const QString language = expected.value(u"language"_s).toString();
    const QString published = expected.value(u"published"_s).toString();

    const Analyzer analyzer(m_story.entities);
    const Analysis analysis = analyzer.analyze(
        text, language, published.isEmpty() ? std::nullopt : PartialDate::parse(published));
    const std::map<QString, QJsonArray> actual = toJson(text, analysis);

    QStringList differences;
    for (const QString &category : Categories) {
        QSet<QString> gold;
        QSet<QString> wanted; // gold with the known issues applied
        for (const QJsonValue &v : expected.value(category).toArray()) {
            const QJsonObject item = v.toObject();
            gold.insert(itemKey(category, item));
            if (item.value(u"known_issue"_s).toString() == u"missed"_s)
                continue;
            QJsonObject got = item;
            const QJsonObject instead = item.value(u"got"_s).toObject();
            for (auto it = instead.begin(); it != instead.end(); ++it)
                got.insert(it.key(), it.value());
            wanted.insert(itemKey(category, got));
        }
        for (const QJsonValue &v : expected.value(u"spurious_"_s % category).toArray())
            wanted.insert(itemKey(category, v.toObject()));

        QSet<QString> found;
        const auto it = actual.find(category);
        if (it != actual.end()) {
            for (const QJsonValue &v : it->second)
                found.insert(itemKey(category, v.toObject()));
        }
        Score &score = m_scores[category];
        for (const QString &k : std::as_const(found))
            (gold.contains(k) ? score.truePositives : score.falsePositives) += 1;
        for (const QString &k : std::as_const(gold))
            score.falseNegatives += !found.contains(k);

        QStringList missing = (wanted - found).values();
        QStringList extra = (found - wanted).values();
        missing.sort();
        extra.sort();
        for (const QString &k : std::as_const(missing))
            differences.append(category % u": expected "_s % k);
        for (const QString &k : std::as_const(extra))
            differences.append(category % u": found "_s % k);
    }
    if (!differences.isEmpty())
        QFAIL(qPrintable(differences.join(u'\n')));
}

void TestAnalyzer::gazetteerWindows_data()
{
    QTest::addColumn<QString>("text");
    for (const Article &article : std::as_const(m_story.articles))
        QTest::addRow("%s", qPrintable(article.id)) << article.text;
    const QDir root(FixtureFolder);
    for (const QString &folder : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        QFile file(root.filePath(folder) % u"/article.txt"_s);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QTest::addRow("%s", qPrintable(folder)) << QString::fromUtf8(file.readAll());
    }
    QTest::addRow("edges") << u"Nvidia"_s;
    QTest::addRow("spread name")
        << u"la Maison\n\n  Blanche et Washington ,  D.C. puis Washington,D.C."_s;
    QTest::addRow("glued") << u"d'AMD,l’Élysée:Nvidia's«Huang»(Trump)NVIDIA-Trump"_s;
    QTest::addRow("long name over lines")
        << u"la règle\ninitiale   de diffusion\tde l’IA, la règle de diffusion précédente"_s;
    QTest::addRow("names back to back")
        << u"Jensen Huang Huang Renxun Huang Jensen Trump Donald Trump Xi Jinping Xi"_s;
    QTest::addRow("empty") << QString();
}

// The analyzer reads the gazetteer only around the words names start with; the matches are
// exactly those of the gazetteer over the whole text.
void TestAnalyzer::gazetteerWindows()
{
    QFETCH(QString, text);
    Gazetteer plain;
    for (const Entity &entity : std::as_const(m_story.entities)) {
        plain.add(entity.id, entity.name);
        for (const QString &alias : entity.aliases)
            plain.add(entity.id, alias);
    }
    const Analyzer analyzer(m_story.entities);
    QCOMPARE(analyzer.findEntities(text), plain.find(text));
}

void TestAnalyzer::mergesNames()
{
    const Analyzer analyzer(m_story.entities);
    const QString text = u"Lundi, le secrétaire au Commerce Howard Lutnick a reçu Jensen Huang à "
                         u"Washington. Les puces H200 ont coûté 5 milliards de dollars à Nvidia "
                         u"en mai, selon Lutnick."_s;
    const Analysis analysis = analyzer.analyze(text, u"fr"_s, PartialDate::parse(u"2025-07-15"_s));
    QStringList names;
    for (const EntityMatch &e : analysis.names) {
        names.append(text.sliced(e.span.start, e.span.length()) % u'|' % typeName(e.type) % u'|'
                     % e.canonical % u'|' % e.id);
    }
    QCOMPARE(
        names,
        (QStringList{u"Howard Lutnick|person|Howard Lutnick|"_s,
                     u"Jensen Huang|person|Jensen Huang|jensen-huang"_s,
                     u"Washington|place|Washington, D.C.|washington-dc"_s, u"H200|product|H200|"_s,
                     u"Nvidia|organization|Nvidia|nvidia"_s, u"Lutnick|person|Howard Lutnick|"_s}));
    // In text order; none overlaps a date, an amount or another name.
    qsizetype previousEnd = 0;
    for (const EntityMatch &e : analysis.names) {
        QVERIFY(e.span.start >= previousEnd);
        previousEnd = e.span.end;
        for (const DateMatch &d : analysis.dates)
            QVERIFY(e.span.end <= d.start || e.span.start >= d.end);
        for (const FigureMatch &f : analysis.figures)
            QVERIFY(e.span.end <= f.start || e.span.start >= f.end);
    }
    QCOMPARE(analysis.dates.size(), 2); // Lundi, mai
    QCOMPARE(analysis.figures.size(), 1);
    // The gazetteer's own list is unchanged.
    QCOMPARE(analysis.entities.size(), 3); // Jensen Huang, Washington, Nvidia
}

void TestAnalyzer::replacedClaim()
{
    // "Washington" is the story's place; "George Washington" is a person and takes its place.
    const Analyzer analyzer(m_story.entities);
    const QString text = u"La statue de George Washington, à Washington."_s;
    const Analysis analysis = analyzer.analyze(text, u"fr"_s);
    QCOMPARE(analysis.names.size(), 2);
    QCOMPARE(analysis.names[0].span, (TextSpan{13, 30}));
    QCOMPARE(analysis.names[0].type, EntityType::Person);
    QVERIFY(analysis.names[0].id.isEmpty());
    QCOMPARE(analysis.names[1].id, u"washington-dc"_s);
    QCOMPARE(analysis.entities.size(), 2); // the gazetteer still reports both
}

void TestAnalyzer::eventDatesStayNames()
{
    // A named event is a date and an entity; an ordinary date hides the words it covers.
    const Analyzer analyzer(m_story.entities);
    const QString text
        = u"Huang spoke on the sidelines of the APEC summit in Gyeongju on Friday."_s;
    const Analysis analysis = analyzer.analyze(text, u"en"_s, PartialDate::parse(u"2025-10-29"_s));
    QStringList names;
    for (const EntityMatch &e : analysis.names)
        names.append(text.sliced(e.span.start, e.span.length()) % u'|' % typeName(e.type));
    QCOMPARE(names, (QStringList{u"Huang|person"_s, u"APEC|event"_s, u"Gyeongju|place"_s}));
}

void TestAnalyzer::publication()
{
    const Analyzer analyzer(m_story.entities);
    const QString text = u"Paris, le 31 janvier 2025 – Nvidia a chuté hier."_s;
    // A dateline stands in for a missing publication date...
    const Analysis dated = analyzer.analyze(text, u"fr"_s);
    QVERIFY(dated.published);
    QCOMPARE(dated.published->toString(), u"2025-01-31"_s);
    QCOMPARE(dated.dates.last().value->toString(), u"2025-01-30"_s);
    // ...but the date given wins, and without either "hier" stays unresolved.
    const Analysis given = analyzer.analyze(text, u"fr"_s, PartialDate::parse(u"2025-02-03"_s));
    QCOMPARE(given.published->toString(), u"2025-02-03"_s);
    QCOMPARE(given.dates.last().value->toString(), u"2025-02-02"_s);
    const Analysis none = analyzer.analyze(u"Nvidia a chuté hier."_s, u"fr"_s);
    QVERIFY(!none.published);
    QVERIFY(!none.dates.first().value);
}

void TestAnalyzer::bareGazetteer()
{
    // Without the entities, a gazetteer match is typed by the built-in tables, or as an
    // organization, and named as written.
    Gazetteer gazetteer;
    gazetteer.add(u"dc"_s, u"Washington"_s);
    gazetteer.add(u"zx"_s, u"Zorvex"_s);
    const Analyzer analyzer(std::move(gazetteer));
    const QString text = u"Zorvex ouvre un bureau à Washington."_s;
    const Analysis analysis = analyzer.analyze(text, u"fr"_s);
    QCOMPARE(analysis.names.size(), 2);
    QCOMPARE(analysis.names[0].type, EntityType::Organization);
    QCOMPARE(analysis.names[0].canonical, u"Zorvex"_s);
    QCOMPARE(analysis.names[0].id, u"zx"_s);
    QCOMPARE(analysis.names[1].type, EntityType::Place);
    QCOMPARE(analyzer.findEntities(text), analysis.entities);
}

void TestAnalyzer::languages()
{
    const Analyzer analyzer(m_story.entities);
    // Regional variants read as their language; others as English.
    QCOMPARE(analyzer.analyze(u"17 %"_s, u"fr-CA"_s).language, u"fr"_s);
    QCOMPARE(analyzer.analyze(u"17 %"_s, u"fr-CA"_s).figures.size(), 1);
    QCOMPARE(analyzer.analyze(u"17%"_s, u"de"_s).language, u"en"_s);
    QCOMPARE(Analyzer::detectLanguage(u"Le président et la Chine."_s), u"fr"_s);
    QCOMPARE(Analyzer::detectLanguage(u"The president and China."_s), u"en"_s);
}

void TestAnalyzer::cleanupTestCase()
{
    for (const auto &[category, score] : m_scores) {
        qInfo("%-9s P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)", qPrintable(category),
              score.precision(), score.recall(), score.f1(), score.truePositives,
              score.falsePositives, score.falseNegatives);
    }
}

} // namespace storyline

QTEST_GUILESS_MAIN(storyline::TestAnalyzer)
#include "tst_analyzer.moc"
