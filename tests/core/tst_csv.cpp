// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csv.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace storyline;

class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void record_data();
    void record();
    void roundTrip();
};

void TestCsv::record_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("expected");

    QTest::addRow("plain") << QStringList{u"a"_s, u"b"_s} << u"a,b\r\n"_s;
    QTest::addRow("comma") << QStringList{u"1,5 %"_s} << u"\"1,5 %\"\r\n"_s;
    QTest::addRow("quote") << QStringList{u"« il a dit \"non\" »"_s}
                           << u"\"« il a dit \"\"non\"\" »\"\r\n"_s;
    QTest::addRow("newline") << QStringList{u"a\nb"_s} << u"\"a\nb\"\r\n"_s;
    QTest::addRow("empty") << QStringList{QString(), QString()} << u",\r\n"_s;
    QTest::addRow("formula =") << QStringList{u"=HYPERLINK(\"x\")"_s}
                               << u"\"'=HYPERLINK(\"\"x\"\")\"\r\n"_s;
    QTest::addRow("formula +") << QStringList{u"+cmd"_s} << u"'+cmd\r\n"_s;
    QTest::addRow("formula -") << QStringList{u"-2+3"_s} << u"'-2+3\r\n"_s;
    QTest::addRow("formula @") << QStringList{u"@SUM(A1)"_s} << u"'@SUM(A1)\r\n"_s;
    QTest::addRow("negative number stays") << QStringList{u"-17"_s} << u"-17\r\n"_s;
}

void TestCsv::record()
{
    QFETCH(QStringList, fields);
    QFETCH(QString, expected);
    QCOMPARE(Csv::record(fields), expected);
}

void TestCsv::roundTrip()
{
    const QList<QStringList> rows{{u"id"_s, u"quote"_s},
                                  {u"a000"_s, u"« Stargate », 500 milliards"_s},
                                  {u"a001"_s, u"deux\nlignes \"citées\""_s}};
    const QByteArray bytes = Csv::document(rows.first(), rows.mid(1));
    QCOMPARE(Csv::parse(QString::fromUtf8(bytes)), rows);
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
