// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "story/storyreader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace storyline;

class TestStoryReader : public QObject
{
    Q_OBJECT

private slots:
    void readsGoodStory();
    void readsStoryJsonPath();
    void badStory_data();
    void badStory();
    void symlinkOutOfFolder();
    void symlinkInsideFolderIsFine();
    void missingStory();
    void byteOrderMarkIsNotText();

private:
    static QString fixture(const QString &name)
    {
        return QStringLiteral(STORYLINE_FIXTURES) % u'/' % name;
    }
    static bool copyFolder(const QString &from, const QString &to);
};

bool TestStoryReader::copyFolder(const QString &from, const QString &to)
{
    QDir source(from);
    if (!QDir().mkpath(to))
        return false;
    const auto entries
        = source.entryInfoList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo &entry : entries) {
        const QString target = to % u'/' % entry.fileName();
        if (entry.isDir() ? !copyFolder(entry.filePath(), target)
                          : !QFile::copy(entry.filePath(), target))
            return false;
    }
    return true;
}

void TestStoryReader::readsGoodStory()
{
    const Result<Story> result = StoryReader::read(fixture(u"good/minimal"_s));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    const Story &story = result.value();
    QCOMPARE(story.id, u"minimal"_s);
    QCOMPARE(story.title.text(u"fr"_s), u"Une histoire minimale"_s);
    QCOMPARE(story.title.text(u"de"_s), u"A minimal story"_s); // falls back to English
    QCOMPARE(story.articles.size(), 1);
    QCOMPARE(story.articles[0].published->toString(), u"2025-01-30"_s);
    QVERIFY(story.articles[0].text.startsWith(u"Les actions de NVIDIA"_s));

    // Events in date order: the season (March–May) comes after 27 January.
    QCOMPARE(story.events.size(), 2);
    QCOMPARE(story.events[0].id, u"selloff"_s);
    QCOMPARE(story.events[1].id, u"spring"_s);
    QCOMPARE(story.events[1].start.first(), QDate(2025, 3, 1));
    QCOMPARE(story.events[1].start.last(), QDate(2025, 5, 31));
    QCOMPARE(story.events[1].basis, DateBasis::Relative);

    // The quote's span points at its text.
    const Source &source = story.events[0].sources[0];
    QCOMPARE(story.articles[0].text.sliced(source.span.start, source.span.length()),
             u"ont chuté de 17 %"_s);
    QCOMPARE(story.quote(source), u"ont chuté de 17 %"_s);

    // The figure's value comes from its quote.
    QCOMPARE(story.figures.size(), 1);
    QCOMPARE(story.figures[0].kind, FigureKind::Percent);
    QCOMPARE(story.figures[0].value, 17.0);
    QCOMPARE(story.figures[0].unit, u"%"_s);
    QVERIFY(!story.figures[0].approximate);

    // Mentions: NVIDIA (exact alias) and Chine.
    QCOMPARE(story.mentionCount(u"nvidia"), 1);
    QCOMPARE(story.mentionCount(u"china"), 1);
    QCOMPARE(story.periods.size(), 1);
    QCOMPARE(story.periods[0].end.last(), QDate(2025, 7, 31));
}

void TestStoryReader::readsStoryJsonPath()
{
    const Result<Story> folder = StoryReader::read(fixture(u"good/minimal"_s));
    const Result<Story> file = StoryReader::read(fixture(u"good/minimal/story.json"_s));
    QVERIFY(folder.ok() && file.ok());
    QCOMPARE(file.value(), folder.value());
}

void TestStoryReader::badStory_data()
{
    QTest::addColumn<QString>("folder");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<qsizetype>("byte");
    QTest::addColumn<QString>("file");

    // One fixture folder per bad case; its expected-error file says what the reader must report:
    // "kind line column file" or "kind byte offset file".
    const QDir bad(fixture(u"bad"_s));
    const auto names = bad.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    QVERIFY(names.size() >= 25);
    for (const QString &name : names) {
        QFile expected(bad.filePath(name % u"/expected-error"_s));
        QVERIFY2(expected.open(QIODevice::ReadOnly), qPrintable(name));
        const QStringList parts = QString::fromUtf8(expected.readAll()).simplified().split(u' ');
        QCOMPARE(parts.size(), 4);
        const bool byte = parts[1] == u"byte"_s;
        QTest::addRow("%s", qPrintable(name))
            << bad.filePath(name) << parts[0] << (byte ? 0 : parts[1].toInt())
            << (byte ? 0 : parts[2].toInt()) << (byte ? parts[2].toLongLong() : qsizetype(-1))
            << parts[3];
    }
}

