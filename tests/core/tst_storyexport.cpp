// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csv.h"
#include "io/storyexport.h"

#include "story/bundledstory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace storyline;

// The CSV and JSON listings read back give the story's own values: CSV parsed with Csv::parse,
// JSON through QJsonDocument, both from the UTF-8 bytes a user would save.
class TestStoryExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void eventsCsvRoundTrip_data();
    void eventsCsvRoundTrip();
    void entitiesCsvRoundTrip_data();
    void entitiesCsvRoundTrip();
    void figuresCsvRoundTrip_data();
    void figuresCsvRoundTrip();
    void eventsJsonRoundTrip_data();
    void eventsJsonRoundTrip();
    void entitiesJsonRoundTrip_data();
    void entitiesJsonRoundTrip();
    void figuresJsonRoundTrip_data();
    void figuresJsonRoundTrip();
    void csvNeutralisesFormulas();
    void offsetsCountCodePoints();

private:
    void addStories();
    const Story &story(const QString &name) const;

    Story m_bundled;
    Story m_tricky;
};

namespace {

// What Csv::record writes for a field a spreadsheet would run as a formula.
QString csvField(const QString &text)
{
    if (text.isEmpty())
        return text;
    const QChar first = text.front();
    const bool formula = first == u'=' || first == u'+' || first == u'-' || first == u'@'
        || first == u'\t' || first == u'\r';
    bool isNumber = false;
    text.toDouble(&isNumber);
    return formula && !isNumber ? u'\'' % text : text;
}

QList<QStringList> parseCsv(const QByteArray &bytes)
{
    return Csv::parse(QString::fromUtf8(bytes));
}

QJsonObject jsonRoundTrip(const QJsonObject &object)
{
    const QByteArray bytes = QJsonDocument(object).toJson(QJsonDocument::Compact);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << error.errorString();
    return document.object();
}

QMap<QString, QString> localizedFromJson(const QJsonValue &value)
{
    QMap<QString, QString> map;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list.append(item.toString());
    return list;
}

// The text between two code-point offsets: what any JSON consumer would slice.
QString sliceCodePoints(const QString &text, qint64 start, qint64 end)
{
    const QList<uint> points = text.toUcs4();
    const QList<uint> slice = points.mid(start, end - start);
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(slice.constData()), slice.size());
}

} // namespace

void TestStoryExport::initTestCase()
{
    const Result<Story> bundled = BundledStory::load();
    QVERIFY2(bundled.ok(), qPrintable(bundled.ok() ? QString() : bundled.error().toString()));
    m_bundled = bundled.value();

    // Values that stress the formats: separators, quotes, line breaks, formula starts,
    // characters outside the BMP before a quote, and an empty optional field.
    Story &s = m_tricky;
    s.id = u"tricky"_s;
    s.title = {{u"en"_s, u"Tricky, \"quoted\""_s}};
    Article article;
    article.id = u"t1"_s;
    article.language = u"fr"_s;
    article.outlet = u"=Outlet, Inc."_s;
    article.text = u"Intro 🚀🚀 puis « 2 000 milliards de dollars », enfin 17 %.\n"_s;
    article.published = PartialDate::parse(u"2025-02"_s);
    s.articles.append(article);
    const auto spanOf = [&](const QString &quote) {
        const qsizetype at = article.text.indexOf(quote);
        return TextSpan{at, at + quote.size()};
    };
    Entity entity;
    entity.id = u"plus"_s;
    entity.type = EntityType::Product;
    entity.name = u"+Plus"_s;
    entity.names = {{u"fr"_s, u"Plus, « le »"_s}};
    entity.aliases = {u"P+"_s, u"@plus"_s};
    s.entities.append(entity);
    Event event;
    event.id = u"e1"_s;
    event.start = *PartialDate::parse(u"2025-W05"_s);
    event.end = PartialDate::parse(u"2025-W06"_s);
    event.basis = DateBasis::Relative;
    event.title = {{u"en"_s, u"=SUM(A1:A2), \"title\""_s}, {u"fr"_s, u"Été, deux\nlignes"_s}};
    event.summary = {{u"en"_s, u"-2+3 is not a number"_s}};
    event.actors = {u"plus"_s};
    event.sources = {Source{u"t1"_s, spanOf(u"2 000 milliards de dollars"_s)},
                     Source{u"t1"_s, spanOf(u"17 %"_s)}};
    s.events.append(event);
    Event bare;
    bare.id = u"e2"_s;
    bare.start = PartialDate::year(2024);
    bare.title = {{u"en"_s, u"Bare"_s}};
    s.events.append(bare);
    Figure money;
    money.id = u"f1"_s;
    money.article = u"t1"_s;
    money.quote = u"2 000 milliards de dollars"_s;
    money.span = spanOf(money.quote);
    money.measure = u"m"_s;
    money.subject = {{u"en"_s, u"@value, lost"_s}};
    money.event = u"e1"_s;
    money.value = 2e12;
    money.unit = u"USD"_s;
    money.approximate = true;
    money.qualifier = u"près de"_s;
    money.conflictsWith = {u"f2"_s};
    s.figures.append(money);
    Figure percent;
    percent.id = u"f2"_s;
    percent.article = u"t1"_s;
    percent.quote = u"17 %"_s;
    percent.span = spanOf(percent.quote);
    percent.measure = u"m"_s;
    percent.subject = {{u"fr"_s, u"Baisse"_s}};
    percent.kind = FigureKind::Percent;
    percent.value = 17.5;
    percent.unit = u"%"_s;
    percent.conflictsWith = {u"f1"_s};
    s.figures.append(percent);
    s.mentions.append(Mention{u"plus"_s, u"t1"_s, spanOf(u"puis"_s)});
}

