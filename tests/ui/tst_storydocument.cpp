// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storydocument.h"

#include "story/bundledstory.h"
#include "story/storyreader.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace storyline;

// The document the window edits: imports off the UI thread, undoable accept, edit, dismiss and
// add, saving and what a failed save leaves.
class TestStoryDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void importAddsArticlesAndProposals();
    void undoRedoAddArticles();
    void undoRedoAccept();
    void undoRedoEdit();
    void undoRedoDismiss();
    void cancelledImportAddsNothing();
    void unreadableFileIsReported();
    void batchesQueue();
    void newStoryDiscardsImport();
    void saveThenReopenGivesTheSameStory();
    void failedSaveLeavesOldFiles();
    void saveWithoutFolderFails();
    void publicationDateResolvesRelativeDates();

private:
    static QString fixture(const QString &file)
    {
        return QStringLiteral(STORYLINE_FIXTURES "/articles/") % file;
    }
    // Imports and waits for the batch to be over; the articles added.
    QStringList import(const QStringList &files);
    QString firstProposal() const;

    Story m_bundled;
    std::unique_ptr<StoryDocument> m_document;
};

void TestStoryDocument::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const Result<Story> story = BundledStory::load();
    QVERIFY(story.ok());
    m_bundled = story.value();
}

void TestStoryDocument::init()
{
    m_document = std::make_unique<StoryDocument>();
    m_document->setStory(m_bundled, QString());
}

QStringList TestStoryDocument::import(const QStringList &files)
{
    QSignalSpy finished(m_document.get(), &StoryDocument::importFinished);
    QStringList paths;
    for (const QString &file : files)
        paths.append(fixture(file));
    m_document->importArticles(paths);
    if (!finished.wait(60000))
        return {};
    return finished.first().at(0).toStringList();
}

QString TestStoryDocument::firstProposal() const
{
    for (const Event &event : m_document->story().events) {
        if (event.extracted)
            return event.id;
    }
    return {};
}

void TestStoryDocument::importAddsArticlesAndProposals()
{
    QSignalSpy changed(m_document.get(), &StoryDocument::storyChanged);
    QSignalSpy progress(m_document.get(), &StoryDocument::importProgress);
    QSignalSpy modified(m_document.get(), &StoryDocument::modifiedChanged);
    QVERIFY(!m_document->isModified());
    const QStringList ids = import({u"fr-computex.txt"_s, u"en-export-rules.md"_s});
    QCOMPARE(ids, (QStringList{u"a005"_s, u"a006"_s}));
    QVERIFY(!m_document->isImporting());
    QCOMPARE(changed.size(), 1);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.first().at(1).toInt(), 2); // of two files
    QVERIFY(m_document->isModified());
    QCOMPARE(modified.size(), 1);

    const Story &story = m_document->story();
    QCOMPARE(story.articles.size(), 7);
    const Article *fr = story.article(u"a005");
    QVERIFY(fr);
    QCOMPARE(fr->file, u"articles/a005.txt"_s);
    QCOMPARE(fr->language, u"fr"_s);
    QVERIFY(fr->text.startsWith(u"Nvidia présente"_s));
    int proposals = 0;
    for (const Event &event : story.events)
        proposals += event.extracted;
    QCOMPARE(proposals, 12);
    QCOMPARE(story.events.size(), m_bundled.events.size() + 12);
    const Event *keynote = story.event(u"extracted-a005-2");
    QVERIFY(keynote);
    QCOMPARE(keynote->start.toString(), u"2025-05-19"_s);
    // Known entities are mentioned in the new articles; the events stay in date order.
    QVERIFY(std::any_of(story.mentions.cbegin(), story.mentions.cend(), [](const Mention &m) {
        return m.article == u"a005"_s && m.entity == u"jensen-huang"_s;
    }));
    Story sorted = story;
    sorted.sortEvents();
    QVERIFY(sorted.events == story.events);
    QCOMPARE(m_document->undoStack()->count(), 1);
}

void TestStoryDocument::undoRedoAddArticles()
{
    QCOMPARE(import({u"fr-computex.txt"_s}).size(), 1);
    const Story after = m_document->story();
    QSignalSpy changed(m_document.get(), &StoryDocument::storyChanged);
    m_document->undoStack()->undo();
    QCOMPARE(changed.size(), 1);
    QVERIFY(m_document->story() == m_bundled);
    QVERIFY(!m_document->isModified());
    m_document->undoStack()->redo();
    QCOMPARE(changed.size(), 2);
    QVERIFY(m_document->story() == after);
    QVERIFY(m_document->isModified());
}

