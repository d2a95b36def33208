// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storydocument.h"

#include "storycommands.h"

#include "story/storywriter.h"
#include "text/analyzer.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <utility>

using namespace Qt::StringLiterals;

namespace storyline {

namespace {

struct ImportJob
{
    QString path;
    QString id;
};

// Each worker thread keeps one Analyzer (which is not thread-safe) per batch, built with the
// story's entities when it takes its first file of the batch.
const Analyzer &workerAnalyzer(quint64 batch, const QList<Entity> &entities)
{
    struct Cache
    {
        quint64 batch = 0;
        std::unique_ptr<Analyzer> analyzer;
    };
    thread_local Cache cache;
    if (!cache.analyzer || cache.batch != batch) {
        cache.analyzer.reset(); // one analyzer at a time per thread
        cache.analyzer = std::make_unique<Analyzer>(entities);
        cache.batch = batch;
    }
    return *cache.analyzer;
}

std::atomic<quint64> batchCounter{0};

// A story folder from a folder or story.json path; empty for a Qt resource (the bundled story).
QString folderOf(const QString &path)
{
    if (path.isEmpty() || path.startsWith(u':'))
        return {};
    const QFileInfo info(path);
    return info.fileName() == u"story.json"_s && !info.isDir() ? info.path() : path;
}

} // namespace

struct StoryDocument::Private
{
    Story story;
    QString path;
    QUndoStack *undo = nullptr;
    int structure = 0; // counts the changes of articles and entities

