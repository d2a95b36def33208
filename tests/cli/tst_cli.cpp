// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "io/csv.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Runs the built `storyline` binary as a user or a script would, and checks the contract:
// output, exit status and error messages.
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void eventsJson();
    void eventsTextAndCsv();
    void entitiesJson();
    void figuresJson();
    void figuresFrench();
    void analyze();
    void analyzeCodePointOffsets();
    void badInput_data();
    void badInput();
    void badUsage_data();
    void badUsage();
    void helpAndVersion();
    void windowScreenshot();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    static Run run(const QStringList &arguments);
    static QJsonObject json(const QStringList &arguments);
};

TestCli::Run TestCli::run(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(STORYLINE_BINARY), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            process.readAllStandardOutput(), process.readAllStandardError()};
}

QJsonObject TestCli::json(const QStringList &arguments)
{
    const Run result = run(arguments);
    if (result.exitCode != 0)
        qWarning("%s", result.err.constData());
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", qPrintable(error.errorString()));
    return document.object();
}

void TestCli::eventsJson()
{
    const QJsonObject doc = json({u"events"_s, u"--format"_s, u"json"_s, u"--language"_s, u"en"_s});
    const QJsonArray events = doc.value(u"events"_s).toArray();
    QVERIFY(events.size() >= 15);
    QCOMPARE(events.first().toObject().value(u"id"_s).toString(), u"us-election-2024"_s);
    QCOMPARE(events.last().toObject().value(u"id"_s).toString(), u"trump-xi-meeting"_s);
    QString previous;
    bool sawCes = false;
    for (const QJsonValue &value : events) {
        const QJsonObject event = value.toObject();
        const QString first = event.value(u"first_day"_s).toString();
        QVERIFY2(previous <= first, qPrintable(event.value(u"id"_s).toString()));
        previous = first;
        for (const char *key : {"id", "start", "end", "precision", "basis", "title", "titles",
                                "summaries", "actors", "sources"})
            QVERIFY2(event.contains(QLatin1StringView(key)), key);
        QVERIFY(event.value(u"titles"_s).toObject().contains(u"fr"_s));
        const QJsonArray sources = event.value(u"sources"_s).toArray();
        QVERIFY(!sources.isEmpty());
        for (const QJsonValue &s : sources) {
            const QJsonObject source = s.toObject();
            QVERIFY(source.value(u"end"_s).toInt() > source.value(u"start"_s).toInt());
            QCOMPARE(source.value(u"end"_s).toInt() - source.value(u"start"_s).toInt(),
                     source.value(u"quote"_s).toString().toUcs4().size());
        }
        if (event.value(u"id"_s).toString() == u"ces-2025"_s) {
            sawCes = true;
            QCOMPARE(event.value(u"start"_s).toString(), u"2025-01-07"_s);
            QCOMPARE(event.value(u"end"_s).toString(), u"2025-01-10"_s);
            QCOMPARE(event.value(u"basis"_s).toString(), u"public-record"_s);
            QVERIFY(event.value(u"title"_s).toString().startsWith(u"CES 2025"_s));
        }
    }
    QVERIFY(sawCes);
}

