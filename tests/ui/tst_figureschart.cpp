// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart/chartaxis.h"
#include "chart/chartscene.h"
#include "chart/figureschart.h"
#include "chart/figuresmodel.h"
#include "storyselection.h"

#include "story/bundledstory.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QImage>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace storyline;

class TestFiguresChart : public QObject
{
    Q_OBJECT

private slots:
    void axisTicks_data();
    void axisTicks();
    void initTestCase();
    void init();
    void cleanup();
    void barsMatchModel();
    void conflictingFiguresStandTogether();
    void labelsFollowLanguage_data();
    void labelsFollowLanguage();
    void clickSelectsFigure();
    void keysWalkTheBars();
    void currentFigureStandsOut();
    void hoverShowsQuote();
    void entityFilterNarrows_data();
    void entityFilterNarrows();
    void entityFilterFollowsTheStory();
    void currentEventNarrows();
    void filterBoxes_data();
    void filterBoxes();
    void logScaleToggle();
    void renderScalesWithoutCropping_data();
    void renderScalesWithoutCropping();
    void renderThemes();
    void rowsThatCannotFitAreLeftOut();

private:
    QWidget *viewport() const;
    QComboBox *box(const char *name) const;

    Story m_story;
    std::unique_ptr<StorySelection> m_selection;
    std::unique_ptr<FiguresChart> m_chart;
};

namespace {

QImage rendered(const FiguresChart &chart, QSize size, qreal devicePixelRatio,
                FiguresChart::Theme theme = FiguresChart::Theme::Light)
{
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    chart.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), theme);
    painter.end();
    return image;
}

// Mean absolute difference per channel (0–255) between two images of the same size.
double meanDifference(const QImage &a, const QImage &b)
{
    const QImage x = a.convertToFormat(QImage::Format_RGB32);
    const QImage y = b.convertToFormat(QImage::Format_RGB32);
    double sum = 0;
    for (int row = 0; row < x.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(x.constScanLine(row));
        const auto *q = reinterpret_cast<const QRgb *>(y.constScanLine(row));
        for (int col = 0; col < x.width(); ++col) {
            sum += std::abs(qRed(p[col]) - qRed(q[col])) + std::abs(qGreen(p[col]) - qGreen(q[col]))
                + std::abs(qBlue(p[col]) - qBlue(q[col]));
        }
    }
    return sum / (3.0 * x.width() * x.height());
}

// Share of pixels that differ clearly from the top-left (background) pixel.
double inkShare(const QImage &image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    const QRgb background = rgb.pixel(0, 0);
    qint64 ink = 0;
    for (int row = 0; row < rgb.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(rgb.constScanLine(row));
        for (int col = 0; col < rgb.width(); ++col) {
            if (std::abs(qGray(p[col]) - qGray(background)) > 40)
                ++ink;
        }
    }
    return double(ink) / (qint64(rgb.width()) * rgb.height());
}

// The bounding box of the ink: where something other than the background was drawn.
QRect inkBounds(const QImage &image)
{
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    const QRgb background = rgb.pixel(0, 0);
    QRect bounds;
    for (int row = 0; row < rgb.height(); ++row) {
        const auto *p = reinterpret_cast<const QRgb *>(rgb.constScanLine(row));
        for (int col = 0; col < rgb.width(); ++col) {
            if (std::abs(qGray(p[col]) - qGray(background)) > 40)
                bounds |= QRect(col, row, 1, 1);
        }
    }
    return bounds;
}

} // namespace

