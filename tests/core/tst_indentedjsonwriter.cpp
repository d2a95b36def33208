// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "indentedjsonwriter.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace storyline;

// IndentedJsonWriter must write what QJsonDocument::toJson(Indented) writes: the same bytes.
class TestIndentedJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void escapesAsQtDoes_data();
    void escapesAsQtDoes();
    void nestingAsQtDoes();
    void writeErrorIsReported();
};

void TestIndentedJsonWriter::escapesAsQtDoes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("empty") << QString();
    QTest::addRow("plain") << u"Ministry of Commerce: The court delays the merger."_s;
    QTest::addRow("quote and backslash") << u"say \"no\" \\ C:\\path"_s;
    QTest::addRow("named controls") << u"a\bb\fc\nd\re\tf"_s;
    QTest::addRow("other controls") << QString(u"\u0001\u001f\u007f"_s + QChar(0) + u'x');
    QTest::addRow("accents and curly apostrophe") << u"Le modèle d’IA étend ses accords"_s;
    QTest::addRow("two and three bytes") << u"ß ŒUVRE 英伟达 \u00A0\u202F\uFFFD"_s;
    QTest::addRow("supplementary plane") << u"👩‍💻 𝐇𝟐𝟎"_s;
    QTest::addRow("lone high surrogate") << QString(u"a"_s + QChar(0xD83D) + u"b"_s);
    QTest::addRow("lone low surrogate at the end") << QString(u"a"_s + QChar(0xDC00));
    QTest::addRow("swapped surrogates") << QString(QChar(0xDC00) + QChar(0xD83D));
}

void TestIndentedJsonWriter::escapesAsQtDoes()
{
    QFETCH(QString, text);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    IndentedJsonWriter writer(&buffer);
    writer.beginObject();
    writer.key(text);
    writer.value(text);
    writer.endObject();
    QVERIFY(writer.flush());
    QCOMPARE(buffer.data(), QJsonDocument(QJsonObject{{text, text}}).toJson());
}

void TestIndentedJsonWriter::nestingAsQtDoes()
{
    const QJsonObject expected{
        {u"articles"_s,
         QJsonArray{QJsonObject{{u"id"_s, u"s1"_s}, {u"url"_s, QJsonValue()}}, QJsonObject{}}},
        {u"empty"_s, QJsonArray{}},
        {u"nested"_s, QJsonArray{QJsonArray{1, u"x"_s}, QJsonArray{}}},
        {u"version"_s, 1},
    };
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    IndentedJsonWriter writer(&buffer);
    writer.beginObject();
    writer.key(u"articles");
    writer.beginArray();
    writer.beginObject();
    writer.key(u"id");
    writer.value(u"s1");
    writer.key(u"url");
    writer.null();
    writer.endObject();
    writer.beginObject();
    writer.endObject();
    writer.endArray();
    writer.key(u"empty");
    writer.beginArray();
    writer.endArray();
    writer.key(u"nested");
    writer.beginArray();
    writer.beginArray();
    writer.value(1);
    writer.value(u"x");
    writer.endArray();
    writer.beginArray();
    writer.endArray();
    writer.endArray();
    writer.key(u"version");
    writer.value(1);
    writer.endObject();
    QVERIFY(writer.flush());
    QCOMPARE(buffer.data(), QJsonDocument(expected).toJson(QJsonDocument::Indented));
}

void TestIndentedJsonWriter::writeErrorIsReported()
{
    QBuffer buffer; // not open: every write fails
    IndentedJsonWriter writer(&buffer);
    writer.beginArray();
    writer.endArray();
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): device not open");
    QVERIFY(!writer.flush());
    QVERIFY(!writer.flush());
}

QTEST_GUILESS_MAIN(TestIndentedJsonWriter)
#include "tst_indentedjsonwriter.moc"
