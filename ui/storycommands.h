// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story/articlebatch.h"
#include "story/story.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace storyline {

class StoryDocument;

// What every change to a StoryDocument's story is: a command on its undo stack. Each one says
// what it changed, so that views re-read only what they must.
class StoryCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(StoryCommands)

protected:
    StoryCommand(StoryDocument *document, const QString &text);

    Story &story() const;
    Event *event(const QString &id) const;
    void storyChanged() const;
    void eventsChanged(const QString &eventId) const;

private:
    StoryDocument *m_document;
};

// A proposed event (Event::extracted) becomes an event of the story.
class AcceptEvent final : public StoryCommand
{
public:
    AcceptEvent(StoryDocument *document, const QString &eventId);
    void redo() override;
    void undo() override;

private:
    QString m_id;
};

// An event leaves the story; undo puts it back where it was.
class DismissEvent final : public StoryCommand
{
public:
    DismissEvent(StoryDocument *document, const Event &event);
    void redo() override;
    void undo() override;

private:
    Event m_event;
    // The figures that belonged to the event: they lose the link (a figure naming an event the
    // story does not have would make the saved story unreadable) and get it back on undo.
    QStringList m_figures;
};

// An event's title, dates or anything else change; its id stays.
class EditEvent final : public StoryCommand
{
public:
    EditEvent(StoryDocument *document, const Event &before, const Event &after);
    void redo() override;
    void undo() override;

private:
    void replace(const Event &with);

    Event m_before;
    Event m_after;
};

// Imported articles join the story with their new entities, mentions and proposals. Undo gives
// back the story as it was (history is linear, so nothing else changed since).
class AddArticles final : public StoryCommand
{
public:
    AddArticles(StoryDocument *document, const ArticleAddition &addition);
    void redo() override;
    void undo() override;

private:
    ArticleAddition m_addition;
    Story m_before;
};

// Gives an article the publication date it lacked, and proposes its events again against it:
// its unaccepted proposals go, new ones (now with relative dates resolved) come.
class SetPublicationDate final : public StoryCommand
{
public:
    SetPublicationDate(StoryDocument *document, const QString &articleId, const PartialDate &date);
    void redo() override;
    void undo() override;

private:
    QString m_article;
    PartialDate m_date;
    Story m_before;
};

} // namespace storyline
