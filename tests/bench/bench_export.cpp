// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// How long an export of the bundled story takes, as File ▸ Export and `storyline export-*` do
// it: laying the picture out at the export's size, drawing it, encoding the PNG and writing it
// atomically. Prints, for the chart and the timeline at 1600×900 and 3840×2160 (scale 1):
//   BENCH export.<chart|timeline>.<w>x<h>.png <median> ms
// then the drawing alone (no PNG encoding, no file) and the 1600×900 SVG and PDF:
//   BENCH export.<chart|timeline>.<w>x<h>.draw <median> ms
//   BENCH export.<chart|timeline>.1600x900.<svg|pdf> <median> ms
// Run it from a Release build; it picks the offscreen platform when none is set:
//   build/release/tests/bench/bench_export

#include "chart/figureschart.h"
#include "export/exporter.h"
#include "export/timelineexport.h"

#include "story/bundledstory.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <vector>

using namespace Qt::StringLiterals;
using namespace storyline;

namespace {

constexpr int samples = 9;
constexpr int warmUps = 2;

double median(std::vector<double> values)
{
    std::nth_element(values.begin(), values.begin() + values.size() / 2, values.end());
    return values[values.size() / 2];
}

// The median of `samples` runs of `work`, in milliseconds, after a few unmeasured ones.
double measure(const std::function<void()> &work)
{
    for (int i = 0; i < warmUps; ++i)
        work();
    std::vector<double> times;
    for (int i = 0; i < samples; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return median(times);
}

void print(const QString &name, double ms)
{
    QTextStream(stdout) << "BENCH " << name << ' ' << QString::number(ms, 'f', 2) << " ms\n";
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv); // Qt Charts draws with Qt Widgets

    Result<Story> loaded = BundledStory::load();
    if (!loaded) {
        QTextStream(stderr) << loaded.error().toString() << '\n';
        return 1;
    }
    const Story story = std::move(loaded).value();
    FiguresChart chart;
    chart.setLanguage(u"en"_s);
    chart.setStory(&story);
    const TimelineExport timeline(story, u"en"_s);
    const std::pair<QString, ExportPicture> pictures[] = {
        {u"chart"_s, ExportPicture::ofChart(&chart, story.title.text(u"en"_s))},
        {u"timeline"_s, timeline.picture()},
    };

    QTemporaryDir dir;
    for (const auto &[name, picture] : pictures) {
        for (const QSize size : {QSize(1600, 900), QSize(3840, 2160)}) {
            Exporter::Options options;
            options.size = size;
            const QString label
                = u"export.%1.%2x%3"_s.arg(name).arg(size.width()).arg(size.height());
            const QString path = dir.filePath(label % u".png"_s);
            bool failed = false;
            print(label % u".png"_s, measure([&] {
                      failed = failed
                          || Exporter::write(path, Exporter::Format::Png, picture, options);
                  }));
            if (failed)
                QTextStream(stderr) << "export to " << path << " failed\n";
            print(label % u".draw"_s, measure([&] { Exporter::image(picture, options); }));
        }
        for (const Exporter::Format format : {Exporter::Format::Svg, Exporter::Format::Pdf}) {
            const QString suffix = Exporter::suffix(format);
            const QString path = dir.filePath(name % u'.' % suffix);
            print(u"export.%1.1600x900.%2"_s.arg(name, suffix),
                  measure([&] { Exporter::write(path, format, picture, Exporter::Options()); }));
        }
    }
    return 0;
}
