// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/timelinejs.h"

#include "story/bundledstory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace storyline;

class TestTimelineJs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportHasTimelineJsFields();
    void datePartsFollowPrecision_data();
    void datePartsFollowPrecision();
    void mediaFromArticleUrl();
    void textIsEscapedHtml();
    void roundTrip_data();
    void roundTrip();
    void importInfersPrecision_data();
    void importInfersPrecision();
    void importReadsHtml();
    void importIgnoresStaleStorylineDates();
    void importedStoryReadsBackEqual();
    void importErrors_data();
    void importErrors();
    void readFile();

private:
    Story m_story;
};

namespace {

Event makeEvent(const QString &id, const QString &start, const QString &end = {})
{
    Event event;
    event.id = id;
    event.start = *PartialDate::parse(start);
    if (!end.isEmpty())
        event.end = PartialDate::parse(end);
    event.title = {{u"en"_s, u"Title of "_s + id}, {u"fr"_s, u"Titre de "_s + id}};
    event.summary = {{u"en"_s, u"Summary of "_s + id}};
    return event;
}

QJsonObject slideOf(const QJsonObject &document, const QString &id)
{
    for (const QJsonValue &value : document.value(u"events"_s).toArray()) {
        if (value.toObject().value(u"unique_id"_s).toString() == id)
            return value.toObject();
    }
    return {};
}

} // namespace

void TestTimelineJs::initTestCase()
{
    const Result<Story> story = BundledStory::load();
    QVERIFY(story.ok());
    m_story = story.value();
}

void TestTimelineJs::exportHasTimelineJsFields()
{
    const QJsonObject document = TimelineJs::document(m_story, u"en"_s);
    const QJsonObject title = document.value(u"title"_s).toObject();
    QCOMPARE(title.value(u"text"_s).toObject().value(u"headline"_s).toString(),
             m_story.title.text(u"en"_s));
    const QJsonArray events = document.value(u"events"_s).toArray();
    QCOMPARE(events.size(), m_story.events.size());
    QSet<QString> ids;
    for (qsizetype i = 0; i < events.size(); ++i) {
        const QJsonObject slide = events.at(i).toObject();
        const Event &event = m_story.events.at(i);
        QCOMPARE(slide.value(u"unique_id"_s).toString(), event.id);
        ids.insert(event.id);
        const QJsonObject start = slide.value(u"start_date"_s).toObject();
        QVERIFY(start.value(u"year"_s).isDouble());
        QCOMPARE(start.value(u"year"_s).toInt(), event.start.first().year());
        const QJsonObject text = slide.value(u"text"_s).toObject();
        QCOMPARE(text.value(u"headline"_s).toString(), event.title.text(u"en"_s).toHtmlEscaped());
        QVERIFY(text.contains(u"text"_s));
        QCOMPARE(slide.value(u"group"_s).toString(), m_story.eventGroup(event));
        // The bundled articles have no URLs: no media.
        QVERIFY(!slide.contains(u"media"_s));
    }
    QCOMPARE(ids.size(), events.size());
    const QJsonObject meeting = slideOf(document, u"huang-trump-meeting"_s);
    QCOMPARE(meeting.value(u"start_date"_s).toObject(),
             (QJsonObject{{u"year"_s, 2025}, {u"month"_s, 1}, {u"day"_s, 31}}));
    QVERIFY(!meeting.contains(u"end_date"_s));
    QCOMPARE(meeting.value(u"group"_s).toString(), u"industry"_s);
    const QJsonObject ces = slideOf(document, u"ces-2025"_s);
    QCOMPARE(ces.value(u"end_date"_s).toObject(),
             (QJsonObject{{u"year"_s, 2025}, {u"month"_s, 1}, {u"day"_s, 10}}));
    // The output parses as JSON.
    QJsonParseError error;
    QJsonDocument::fromJson(TimelineJs::toJson(m_story, u"fr"_s), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
}

void TestTimelineJs::datePartsFollowPrecision_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<QJsonObject>("startDate");
    QTest::addColumn<QJsonObject>("endDate"); // empty: no end_date
    QTest::addColumn<bool>("hasDisplayDate");

    const auto date = [](int y, int m = 0, int d = 0) {
        QJsonObject o{{u"year"_s, y}};
        if (m)
            o.insert(u"month"_s, m);
        if (d)
            o.insert(u"day"_s, d);
        return o;
    };
    QTest::addRow("day") << u"2025-01-31"_s << QString() << date(2025, 1, 31) << QJsonObject()
                         << false;
    QTest::addRow("day span") << u"2025-01-07"_s << u"2025-01-10"_s << date(2025, 1, 7)
                              << date(2025, 1, 10) << false;
    QTest::addRow("month") << u"2025-05"_s << QString() << date(2025, 5) << QJsonObject() << false;
    QTest::addRow("year span") << u"2024"_s << u"2026"_s << date(2024) << date(2026) << false;
    QTest::addRow("week") << u"2025-W05"_s << QString() << date(2025, 1, 27) << date(2025, 2, 2)
                          << true;
    QTest::addRow("season") << u"2025-SP"_s << QString() << date(2025, 3) << date(2025, 5) << true;
    QTest::addRow("winter") << u"2025-WI"_s << QString() << date(2025, 12) << date(2026, 2) << true;
    QTest::addRow("quarter span") << u"2025-Q2"_s << u"2025-Q3"_s << date(2025, 4) << date(2025, 9)
                                  << true;
}

