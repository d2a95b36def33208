// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox.h"
#include "testfiles.h"

#include "story/storyreader.h"
#include "story/storywriter.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <cstdio>
#include <thread>

using namespace Qt::StringLiterals;
using namespace storyline;
using namespace storyline::TestFiles;

// Nothing is lost on save: a save killed half-way, or one that meets a read-only or a full
// disk, leaves the previous story.json whole and readable, and leaves nothing that could be
// taken for the story.
class TestAtomicSave : public QObject
{
    Q_OBJECT

public:
    // Version `n` of a story with a story.json of some 12 MB, so a save takes a while.
    static Story bigStory(int n);

private slots:
    void killedSaveKeepsPreviousStory_data();
    void killedSaveKeepsPreviousStory();
    void readOnlyDisk();
    void fullDisk();
};

namespace {

#ifdef Q_OS_LINUX
// Whether process `pid` has a file open for writing in `folder` other than its articles: the
// QSaveFile temporary (named, or unnamed with O_TMPFILE), so a save is under way.
bool writesIn(qint64 pid, const QString &folder)
{
    const QString fds = u"/proc/%1/fd"_s.arg(pid);
    const QString prefix = QFileInfo(folder).canonicalFilePath() % u'/';
    for (const QFileInfo &fd :
         QDir(fds).entryInfoList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
        const QString target = fd.symLinkTarget();
        if (target.startsWith(prefix) && !target.startsWith(prefix % u"articles"_s)
            && target != prefix % u"story.json"_s) {
            return true;
        }
    }
    return false;
}
#endif

// The helper process: saves versions 1, 2, 3… of the big story into `folder` until killed,
// saying on stdout when each save starts and ends.
int saveLoop(const QString &folder)
{
    for (int n = 1;; ++n) {
        const Story story = TestAtomicSave::bigStory(n);
        std::printf("saving %d\n", n);
        std::fflush(stdout);
        if (const auto error = StoryWriter::write(story, folder)) {
            std::fprintf(stderr, "%s\n", qPrintable(error->toString()));
            return 1;
        }
        std::printf("saved %d\n", n);
        std::fflush(stdout);
    }
}

} // namespace

Story TestAtomicSave::bigStory(int n)
{
    static const Story base = [] {
        const Result<Story> read = StoryReader::read(fixture(u"good/minimal"_s));
        return read.ok() ? read.value() : Story();
    }();
    Story story = base;
    // Varied text, so that versions differ all along the file, not only at its start.
    QString padding;
    padding.reserve(12 << 20);
    const QString words = u"version %1 of a long description; "_s.arg(n);
    while (padding.size() < (12 << 20))
        padding += words;
    story.description.insert(u"en"_s, padding);
    return story;
}

void TestAtomicSave::killedSaveKeepsPreviousStory_data()
{
    QTest::addColumn<int>("delayMs"); // after the save's temporary file is open
    QTest::addRow("at once") << 0;
    QTest::addRow("1 ms") << 1;
    QTest::addRow("4 ms") << 4;
    QTest::addRow("15 ms") << 15;
}

// A helper process saves a 12 MB story in a loop; it is killed while a save is under way. The
// story.json left is a whole version, the one before the killed save (or the killed one, when
// the kill came after its commit), and it reads back.
void TestAtomicSave::killedSaveKeepsPreviousStory()
{
#ifdef Q_OS_LINUX
    QFETCH(int, delayMs);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(u"story"_s);
    QVERIFY(!StoryWriter::write(bigStory(0), folder));
    const QStringList before = entries(folder);

    QProcess helper;
    helper.start(QCoreApplication::applicationFilePath(), {u"--save-loop"_s, folder});
    QVERIFY(helper.waitForStarted());
    // Let one save go through for the later rows, so the story left may be a newer version.
    QByteArray output;
    if (delayMs > 1) {
        const QDeadlineTimer first(10000);
        while (!output.contains("saved 1\n")
               && helper.waitForReadyRead(int(qMax<qint64>(1, first.remainingTime())))) {
            output += helper.readAllStandardOutput();
        }
        QVERIFY2(output.contains("saved 1\n"), output.constData());
    }
    QDeadlineTimer deadline(10000);
    while (!writesIn(helper.processId(), folder) && !deadline.hasExpired()
           && helper.state() == QProcess::Running) {
        std::this_thread::yield();
    }
    QVERIFY2(!deadline.hasExpired(), "the helper never started a save");
    QCOMPARE(helper.state(), QProcess::Running);
    // The moment of the kill is what varies between rows.
    std::this_thread::sleep_for(std::chrono::milliseconds(delayMs));
    helper.kill();
    QVERIFY(helper.waitForFinished());

    output += helper.readAllStandardOutput();
    int saved = 0;
    for (const QByteArray &line : output.split('\n')) {
        if (line.startsWith("saved "))
            saved = line.mid(6).toInt();
    }
    const QByteArray bytes = readAll(folder % u"/story.json"_s);
    const bool previous = bytes == StoryWriter::toJson(bigStory(saved));
    const bool killedOne = bytes == StoryWriter::toJson(bigStory(saved + 1));
    QVERIFY2(
        previous || killedOne,
        qPrintable(
            u"story.json is neither version %1 nor %2 (%3 bytes)"_s.arg(saved).arg(saved + 1).arg(
                bytes.size())));
    const Result<Story> read = StoryReader::read(folder);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
    QCOMPARE(read.value().description, bigStory(previous ? saved : saved + 1).description);

    // Whatever the kill left behind (a named temporary file, on systems without O_TMPFILE) is
    // not story.json and is not read as the story.
    for (const QString &entry : entries(folder)) {
        if (!before.contains(entry)) {
            QVERIFY2(entry.startsWith(u"story.json."_s), qPrintable(entry));
            qDebug("left behind by the kill: %s", qPrintable(entry));
        }
    }
#else
    QSKIP("watches the helper's open files in /proc (Linux)");
#endif
}

