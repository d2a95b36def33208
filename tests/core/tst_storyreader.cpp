// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "story/storyreader.h"
#include "story/storywriter.h"
#include "syntheticstory.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace storyline;

class TestStoryReader : public QObject
{
    Q_OBJECT

private slots:
    void readsGoodStory();
    void readsStoryJsonPath();
    void badStory_data();
    void badStory();
    void symlinkOutOfFolder();
    void symlinkInsideFolderIsFine();
    void missingStory();
    void storyJsonProblemsComeFirst();
    void byteOrderMarkIsNotText();

    void errorDeepInLargeEvents_data();
    void errorDeepInLargeEvents();
    void stringsAcrossChunks();
    void sectionsInAnyOrder();
    void duplicateRootField();
    void progressGrowsToTotal();
    void cancel_data();
    void cancel();

private:
    static QString fixture(const QString &name)
    {
        return QStringLiteral(STORYLINE_FIXTURES) % u'/' % name;
    }
    static bool copyFolder(const QString &from, const QString &to);
    static QByteArray readAll(const QString &path);
    static bool writeFile(const QString &path, const QByteArray &bytes);
    // Line and column (1-based, in characters) of byte `offset` of `json`.
    static std::pair<int, int> positionAt(const QByteArray &json, qsizetype offset);
    // A synthetic story of `events` events written to `folder`; its story.json.
    static QByteArray writeSynthetic(const QString &folder, int events);
};

bool TestStoryReader::copyFolder(const QString &from, const QString &to)
{
    QDir source(from);
    if (!QDir().mkpath(to))
        return false;
    const auto entries
        = source.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo &entry : entries) {
        const QString target = to % u'/' % entry.fileName();
        if (entry.isDir() ? !copyFolder(entry.filePath(), target)
                          : !QFile::copy(entry.filePath(), target))
            return false;
    }
    return true;
}

QByteArray TestStoryReader::readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool TestStoryReader::writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        && file.write(bytes) == bytes.size();
}

std::pair<int, int> TestStoryReader::positionAt(const QByteArray &json, qsizetype offset)
{
    const qsizetype lineStart = json.lastIndexOf('\n', offset - 1) + 1;
    return {int(json.first(offset).count('\n') + 1),
            int(QString::fromUtf8(json.sliced(lineStart, offset - lineStart)).toUcs4().size() + 1)};
}

QByteArray TestStoryReader::writeSynthetic(const QString &folder, int events)
{
    SyntheticStory::Options options;
    options.events = events;
    options.articles = events / 100;
    if (StoryWriter::write(SyntheticStory::story(options), folder))
        return {};
    return readAll(folder % u"/story.json"_s);
}

void TestStoryReader::readsGoodStory()
{
    const Result<Story> result = StoryReader::read(fixture(u"good/minimal"_s));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    const Story &story = result.value();
    QCOMPARE(story.id, u"minimal"_s);
    QCOMPARE(story.title.text(u"fr"_s), u"Une histoire minimale"_s);
    QCOMPARE(story.title.text(u"de"_s), u"A minimal story"_s); // falls back to English
    QCOMPARE(story.articles.size(), 1);
    QCOMPARE(story.articles[0].published->toString(), u"2025-01-30"_s);
    QVERIFY(story.articles[0].text.startsWith(u"Les actions de NVIDIA"_s));

    // Events in date order: the season (March–May) comes after 27 January.
    QCOMPARE(story.events.size(), 2);
    QCOMPARE(story.events[0].id, u"selloff"_s);
    QCOMPARE(story.events[1].id, u"spring"_s);
    QCOMPARE(story.events[1].start.first(), QDate(2025, 3, 1));
    QCOMPARE(story.events[1].start.last(), QDate(2025, 5, 31));
    QCOMPARE(story.events[1].basis, DateBasis::Relative);

    // The quote's span points at its text.
    const Source &source = story.events[0].sources[0];
    QCOMPARE(story.articles[0].text.sliced(source.span.start, source.span.length()),
             u"ont chuté de 17 %"_s);
    QCOMPARE(story.quote(source), u"ont chuté de 17 %"_s);

    // The figure's value comes from its quote.
    QCOMPARE(story.figures.size(), 1);
    QCOMPARE(story.figures[0].kind, FigureKind::Percent);
    QCOMPARE(story.figures[0].value, 17.0);
    QCOMPARE(story.figures[0].unit, u"%"_s);
    QVERIFY(!story.figures[0].approximate);

    // Mentions: NVIDIA (exact alias) and Chine.
    QCOMPARE(story.mentionCount(u"nvidia"), 1);
    QCOMPARE(story.mentionCount(u"china"), 1);
    QCOMPARE(story.periods.size(), 1);
    QCOMPARE(story.periods[0].end.last(), QDate(2025, 7, 31));
}