void TestFiguresChart::axisTicks_data()
{
    QTest::addColumn<bool>("log");
    QTest::addColumn<double>("minValue");
    QTest::addColumn<double>("maxValue");
    QTest::addColumn<bool>("percent");
    QTest::addColumn<QList<double>>("ticks");
    QTest::addColumn<double>("max");

    QTest::addRow("sell-off, 8 ticks")
        << false << 5.5e9 << 2e12 << false
        << QList<double>{0, 2.5e11, 5e11, 7.5e11, 1e12, 1.25e12, 1.5e12, 1.75e12, 2e12} << 2e12;
    QTest::addRow("sell-off, 4 ticks")
        << false << 5.5e9 << 2e12 << false << QList<double>{0, 5e11, 1e12, 1.5e12, 2e12} << 2e12;
    QTest::addRow("rounds up") << false << 1.0 << 5.5e9 << false
                               << QList<double>{0, 1e9, 2e9, 3e9, 4e9, 5e9, 6e9} << 6e9;
    QTest::addRow("percent to 100")
        << false << 17.0 << 95.0 << true << QList<double>{0, 20, 40, 60, 80, 100} << 100.0;
    QTest::addRow("percent above 100")
        << false << 17.0 << 250.0 << true << QList<double>{0, 50, 100, 150, 200, 250} << 250.0;
    QTest::addRow("log sell-off") << true << 5.5e9 << 2e12 << false
                                  << QList<double>{1e9, 1e10, 1e11, 1e12, 1e13} << 4.0;
    QTest::addRow("log keeps the smallest bar visible")
        << true << 1.2e9 << 3e11 << false << QList<double>{1e8, 1e9, 1e10, 1e11, 1e12} << 4.0;
    QTest::addRow("log, two decades a tick")
        << true << 12.0 << 3e11 << false << QList<double>{1, 1e2, 1e4, 1e6, 1e8, 1e10, 1e12}
        << 12.0;
}

void TestFiguresChart::axisTicks()
{
    QFETCH(bool, log);
    QFETCH(double, minValue);
    QFETCH(double, maxValue);
    QFETCH(bool, percent);
    QFETCH(QList<double>, ticks);
    QFETCH(double, max);
    const int maxTicks = QByteArray(QTest::currentDataTag()).contains("4 ticks") ? 4
        : QByteArray(QTest::currentDataTag()).contains("two decades")            ? 6
                                                                                 : 8;
    const ChartAxis axis = log ? ChartAxis::logarithmic(minValue, maxValue, maxTicks)
                               : ChartAxis::linear(maxValue, maxTicks, percent);
    QCOMPARE(axis.isLogarithmic(), log);
    QCOMPARE(axis.ticks().size(), ticks.size());
    for (qsizetype i = 0; i < ticks.size(); ++i)
        QVERIFY2(qFuzzyCompare(axis.ticks().at(i), ticks.at(i)),
                 qPrintable(QString::number(axis.ticks().at(i))));
    QVERIFY(qFuzzyCompare(axis.max(), max));
    // Every value lands on the axis, the largest at most at its end, in order.
    QVERIFY(axis.position(minValue) > 0);
    QVERIFY(axis.position(maxValue) <= axis.max() * (1 + 1e-9));
    QVERIFY(axis.position(minValue) < axis.position(maxValue));
    QCOMPARE(axis.position(axis.ticks().first()), 0.0);
}

void TestFiguresChart::initTestCase()
{
    const Result<Story> story = BundledStory::load();
    QVERIFY2(story.ok(), qPrintable(story.ok() ? QString() : story.error().toString()));
    m_story = story.value();
}

void TestFiguresChart::init()
{
    m_selection = std::make_unique<StorySelection>();
    m_chart = std::make_unique<FiguresChart>();
    m_chart->setLanguage(u"en"_s);
    m_chart->setSelection(m_selection.get());
    m_chart->setStory(&m_story);
    m_chart->resize(1200, 800);
    m_chart->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
}

void TestFiguresChart::cleanup()
{
    QToolTip::hideText();
    m_chart.reset();
    m_selection.reset();
}

QWidget *TestFiguresChart::viewport() const
{
    const QRectF bar = m_chart->barRect(m_chart->shownFigures().value(0));
    return m_chart->childAt(bar.center().toPoint());
}

QComboBox *TestFiguresChart::box(const char *name) const
{
    return m_chart->findChild<QComboBox *>(QString::fromLatin1(name));
}

