// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story/articlebatch.h"
#include "story/story.h"
#include "story/storyerror.h"

#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QUndoStack;

namespace storyline {

// The story the window edits: it owns the Story, its undo stack, where it is saved and whether
// it changed since. Every change is an undoable command (storycommands.h); views read the story
// and re-read it on storyChanged (the story was replaced, or articles came or went) or
// eventsChanged (an event was accepted, edited, dismissed or brought back). Article files are
// imported on worker threads (ArticleBatch), one batch at a time, with progress and cancel;
// their articles join the story on this thread, as one command.
class StoryDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StoryDocument)

public:
    explicit StoryDocument(QObject *parent = nullptr);
    ~StoryDocument() override;

    const Story &story() const;
    QUndoStack *undoStack() const;

    // The story folder it is saved in; empty for a new story or the bundled one (Save asks
    // where).
    QString path() const;
    bool isModified() const;

    // Replaces the story (forgetting the undo history and any import under way); `path` is its
    // folder or story.json, or empty.
    void setStory(Story story, const QString &path);
    // An empty story titled `title` (in `language`), not saved anywhere yet.
    void newStory(const QString &title, const QString &language);

    // Edits, each one undoable. They do nothing for an event the story does not have.
    void acceptEvent(const QString &eventId); // a proposal becomes an event of the story
    void dismissEvent(const QString &eventId); // the event goes
    // Replaces the event (same id) with `edited`.
    void editEvent(const QString &eventId, const Event &edited);
    // Sets an article's publication date and proposes its events again against it.
    void setPublicationDate(const QString &articleId, const PartialDate &date);
    // Adds prepared articles (what an import does when its analysis is over).
    void addArticles(const ArticleAddition &addition);

    // Writes the story folder (StoryWriter: every file through QSaveFile); on success it is
    // the document's folder and the document is unmodified.
    std::optional<StoryError> save();
    std::optional<StoryError> saveAs(const QString &folder);

    // Imports article files (.txt, .md, .markdown, .html, .htm) into the story, off this
    // thread. While one batch runs, another waits for it.
    void importArticles(const QStringList &paths);
    void cancelImport();
    bool isImporting() const;

signals:
    void storyChanged();
    // `eventId`: the event changed, or the one that went.
    void eventsChanged(const QString &eventId);
    void modifiedChanged(bool modified);
    void pathChanged(const QString &path);
    void importStarted(int files);
    // `done` of `total` files read and analysed; total 0 while the batch is being merged.
    void importProgress(int done, int total);
    // The batch is over: the articles added (none when it was cancelled or every file failed)
    // and one line per file that could not be imported.
    void importFinished(const QStringList &articleIds, const QStringList &errors, bool cancelled);

private:
    friend class StoryCommand;
    // For the commands: the story to change, then what changed.
    Story &mutableStory();
    void notifyStoryChanged();
    void notifyEventsChanged(const QString &eventId);

    void startNextImport();
    void analysisFinished();
    void mergeFinished();
    void finishImport(const QStringList &articleIds, const QStringList &errors, bool cancelled);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace storyline
