// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chart/figureschart.h"
#include "export/dataexport.h"
#include "export/exportactions.h"
#include "export/exportdialog.h"
#include "export/exporter.h"
#include "export/timelineexport.h"
#include "mainwindow.h"

#include "story/bundledstory.h"
#include "timeline/timescale.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPainter>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <unistd.h>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace storyline;

Q_DECLARE_METATYPE(Exporter::Format)

// The exports of the chart and the timeline: sizes, scales, the three formats, atomic writes,
// the timeline's print layout, the dialog and the window's Export menu.
class TestExporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void formatOf_data();
    void formatOf();
    void pngHasRequestedSize_data();
    void pngHasRequestedSize();
    void scaledExportMatches_data();
    void scaledExportMatches();
    void svgIsWellFormed_data();
    void svgIsWellFormed();
    void pdfHasOnePage_data();
    void pdfHasOnePage();
    void themesDiffer();
    void failedWriteKeepsOldFile_data();
    void failedWriteKeepsOldFile();
    void cancelledWriteKeepsOldFile();
    void readOnlyFolder();
    void overwriteReplacesWhole();
    void timelineWholeStory();
    void timelineWindow();
    void timelineEmptyWindow();
    void timelineFilter();
    void longCaptionFits();
    void dataExports();
    void dialogExports();
    void windowMenu();

private:
    ExportPicture picture(const QString &subject) const;

    Story m_story;
    std::unique_ptr<FiguresChart> m_chart;
    std::unique_ptr<TimelineExport> m_timeline;
};

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// Mean absolute difference per channel (0–255) of two images of the same size.
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

// The image moved right and down by `by` pixels, the background filling the gap.
QImage shifted(const QImage &image, int by)
{
    QImage result(image.size(), QImage::Format_RGB32);
    result.fill(image.pixel(0, 0));
    QPainter painter(&result);
    painter.drawImage(QPoint(by, by), image);
    return result;
}

// Every text the SVG holds, its <title> included, joined by spaces.
QString svgText(const QByteArray &svg, QString *error)
{
    QXmlStreamReader reader(svg);
    QString text;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isCharacters() && !reader.isWhitespace())
            text += reader.text() % u' ';
    }
    if (reader.hasError())
        *error = reader.errorString();
    return text;
}

// The texts the SVG draws (its <text> elements), joined by spaces.
QString drawnText(const QByteArray &svg)
{
    QXmlStreamReader reader(svg);
    QString text;
    int depth = 0; // inside how many <text> elements
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == u"text")
            ++depth;
        else if (reader.isEndElement() && reader.name() == u"text")
            --depth;
        else if (depth > 0 && reader.isCharacters())
            text += reader.text() % u' ';
    }
    return text;
}

int pdfPages(const QByteArray &pdf)
{
    static const QRegularExpression page(u"/Type\\s*/Page(?![a-zA-Z])"_s);
    return int(QString::fromLatin1(pdf).count(page));
}

} // namespace

void TestExporter::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"StorylineTests"_s);
    QCoreApplication::setApplicationName(u"tst_exporter"_s);
    qputenv("STORYLINE_NO_DIALOGS", "1");
    QSettings().clear();

    Result<Story> story = BundledStory::load();
    QVERIFY(story);
    m_story = std::move(story).value();
    m_chart = std::make_unique<FiguresChart>();
    m_chart->setLanguage(u"en"_s);
    m_chart->setStory(&m_story);
    m_timeline = std::make_unique<TimelineExport>(m_story, u"en"_s);
}

ExportPicture TestExporter::picture(const QString &subject) const
{
    return subject == u"chart"_s
        ? ExportPicture::ofChart(m_chart.get(), m_story.title.text(u"en"_s))
        : m_timeline->picture();
}

void TestExporter::formatOf_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("format"); // -1: none
    QTest::addRow("png") << u"/tmp/a.png"_s << int(Exporter::Format::Png);
    QTest::addRow("PNG") << u"A.PNG"_s << int(Exporter::Format::Png);
    QTest::addRow("svg") << u"chart.svg"_s << int(Exporter::Format::Svg);
    QTest::addRow("pdf") << u"dir.d/chart.Pdf"_s << int(Exporter::Format::Pdf);
    QTest::addRow("jpg") << u"chart.jpg"_s << -1;
    QTest::addRow("none") << u"chart"_s << -1;
    QTest::addRow("dot in folder") << u"out.png/chart"_s << -1;
}

