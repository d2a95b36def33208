// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox.h"
#include "testfiles.h"

#include "articleview.h"
#include "export/exporter.h"
#include "storydocument.h"
#include "storyselection.h"

#include "story/storyreader.h"
#include "story/storywriter.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QUndoStack>

#include <chrono>
#include <cstdio>
#include <thread>

using namespace Qt::StringLiterals;
using namespace storyline;
using namespace storyline::TestFiles;

// The window's side of hostile input and failing disks: saving a story on a read-only disk,
// exports to a full disk or killed half-way, and articles whose text is markup or ends in
// emoji.
class TestHostileUi : public QObject
{
    Q_OBJECT

public:
    // A picture that takes a while to encode: noise, the same every time.
    static ExportPicture noise();
    static Exporter::Options noiseOptions();

private slots:
    void saveOnReadOnlyDisk();
    void exportToFullDisk_data();
    void exportToFullDisk();
    void killedExportKeepsOldFile_data();
    void killedExportKeepsOldFile();
    void markupShowsAsText();
    void highlightsKeepSurrogatePairs();
};

namespace {

bool splitsPair(QStringView text, qsizetype at)
{
    return at > 0 && at < text.size() && text[at - 1].isHighSurrogate()
        && text[at].isLowSurrogate();
}

#ifdef Q_OS_LINUX
// Whether process `pid` has a file open in `folder`: the QSaveFile temporary of an export.
bool writesIn(qint64 pid, const QString &folder)
{
    const QString prefix = QFileInfo(folder).canonicalFilePath() % u'/';
    const auto fds = QDir(u"/proc/%1/fd"_s.arg(pid))
                         .entryInfoList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot);
    for (const QFileInfo &fd : fds) {
        if (fd.symLinkTarget().startsWith(prefix))
            return true;
    }
    return false;
}
#endif

// The helper process: exports the noise to `path` in `format` until killed.
int exportLoop(const QString &path, const QString &format)
{
    const auto kind = format == u"svg" ? Exporter::Format::Svg : Exporter::Format::Png;
    for (int n = 1;; ++n) {
        std::printf("exporting %d\n", n);
        std::fflush(stdout);
        if (const auto error
            = Exporter::write(path, kind, TestHostileUi::noise(), TestHostileUi::noiseOptions())) {
            std::fprintf(stderr, "%s\n", qPrintable(error->toString()));
            return 1;
        }
    }
}

} // namespace

ExportPicture TestHostileUi::noise()
{
    ExportPicture picture;
    picture.title = u"Noise"_s;
    picture.paint = [](QPainter *painter, const QRectF &target, ChartTheme) {
        QRandomGenerator random(42);
        painter->fillRect(target, Qt::white);
        for (int i = 0; i < 20000; ++i) {
            const QRectF cell(target.left() + random.bounded(target.width()),
                              target.top() + random.bounded(target.height()), 7, 5);
            painter->fillRect(cell, QColor::fromRgb(random.generate() | 0xFF000000u));
        }
    };
    return picture;
}

Exporter::Options TestHostileUi::noiseOptions()
{
    Exporter::Options options;
    options.size = QSize(1600, 1200);
    options.scale = 2;
    return options;
}

// Opening a story on a read-only disk works; saving fails with the file's name, and the story
// stays as edited and still modified, so nothing is lost: it can be saved elsewhere.
void TestHostileUi::saveOnReadOnlyDisk()
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
        const Sandbox::Run run
            = Sandbox::run(Sandbox::readOnlyMount(), dir.path(), {u"saveOnReadOnlyDisk"_s});
        QVERIFY2(run.exitCode == 0, run.output.constData());
        return;
    }

    const QByteArray json = readAll(sandbox % u"/story.json"_s);
    const QStringList before = entries(sandbox);
    const Result<Story> read = StoryReader::read(sandbox);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
    StoryDocument document;
    document.setStory(read.value(), sandbox);
    QVERIFY(!document.isModified());
    const QString dismissed = read.value().events.first().id;
    document.dismissEvent(dismissed);
    QVERIFY(document.isModified());

    const auto error = document.save();
    QVERIFY(error);
    QCOMPARE(error->file, QDir::toNativeSeparators(sandbox % u"/story.json"_s));
    QVERIFY2(error->toString().contains(u"story.json"_s), qPrintable(error->toString()));
    QVERIFY2(error->toString().contains(u"cannot write"_s), qPrintable(error->toString()));
    QVERIFY(document.isModified());
    QCOMPARE(document.story().events.size(), read.value().events.size() - 1);
    QVERIFY(!document.story().event(dismissed));
    QCOMPARE(readAll(sandbox % u"/story.json"_s), json);
    QCOMPARE(entries(sandbox), before);

    // Saved elsewhere, the edit is all there.
    QTemporaryDir elsewhere(u"/tmp/storyline-XXXXXX"_s);
    QVERIFY(elsewhere.isValid());
    QVERIFY(!document.saveAs(elsewhere.path()));
    QVERIFY(!document.isModified());
    const Result<Story> saved = StoryReader::read(elsewhere.path());
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().toString()));
    QVERIFY(!saved.value().event(dismissed));

    // The figure that belonged to the dismissed event lost the link; undo gives it back.
    QCOMPARE(read.value().figures.first().event, dismissed);
    QVERIFY(document.story().figures.first().event.isEmpty());
    document.undoStack()->undo();
    QVERIFY(document.story().event(dismissed));
    QCOMPARE(document.story().figures.first().event, dismissed);
}

