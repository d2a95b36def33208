// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "story/bundledstory.h"
#include "storyselection.h"
#include "timeline/eventindex.h"
#include "timeline/timelinerenderer.h"
#include "timeline/timelineview.h"
#include "timeline/timescale.h"

#include <QDir>
#include <QHelpEvent>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolTip>
#include <QWheelEvent>

#include <memory>

using namespace Qt::StringLiterals;
using namespace storyline;

namespace {

qint64 msecs(const QDateTime &dateTime)
{
    return dateTime.toMSecsSinceEpoch();
}

QDateTime utc(int year, int month, int day)
{
    return TimeUnits::toDateTime(TimeUnits::fromDate(QDate(year, month, day)));
}

} // namespace

// The timeline widget driven like a user would, offscreen, on the bundled story.
class TestTimelineView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void zoomToFitShowsAllEvents();
    void wheelZoomsAroundTheCursor_data();
    void wheelZoomsAroundTheCursor();
    void horizontalWheelPans();
    void dragPans();
    void shiftDragZoomsToTheRange();
    void overviewDragMovesTheWindow();
    void keysZoom();
    void zoomLimits();
    void rightAndLeftWalkTheEvents();
    void homeAndEnd();
    void clickingAMarkerSelectsItsEvent();
    void clickingAClusterZoomsIntoIt();
    void doubleClickZoomsToTheEvent();
    void selectionScrollsIntoView();
    void entityFilter();
    void lanesToggle();
    void visibleRangeChanged();
    void toolTips();
    void paintsInLightAndDarkPalettes();
    void rendererLabelsNeverOverlap();

private:
    // The time at x, from the public window.
    qint64 timeAt(double x) const;
    double pixelMsecs() const;
    QStringList eventIds(const QStringList &entities = {}) const;
    void saveScreenshot(const QString &name);

    Story m_story;
    std::unique_ptr<StorySelection> m_selection;
    std::unique_ptr<TimelineView> m_view;
};

void TestTimelineView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const Result<Story> result = BundledStory::load();
    QVERIFY(result.ok());
    m_story = result.value();
    QCOMPARE(m_story.events.size(), 18);
}

void TestTimelineView::init()
{
    m_selection = std::make_unique<StorySelection>();
    m_view = std::make_unique<TimelineView>();
    m_view->resize(1200, 480);
    m_view->setLanguage(u"en"_s);
    m_view->setSelection(m_selection.get());
    m_view->setStory(&m_story);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    m_view->setFocus();
    m_view->zoomToFit();
}

void TestTimelineView::cleanup()
{
    m_view.reset();
    m_selection.reset();
}

qint64 TestTimelineView::timeAt(double x) const
{
    const qint64 start = msecs(m_view->visibleStart());
    const qint64 end = msecs(m_view->visibleEnd());
    return start + qint64(x / m_view->width() * double(end - start));
}

double TestTimelineView::pixelMsecs() const
{
    return double(msecs(m_view->visibleEnd()) - msecs(m_view->visibleStart())) / m_view->width();
}

QStringList TestTimelineView::eventIds(const QStringList &entities) const
{
    QStringList ids;
    for (const Event &event : m_story.events) {
        const QSet<QString> involved = m_story.eventEntities(event);
        if (std::all_of(entities.cbegin(), entities.cend(),
                        [&](const QString &id) { return involved.contains(id); }))
            ids.append(event.id);
    }
    return ids;
}

void TestTimelineView::saveScreenshot(const QString &name)
{
    // STORYLINE_SCREENSHOTS=/some/folder keeps what the view looks like, to look at it.
    const QString folder = qEnvironmentVariable("STORYLINE_SCREENSHOTS");
    if (!folder.isEmpty())
        m_view->grab().save(QDir(folder).filePath(name % u".png"_s));
}