void TestExporter::formatOf()
{
    QFETCH(QString, path);
    QFETCH(int, format);
    const auto found = Exporter::formatOf(path);
    QCOMPARE(found ? int(*found) : -1, format);
}

void TestExporter::pngHasRequestedSize_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QSize>("size");
    for (const QString &subject : {u"chart"_s, u"timeline"_s}) {
        QTest::addRow("%s 1600x900", qPrintable(subject)) << subject << QSize(1600, 900);
        QTest::addRow("%s 3840x2160", qPrintable(subject)) << subject << QSize(3840, 2160);
        QTest::addRow("%s 800x1000", qPrintable(subject)) << subject << QSize(800, 1000);
    }
}

void TestExporter::pngHasRequestedSize()
{
    QFETCH(QString, subject);
    QFETCH(QSize, size);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"out.png"_s);
    Exporter::Options options;
    options.size = size;
    const auto error = Exporter::write(path, Exporter::Format::Png, picture(subject), options);
    QVERIFY2(!error, qPrintable(error ? error->toString() : QString()));
    const QImage image(path);
    QCOMPARE(image.size(), size);
    // Drawn, not blank: the title's ink near the top.
    QVERIFY(image.pixelColor(0, 0) != image.pixelColor(size.width() / 2, size.height() / 2)
            || image.copy(0, 0, size.width(), size.height() / 10) != QImage());
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"out.png"_s});
}

void TestExporter::scaledExportMatches_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<int>("scale");
    for (const QString &subject : {u"chart"_s, u"timeline"_s}) {
        QTest::addRow("%s 2x", qPrintable(subject)) << subject << 2;
        QTest::addRow("%s 3x", qPrintable(subject)) << subject << 3;
    }
}

void TestExporter::scaledExportMatches()
{
    QFETCH(QString, subject);
    QFETCH(int, scale);
    Exporter::Options options;
    const QImage single = Exporter::image(picture(subject), options);
    QCOMPARE(single.size(), QSize(1600, 900));
    options.scale = scale;
    const QImage large = Exporter::image(picture(subject), options);
    QCOMPARE(large.size(), QSize(1600 * scale, 900 * scale));
    QCOMPARE(large.devicePixelRatio(), qreal(scale));

    // Scaled down, the sharp image is the 1× one: the same layout, nothing cropped or moved.
    QImage down = large.scaled(single.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    down.setDevicePixelRatio(1);
    const double difference = meanDifference(single, down);
    // What a real offset of a few pixels costs, for scale: the check can tell.
    const double offset = meanDifference(single, shifted(single, 6));
    qDebug("mean difference %.3f (6 px offset: %.3f)", difference, offset);
    QVERIFY2(difference < 4.0,
             qPrintable(u"mean difference %1 (6 px offset: %2)"_s.arg(difference).arg(offset)));
    QVERIFY2(difference * 2 < offset,
             qPrintable(u"mean difference %1 (6 px offset: %2)"_s.arg(difference).arg(offset)));
}

void TestExporter::svgIsWellFormed_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addRow("chart") << u"chart"_s;
    QTest::addRow("timeline") << u"timeline"_s;
}

void TestExporter::svgIsWellFormed()
{
    QFETCH(QString, subject);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"out.svg"_s);
    const auto error
        = Exporter::write(path, Exporter::Format::Svg, picture(subject), Exporter::Options());
    QVERIFY2(!error, qPrintable(error ? error->toString() : QString()));
    const QByteArray svg = readAll(path);
    QVERIFY(svg.startsWith("<?xml"));
    QString xmlError;
    const QString text = svgText(svg, &xmlError);
    QVERIFY2(xmlError.isEmpty(), qPrintable(xmlError));
    QVERIFY(svg.contains("viewBox=\"0 0 1600 900\""));
    const QString title = m_story.title.text(u"en"_s);
    QVERIFY(!title.isEmpty());
    // In the metadata and drawn as text.
    QVERIFY2(text.count(title) >= 2, qPrintable(text.left(300)));
    QVERIFY(text.contains(u"Sources:"_s));
    if (subject == u"timeline"_s) {
        QVERIFY(text.contains(u"CES 2025"_s));
        QVERIFY(text.contains(u"Trump meets Xi Jinping"_s));
    } else {
        QVERIFY(text.contains(u"$2T"_s));
        QVERIFY(text.contains(u"$5.5B"_s));
        QVERIFY(text.contains(u"17%"_s));
    }
}