void TestCli::eventsTextAndCsv()
{
    const Run text = run({u"events"_s, u"--language"_s, u"fr"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("2025-01-31"));
    QVERIFY(text.out.contains(QStringLiteral("vendredi 31 janvier 2025").toUtf8()));

    const Run csv = run({u"events"_s, u"--format"_s, u"csv"_s});
    QCOMPARE(csv.exitCode, 0);
    const QList<QStringList> rows = storyline::Csv::parse(QString::fromUtf8(csv.out));
    QCOMPARE(rows.first().first(), u"id"_s);
    const QJsonArray events
        = json({u"events"_s, u"--format"_s, u"json"_s}).value(u"events"_s).toArray();
    QCOMPARE(rows.size() - 1, events.size());
    for (const QStringList &row : rows)
        QCOMPARE(row.size(), rows.first().size());
}

void TestCli::entitiesJson()
{
    const QJsonArray entities
        = json({u"entities"_s, u"--format"_s, u"json"_s}).value(u"entities"_s).toArray();
    QVERIFY(entities.size() >= 30);
    bool sawHuang = false;
    for (const QJsonValue &value : entities) {
        const QJsonObject entity = value.toObject();
        for (const char *key : {"id", "type", "name", "aliases", "mentions"})
            QVERIFY(entity.contains(QLatin1StringView(key)));
        if (entity.value(u"id"_s).toString() == u"jensen-huang"_s) {
            sawHuang = true;
            QCOMPARE(entity.value(u"type"_s).toString(), u"person"_s);
            QVERIFY(entity.value(u"aliases"_s).toArray().contains(u"Huang Renxun"_s));
            QVERIFY(entity.value(u"mentions"_s).toInt() >= 20);
        }
    }
    QVERIFY(sawHuang);
}

void TestCli::figuresJson()
{
    const QJsonArray figures
        = json({u"figures"_s, u"--format"_s, u"json"_s}).value(u"figures"_s).toArray();
    QCOMPARE(figures.size(), 6);
    QHash<QString, QJsonObject> byId;
    for (const QJsonValue &value : figures) {
        const QJsonObject figure = value.toObject();
        for (const char *key :
             {"id", "value", "currency", "unit", "approximate", "quote", "article", "start", "end",
              "measure", "subject", "event", "conflicts_with"})
            QVERIFY2(figure.contains(QLatin1StringView(key)), key);
        byId.insert(figure.value(u"id"_s).toString(), figure);
    }
    const QJsonObject ft = byId.value(u"selloff-a000"_s);
    QCOMPARE(ft.value(u"value"_s).toDouble(), 2e12);
    QCOMPARE(ft.value(u"currency"_s).toString(), u"USD"_s);
    QCOMPARE(ft.value(u"approximate"_s).toBool(), false);
    QCOMPARE(ft.value(u"conflicts_with"_s).toArray(), QJsonArray{u"selloff-a001"_s});
    const QJsonObject reuters = byId.value(u"selloff-a001"_s);
    QCOMPARE(reuters.value(u"value"_s).toDouble(), 1e12);
    QCOMPARE(reuters.value(u"approximate"_s).toBool(), true);
    QCOMPARE(reuters.value(u"conflicts_with"_s).toArray(), QJsonArray{u"selloff-a000"_s});
    QCOMPARE(byId.value(u"nvidia-share-drop"_s).value(u"value"_s).toDouble(), 17.0);
    QCOMPARE(byId.value(u"nvidia-share-drop"_s).value(u"unit"_s).toString(), u"percent"_s);
    QCOMPARE(byId.value(u"h20-charge"_s).value(u"value"_s).toDouble(), 5.5e9);
    QCOMPARE(byId.value(u"stargate-investment"_s).value(u"value"_s).toDouble(), 5e11);
    QCOMPARE(byId.value(u"nvidia-china-market-share"_s).value(u"value"_s).toDouble(), 95.0);
    // Whole values print as integers, not in exponent form.
    const Run raw = run({u"figures"_s, u"--format"_s, u"json"_s});
    QVERIFY(raw.out.contains("2000000000000"));
}

void TestCli::figuresFrench()
{
    const Run text = run({u"figures"_s, u"--language"_s, u"fr"_s});
    QCOMPARE(text.exitCode, 0);
    const QString out = QString::fromUtf8(text.out);
    QVERIFY(out.contains(u"près de 1 000 milliards de dollars"_s));
    QVERIFY(out.contains(u"≈"_s));
}

void TestCli::analyze()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"article.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Jensen Huang, PDG de NVIDIA, a vu l'action chuter de 17 %, soit près de "
               "1 000 milliards de dollars, mais les puces H200 d'AMD et de Nvidia...");
    file.close();
    const QJsonObject doc = json({u"analyze"_s, path});
    const QJsonObject result = doc.value(u"files"_s).toArray().first().toObject();
    QCOMPARE(result.value(u"language"_s).toString(), u"fr"_s);
    QCOMPARE(result.value(u"encoding"_s).toString(), u"UTF-8"_s);
    const QJsonArray money = result.value(u"money"_s).toArray();
    QCOMPARE(money.size(), 1);
    QCOMPARE(money[0].toObject().value(u"value"_s).toDouble(), 1e12);
    QCOMPARE(money[0].toObject().value(u"approximate"_s).toBool(), true);
    QCOMPARE(money[0].toObject().value(u"text"_s).toString(),
             u"près de 1 000 milliards de dollars"_s);
    QCOMPARE(result.value(u"percents"_s).toArray().size(), 1);
    QStringList canonical;
    for (const QJsonValue &e : result.value(u"entities"_s).toArray())
        canonical.append(e.toObject().value(u"canonical"_s).toString());
    QVERIFY(canonical.contains(u"Jensen Huang"_s));
    QVERIFY(canonical.contains(u"AMD"_s));
    QCOMPARE(canonical.count(u"Nvidia"_s), 2);
    QVERIFY(!canonical.contains(u"H20"_s)); // H200 is not H20
}