void TestFiguresChart::barsMatchModel()
{
    const FiguresModel *model = m_chart->model();
    QCOMPARE(model->rowCount(), 6);
    QCOMPARE(m_chart->barCount(), 6);
    QStringList modelIds;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        const QString id = index.data(FiguresModel::FigureIdRole).toString();
        modelIds.append(id);
        const Figure *figure = m_story.figure(id);
        QVERIFY(figure);
        QCOMPARE(index.data(FiguresModel::ValueRole).toDouble(), figure->value);
        QCOMPARE(index.data(FiguresModel::KindRole).toInt(), int(figure->kind));
        QCOMPARE(model->figure(index), figure);
        QCOMPARE(model->indexOf(id), index);
        QVERIFY(!m_chart->barRect(id).isEmpty());
        QVERIFY(m_chart->rect().contains(m_chart->barRect(id).toRect()));
    }
    QStringList shown = m_chart->shownFigures();
    QCOMPARE(QSet<QString>(shown.cbegin(), shown.cend()),
             QSet<QString>(modelIds.cbegin(), modelIds.cend()));

    // Linear scale: bar lengths in proportion to the values, within a panel.
    const auto length
        = [this](const char16_t *id) { return m_chart->barRect(QString::fromUtf16(id)).width(); };
    QCOMPARE_GE(length(u"selloff-a000"), length(u"selloff-a001"));
    QVERIFY(std::abs(length(u"selloff-a000") / length(u"stargate-investment") - 4.0) < 0.05);
    QVERIFY(std::abs(length(u"selloff-a000") / length(u"selloff-a001") - 2.0) < 0.03);
    QVERIFY(
        std::abs(length(u"nvidia-china-market-share") / length(u"nvidia-share-drop") - 95.0 / 17.0)
        < 0.1);
    // Money above percentages: their own panels.
    QVERIFY(m_chart->barRect(u"h20-charge"_s).bottom()
            < m_chart->barRect(u"nvidia-share-drop"_s).top());
    QCOMPARE(m_chart->barLabel(u"h20-charge"_s), u"$5.5B"_s);
    QCOMPARE(m_chart->barLabel(u"nvidia-share-drop"_s), u"17%"_s);
}

void TestFiguresChart::conflictingFiguresStandTogether()
{
    QVERIFY(m_chart->hasConflictMarker(u"deepseek-selloff-market-value"_s));
    QVERIFY(!m_chart->hasConflictMarker(u"h20-charge"_s));
    QVERIFY(!m_chart->hasConflictMarker(u"stargate-investment"_s));
    const QStringList shown = m_chart->shownFigures();
    const qsizetype a = shown.indexOf(u"selloff-a000"_s);
    const qsizetype b = shown.indexOf(u"selloff-a001"_s);
    QVERIFY(a >= 0 && b >= 0);
    QCOMPARE(std::abs(a - b), 1); // side by side
    const QRectF first = m_chart->barRect(u"selloff-a000"_s);
    const QRectF second = m_chart->barRect(u"selloff-a001"_s);
    QVERIFY(second.top() - first.bottom() < 2 * first.height());
    QCOMPARE(m_chart->barLabel(u"selloff-a000"_s), u"$2T"_s);
    QCOMPARE(m_chart->barLabel(u"selloff-a001"_s), u"\u2248\u00A0$1T"_s);
    const QModelIndex index = m_chart->model()->indexOf(u"selloff-a001"_s);
    QCOMPARE(index.data(FiguresModel::ConflictNoteRole).toString(),
             u"2 sources disagree: $2T vs \u2248\u00A0$1T"_s);
    // Filtering one side away keeps the warning: the figure is still disputed.
    m_chart->setSourceFilter(u"a000"_s);
    QCOMPARE(m_chart->shownFigures(), (QStringList{u"selloff-a000"_s, u"stargate-investment"_s}));
    QVERIFY(m_chart->hasConflictMarker(u"deepseek-selloff-market-value"_s));
}

