// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "story/jsonlocator.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace storyline;

class TestJsonLocator : public QObject
{
    Q_OBJECT

private slots:
    void valueOffset_data();
    void valueOffset();
    void keyOffset();
    void position();
};

static const QByteArray json = R"({
  "a": 1,
  "list": [10, {"x": "y\"}", "deep": [[], {}, "é"]}],
  "k\u00e9y": true,
  "last": {"z": null}
})";

void TestJsonLocator::valueOffset_data()
{
    QTest::addColumn<QStringList>("path");
    QTest::addColumn<QByteArray>("startsWith"); // what the text at the offset starts with

    QTest::addRow("root") << QStringList() << QByteArray("{");
    QTest::addRow("a") << QStringList{u"a"_s} << QByteArray("1,");
    QTest::addRow("list") << QStringList{u"list"_s} << QByteArray("[10");
    QTest::addRow("list[0]") << QStringList{u"list"_s, u"0"_s} << QByteArray("10,");
    QTest::addRow("list[1].x") << QStringList{u"list"_s, u"1"_s, u"x"_s} << QByteArray(R"("y\"}")");
    QTest::addRow("deep[2]") << QStringList{u"list"_s, u"1"_s, u"deep"_s, u"2"_s}
                             << QByteArray("\"é\"");
    QTest::addRow("deep[1]") << QStringList{u"list"_s, u"1"_s, u"deep"_s, u"1"_s}
                             << QByteArray("{}");
    QTest::addRow("escaped key") << QStringList{u"kéy"_s} << QByteArray("true");
    QTest::addRow("last.z") << QStringList{u"last"_s, u"z"_s} << QByteArray("null");
}

void TestJsonLocator::valueOffset()
{
    QFETCH(QStringList, path);
    QFETCH(QByteArray, startsWith);
    const auto offset = JsonLocator::valueOffset(json, path);
    QVERIFY(offset.has_value());
    QVERIFY2(json.mid(*offset).startsWith(startsWith), json.mid(*offset, 10).constData());
    QVERIFY(!JsonLocator::valueOffset(json, {u"nothing"_s}).has_value());
    QVERIFY(!JsonLocator::valueOffset(json, {u"list"_s, u"7"_s}).has_value());
}

void TestJsonLocator::keyOffset()
{
    const auto offset = JsonLocator::keyOffset(json, {u"last"_s, u"z"_s});
    QVERIFY(offset.has_value());
    QVERIFY(json.mid(*offset).startsWith("\"z\""));
}

void TestJsonLocator::position()
{
    // Columns count characters, not bytes: "é" is two bytes, one column.
    const QByteArray text = "ab\n\xC3\xA9x\ny";
    QCOMPARE(JsonLocator::position(text, 0), (JsonLocator::Position{1, 1}));
    QCOMPARE(JsonLocator::position(text, 3), (JsonLocator::Position{2, 1}));
    QCOMPARE(JsonLocator::position(text, 5), (JsonLocator::Position{2, 2}));
    QCOMPARE(JsonLocator::position(text, 7), (JsonLocator::Position{3, 1}));
}

QTEST_GUILESS_MAIN(TestJsonLocator)
#include "tst_jsonlocator.moc"
