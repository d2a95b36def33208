// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// How fast the whole analyzer reads French news, and how much memory it needs. The corpus is
// the bundled story's five French articles repeated to about 50 MB of UTF-8, held in one
// string; each repetition of an article is analysed as its own document (sentences, gazetteer,
// money and percentages, dates, names), as the app and `storyline analyze` do. Prints:
// Usage: bench_analyzer [MB]
//   BENCH analyzer.throughput <MB/s> MB/s      (MB of UTF-8 per CPU second, one thread)
//   BENCH analyzer.peak_rss <MB> MB            (VmHWM; "n/a" where /proc is missing)
//   BENCH analyzer.corpus <MB> MB              (the text itself, UTF-16 in memory)
//   BENCH analyzer.beyond_text <MB> MB         (peak_rss minus the corpus)
// and, on a tenth of the corpus, the share of each stage:
//   BENCH analyzer.stage.<name> <MB/s> MB/s
// Times are CPU time of the process (the budget is for one core; the machine may be busy);
// throughput_wall is the same run by the clock. Run it from a Release build.

#include "story/bundledstory.h"
#include "text/analyzer.h"
#include "text/datefinder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

#include <functional>

#ifdef Q_OS_UNIX
#include <ctime>
#endif

using namespace Qt::StringLiterals;
using namespace storyline;

namespace {

void print(const QString &name, const QString &value, const QString &unit)
{
    QTextStream(stdout) << "BENCH " << name << ' ' << value << ' ' << unit << Qt::endl;
}

// Peak resident set size in MB, from /proc/self/status.
QString peakRss()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return u"n/a"_s;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            const qint64 kb = line.mid(6).trimmed().split(' ').first().toLongLong();
            return QString::number(double(kb) / 1024.0, 'f', 1);
        }
    }
    return u"n/a"_s;
}

// Seconds of CPU the process has used: the machine may be busy with other work, and the
// budget is for one core.
double cpuSeconds()
{
#ifdef Q_OS_UNIX
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
#else
    static QElapsedTimer wall;
    if (!wall.isValid())
        wall.start();
    return double(wall.nsecsElapsed()) / 1e9;
#endif
}

struct Document
{
    qsizetype start;
    qsizetype end;
    std::optional<PartialDate> published;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const Result<Story> story = BundledStory::load();
    if (!story) {
        QTextStream(stderr) << story.error().toString() << Qt::endl;
        return 1;
    }
    const Analyzer analyzer(story.value().entities);
    // The corpus size in MB of UTF-8, 50 unless given: run it at two sizes to see that memory
    // beyond the text stays flat.
    const qsizetype targetBytes
        = qsizetype(argc > 1 ? QByteArray(argv[1]).toDouble() : 50.0) * 1000 * 1000;

    // One string, so that the text really takes its size in memory (copies of a QString would
    // share one buffer).
    QString corpus;
    QList<Document> documents;
    qsizetype utf8Bytes = 0;
    qsizetype perRound = 0;
    for (const Article &article : story.value().articles)
        perRound += article.text.toUtf8().size();
    const qsizetype rounds = targetBytes / perRound + 1;
    qsizetype utf16Size = 0;
    for (const Article &article : story.value().articles)
        utf16Size += article.text.size() + 1;
    corpus.reserve(utf16Size * rounds);
    for (qsizetype r = 0; r < rounds; ++r) {
        for (const Article &article : story.value().articles) {
            const qsizetype start = corpus.size();
            corpus += article.text;
            documents.append({start, corpus.size(), article.published});
            corpus += u'\n';
        }
    }
    utf8Bytes = perRound * rounds;
    const QStringView text(corpus);

    qsizetype found = 0;
    QElapsedTimer timer;
    timer.start();
    double cpu = cpuSeconds();
    for (const Document &d : std::as_const(documents)) {
        const Analysis analysis
            = analyzer.analyze(text.sliced(d.start, d.end - d.start), u"fr"_s, d.published);
        found += analysis.names.size() + analysis.dates.size() + analysis.figures.size();
    }
    const double seconds = cpuSeconds() - cpu;
    const double wallSeconds = double(timer.nsecsElapsed()) / 1e9;
    print(u"analyzer.throughput"_s, QString::number(double(utf8Bytes) / 1e6 / seconds, 'f', 1),
          u"MB/s"_s);
    print(u"analyzer.throughput_wall"_s,
          QString::number(double(utf8Bytes) / 1e6 / wallSeconds, 'f', 1), u"MB/s"_s);
    print(u"analyzer.peak_rss"_s, peakRss(), u"MB"_s);
    print(u"analyzer.corpus"_s,
          QString::number(double(corpus.size()) * 2 / 1024.0 / 1024.0, 'f', 1), u"MB"_s);
    const QString rss = peakRss();
    print(u"analyzer.beyond_text"_s,
          rss == u"n/a"_s ? rss
                          : QString::number(
                              rss.toDouble() - double(corpus.size()) * 2 / 1024.0 / 1024.0, 'f', 1),
          u"MB"_s);
    print(u"analyzer.spans"_s, QString::number(found), u"spans"_s);

    // Stage by stage, on a tenth of the corpus.
    const qsizetype sample = documents.size() / 10;
    const double sampleMb = double(utf8Bytes) / 1e6 * double(sample) / double(documents.size());
    DateFinder dates(u"fr"_s);
    NameFinder names(u"fr"_s);
    const std::pair<QString, std::function<qsizetype(QStringView)>> stages[] = {
        {u"sentences"_s, [&](QStringView t) { return analyzer.sentences(t, u"fr"_s).size(); }},
        {u"gazetteer"_s, [&](QStringView t) { return analyzer.findEntities(t).size(); }},
        {u"figures"_s, [&](QStringView t) { return analyzer.findFigures(t, u"fr"_s).size(); }},
        {u"dates"_s, [&](QStringView t) { return dates.find(t).size(); }},
        {u"names"_s, [&](QStringView t) { return names.find(t).size(); }},
    };
    for (const auto &[name, stage] : stages) {
        cpu = cpuSeconds();
        qsizetype count = 0;
        for (qsizetype i = 0; i < sample; ++i) {
            const Document &d = documents.at(i);
            count += stage(text.sliced(d.start, d.end - d.start));
        }
        const double s = cpuSeconds() - cpu;
        print(u"analyzer.stage."_s % name, QString::number(sampleMb / s, 'f', 1), u"MB/s"_s);
        Q_UNUSED(count);
    }
    return 0;
}