void TestFiguresChart::labelsFollowLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("figure");
    QTest::addColumn<QString>("label");
    QTest::addRow("en money") << u"en"_s << u"selloff-a000"_s << u"$2T"_s;
    QTest::addRow("en approximate") << u"en"_s << u"selloff-a001"_s << u"\u2248\u00A0$1T"_s;
    QTest::addRow("fr money") << u"fr"_s << u"selloff-a000"_s << u"2\u00A0Bn\u00A0$US"_s;
    QTest::addRow("fr charge") << u"fr"_s << u"h20-charge"_s << u"5,5\u00A0Md\u00A0$US"_s;
    QTest::addRow("fr percent") << u"fr"_s << u"nvidia-share-drop"_s << u"17\u00A0%"_s;
}

void TestFiguresChart::labelsFollowLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, figure);
    QFETCH(QString, label);
    m_chart->setLanguage(language);
    QCOMPARE(m_chart->language(), language);
    QCOMPARE(m_chart->barLabel(figure), label);
    QCOMPARE(m_chart->barCount(), 6);
}

void TestFiguresChart::clickSelectsFigure()
{
    QSignalSpy spy(m_selection.get(), &StorySelection::currentFigureChanged);
    for (const QString &id : {u"h20-charge"_s, u"selloff-a001"_s, u"nvidia-share-drop"_s}) {
        const QPoint center = m_chart->barRect(id).center().toPoint();
        QWidget *target = m_chart->childAt(center);
        QVERIFY(target);
        QTest::mouseClick(target, Qt::LeftButton, {}, target->mapFrom(m_chart.get(), center));
        QCOMPARE(m_selection->currentFigure(), id);
    }
    QCOMPARE(spy.count(), 3);
    // The chart is rebuilt after the click and still shows every bar.
    QTRY_COMPARE(m_chart->barCount(), 6);
}

void TestFiguresChart::keysWalkTheBars()
{
    const QStringList shown = m_chart->shownFigures();
    m_selection->setCurrentFigure(shown.at(1));
    QWidget *target = viewport();
    target->setFocus();
    QTest::keyClick(target, Qt::Key_Down);
    QCOMPARE(m_selection->currentFigure(), shown.at(2));
    QTest::keyClick(target, Qt::Key_Up);
    QTest::keyClick(target, Qt::Key_Up);
    QCOMPARE(m_selection->currentFigure(), shown.at(0));
}

void TestFiguresChart::currentFigureStandsOut()
{
    const QString id = u"stargate-investment"_s;
    const QRectF bar = m_chart->barRect(id);
    // A strip across the bar's top edge, where the outline goes.
    const QRect edge(int(bar.center().x()) - 10, int(bar.top()) - 2, 20, 4);
    const QImage before = m_chart->grab(edge).toImage();
    m_selection->setCurrentFigure(id);
    QTRY_VERIFY(m_chart->grab(edge).toImage() != before);
    // The highlight is an outline: the bar keeps its place.
    QCOMPARE(m_chart->barRect(id), bar);
}

void TestFiguresChart::hoverShowsQuote()
{
    const QString id = u"selloff-a001"_s;
    const QPoint center = m_chart->barRect(id).center().toPoint();
    QWidget *target = m_chart->childAt(center);
    const QPoint at = target->mapFrom(m_chart.get(), center);
    QHelpEvent help(QEvent::ToolTip, at, target->mapToGlobal(at));
    QCoreApplication::sendEvent(target, &help);
    QTRY_VERIFY(QToolTip::isVisible());
    QVERIFY(QToolTip::text().contains(u"près de 1 000 milliards de dollars"_s));
    QVERIFY(QToolTip::text().contains(u"2 sources disagree"_s));
    QVERIFY(QToolTip::text().contains(u"Economiste"_s));
}

void TestFiguresChart::entityFilterNarrows_data()
{
    QTest::addColumn<QStringList>("entities");
    QTest::addRow("amd") << QStringList{u"amd"_s};
    QTest::addRow("deepseek") << QStringList{u"deepseek"_s};
    QTest::addRow("nvidia and jensen huang") << QStringList{u"nvidia"_s, u"jensen-huang"_s};
    QTest::addRow("nobody with figures") << QStringList{u"xi-jinping"_s};
}