void TestTimelineView::zoomToFitShowsAllEvents()
{
    QCOMPARE(m_view->filteredEventCount(), 18);
    QCOMPARE(m_view->visibleEventCount(), 18);
    QVERIFY(m_view->visibleStart() <= utc(2024, 11, 5));
    QVERIFY(m_view->visibleEnd() >= utc(2025, 10, 31));
    // And not much more: the story fills most of the width.
    QVERIFY(m_view->visibleEnd() < utc(2026, 2, 1));
    saveScreenshot(u"fit"_s);

    m_view->setVisibleRange(utc(2025, 1, 1), utc(2025, 2, 1));
    QVERIFY(m_view->visibleEventCount() < 18);
    m_view->zoomToFit();
    QCOMPARE(m_view->visibleEventCount(), 18);
}

void TestTimelineView::wheelZoomsAroundTheCursor_data()
{
    QTest::addColumn<double>("x");
    QTest::addColumn<int>("notches");
    QTest::addRow("in at a third") << 400.0 << 1;
    QTest::addRow("in, three notches, near the left") << 90.0 << 3;
    QTest::addRow("out near the right") << 1000.0 << -2;
    QTest::addRow("in at the middle") << 600.0 << 5;
}

void TestTimelineView::wheelZoomsAroundTheCursor()
{
    QFETCH(double, x);
    QFETCH(int, notches);

    const QPointF pos(x, 200);
    const qint64 before = timeAt(x);
    const qint64 span = msecs(m_view->visibleEnd()) - msecs(m_view->visibleStart());
    QWheelEvent wheel(pos, m_view->mapToGlobal(pos), QPoint(), QPoint(0, 120 * notches),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(m_view.get(), &wheel);

    const qint64 newSpan = msecs(m_view->visibleEnd()) - msecs(m_view->visibleStart());
    QCOMPARE(newSpan<span, notches> 0);
    // The date under the cursor stays put, within a pixel.
    QVERIFY2(std::abs(double(timeAt(x) - before)) <= pixelMsecs(),
             qPrintable(u"moved %1 px"_s.arg(double(timeAt(x) - before) / pixelMsecs())));
}

void TestTimelineView::horizontalWheelPans()
{
    const qint64 start = msecs(m_view->visibleStart());
    const qint64 span = msecs(m_view->visibleEnd()) - start;
    QWheelEvent wheel(QPointF(300, 200), m_view->mapToGlobal(QPointF(300, 200)), QPoint(-50, 0),
                      QPoint(-120, 0), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(m_view.get(), &wheel);
    QVERIFY(msecs(m_view->visibleStart()) > start); // content left: later times
    QCOMPARE(msecs(m_view->visibleEnd()) - msecs(m_view->visibleStart()), span); // no zoom

    // Shift+wheel pans too.
    const qint64 after = msecs(m_view->visibleStart());
    QWheelEvent shifted(QPointF(300, 200), m_view->mapToGlobal(QPointF(300, 200)), QPoint(),
                        QPoint(0, 120), Qt::NoButton, Qt::ShiftModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(m_view.get(), &shifted);
    QVERIFY(msecs(m_view->visibleStart()) < after);
    QCOMPARE(msecs(m_view->visibleEnd()) - msecs(m_view->visibleStart()), span);
}

void TestTimelineView::dragPans()
{
    const qint64 start = msecs(m_view->visibleStart());
    const double perPixel = pixelMsecs();
    const QPoint from(500, 300);
    const QPoint to(700, 310);
    QTest::mousePress(m_view.get(), Qt::LeftButton, {}, from);
    QTest::mouseMove(m_view.get(), to);
    QTest::mouseRelease(m_view.get(), Qt::LeftButton, {}, to);
    // 200 pixels to the right: the window starts 200 pixels' worth earlier.
    const double moved = double(start - msecs(m_view->visibleStart())) / perPixel;
    QVERIFY2(std::abs(moved - 200) <= 1, qPrintable(u"moved %1 px"_s.arg(moved)));
    QVERIFY(m_selection->currentEvent().isEmpty()); // a drag is not a click
}

void TestTimelineView::shiftDragZoomsToTheRange()
{
    const qint64 from = timeAt(300);
    const qint64 to = timeAt(700);
    QTest::mousePress(m_view.get(), Qt::LeftButton, Qt::ShiftModifier, QPoint(300, 300));
    QTest::mouseMove(m_view.get(), QPoint(500, 300));
    QTest::mouseMove(m_view.get(), QPoint(700, 300));
    QTest::mouseRelease(m_view.get(), Qt::LeftButton, Qt::ShiftModifier, QPoint(700, 300));
    const double tolerance = 2 * pixelMsecs() + 1000;
    QVERIFY(std::abs(double(msecs(m_view->visibleStart()) - from)) <= tolerance);
    QVERIFY(std::abs(double(msecs(m_view->visibleEnd()) - to)) <= tolerance);

    // The same by dragging in the axis band, without a modifier.
    m_view->zoomToFit();
    const qint64 axisFrom = timeAt(100);
    QTest::mousePress(m_view.get(), Qt::LeftButton, {}, QPoint(100, 10));
    QTest::mouseMove(m_view.get(), QPoint(400, 12));
    QTest::mouseRelease(m_view.get(), Qt::LeftButton, {}, QPoint(400, 12));
    QVERIFY(std::abs(double(msecs(m_view->visibleStart()) - axisFrom)) <= 2 * pixelMsecs() + 1000);
}

void TestTimelineView::overviewDragMovesTheWindow()
{
    m_view->setVisibleRange(utc(2025, 1, 1), utc(2025, 2, 1));
    const qint64 span = msecs(m_view->visibleEnd()) - msecs(m_view->visibleStart());
    // The overview is the strip at the bottom; its right end is the end of the story.
    const int y = m_view->height() - 8;
    QTest::mousePress(m_view.get(), Qt::LeftButton, {}, QPoint(m_view->width() - 60, y));
    QTest::mouseRelease(m_view.get(), Qt::LeftButton, {}, QPoint(m_view->width() - 60, y));
    QVERIFY(m_view->visibleStart() > utc(2025, 8, 1));
    QCOMPARE(msecs(m_view->visibleEnd()) - msecs(m_view->visibleStart()), span);
    // Dragging it left brings the window back.
    QTest::mousePress(m_view.get(), Qt::LeftButton, {}, QPoint(m_view->width() - 60, y));
    QTest::mouseMove(m_view.get(), QPoint(60, y));
    QTest::mouseRelease(m_view.get(), Qt::LeftButton, {}, QPoint(60, y));
    QVERIFY(m_view->visibleStart() < utc(2025, 1, 1));
}

void TestTimelineView::keysZoom()
{
    const auto span
        = [this] { return msecs(m_view->visibleEnd()) - msecs(m_view->visibleStart()); };
    const qint64 fit = span();
    QTest::keyClick(m_view.get(), Qt::Key_Equal, Qt::ControlModifier);
    const qint64 in = span();
    QVERIFY(in < fit);
    QTest::keyClick(m_view.get(), Qt::Key_Plus, Qt::ControlModifier);
    QVERIFY(span() < in);
    QTest::keyClick(m_view.get(), Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(span(), in);
    QTest::keyClick(m_view.get(), Qt::Key_Minus, Qt::ControlModifier);
    QTest::keyClick(m_view.get(), Qt::Key_Minus, Qt::ControlModifier);
    QVERIFY(span() > fit);
    QTest::keyClick(m_view.get(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(m_view->visibleEventCount(), 18);

    // Shift+arrows and Page keys pan without zooming.
    const qint64 start = msecs(m_view->visibleStart());
    const qint64 width = span();
    QTest::keyClick(m_view.get(), Qt::Key_Right, Qt::ShiftModifier);
    QVERIFY(msecs(m_view->visibleStart()) > start);
    QTest::keyClick(m_view.get(), Qt::Key_PageUp);
    QVERIFY(msecs(m_view->visibleStart()) < start);
    QCOMPARE(span(), width);
    QVERIFY(m_selection->currentEvent().isEmpty());
}

void TestTimelineView::zoomLimits()
{
    for (int i = 0; i < 60; ++i)
        m_view->zoomIn();
    const qint64 closest = msecs(m_view->visibleEnd()) - msecs(m_view->visibleStart());
    QCOMPARE(closest, TimeUnits::hour);
    for (int i = 0; i < 80; ++i)
        m_view->zoomOut();
    const qint64 widest = msecs(m_view->visibleEnd()) - msecs(m_view->visibleStart());
    QVERIFY(widest <= TimeScale::maximumSpan);
    QVERIFY(widest > 100 * TimeUnits::averageYear);
    // However far out, the story stays in view.
    QCOMPARE(m_view->visibleEventCount(), 18);
}

void TestTimelineView::rightAndLeftWalkTheEvents()
{
    const QStringList expected = eventIds();
    QCOMPARE(expected.first(), u"us-election-2024"_s);
    QCOMPARE(expected.at(1), u"ces-2025"_s);

    QStringList walked;
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QTest::keyClick(m_view.get(), Qt::Key_Right);
        walked.append(m_selection->currentEvent());
        // The selected event is always on screen with its own marker.
        QVERIFY2(!m_view->markerPosition(walked.last()).isNull(), qPrintable(walked.last()));
    }
    QCOMPARE(walked, expected);
    QTest::keyClick(m_view.get(), Qt::Key_Right); // at the end it stays there
    QCOMPARE(m_selection->currentEvent(), expected.last());

    QStringList back;
    for (qsizetype i = 0; i < expected.size() - 1; ++i) {
        QTest::keyClick(m_view.get(), Qt::Key_Left);
        back.prepend(m_selection->currentEvent());
    }
    QCOMPARE(back, expected.mid(0, expected.size() - 1));

    // N and P do the same.
    QTest::keyClick(m_view.get(), Qt::Key_N);
    QCOMPARE(m_selection->currentEvent(), expected.at(1));
    QTest::keyClick(m_view.get(), Qt::Key_P);
    QCOMPARE(m_selection->currentEvent(), expected.at(0));

    // Zoomed in on a day, walking still brings each event into view.
    m_view->setVisibleRange(utc(2025, 1, 1), utc(2025, 1, 2));
    for (int i = 0; i < 6; ++i) {
        QTest::keyClick(m_view.get(), Qt::Key_Right);
        QVERIFY(!m_view->markerPosition(m_selection->currentEvent()).isNull());
    }
    QCOMPARE(m_selection->currentEvent(), expected.at(6));
}

void TestTimelineView::homeAndEnd()
{
    QTest::keyClick(m_view.get(), Qt::Key_End);
    QCOMPARE(m_selection->currentEvent(), u"trump-xi-meeting"_s);
    QTest::keyClick(m_view.get(), Qt::Key_Home);
    QCOMPARE(m_selection->currentEvent(), u"us-election-2024"_s);

    // Only the events that pass the filter.
    m_selection->setEntities({u"deepseek"_s});
    const QStringList deepseek = eventIds({u"deepseek"_s});
    QTest::keyClick(m_view.get(), Qt::Key_Home);
    QCOMPARE(m_selection->currentEvent(), deepseek.first());
    QTest::keyClick(m_view.get(), Qt::Key_End);
    QCOMPARE(m_selection->currentEvent(), deepseek.last());
}

void TestTimelineView::clickingAMarkerSelectsItsEvent()
{
    int clicked = 0;
    for (const Event &event : std::as_const(m_story.events)) {
        m_view->zoomToFit();
        const QPoint pos = m_view->markerPosition(event.id);
        if (pos.isNull())
            continue; // in a cluster at this zoom
        QVERIFY(m_view->rect().contains(pos));
        QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, pos);
        QCOMPARE(m_selection->currentEvent(), event.id);
        ++clicked;
    }
    QVERIFY2(clicked >= 12, qPrintable(u"only %1 markers of their own"_s.arg(clicked)));
}

void TestTimelineView::clickingAClusterZoomsIntoIt()
{
    // A narrow view holds a few clusters; clicking one zooms until its events come apart.
    m_view->resize(520, 300);
    m_view->zoomToFit();
    QString clustered;
    for (const Event &event : std::as_const(m_story.events)) {
        if (m_view->clusterRect(event.id).isValid()) {
            clustered = event.id;
            break;
        }
    }
    QVERIFY(!clustered.isEmpty());
    saveScreenshot(u"narrow"_s);
    for (int i = 0; i < 8 && m_view->markerPosition(clustered).isNull(); ++i) {
        const QRect cluster = m_view->clusterRect(clustered);
        QVERIFY(cluster.isValid());
        const qint64 span = msecs(m_view->visibleEnd()) - msecs(m_view->visibleStart());
        QTest::mouseClick(m_view.get(), Qt::LeftButton, {}, cluster.center());
        QVERIFY(msecs(m_view->visibleEnd()) - msecs(m_view->visibleStart()) < span);
    }
    QVERIFY(!m_view->markerPosition(clustered).isNull());
}

void TestTimelineView::doubleClickZoomsToTheEvent()
{
    const QPoint pos = m_view->markerPosition(u"trump-xi-meeting"_s);
    QVERIFY(!pos.isNull());
    QTest::mouseDClick(m_view.get(), Qt::LeftButton, {}, pos);
    QCOMPARE(m_selection->currentEvent(), u"trump-xi-meeting"_s);
    const qint64 span = msecs(m_view->visibleEnd()) - msecs(m_view->visibleStart());
    QVERIFY(span <= 31 * TimeUnits::day);
    QVERIFY(m_view->visibleStart() <= utc(2025, 10, 30));
    QVERIFY(m_view->visibleEnd() >= utc(2025, 10, 31));
    QVERIFY(!m_view->markerPosition(u"trump-xi-meeting"_s).isNull());
}

void TestTimelineView::selectionScrollsIntoView()
{
    m_view->setVisibleRange(utc(2025, 1, 1), utc(2025, 2, 1));
    QVERIFY(m_view->markerPosition(u"trump-xi-meeting"_s).isNull());
    // Another view selects it.
    m_selection->setCurrentEvent(u"trump-xi-meeting"_s);
    QTRY_VERIFY(!m_view->markerPosition(u"trump-xi-meeting"_s).isNull());
    QVERIFY(m_view->visibleStart() <= utc(2025, 10, 30));
    QVERIFY(m_view->visibleEnd() > utc(2025, 10, 30));
    // Same zoom as before.
    QCOMPARE(msecs(m_view->visibleEnd()) - msecs(m_view->visibleStart()),
             msecs(utc(2025, 2, 1)) - msecs(utc(2025, 1, 1)));

    // Zoom to the selection.
    m_view->zoomToFit();
    m_view->zoomToSelection();
    QVERIFY(msecs(m_view->visibleEnd()) - msecs(m_view->visibleStart()) <= 31 * TimeUnits::day);
    QVERIFY(!m_view->markerPosition(u"trump-xi-meeting"_s).isNull());
}

void TestTimelineView::entityFilter()
{
    QSignalSpy spy(m_view.get(), &TimelineView::visibleRangeChanged);
    m_selection->setEntities({u"xi-jinping"_s});
    QTRY_COMPARE(m_view->filteredEventCount(), 1);
    QCOMPARE(m_view->visibleEventCount(), 1);
    QVERIFY(!m_view->markerPosition(u"trump-xi-meeting"_s).isNull());
    QVERIFY(m_view->markerPosition(u"ces-2025"_s).isNull());
    QTest::keyClick(m_view.get(), Qt::Key_Right);
    QCOMPARE(m_selection->currentEvent(), u"trump-xi-meeting"_s);
    QTest::keyClick(m_view.get(), Qt::Key_Left);
    QCOMPARE(m_selection->currentEvent(), u"trump-xi-meeting"_s);
    saveScreenshot(u"filtered"_s);

    // All of the selected entities: Huang and Trump.
    m_selection->setEntities({u"jensen-huang"_s, u"donald-trump"_s});
    const QStringList both = eventIds({u"jensen-huang"_s, u"donald-trump"_s});
    QTRY_COMPARE(m_view->filteredEventCount(), int(both.size()));
    QVERIFY(both.size() > 1 && both.size() < 18);
    m_selection->setCurrentEvent(QString());
    QStringList walked;
    for (qsizetype i = 0; i < both.size(); ++i) {
        QTest::keyClick(m_view.get(), Qt::Key_Right);
        walked.append(m_selection->currentEvent());
    }
    QCOMPARE(walked, both);

    // Nobody: everything is back.
    m_selection->setEntities({});
    QTRY_COMPARE(m_view->filteredEventCount(), 18);
    m_view->zoomToFit();
    QCOMPARE(m_view->visibleEventCount(), 18);
}

void TestTimelineView::lanesToggle()
{
    QVERIFY(m_view->lanesVisible());
    QCOMPARE(m_view->laneCount(), 3); // industry, US government, China: no event is "other"
    const int industryY = m_view->markerPosition(u"ces-2025"_s).y();
    const int chinaY = m_view->markerPosition(u"deepseek-r1-release"_s).y();
    QVERIFY(chinaY > industryY);

    m_view->setLanesVisible(false);
    QVERIFY(!m_view->lanesVisible());
    QCOMPARE(m_view->laneCount(), 1);
    QCOMPARE(m_view->filteredEventCount(), 18);
    QList<int> ys;
    for (const Event &event : std::as_const(m_story.events)) {
        const QPoint pos = m_view->markerPosition(event.id);
        if (!pos.isNull())
            ys.append(pos.y());
    }
    QVERIFY(ys.size() > 10);
    QVERIFY(std::all_of(ys.cbegin(), ys.cend(), [&](int y) { return y == ys.first(); }));
    saveScreenshot(u"one-lane"_s);

    m_view->setLanesVisible(true);
    QCOMPARE(m_view->laneCount(), 3);
}

void TestTimelineView::visibleRangeChanged()
{
    QSignalSpy spy(m_view.get(), &TimelineView::visibleRangeChanged);
    m_view->zoomIn();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.last().at(0).toDateTime(), m_view->visibleStart());
    QCOMPARE(spy.last().at(1).toDateTime(), m_view->visibleEnd());
    // Nothing changes, nothing is said.
    m_view->setVisibleRange(m_view->visibleStart(), m_view->visibleEnd());
    QCOMPARE(spy.count(), 1);
    m_view->setVisibleRange(utc(2025, 3, 1), utc(2025, 4, 1));
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.last().at(0).toDateTime(), utc(2025, 3, 1));
    QCOMPARE(spy.last().at(1).toDateTime(), utc(2025, 4, 1));
}

void TestTimelineView::toolTips()
{
    m_view->setVisibleRange(utc(2025, 1, 1), utc(2025, 2, 10));
    const auto toolTipAt = [this](const QPoint &pos) {
        QHelpEvent help(QEvent::ToolTip, pos, m_view->mapToGlobal(pos));
        QCoreApplication::sendEvent(m_view.get(), &help);
        return QToolTip::isVisible() ? QToolTip::text() : QString();
    };

    const QString selloff = toolTipAt(m_view->markerPosition(u"deepseek-selloff"_s));
    QVERIFY2(selloff.contains(u"DeepSeek sell-off"_s), qPrintable(selloff));
    QVERIFY(selloff.contains(u"27 January 2025"_s));
    QVERIFY(selloff.contains(u"disagree"_s)); // its figures conflict
    QVERIFY(selloff.contains(u"a002"_s) || selloff.contains(u"a003"_s)
            || selloff.contains(u"a000"_s));

    const QString ces = toolTipAt(m_view->markerPosition(u"ces-2025"_s));
    QVERIFY2(ces.contains(u"7–10 January 2025"_s), qPrintable(ces));
    QVERIFY(!ces.contains(u"disagree"_s));

    m_view->setVisibleRange(utc(2025, 2, 20), utc(2025, 6, 1));
    const QString spring = toolTipAt(m_view->markerPosition(u"export-curbs-planned"_s));
    QVERIFY2(spring.contains(u"spring 2025"_s), qPrintable(spring));
    QToolTip::hideText();
}

void TestTimelineView::paintsInLightAndDarkPalettes()
{
    m_selection->setCurrentEvent(u"deepseek-selloff"_s);
    const QImage light = m_view->grab().toImage();
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0x8e, 0xe6));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    m_view->setPalette(dark);
    const QImage darkImage = m_view->grab().toImage();
    saveScreenshot(u"dark"_s);
    // The background follows the palette: light at a corner of the lanes, then dark.
    const QPoint inLane(m_view->width() - 3, m_view->height() / 2);
    QVERIFY(light.pixelColor(inLane).lightness() > 200);
    QVERIFY(darkImage.pixelColor(inLane).lightness() < 60);
    // The selected event's marker is ringed in the highlight colour.
    const QPoint marker = m_view->markerPosition(u"deepseek-selloff"_s);
    bool ringed = false;
    for (int dx = -10; dx <= 10 && !ringed; ++dx) {
        const QColor c = darkImage.pixelColor(marker + QPoint(dx, 0));
        ringed = std::abs(c.red() - 0x3d) < 20 && std::abs(c.green() - 0x8e) < 20
            && std::abs(c.blue() - 0xe6) < 20;
    }
    QVERIFY(ringed);

    m_view->setLanguage(u"fr"_s);
    saveScreenshot(u"dark-fr"_s);
}

