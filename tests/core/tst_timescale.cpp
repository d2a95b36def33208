// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/axislabels.h"
#include "timeline/timescale.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace storyline;

namespace {

qint64 at(int year, int month, int day, int hour = 0)
{
    return TimeUnits::fromDate(QDate(year, month, day)) + hour * TimeUnits::hour;
}

TimeScale scale(qint64 start, qint64 end, double width = 1000)
{
    TimeScale s;
    s.setWidth(width);
    s.setRange(start, end);
    return s;
}

} // namespace

// The time <-> pixel arithmetic of the timeline, its zoom limits and its calendar ticks.
class TestTimeScale : public QObject
{
    Q_OBJECT

private slots:
    void timeUnits();
    void mapping_data();
    void mapping();
    void anchoredZoom_data();
    void anchoredZoom();
    void zoomLimits();
    void panAndBounds();
    void resizeKeepsRange();
    void tickLevel_data();
    void tickLevel();
    void ticksAreOnTheCalendar_data();
    void ticksAreOnTheCalendar();
    void majorLevels();
    void labels_data();
    void labels();
};

void TestTimeScale::timeUnits()
{
    QCOMPARE(TimeUnits::fromDate(QDate(1970, 1, 1)), 0);
    QCOMPARE(TimeUnits::fromDate(QDate(1970, 1, 2)), TimeUnits::day);
    QCOMPARE(TimeUnits::toDate(-1), QDate(1969, 12, 31));
    QCOMPARE(TimeUnits::toDate(at(2025, 1, 31, 23)), QDate(2025, 1, 31));
    const QDateTime noon = TimeUnits::toDateTime(at(2025, 5, 20, 12));
    QCOMPARE(noon.date(), QDate(2025, 5, 20));
    QCOMPARE(noon.time(), QTime(12, 0));
    QCOMPARE(TimeUnits::fromDateTime(noon), at(2025, 5, 20, 12));
}

void TestTimeScale::mapping_data()
{
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    QTest::addColumn<double>("width");

    QTest::addRow("a year") << at(2025, 1, 1) << at(2026, 1, 1) << 1000.0;
    QTest::addRow("a day, HiDPI-wide") << at(2025, 1, 7) << at(2025, 1, 8) << 3840.0;
    QTest::addRow("two hours") << at(2025, 1, 7, 10) << at(2025, 1, 7, 12) << 800.0;
    QTest::addRow("two centuries") << at(1900, 1, 1) << at(2100, 1, 1) << 1600.0;
    QTest::addRow("before 1970") << at(1850, 3, 1) << at(1860, 3, 1) << 500.0;
}

void TestTimeScale::mapping()
{
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    QFETCH(double, width);

    const TimeScale s = scale(start, end, width);
    QCOMPARE(s.start(), start);
    QCOMPARE(s.end(), end);
    QCOMPARE(s.toX(start), 0.0);
    QCOMPARE(s.toX(end), width);
    QCOMPARE(s.toX(start + (end - start) / 2), width / 2);
    QCOMPARE(s.msecsPerPixel(), double(end - start) / width);
    // Both ways, to the millisecond, at many points.
    for (int i = -5; i <= 15; ++i) {
        const qint64 t = start + (end - start) / 10 * i;
        QVERIFY(qAbs(s.toTime(s.toX(t)) - t) <= 1);
        const double x = width * i / 10;
        QVERIFY(qAbs(s.toX(s.toTime(x)) - x) < 1e-3);
    }
}

void TestTimeScale::anchoredZoom_data()
{
    QTest::addColumn<double>("anchorX");
    QTest::addColumn<double>("factor");

    for (double anchor : {0.0, 137.5, 500.0, 999.0}) {
        for (double factor : {2.0, 1.1, 0.5, 0.9, 40.0}) {
            QTest::addRow("x=%g factor=%g", anchor, factor) << anchor << factor;
        }
    }
}

void TestTimeScale::anchoredZoom()
{
    QFETCH(double, anchorX);
    QFETCH(double, factor);

    TimeScale s = scale(at(2025, 1, 1), at(2026, 1, 1));
    const qint64 before = s.toTime(anchorX);
    const double span = s.span();
    QVERIFY(s.zoom(factor, anchorX));
    QCOMPARE(s.span(), span / factor);
    QVERIFY2(qAbs(s.toTime(anchorX) - before) <= 1,
             qPrintable(u"%1 ms off"_s.arg(s.toTime(anchorX) - before)));
    // Zooming back returns to the same window.
    QVERIFY(s.zoom(1 / factor, anchorX));
    QVERIFY(qAbs(s.start() - at(2025, 1, 1)) <= 1);
    QVERIFY(qAbs(s.end() - at(2026, 1, 1)) <= 1);
}

