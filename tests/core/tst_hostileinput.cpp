// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "story/partialdate.h"
#include "story/storyreader.h"
#include "testfiles.h"
#include "text/analyzer.h"
#include "text/articleimporter.h"
#include "text/figureparser.h"
#include "text/textdecoder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;
using namespace storyline;
using namespace storyline::TestFiles;

// Input nobody should give Storyline, and some that is merely unusual: huge and binary files,
// broken and unusual encodings, invisible and right-to-left characters, emoji at the edges of
// names, JSON nested thousands deep, numbers and dates out of range, paths that try to leave
// the story folder, and HTML that would fetch or run something. Each is refused with an error
// that says where, or read with sane results; none crashes, hangs or reads what it refused.
class TestHostileInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void tooLargeArticle_data();
    void tooLargeArticle();
    void tooLargeStoryJson();
    void storyJsonNotARegularFile();

    void binaryArticle();
    void invalidUtf8InTheMiddle_data();
    void invalidUtf8InTheMiddle();
    void utf16WithoutByteOrderMark_data();
    void utf16WithoutByteOrderMark();

    void invisibleCharacters_data();
    void invisibleCharacters();
    void rightToLeft_data();
    void rightToLeft();
    void surrogatesAtEdges_data();
    void surrogatesAtEdges();
    void quoteEndingInEmoji();

    void hundredThousandEntities();
    void deepNesting_data();
    void deepNesting();
    void overflowingNumbers_data();
    void overflowingNumbers();
    void overflowingFigures_data();
    void overflowingFigures();
    void datesOutOfRange_data();
    void datesOutOfRange();

    void pathsLeavingTheFolder_data();
    void pathsLeavingTheFolder();
    void symbolicLinks_data();
    void symbolicLinks();
    void storyFolderThroughSymlink();
    void fifoArticleIsNotRead();

    void htmlFetchesAndRunsNothing();

private:
    // The fixture story's story.json and article text, to make hostile variants of.
    QByteArray m_json;
    QByteArray m_article;
    QList<Entity> m_entities;

    // Writes a story folder `dir`/story with `json` and its article a1.txt.
    static QString writeStory(const QTemporaryDir &dir, const QByteArray &json,
                              const QByteArray &article);
    // Line and column (1-based, in characters) where `needle` first occurs in `json`.
    static std::pair<int, int> positionOf(const QByteArray &json, const QByteArray &needle);
    // `text` as a JSON string literal, quotes included.
    static QByteArray jsonString(const QString &text);
    // Fails unless every span is inside `text` and none splits a surrogate pair.
    static void checkSpans(QStringView text, const Analysis &analysis);
};

namespace {

bool splitsPair(QStringView text, qsizetype at)
{
    return at > 0 && at < text.size() && text[at - 1].isHighSurrogate()
        && text[at].isLowSurrogate();
}

bool saneSpan(QStringView text, qsizetype start, qsizetype end)
{
    return start >= 0 && start <= end && end <= text.size() && !splitsPair(text, start)
        && !splitsPair(text, end);
}

// A file of `size` bytes that takes no room on disk (a hole): reading it would take long and
// the memory the size limits are there to protect.
bool makeSparse(const QString &path, qint64 size)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.resize(size);
}

} // namespace

void TestHostileInput::initTestCase()
{
    m_json = readAll(fixture(u"good/minimal/story.json"_s));
    m_article = readAll(fixture(u"good/minimal/articles/a1.txt"_s));
    QVERIFY(!m_json.isEmpty());
    QVERIFY(!m_article.isEmpty());
    Entity nvidia;
    nvidia.id = u"nvidia"_s;
    nvidia.type = EntityType::Organization;
    nvidia.name = u"Nvidia"_s;
    Entity huang;
    huang.id = u"jensen-huang"_s;
    huang.type = EntityType::Person;
    huang.name = u"Jensen Huang"_s;
    Entity china;
    china.id = u"china"_s;
    china.type = EntityType::Place;
    china.name = u"China"_s;
    china.aliases = {u"Chine"_s, u"الصين"_s, u"סין"_s};
    Entity yoshinoya;
    yoshinoya.id = u"yoshinoya"_s;
    yoshinoya.type = EntityType::Organization;
    yoshinoya.name = u"𠮷野家"_s; // U+20BB7: a supplementary-plane character, two code units
    m_entities = {nvidia, huang, china, yoshinoya};
}

QString TestHostileInput::writeStory(const QTemporaryDir &dir, const QByteArray &json,
                                     const QByteArray &article)
{
    const QString folder = dir.filePath(u"story"_s);
    QDir().mkpath(folder % u"/articles"_s);
    writeFile(folder % u"/story.json"_s, json);
    writeFile(folder % u"/articles/a1.txt"_s, article);
    return folder;
}

std::pair<int, int> TestHostileInput::positionOf(const QByteArray &json, const QByteArray &needle)
{
    const qsizetype at = json.indexOf(needle);
    if (at < 0)
        return {0, 0};
    const QString before = QString::fromUtf8(json.first(at));
    const qsizetype lineStart = before.lastIndexOf(u'\n') + 1;
    return {int(before.count(u'\n') + 1),
            int(QStringView(before).sliced(lineStart).toUcs4().size() + 1)};
}

QByteArray TestHostileInput::jsonString(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.sliced(1, array.size() - 2);
}

void TestHostileInput::checkSpans(QStringView text, const Analysis &analysis)
{
    for (const TextSpan &s : analysis.sentences)
        QVERIFY2(saneSpan(text, s.start, s.end), "sentence span");
    for (const GazetteerMatch &m : analysis.entities)
        QVERIFY2(saneSpan(text, m.span.start, m.span.end), "gazetteer span");
    for (const EntityMatch &m : analysis.names)
        QVERIFY2(saneSpan(text, m.span.start, m.span.end), "name span");
    for (const FigureMatch &m : analysis.figures) {
        QVERIFY2(saneSpan(text, m.start, m.end), "figure span");
        QVERIFY(std::isfinite(m.value));
    }
    for (const DateMatch &m : analysis.dates)
        QVERIFY2(saneSpan(text, m.start, m.end), "date span");
}