void TestStoryReader::readsStoryJsonPath()
{
    const Result<Story> folder = StoryReader::read(fixture(u"good/minimal"_s));
    const Result<Story> file = StoryReader::read(fixture(u"good/minimal/story.json"_s));
    QVERIFY(folder.ok() && file.ok());
    QCOMPARE(file.value(), folder.value());
}

void TestStoryReader::badStory_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<qsizetype>("byte");
    QTest::addColumn<QString>("file");

    // One fixture folder per bad case; its expected-error file says what the reader must report:
    // "kind line column file" or "kind byte offset file".
    const QDir bad(fixture(u"bad"_s));
    const auto names = bad.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(names.size() >= 25);
    for (const QString &name : names) {
        QFile expected(bad.filePath(name % u"/expected-error"_s));
        QVERIFY2(expected.open(QIODevice::ReadOnly), qPrintable(name));
        const QStringList parts = QString::fromUtf8(expected.readAll()).simplified().split(u' ');
        QCOMPARE(parts.size(), 4);
        const bool byte = parts[1] == u"byte"_s;
        QTest::addRow("%s", qPrintable(name))
            << bad.filePath(name) << parts[0] << (byte ? 0 : parts[1].toInt())
            << (byte ? 0 : parts[2].toInt()) << (byte ? parts[2].toLongLong() : qsizetype(-1))
            << parts[3];
    }
}

void TestStoryReader::badStory()
{
    QFETCH(QString, folder);
    QFETCH(QString, kind);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(qsizetype, byte);
    QFETCH(QString, file);

    const Result<Story> result = StoryReader::read(folder);
    QVERIFY2(!result.ok(), "a bad story loaded");
    const StoryError &error = result.error();
    QCOMPARE(errorKindName(error.kind), kind);
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    QCOMPARE(error.byteOffset, byte);
    QVERIFY2(QDir::fromNativeSeparators(error.file).endsWith(u'/' % file), qPrintable(error.file));
    // The message a user sees names the file and the place.
    const QString text = error.toString();
    QVERIFY(text.contains(file));
    if (line > 0)
        QVERIFY(text.contains(u":%1:%2: "_s.arg(line).arg(column)));
    else
        QVERIFY(text.contains(QString::number(byte)));

    // The same error whatever the chunks story.json is read in.
    for (const qint64 chunk : {1, 3, 64}) {
        StoryReader::Options options;
        options.chunkSize = chunk;
        const Result<Story> chunked = StoryReader::read(folder, options);
        QVERIFY(!chunked.ok());
        QCOMPARE(chunked.error(), error);
    }
}

void TestStoryReader::symlinkOutOfFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(copyFolder(fixture(u"good/minimal"_s), dir.filePath(u"story"_s)));
    QFile outside(dir.filePath(u"secret.txt"_s));
    QVERIFY(outside.open(QIODevice::WriteOnly));
    outside.write("Les actions de NVIDIA ont chuté de 17 % lundi. ce printemps");
    outside.close();
    const QString article = dir.filePath(u"story/articles/a1.txt"_s);
    QVERIFY(QFile::remove(article));
    if (!QFile::link(dir.filePath(u"secret.txt"_s), article))
        QSKIP("this file system cannot hold symbolic links");

    const Result<Story> result = StoryReader::read(dir.filePath(u"story"_s));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, StoryError::Kind::PathOutsideStory);
    QCOMPARE(result.error().line, 12);
    QCOMPARE(result.error().column, 15);
}

