// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

// Runs the built `storyline` binary's export commands as a script on a machine without a
// display would: no QT_QPA_PLATFORM, no DISPLAY, so the program must pick the offscreen
// platform itself. Checks the files, the exit statuses and the error lines.
class TestCliExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void exportsEachFormat_data();
    void exportsEachFormat();
    void sizeAndScale();
    void timelineWindow();
    void themes();
    void badUsage_data();
    void badUsage();
    void badInput_data();
    void badInput();
    void failureKeepsOldFile();
    void help();
    void timelineJs();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    Run run(const QStringList &arguments) const;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
};

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList lines(const QByteArray &bytes)
{
    return QString::fromUtf8(bytes).split(u'\n', Qt::SkipEmptyParts);
}

bool wellFormedXml(const QByteArray &bytes)
{
    QXmlStreamReader reader(bytes);
    while (!reader.atEnd())
        reader.readNext();
    return !reader.hasError();
}

int pdfPages(const QByteArray &pdf)
{
    static const QRegularExpression page(u"/Type\\s*/Page(?![a-zA-Z])"_s);
    return int(QString::fromLatin1(pdf).count(page));
}

} // namespace

void TestCliExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

TestCliExport::Run TestCliExport::run(const QStringList &arguments) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // No platform and no display: the program chooses the offscreen platform itself.
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.remove(u"DISPLAY"_s);
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    env.insert(u"LANGUAGE"_s, u"en"_s);
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir.path());
    process.start(QStringLiteral(STORYLINE_BINARY), arguments);
    if (!process.waitForFinished(120000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

void TestCliExport::exportsEachFormat_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("suffix");
    for (const QString &command : {u"export-chart"_s, u"export-timeline"_s}) {
        for (const QString &suffix : {u"png"_s, u"svg"_s, u"pdf"_s})
            QTest::addRow("%s %s", qPrintable(command), qPrintable(suffix)) << command << suffix;
    }
}

void TestCliExport::exportsEachFormat()
{
    QFETCH(QString, command);
    QFETCH(QString, suffix);
    const QString file = path(command % u'.' % suffix);
    const Run result = run({command, u"--output"_s, file, u"--language"_s, u"en"_s});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QVERIFY2(!result.err.contains("storyline:"), result.err.constData());
    QVERIFY(result.out.isEmpty());
    const QByteArray bytes = readAll(file);
    if (suffix == u"png"_s) {
        // Defaults: 1600×900 at scale 1.
        QCOMPARE(QImage::fromData(bytes, "PNG").size(), QSize(1600, 900));
    } else if (suffix == u"svg"_s) {
        QVERIFY(bytes.startsWith("<?xml"));
        QVERIFY(wellFormedXml(bytes));
        QVERIFY(bytes.contains("viewBox=\"0 0 1600 900\""));
        QVERIFY(bytes.contains("Nvidia, Trump and China"));
    } else {
        QVERIFY(bytes.startsWith("%PDF"));
        QCOMPARE(pdfPages(bytes), 1);
    }
}

void TestCliExport::sizeAndScale()
{
    const QString large = path(u"large.png"_s);
    Run result = run({u"export-chart"_s, u"--output"_s, large, u"--width"_s, u"3840"_s,
                      u"--height"_s, u"2160"_s});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(QImage(large).size(), QSize(3840, 2160));

    const QString sharp = path(u"sharp.png"_s);
    result = run({u"export-timeline"_s, u"--output"_s, sharp, u"--width"_s, u"800"_s, u"--height"_s,
                  u"600"_s, u"--scale"_s, u"2"_s});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QCOMPARE(QImage(sharp).size(), QSize(1600, 1200));
}

void TestCliExport::timelineWindow()
{
    // Any date form: a month to a day.
    const QString file = path(u"january.svg"_s);
    const Run result = run({u"export-timeline"_s, u"--output"_s, file, u"--from"_s, u"2025-01"_s,
                            u"--to"_s, u"2025-02-15"_s, u"--language"_s, u"en"_s});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    const QByteArray svg = readAll(file);
    QVERIFY(wellFormedXml(svg));
    QVERIFY(svg.contains("DeepSeek"));
    QVERIFY(!svg.contains("Trump meets Xi Jinping"));
    QVERIFY(svg.contains("Sources:"));

    // Only one end: the other is the story's.
    const Run late = run({u"export-timeline"_s, u"--output"_s, path(u"late.svg"_s), u"--from"_s,
                          u"2025-10-01"_s, u"--language"_s, u"en"_s});
    QVERIFY2(late.exitCode == 0, late.err.constData());
    const QByteArray lateSvg = readAll(path(u"late.svg"_s));
    QVERIFY(lateSvg.contains("Trump meets Xi Jinping"));
    QVERIFY(!lateSvg.contains("CES 2025"));
}

void TestCliExport::themes()
{
    QColor corners[3];
    const QString themes[] = {u"light"_s, u"dark"_s, u"print"_s};
    for (int i = 0; i < 3; ++i) {
        const QString file = path(u"theme-"_s % themes[i] % u".png"_s);
        const Run result = run({u"export-chart"_s, u"--output"_s, file, u"--theme"_s, themes[i],
                                u"--width"_s, u"800"_s, u"--height"_s, u"450"_s});
        QVERIFY2(result.exitCode == 0, result.err.constData());
        corners[i] = QImage(file).pixelColor(1, 1);
    }
    QCOMPARE(corners[0], QColor(Qt::white));
    QVERIFY(corners[1].lightness() < 60);
    QCOMPARE(corners[2], QColor(Qt::white));
}

void TestCliExport::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString png = u"out.png"_s;
    QTest::addRow("no output") << QStringList{u"export-chart"_s} << u"--output"_s;
    QTest::addRow("unknown extension")
        << QStringList{u"export-chart"_s, u"--output"_s, u"out.jpg"_s} << u"out.jpg"_s;
    QTest::addRow("no extension") << QStringList{u"export-timeline"_s, u"--output"_s, u"out"_s}
                                  << u"format"_s;
    QTest::addRow("width not a number")
        << QStringList{u"export-chart"_s, u"--output"_s, png, u"--width"_s, u"wide"_s} << u"wide"_s;
    QTest::addRow("height zero") << QStringList{u"export-chart"_s, u"--output"_s, png,
                                                u"--height"_s, u"0"_s}
                                 << u"out of range"_s;
    QTest::addRow("scale too large")
        << QStringList{u"export-chart"_s, u"--output"_s, png, u"--scale"_s, u"9"_s} << u"scale"_s;
    QTest::addRow("unknown theme")
        << QStringList{u"export-chart"_s, u"--output"_s, png, u"--theme"_s, u"neon"_s} << u"neon"_s;
    QTest::addRow("unknown language")
        << QStringList{u"export-timeline"_s, u"--output"_s, png, u"--language"_s, u"de"_s}
        << u"de"_s;
    QTest::addRow("invalid date") << QStringList{u"export-timeline"_s, u"--output"_s, png,
                                                 u"--from"_s, u"2025-13-01"_s}
                                  << u"2025-13-01"_s;
    QTest::addRow("from after to")
        << QStringList{u"export-timeline"_s, u"--output"_s, png,         u"--from"_s,
                       u"2025-06-01"_s,      u"--to"_s,     u"2025-01"_s}
        << u"after"_s;
    QTest::addRow("window after the story")
        << QStringList{u"export-timeline"_s, u"--output"_s, png, u"--from"_s, u"2030"_s}
        << u"empty"_s;
    QTest::addRow("unknown option")
        << QStringList{u"export-chart"_s, u"--output"_s, png, u"--colour"_s, u"red"_s}
        << u"colour"_s;
    QTest::addRow("positional argument")
        << QStringList{u"export-timeline"_s, u"--output"_s, png, u"extra"_s} << u"extra"_s;
    QTest::addRow("chart has no --from")
        << QStringList{u"export-chart"_s, u"--output"_s, png, u"--from"_s, u"2025"_s} << u"from"_s;
}