// --- Size ---------------------------------------------------------------------------------

void TestHostileInput::tooLargeArticle_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addRow("limit + 1") << TextDecoder::maxFileSize + 1;
    QTest::addRow("200 MB") << qint64(200'000'000);
    QTest::addRow("5 GB") << qint64(5'000'000'000);
}

// Imported or named by a story, an article over 32 MiB is refused from its size: the error
// names the file and the limit, and comes back at once (reading gigabytes would not).
void TestHostileInput::tooLargeArticle()
{
    QFETCH(qint64, size);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"huge.txt"_s);
    QVERIFY(makeSparse(path, size));
    QCOMPARE(QFileInfo(path).size(), size);
    const QString sizeText = u"%1 MiB"_s.arg((size + (1 << 20) - 1) / (1 << 20));

    QElapsedTimer timer;
    timer.start();
    const Result<ImportedArticle> imported = importArticle(path, {}, u"a1"_s);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().kind, StoryError::Kind::UnreadableFile);
    QCOMPARE(imported.error().file, QDir::toNativeSeparators(path));
    const QString message = imported.error().toString();
    QVERIFY2(message.contains(u"too large"_s), qPrintable(message));
    QVERIFY2(message.contains(u"the limit is 32 MiB"_s), qPrintable(message));
    QVERIFY2(message.contains(sizeText), qPrintable(message));

    // The same file as a story's article.
    const QString folder = writeStory(dir, m_json, {});
    QVERIFY(makeSparse(folder % u"/articles/a1.txt"_s, size));
    const Result<Story> story = StoryReader::read(folder);
    QVERIFY(!story.ok());
    QCOMPARE(story.error().kind, StoryError::Kind::UnreadableFile);
    const auto [line, column] = positionOf(m_json, "\"articles/a1.txt\"");
    QCOMPARE(story.error().line, line);
    QCOMPARE(story.error().column, column);
    const QString storyMessage = story.error().toString();
    QVERIFY2(storyMessage.contains(u"articles/a1.txt"_s), qPrintable(storyMessage));
    QVERIFY2(storyMessage.contains(u"the limit is 32 MiB"_s), qPrintable(storyMessage));
    QVERIFY2(storyMessage.contains(sizeText), qPrintable(storyMessage));
    // Reading a sparse 5 GB file would take many seconds and the memory: refused by its size.
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
}

void TestHostileInput::tooLargeStoryJson()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = writeStory(dir, {}, m_article);
    const qint64 size = qint64(3) << 30;
    QVERIFY(makeSparse(folder % u"/story.json"_s, size));
    QElapsedTimer timer;
    timer.start();
    const Result<Story> story = StoryReader::read(folder);
    QVERIFY(!story.ok());
    QCOMPARE(story.error().kind, StoryError::Kind::UnreadableFile);
    QVERIFY(story.error().file.endsWith(u"story.json"_s));
    const QString message = story.error().toString();
    QVERIFY2(message.contains(u"3072 MiB"_s), qPrintable(message));
    QVERIFY2(message.contains(u"the limit is 1024 MiB"_s), qPrintable(message));
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QString::number(timer.elapsed())));
}

// A story.json that is a device or a pipe has no size to check and may never end.
void TestHostileInput::storyJsonNotARegularFile()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = writeStory(dir, {}, m_article);
    QVERIFY(QFile::remove(folder % u"/story.json"_s));
    QVERIFY(QFile::link(u"/dev/zero"_s, folder % u"/story.json"_s));
    Result<Story> story = StoryReader::read(folder);
    QVERIFY(!story.ok());
    QCOMPARE(story.error().kind, StoryError::Kind::UnreadableFile);
    QVERIFY2(story.error().message.contains(u"not a regular file"_s),
             qPrintable(story.error().message));

    QVERIFY(QFile::remove(folder % u"/story.json"_s));
    QCOMPARE(::mkfifo(QFile::encodeName(folder % u"/story.json"_s).constData(), 0600), 0);
    story = StoryReader::read(folder);
    QVERIFY(!story.ok());
    QCOMPARE(story.error().kind, StoryError::Kind::UnreadableFile);
#else
    QSKIP("no /dev/zero and no named pipes here");
#endif
}

// --- Encodings ----------------------------------------------------------------------------

void TestHostileInput::binaryArticle()
{
    const QByteArray png = readAll(fixture(u"import/binary.png"_s));
    QVERIFY(png.startsWith("\x89PNG"));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    // The importer: not a text file.
    const Result<ImportedArticle> imported = importArticle(png, u"picture.txt"_s, {}, u"a1"_s);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().kind, StoryError::Kind::UnreadableFile);
    QVERIFY2(imported.error().message.contains(u"not a text file"_s),
             qPrintable(imported.error().message));

    // The reader: not UTF-8, from the first byte.
    Result<Story> story = StoryReader::read(writeStory(dir, m_json, png));
    QVERIFY(!story.ok());
    QCOMPARE(story.error().kind, StoryError::Kind::InvalidUtf8);
    QCOMPARE(story.error().byteOffset, 0);
    QVERIFY(story.error().file.endsWith(QDir::toNativeSeparators(u"articles/a1.txt"_s)));

    // NUL bytes are valid UTF-8 but no text holds them: refused, at the first one.
    QByteArray withNul = m_article;
    withNul.insert(10, QByteArray(64, '\0'));
    story = StoryReader::read(writeStory(dir, m_json, withNul));
    QVERIFY(!story.ok());
    QCOMPARE(story.error().kind, StoryError::Kind::UnreadableFile);
    QCOMPARE(story.error().byteOffset, 10);
    QVERIFY2(story.error().toString().contains(u"byte 10"_s), qPrintable(story.error().toString()));
}