void TestHostileUi::exportToFullDisk_data()
{
    QTest::addColumn<QString>("format");
    QTest::addRow("png") << u"png"_s;
    QTest::addRow("svg") << u"svg"_s;
}

// An export to a full disk fails naming the file; the file it would replace stays whole and no
// partial file is left.
void TestHostileUi::exportToFullDisk()
{
    QFETCH(QString, format);
    const QString sandbox = Sandbox::folder();
    if (sandbox.isEmpty()) {
        if (const QString reason = Sandbox::unavailableReason(); !reason.isEmpty())
            QSKIP(qPrintable(reason));
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const Sandbox::Run run
            = Sandbox::run(Sandbox::fullMount(64), dir.path(), {u"exportToFullDisk:"_s + format});
        QVERIFY2(run.exitCode == 0, run.output.constData());
        return;
    }

    const QString path = sandbox % u"/chart."_s % format;
    const QByteArray old = "the previous export, which must survive";
    QVERIFY(writeFile(path, old));
    const auto error
        = Exporter::write(path, format == u"svg" ? Exporter::Format::Svg : Exporter::Format::Png,
                          noise(), noiseOptions());
    QVERIFY(error);
    QVERIFY2(error->toString().startsWith(QDir::toNativeSeparators(path)),
             qPrintable(error->toString()));
    QVERIFY2(error->toString().contains(u"cannot write"_s), qPrintable(error->toString()));
    QCOMPARE(readAll(path), old);
    QCOMPARE(entries(sandbox), QStringList{QFileInfo(path).fileName()});

    // A new file in a full folder: none is left at all.
    const QString fresh = sandbox % u"/new."_s % format;
    QVERIFY(Exporter::write(fresh, format == u"svg" ? Exporter::Format::Svg : Exporter::Format::Png,
                            noise(), noiseOptions()));
    QVERIFY(!QFile::exists(fresh));
    QCOMPARE(entries(sandbox), QStringList{QFileInfo(path).fileName()});
}

void TestHostileUi::killedExportKeepsOldFile_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("delayMs"); // after the export's temporary file is open
    QTest::addRow("png at once") << u"png"_s << 0;
    QTest::addRow("png later") << u"png"_s << 20;
    QTest::addRow("svg at once") << u"svg"_s << 0;
    QTest::addRow("svg later") << u"svg"_s << 5;
}

// A helper process exports over an existing file in a loop and is killed while an export is
// under way: the file is the old one or a whole new export, never a part of one.
void TestHostileUi::killedExportKeepsOldFile()
{
#ifdef Q_OS_LINUX
    QFETCH(QString, format);
    QFETCH(int, delayMs);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QTemporaryDir reference;
    QVERIFY(reference.isValid());
    const QString referencePath = reference.filePath(u"chart."_s % format);
    QVERIFY(!Exporter::write(referencePath,
                             format == u"svg" ? Exporter::Format::Svg : Exporter::Format::Png,
                             noise(), noiseOptions()));
    const QByteArray whole = readAll(referencePath);
    QVERIFY(whole.size() > 100000);

    const QString path = dir.filePath(u"chart."_s % format);
    const QByteArray old = "the previous export, which must survive";
    QVERIFY(writeFile(path, old));

    QProcess helper;
    helper.start(QCoreApplication::applicationFilePath(), {u"--export-loop"_s, path, format});
    QVERIFY(helper.waitForStarted());
    QDeadlineTimer deadline(10000);
    while (!writesIn(helper.processId(), dir.path()) && !deadline.hasExpired()
           && helper.state() == QProcess::Running) {
        std::this_thread::yield();
    }
    QVERIFY2(!deadline.hasExpired(), "the helper never started an export");
    QCOMPARE(helper.state(), QProcess::Running);
    // The moment of the kill is what varies between rows.
    std::this_thread::sleep_for(std::chrono::milliseconds(delayMs));
    helper.kill();
    QVERIFY(helper.waitForFinished());

    const QByteArray bytes = readAll(path);
    QVERIFY2(bytes == old || bytes == whole, qPrintable(QString::number(bytes.size())));
    for (const QString &entry : entries(dir.path())) {
        if (entry != QFileInfo(path).fileName())
            QVERIFY2(entry.startsWith(QFileInfo(path).fileName() % u'.'), qPrintable(entry));
    }
#else
    QSKIP("watches the helper's open files in /proc (Linux)");
#endif
}