const Story &TestStoryExport::story(const QString &name) const
{
    return name == u"tricky" ? m_tricky : m_bundled;
}

void TestStoryExport::addStories()
{
    QTest::addColumn<QString>("storyName");
    QTest::addColumn<QString>("language");
    QTest::addRow("bundled en") << u"bundled"_s << u"en"_s;
    QTest::addRow("bundled fr") << u"bundled"_s << u"fr"_s;
    QTest::addRow("tricky en") << u"tricky"_s << u"en"_s;
    QTest::addRow("tricky fr") << u"tricky"_s << u"fr"_s;
}

void TestStoryExport::eventsCsvRoundTrip_data()
{
    addStories();
}

void TestStoryExport::eventsCsvRoundTrip()
{
    QFETCH(QString, storyName);
    QFETCH(QString, language);
    const Story &s = story(storyName);
    const QList<QStringList> rows = parseCsv(StoryExport::eventsCsv(s, language));
    QCOMPARE(rows.size(), s.events.size() + 1);
    QCOMPARE(rows.first(),
             (QStringList{u"id"_s, u"start"_s, u"end"_s, u"precision"_s, u"basis"_s, u"title"_s,
                          u"summary"_s, u"actors"_s, u"articles"_s, u"quotes"_s}));
    for (qsizetype i = 0; i < s.events.size(); ++i) {
        const Event &event = s.events.at(i);
        const QStringList &row = rows.at(i + 1);
        QCOMPARE(row.size(), 10);
        QCOMPARE(row[0], event.id);
        QCOMPARE(PartialDate::parse(row[1]), std::optional(event.start));
        QCOMPARE(row[2].isEmpty() ? std::nullopt : PartialDate::parse(row[2]), event.end);
        QCOMPARE(precisionFromName(row[3]), std::optional(event.start.precision()));
        QCOMPARE(dateBasisFromName(row[4]), std::optional(event.basis));
        QCOMPARE(row[5], csvField(event.title.text(language)));
        QCOMPARE(row[6], csvField(event.summary.text(language)));
        QCOMPARE(row[7].split(u';', Qt::SkipEmptyParts), event.actors);
        QStringList articles;
        QStringList quotes;
        for (const Source &source : event.sources) {
            articles.append(source.article);
            quotes.append(s.quote(source).toString());
        }
        QCOMPARE(row[8].split(u';', Qt::SkipEmptyParts), articles);
        QCOMPARE(row[9], csvField(quotes.join(u" | "_s)));
    }
}