void TestHostileInput::invalidUtf8InTheMiddle_data()
{
    QTest::addColumn<QByteArray>("bad");
    QTest::addColumn<qsizetype>("offset"); // of the first byte that cannot be where it is
    QTest::addRow("lone continuation byte") << QByteArray("\x80") << qsizetype(0);
    QTest::addRow("truncated sequence") << QByteArray("\xC3(") << qsizetype(1);
    QTest::addRow("overlong slash") << QByteArray("\xC0\xAF") << qsizetype(0);
    QTest::addRow("encoded surrogate") << QByteArray("\xED\xA0\x80") << qsizetype(1);
    QTest::addRow("beyond U+10FFFF") << QByteArray("\xF4\x90\x80\x80") << qsizetype(1);
    QTest::addRow("0xFF") << QByteArray("\xFF") << qsizetype(0);
}

// The reader reports the first bad byte's offset; the importer, whose files come from anywhere,
// reads the file in a legacy encoding instead.
void TestHostileInput::invalidUtf8InTheMiddle()
{
    QFETCH(QByteArray, bad);
    QFETCH(qsizetype, offset);
    const QByteArray before = "Les actions de NVIDIA ont chuté de 17 % lundi. ";
    const QByteArray bytes = before + bad + " La Chine réagit ce printemps.\n";

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Result<Story> story = StoryReader::read(writeStory(dir, m_json, bytes));
    QVERIFY(!story.ok());
    QCOMPARE(story.error().kind, StoryError::Kind::InvalidUtf8);
    QCOMPARE(story.error().byteOffset, before.size() + offset);
    QVERIFY(story.error().file.endsWith(QDir::toNativeSeparators(u"articles/a1.txt"_s)));
    QVERIFY2(story.error().toString().contains(u"byte %1"_s.arg(before.size() + offset)),
             qPrintable(story.error().toString()));

    const Result<ImportedArticle> imported = importArticle(bytes, u"a1.txt"_s, {}, u"a1"_s);
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
    QVERIFY(imported.value().encoding != u"UTF-8"_s);
    QVERIFY(imported.value().article.text.contains(u"NVIDIA"_s));
    QVERIFY(imported.value().article.text.contains(u"printemps"_s));
}

void TestHostileInput::utf16WithoutByteOrderMark_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("bigEndian");
    const QString french = u"Les actions de Nvidia ont chuté de 17 % lundi, a annoncé le groupe. "
                           u"La Chine réagit ce printemps, selon le ministère.\n"_s;
    const QString ascii = u"Nvidia shares fell 17 percent on Monday, the company said. China "
                          u"responded this spring, according to the ministry.\n"_s;
    QTest::addRow("French, little-endian") << french << false;
    QTest::addRow("French, big-endian") << french << true;
    QTest::addRow("ASCII, little-endian") << ascii << false;
    QTest::addRow("ASCII, big-endian") << ascii << true;
}

// The importer recognises UTF-16 by its zero bytes; the reader, which takes UTF-8 only, refuses
// it with a byte offset instead of showing text with a NUL between letters.
void TestHostileInput::utf16WithoutByteOrderMark()
{
    QFETCH(QString, text);
    QFETCH(bool, bigEndian);
    QStringEncoder encoder(bigEndian ? QStringConverter::Utf16BE : QStringConverter::Utf16LE);
    const QByteArray bytes = encoder.encode(text);
    QVERIFY(!bytes.startsWith("\xFF\xFE") && !bytes.startsWith("\xFE\xFF"));

    const Result<ImportedArticle> imported = importArticle(bytes, u"a1.txt"_s, {}, u"a1"_s);
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
    QCOMPARE(imported.value().encoding, bigEndian ? u"UTF-16BE"_s : u"UTF-16LE"_s);
    QCOMPARE(imported.value().article.text, text);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Result<Story> story = StoryReader::read(writeStory(dir, m_json, bytes));
    QVERIFY(!story.ok());
    QVERIFY(story.error().kind == StoryError::Kind::InvalidUtf8
            || story.error().kind == StoryError::Kind::UnreadableFile);
    // The first byte that is wrong: a NUL, whatever comes after.
    QCOMPARE(story.error().byteOffset, bigEndian ? 0 : 1);
}

// --- Unicode in the analyzer -------------------------------------------------------------

void TestHostileInput::invisibleCharacters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("entity"); // found as exactly `name`; empty: spans checked only
    QTest::addColumn<QString>("name");
    QTest::addRow("zero-width space after")
        << u"Nvidia\u200B a annoncé des résultats records."_s << u"nvidia"_s << u"Nvidia"_s;
    QTest::addRow("zero-width joiner before")
        << u"Le PDG de \u200DNvidia parle lundi."_s << u"nvidia"_s << u"Nvidia"_s;
    QTest::addRow("BOM mid-text around")
        << u"Résultats : \uFEFFNvidia\uFEFF progresse encore."_s << u"nvidia"_s << u"Nvidia"_s;
    QTest::addRow("right-to-left override")
        << u"Selon \u202ENvidia\u202C, les ventes montent."_s << u"nvidia"_s << u"Nvidia"_s;
    QTest::addRow("isolates around a name") << u"Hier, \u2066Jensen Huang\u2069 a parlé à Taipei."_s
                                            << u"jensen-huang"_s << u"Jensen Huang"_s;
    QTest::addRow("right-to-left isolate")
        << u"La \u2067Chine\u2069 répond."_s << u"china"_s << u"Chine"_s;
    QTest::addRow("marks around") << u"Vers la \u200EChine\u200F ce printemps."_s << u"china"_s
                                  << u"Chine"_s;
    QTest::addRow("zero-width inside a name")
        << u"Jensen\u200BHuang et Nv\u200Didia, 5 milliards de dollars."_s << QString()
        << QString();
    QTest::addRow("soft hyphen inside")
        << u"Nvi\u00ADdia gagne 17 % le 3 mars 2025."_s << QString() << QString();
    QTest::addRow("only controls")
        << u"\u202E\u2066\u200B\uFEFF\u200D\u2069\u202C"_s << QString() << QString();
}