void TestStoryReader::symlinkInsideFolderIsFine()
{
    QTemporaryDir dir;
    QVERIFY(copyFolder(fixture(u"good/minimal"_s), dir.filePath(u"story"_s)));
    const QString article = dir.filePath(u"story/articles/a1.txt"_s);
    QVERIFY(QFile::rename(article, dir.filePath(u"story/real.txt"_s)));
    if (!QFile::link(dir.filePath(u"story/real.txt"_s), article))
        QSKIP("this file system cannot hold symbolic links");
    const Result<Story> result = StoryReader::read(dir.filePath(u"story"_s));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
}

void TestStoryReader::storyJsonProblemsComeFirst()
{
    // Quotes are placed as each event is read, but the error reported is the one a reader that
    // checked all of story.json first, then the article files, then the quotes, would give.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(u"story"_s);
    QVERIFY(copyFolder(fixture(u"good/minimal"_s), folder));
    const QByteArray good = readAll(folder % u"/story.json"_s);
    const QByteArray text = readAll(folder % u"/articles/a1.txt"_s);
    QByteArray json = good;
    json.replace("\"ont chuté de 17 %\"", "\"not in the article\"");
    json.replace("\"ce printemps\"", "\"nor this\"");
    json.replace("\"basis\": \"relative\"", "\"basis\": \"someday\"");
    QVERIFY(writeFile(folder % u"/story.json"_s, json));

    // A wrong basis in the second event comes before the first event's missing quote.
    Result<Story> result = StoryReader::read(folder);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, StoryError::Kind::InvalidBasis);

    // Without it, an unreadable article comes before both missing quotes.
    json.replace("\"basis\": \"someday\"", "\"basis\": \"relative\"");
    QVERIFY(writeFile(folder % u"/story.json"_s, json));
    QVERIFY(writeFile(folder % u"/articles/a1.txt"_s, text + "\xff"));
    result = StoryReader::read(folder);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, StoryError::Kind::InvalidUtf8);

    // Then the first event's quote, with its place in story.json.
    QVERIFY(writeFile(folder % u"/articles/a1.txt"_s, text));
    result = StoryReader::read(folder);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, StoryError::Kind::QuoteNotFound);
    QVERIFY2(result.error().message.startsWith(u"events[0].sources[0].quote"_s),
             qPrintable(result.error().message));
    const qsizetype at = json.indexOf("\"not in the article\"");
    QCOMPARE(result.error().line, json.first(at).count('\n') + 1);

    // A period's quote comes after every event's, even when periods come first in the file.
    json.replace("\"not in the article\"", "\"ont chuté de 17 %\"");
    json.replace("\"title\": {\n        \"en\": \"Halt\"",
                 "\"sources\": [{\"article\": \"a1\", \"quote\": \"absent\"}],\n"
                 "      \"title\": {\n        \"en\": \"Halt\"");
    const qsizetype periods = json.indexOf("  \"periods\"");
    const qsizetype figures = json.indexOf("  \"figures\"");
    QVERIFY(periods > 0 && figures > periods);
    const QByteArray periodMember = json.sliced(periods, figures - periods);
    json.remove(periods, figures - periods);
    json.insert(json.indexOf("  \"articles\""), periodMember);
    QVERIFY(writeFile(folder % u"/story.json"_s, json));
    result = StoryReader::read(folder);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.startsWith(u"events[1].sources[0].quote"_s),
             qPrintable(result.error().message));
    json.replace("\"nor this\"", "\"ce printemps\"");
    QVERIFY(writeFile(folder % u"/story.json"_s, json));
    result = StoryReader::read(folder);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().message.startsWith(u"periods[0].sources[0].quote"_s),
             qPrintable(result.error().message));
}

void TestStoryReader::missingStory()
{
    const Result<Story> result = StoryReader::read(fixture(u"no-such-story"_s));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, StoryError::Kind::MissingFile);
    QVERIFY(result.error().toString().contains(u"no-such-story"_s));
}