void TestTimeScale::zoomLimits()
{
    TimeScale s = scale(at(2025, 1, 1), at(2026, 1, 1));
    QVERIFY(s.canZoomIn());
    QVERIFY(s.zoom(1e9, 500));
    QCOMPARE(s.span(), double(TimeScale::minimumSpan));
    QVERIFY(!s.canZoomIn());
    QVERIFY(!s.zoom(2, 500)); // nothing left to zoom
    QCOMPARE(s.span(), double(TimeScale::minimumSpan));

    QVERIFY(s.zoom(1e-9, 500));
    QCOMPARE(s.span(), double(TimeScale::maximumSpan));
    QVERIFY(!s.canZoomOut());
    QVERIFY(!s.zoom(0.5, 500));

    // setRange keeps the middle of a window it has to widen or narrow.
    s.setRange(at(2025, 1, 7, 12), at(2025, 1, 7, 12) + 1000);
    QCOMPARE(s.span(), double(TimeScale::minimumSpan));
    QVERIFY(qAbs((s.start() + s.end()) / 2 - (at(2025, 1, 7, 12) + 500)) <= 1);
    s.setRange(at(1000, 1, 1), at(3000, 1, 1));
    QCOMPARE(s.span(), double(TimeScale::maximumSpan));
    QVERIFY(qAbs((s.start() + s.end()) / 2 - at(2000, 1, 1)) < TimeUnits::day);
    // An hour is about an hour, three centuries are a few centuries.
    QCOMPARE(TimeScale::minimumSpan, TimeUnits::hour);
    QVERIFY(TimeScale::maximumSpan > 200 * TimeUnits::averageYear);
    QVERIFY(TimeScale::maximumSpan < 500 * TimeUnits::averageYear);
}

void TestTimeScale::panAndBounds()
{
    TimeScale s = scale(at(2025, 1, 1), at(2025, 2, 1));
    const double perPixel = s.msecsPerPixel();
    QVERIFY(s.pan(100)); // content right: earlier times
    QVERIFY(qAbs(double(s.start()) - (double(at(2025, 1, 1)) - 100 * perPixel)) <= 1);
    QVERIFY(s.pan(-100));
    QVERIFY(qAbs(s.start() - at(2025, 1, 1)) <= 1);

    // With bounds, the middle of the window stays within them.
    s.setBounds(at(2024, 11, 5), at(2025, 10, 31));
    s.pan(1e7);
    QCOMPARE((s.start() + s.end()) / 2, at(2024, 11, 5));
    s.pan(-1e7);
    QCOMPARE((s.start() + s.end()) / 2, at(2025, 10, 31));
    // A zoom-out keeps the window inside too.
    s.zoom(0.01, 0);
    QVERIFY((s.start() + s.end()) / 2 <= at(2025, 10, 31));
    QVERIFY((s.start() + s.end()) / 2 >= at(2024, 11, 5));
}

void TestTimeScale::resizeKeepsRange()
{
    TimeScale s = scale(at(2025, 1, 1), at(2025, 7, 1), 800);
    s.setWidth(1600);
    QCOMPARE(s.start(), at(2025, 1, 1));
    QCOMPARE(s.end(), at(2025, 7, 1));
    QCOMPARE(s.toX(at(2025, 7, 1)), 1600.0);
}