void TestHostileInput::invisibleCharacters()
{
    QFETCH(QString, text);
    QFETCH(QString, entity);
    QFETCH(QString, name);
    const Analyzer analyzer(m_entities);
    const Analysis analysis = analyzer.analyze(text, u"fr"_s);
    checkSpans(text, analysis);
    if (QTest::currentTestFailed())
        return;
    if (entity.isEmpty())
        return;
    const auto found = std::find_if(analysis.entities.cbegin(), analysis.entities.cend(),
                                    [&](const GazetteerMatch &m) { return m.id == entity; });
    QVERIFY2(found != analysis.entities.cend(), qPrintable(entity));
    QCOMPARE(QStringView(text).sliced(found->span.start, found->span.length()).toString(), name);
}

void TestHostileInput::rightToLeft_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("name");
    QTest::addRow("Arabic, Latin name")
        << u"أعلنت شركة Nvidia يوم الاثنين عن نتائج قوية. وردت الصين في الربيع."_s << u"ar"_s
        << u"nvidia"_s << u"Nvidia"_s;
    QTest::addRow("Arabic name") << u"وردت الصين على القرار الأمريكي. قالت Nvidia إنها ستمتثل."_s
                                 << u"ar"_s << u"china"_s << u"الصين"_s;
    QTest::addRow("Hebrew") << u"חברת Nvidia הודיעה היום על ירידה של 17%. סין הגיבה באביב."_s
                            << u"he"_s << u"china"_s << u"סין"_s;
    QTest::addRow("Arabic as French") << u"أعلنت شركة Nvidia عن 5 مليارات دولار في 31 يناير 2025."_s
                                      << u"fr"_s << u"nvidia"_s << u"Nvidia"_s;
}

void TestHostileInput::rightToLeft()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QFETCH(QString, entity);
    QFETCH(QString, name);
    const Analyzer analyzer(m_entities);
    const Analysis analysis = analyzer.analyze(text, language);
    checkSpans(text, analysis);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(!analysis.sentences.isEmpty());
    const auto found = std::find_if(analysis.entities.cbegin(), analysis.entities.cend(),
                                    [&](const GazetteerMatch &m) { return m.id == entity; });
    QVERIFY2(found != analysis.entities.cend(), qPrintable(entity));
    QCOMPARE(QStringView(text).sliced(found->span.start, found->span.length()).toString(), name);
}

void TestHostileInput::surrogatesAtEdges_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("entity");
    QTest::addColumn<QString>("name");
    QTest::addRow("ZWJ emoji around")
        << u"👩‍💻Nvidia👩‍💻 a gagné 5 milliards de dollars."_s << u"nvidia"_s
        << u"Nvidia"_s;
    QTest::addRow("emoji after") << u"Bravo Nvidia😀 pour ce trimestre."_s << u"nvidia"_s
                                 << u"Nvidia"_s;
    QTest::addRow("emoji before") << u"Bravo 😀Nvidia pour ce trimestre."_s << u"nvidia"_s
                                  << u"Nvidia"_s;
    QTest::addRow("flag after") << u"Nvidia🇫🇷 ouvre un bureau."_s << u"nvidia"_s << u"Nvidia"_s;
    QTest::addRow("skin tone alone")
        << u"Jensen Huang\U0001F3FB a parlé."_s << u"jensen-huang"_s << u"Jensen Huang"_s;
    QTest::addRow("mathematical letters around")
        << u"𝐀 Nvidia 𝐁 progresse de 17 %."_s << u"nvidia"_s << u"Nvidia"_s;
    QTest::addRow("supplementary name")
        << u"Le groupe 𠮷野家 et Nvidia, le 3 mars 2025."_s << u"yoshinoya"_s << u"𠮷野家"_s;
    QTest::addRow("supplementary name last")
        << u"Le client est 𠮷野家"_s << u"yoshinoya"_s << u"𠮷野家"_s;
    QTest::addRow("lone high surrogate")
        << u"Nvidia \xD800 a gagné 17 %."_s << u"nvidia"_s << u"Nvidia"_s;
    QTest::addRow("lone low surrogate first")
        << u"\xDC00Nvidia a gagné 17 %."_s << u"nvidia"_s << u"Nvidia"_s;
    QTest::addRow("quote ending in emoji")
        << u"« Nvidia a gagné 5 milliards de dollars 😀 » a-t-il dit. "_s << u"nvidia"_s
        << u"Nvidia"_s;
}

void TestHostileInput::surrogatesAtEdges()
{
    QFETCH(QString, text);
    QFETCH(QString, entity);
    QFETCH(QString, name);
    const Analyzer analyzer(m_entities);
    const Analysis analysis = analyzer.analyze(text, u"fr"_s);
    checkSpans(text, analysis);
    if (QTest::currentTestFailed())
        return;
    const auto found = std::find_if(analysis.entities.cbegin(), analysis.entities.cend(),
                                    [&](const GazetteerMatch &m) { return m.id == entity; });
    QVERIFY2(found != analysis.entities.cend(), qPrintable(entity));
    QCOMPARE(QStringView(text).sliced(found->span.start, found->span.length()).toString(), name);
}