void TestTimelineView::rendererLabelsNeverOverlap()
{
    // Many events in one lane: a dense month among quiet ones.
    std::vector<TimelineItem> items;
    const qint64 origin = TimeUnits::fromDate(QDate(2025, 1, 1));
    for (int i = 0; i < 400; ++i) {
        TimelineItem item;
        item.id = i;
        item.lane = quint8(i % 2);
        item.group = item.lane;
        item.start = i < 300 ? origin + qint64(i) * TimeUnits::hour * 2
                             : origin + qint64(i - 300) * 3 * TimeUnits::day;
        item.end = item.start + TimeUnits::day;
        items.push_back(item);
    }
    EventIndex index;
    index.build(items, 2);
    TimelineRenderer renderer;
    renderer.setIndex(&index);
    renderer.setGroups({{u"industry"_s, u"Industry"_s}, {u"china"_s, u"China"_s}});
    renderer.setTitleProvider(
        [](qint32 id) { return u"Event number %1 with a longish title"_s.arg(id); });
    renderer.setOverviewRange(origin, origin + 400 * TimeUnits::day);
    renderer.setSize(QSizeF(1000, 600));
    for (const auto &[from, days] : {std::pair{origin, 365}, std::pair{origin, 40},
                                     std::pair{origin + 5 * TimeUnits::day, 2}}) {
        TimeScale scale;
        scale.setWidth(1000);
        scale.setRange(from, from + days * TimeUnits::day);
        renderer.setScale(scale);
        QImage image(1000, 600, QImage::Format_ARGB32_Premultiplied);
        QPainter painter(&image);
        renderer.paint(&painter);
        const QList<QRectF> labels = renderer.labelRects();
        QVERIFY(!labels.isEmpty());
        for (qsizetype i = 0; i < labels.size(); ++i) {
            for (qsizetype j = i + 1; j < labels.size(); ++j)
                QVERIFY2(!labels[i].intersects(labels[j]), qPrintable(u"%1 days"_s.arg(days)));
        }
        if (days >= 40) // dense stretches collapse into clusters
            QVERIFY(!renderer.clusterRects().isEmpty());
    }
}

QTEST_MAIN(TestTimelineView)
#include "tst_timelineview.moc"