void TestTimeScale::tickLevel_data()
{
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    QTest::addColumn<TickUnit>("unit");
    QTest::addColumn<int>("step");

    QTest::addRow("three centuries: twenty years")
        << at(1800, 1, 1) << at(2100, 1, 1) << TickUnit::Year << 20;
    QTest::addRow("a century: decades") << at(1950, 1, 1) << at(2050, 1, 1) << TickUnit::Year << 10;
    QTest::addRow("a decade: years") << at(2020, 1, 1) << at(2030, 1, 1) << TickUnit::Year << 1;
    QTest::addRow("three years: quarters")
        << at(2023, 1, 1) << at(2026, 1, 1) << TickUnit::Month << 3;
    QTest::addRow("a year: months") << at(2025, 1, 1) << at(2026, 1, 1) << TickUnit::Month << 1;
    QTest::addRow("two months: weeks") << at(2025, 1, 1) << at(2025, 3, 1) << TickUnit::Week << 1;
    QTest::addRow("ten days: days") << at(2025, 1, 1) << at(2025, 1, 11) << TickUnit::Day << 1;
    QTest::addRow("two days: three hours")
        << at(2025, 1, 1) << at(2025, 1, 3) << TickUnit::Hour << 3;
    QTest::addRow("twelve hours: hours")
        << at(2025, 1, 7, 6) << at(2025, 1, 7, 18) << TickUnit::Hour << 1;
    QTest::addRow("an hour: five minutes")
        << at(2025, 1, 7, 6) << at(2025, 1, 7, 7) << TickUnit::Minute << 5;
}

void TestTimeScale::tickLevel()
{
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    QFETCH(TickUnit, unit);
    QFETCH(int, step);

    const TimeScale s = scale(start, end, 1000);
    const TickLevel level = s.tickLevel(60);
    QCOMPARE(level.unit, unit);
    QCOMPARE(level.step, step);
    // Ticks are at least the asked spacing apart, and the next finer level would not be.
    QVERIFY(double(level.nominalMsecs()) / s.msecsPerPixel() >= 60);
    const qsizetype index = TimeScale::levels().indexOf(level);
    if (index > 0) {
        const TickLevel finer = TimeScale::levels().at(index - 1);
        QVERIFY(double(finer.nominalMsecs()) / s.msecsPerPixel() < 60);
    }
    // A per-level spacing: wide month names push months to quarters.
    const TickLevel wide
        = s.tickLevel([](const TickLevel &l) { return l.unit == TickUnit::Month ? 500.0 : 60.0; });
    if (unit == TickUnit::Month)
        QVERIFY(wide.unit == TickUnit::Year || wide.step > step);
}

void TestTimeScale::ticksAreOnTheCalendar_data()
{
    QTest::addColumn<TickUnit>("unit");
    QTest::addColumn<int>("step");
    QTest::addColumn<qint64>("from");
    QTest::addColumn<qint64>("to");
    QTest::addColumn<QList<qint64>>("expected");

    QTest::addRow("months") << TickUnit::Month << 1 << at(2025, 1, 15) << at(2025, 4, 1)
                            << QList<qint64>{at(2025, 1, 1), at(2025, 2, 1), at(2025, 3, 1),
                                             at(2025, 4, 1)};
    QTest::addRow("quarters") << TickUnit::Month << 3 << at(2024, 12, 15) << at(2025, 7, 2)
                              << QList<qint64>{at(2024, 10, 1), at(2025, 1, 1), at(2025, 4, 1),
                                               at(2025, 7, 1)};
    QTest::addRow("weeks on Mondays")
        << TickUnit::Week << 1 << at(2025, 1, 1) << at(2025, 1, 20)
        << QList<qint64>{at(2024, 12, 30), at(2025, 1, 6), at(2025, 1, 13), at(2025, 1, 20)};
    QTest::addRow("decades") << TickUnit::Year << 10 << at(1995, 6, 1) << at(2021, 1, 1)
                             << QList<qint64>{at(1990, 1, 1), at(2000, 1, 1), at(2010, 1, 1),
                                              at(2020, 1, 1)};
    QTest::addRow("six hours") << TickUnit::Hour << 6 << at(2025, 1, 7, 5) << at(2025, 1, 8)
                               << QList<qint64>{at(2025, 1, 7, 0), at(2025, 1, 7, 6),
                                                at(2025, 1, 7, 12), at(2025, 1, 7, 18),
                                                at(2025, 1, 8, 0)};
    QTest::addRow("days before 1970")
        << TickUnit::Day << 1 << at(1969, 12, 30, 13) << at(1970, 1, 1, 1)
        << QList<qint64>{at(1969, 12, 30), at(1969, 12, 31), at(1970, 1, 1)};
}

void TestTimeScale::ticksAreOnTheCalendar()
{
    QFETCH(TickUnit, unit);
    QFETCH(int, step);
    QFETCH(qint64, from);
    QFETCH(qint64, to);
    QFETCH(QList<qint64>, expected);

    QCOMPARE(TimeScale::ticks({unit, step}, from, to), expected);
}