// A story whose quotes and figures end in an emoji: their spans take the whole pair, and the
// mentions next to the emoji are found.
void TestHostileInput::quoteEndingInEmoji()
{
    const QString text
        = u"👩‍💻Nvidia a gagné 17 %😀. La Chine réagit ce printemps 🌸\n"_s;
    QByteArray json = m_json;
    json.replace("\"ont chuté de 17 %\"", jsonString(u"a gagné 17 %😀"_s));
    json.replace("\"ce printemps\"", jsonString(u"ce printemps 🌸"_s));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const Result<Story> result = StoryReader::read(writeStory(dir, json, text.toUtf8()));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    const Story &story = result.value();
    const QString &shown = story.articles.first().text;
    QCOMPARE(shown, text);
    for (const Event &event : story.events) {
        for (const Source &source : event.sources) {
            QVERIFY(saneSpan(shown, source.span.start, source.span.end));
            QCOMPARE(story.quote(source), shown.sliced(source.span.start, source.span.length()));
        }
    }
    QVERIFY(std::isfinite(story.figures.first().value));
    QCOMPARE(story.figures.first().value, 17.0);
    QStringList mentioned;
    for (const Mention &mention : story.mentions) {
        QVERIFY(saneSpan(shown, mention.span.start, mention.span.end));
        mentioned.append(shown.sliced(mention.span.start, mention.span.length()));
    }
    QVERIFY2(mentioned.contains(u"Nvidia"_s), qPrintable(mentioned.join(u", ")));
    QVERIFY2(mentioned.contains(u"Chine"_s), qPrintable(mentioned.join(u", ")));

    // A quote that ends with half of the emoji's surrogate pair does not match it.
    QByteArray half = json;
    half.replace(jsonString(u"a gagné 17 %😀"_s), "\"a gagné 17 %\\ud83d\"");
    QVERIFY(half != json);
    const Result<Story> split = StoryReader::read(writeStory(dir, half, text.toUtf8()));
    QVERIFY(!split.ok());
    QCOMPARE(split.error().kind, StoryError::Kind::QuoteNotFound);
    const auto [line, column] = positionOf(half, "\"a gagné 17 %\\ud83d\"");
    QCOMPARE(split.error().line, line);
    QCOMPARE(split.error().column, column);
}

// --- Scale and structure -----------------------------------------------------------------

// 100,000 entities: the reader builds its gazetteer and finds their mentions in reasonable
// time (the gazetteer looks names up by their first word, so cost follows the text).
void TestHostileInput::hundredThousandEntities()
{
    constexpr int Count = 100'000;
    // Distinct two-word names made of letters only: "Kabcd Groupe".
    const auto nameOf = [](int i) -> QString {
        QString word = u"K"_s;
        for (int n = i, k = 0; k < 4; ++k, n /= 26)
            word += QChar(u'a' + n % 26);
        return word + u" Groupe"_s;
    };
    QByteArray entities;
    entities.reserve(Count * 80);
    for (int i = 0; i < Count; ++i) {
        entities += (i ? ",\n" : "") + "{\"id\": \"e"_ba + QByteArray::number(i)
            + "\", \"type\": \"organization\", \"name\": "_ba + jsonString(nameOf(i)) + "}"_ba;
    }
    QByteArray json = m_json;
    const qsizetype start = json.indexOf("\"entities\": [");
    const qsizetype end = json.indexOf("\"events\":");
    QVERIFY(start > 0 && end > start);
    json.replace(start, end - start, QByteArray("\"entities\": [" + entities + "],\n  "));
    json.replace("\"nvidia\"\n", "\"e1\"\n").replace("\"china\"\n", "\"e2\"\n");
    QString article = QString::fromUtf8(m_article);
    for (int i = 0; i < 1000; ++i)
        article += u"La %1 a parlé. "_s.arg(nameOf(i * 97));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = writeStory(dir, json, article.toUtf8());
    QElapsedTimer timer;
    timer.start();
    const Result<Story> result = StoryReader::read(folder);
    const qint64 elapsed = timer.elapsed();
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    QCOMPARE(result.value().entities.size(), Count);
    QCOMPARE(result.value().mentions.size(), 1000);
    qDebug("read a story of %d entities in %lld ms", Count, elapsed);
    // A generous bound for a debug build on a busy machine; a release build takes a fraction.
    QVERIFY2(elapsed < 8000, qPrintable(QString::number(elapsed)));
}

void TestHostileInput::deepNesting_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("at"); // where the error points; empty: line 1
    const int deep = 100'000;
    QTest::addRow("100000 [") << QByteArray(deep, '[') << u"malformed-json"_s << QByteArray();
    QTest::addRow("100000 [ closed")
        << QByteArray(deep, '[') + QByteArray(deep, ']') << u"malformed-json"_s << QByteArray();
    QByteArray objects;
    for (int i = 0; i < deep; ++i)
        objects += "{\"a\":";
    QTest::addRow("100000 {") << objects << u"malformed-json"_s << QByteArray();
    // Deep but within what QJsonDocument takes: the reader's own checks and JsonLocator walk
    // past it to place the error (JsonLocator keeps its own stack, it does not recurse).
    const QByteArray fine = QByteArray(1000, '[') + QByteArray(1000, ']');
    QByteArray unknown = m_json;
    unknown.replace("\"id\": \"minimal\",",
                    QByteArray("\"zzz\": " + fine + ", \"id\": \"minimal\","));
    QTest::addRow("deep unknown field") << unknown << u"unknown-field"_s << QByteArray("\"zzz\"");
    QByteArray title = m_json;
    const qsizetype titleStart = title.indexOf("\"title\": {");
    title.insert(titleStart, "\"description\": " + fine + ",\n  ");
    QTest::addRow("deep description")
        << title << u"wrong-type"_s << QByteArray(1000, '[') + QByteArray(1000, ']');
    // Members are checked in key order, so "aaa" is reported first: the locator walks past the
    // deep value to find it.
    QByteArray after = m_json;
    after.replace("\"id\": \"minimal\",",
                  QByteArray("\"zzz\": " + fine + ", \"id\": \"minimal\","));
    after.replace("\"figures\": [", QByteArray("\"aaa\": " + fine + ", \"figures\": ["));
    QTest::addRow("deep value before the error")
        << after << u"unknown-field"_s << QByteArray("\"aaa\"");
}

