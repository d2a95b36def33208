// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Stories at scale: how long a story takes to load, how much memory it holds, how fast the
// window paints it and how fast a search across all its articles answers. Every measurement
// runs in a child process of its own, so each peak memory figure is that step's alone.
// Usage: bench_story [EVENTS [ARTICLES]]   (default 1000000 events, 100000 articles)
// One step alone: bench_story generate FOLDER EVENTS ARTICLES | load FOLDER [LABEL]
//                 | window FOLDER [LABEL] | search FOLDER [LABEL]   (LABEL: the folder's name)
//   BENCH story.generate.<events> <s> s          (SyntheticStory::writeStory: lean events,
//                                                  straight to disk)
//   BENCH story.generate.<events>.peak_rss <MB> MB
//   BENCH story.files.<events> <MB> MB           (story.json and the article files on disk)
//   BENCH story.json.<events> <MB> MB, story.json.<events>.per_event <n> bytes
//   BENCH story.load.<events> <ms> ms            (StoryReader: parse, check, spans, mentions)
//   BENCH story.load.<events>.peak_rss <MB> MB
//   BENCH story.load.<events>.rss <MB> MB       (what stays: the Story alone)
//   BENCH window.open.<events> <ms> ms           (MainWindow::openStory until the first paint)
//   BENCH window.peak_rss.<events> <MB> MB       (the whole app with the story open)
//   BENCH window.paint.<events> <median> ms      (one paint of the timeline, 1600×1000 window)
//   BENCH window.open.bundled <ms> ms, window.peak_rss.bundled <MB> MB   (the bundled story)
//   BENCH search.index.<articles> <ms> ms        (building the folded index)
//   BENCH search.query.<articles>.<query> <median> ms   (the find panel's first answer: the
//                                                        first 500 matches, 30 ms budget)
//   BENCH search.count.<articles>.<query> <median> ms   (every match counted, as the panel
//                                                        then does on a worker thread)
// Targets: bundled story under 150 MB resident, 1,000,000 events under 1 GB, search under
// 50 ms. Run from a Release build, offscreen:
//   QT_QPA_PLATFORM=offscreen build/bench/tests/bench/bench_story

#include "benchsupport.h"
#include "syntheticstory.h"

#include "mainwindow.h"
#include "story/bundledstory.h"
#include "story/storyreader.h"
#include "text/searchindex.h"
#include "text/textfolder.h"
#include "timeline/timelineview.h"

#include <QApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;
using namespace storyline;