void TestStoryExport::entitiesCsvRoundTrip_data()
{
    addStories();
}

void TestStoryExport::entitiesCsvRoundTrip()
{
    QFETCH(QString, storyName);
    QFETCH(QString, language);
    const Story &s = story(storyName);
    const QList<QStringList> rows = parseCsv(StoryExport::entitiesCsv(s, language));
    QCOMPARE(rows.size(), s.entities.size() + 1);
    QCOMPARE(rows.first(),
             (QStringList{u"id"_s, u"type"_s, u"name"_s, u"aliases"_s, u"group"_s, u"mentions"_s}));
    for (qsizetype i = 0; i < s.entities.size(); ++i) {
        const Entity &entity = s.entities.at(i);
        const QStringList &row = rows.at(i + 1);
        QCOMPARE(row.size(), 6);
        QCOMPARE(row[0], entity.id);
        QCOMPARE(entityTypeFromName(row[1]), std::optional(entity.type));
        QCOMPARE(row[2], csvField(entity.displayName(language)));
        QCOMPARE(row[3], csvField(entity.aliases.join(u';')));
        QCOMPARE(row[4], entity.group);
        QCOMPARE(row[5].toInt(), s.mentionCount(entity.id));
    }
}

void TestStoryExport::figuresCsvRoundTrip_data()
{
    addStories();
}

void TestStoryExport::figuresCsvRoundTrip()
{
    QFETCH(QString, storyName);
    QFETCH(QString, language);
    const Story &s = story(storyName);
    const QList<QStringList> rows = parseCsv(StoryExport::figuresCsv(s, language));
    QCOMPARE(rows.size(), s.figures.size() + 1);
    QCOMPARE(rows.first(),
             (QStringList{u"id"_s, u"kind"_s, u"value"_s, u"unit"_s, u"approximate"_s,
                          u"qualifier"_s, u"quote"_s, u"article"_s, u"measure"_s, u"subject"_s,
                          u"event"_s, u"conflicts_with"_s}));
    for (qsizetype i = 0; i < s.figures.size(); ++i) {
        const Figure &figure = s.figures.at(i);
        const QStringList &row = rows.at(i + 1);
        QCOMPARE(row.size(), 12);
        QCOMPARE(row[0], figure.id);
        QCOMPARE(row[1], figure.kind == FigureKind::Money ? u"money"_s : u"percent"_s);
        bool ok = false;
        QCOMPARE(row[2].toDouble(&ok), figure.value);
        QVERIFY(ok);
        QCOMPARE(row[3], figure.kind == FigureKind::Money ? figure.unit : u"percent"_s);
        QCOMPARE(row[4], figure.approximate ? u"true"_s : u"false"_s);
        QCOMPARE(row[5], figure.qualifier);
        QCOMPARE(row[6], csvField(figure.quote));
        QCOMPARE(row[7], figure.article);
        QCOMPARE(row[8], figure.measure);
        QCOMPARE(row[9], csvField(figure.subject.text(language)));
        QCOMPARE(row[10], figure.event);
        QCOMPARE(row[11].split(u';', Qt::SkipEmptyParts), figure.conflictsWith);
    }
}

void TestStoryExport::eventsJsonRoundTrip_data()
{
    addStories();
}