void TestHostileInput::deepNesting()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, kind);
    QFETCH(QByteArray, at);
    const Result<Story> story
        = StoryReader::read(json, fixture(u"good/minimal"_s), u"story.json"_s);
    QVERIFY(!story.ok());
    QCOMPARE(errorKindName(story.error().kind), kind);
    QVERIFY(story.error().line >= 1 && story.error().column >= 1);
    if (at.isEmpty()) {
        QCOMPARE(story.error().line, 1);
        QVERIFY2(story.error().message.contains(u"deep"_s), qPrintable(story.error().message));
    } else {
        const auto [line, column] = positionOf(json, at);
        QCOMPARE(story.error().line, line);
        QCOMPARE(story.error().column, column);
    }
}

void TestHostileInput::overflowingNumbers_data()
{
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("says");
    QTest::addRow("version 1e400") << "\"version\": 1,"_ba
                                   << "\"version\": 1e400,"_ba << u"malformed-json"_s << QString();
    QTest::addRow("version -1e400")
        << "\"version\": 1,"_ba
        << "\"version\": -1e400,"_ba << u"malformed-json"_s << QString();
    QTest::addRow("version 20 digits")
        << "\"version\": 1,"_ba
        << "\"version\": 99999999999999999999,"_ba << u"unsupported-version"_s << u"1e+20"_s;
    QTest::addRow("version 1e-400")
        << "\"version\": 1,"_ba
        << "\"version\": 1e-400,"_ba << u"malformed-json"_s << QString();
    QTest::addRow("story id 20 digits")
        << "\"id\": \"minimal\","_ba
        << "\"id\": 99999999999999999999,"_ba << u"wrong-type"_s << u"a number"_s;
    QTest::addRow("entity id 20 digits")
        << "\"id\": \"nvidia\","_ba
        << "\"id\": 99999999999999999999,"_ba << u"wrong-type"_s << u"a number"_s;
    QTest::addRow("date as a huge number")
        << "\"start\": \"2025-01-27\","_ba
        << "\"start\": 1e308,"_ba << u"wrong-type"_s << u"a number"_s;
    QTest::addRow("extracted 1e400") << "\"basis\": \"public-record\","_ba
                                     << "\"basis\": \"public-record\", \"extracted\": 1e400,"_ba
                                     << u"malformed-json"_s << QString();
}

void TestHostileInput::overflowingNumbers()
{
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, kind);
    QFETCH(QString, says);
    QByteArray json = m_json;
    const qsizetype at = json.indexOf(from);
    QVERIFY(at >= 0);
    json.replace(at, from.size(), to);
    const Result<Story> story
        = StoryReader::read(json, fixture(u"good/minimal"_s), u"story.json"_s);
    QVERIFY(!story.ok());
    QCOMPARE(errorKindName(story.error().kind), kind);
    // The error points into the replaced member.
    const auto [line, column] = positionOf(json, to);
    QCOMPARE(story.error().line, line);
    QVERIFY(story.error().column >= column && story.error().column <= column + to.size());
    if (!says.isEmpty())
        QVERIFY2(story.error().message.contains(says), qPrintable(story.error().message));
}

void TestHostileInput::overflowingFigures_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addRow("1e309 dollars") << u"en"_s << u"It lost 1e309 dollars."_s;
    QTest::addRow("$1e309") << u"en"_s << u"It lost $1e309 last year."_s;
    QTest::addRow("400 digits") << u"en"_s << u"It lost $"_s + QString(400, u'9') + u" billion."_s;
    QTest::addRow("400 digits fr")
        << u"fr"_s << u"Il a perdu "_s + QString(400, u'9') + u" milliards de dollars."_s;
    QTest::addRow("grouped 400 digits fr") << u"fr"_s
                                           << u"Il a perdu 1"_s
            + QString(133, u' ').replace(u" "_s, u" 000"_s) + u" milliards de dollars."_s;
    QTest::addRow("20 digits percent") << u"en"_s << u"Up 99999999999999999999 percent."_s;
    QTest::addRow("1e309 percent sign") << u"fr"_s << u"En hausse de 1e309 %."_s;
}

// A figure is a finite number or no figure: an infinite value would break the chart's scale
// and every comparison of conflicts.
void TestHostileInput::overflowingFigures()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    const FigureParser parser(language);
    const QList<FigureMatch> found = parser.find(text);
    for (const FigureMatch &match : found) {
        QVERIFY2(std::isfinite(match.value), qPrintable(QString::number(match.value)));
        QVERIFY(match.value >= 0);
        QVERIFY(saneSpan(text, match.start, match.end));
    }
}

void TestHostileInput::datesOutOfRange_data()
{
    QTest::addColumn<QByteArray>("date");
    for (const char *date : {"0000-01-27",
                             "0000",
                             "99999-01-27",
                             "99999",
                             "10000",
                             "2025-13-01",
                             "2025-00-10",
                             "2025-01-00",
                             "2025-01-32",
                             "2025-02-30",
                             "2025-02-29",
                             "2025-W54",
                             "2025-W00",
                             "2021-W53",
                             "2025-Q5",
                             "2025-Q0",
                             "2025-SX",
                             "-2025-01-27",
                             "+2025-01-27",
                             "２０２５-01-27",
                             "2025-1-27",
                             "2025-01-27T00:00",
                             " 2025-01-27",
                             "2025-01-27 ",
                             "",
                             "2025-01-27\\u0000",
                             "99999999999999999999-01-01"}) {
        QTest::newRow(date) << QByteArray(date);
    }
}