void TestStoryDocument::undoRedoAccept()
{
    import({u"fr-computex.txt"_s});
    const QString id = firstProposal();
    QVERIFY(!id.isEmpty());
    QSignalSpy events(m_document.get(), &StoryDocument::eventsChanged);
    m_document->acceptEvent(id);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.last().at(0).toString(), id);
    QVERIFY(!m_document->story().event(id)->extracted);
    QCOMPARE(m_document->undoStack()->undoText(), u"Accept Event"_s);
    // Accepting an accepted event is no change.
    m_document->acceptEvent(id);
    QCOMPARE(m_document->undoStack()->count(), 2);
    m_document->undoStack()->undo();
    QVERIFY(m_document->story().event(id)->extracted);
    QCOMPARE(events.size(), 2);
    m_document->undoStack()->redo();
    QVERIFY(!m_document->story().event(id)->extracted);
}

void TestStoryDocument::undoRedoEdit()
{
    import({u"fr-computex.txt"_s});
    const Story before = m_document->story();
    const QString id = u"extracted-a005-6"_s; // the first quarter
    Event edited = *before.event(id);
    edited.title.insert(u"en"_s, u"Export rules cost $2.5bn"_s);
    edited.start = PartialDate::month(2025, 12);
    m_document->editEvent(id, edited);
    const Story &story = m_document->story();
    QCOMPARE(story.event(id)->title.text(u"en"_s), u"Export rules cost $2.5bn"_s);
    QCOMPARE(story.event(id)->start.toString(), u"2025-12"_s);
    QVERIFY(story.event(id)->extracted); // an edit does not accept
    // It moved in date order.
    const auto at = [&](const Story &s) {
        for (qsizetype i = 0; i < s.events.size(); ++i) {
            if (s.events[i].id == id)
                return i;
        }
        return qsizetype(-1);
    };
    QVERIFY(at(story) > at(before));
    m_document->undoStack()->undo();
    QVERIFY(m_document->story() == before);
    m_document->undoStack()->redo();
    QCOMPARE(m_document->story().event(id)->start.toString(), u"2025-12"_s);
}

void TestStoryDocument::undoRedoDismiss()
{
    import({u"fr-computex.txt"_s});
    const Story before = m_document->story();
    const QString id = u"extracted-a005-3"_s;
    QVERIFY(before.event(id));
    QSignalSpy events(m_document.get(), &StoryDocument::eventsChanged);
    m_document->dismissEvent(id);
    QCOMPARE(events.last().at(0).toString(), id);
    QVERIFY(!m_document->story().event(id));
    QCOMPARE(m_document->story().events.size(), before.events.size() - 1);
    m_document->undoStack()->undo();
    QVERIFY(m_document->story() == before); // back where it was
    m_document->undoStack()->redo();
    QVERIFY(!m_document->story().event(id));
}

void TestStoryDocument::cancelledImportAddsNothing()
{
    QSignalSpy finished(m_document.get(), &StoryDocument::importFinished);
    m_document->importArticles({fixture(u"fr-computex.txt"_s), fixture(u"en-export-rules.md"_s)});
    QVERIFY(m_document->isImporting());
    m_document->cancelImport();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(2).toBool(), true);
    QVERIFY(finished.first().at(0).toStringList().isEmpty());
    QVERIFY(!m_document->isImporting());
    QVERIFY(m_document->story() == m_bundled);
    QVERIFY(!m_document->isModified());
    QCOMPARE(m_document->undoStack()->count(), 0);
}

void TestStoryDocument::unreadableFileIsReported()
{
    QSignalSpy finished(m_document.get(), &StoryDocument::importFinished);
    m_document->importArticles({fixture(u"missing.txt"_s), fixture(u"fr-computex.txt"_s)});
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(0).toStringList(), QStringList{u"a006"_s});
    const QStringList errors = finished.first().at(1).toStringList();
    QCOMPARE(errors.size(), 1);
    QVERIFY(errors.first().contains(u"missing.txt"_s));
    QCOMPARE(m_document->story().articles.size(), 6);
}

void TestStoryDocument::batchesQueue()
{
    QSignalSpy finished(m_document.get(), &StoryDocument::importFinished);
    m_document->importArticles({fixture(u"fr-computex.txt"_s)});
    m_document->importArticles({fixture(u"en-export-rules.md"_s)});
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 60000);
    QCOMPARE(finished.at(0).at(0).toStringList(), QStringList{u"a005"_s});
    QCOMPARE(finished.at(1).at(0).toStringList(), QStringList{u"a006"_s});
    QCOMPARE(m_document->story().articles.size(), 7);
    QCOMPARE(m_document->undoStack()->count(), 2);
}