void TestExporter::pdfHasOnePage_data()
{
    svgIsWellFormed_data();
}

void TestExporter::pdfHasOnePage()
{
    QFETCH(QString, subject);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"out.pdf"_s);
    const auto error
        = Exporter::write(path, Exporter::Format::Pdf, picture(subject), Exporter::Options());
    QVERIFY2(!error, qPrintable(error ? error->toString() : QString()));
    const QByteArray pdf = readAll(path);
    QVERIFY(pdf.startsWith("%PDF"));
    QCOMPARE(pdfPages(pdf), 1);
    // The page is the picture at 96 pixels per inch: 1600×900 px is 1200×675 pt.
    QVERIFY2(QString::fromLatin1(pdf).contains(QRegularExpression(
                 u"/MediaBox\\s*\\[\\s*0\\s+0\\s+1200(\\.0*)?\\s+675(\\.0*)?\\s*\\]"_s)),
             pdf.left(2000).constData());
}

void TestExporter::themesDiffer()
{
    Exporter::Options options;
    options.size = QSize(800, 450);
    for (const QString &subject : {u"chart"_s, u"timeline"_s}) {
        options.theme = ChartTheme::Light;
        const QImage light = Exporter::image(picture(subject), options);
        options.theme = ChartTheme::Dark;
        const QImage dark = Exporter::image(picture(subject), options);
        options.theme = ChartTheme::Print;
        const QImage print = Exporter::image(picture(subject), options);
        QCOMPARE(light.pixelColor(2, 2), QColor(Qt::white));
        QVERIFY(dark.pixelColor(2, 2).lightness() < 60);
        QCOMPARE(print.pixelColor(2, 2), QColor(Qt::white));
        QVERIFY(meanDifference(light, print) > 0.05);
    }
}

void TestExporter::failedWriteKeepsOldFile_data()
{
    QTest::addColumn<QString>("target"); // relative to the temporary folder
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QString>("message");
    QTest::addRow("missing folder")
        << u"missing/out.png"_s << QSize(1600, 900) << u"does not exist"_s;
    QTest::addRow("a folder") << u"folder"_s << QSize(1600, 900) << u"is a folder"_s;
    QTest::addRow("size too small") << u"old.png"_s << QSize(0, 900) << u"out of range"_s;
    QTest::addRow("size too large") << u"old.png"_s << QSize(100000, 900) << u"out of range"_s;
}

void TestExporter::failedWriteKeepsOldFile()
{
    QFETCH(QString, target);
    QFETCH(QSize, size);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString old = dir.filePath(u"old.png"_s);
    const QByteArray oldBytes = "the previous export, which must survive";
    QVERIFY(writeFile(old, oldBytes));
    QVERIFY(QDir(dir.path()).mkdir(u"folder"_s));
    const QStringList before = QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);

    const QString path = dir.filePath(target);
    Exporter::Options options;
    options.size = size;
    const auto error = Exporter::write(path, Exporter::Format::Png, picture(u"chart"_s), options);
    QVERIFY(error);
    QVERIFY2(error->toString().contains(QDir::toNativeSeparators(path)),
             qPrintable(error->toString()));
    QVERIFY2(error->message.contains(message), qPrintable(error->message));
    QCOMPARE(readAll(old), oldBytes);
    QVERIFY(QFileInfo(dir.filePath(u"folder"_s)).isDir());
    // No temporary file left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
}

void TestExporter::cancelledWriteKeepsOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"chart.png"_s);
    const QByteArray oldBytes = "old chart";
    QVERIFY(writeFile(path, oldBytes));
    for (const Exporter::Format format :
         {Exporter::Format::Png, Exporter::Format::Svg, Exporter::Format::Pdf}) {
        Exporter::Options options;
        bool asked = false;
        options.cancelled = [&asked] {
            asked = true;
            return true;
        };
        const auto error = Exporter::write(path, format, picture(u"timeline"_s), options);
        QVERIFY(asked);
        QVERIFY(error);
        QVERIFY(error->message.contains(u"cancelled"_s));
        QCOMPARE(readAll(path), oldBytes);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"chart.png"_s});
    }
}