// Out of range (year 0, year 99999, month 13, 30 February, week 54) or malformed: an invalid
// date at the value's line and column, never a date that wrapped.
void TestHostileInput::datesOutOfRange()
{
    QFETCH(QByteArray, date);
    QByteArray json = m_json;
    const QByteArray value = "\"" + date + "\"";
    json.replace("\"2025-01-27\"", value);
    const Result<Story> story
        = StoryReader::read(json, fixture(u"good/minimal"_s), u"story.json"_s);
    QVERIFY(!story.ok());
    QCOMPARE(story.error().kind, StoryError::Kind::InvalidDate);
    const auto [line, column] = positionOf(json, "\"start\": " + value);
    QCOMPARE(story.error().line, line);
    QCOMPARE(story.error().column, column + 9);
    QVERIFY(story.error().toString().startsWith(u"story.json:%1:%2: "_s.arg(line).arg(column + 9)));
    QVERIFY(!PartialDate::parse(QString::fromUtf8(date)).has_value() || date.contains('\\'));
}

// --- Paths -------------------------------------------------------------------------------

void TestHostileInput::pathsLeavingTheFolder_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("kind");
    const QString outside = u"path-outside-story"_s;
    QTest::addRow("./a/../../x") << u"./a/../../x"_s << outside;
    QTest::addRow("articles/../../x") << u"articles/../../x"_s << outside;
    QTest::addRow("..\\x") << u"..\\x"_s << outside;
    QTest::addRow("articles\\..\\..\\x") << u"articles\\..\\..\\x"_s << outside;
    QTest::addRow("a/..\\..\\x") << u"a/..\\..\\x"_s << outside;
    QTest::addRow("C:/x") << u"C:/x"_s << outside;
    QTest::addRow("c:x") << u"c:x"_s << outside;
    QTest::addRow("C:\\x") << u"C:\\x"_s << outside;
    QTest::addRow("//server/x") << u"//server/x"_s << outside;
    QTest::addRow("\\\\server\\x") << u"\\\\server\\x"_s << outside;
    QTest::addRow("/etc/passwd") << u"/etc/passwd"_s << outside;
    QTest::addRow("backslash inside") << u"articles\\a1.txt"_s << u"invalid-value"_s;
    QTest::addRow("file URL") << u"file:///etc/passwd"_s << u"missing-file"_s;
    QTest::addRow("the folder itself") << u"articles"_s << u"unreadable-file"_s;
    QTest::addRow("dot") << u"."_s << u"unreadable-file"_s;
    QTest::addRow("empty") << QString() << u"invalid-value"_s;
    QTest::addRow("NUL inside") << u"articles/a1.txt\u0000.png"_s << u"invalid-value"_s;
    QTest::addRow("newline inside") << u"articles/a1.txt\n"_s << u"invalid-value"_s;
}

void TestHostileInput::pathsLeavingTheFolder()
{
    QFETCH(QString, file);
    QFETCH(QString, kind);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Something to find, should a path get out.
    QVERIFY(writeFile(dir.filePath(u"x"_s), m_article));
    QByteArray json = m_json;
    json.replace("\"articles/a1.txt\"", jsonString(file));
    const Result<Story> story = StoryReader::read(writeStory(dir, json, m_article));
    QVERIFY(!story.ok());
    QCOMPARE(errorKindName(story.error().kind), kind);
    const auto [line, column] = positionOf(json, "\"file\": " + jsonString(file));
    QCOMPARE(story.error().line, line);
    QCOMPARE(story.error().column, column + 8);
}

void TestHostileInput::symbolicLinks_data()
{
    QTest::addColumn<QString>("link"); // inside the story folder
    QTest::addColumn<QString>("target"); // relative to the temporary folder, or absolute
    QTest::addColumn<QString>("kind"); // empty: the story loads
    const QString outside = u"path-outside-story"_s;
    QTest::addRow("file outside, absolute") << u"articles/a1.txt"_s << u"@/secret.txt"_s << outside;
    QTest::addRow("file outside, relative")
        << u"articles/a1.txt"_s << u"../../secret.txt"_s << outside;
    QTest::addRow("folder outside") << u"articles"_s << u"@/elsewhere"_s << outside;
    QTest::addRow("folder inside") << u"articles"_s << u"real"_s << QString();
    QTest::addRow("chain leading out")
        << u"articles/a1.txt"_s << u"../hop.txt"_s << outside; // hop.txt -> secret.txt
    QTest::addRow("device") << u"articles/a1.txt"_s << u"/dev/zero"_s << outside;
    QTest::addRow("loop to itself") << u"articles/a1.txt"_s << u"a1.txt"_s << u"missing-file"_s;
    QTest::addRow("loop of two") << u"articles/a1.txt"_s << u"b.txt"_s
                                 << u"missing-file"_s; // b.txt -> a1.txt
    QTest::addRow("dangling") << u"articles/a1.txt"_s << u"gone.txt"_s << u"missing-file"_s;
}