void TestFiguresChart::entityFilterNarrows()
{
    QFETCH(QStringList, entities);
    QStringList expected;
    for (const Figure &figure : m_story.figures) {
        const Event *event = m_story.event(figure.event);
        const QSet<QString> involved = event ? m_story.eventEntities(*event) : QSet<QString>();
        if (std::all_of(entities.cbegin(), entities.cend(),
                        [&](const QString &e) { return involved.contains(e); }))
            expected.append(figure.id);
    }
    m_selection->setEntities(entities);
    QStringList shown = m_chart->shownFigures();
    std::sort(shown.begin(), shown.end());
    std::sort(expected.begin(), expected.end());
    QCOMPARE(shown, expected);
    QCOMPARE_LT(m_chart->barCount(), 6);
    if (entities == QStringList{u"amd"_s})
        QCOMPARE(shown, QStringList{u"h20-charge"_s});
    m_selection->setEntities({});
    QCOMPARE(m_chart->barCount(), 6);
}

void TestFiguresChart::entityFilterFollowsTheStory()
{
    // The filter works out the events involving the entities once, then forgets that when
    // the story changes: an event that now names AMD brings its figures in.
    m_selection->setEntities({u"amd"_s});
    QCOMPARE(m_chart->shownFigures(), QStringList{u"h20-charge"_s});
    Story changed = m_story;
    QString added;
    for (const Figure &figure : std::as_const(changed.figures)) {
        if (figure.id == u"h20-charge" || figure.event.isEmpty())
            continue;
        for (Event &event : changed.events) {
            if (event.id == figure.event && !event.actors.contains(u"amd"_s)) {
                event.actors.append(u"amd"_s);
                added = figure.id;
            }
        }
        if (!added.isEmpty())
            break;
    }
    QVERIFY(!added.isEmpty());
    m_chart->setStory(&changed);
    QStringList shown = m_chart->shownFigures();
    QVERIFY2(shown.contains(added) && shown.contains(u"h20-charge"_s),
             qPrintable(shown.join(u' ')));
    m_chart->setStory(&m_story);
    QCOMPARE(m_chart->shownFigures(), QStringList{u"h20-charge"_s});
    m_selection->setEntities({});
}

void TestFiguresChart::currentEventNarrows()
{
    m_selection->setCurrentEvent(u"deepseek-selloff"_s);
    QStringList shown = m_chart->shownFigures();
    std::sort(shown.begin(), shown.end());
    QCOMPARE(shown, (QStringList{u"nvidia-share-drop"_s, u"selloff-a000"_s, u"selloff-a001"_s}));
    auto *only = m_chart->findChild<QCheckBox *>(u"currentEventOnly"_s);
    QVERIFY(only && only->isChecked());
    QTest::mouseClick(only, Qt::LeftButton, {}, only->rect().center());
    QVERIFY(!m_chart->followsCurrentEvent());
    QCOMPARE(m_chart->barCount(), 6);
    m_chart->setFollowsCurrentEvent(true);
    QVERIFY(only->isChecked());
    QCOMPARE(m_chart->barCount(), 3);
    m_selection->setCurrentEvent(u"trump-xi-meeting"_s); // no figures
    QCOMPARE(m_chart->barCount(), 0);
}

void TestFiguresChart::filterBoxes_data()
{
    QTest::addColumn<QByteArray>("boxName");
    QTest::addColumn<QString>("data");
    QTest::addColumn<QStringList>("expected");
    QTest::addRow("measure") << QByteArray("measureFilter") << u"deepseek-selloff-market-value"_s
                             << QStringList{u"selloff-a000"_s, u"selloff-a001"_s};
    QTest::addRow("source") << QByteArray("sourceFilter") << u"a001"_s
                            << QStringList{u"nvidia-share-drop"_s, u"selloff-a001"_s};
    QTest::addRow("percentages") << QByteArray("kindFilter")
                                 << QString::number(int(FigureKind::Percent))
                                 << QStringList{u"nvidia-china-market-share"_s,
                                                u"nvidia-share-drop"_s};
    QTest::addRow("money") << QByteArray("kindFilter") << QString::number(int(FigureKind::Money))
                           << QStringList{u"h20-charge"_s, u"selloff-a000"_s, u"selloff-a001"_s,
                                          u"stargate-investment"_s};
}