void TestCliExport::badUsage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    const QStringList errors = lines(result.err);
    QVERIFY2(!errors.isEmpty(), "no message on stderr");
    QVERIFY2(errors.first().startsWith(u"storyline: "_s), result.err.constData());
    QVERIFY2(errors.first().contains(message), result.err.constData());
    QVERIFY(result.out.isEmpty());
    QVERIFY(!QFile::exists(path(u"out.png"_s)));
}

void TestCliExport::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("names"); // what the error line must name
    QTest::addColumn<QString>("problem");
    const QString missing = path(u"no-such-folder/chart.png"_s);
    QTest::addRow("missing folder")
        << QStringList{u"export-chart"_s, u"--output"_s, missing} << missing << u"does not exist"_s;
    const QString folder = path(u"a-folder.png"_s);
    QTest::addRow("output is a folder")
        << QStringList{u"export-timeline"_s, u"--output"_s, folder} << folder << u"folder"_s;
    QTest::addRow("missing story")
        << QStringList{u"export-chart"_s, u"--output"_s, path(u"x.png"_s), u"--story"_s,
                       path(u"no-story"_s)}
        << u"no-story"_s << QString();
    QTest::addRow("bad story") << QStringList{u"export-timeline"_s, u"--output"_s, path(u"x.png"_s),
                                              u"--story"_s,
                                              QStringLiteral(STORYLINE_FIXTURES
                                                             "/bad/invalid-date")}
                               << u"story.json"_s << u"2025"_s;
}