void TestStoryReader::byteOrderMarkIsNotText()
{
    QTemporaryDir dir;
    QVERIFY(copyFolder(fixture(u"good/minimal"_s), dir.filePath(u"story"_s)));
    QFile article(dir.filePath(u"story/articles/a1.txt"_s));
    QVERIFY(article.open(QIODevice::ReadOnly));
    const QByteArray bytes = article.readAll();
    article.close();
    QVERIFY(article.open(QIODevice::WriteOnly | QIODevice::Truncate));
    article.write("\xEF\xBB\xBF" + bytes);
    article.close();
    const Result<Story> result = StoryReader::read(dir.filePath(u"story"_s));
    QVERIFY(result.ok());
    QCOMPARE(result.value().articles[0].text, QString::fromUtf8(bytes));
}

void TestStoryReader::errorDeepInLargeEvents_data()
{
    QTest::addColumn<qint64>("chunk");
    QTest::addColumn<bool>("malformed"); // else a date that does not exist
    QTest::addRow("invalid date") << StoryReader::Options().chunkSize << false;
    QTest::addRow("invalid date, 64 KiB chunks") << qint64(65536) << false;
    QTest::addRow("invalid date, 4099-byte chunks") << qint64(4099) << false;
    QTest::addRow("malformed") << StoryReader::Options().chunkSize << true;
    QTest::addRow("malformed, 4099-byte chunks") << qint64(4099) << true;
}

// An error in the 11,000th of 12,000 events, several chunks into a story.json of over 10 MB:
// the line and column are the error's, and a malformed element is reported where
// QJsonDocument would have reported it reading the whole file.
void TestStoryReader::errorDeepInLargeEvents()
{
    QFETCH(qint64, chunk);
    QFETCH(bool, malformed);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QByteArray json = writeSynthetic(dir.path(), 12000);
    QVERIFY2(json.size() > 2 * StoryReader::Options().chunkSize,
             qPrintable(QString::number(json.size())));
    const Result<Story> good = StoryReader::read(dir.path());
    QVERIFY(good.ok());
    const QString id = good.value().events.at(11000).id;
    const qsizetype element = json.indexOf(QByteArray("\"id\": \"" + id.toUtf8() + '"'));
    QVERIFY(element > 2 * StoryReader::Options().chunkSize);

    qsizetype at = 0;
    if (malformed) {
        // A comma in the element goes.
        at = json.indexOf("},\n", element) + 1;
        json.remove(at, 1);
    } else {
        at = json.indexOf("\"start\": \"", element) + 9;
        json.replace(at, json.indexOf('"', at + 1) + 1 - at, "\"2025-02-30\"");
    }
    QVERIFY(writeFile(dir.filePath(u"story.json"_s), json));

    StoryReader::Options options;
    options.chunkSize = chunk;
    const Result<Story> result = StoryReader::read(dir.path(), options);
    QVERIFY(!result.ok());
    const StoryError &error = result.error();
    if (malformed) {
        QJsonParseError parse;
        QJsonDocument::fromJson(json, &parse);
        QVERIFY(parse.error != QJsonParseError::NoError);
        QCOMPARE(error.kind, StoryError::Kind::MalformedJson);
        QCOMPARE(error.message, u"the document: malformed JSON: "_s % parse.errorString());
        at = parse.offset - 1;
    } else {
        QCOMPARE(error.kind, StoryError::Kind::InvalidDate);
        QVERIFY2(error.message.startsWith(u"events[11000].start: "_s), qPrintable(error.message));
    }
    const auto [line, column] = positionAt(json, at);
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
}