void TestTimelineJs::datePartsFollowPrecision()
{
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(QJsonObject, startDate);
    QFETCH(QJsonObject, endDate);
    QFETCH(bool, hasDisplayDate);
    Story story;
    story.events.append(makeEvent(u"e"_s, start, end));
    const QJsonObject slide
        = TimelineJs::document(story, u"en"_s).value(u"events"_s).toArray().first().toObject();
    QCOMPARE(slide.value(u"start_date"_s).toObject(), startDate);
    QCOMPARE(slide.value(u"end_date"_s).toObject(), endDate);
    QCOMPARE(slide.contains(u"end_date"_s), !endDate.isEmpty());
    QCOMPARE(slide.contains(u"display_date"_s), hasDisplayDate);
}

void TestTimelineJs::mediaFromArticleUrl()
{
    Story story;
    Article article;
    article.id = u"a1"_s;
    article.outlet = u"Reuters"_s;
    article.url = u"https://example.org/news?id=1&lang=fr"_s;
    article.text = u"Publié le vendredi 31 janvier 2025."_s;
    story.articles.append(article);
    Event event = makeEvent(u"e"_s, u"2025-01-31"_s);
    event.sources.append(Source{u"a1"_s, {10, 34}});
    story.events.append(event);
    const QJsonObject slide
        = TimelineJs::document(story, u"en"_s).value(u"events"_s).toArray().first().toObject();
    const QJsonObject media = slide.value(u"media"_s).toObject();
    QCOMPARE(media.value(u"url"_s).toString(), article.url);
    QCOMPARE(media.value(u"caption"_s).toString(), u"vendredi 31 janvier 2025"_s);
    QCOMPARE(media.value(u"credit"_s).toString(), u"Reuters"_s);
}

void TestTimelineJs::textIsEscapedHtml()
{
    Story story;
    Event event = makeEvent(u"e"_s, u"2025-01-31"_s);
    event.title = {{u"en"_s, u"<script>alert(1)</script> & co"_s}};
    event.summary = {{u"en"_s, u"line one\nline two"_s}};
    story.events.append(event);
    const QJsonObject text = TimelineJs::document(story, u"en"_s)
                                 .value(u"events"_s)
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(u"text"_s)
                                 .toObject();
    QCOMPARE(text.value(u"headline"_s).toString(),
             u"&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"_s);
    QCOMPARE(text.value(u"text"_s).toString(), u"line one<br>line two"_s);
    const Result<Story> back
        = TimelineJs::read(TimelineJs::toJson(story, u"en"_s), u"t.json"_s, u"en"_s);
    QVERIFY(back.ok());
    QCOMPARE(back.value().events.first().title.text(u"en"_s), event.title.text(u"en"_s));
    QCOMPARE(back.value().events.first().summary.text(u"en"_s), event.summary.text(u"en"_s));
}

void TestTimelineJs::roundTrip_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("en") << u"en"_s;
    QTest::addRow("fr") << u"fr"_s;
}

void TestTimelineJs::roundTrip()
{
    QFETCH(QString, language);
    Story story = m_story;
    // Every precision, spans included.
    story.events.append(makeEvent(u"x-quarter"_s, u"2025-Q2"_s, u"2025-Q3"_s));
    story.events.append(makeEvent(u"x-winter"_s, u"2024-WI"_s));
    story.events.append(makeEvent(u"x-years"_s, u"2023"_s, u"2024"_s));
    story.events.append(makeEvent(u"x-weeks"_s, u"2025-W52"_s, u"2026-W02"_s));

    const Result<Story> back
        = TimelineJs::read(TimelineJs::toJson(story, language), u"story.json"_s, language);
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
    const Story &read = back.value();
    QCOMPARE(read.id, story.id);
    QCOMPARE(read.title.text(language), story.title.text(language));
    QCOMPARE(read.description.text(language), story.description.text(language));
    QCOMPARE(read.events.size(), story.events.size());
    for (const Event &event : story.events) {
        const Event *copy = read.event(event.id);
        QVERIFY2(copy, qPrintable(event.id));
        QCOMPARE(copy->start, event.start);
        QCOMPARE(copy->end, event.end);
        QCOMPARE(copy->start.precision(), event.start.precision());
        QCOMPARE(copy->title.text(language), event.title.text(language));
        QCOMPARE(copy->summary.text(language), event.summary.text(language));
        QCOMPARE(copy->basis, event.basis);
        QCOMPARE(copy->actors, event.actors);
        QVERIFY(copy->sources.isEmpty());
    }
    // In date order, as the reader keeps them.
    for (qsizetype i = 1; i < read.events.size(); ++i)
        QVERIFY(read.events.at(i - 1).start.first() <= read.events.at(i).start.first());
}