// Opening works on a read-only disk; saving fails, names the file and changes nothing.
void TestAtomicSave::readOnlyDisk()
{
    const QString sandbox = Sandbox::folder();
    if (sandbox.isEmpty()) {
        if (const QString reason = Sandbox::unavailableReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Result<Story> story = StoryReader::read(fixture(u"good/minimal"_s));
        QVERIFY(story.ok());
        QVERIFY(!StoryWriter::write(story.value(), dir.path()));
        const QByteArray json = readAll(dir.filePath(u"story.json"_s));
        const Sandbox::Run run
            = Sandbox::run(Sandbox::readOnlyMount(), dir.path(), {u"readOnlyDisk"_s});
        QVERIFY2(run.exitCode == 0, run.output.constData());
        QCOMPARE(readAll(dir.filePath(u"story.json"_s)), json);
        return;
    }

    // In the sandbox: `sandbox` is mounted read-only.
    const QStringList before = entries(sandbox);
    const QByteArray json = readAll(sandbox % u"/story.json"_s);
    const Result<Story> read = StoryReader::read(sandbox);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
    QVERIFY(!QFile(sandbox % u"/probe"_s).open(QIODevice::WriteOnly)); // really read-only

    Story changed = read.value();
    changed.title.insert(u"en"_s, u"A changed title"_s);
    auto error = StoryWriter::write(changed, sandbox);
    QVERIFY(error);
    QCOMPARE(error->file, QDir::toNativeSeparators(sandbox % u"/story.json"_s));
    QVERIFY2(error->toString().contains(u"cannot write"_s), qPrintable(error->toString()));
    QVERIFY2(error->toString().contains(u"story.json"_s), qPrintable(error->toString()));

    changed.articles.first().text += u"Une phrase de plus."_s;
    error = StoryWriter::write(changed, sandbox);
    QVERIFY(error);
    QVERIFY2(error->file.endsWith(QDir::toNativeSeparators(u"articles/a1.txt"_s)),
             qPrintable(error->file));

    QCOMPARE(readAll(sandbox % u"/story.json"_s), json);
    QCOMPARE(entries(sandbox), before);
    QVERIFY(StoryReader::read(sandbox).ok());
}

// A full disk: the save fails naming the file, the previous story.json stays whole and no
// temporary file is left to fill the disk further.
void TestAtomicSave::fullDisk()
{
    const QString sandbox = Sandbox::folder();
    if (sandbox.isEmpty()) {
        if (const QString reason = Sandbox::unavailableReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Sandbox::Run run = Sandbox::run(Sandbox::fullMount(256), dir.path(), {u"fullDisk"_s});
        QVERIFY2(run.exitCode == 0, run.output.constData());
        return;
    }

    // In the sandbox: `sandbox` is an empty tmpfs of 256 KiB.
    const Result<Story> read = StoryReader::read(fixture(u"good/minimal"_s));
    QVERIFY(read.ok());
    QVERIFY(!StoryWriter::write(read.value(), sandbox));
    const QByteArray json = readAll(sandbox % u"/story.json"_s);
    const QStringList before = entries(sandbox);

    Story changed = read.value();
    changed.description.insert(u"en"_s, QString(1 << 20, u'x'));
    auto error = StoryWriter::write(changed, sandbox);
    QVERIFY(error);
    QCOMPARE(error->file, QDir::toNativeSeparators(sandbox % u"/story.json"_s));
    QVERIFY2(error->toString().contains(u"cannot write"_s), qPrintable(error->toString()));
    QCOMPARE(readAll(sandbox % u"/story.json"_s), json);
    QCOMPARE(entries(sandbox), before);

    changed = read.value();
    changed.articles.first().text += QString(1 << 20, u'y');
    error = StoryWriter::write(changed, sandbox);
    QVERIFY(error);
    QVERIFY2(error->file.endsWith(QDir::toNativeSeparators(u"articles/a1.txt"_s)),
             qPrintable(error->file));
    QCOMPARE(readAll(sandbox % u"/story.json"_s), json);
    QCOMPARE(entries(sandbox), before);
    QCOMPARE(entries(sandbox % u"/articles"_s), QStringList{u"a1.txt"_s});
    const Result<Story> again = StoryReader::read(sandbox);
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().toString()));
    QCOMPARE(again.value().articles.first().text, read.value().articles.first().text);
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--save-loop") == 0)
        return saveLoop(QString::fromLocal8Bit(argv[2]));
    TestAtomicSave test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_atomicsave.moc"