void TestStoryReader::badStory()
{
    QFETCH(QString, folder);
    QFETCH(QString, kind);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(qsizetype, byte);
    QFETCH(QString, file);

    const Result<Story> result = StoryReader::read(folder);
    QVERIFY2(!result.ok(), "a bad story loaded");
    const StoryError &error = result.error();
    QCOMPARE(errorKindName(error.kind), kind);
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    QCOMPARE(error.byteOffset, byte);
    QVERIFY2(QDir::fromNativeSeparators(error.file).endsWith(u'/' % file), qPrintable(error.file));
    // The message a user sees names the file and the place.
    const QString text = error.toString();
    QVERIFY(text.contains(file));
    if (line > 0)
        QVERIFY(text.contains(u":%1:%2: "_s.arg(line).arg(column)));
    else
        QVERIFY(text.contains(QString::number(byte)));
}

void TestStoryReader::symlinkOutOfFolder()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(copyFolder(fixture(u"good/minimal"_s), dir.filePath(u"story"_s)));
    QFile outside(dir.filePath(u"secret.txt"_s));
    QVERIFY(outside.open(QIODevice::WriteOnly));
    outside.write("Les actions de NVIDIA ont chuté de 17 % lundi. ce printemps");
    outside.close();
    const QString article = dir.filePath(u"story/articles/a1.txt"_s);
    QVERIFY(QFile::remove(article));
    if (!QFile::link(dir.filePath(u"secret.txt"_s), article))
        QSKIP("this file system cannot hold symbolic links");

    const Result<Story> result = StoryReader::read(dir.filePath(u"story"_s));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, StoryError::Kind::PathOutsideStory);
    QCOMPARE(result.error().line, 12);
    QCOMPARE(result.error().column, 15);
}

void TestStoryReader::symlinkInsideFolderIsFine()
{
    QTemporaryDir dir;
    QVERIFY(copyFolder(fixture(u"good/minimal"_s), dir.filePath(u"story"_s)));
    const QString article = dir.filePath(u"story/articles/a1.txt"_s);
    QVERIFY(QFile::rename(article, dir.filePath(u"story/real.txt"_s)));
    if (!QFile::link(dir.filePath(u"story/real.txt"_s), article))
        QSKIP("this file system cannot hold symbolic links");
    const Result<Story> result = StoryReader::read(dir.filePath(u"story"_s));
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
}

void TestStoryReader::missingStory()
{
    const Result<Story> result = StoryReader::read(fixture(u"no-such-story"_s));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().kind, StoryError::Kind::MissingFile);
    QVERIFY(result.error().toString().contains(u"no-such-story"_s));
}

void TestStoryReader::byteOrderMarkIsNotText()
{
    QTemporaryDir dir;
    QVERIFY(copyFolder(fixture(u"good/minimal"_s), dir.filePath(u"story"_s)));
    QFile article(dir.filePath(u"story/articles/a1.txt"_s));
    QVERIFY(article.open(QIODevice::ReadOnly));
    const QByteArray bytes = article.readAll();
    article.close();
    QVERIFY(article.open(QIODevice::WriteOnly | QIODevice::Truncate));
    article.write("\xEF\xBB\xBF" + bytes);
    article.close();
    const Result<Story> result = StoryReader::read(dir.filePath(u"story"_s));
    QVERIFY(result.ok());
    QCOMPARE(result.value().articles[0].text, QString::fromUtf8(bytes));
}

QTEST_GUILESS_MAIN(TestStoryReader)
#include "tst_storyreader.moc"