void TestFiguresChart::filterBoxes()
{
    QFETCH(QByteArray, boxName);
    QFETCH(QString, data);
    QFETCH(QStringList, expected);
    QComboBox *combo = box(boxName.constData());
    QVERIFY(combo);
    int index = -1;
    for (int i = 0; i < combo->count(); ++i) {
        if (combo->itemData(i).toString() == data)
            index = i;
    }
    QVERIFY(index > 0);
    // Chosen the way a user does: open the box, then pick with the keyboard.
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    for (int i = 0; i < index; ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentIndex(), index);
    QStringList shown = m_chart->shownFigures();
    std::sort(shown.begin(), shown.end());
    QCOMPARE(shown, expected);
    QTest::keyClick(combo, Qt::Key_Home);
    QCOMPARE(m_chart->barCount(), 6);
}

void TestFiguresChart::logScaleToggle()
{
    const auto ratio = [this] {
        return m_chart->barRect(u"selloff-a000"_s).width()
            / m_chart->barRect(u"h20-charge"_s).width();
    };
    const double linear = ratio();
    QVERIFY(linear > 100); // $2T against $5.5B: the small bar is a sliver
    QSignalSpy spy(m_chart.get(), &FiguresChart::logScaleChanged);
    auto *check = m_chart->findChild<QCheckBox *>(u"logScale"_s);
    QVERIFY(check);
    QTest::mouseClick(check, Qt::LeftButton, {}, check->rect().center());
    QVERIFY(m_chart->logScale());
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().toBool(), true);
    const double logRatio = ratio();
    QVERIFY2(logRatio < 5, qPrintable(QString::number(logRatio)));
    // Order is kept: a bigger value still has a longer bar.
    QVERIFY(m_chart->barRect(u"stargate-investment"_s).width()
            > m_chart->barRect(u"h20-charge"_s).width());
    QVERIFY(m_chart->barRect(u"selloff-a000"_s).width()
            > m_chart->barRect(u"stargate-investment"_s).width());
    // Percentages keep their linear axis.
    QVERIFY(std::abs(m_chart->barRect(u"nvidia-china-market-share"_s).width()
                         / m_chart->barRect(u"nvidia-share-drop"_s).width()
                     - 95.0 / 17.0)
            < 0.1);
    m_chart->setLogScale(false);
    QVERIFY(!check->isChecked());
    QCOMPARE(spy.count(), 2);
    QVERIFY(std::abs(ratio() - linear) < 0.5);
}

void TestFiguresChart::renderScalesWithoutCropping_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("factor");
    QTest::addColumn<bool>("byDevicePixelRatio");
    QTest::addRow("3200x1800") << QSize(1600, 900) << 2 << false;
    QTest::addRow("4800x2700") << QSize(1600, 900) << 3 << false;
    QTest::addRow("1600x900 at 2x") << QSize(1600, 900) << 2 << true;
    QTest::addRow("1200x1200 at 2x") << QSize(1200, 1200) << 2 << false;
}