// Strings holding brackets, braces, escaped quotes and backslashes, \u escapes and emoji,
// read in chunks of every size from 1 to 40 bytes, so that each is cut at every place.
void TestStoryReader::stringsAcrossChunks()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(copyFolder(fixture(u"good/minimal"_s), dir.filePath(u"story"_s)));
    const QString folder = dir.filePath(u"story"_s);
    const QString title = u"]}, \"[{\" \\\" \\ ], ok: {\"x\"}] é 😀 \U0001F600"_s;
    const QString quote = u"il a dit « ]}\"{[ \\ » 😀"_s;
    QByteArray json = readAll(folder % u"/story.json"_s);
    const auto literal = [](const QString &text) {
        const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
        return array.sliced(1, array.size() - 2);
    };
    json.replace("\"A minimal story\"", literal(title));
    // The same text escaped differently: \u00e9 and a surrogate pair for the emoji.
    json.replace("\"Sell-off\"", "\"\\u00e9]}\\\"\\ud83d\\ude00\\\\\"");
    json.replace("\"ce printemps\"", literal(quote));
    QVERIFY(writeFile(folder % u"/story.json"_s, json));
    const QByteArray article = readAll(folder % u"/articles/a1.txt"_s) + quote.toUtf8() + '\n';
    QVERIFY(writeFile(folder % u"/articles/a1.txt"_s, article));

    const Result<Story> whole = StoryReader::read(folder);
    QVERIFY2(whole.ok(), qPrintable(whole.ok() ? QString() : whole.error().toString()));
    QCOMPARE(whole.value().title.text(u"en"_s), title);
    QCOMPARE(whole.value().events.at(0).title.text(u"en"_s), u"é]}\"😀\\"_s);
    QCOMPARE(whole.value().quote(whole.value().events.at(1).sources.at(0)), quote);
    for (qint64 chunk = 1; chunk <= 40; ++chunk) {
        StoryReader::Options options;
        options.chunkSize = chunk;
        const Result<Story> chunked = StoryReader::read(folder, options);
        QVERIFY2(chunked.ok(), qPrintable(QString::number(chunk)));
        QVERIFY2(chunked.value() == whole.value(), qPrintable(QString::number(chunk)));
    }
}

// story.json's members in another order than StoryWriter's: the sections that refer to others
// are read once those are; errors are the same as in the usual order.
void TestStoryReader::sectionsInAnyOrder()
{
    const QByteArray json = readAll(fixture(u"good/minimal/story.json"_s));
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QByteArray reversed = "{\n";
    QStringList keys = root.keys();
    std::reverse(keys.begin(), keys.end());
    for (const QString &key : std::as_const(keys)) {
        const QByteArray value
            = QJsonDocument(QJsonArray{root.value(key)}).toJson(QJsonDocument::Indented);
        reversed += (key == keys.first() ? "" : ",\n")
            + QJsonDocument(QJsonArray{key}).toJson(QJsonDocument::Compact).sliced(1).chopped(1)
            + ": " + value.sliced(1).chopped(2).trimmed();
    }
    reversed += "\n}\n";
    QVERIFY(reversed.indexOf("\"figures\"") < reversed.indexOf("\"events\""));
    QVERIFY(reversed.indexOf("\"events\"") < reversed.indexOf("\"articles\""));
    const QString folder = fixture(u"good/minimal"_s);
    const Result<Story> story = StoryReader::read(reversed, folder, u"story.json"_s);
    QVERIFY2(story.ok(), qPrintable(story.ok() ? QString() : story.error().toString()));
    QCOMPARE(story.value(), StoryReader::read(folder).value());

    // An unknown actor in events, read after articles and entities: placed in the events.
    QByteArray unknown = reversed;
    unknown.replace("\"nvidia\"\n", "\"nvidiaX\"\n");
    const Result<Story> bad = StoryReader::read(unknown, folder, u"story.json"_s);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().kind, StoryError::Kind::UnknownReference);
    const auto [line, column] = positionAt(unknown, unknown.indexOf("\"nvidiaX\""));
    QCOMPARE(bad.error().line, line);
    QCOMPARE(bad.error().column, column);
    // Two errors: the one in the section that comes first in the format wins, as in a file in
    // the usual order (articles before figures).
    QByteArray two = reversed;
    two.replace("\"measure\": \"share-drop\"", "\"measure\": 3");
    two.replace("\"language\": \"fr\"", "\"language\": 4");
    const Result<Story> first = StoryReader::read(two, folder, u"story.json"_s);
    QVERIFY(!first.ok());
    QVERIFY2(first.error().message.startsWith(u"articles[0].language: "_s),
             qPrintable(first.error().message));
}