void TestCli::analyzeCodePointOffsets()
{
    // An emoji before the figure: offsets count it as one code point.
    QTemporaryDir dir;
    const QString path = dir.filePath(u"emoji.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("😀 Nvidia a perdu 17 %.").toUtf8());
    file.close();
    const QJsonObject result = json({u"analyze"_s, path, u"--language"_s, u"fr"_s})
                                   .value(u"files"_s)
                                   .toArray()
                                   .first()
                                   .toObject();
    const QJsonObject percent = result.value(u"percents"_s).toArray().first().toObject();
    QCOMPARE(percent.value(u"start"_s).toInt(), 17);
    QCOMPARE(percent.value(u"end"_s).toInt(), 21);
}

void TestCli::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions"); // the error line names this
    const QString bad = QStringLiteral(STORYLINE_FIXTURES "/bad/");
    QTest::addRow("malformed story")
        << QStringList{u"events"_s, u"--story"_s, bad % u"malformed-json"_s}
        << u"story.json:4:3:"_s;
    QTest::addRow("quote not found")
        << QStringList{u"figures"_s, u"--story"_s, bad % u"quote-not-found"_s}
        << u"story.json:65:20:"_s;
    QTest::addRow("article not UTF-8")
        << QStringList{u"entities"_s, u"--story"_s, bad % u"invalid-utf8"_s}
        << u"a1.txt: byte 41"_s;
    QTest::addRow("missing story")
        << QStringList{u"events"_s, u"--story"_s, bad % u"nothing-here"_s} << u"nothing-here"_s;
    QTest::addRow("analyze missing file")
        << QStringList{u"analyze"_s, bad % u"nothing.txt"_s} << u"nothing.txt"_s;
    QTest::addRow("analyze binary")
        << QStringList{u"analyze"_s,
                       QStringLiteral(STORYLINE_FIXTURES
                                      "/../../resources/icons/storyline-256.png")}
        << u"storyline-256.png"_s;
}

void TestCli::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 1);
    QVERIFY(result.out.isEmpty()); // nothing partial on stdout
    const QString err = QString::fromUtf8(result.err);
    QCOMPARE(err.count(u'\n'), 1); // one line
    QVERIFY2(err.contains(mentions), qPrintable(err));
}

void TestCli::badUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addRow("unknown option") << QStringList{u"events"_s, u"--colour"_s};
    QTest::addRow("bad format") << QStringList{u"events"_s, u"--format"_s, u"xml"_s};
    QTest::addRow("bad language") << QStringList{u"figures"_s, u"--language"_s, u"de"_s};
    QTest::addRow("analyze nothing") << QStringList{u"analyze"_s};
    QTest::addRow("analyze bad date")
        << QStringList{u"analyze"_s, u"x.txt"_s, u"--published"_s, u"31/01/2025"_s};
    QTest::addRow("unknown command") << QStringList{u"frobnicate"_s};
    QTest::addRow("stray argument") << QStringList{u"events"_s, u"extra"_s};
}

void TestCli::badUsage()
{
    QFETCH(QStringList, arguments);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(!result.err.isEmpty());
}

void TestCli::helpAndVersion()
{
    const Run version = run({u"--version"_s});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith("storyline "));
    QVERIFY(version.out.contains(STORYLINE_VERSION_TEXT));
    const Run help = run({u"--help"_s});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("events"));
    QVERIFY(help.out.contains("analyze"));
    const Run eventsHelp = run({u"events"_s, u"--help"_s});
    QCOMPARE(eventsHelp.exitCode, 0);
    QVERIFY(eventsHelp.out.contains("--format"));
}

void TestCli::windowScreenshot()
{
    // The window opens on the bundled story (offscreen here) and can grab itself.
    QTemporaryDir dir;
    const QString png = dir.filePath(u"window.png"_s);
    const Run result = run({u"--screenshot"_s, png, u"--size"_s, u"1200x800"_s, u"--event"_s,
                            u"huang-trump-meeting"_s});
    QCOMPARE(result.exitCode, 0);
    const QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), QSize(1200, 800));
    // Article files on the command line make a new story of them, analysed before the grab.
    const QString articles = dir.filePath(u"articles.png"_s);
    const Run fromArticles = run({QStringLiteral(STORYLINE_FIXTURES "/articles/fr-computex.txt"),
                                  QStringLiteral(STORYLINE_FIXTURES "/articles/en-export-rules.md"),
                                  u"--screenshot"_s, articles, u"--size"_s, u"1200x800"_s});
    QCOMPARE(fromArticles.exitCode, 0);
    QCOMPARE(QImage(articles).size(), QSize(1200, 800));
    // A bad story path with --screenshot is bad input; an unknown event is bad usage.
    QCOMPARE(run({QStringLiteral(STORYLINE_FIXTURES "/bad/malformed-json"), u"--screenshot"_s, png})
                 .exitCode,
             1);
    QCOMPARE(run({u"--screenshot"_s, png, u"--event"_s, u"no-such-event"_s}).exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