void TestExporter::readOnlyFolder()
{
    if (::geteuid() == 0)
        QSKIP("root writes into read-only folders");
    QTemporaryDir dir;
    const QString path = dir.filePath(u"chart.png"_s);
    QVERIFY(writeFile(path, "old"));
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner);
    const auto error
        = Exporter::write(path, Exporter::Format::Png, picture(u"chart"_s), Exporter::Options());
    QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QVERIFY(error);
    QVERIFY(error->toString().startsWith(QDir::toNativeSeparators(path)));
    QCOMPARE(readAll(path), QByteArray("old"));
}

void TestExporter::overwriteReplacesWhole()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"chart.svg"_s);
    QVERIFY(writeFile(path, QByteArray(4 << 20, 'x'))); // longer than the new file
    const auto error
        = Exporter::write(path, Exporter::Format::Svg, picture(u"chart"_s), Exporter::Options());
    QVERIFY(!error);
    const QByteArray svg = readAll(path);
    QVERIFY(svg.startsWith("<?xml"));
    QVERIFY(!svg.contains("xxxx"));
    QVERIFY(svg.trimmed().endsWith("</svg>"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"chart.svg"_s});
}

void TestExporter::timelineWholeStory()
{
    TimelineExport layout(m_story, u"en"_s);
    QVERIFY(layout.isWholeStory());
    QCOMPARE(layout.shownEventCount(), int(m_story.events.size()));
    const auto [from, to] = layout.shownRange();
    QCOMPARE(TimeUnits::toDate(from), m_story.events.first().start.first());
    QCOMPARE(TimeUnits::toDate(to - 1), m_story.events.last().start.last());
    QCOMPARE(layout.title(), m_story.title.text(u"en"_s));
    QVERIFY2(layout.subtitle().contains(u"30 October 2025"_s), qPrintable(layout.subtitle()));
    QVERIFY(layout.subtitle().contains(u"18 events"_s));

    // Every article an event cites is in the caption, as "outlet, date (id)".
    QStringList cited;
    for (const Event &event : std::as_const(m_story.events)) {
        for (const Source &source : event.sources) {
            if (!cited.contains(source.article))
                cited.append(source.article);
        }
    }
    std::sort(cited.begin(), cited.end());
    QCOMPARE(layout.shownSources(), cited);
    const QString caption = layout.caption();
    QVERIFY(caption.startsWith(u"Sources: "_s));
    QVERIFY2(caption.contains(u"L'Economiste Maghrébin, 1 February 2025 (a001)"_s),
             qPrintable(caption));
    for (const QString &id : cited)
        QVERIFY2(caption.contains(u'(' % id % u')'), qPrintable(id));
}

void TestExporter::timelineWindow()
{
    TimelineExport layout(m_story, u"en"_s);
    layout.setDays(QDate(2025, 1, 1), QDate(2025, 1, 31));
    QVERIFY(!layout.isWholeStory());
    const int shown = layout.shownEventCount();
    QVERIFY(shown > 3 && shown < m_story.events.size());
    QVERIFY2(layout.subtitle().startsWith(u"1–31 January 2025"_s), qPrintable(layout.subtitle()));
    // Only the sources of January's events: not the October article of the Trump–Xi meeting.
    const QStringList sources = layout.shownSources();
    QVERIFY(!sources.isEmpty());
    const Event *meeting = m_story.event(u"trump-xi-meeting");
    QVERIFY(meeting);
    bool onlyLate = true;
    for (const Source &source : meeting->sources) {
        for (const Event &event : std::as_const(m_story.events)) {
            if (event.start.first().month() == 1 && event.start.first().year() == 2025) {
                for (const Source &s : event.sources)
                    onlyLate = onlyLate && s.article != source.article;
            }
        }
        if (onlyLate)
            QVERIFY(!sources.contains(source.article));
    }
    QString xmlError;
    const QString text = svgText(
        Exporter::encode(layout.picture(), Exporter::Format::Svg, Exporter::Options()), &xmlError);
    QVERIFY(xmlError.isEmpty());
    QVERIFY(text.contains(u"DeepSeek"_s));
    QVERIFY(!text.contains(u"Trump meets Xi Jinping"_s));
}