    // The import under way, if any, and the files waiting for it.
    QStringList queue;
    bool importing = false;
    bool cancelled = false;
    int total = 0;
    int structureAtMerge = 0;
    QList<ArticleFindings> findings;
    QFutureWatcher<ArticleFindings> *analysis = nullptr;
    QFutureWatcher<ArticleAddition> *merge = nullptr;
};

StoryDocument::StoryDocument(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->undo = new QUndoStack(this);
    connect(d->undo, &QUndoStack::cleanChanged, this,
            [this](bool clean) { Q_EMIT modifiedChanged(!clean); });
    d->analysis = new QFutureWatcher<ArticleFindings>(this);
    d->merge = new QFutureWatcher<ArticleAddition>(this);
    connect(d->analysis, &QFutureWatcher<ArticleFindings>::progressValueChanged, this,
            [this](int value) { Q_EMIT importProgress(value, d->total); });
    connect(d->analysis, &QFutureWatcher<ArticleFindings>::finished, this,
            &StoryDocument::analysisFinished);
    connect(d->merge, &QFutureWatcher<ArticleAddition>::finished, this,
            &StoryDocument::mergeFinished);
}

StoryDocument::~StoryDocument()
{
    // Workers hold copies of what they need; they are only waited for, so no thread outlives
    // the window with work of ours.
    d->analysis->cancel();
    d->analysis->waitForFinished();
    d->merge->waitForFinished();
}

const Story &StoryDocument::story() const
{
    return d->story;
}

QUndoStack *StoryDocument::undoStack() const
{
    return d->undo;
}

QString StoryDocument::path() const
{
    return d->path;
}

bool StoryDocument::isModified() const
{
    return !d->undo->isClean();
}

void StoryDocument::setStory(Story story, const QString &path)
{
    cancelImport();
    const bool wasModified = isModified();
    d->undo->clear();
    d->story = std::move(story);
    const QString folder = folderOf(path);
    const bool pathChange = folder != d->path;
    d->path = folder;
    notifyStoryChanged();
    if (pathChange)
        Q_EMIT pathChanged(d->path);
    if (wasModified)
        Q_EMIT modifiedChanged(false);
}

void StoryDocument::newStory(const QString &title, const QString &language)
{
    Story story;
    story.title.insert(language.isEmpty() ? u"en"_s : language, title);
    setStory(std::move(story), QString());
}

void StoryDocument::acceptEvent(const QString &eventId)
{
    const Event *event = d->story.event(eventId);
    if (event && event->extracted)
        d->undo->push(new AcceptEvent(this, eventId));
}

void StoryDocument::dismissEvent(const QString &eventId)
{
    if (const Event *event = d->story.event(eventId))
        d->undo->push(new DismissEvent(this, *event));
}

void StoryDocument::editEvent(const QString &eventId, const Event &edited)
{
    const Event *event = d->story.event(eventId);
    if (!event || edited.id != eventId || *event == edited)
        return;
    d->undo->push(new EditEvent(this, *event, edited));
}

void StoryDocument::setPublicationDate(const QString &articleId, const PartialDate &date)
{
    const Article *article = story().article(articleId);
    if (article && date.isValid() && article->published != date)
        d->undo->push(new SetPublicationDate(this, articleId, date));
}

void StoryDocument::addArticles(const ArticleAddition &addition)
{
    if (!addition.isEmpty())
        d->undo->push(new AddArticles(this, addition));
}

std::optional<StoryError> StoryDocument::save()
{
    if (d->path.isEmpty()) {
        return StoryError{StoryError::Kind::MissingFile,
                          QString(),
                          0,
                          0,
                          -1,
                          tr("the story has no folder yet: save it as a new story folder")};
    }
    return saveAs(d->path);
}

std::optional<StoryError> StoryDocument::saveAs(const QString &folder)
{
    if (auto error = StoryWriter::write(d->story, folder))
        return error;
    const QString saved = QDir::cleanPath(folder);
    if (saved != d->path) {
        d->path = saved;
        Q_EMIT pathChanged(saved);
    }
    d->undo->setClean();
    return std::nullopt;
}

Story &StoryDocument::mutableStory()
{
    return d->story;
}

void StoryDocument::notifyStoryChanged()
{
    ++d->structure;
    Q_EMIT storyChanged();
}

void StoryDocument::notifyEventsChanged(const QString &eventId)
{
    Q_EMIT eventsChanged(eventId);
}

// ---------------------------------------------------------------------------------------------
// Import

void StoryDocument::importArticles(const QStringList &paths)
{
    d->queue += paths;
    if (!d->importing)
        startNextImport();
}

void StoryDocument::cancelImport()
{
    d->queue.clear();
    if (!d->importing)
        return;
    d->cancelled = true;
    d->analysis->cancel();
}

bool StoryDocument::isImporting() const
{
    return d->importing;
}

void StoryDocument::startNextImport()
{
    if (d->queue.isEmpty())
        return;
    const QStringList paths = std::exchange(d->queue, {});
    const QStringList ids = ArticleBatch::newArticleIds(d->story, paths.size());
    QList<ImportJob> jobs;
    for (qsizetype i = 0; i < paths.size(); ++i)
        jobs.append({paths[i], ids[i]});
    d->importing = true;
    d->cancelled = false;
    d->total = int(jobs.size());
    d->findings.clear();
    Q_EMIT importStarted(d->total);
    Q_EMIT importProgress(0, d->total);
    const quint64 batch = ++batchCounter;
    const QList<Entity> entities = d->story.entities;
    d->analysis->setFuture(
        QtConcurrent::mapped(std::move(jobs), [batch, entities](const ImportJob &job) {
            return ArticleBatch::analyze(job.path, job.id, workerAnalyzer(batch, entities));
        }));
}

void StoryDocument::analysisFinished()
{
    if (d->cancelled || d->analysis->isCanceled()) {
        finishImport({}, {}, true);
        return;
    }
    d->findings = d->analysis->future().results();
    Q_EMIT importProgress(0, 0);
    d->structureAtMerge = d->structure;
    d->merge->setFuture(QtConcurrent::run([story = d->story, findings = d->findings] {
        return ArticleBatch::prepare(story, findings);
    }));
}

void StoryDocument::mergeFinished()
{
    if (d->cancelled) {
        finishImport({}, {}, true);
        return;
    }
    if (d->structure != d->structureAtMerge) {
        // Articles came or went meanwhile (undo, redo): merge again with the story as it is.
        d->structureAtMerge = d->structure;
        d->merge->setFuture(QtConcurrent::run([story = d->story, findings = d->findings] {
            return ArticleBatch::prepare(story, findings);
        }));
        return;
    }
    const ArticleAddition addition = d->merge->result();
    QStringList ids;
    for (const Article &article : addition.articles)
        ids.append(article.id);
    addArticles(addition);
    finishImport(ids, addition.errors, false);
}

void StoryDocument::finishImport(const QStringList &articleIds, const QStringList &errors,
                                 bool cancelled)
{
    d->importing = false;
    d->cancelled = false;
    d->findings.clear();
    Q_EMIT importFinished(articleIds, errors, cancelled);
    startNextImport();
}

} // namespace storyline
