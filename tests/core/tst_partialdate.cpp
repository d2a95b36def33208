// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "story/partialdate.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace storyline;

class TestPartialDate : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void invalid_data();
    void invalid();
    void precisionNames();
    void extremesKeepTheirDays();
};

void TestPartialDate::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Precision>("precision");
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");

    QTest::addRow("day") << u"2025-01-31"_s << Precision::Day << QDate(2025, 1, 31)
                         << QDate(2025, 1, 31);
    QTest::addRow("leap day") << u"2024-02-29"_s << Precision::Day << QDate(2024, 2, 29)
                              << QDate(2024, 2, 29);
    QTest::addRow("week 5") << u"2025-W05"_s << Precision::Week << QDate(2025, 1, 27)
                            << QDate(2025, 2, 2);
    QTest::addRow("week 1 starts in December")
        << u"2025-W01"_s << Precision::Week << QDate(2024, 12, 30) << QDate(2025, 1, 5);
    QTest::addRow("week 53") << u"2020-W53"_s << Precision::Week << QDate(2020, 12, 28)
                             << QDate(2021, 1, 3);
    QTest::addRow("month") << u"2025-02"_s << Precision::Month << QDate(2025, 2, 1)
                           << QDate(2025, 2, 28);
    QTest::addRow("spring") << u"2025-SP"_s << Precision::Season << QDate(2025, 3, 1)
                            << QDate(2025, 5, 31);
    QTest::addRow("summer") << u"2025-SU"_s << Precision::Season << QDate(2025, 6, 1)
                            << QDate(2025, 8, 31);
    QTest::addRow("autumn") << u"2025-FA"_s << Precision::Season << QDate(2025, 9, 1)
                            << QDate(2025, 11, 30);
    QTest::addRow("winter") << u"2025-WI"_s << Precision::Season << QDate(2025, 12, 1)
                            << QDate(2026, 2, 28);
    QTest::addRow("quarter") << u"2025-Q2"_s << Precision::Quarter << QDate(2025, 4, 1)
                             << QDate(2025, 6, 30);
    QTest::addRow("year") << u"2025"_s << Precision::Year << QDate(2025, 1, 1)
                          << QDate(2025, 12, 31);
}

void TestPartialDate::parse()
{
    QFETCH(QString, text);
    QFETCH(Precision, precision);
    QFETCH(QDate, first);
    QFETCH(QDate, last);

    const auto date = PartialDate::parse(text);
    QVERIFY(date.has_value());
    QCOMPARE(date->precision(), precision);
    QCOMPARE(date->first(), first);
    QCOMPARE(date->last(), last);
    QCOMPARE(date->toString(), text); // the text form round-trips
}

void TestPartialDate::invalid_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text : {"", "2025-13", "2025-00", "2025-02-30", "2023-02-29", "2025-W00",
                             "2025-W53", "2025-Q5", "2025-XX", "25-01-31", "0000", "2025-1-31",
                             "2025-01-31T10:00", " 2025", "année", "99999"})
        QTest::addRow("%s", text) << QString::fromLatin1(text);
}

void TestPartialDate::invalid()
{
    QFETCH(QString, text);
    QVERIFY(!PartialDate::parse(text).has_value());
}

void TestPartialDate::precisionNames()
{
    for (Precision p : {Precision::Day, Precision::Week, Precision::Month, Precision::Season,
                        Precision::Quarter, Precision::Year})
        QCOMPARE(precisionFromName(precisionName(p)), p);
    QVERIFY(!precisionFromName(u"fortnight").has_value());
}

void TestPartialDate::extremesKeepTheirDays()
{
    // Days are kept in 32 bits: the first and last dates a story may hold come back whole.
    const auto first = PartialDate::parse(u"0001-01-01"_s);
    QVERIFY(first.has_value());
    QCOMPARE(first->first(), QDate(1, 1, 1));
    const auto last = PartialDate::parse(u"9999-FA"_s);
    QVERIFY(last.has_value());
    QCOMPARE(last->last(), QDate(9999, 11, 30));
    QCOMPARE(PartialDate::year(9999).last(), QDate(9999, 12, 31));
    // A date beyond 32-bit days (no story holds one) is invalid, not wrapped around.
    QVERIFY(!PartialDate::day(QDate::fromJulianDay(qint64(1) << 40)).isValid());
    QVERIFY(!PartialDate().isValid());
    QVERIFY(!PartialDate().first().isValid());
    QCOMPARE(PartialDate(), PartialDate::day(QDate()));
}

QTEST_GUILESS_MAIN(TestPartialDate)
#include "tst_partialdate.moc"