void TestExporter::timelineEmptyWindow()
{
    TimelineExport layout(m_story, u"en"_s);
    layout.setDays(QDate(2030, 1, 1), QDate(2030, 12, 31));
    QCOMPARE(layout.shownEventCount(), 0);
    QVERIFY(layout.shownSources().isEmpty());
    QVERIFY(!layout.caption().isEmpty());
    const QImage image = Exporter::image(layout.picture(), Exporter::Options());
    QCOMPARE(image.size(), QSize(1600, 900));
}

void TestExporter::timelineFilter()
{
    TimelineExport layout(m_story, u"en"_s);
    layout.setEntities({u"deepseek"_s});
    const int shown = layout.shownEventCount();
    QVERIFY(shown > 0 && shown < m_story.events.size());
    QVERIFY2(layout.subtitle().contains(u"DeepSeek"_s), qPrintable(layout.subtitle()));
    layout.setLanesVisible(false);
    QCOMPARE(layout.shownEventCount(), shown);
}

void TestExporter::longCaptionFits()
{
    // Three hundred articles behind one event: the caption cites what fits and counts the rest.
    Story story = m_story;
    for (int i = 0; i < 300; ++i) {
        Article article;
        article.id = u"x%1"_s.arg(i, 3, 10, QLatin1Char('0'));
        article.outlet = u"Outlet number %1"_s.arg(i);
        article.published = PartialDate::day(QDate(2025, 1, 1).addDays(i));
        story.articles.append(article);
        story.events.first().sources.append({article.id, {}});
    }
    TimelineExport layout(story, u"en"_s);
    QCOMPARE(layout.shownSources().size(), 305);
    QVERIFY(layout.caption().contains(u"Outlet number 299"_s));

    const QByteArray svg
        = Exporter::encode(layout.picture(), Exporter::Format::Svg, Exporter::Options());
    // The metadata cites every source; the drawing as many as fit.
    QString xmlError;
    QVERIFY(svgText(svg, &xmlError).contains(u"Outlet number 299"_s));
    QVERIFY(xmlError.isEmpty());
    const QString text = drawnText(svg);
    QVERIFY(text.contains(u"Outlet number 0"_s));
    QVERIFY(!text.contains(u"Outlet number 299"_s));
    static const QRegularExpression more(u"and (\\d+) more"_s);
    const QRegularExpressionMatch match = more.match(text);
    QVERIFY2(match.hasMatch(), qPrintable(text.right(400)));
    QVERIFY(match.captured(1).toInt() > 10);
    // The events are still drawn: the caption did not take the page.
    QVERIFY(text.contains(u"Trump meets Xi Jinping"_s));
}

void TestExporter::dataExports()
{
    using Kind = DataExport::Kind;
    using Format = DataExport::Format;
    QVERIFY(DataExport::supports(Kind::Events, Format::TimelineJs));
    QVERIFY(!DataExport::supports(Kind::Figures, Format::TimelineJs));
    QVERIFY(DataExport::document(m_story, Kind::Figures, Format::TimelineJs, u"en"_s).isEmpty());

    const QByteArray timelineJs
        = DataExport::document(m_story, Kind::Events, Format::TimelineJs, u"en"_s);
    QJsonParseError parseError;
    const QJsonObject document = QJsonDocument::fromJson(timelineJs, &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(document.value(u"events"_s).toArray().size(), m_story.events.size());
    QVERIFY(DataExport::fileName(m_story, Kind::Events, Format::TimelineJs).endsWith(u".json"_s));
    QVERIFY(
        DataExport::fileName(m_story, Kind::Entities, Format::Csv).endsWith(u"-entities.csv"_s));

    const QByteArray csv = DataExport::document(m_story, Kind::Events, Format::Csv, u"en"_s);
    QVERIFY(csv.startsWith("id,"));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"events.csv"_s);
    QVERIFY(!Exporter::writeBytes(path, csv));
    QCOMPARE(readAll(path), csv);
    const auto error = Exporter::writeBytes(dir.filePath(u"no/events.csv"_s), csv);
    QVERIFY(error);
    QVERIFY(error->toString().contains(u"events.csv"_s));
}

