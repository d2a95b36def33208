// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "story/jsonstream.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace storyline;

// JsonStream against QJsonDocument on the whole document: the same values, and for malformed
// JSON the same error at the same offset, whatever the size of the chunks it reads.
class TestJsonStream : public QObject
{
    Q_OBJECT

private slots:
    void sameValues_data();
    void sameValues();
    void sameErrors_data();
    void sameErrors();
    void cutAnywhere();
    void rangesAndPositions();
    void deepNesting();
    void secondPass();

private:
    struct Walk
    {
        QJsonValue value;
        JsonStream::Error error;
    };
    // `json` read with a JsonStream, `chunk` bytes at a time, into the value it holds.
    static Walk walk(const QByteArray &json, qint64 chunk);
};

namespace {

const QList<qint64> chunkSizes{1, 2, 3, 5, 8, 13, 4096};

// Strings that look like structure, escapes, numbers and literals of every kind.
const QByteArray sample = R"({
  "a": 1,
  "list": [10, {"x": "y\"}", "deep": [[], {}, "é"]}, -1.5e3, true, false, null, "]}"],
  "k\u00e9y": {"nested": {"q": "\\", "r": "\"[{"}},
  "empty": [],
  "obj": {},
  "emoji": "😀 \ud83d\ude00",
  "last": [[1, [2, [3]]], {"z": null}]
})";

} // namespace

TestJsonStream::Walk TestJsonStream::walk(const QByteArray &json, qint64 chunk)
{
    QBuffer buffer;
    buffer.setData(json);
    buffer.open(QIODevice::ReadOnly);
    JsonStream stream(buffer, chunk);
    Walk result;
    QJsonValue value;
    JsonStream::Range range;
    switch (stream.readRoot()) {
    case JsonStream::Root::Object: {
        QJsonObject object;
        QString key;
        qint64 keyOffset = 0;
        while (stream.nextMember(&key, &keyOffset)) {
            if (stream.atArray()) {
                qint64 start = 0;
                stream.enterArray(&start);
                QJsonArray array;
                while (stream.nextElement(&value, &range))
                    array.append(value);
                object.insert(key, array);
            } else if (stream.readValue(&value, &range)) {
                object.insert(key, value);
            }
        }
        result.value = object;
        break;
    }
    case JsonStream::Root::Array: {
        QJsonArray array;
        while (stream.nextElement(&value, &range))
            array.append(value);
        result.value = array;
        break;
    }
    case JsonStream::Root::Invalid: break;
    }
    if (!stream.failed())
        stream.readEnd();
    result.error = stream.error();
    return result;
}

void TestJsonStream::sameValues_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addRow("sample") << sample;
    QTest::addRow("compact") << QJsonDocument::fromJson(sample).toJson(QJsonDocument::Compact);
    QTest::addRow("root array") << QByteArray(R"([1, "]", {"a": [2]}, [[]]])");
    QTest::addRow("byte-order mark") << QByteArray("\xEF\xBB\xBF" + sample);
    QTest::addRow("empty object") << QByteArray(" {} ");
    QTest::addRow("CRLF and tabs") << QByteArray(sample).replace("\n", "\r\n\t");
    QTest::addRow("duplicate keys, the last wins") << QByteArray(R"({"a": 1, "a": [2]})");
}

void TestJsonStream::sameValues()
{
    QFETCH(QByteArray, json);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonValue expected
        = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    for (const qint64 chunk : chunkSizes) {
        const Walk read = walk(json, chunk);
        QCOMPARE(read.error.error, QJsonParseError::NoError);
        QCOMPARE(read.value, expected);
    }
}

void TestJsonStream::sameErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    for (const char *json : {"",
                             " ",
                             "{",
                             "[",
                             "x",
                             "\"x\"",
                             "1",
                             "\xEF\xBB\xBF",
                             "\xEF\xBB\xBF{",
                             "{]",
                             "[}",
                             "{}x",
                             "{} }",
                             "[1",
                             "[1,",
                             "[1,]",
                             "[,1]",
                             "[1 2]",
                             "[tru",
                             "[true",
                             "[tru]",
                             "[nul]",
                             "[t,1]",
                             "{\"a\"",
                             "{\"a\":",
                             "{\"a\":1",
                             "{\"a\":1,",
                             "{\"a\":1,}",
                             "{\"a\" 1}",
                             "{1:2}",
                             "{\"a\":1 \"b\":2}",
                             "{\"a\":[1}]}",
                             "{\"a\":{\"b\":]}}",
                             "{\"a\":-}",
                             "{\"a\":01}",
                             "{\"a\":[1e400]}",
                             "{\"a\":\"\\u12\"}",
                             "{\"a\":\"\\",
                             "{\"a\":\"\xC3(\"}",
                             "{\"a\":\"\xFF\"}",
                             "{\"a\\\":1}",
                             "{\"a\":[[[[",
                             "{\"a\":[1],}",
                             "{\"a\":[1]\n\n\n         \n  {",
                             "[1,\n\n              \n        ]",
                             "{\"a\":[{\"b\":1}\n    {\"c\":2}]}",
                             "{\"a\":[1]]",
                             "{\"a\":[]}]",
                             "{\"a\":\"x\"}\"",
                             "[\"a\":1]",
                             "{\"a\":[1:2]}",
                             "{\"a\":[\"x\"\"y\"]}",
                             "{\"a\"::1}",
                             "[[1]",
                             "[1]]"}) {
        QTest::addRow("%s", QByteArray(json).replace("\n", "\\n").constData()) << QByteArray(json);
    }
}