void TestHostileInput::symbolicLinks()
{
#ifdef Q_OS_UNIX
    QFETCH(QString, link);
    QFETCH(QString, target);
    QFETCH(QString, kind);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = writeStory(dir, m_json, m_article);
    QVERIFY(writeFile(dir.filePath(u"secret.txt"_s), m_article));
    QVERIFY(QDir().mkpath(dir.filePath(u"elsewhere"_s)));
    QVERIFY(writeFile(dir.filePath(u"elsewhere/a1.txt"_s), m_article));
    QVERIFY(QDir().mkpath(folder % u"/real"_s));
    QVERIFY(writeFile(folder % u"/real/a1.txt"_s, m_article));
    const auto symlink = [](const QString &target, const QString &path) {
        return ::symlink(QFile::encodeName(target).constData(), QFile::encodeName(path).constData())
            == 0;
    };
    QVERIFY(symlink(dir.filePath(u"secret.txt"_s), folder % u"/hop.txt"_s));
    QVERIFY(symlink(u"a1.txt"_s, folder % u"/articles/b.txt"_s));

    const QString linkPath = folder % u'/' % link;
    QVERIFY(QFileInfo(linkPath).isDir() ? QDir(linkPath).removeRecursively()
                                        : QFile::remove(linkPath));
    QString to = target;
    to.replace(u'@', dir.path());
    QVERIFY(symlink(to, linkPath));

    QElapsedTimer timer;
    timer.start();
    const Result<Story> story = StoryReader::read(folder);
    if (kind.isEmpty()) {
        QVERIFY2(story.ok(), qPrintable(story.ok() ? QString() : story.error().toString()));
        return;
    }
    QVERIFY(!story.ok());
    QCOMPARE(errorKindName(story.error().kind), kind);
    const auto [line, column] = positionOf(m_json, "\"articles/a1.txt\"");
    QCOMPARE(story.error().line, line);
    QCOMPARE(story.error().column, column);
    QVERIFY(story.error().toString().contains(u"articles/a1.txt"_s));
    QVERIFY(timer.elapsed() < 2000);
#else
    QSKIP("symbolic links are a Unix test here");
#endif
}

// The story folder may itself be reached through a symbolic link: its articles are still in it.
void TestHostileInput::storyFolderThroughSymlink()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = writeStory(dir, m_json, m_article);
    if (!QFile::link(folder, dir.filePath(u"alias"_s)))
        QSKIP("this file system cannot hold symbolic links");
    const Result<Story> story = StoryReader::read(dir.filePath(u"alias"_s));
    QVERIFY2(story.ok(), qPrintable(story.ok() ? QString() : story.error().toString()));
}

// A named pipe inside the folder would block a read forever: it is not a file.
void TestHostileInput::fifoArticleIsNotRead()
{
#ifdef Q_OS_UNIX
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = writeStory(dir, m_json, {});
    QVERIFY(QFile::remove(folder % u"/articles/a1.txt"_s));
    QCOMPARE(::mkfifo(QFile::encodeName(folder % u"/articles/a1.txt"_s).constData(), 0600), 0);
    const Result<Story> story = StoryReader::read(folder);
    QVERIFY(!story.ok());
    QCOMPARE(story.error().kind, StoryError::Kind::UnreadableFile);
    const Result<ImportedArticle> imported
        = importArticle(folder % u"/articles/a1.txt"_s, {}, u"a1"_s);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().kind, StoryError::Kind::UnreadableFile);
#else
    QSKIP("no named pipes here");
#endif
}

// --- HTML ---------------------------------------------------------------------------------

// Scripts, styles, frames, objects and links are not text, and nothing they point to is
// fetched: a local server they all point to is never contacted.
void TestHostileInput::htmlFetchesAndRunsNothing()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    const QString base = u"http://127.0.0.1:%1"_s.arg(server.serverPort());
    const QString html = uR"html(<!DOCTYPE html><html lang="fr"><head><title>Titre</title>
<link rel="stylesheet" href="BASE/style.css"><link rel="preload" href="BASE/font.woff">
<script src="BASE/evil.js"></script><script>fetch("BASE/beacon"); alert("script")</script>
<style>body { background: url(BASE/bg.png) } .x { color: red }</style>
<meta http-equiv="refresh" content="0; url=BASE/refresh">
</head><body style="background-image: url('BASE/inline.png')">
<p>Les actions de Nvidia ont chuté de 17 % lundi.</p>
<img src="BASE/pixel.png" srcset="BASE/2x.png 2x" alt="">
<iframe src="BASE/frame.html">iframe fallback</iframe>
<object data="BASE/object.swf">object fallback</object><embed src="BASE/embed.swf">
<video src="BASE/video.mp4" poster="BASE/poster.png">video fallback</video>
<p><a href="javascript:alert('link')">Un lien</a> et <a href="BASE/page">un autre</a>.</p>
<svg><script>alert("svg")</script><image href="BASE/svg.png"/></svg>
<noscript><img src="BASE/noscript.png">noscript text</noscript>
<template><p>template text</p></template>
<p onclick="alert('handler')" onload="fetch('BASE/onload')">La Chine réagit ce printemps.</p>
</body></html>)html"_s.replace(u"BASE"_s, base);

    const Result<ImportedArticle> imported
        = importArticle(html.toUtf8(), u"page.html"_s, {}, u"a1"_s);
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
    const QString text = imported.value().article.text;
    const QString match = imported.value().matchText;
    QVERIFY2(match.contains(u"Les actions de Nvidia ont chuté de 17 % lundi."_s),
             qPrintable(match));
    QVERIFY2(match.contains(u"La Chine réagit ce printemps."_s), qPrintable(match));
    for (const QString &absent :
         {u"alert"_s, u"fetch"_s, u"background"_s, u"color: red"_s, u"url("_s, u"127.0.0.1"_s,
          u"javascript"_s, u"fallback"_s, u"template text"_s, u"noscript"_s, u"onclick"_s}) {
        QVERIFY2(!match.contains(absent), qPrintable(absent % u" in: "_s % match));
        QVERIFY2(!text.contains(absent), qPrintable(absent % u" in: "_s % text));
    }
    QCOMPARE(imported.value().article.headline, u"Titre"_s);
    QCOMPARE(text.size(), match.size());

    // Anything fetched would have connected by now (the import is synchronous); give a stray
    // thread a moment all the same.
    QVERIFY(!server.waitForNewConnection(200));
    QVERIFY(!server.hasPendingConnections());
}

QTEST_GUILESS_MAIN(TestHostileInput)
#include "tst_hostileinput.moc"