void TestStoryDocument::newStoryDiscardsImport()
{
    QSignalSpy finished(m_document.get(), &StoryDocument::importFinished);
    m_document->importArticles({fixture(u"fr-computex.txt"_s)});
    m_document->newStory(u"Empty"_s, u"en"_s);
    QVERIFY(finished.wait(60000));
    QVERIFY(finished.first().at(2).toBool());
    QVERIFY(m_document->story().articles.isEmpty());
    QCOMPARE(m_document->story().title.text(u"en"_s), u"Empty"_s);
    QVERIFY(m_document->path().isEmpty());
    QVERIFY(!m_document->isModified());
}

void TestStoryDocument::saveThenReopenGivesTheSameStory()
{
    m_document->newStory(u"Imported"_s, u"en"_s);
    QCOMPARE(import({u"fr-computex.txt"_s, u"en-export-rules.md"_s}).size(), 2);
    m_document->acceptEvent(u"extracted-a000-2"_s);
    m_document->dismissEvent(u"extracted-a001-3"_s);
    QVERIFY(m_document->isModified());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(u"story"_s);
    QSignalSpy path(m_document.get(), &StoryDocument::pathChanged);
    const auto error = m_document->saveAs(folder);
    QVERIFY2(!error, qPrintable(error ? error->toString() : QString()));
    QVERIFY(!m_document->isModified());
    QCOMPARE(m_document->path(), folder);
    QCOMPARE(path.size(), 1);
    // Imported articles are saved as the text shown, in UTF-8, as .txt.
    QFile markdown(folder % u"/articles/a001.txt"_s);
    QVERIFY(markdown.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(markdown.readAll()), m_document->story().article(u"a001")->text);

    const Result<Story> reopened = StoryReader::read(folder);
    QVERIFY2(reopened.ok(), qPrintable(reopened.ok() ? QString() : reopened.error().toString()));
    QVERIFY(reopened.value() == m_document->story());
    QVERIFY(!reopened.value().event(u"extracted-a000-2")->extracted);
    QVERIFY(reopened.value().event(u"extracted-a000-1")->extracted);
}

void TestStoryDocument::failedSaveLeavesOldFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(u"story"_s);
    QVERIFY(!m_document->saveAs(folder));
    const auto bytes = [&](const QString &file) {
        QFile f(folder % u'/' % file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    };
    const QByteArray json = bytes(u"story.json"_s);
    const QString firstArticle = m_bundled.articles.first().file;
    const QByteArray article = bytes(firstArticle);
    QVERIFY(!json.isEmpty() && !article.isEmpty());

    // The new article cannot be written (a folder stands where its file goes).
    QCOMPARE(import({u"fr-computex.txt"_s}), QStringList{u"a005"_s});
    QVERIFY(QDir().mkpath(folder % u"/articles/a005.txt"_s));
    const auto error = m_document->save();
    QVERIFY(error.has_value());
    QVERIFY(error->toString().contains(u"a005.txt"_s));
    QVERIFY(m_document->isModified());
    QCOMPARE(bytes(u"story.json"_s), json);
    QCOMPARE(bytes(firstArticle), article);
    QVERIFY(StoryReader::read(folder).value() == m_bundled);
}

void TestStoryDocument::saveWithoutFolderFails()
{
    // The bundled story and new stories have no folder: Save must ask for one.
    QVERIFY(m_document->path().isEmpty());
    QVERIFY(m_document->save().has_value());
}

void TestStoryDocument::publicationDateResolvesRelativeDates()
{
    // No dateline, no meta: "vendredi" and "hier" cannot be dated until the user says when the
    // article was published.
    const QStringList ids = import({u"fr-undated.txt"_s});
    QCOMPARE(ids.size(), 1);
    const QString id = ids.first();
    QVERIFY(!m_document->story().article(id)->published);
    auto proposals = [&] {
        QStringList starts;
        for (const Event &event : m_document->story().events) {
            if (event.extracted && event.sources.first().article == id)
                starts.append(event.start.toString());
        }
        return starts;
    };
    const QStringList before = proposals();
    QVERIFY(!before.contains(u"2025-01-29"_s));

    m_document->setPublicationDate(id, *PartialDate::parse(u"2025-01-30"_s));
    QCOMPARE(m_document->story().article(id)->published->toString(), u"2025-01-30"_s);
    const QStringList after = proposals();
    QVERIFY2(after.contains(u"2025-01-29"_s), qPrintable(after.join(u' '))); // "hier"
    QVERIFY(after.size() > before.size());

    m_document->undoStack()->undo();
    QVERIFY(!m_document->story().article(id)->published);
    QCOMPARE(proposals(), before);
}

QTEST_MAIN(TestStoryDocument)
#include "tst_storydocument.moc"