void TestExporter::dialogExports()
{
    int calls = 0;
    bool lastWhole = false;
    ExportDialog dialog(
        ExportDialog::Subject::Timeline,
        [&](bool whole) {
            ++calls;
            lastWhole = whole;
            return m_timeline->picture();
        },
        u"story-timeline"_s);
    QVERIFY(calls > 0); // the preview
    auto *preview = dialog.findChild<QLabel *>(u"preview"_s);
    QVERIFY(preview);
    QVERIFY(!preview->pixmap().isNull());

    dialog.setFormat(Exporter::Format::Png);
    Exporter::Options options;
    options.size = QSize(1200, 700);
    options.scale = 2;
    options.theme = ChartTheme::Dark;
    dialog.setOptions(options);
    dialog.setWholeStory(true);
    QCOMPARE(dialog.options().size, QSize(1200, 700));
    QCOMPARE(dialog.options().scale, 2.0);
    QCOMPARE(dialog.options().theme, ChartTheme::Dark);
    QVERIFY(dialog.wholeStory());

    QTemporaryDir dir;
    const QString path = dir.filePath(u"timeline.png"_s);
    QVERIFY(!dialog.exportTo(path));
    QVERIFY(lastWhole);
    QCOMPARE(QImage(path).size(), QSize(2400, 1400));
    // The choices persist for the next dialog and for Copy.
    QCOMPARE(ExportDialog::savedOptions().size, QSize(1200, 700));
    QCOMPARE(ExportDialog::savedOptions().theme, ChartTheme::Dark);

    // SVG and PDF have no scale.
    dialog.setFormat(Exporter::Format::Svg);
    QCOMPARE(dialog.options().scale, 1.0);
    QVERIFY(!dialog.findChild<QComboBox *>(u"scale"_s)->isEnabled());

    const auto error = dialog.exportTo(dir.filePath(u"missing/timeline.svg"_s));
    QVERIFY(error);
    QVERIFY(dialog.findChild<QLabel *>(u"status"_s)->text().contains(u"missing"_s));

    dialog.copyToClipboard();
    const QMimeData *copied = QGuiApplication::clipboard()->mimeData();
    QVERIFY(copied);
    QVERIFY(copied->hasImage());
    QVERIFY(copied->hasFormat(u"image/svg+xml"_s));
    QCOMPARE(qvariant_cast<QImage>(copied->imageData()).width(), 1200);
}

void TestExporter::windowMenu()
{
    MainWindow window;
    Result<Story> story = BundledStory::load();
    QVERIFY(story);
    window.setStory(std::move(story).value(), QString());
    window.resize(1400, 900);

    auto *actions = window.findChild<ExportActions *>();
    QVERIFY(actions);
    // File ▸ Export holds the exports.
    QMenu *file = nullptr;
    for (QAction *action : window.menuBar()->actions()) {
        if (action->menu() && action->menu()->actions().contains(actions->menu()->menuAction()))
            file = action->menu();
    }
    QVERIFY(file);
    const QList<QAction *> entries = actions->menu()->actions();
    QVERIFY(entries.contains(actions->exportChartAction()));
    QVERIFY(entries.contains(actions->exportTimelineAction()));
    QVERIFY(entries.contains(actions->copyChartAction()));
    QVERIFY(entries.contains(actions->copyTimelineAction()));

    // The visible window by default; the whole story on demand.
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const auto whole = actions->timelineExport(true);
    QVERIFY(whole->isWholeStory());
    QCOMPARE(whole->shownEventCount(), int(window.story().events.size()));
    const auto visible = actions->timelineExport(false);
    QVERIFY(!visible->isWholeStory());

    QTemporaryDir dir;
    const QString csv = dir.filePath(u"figures.csv"_s);
    QVERIFY(!actions->exportData(DataExport::Kind::Figures, DataExport::Format::Csv, csv));
    QVERIFY(readAll(csv).startsWith("id,"));

    actions->copyChartAction()->trigger();
    QVERIFY(QGuiApplication::clipboard()->mimeData()->hasImage());

    actions->exportChartAction()->trigger();
    QTRY_VERIFY(actions->dialog());
    QCOMPARE(actions->dialog()->subject(), ExportDialog::Subject::Chart);
    actions->dialog()->close();
    QTRY_VERIFY(!actions->dialog());
}

QTEST_MAIN(TestExporter)
#include "tst_exporter.moc"