void TestFiguresChart::renderScalesWithoutCropping()
{
    QFETCH(QSize, size);
    QFETCH(int, factor);
    QFETCH(bool, byDevicePixelRatio);
    m_selection->setCurrentFigure(u"h20-charge"_s); // exports leave the highlight out
    const QImage single = rendered(*m_chart, size, 1);
    const QImage large = byDevicePixelRatio ? rendered(*m_chart, size, factor)
                                            : rendered(*m_chart, size * factor, 1);
    QCOMPARE(large.size(), size * factor);

    // Not blank: text and bars cover a fair share of the picture, and reach its corners'
    // neighbourhood (title at the top, source line at the bottom).
    const double ink = inkShare(single);
    QVERIFY2(ink > 0.02 && ink < 0.5, qPrintable(QString::number(ink)));
    const QRect bounds = inkBounds(single);
    QVERIFY(bounds.top() < size.height() / 10);
    QVERIFY(bounds.bottom() > size.height() * 9 / 10);
    QVERIFY(bounds.left() < size.width() / 20);

    // The large image scaled down is the small one: nothing cropped, nothing offset. (About 1 for
    // this chart; the same image moved by one pixel differs by more than 3.)
    const QImage down = large.scaled(size, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const double difference = meanDifference(single, down);
    QVERIFY2(difference < 2, qPrintable(QString::number(difference)));
    QCOMPARE(inkBounds(down).adjusted(-3, -3, 3, 3).contains(bounds.adjusted(3, 3, -3, -3)), true);
}

void TestFiguresChart::renderThemes()
{
    const QSize size(1600, 900);
    const QImage light = rendered(*m_chart, size, 1, FiguresChart::Theme::Light);
    const QImage dark = rendered(*m_chart, size, 1, FiguresChart::Theme::Dark);
    const QImage print = rendered(*m_chart, size, 1, FiguresChart::Theme::Print);
    QVERIFY(qGray(light.pixel(2, 2)) > 200);
    QVERIFY(qGray(dark.pixel(2, 2)) < 60);
    QVERIFY(qGray(print.pixel(2, 2)) > 200);
    QVERIFY(inkShare(dark) > 0.02);
    QVERIFY(inkShare(print) > 0.02);
    QVERIFY(meanDifference(light, print) > 0.1); // print outlines every bar
    const QString output = qEnvironmentVariable("STORYLINE_CHART_OUTPUT");
    if (!output.isEmpty()) {
        light.save(output + u"/chart.png"_s);
        dark.save(output + u"/chart-dark.png"_s);
        print.save(output + u"/chart-print.png"_s);
    }
}

void TestFiguresChart::rowsThatCannotFitAreLeftOut()
{
    // 60 bars, some groups in conflict, in a chart 400 pixels high: even at the smallest
    // text they cannot all fit. The ones drawn stay clear of the source line, whole; the rest
    // are left out and the subtitle counts them.
    ChartContent content;
    content.title = u"Many figures"_s;
    content.subtitle = u"figures shown: 60"_s;
    content.sources = u"Sources: a long line of outlets and dates."_s;
    for (int i = 0; i < 60; ++i) {
        ChartBar bar;
        bar.figureId = u"f%1"_s.arg(i);
        bar.value = 1e9 * (60 - i);
        bar.unit = u"USD"_s;
        bar.valueText = u"$%1B"_s.arg(60 - i);
        bar.subject = u"Figure %1"_s.arg(i);
        bar.source = u"Outlet, 1 January 2025"_s;
        bar.measure = u"m%1"_s.arg(i / 3);
        if (i % 3 != 2)
            bar.conflictNote = u"2 sources disagree"_s;
        content.bars.append(bar);
    }
    ChartStyle style;
    style.size = QSizeF(800, 400);
    style.font.setPixelSize(16);
    style.language = u"en"_s;
    const ChartScene chart(content, style);
    const QStringList shown = chart.figures();
    QVERIFY(!shown.isEmpty());
    QVERIFY2(shown.size() < 60, qPrintable(QString::number(shown.size())));
    qreal lowest = 0;
    for (const QString &id : shown) {
        const QRectF row = chart.rowRect(id);
        QVERIFY(!row.isEmpty());
        lowest = std::max(lowest, row.bottom());
    }
    // Below the last row: only the axis and the source line, inside the picture.
    QVERIFY2(lowest < 400 - 10, qPrintable(QString::number(lowest)));
    const auto texts = chart.scene()->items();
    bool counted = false;
    for (QGraphicsItem *item : texts) {
        if (auto *text = dynamic_cast<QGraphicsSimpleTextItem *>(item))
            counted
                = counted || text->text().contains(u"%1 more do not fit"_s.arg(60 - shown.size()));
        QVERIFY2(
            item->sceneBoundingRect().bottom() <= 400.5,
            qPrintable(u"item below the picture: %1"_s.arg(item->sceneBoundingRect().bottom())));
    }
    QVERIFY(counted);
}

QTEST_MAIN(TestFiguresChart)
#include "tst_figureschart.moc"