// QJsonDocument keeps the last of two equal keys; the reader, which checks each section as it
// streams by, refuses them at the second.
void TestStoryReader::duplicateRootField()
{
    QByteArray json = readAll(fixture(u"good/minimal/story.json"_s));
    json.replace("\"id\": \"minimal\",", "\"id\": \"minimal\",\n  \"version\": 1,");
    const Result<Story> story
        = StoryReader::read(json, fixture(u"good/minimal"_s), u"story.json"_s);
    QVERIFY(!story.ok());
    QCOMPARE(story.error().kind, StoryError::Kind::MalformedJson);
    QVERIFY2(story.error().message.contains(u"duplicate field “version”"_s),
             qPrintable(story.error().message));
    const auto [line, column] = positionAt(json, json.lastIndexOf("\"version\""));
    QCOMPARE(story.error().line, line);
    QCOMPARE(story.error().column, column);
}

// Progress: from 0, never backwards, done never past total, and done == total at the end;
// total is story.json's size plus the articles' twice (read, then searched).
void TestStoryReader::progressGrowsToTotal()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray json = writeSynthetic(dir.path(), 2000);
    QVERIFY(!json.isEmpty());
    qint64 articleBytes = 0;
    const auto articles = QDir(dir.filePath(u"articles"_s)).entryInfoList(QDir::Files);
    for (const QFileInfo &article : articles)
        articleBytes += article.size();

    QList<std::pair<qint64, qint64>> calls;
    StoryReader::Options options;
    options.chunkSize = 8192;
    options.progress = [&calls](qint64 done, qint64 total) {
        calls.append({done, total});
        return true;
    };
    const Result<Story> story = StoryReader::read(dir.path(), options);
    QVERIFY(story.ok());
    QVERIFY2(calls.size() > json.size() / options.chunkSize / 2,
             qPrintable(QString::number(calls.size())));
    QCOMPARE(calls.first().first, 0);
    for (qsizetype i = 1; i < calls.size(); ++i) {
        QVERIFY(calls[i].first >= calls[i - 1].first);
        QVERIFY(calls[i].second >= calls[i - 1].second);
        QVERIFY(calls[i].first <= calls[i].second);
    }
    QCOMPARE(calls.last().first, calls.last().second);
    QCOMPARE(calls.last().second, json.size() + 2 * articleBytes);
    // Most of the way is reported while story.json is read, with the articles' size known.
    QVERIFY(std::any_of(calls.cbegin(), calls.cend(), [&](const auto &call) {
        return call.first > 0 && call.first < json.size() && call.second == calls.last().second;
    }));
}

void TestStoryReader::cancel_data()
{
    QTest::addColumn<int>("at"); // the call that returns false; -1: the last one
    QTest::addRow("at the start") << 0;
    QTest::addRow("reading story.json") << 5;
    QTest::addRow("at the end") << -1;
}

// Returning false stops the reading: a Cancelled error, and no call after.
void TestStoryReader::cancel()
{
    QFETCH(int, at);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(!writeSynthetic(dir.path(), 1000).isEmpty());
    int calls = 0;
    int callsAfter = 0;
    bool cancelled = false;
    StoryReader::Options options;
    options.chunkSize = 4096;
    options.progress = [&](qint64 done, qint64 total) {
        if (cancelled)
            ++callsAfter;
        cancelled = calls++ == at || (at < 0 && done == total);
        return !cancelled;
    };
    const Result<Story> story = StoryReader::read(dir.path(), options);
    QVERIFY(cancelled);
    QVERIFY(!story.ok());
    QCOMPARE(story.error().kind, StoryError::Kind::Cancelled);
    QCOMPARE(errorKindName(story.error().kind), u"cancelled"_s);
    QCOMPARE(story.error().message, u"cancelled"_s);
    QVERIFY(story.error().file.endsWith(u"story.json"_s));
    QCOMPARE(callsAfter, 0);
}

QTEST_GUILESS_MAIN(TestStoryReader)
#include "tst_storyreader.moc"
