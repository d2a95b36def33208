// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/numberformat.h"

#include "story/bundledstory.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace storyline;

// What ICU 72 (CLDR 42) gives, written with escapes so the spaces show: French puts a no-break
// space (U+00A0) between the number, the scale word and the currency, and before "%"; its
// compact scale words are "k", "M", "Md" (milliard, 10^9) and "Bn" (billion, 10^12); the
// currency is "$US".
class TestNumberFormat : public QObject
{
    Q_OBJECT

private slots:
    void money_data();
    void money();
    void percent_data();
    void percent();
    void approximateFigures_data();
    void approximateFigures();
    void unknownLanguageIsEnglish();
    void otherCurrency();
    void copiesShareFormatters();
};

void TestNumberFormat::money_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");

    QTest::addRow("en 2 trillion") << u"en"_s << 2e12 << u"$2T"_s;
    QTest::addRow("en 1 trillion") << u"en"_s << 1e12 << u"$1T"_s;
    QTest::addRow("en 5.5 billion") << u"en"_s << 5.5e9 << u"$5.5B"_s;
    QTest::addRow("en 500 billion") << u"en"_s << 5e11 << u"$500B"_s;
    QTest::addRow("en 1.25 trillion keeps 3 digits") << u"en"_s << 1.25e12 << u"$1.25T"_s;
    QTest::addRow("en 1.5 trillion") << u"en"_s << 1.5e12 << u"$1.5T"_s;
    QTest::addRow("en 12 million") << u"en"_s << 12e6 << u"$12M"_s;
    QTest::addRow("en zero") << u"en"_s << 0.0 << u"$0"_s;
    QTest::addRow("fr 2 trillion") << u"fr"_s << 2e12 << u"2\u00A0Bn\u00A0$US"_s;
    QTest::addRow("fr 1 trillion") << u"fr"_s << 1e12 << u"1\u00A0Bn\u00A0$US"_s;
    QTest::addRow("fr 5.5 billion") << u"fr"_s << 5.5e9 << u"5,5\u00A0Md\u00A0$US"_s;
    QTest::addRow("fr 500 billion") << u"fr"_s << 5e11 << u"500\u00A0Md\u00A0$US"_s;
    QTest::addRow("fr 12 million") << u"fr"_s << 12e6 << u"12\u00A0M\u00A0$US"_s;
}

void TestNumberFormat::money()
{
    QFETCH(QString, language);
    QFETCH(double, value);
    QFETCH(QString, expected);
    QCOMPARE(NumberFormat(language).compactMoney(value, u"USD"_s), expected);
}

void TestNumberFormat::percent_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");

    QTest::addRow("en 17") << u"en"_s << 17.0 << u"17%"_s;
    QTest::addRow("en 95") << u"en"_s << 95.0 << u"95%"_s;
    QTest::addRow("en 2.5") << u"en"_s << 2.5 << u"2.5%"_s;
    QTest::addRow("fr 17") << u"fr"_s << 17.0 << u"17\u00A0%"_s;
    QTest::addRow("fr 2.5") << u"fr"_s << 2.5 << u"2,5\u00A0%"_s;
}

void TestNumberFormat::percent()
{
    QFETCH(QString, language);
    QFETCH(double, value);
    QFETCH(QString, expected);
    QCOMPARE(NumberFormat(language).percent(value), expected);
}

void TestNumberFormat::approximateFigures_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("figureId");
    QTest::addColumn<QString>("expected");

    QTest::addRow("en exact") << u"en"_s << u"selloff-a000"_s << u"$2T"_s;
    QTest::addRow("en nearly") << u"en"_s << u"selloff-a001"_s << u"\u2248\u00A0$1T"_s;
    QTest::addRow("en percent") << u"en"_s << u"nvidia-share-drop"_s << u"17%"_s;
    QTest::addRow("en charge") << u"en"_s << u"h20-charge"_s << u"$5.5B"_s;
    QTest::addRow("fr nearly") << u"fr"_s << u"selloff-a001"_s
                               << u"\u2248\u00A01\u00A0Bn\u00A0$US"_s;
    QTest::addRow("fr percent") << u"fr"_s << u"nvidia-share-drop"_s << u"17\u00A0%"_s;
}

void TestNumberFormat::approximateFigures()
{
    QFETCH(QString, language);
    QFETCH(QString, figureId);
    QFETCH(QString, expected);
    const Result<Story> story = BundledStory::load();
    QVERIFY(story.ok());
    const Figure *figure = story.value().figure(figureId);
    QVERIFY(figure);
    QCOMPARE(NumberFormat(language).figure(*figure), expected);
}

void TestNumberFormat::unknownLanguageIsEnglish()
{
    QCOMPARE(NumberFormat().compactMoney(2e12, u"USD"_s), u"$2T"_s);
    QCOMPARE(NumberFormat().language(), u"en"_s);
    QVERIFY(!NumberFormat(u"xx"_s).compactMoney(2e12, u"USD"_s).isEmpty());
}

void TestNumberFormat::otherCurrency()
{
    QCOMPARE(NumberFormat(u"en"_s).compactMoney(3e9, u"EUR"_s), u"€3B"_s);
    QCOMPARE(NumberFormat(u"fr"_s).compactMoney(3e9, u"EUR"_s), u"3\u00A0Md\u00A0€"_s);
    // Not a currency code: the number still shows, with the code.
    QVERIFY(NumberFormat(u"en"_s).compactMoney(3e9, u"dollars"_s).contains(u'3'));
}

void TestNumberFormat::copiesShareFormatters()
{
    const NumberFormat french(u"fr"_s);
    NumberFormat copy(u"en"_s);
    copy = french;
    QCOMPARE(copy.language(), u"fr"_s);
    QCOMPARE(copy.percent(17), french.percent(17));
}

QTEST_GUILESS_MAIN(TestNumberFormat)
#include "tst_numberformat.moc"