void TestTimelineJs::importInfersPrecision_data()
{
    QTest::addColumn<QByteArray>("slide");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end"); // empty: none

    QTest::addRow("day") << QByteArray(R"({"start_date": {"year": 2025, "month": 1, "day": 31}})")
                         << u"2025-01-31"_s << QString();
    QTest::addRow("strings") << QByteArray(R"({"start_date": {"year": "2025", "month": "01"}})")
                             << u"2025-01"_s << QString();
    QTest::addRow("year") << QByteArray(R"({"start_date": {"year": 1999}})") << u"1999"_s
                          << QString();
    QTest::addRow("day span") << QByteArray(R"({"start_date": {"year": 2025, "month": 1, "day": 27},
                          "end_date": {"year": 2025, "month": 2, "day": 2}})")
                              << u"2025-01-27"_s << u"2025-02-02"_s;
    QTest::addRow("mixed parts take the coarser")
        << QByteArray(R"({"start_date": {"year": 2025, "month": 1, "day": 7},
                          "end_date": {"year": 2025, "month": 3}})")
        << u"2025-01"_s << u"2025-03"_s;
    QTest::addRow("hours ignored") << QByteArray(
        R"({"start_date": {"year": 2025, "month": 4, "day": 15, "hour": 9, "minute": 30}})")
                                   << u"2025-04-15"_s << QString();
    QTest::addRow("null end") << QByteArray(R"({"start_date": {"year": 2025}, "end_date": null})")
                              << u"2025"_s << QString();
}

void TestTimelineJs::importInfersPrecision()
{
    QFETCH(QByteArray, slide);
    QFETCH(QString, start);
    QFETCH(QString, end);
    const QByteArray json = "{\"events\": [" + slide + "]}";
    const Result<Story> story = TimelineJs::read(json, u"in.json"_s, u"en"_s);
    QVERIFY2(story.ok(), qPrintable(story.ok() ? QString() : story.error().toString()));
    QCOMPARE(story.value().events.size(), 1);
    const Event &event = story.value().events.first();
    QCOMPARE(event.id, u"event-1"_s);
    QCOMPARE(event.start.toString(), start);
    QCOMPARE(event.end ? event.end->toString() : QString(), end);
}

void TestTimelineJs::importReadsHtml()
{
    const QByteArray json = R"({
      "title": {"text": {"headline": "A <i>story</i>", "text": "<p>About it</p>"}},
      "events": [{"unique_id": "s1", "start_date": {"year": 2020},
                  "text": {"headline": "Tom &amp; Jerry &#8212; &#x2248; &eacute;",
                           "text": "<p>One</p>\n<p>Two <a href=\"x\">link</a></p>"}}]})";
    const Result<Story> story = TimelineJs::read(json, u"in.json"_s, u"fr"_s);
    QVERIFY(story.ok());
    QCOMPARE(story.value().title.text(u"fr"_s), u"A story"_s);
    QCOMPARE(story.value().description.text(u"fr"_s), u"About it"_s);
    const Event &event = story.value().events.first();
    QCOMPARE(event.title.value(u"fr"_s), u"Tom & Jerry \u2014 \u2248 &eacute;"_s);
    QCOMPARE(event.summary.value(u"fr"_s), u"One\nTwo link"_s);
}

void TestTimelineJs::importIgnoresStaleStorylineDates()
{
    // Someone moved the event in TimelineJS after the export: the date parts win.
    const QByteArray json = R"({"events": [{"unique_id": "w",
        "start_date": {"year": 2025, "month": 3, "day": 3},
        "end_date": {"year": 2025, "month": 3, "day": 9},
        "storyline": {"start": "2025-W05", "end": null, "basis": "text", "actors": []}}]})";
    const Result<Story> story = TimelineJs::read(json, u"in.json"_s, u"en"_s);
    QVERIFY(story.ok());
    const Event &event = story.value().events.first();
    QCOMPARE(event.start.toString(), u"2025-03-03"_s);
    QCOMPARE(event.end->toString(), u"2025-03-09"_s);
}