void TestCliExport::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, names);
    QFETCH(QString, problem);
    QDir(m_dir.path()).mkpath(u"a-folder.png"_s);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 1);
    // One line: the file and the problem.
    const QStringList errors = lines(result.err);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().startsWith(u"storyline: "_s), result.err.constData());
    QVERIFY2(errors.first().contains(names), result.err.constData());
    QVERIFY2(errors.first().contains(problem), result.err.constData());
    QVERIFY(!QFile::exists(path(u"x.png"_s)));
    QVERIFY(QFileInfo(path(u"a-folder.png"_s)).isDir());
}

void TestCliExport::failureKeepsOldFile()
{
    const QString file = path(u"keep.png"_s);
    Run result = run({u"export-chart"_s, u"--output"_s, file});
    QCOMPARE(result.exitCode, 0);
    const QByteArray before = readAll(file);
    QVERIFY(!before.isEmpty());

    // A failed export (the story does not load) and a refused one leave it as it was, and
    // leave nothing beside it.
    const QStringList entries = QDir(m_dir.path()).entryList(QDir::Files);
    result = run({u"export-chart"_s, u"--output"_s, file, u"--story"_s,
                  QStringLiteral(STORYLINE_FIXTURES "/bad/malformed-json")});
    QCOMPARE(result.exitCode, 1);
    result = run({u"export-chart"_s, u"--output"_s, file, u"--width"_s, u"1"_s});
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(readAll(file), before);
    QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), entries);

    // A successful one replaces it.
    result = run({u"export-chart"_s, u"--output"_s, file, u"--theme"_s, u"dark"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(readAll(file) != before);
}

void TestCliExport::help()
{
    for (const QString &command : {u"export-chart"_s, u"export-timeline"_s}) {
        const Run result = run({command, u"--help"_s});
        QCOMPARE(result.exitCode, 0);
        for (const char *option :
             {"--output", "--width", "--height", "--scale", "--theme", "--story", "--language"})
            QVERIFY2(result.out.contains(option), option);
        QCOMPARE(result.out.contains("--from"), command == u"export-timeline"_s);
    }
    const Run overview = run({u"--help"_s});
    QCOMPARE(overview.exitCode, 0);
    QVERIFY(overview.out.contains("export-chart"));
    QVERIFY(overview.out.contains("export-timeline"));
}

void TestCliExport::timelineJs()
{
    const Run result = run({u"events"_s, u"--format"_s, u"timelinejs"_s, u"--language"_s, u"en"_s});
    QVERIFY2(result.exitCode == 0, result.err.constData());
    QJsonParseError error;
    const QJsonObject document = QJsonDocument::fromJson(result.out, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray events = document.value(u"events"_s).toArray();
    QCOMPARE(events.size(), 18);
    QVERIFY(document.value(u"title"_s).isObject());
    bool sawCes = false;
    for (const QJsonValue &value : events) {
        const QJsonObject event = value.toObject();
        QVERIFY(event.value(u"start_date"_s).toObject().contains(u"year"_s));
        if (event.value(u"unique_id"_s).toString() == u"ces-2025"_s) {
            sawCes = true;
            const QJsonObject start = event.value(u"start_date"_s).toObject();
            QCOMPARE(start.value(u"month"_s).toVariant().toInt(), 1);
            QCOMPARE(start.value(u"day"_s).toVariant().toInt(), 7);
        }
    }
    QVERIFY(sawCes);

    // Only events have a TimelineJS form.
    const Run figures = run({u"figures"_s, u"--format"_s, u"timelinejs"_s});
    QCOMPARE(figures.exitCode, 2);
    QVERIFY(figures.err.startsWith("storyline: "));
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cliexport.moc"