namespace {

double milliseconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double median(std::vector<double> values)
{
    std::nth_element(values.begin(), values.begin() + values.size() / 2, values.end());
    return values[values.size() / 2];
}

int fail(const QString &message)
{
    QTextStream(stderr) << "bench_story: " << message << Qt::endl;
    return 1;
}

int generate(const QString &folder, int events, int articles)
{
    QElapsedTimer timer;
    timer.start();
    SyntheticStory::Options options;
    options.events = events;
    options.articles = articles;
    if (const auto error = SyntheticStory::writeStory(folder, options))
        return fail(*error);
    Bench::print(u"story.generate.%1"_s.arg(events), double(timer.elapsed()) / 1000.0, u"s"_s);
    Bench::print(u"story.generate.%1.peak_rss"_s.arg(events), Bench::peakResidentMegabytes(),
                 u"MB"_s);
    return 0;
}

int load(const QString &folder, const QString &label)
{
    QElapsedTimer timer;
    timer.start();
    const Result<Story> story = StoryReader::read(folder);
    const double ms = milliseconds(timer);
    if (!story)
        return fail(story.error().toString());
    Bench::print(u"story.load.%1"_s.arg(label), ms, u"ms"_s, 0);
    Bench::print(u"story.load.%1.peak_rss"_s.arg(label), Bench::peakResidentMegabytes(), u"MB"_s);
    // What stays once reading is over: the Story itself.
    Bench::print(u"story.load.%1.rss"_s.arg(label), Bench::residentMegabytes(), u"MB"_s);
    return 0;
}

int window(const QString &folder, const QString &label)
{
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    QCoreApplication::processEvents();
    QElapsedTimer timer;
    timer.start();
    if (folder.isEmpty()) {
        Result<Story> story = BundledStory::load();
        if (!story)
            return fail(story.error().toString());
        window.setStory(std::move(story).value(), QString());
    } else if (const auto error = window.openStory(folder)) {
        return fail(error->toString());
    }
    window.timeline()->repaint();
    QCoreApplication::processEvents();
    Bench::print(u"window.open.%1"_s.arg(label), milliseconds(timer), u"ms"_s, 0);

    std::vector<double> paints;
    for (int i = 0; i < 12; ++i) {
        QElapsedTimer paint;
        paint.start();
        window.timeline()->repaint();
        paints.push_back(milliseconds(paint));
    }
    Bench::print(u"window.paint.%1"_s.arg(label), median(paints), u"ms"_s, 2);
    Bench::print(u"window.peak_rss.%1"_s.arg(label), Bench::peakResidentMegabytes(), u"MB"_s);
    return 0;
}

int search(const QString &folder, const QString &label)
{
    const Result<Story> story = StoryReader::read(folder);
    if (!story)
        return fail(story.error().toString());
    QElapsedTimer timer;
    timer.start();
    const SearchIndex index(story.value().articles);
    Bench::print(u"search.index.%1"_s.arg(label), milliseconds(timer), u"ms"_s, 0);
    Bench::print(u"search.index.%1.memory"_s.arg(label),
                 double(index.memoryUsage()) / (1024.0 * 1024.0), u"MB"_s);

    // A rare name, a common word, a word's middle, a phrase, accents and case to fold.
    const QStringList queries
        = {u"Nvidia"_s, u"the"_s, u"vidi"_s, u"sanctions sur"_s, u"ETATS-UNIS"_s, u"zzzz"_s};
    for (const QString &query : queries) {
        // As the find panel asks: the first 500 matches within a 30 ms budget for reading
        // candidate articles (what the user waits for), then every match counted (which the
        // panel does on a worker thread while the first answer shows).
        std::vector<double> times;
        std::vector<double> completeTimes;
        SearchIndex::Answer answer;
        for (int i = 0; i < 9; ++i) {
            QElapsedTimer one;
            one.start();
            index.find(query, 500, std::chrono::milliseconds(30));
            times.push_back(milliseconds(one));
            one.start();
            answer = index.find(query, 500);
            completeTimes.push_back(milliseconds(one));
        }
        QString name = TextFolder::fold(query);
        name.replace(u' ', u'_');
        Bench::print(u"search.query.%1.%2"_s.arg(label, name), median(times), u"ms"_s, 2);
        Bench::print(u"search.count.%1.%2"_s.arg(label, name), median(completeTimes), u"ms"_s, 2);
        QTextStream(stdout) << "  " << query << ": " << answer.matchCount << " matches in "
                            << answer.articleCount << " articles"
                            << (answer.complete ? "" : " (counting)") << Qt::endl;
    }
    return 0;
}

// Runs this program again with `arguments`, passing its output through.
bool child(const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedChannels);
    process.start(QCoreApplication::applicationFilePath(), arguments);
    process.waitForFinished(-1);
    return process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true); // never touch the user's settings
    qputenv("STORYLINE_NO_DIALOGS", "1");
    const QStringList args = app.arguments().mid(1);
    const QString mode = args.value(0);
    const QString stepLabel = args.value(2, QFileInfo(args.value(1)).fileName());
    if (mode == u"generate")
        return generate(args.value(1), args.value(2).toInt(), args.value(3).toInt());
    if (mode == u"load")
        return load(args.value(1), stepLabel);
    if (mode == u"window")
        return window(args.value(1), stepLabel);
    if (mode == u"search")
        return search(args.value(1), stepLabel);

    const int events = args.value(0, u"1000000"_s).toInt();
    const int articles = args.value(1, u"100000"_s).toInt();
    QTemporaryDir dir;
    if (!dir.isValid())
        return fail(u"no temporary folder"_s);
    const QString folder = dir.filePath(u"story"_s);
    const QString label = QString::number(events);
    bool ok = child({u"window"_s, QString(), u"bundled"_s});
    if (!child({u"generate"_s, folder, QString::number(events), QString::number(articles)}))
        return 1;
    const qint64 jsonBytes = QFileInfo(folder + u"/story.json"_s).size();
    qint64 bytes = jsonBytes;
    QDirIterator it(folder + u"/articles"_s, QDir::Files);
    while (it.hasNext())
        bytes += it.nextFileInfo().size();
    Bench::print(u"story.files.%1"_s.arg(label), double(bytes) / (1024.0 * 1024.0), u"MB"_s);
    Bench::print(u"story.json.%1"_s.arg(label), double(jsonBytes) / (1024.0 * 1024.0), u"MB"_s);
    if (events > 0)
        Bench::print(u"story.json.%1.per_event"_s.arg(label), double(jsonBytes) / events,
                     u"bytes"_s, 0);
    // Each step reads the story on its own: one that fails (or runs out of memory) does not
    // keep the others from reporting.
    ok = child({u"load"_s, folder, label}) && ok;
    ok = child({u"window"_s, folder, label}) && ok;
    ok = child({u"search"_s, folder, QString::number(articles)}) && ok;
    return ok ? 0 : 1;
}