void TestJsonStream::sameErrors()
{
    QFETCH(QByteArray, json);
    QJsonParseError expected;
    QJsonDocument::fromJson(json, &expected);
    QVERIFY(expected.error != QJsonParseError::NoError);
    for (const qint64 chunk : chunkSizes) {
        const Walk read = walk(json, chunk);
        QCOMPARE(read.error.error, expected.error);
        QCOMPARE(read.error.offset, qint64(expected.offset));
        QCOMPARE(read.error.message, expected.errorString());
    }
}

// The sample cut short at every byte, and with every byte removed: the same error as
// QJsonDocument's, or the same value.
void TestJsonStream::cutAnywhere()
{
    for (qsizetype size = 0; size < sample.size(); ++size) {
        for (const QByteArray &json : {sample.first(size), QByteArray(sample).remove(size, 1)}) {
            QJsonParseError expected;
            const QJsonDocument document = QJsonDocument::fromJson(json, &expected);
            for (const qint64 chunk : {1, 7}) {
                const Walk read = walk(json, chunk);
                QVERIFY2(read.error.error == expected.error
                             && read.error.offset == qint64(expected.offset),
                         json.constData());
                if (expected.error == QJsonParseError::NoError)
                    QCOMPARE(read.value, QJsonValue(document.object()));
            }
        }
    }
}

void TestJsonStream::rangesAndPositions()
{
    QBuffer buffer;
    buffer.setData(sample);
    buffer.open(QIODevice::ReadOnly);
    JsonStream stream(buffer, 4);
    QCOMPARE(stream.readRoot(), JsonStream::Root::Object);
    QString key;
    qint64 keyOffset = 0;
    QJsonValue value;
    JsonStream::Range range;
    QVERIFY(stream.nextMember(&key, &keyOffset));
    QCOMPARE(key, u"a"_s);
    QVERIFY(sample.mid(keyOffset).startsWith("\"a\": 1"));
    QVERIFY(stream.readValue(&value, &range));
    QVERIFY(stream.nextMember(&key, &keyOffset));
    QCOMPARE(key, u"list"_s);
    qint64 start = 0;
    QVERIFY(stream.enterArray(&start));
    QVERIFY(sample.mid(start).startsWith("[10,"));
    QList<JsonStream::Range> ranges;
    while (stream.nextElement(&value, &range))
        ranges.append(range);
    QCOMPARE(ranges.size(), 7);
    QCOMPARE(stream.read(ranges[1]), QByteArray(R"({"x": "y\"}", "deep": [[], {}, "é"]})"));
    QCOMPARE(stream.read(ranges[6]), QByteArray(R"("]}")"));
    // Read again from the device once the buffer has moved on.
    while (stream.nextMember(&key, &keyOffset))
        stream.readValue(&value, &range);
    QVERIFY(stream.readEnd());
    QCOMPARE(stream.read(ranges[2]), QByteArray("-1.5e3"));
    const auto position = stream.lineAndColumn(ranges[6].start);
    QCOMPARE(position.line, 3);
    const qsizetype lineStart = sample.indexOf("  \"list\"");
    const QByteArray before = sample.sliced(lineStart, ranges[6].start - lineStart);
    QCOMPARE(position.column, int(QString::fromUtf8(before).size() + 1));
}

// A hundred thousand levels: an error, found without recursion, with QJsonDocument's offset.
void TestJsonStream::deepNesting()
{
    const QList<QByteArray> documents{
        QByteArray(100'000, '['), QByteArray("{\"a\":" + QByteArray(100'000, '[')),
        QByteArray("{\"a\":[" + QByteArray(100'000, '{').replace("{", "{\"a\":"))};
    for (const QByteArray &json : documents) {
        QJsonParseError expected;
        QJsonDocument::fromJson(json, &expected);
        const Walk read = walk(json, 4096);
        QCOMPARE(read.error.error, QJsonParseError::DeepNesting);
        QCOMPARE(read.error.offset, qint64(expected.offset));
    }
}

void TestJsonStream::secondPass()
{
    QBuffer buffer;
    buffer.setData(sample);
    buffer.open(QIODevice::ReadOnly);
    JsonStream stream(buffer, 3);
    QCOMPARE(stream.readRoot(), JsonStream::Root::Object);
    QString key;
    qint64 keyOffset = 0;
    qint64 last = 0;
    while (stream.nextMember(&key, &keyOffset)) {
        if (key == u"last"_s)
            QVERIFY(stream.enterArray(&last));
        else
            QVERIFY(stream.readValue(nullptr, nullptr));
        while (stream.nextElement(nullptr, nullptr)) { }
    }
    QVERIFY(stream.readEnd());
    QVERIFY(stream.seekArray(last));
    QJsonValue value;
    JsonStream::Range range;
    QJsonArray array;
    while (stream.nextElement(&value, &range))
        array.append(value);
    QVERIFY(!stream.failed());
    QCOMPARE(array, QJsonDocument::fromJson(sample).object().value(u"last"_s).toArray());
}

QTEST_GUILESS_MAIN(TestJsonStream)
#include "tst_jsonstream.moc"
