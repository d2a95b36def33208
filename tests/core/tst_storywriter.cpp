// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "story/bundledstory.h"
#include "story/storyreader.h"
#include "story/storywriter.h"

#include "syntheticstory.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace storyline;

Q_DECLARE_METATYPE(storyline::Story)

class TestStoryWriter : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void streamedJsonIsOneIndentedDocument_data();
    void streamedJsonIsOneIndentedDocument();
    void unwritableFolder();
    void failedWriteKeepsOldFile();
};

void TestStoryWriter::roundTrip_data()
{
    QTest::addColumn<QString>("path");
    QTest::addRow("bundled") << BundledStory::path();
    QTest::addRow("minimal") << QStringLiteral(STORYLINE_FIXTURES "/good/minimal");
}

void TestStoryWriter::roundTrip()
{
    QFETCH(QString, path);
    const Result<Story> original = StoryReader::read(path);
    QVERIFY2(original.ok(), qPrintable(original.ok() ? QString() : original.error().toString()));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(u"copy"_s);
    const auto error = StoryWriter::write(original.value(), folder);
    QVERIFY2(!error, qPrintable(error ? error->toString() : QString()));

    const Result<Story> copy = StoryReader::read(folder);
    QVERIFY2(copy.ok(), qPrintable(copy.ok() ? QString() : copy.error().toString()));
    // Lossless: every field, computed ones included, is equal.
    QCOMPARE(copy.value().events.size(), original.value().events.size());
    QCOMPARE(copy.value().mentions.size(), original.value().mentions.size());
    QVERIFY(copy.value() == original.value());
    // And writing again gives the same bytes.
    QCOMPARE(StoryWriter::toJson(copy.value()), StoryWriter::toJson(original.value()));
    // Article files are byte for byte what the story holds.
    for (const Article &article : original.value().articles) {
        QFile file(folder % u'/' % article.file);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), article.text.toUtf8());
    }
}

void TestStoryWriter::streamedJsonIsOneIndentedDocument_data()
{
    QTest::addColumn<Story>("story");
    const Result<Story> bundled = StoryReader::read(BundledStory::path());
    QVERIFY(bundled.ok());
    QTest::addRow("bundled") << bundled.value();
    QTest::addRow("synthetic") << SyntheticStory::story({.events = 300, .articles = 20});
    Story bare;
    bare.title = {{u"en"_s, u"Nothing yet"_s}};
    QTest::addRow("empty lists") << bare;
    Story odd = bare;
    odd.id = u"odd \"id\"\n"_s;
    odd.description
        = {{u"fr"_s, u"Ligne un\nligne deux, « guillemets », \t tab"_s}, {u"zh_CN"_s, u"说明"_s}};
    QTest::addRow("escapes") << odd;
}

void TestStoryWriter::streamedJsonIsOneIndentedDocument()
{
    // story.json is written element by element; the bytes are exactly those of one
    // QJsonDocument written indented (what earlier versions wrote, and what diffs expect).
    QFETCH(Story, story);
    const QByteArray streamed = StoryWriter::toJson(story);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(streamed, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(streamed, document.toJson(QJsonDocument::Indented));
}

void TestStoryWriter::unwritableFolder()
{
    QTemporaryDir dir;
    QFile blocker(dir.filePath(u"file"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const Result<Story> story
        = StoryReader::read(QStringLiteral(STORYLINE_FIXTURES "/good/minimal"));
    QVERIFY(story.ok());
    // A folder under a plain file cannot be created.
    const auto error = StoryWriter::write(story.value(), dir.filePath(u"file/story"_s));
    QVERIFY(error.has_value());
    QVERIFY(error->toString().contains(u"file/story"_s));
}

void TestStoryWriter::failedWriteKeepsOldFile()
{
    QTemporaryDir dir;
    const Result<Story> story
        = StoryReader::read(QStringLiteral(STORYLINE_FIXTURES "/good/minimal"));
    QVERIFY(story.ok());
    const QString folder = dir.filePath(u"story"_s);
    QVERIFY(!StoryWriter::write(story.value(), folder));
    QFile json(folder % u"/story.json"_s);
    QVERIFY(json.open(QIODevice::ReadOnly));
    const QByteArray before = json.readAll();
    json.close();

    // Make one article impossible to write (a folder stands where the file goes): the write
    // fails, and story.json, written last, is untouched.
    Story changed = story.value();
    changed.title.insert(u"en"_s, u"Changed"_s);
    changed.articles[0].file = u"articles/blocked.txt"_s;
    QVERIFY(QDir().mkpath(folder % u"/articles/blocked.txt"_s));
    QVERIFY(StoryWriter::write(changed, folder).has_value());
    QVERIFY(json.open(QIODevice::ReadOnly));
    QCOMPARE(json.readAll(), before);
}

QTEST_GUILESS_MAIN(TestStoryWriter)
#include "tst_storywriter.moc"