// An article whose text is markup shows the markup, as text: nothing is rendered, no image is
// loaded (a local server it points to is never contacted).
void TestHostileUi::markupShowsAsText()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QString text = u"<b>bold</b><img src=\"http://127.0.0.1:%1/x.png\">"
                         u"<script>alert(1)</script><a href=\"javascript:alert(2)\">link</a>\n"
                         u"<style>body{background:url(http://127.0.0.1:%1/bg.png)}</style>\n"_s.arg(
                             server.serverPort());
    Story story;
    Article article;
    article.id = u"a1"_s;
    article.file = u"a1.txt"_s;
    article.language = u"en"_s;
    article.text = text;
    story.articles.append(article);

    StorySelection selection;
    ArticleView view;
    view.setSelection(&selection);
    view.setStory(&story);
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.showArticle(u"a1"_s);
    QCOMPARE(view.displayedText(), text);
    const auto *editor = view.findChild<QPlainTextEdit *>();
    QVERIFY(editor);
    QCOMPARE(editor->toPlainText(), text);
    QVERIFY(editor->toPlainText().contains(u"<b>bold</b>"_s));
    for (QTextBlock block = editor->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            QVERIFY(!it.fragment().charFormat().isImageFormat());
            QVERIFY(!it.fragment().charFormat().isAnchor());
            QVERIFY(it.fragment().charFormat().fontWeight() != QFont::Bold);
        }
    }
    QVERIFY(!server.waitForNewConnection(200));
}

// Mentions next to emoji and supplementary characters are highlighted whole, and no highlight
// begins or ends between the two halves of a surrogate pair.
void TestHostileUi::highlightsKeepSurrogatePairs()
{
    const QString text
        = u"👩‍💻Nvidia a gagné 17 %😀. La Chine𝐀 réagit ce printemps 🌸\n"_s;
    QByteArray json = readAll(fixture(u"good/minimal/story.json"_s));
    json.replace("\"ont chuté de 17 %\"", "\"a gagné 17 %😀\"");
    json.replace("\"ce printemps\"", "\"ce printemps 🌸\"");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir().mkpath(dir.filePath(u"articles"_s)));
    QVERIFY(writeFile(dir.filePath(u"story.json"_s), json));
    QVERIFY(writeFile(dir.filePath(u"articles/a1.txt"_s), text.toUtf8()));
    const Result<Story> read = StoryReader::read(dir.path());
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
    const Story story = read.value();

    StorySelection selection;
    ArticleView view;
    view.setSelection(&selection);
    view.setStory(&story);
    view.resize(800, 600);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    selection.setCurrentEvent(story.events.first().id);
    QCOMPARE(view.displayedText(), text);
    const auto *editor = view.findChild<QPlainTextEdit *>();
    QVERIFY(editor);
    const QString shown = editor->toPlainText();
    QCOMPARE(shown, text);

    int formatted = 0;
    for (QTextBlock block = editor->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QVERIFY(!splitsPair(shown, fragment.position()));
            QVERIFY(!splitsPair(shown, fragment.position() + fragment.length()));
            if (fragment.charFormat().hasProperty(QTextFormat::BackgroundBrush)
                || fragment.charFormat().fontUnderline()
                || fragment.charFormat().underlineStyle() != QTextCharFormat::NoUnderline) {
                ++formatted;
            }
        }
    }
    QVERIFY(formatted >= 2); // Nvidia and Chine at least
    const QList<QTextEdit::ExtraSelection> extras = editor->extraSelections();
    QVERIFY(!extras.isEmpty()); // the quote and its sentence
    for (const QTextEdit::ExtraSelection &extra : extras) {
        QVERIFY(!splitsPair(shown, extra.cursor.selectionStart()));
        QVERIFY(!splitsPair(shown, extra.cursor.selectionEnd()));
    }
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    if (argc == 4 && qstrcmp(argv[1], "--export-loop") == 0)
        return exportLoop(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]));
    QStandardPaths::setTestModeEnabled(true);
    TestHostileUi test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_hostileui.moc"