void TestTimelineJs::importedStoryReadsBackEqual()
{
    // Found by fuzzing: an id with spaces around it or a carriage return in it (the title when
    // there is none, and titles are trimmed, with one form of line break) and line breaks
    // written as entities came back different.
    const QByteArray json = R"({"title": {"unique_id": " story "}, "events": [
        {"unique_id": " spaced ", "start_date": {"year": 2025}},
        {"unique_id": "return\rin it", "start_date": {"year": 2026}},
        {"unique_id": "crlf", "start_date": {"year": 2025},
         "text": {"headline": "a&#13;&#10;b", "text": "one\r\ntwo\rthree"}}]})";
    const Result<Story> story = TimelineJs::read(json, u"in.json"_s, u"en"_s);
    QVERIFY(story.ok());
    QCOMPARE(story.value().events.at(1).id, u"spaced"_s);
    QCOMPARE(story.value().events.at(0).title.text(u"en"_s), u"a\nb"_s);
    QCOMPARE(story.value().events.at(0).summary.text(u"en"_s), u"one\ntwo\nthree"_s);
    const Result<Story> back
        = TimelineJs::read(TimelineJs::toJson(story.value(), u"en"_s), u"in.json"_s, u"en"_s);
    QCOMPARE(story.value().id, u"story"_s);
    QCOMPARE(story.value().events.at(2).title.text(u"en"_s), u"return\nin it"_s);
    QVERIFY(back.ok());
    QVERIFY(back.value().events == story.value().events);
    QCOMPARE(back.value().id, story.value().id);
    QCOMPARE(back.value().title.text(u"en"_s), story.value().title.text(u"en"_s));
}

void TestTimelineJs::importErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    QTest::addRow("malformed") << QByteArray("{\"events\": [\n  {\"start_date\": }\n]}")
                               << u"malformed-json"_s << 2 << 18;
    QTest::addRow("not an object") << QByteArray("[1, 2]") << u"wrong-type"_s << 1 << 1;
    QTest::addRow("no events") << QByteArray("{\"title\": {}}") << u"missing-field"_s << 1 << 1;
    QTest::addRow("events not an array")
        << QByteArray("{\n \"events\": {}\n}") << u"wrong-type"_s << 2 << 12;
    QTest::addRow("no start date")
        << QByteArray("{\"events\": [\n  {\"text\": {}}\n]}") << u"missing-field"_s << 2 << 3;
    QTest::addRow("bad month") << QByteArray(
        "{\"events\": [\n  {\"start_date\": {\"year\": 2025, \"month\": 13}}\n]}")
                               << u"invalid-date"_s << 2 << 42;
    QTest::addRow("bad day") << QByteArray(
        "{\"events\": [\n  {\"start_date\": {\"year\": 2025, \"month\": 2, \"day\": "
        "30}}\n]}") << u"invalid-date"_s
                             << 2 << 52;
    QTest::addRow("year not a number")
        << QByteArray("{\"events\": [{\"start_date\": {\"year\": \"soon\"}}]}") << u"invalid-date"_s
        << 1 << 37;
    // Found by fuzzing: converting it to int was undefined behaviour.
    QTest::addRow("year beyond int")
        << QByteArray("{\"events\": [{\"start_date\": {\"year\": 2e14}}]}") << u"invalid-date"_s
        << 1 << 37;
    QTest::addRow("end before start")
        << QByteArray("{\"events\": [{\"start_date\": {\"year\": 2025},\n"
                      "  \"end_date\": {\"year\": 2024}}]}")
        << u"end-before-start"_s << 2 << 15;
    QTest::addRow("duplicate id") << QByteArray(
        "{\"events\": [{\"unique_id\": \"a\", \"start_date\": {\"year\": 2025}},\n"
        "  {\"unique_id\": \"a\", \"start_date\": {\"year\": 2025}}]}")
                                  << u"duplicate-id"_s << 2 << 17;
}

void TestTimelineJs::importErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, kind);
    QFETCH(int, line);
    QFETCH(int, column);
    const Result<Story> story = TimelineJs::read(json, u"timeline.json"_s, u"en"_s);
    QVERIFY(!story.ok());
    const StoryError &error = story.error();
    QCOMPARE(errorKindName(error.kind), kind);
    QCOMPARE(error.file, u"timeline.json"_s);
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    QVERIFY(error.toString().startsWith(u"timeline.json:%1:%2: "_s.arg(line).arg(column)));
    QVERIFY(!error.message.isEmpty());
}

void TestTimelineJs::readFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"timeline.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(TimelineJs::toJson(m_story, u"en"_s));
    file.close();
    const Result<Story> story = TimelineJs::readFile(path, u"en"_s);
    QVERIFY(story.ok());
    QCOMPARE(story.value().events.size(), m_story.events.size());
    const Result<Story> missing = TimelineJs::readFile(dir.filePath(u"none.json"_s), u"en"_s);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, StoryError::Kind::MissingFile);
}

QTEST_GUILESS_MAIN(TestTimelineJs)
#include "tst_timelinejs.moc"