void TestTimeScale::majorLevels()
{
    QCOMPARE(TimeScale::majorLevel({TickUnit::Hour, 1}), (TickLevel{TickUnit::Day, 1}));
    QCOMPARE(TimeScale::majorLevel({TickUnit::Minute, 15}), (TickLevel{TickUnit::Day, 1}));
    QCOMPARE(TimeScale::majorLevel({TickUnit::Day, 1}), (TickLevel{TickUnit::Month, 1}));
    QCOMPARE(TimeScale::majorLevel({TickUnit::Week, 1}), (TickLevel{TickUnit::Month, 1}));
    QCOMPARE(TimeScale::majorLevel({TickUnit::Month, 3}), (TickLevel{TickUnit::Year, 1}));
    QCOMPARE(TimeScale::majorLevel({TickUnit::Year, 1}), (TickLevel{TickUnit::Year, 10}));
    QVERIFY(!TimeScale::majorLevel({TickUnit::Year, 10}).has_value());
}

void TestTimeScale::labels_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<TickUnit>("unit");
    QTest::addColumn<int>("step");
    QTest::addColumn<bool>("major");
    QTest::addColumn<AxisLabels::Form>("form");
    QTest::addColumn<qint64>("tick");
    QTest::addColumn<QString>("expected");

    const auto Long = AxisLabels::Form::Long;
    const auto Short = AxisLabels::Form::Short;
    QTest::addRow("French month") << u"fr"_s << TickUnit::Month << 1 << false << Long
                                  << at(2025, 1, 1) << u"janvier"_s;
    QTest::addRow("French short month")
        << u"fr"_s << TickUnit::Month << 1 << false << Short << at(2025, 2, 1) << u"févr."_s;
    QTest::addRow("French August")
        << u"fr"_s << TickUnit::Month << 1 << false << Long << at(2025, 8, 1) << u"août"_s;
    QTest::addRow("French month above days")
        << u"fr"_s << TickUnit::Month << 1 << true << Long << at(2025, 12, 1) << u"décembre 2025"_s;
    QTest::addRow("French day above hours") << u"fr"_s << TickUnit::Day << 1 << true << Long
                                            << at(2025, 1, 7) << u"mardi 7 janvier 2025"_s;
    QTest::addRow("French hour") << u"fr"_s << TickUnit::Hour << 1 << false << Long
                                 << at(2025, 1, 7, 14) << u"14:00"_s;
    QTest::addRow("English month")
        << u"en"_s << TickUnit::Month << 1 << false << Long << at(2025, 1, 1) << u"January"_s;
    QTest::addRow("English short month")
        << u"en"_s << TickUnit::Month << 3 << false << Short << at(2025, 4, 1) << u"Apr"_s;
    QTest::addRow("English month above weeks")
        << u"en"_s << TickUnit::Month << 1 << true << Long << at(2025, 5, 1) << u"May 2025"_s;
    QTest::addRow("English day") << u"en"_s << TickUnit::Day << 1 << false << Short
                                 << at(2025, 1, 7) << u"7"_s;
    QTest::addRow("English weekday")
        << u"en"_s << TickUnit::Day << 1 << false << Long << at(2025, 1, 7) << u"Tue 7"_s;
    QTest::addRow("year") << u"en"_s << TickUnit::Year << 1 << false << Long << at(2025, 1, 1)
                          << u"2025"_s;
    QTest::addRow("year above months")
        << u"fr"_s << TickUnit::Year << 1 << true << Long << at(2025, 1, 1) << u"2025"_s;
    QTest::addRow("decade") << u"en"_s << TickUnit::Year << 10 << true << Long << at(2020, 1, 1)
                            << u"2020s"_s;
}

void TestTimeScale::labels()
{
    QFETCH(QString, language);
    QFETCH(TickUnit, unit);
    QFETCH(int, step);
    QFETCH(bool, major);
    QFETCH(AxisLabels::Form, form);
    QFETCH(qint64, tick);
    QFETCH(QString, expected);

    const QLocale locale(language);
    const TickLevel level{unit, step};
    const QString label = major ? AxisLabels::majorLabel(level, tick, locale, form)
                                : AxisLabels::tickLabel(level, tick, locale, form);
    QCOMPARE(label, expected);
    QVERIFY(!AxisLabels::sampleLabels(level, locale, form).isEmpty());
}

QTEST_APPLESS_MAIN(TestTimeScale)
#include "tst_timescale.moc"
