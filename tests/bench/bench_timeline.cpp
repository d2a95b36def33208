// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// How long one paint of a 1920×1080 timeline takes, with 1,000 to 1,000,000 events, at four
// zooms: the whole story, a year, a month, a day. Each paint lays the view out again (the
// window moves by a pixel between paints, as during a drag), so the figure is what a frame
// costs while the user pans or zooms. Prints, per case:
//   BENCH timeline.paint.<events>.<zoom> <median> ms
// then how much of it was the layout, how long building the index took, and how long a
// 100,000-event Story takes to become a timeline (with and without an entity filter):
//   BENCH timeline.layout.<events>.<zoom> <median> ms
//   BENCH timeline.index.<events> <time> ms
//   BENCH timeline.story.100000[.filtered] <time> ms
// Run it from a Release build, offscreen: QT_QPA_PLATFORM=offscreen bench_timeline

#include "syntheticstory.h"
#include "timeline/eventindex.h"
#include "timeline/storytimeline.h"
#include "timeline/timelinerenderer.h"
#include "timeline/timescale.h"

#include <QElapsedTimer>
#include <QFont>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QTextStream>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace storyline;

namespace {

constexpr int samples = 15;
constexpr int warmUps = 3;

struct Zoom
{
    const char *name;
    qint64 start;
    qint64 end;
};

double milliseconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(std::vector<double> values)
{
    std::nth_element(values.begin(), values.begin() + values.size() / 2, values.end());
    return values[values.size() / 2];
}

void print(const QString &name, double ms)
{
    QTextStream(stdout) << "BENCH " << name << ' ' << QString::number(ms, 'f', 2) << " ms\n";
}

} // namespace

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    const QSize size(1920, 1080);

    for (const int events : {1'000, 100'000, 1'000'000}) {
        SyntheticStory::Options options;
        options.events = events;
        options.seed = 42;
        std::vector<TimelineItem> items = SyntheticStory::timelineItems(options);

        QElapsedTimer timer;
        timer.start();
        EventIndex index;
        index.build(std::move(items), 4);
        print(u"timeline.index.%1"_s.arg(events), milliseconds(timer));

        TimelineRenderer renderer;
        renderer.setIndex(&index);
        renderer.setGroups({{u"industry"_s, u"Nvidia and industry"_s},
                            {u"us-government"_s, u"US government"_s},
                            {u"china"_s, u"China"_s},
                            {u"other"_s, u"Other"_s}});
        renderer.setTitleProvider([](qint32 id) { return SyntheticStory::title(id, 42); });
        const qint64 middle = TimeUnits::fromDate(QDate(2010, 6, 15));
        renderer.setPeriods(
            {{middle - 200 * TimeUnits::day, middle + 100 * TimeUnits::day, u"A long period"_s},
             {middle - 20 * TimeUnits::day, middle + 3 * TimeUnits::day, u"A short one"_s}});
        renderer.setOverviewRange(index.firstStart(), index.lastEnd());
        renderer.setPalette(QPalette());
        renderer.setFont(QFont());
        renderer.setLocale(QLocale(QLocale::English));
        renderer.setSize(size);

        const Zoom zooms[] = {
            {"whole", index.firstStart(), index.lastEnd()},
            {"year", TimeUnits::fromDate(QDate(2010, 1, 1)),
             TimeUnits::fromDate(QDate(2011, 1, 1))},
            {"month", TimeUnits::fromDate(QDate(2010, 6, 1)),
             TimeUnits::fromDate(QDate(2010, 7, 1))},
            {"day", middle, middle + TimeUnits::day},
        };
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        for (const Zoom &zoom : zooms) {
            TimeScale scale;
            scale.setWidth(size.width());
            scale.setBounds(index.firstStart(), index.lastEnd());
            scale.setRange(zoom.start, zoom.end);
            std::vector<double> times;
            std::vector<double> layouts;
            for (int i = 0; i < warmUps + samples; ++i) {
                scale.pan(i % 2 == 0 ? 1 : -1); // a new window: a new layout
                renderer.setScale(scale);
                timer.restart();
                renderer.layout();
                const double layout = milliseconds(timer);
                QPainter painter(&image);
                renderer.paint(&painter);
                painter.end();
                if (i >= warmUps) {
                    times.push_back(milliseconds(timer));
                    layouts.push_back(layout);
                }
            }
            const QString name = u"%1.%2"_s.arg(events).arg(QLatin1StringView(zoom.name));
            print(u"timeline.paint."_s % name, median(times));
            print(u"timeline.layout."_s % name, median(layouts));
            if (qEnvironmentVariableIsSet("STORYLINE_BENCH_IMAGES"))
                image.save(
                    u"%1/bench-%2-%3.png"_s.arg(qEnvironmentVariable("STORYLINE_BENCH_IMAGES"))
                        .arg(events)
                        .arg(QLatin1StringView(zoom.name)));
        }
    }

    // A real Story through the widget's path: StoryTimeline turns it into the index, with and
    // without an entity filter.
    SyntheticStory::Options options;
    options.events = 100'000;
    options.articles = 2'000;
    options.seed = 42;
    const Story story = SyntheticStory::story(options);
    StoryTimeline timeline;
    QElapsedTimer timer;
    timer.start();
    timeline.build(story, {}, true);
    print(u"timeline.story.100000"_s, milliseconds(timer));
    timer.restart();
    timeline.build(story, {u"corvid"_s}, true);
    print(u"timeline.story.100000.filtered"_s, milliseconds(timer));
    return 0;
}