void TestStoryExport::eventsJsonRoundTrip()
{
    QFETCH(QString, storyName);
    QFETCH(QString, language);
    const Story &s = story(storyName);
    const QJsonObject root = jsonRoundTrip(StoryExport::eventsJson(s, language));
    QCOMPARE(root.value(u"story"_s).toString(), s.id);
    QCOMPARE(root.value(u"language"_s).toString(), language);
    const QJsonArray events = root.value(u"events"_s).toArray();
    QCOMPARE(events.size(), s.events.size());
    for (qsizetype i = 0; i < s.events.size(); ++i) {
        const Event &event = s.events.at(i);
        const QJsonObject json = events.at(i).toObject();
        QCOMPARE(json.value(u"id"_s).toString(), event.id);
        QCOMPARE(PartialDate::parse(json.value(u"start"_s).toString()), std::optional(event.start));
        const QJsonValue end = json.value(u"end"_s);
        QCOMPARE(end.isNull() ? std::nullopt : PartialDate::parse(end.toString()), event.end);
        QCOMPARE(precisionFromName(json.value(u"precision"_s).toString()),
                 std::optional(event.start.precision()));
        QCOMPARE(dateBasisFromName(json.value(u"basis"_s).toString()), std::optional(event.basis));
        QCOMPARE(QDate::fromString(json.value(u"first_day"_s).toString(), Qt::ISODate),
                 event.start.first());
        QCOMPARE(QDate::fromString(json.value(u"last_day"_s).toString(), Qt::ISODate),
                 event.end ? event.end->last() : event.start.last());
        QCOMPARE(json.value(u"title"_s).toString(), event.title.text(language));
        QCOMPARE(localizedFromJson(json.value(u"titles"_s)), event.title.toMap());
        QCOMPARE(localizedFromJson(json.value(u"summaries"_s)), event.summary.toMap());
        const QJsonValue summary = json.value(u"summary"_s);
        QCOMPARE(summary.isNull() ? QString() : summary.toString(), event.summary.text(language));
        QCOMPARE(stringList(json.value(u"actors"_s)), event.actors);
        const QJsonArray sources = json.value(u"sources"_s).toArray();
        QCOMPARE(sources.size(), event.sources.size());
        for (qsizetype j = 0; j < event.sources.size(); ++j) {
            const Source &source = event.sources.at(j);
            const QJsonObject sourceJson = sources.at(j).toObject();
            QCOMPARE(sourceJson.value(u"article"_s).toString(), source.article);
            QCOMPARE(sourceJson.value(u"quote"_s).toString(), s.quote(source));
            const Article *article = s.article(source.article);
            QCOMPARE(sliceCodePoints(article->text, sourceJson.value(u"start"_s).toInteger(),
                                     sourceJson.value(u"end"_s).toInteger()),
                     s.quote(source).toString());
        }
        QStringList figures;
        for (const Figure &figure : s.figures) {
            if (figure.event == event.id)
                figures.append(figure.id);
        }
        QCOMPARE(stringList(json.value(u"figures"_s)), figures);
    }
}

void TestStoryExport::entitiesJsonRoundTrip_data()
{
    addStories();
}

void TestStoryExport::entitiesJsonRoundTrip()
{
    QFETCH(QString, storyName);
    QFETCH(QString, language);
    const Story &s = story(storyName);
    const QJsonObject root = jsonRoundTrip(StoryExport::entitiesJson(s, language));
    const QJsonArray entities = root.value(u"entities"_s).toArray();
    QCOMPARE(entities.size(), s.entities.size());
    for (qsizetype i = 0; i < s.entities.size(); ++i) {
        const Entity &entity = s.entities.at(i);
        const QJsonObject json = entities.at(i).toObject();
        QCOMPARE(json.value(u"id"_s).toString(), entity.id);
        QCOMPARE(entityTypeFromName(json.value(u"type"_s).toString()), std::optional(entity.type));
        QCOMPARE(json.value(u"name"_s).toString(), entity.displayName(language));
        QCOMPARE(json.value(u"canonical"_s).toString(), entity.name);
        QCOMPARE(stringList(json.value(u"aliases"_s)), entity.aliases);
        const QJsonValue group = json.value(u"group"_s);
        QCOMPARE(group.isNull() ? QString() : group.toString(), entity.group);
        QCOMPARE(json.value(u"mentions"_s).toInt(), s.mentionCount(entity.id));
        int byArticle = 0;
        const QJsonObject counts = json.value(u"mentions_by_article"_s).toObject();
        for (auto it = counts.begin(); it != counts.end(); ++it) {
            QVERIFY(s.article(it.key()));
            byArticle += it.value().toInt();
        }
        QCOMPARE(byArticle, s.mentionCount(entity.id));
    }
}

void TestStoryExport::figuresJsonRoundTrip_data()
{
    addStories();
}

void TestStoryExport::figuresJsonRoundTrip()
{
    QFETCH(QString, storyName);
    QFETCH(QString, language);
    const Story &s = story(storyName);
    const QJsonObject root = jsonRoundTrip(StoryExport::figuresJson(s, language));
    const QJsonArray figures = root.value(u"figures"_s).toArray();
    QCOMPARE(figures.size(), s.figures.size());
    for (qsizetype i = 0; i < s.figures.size(); ++i) {
        const Figure &figure = s.figures.at(i);
        const QJsonObject json = figures.at(i).toObject();
        const bool money = figure.kind == FigureKind::Money;
        QCOMPARE(json.value(u"id"_s).toString(), figure.id);
        QCOMPARE(json.value(u"kind"_s).toString(), money ? u"money"_s : u"percent"_s);
        QCOMPARE(json.value(u"value"_s).toDouble(), figure.value);
        QCOMPARE(json.value(u"currency"_s).toString(), money ? figure.unit : QString());
        QCOMPARE(json.value(u"approximate"_s).toBool(), figure.approximate);
        const QJsonValue qualifier = json.value(u"qualifier"_s);
        QCOMPARE(qualifier.isNull() ? QString() : qualifier.toString(), figure.qualifier);
        QCOMPARE(json.value(u"quote"_s).toString(), figure.quote);
        QCOMPARE(json.value(u"article"_s).toString(), figure.article);
        const Article *article = s.article(figure.article);
        const QJsonValue outlet = json.value(u"outlet"_s);
        QCOMPARE(outlet.isNull() ? QString() : outlet.toString(), article->outlet);
        QCOMPARE(sliceCodePoints(article->text, json.value(u"start"_s).toInteger(),
                                 json.value(u"end"_s).toInteger()),
                 figure.quote);
        QCOMPARE(json.value(u"measure"_s).toString(), figure.measure);
        QCOMPARE(json.value(u"subject"_s).toString(), figure.subject.text(language));
        QCOMPARE(localizedFromJson(json.value(u"subjects"_s)), figure.subject.toMap());
        const QJsonValue event = json.value(u"event"_s);
        QCOMPARE(event.isNull() ? QString() : event.toString(), figure.event);
        QCOMPARE(stringList(json.value(u"conflicts_with"_s)), figure.conflictsWith);
    }
}

void TestStoryExport::csvNeutralisesFormulas()
{
    const QString events = QString::fromUtf8(StoryExport::eventsCsv(m_tricky, u"en"_s));
    QVERIFY(events.contains(u"\"'=SUM(A1:A2), \"\"title\"\"\""_s));
    QVERIFY(events.contains(u"'-2+3 is not a number"_s));
    QVERIFY(!events.contains(u",=SUM"_s));
    const QString entities = QString::fromUtf8(StoryExport::entitiesCsv(m_tricky, u"en"_s));
    QVERIFY(entities.contains(u",'+Plus,"_s));
    const QString figures = QString::fromUtf8(StoryExport::figuresCsv(m_tricky, u"en"_s));
    QVERIFY(figures.contains(u"\"'@value, lost\""_s));
    // Every record ends with CRLF, and the bytes are UTF-8.
    QVERIFY(events.endsWith(u"\r\n"_s));
    QVERIFY(StoryExport::eventsCsv(m_tricky, u"fr"_s).contains("\xC3\x89t\xC3\xA9"));
}

void TestStoryExport::offsetsCountCodePoints()
{
    const QString text = u"🚀🚀 x"_s;
    QCOMPARE(StoryExport::codePointOffset(text, 0), 0);
    QCOMPARE(StoryExport::codePointOffset(text, 2), 1);
    QCOMPARE(StoryExport::codePointOffset(text, 4), 2);
    QCOMPARE(StoryExport::codePointOffset(text, 6), 4);
}

QTEST_GUILESS_MAIN(TestStoryExport)
#include "tst_storyexport.moc"
