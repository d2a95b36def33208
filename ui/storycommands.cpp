// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storycommands.h"

#include "storydocument.h"

#include "story/eventproposer.h"
#include "text/analyzer.h"

#include <QSet>

#include <algorithm>

namespace storyline {

StoryCommand::StoryCommand(StoryDocument *document, const QString &text)
    : m_document(document)
{
    setText(text);
}

Story &StoryCommand::story() const
{
    return m_document->mutableStory();
}

Event *StoryCommand::event(const QString &id) const
{
    QList<Event> &events = story().events;
    const auto it = std::find_if(events.begin(), events.end(),
                                 [&](const Event &event) { return event.id == id; });
    return it == events.end() ? nullptr : &*it;
}

void StoryCommand::storyChanged() const
{
    m_document->notifyStoryChanged();
}

void StoryCommand::eventsChanged(const QString &eventId) const
{
    m_document->notifyEventsChanged(eventId);
}

AcceptEvent::AcceptEvent(StoryDocument *document, const QString &eventId)
    : StoryCommand(document, StoryCommand::tr("Accept Event"))
    , m_id(eventId)
{
}

void AcceptEvent::redo()
{
    if (Event *e = event(m_id)) {
        e->extracted = false;
        eventsChanged(m_id);
    }
}

void AcceptEvent::undo()
{
    if (Event *e = event(m_id)) {
        e->extracted = true;
        eventsChanged(m_id);
    }
}

DismissEvent::DismissEvent(StoryDocument *document, const Event &event)
    : StoryCommand(document,
                   event.extracted ? StoryCommand::tr("Dismiss Proposed Event")
                                   : StoryCommand::tr("Delete Event"))
    , m_event(event)
{
}

void DismissEvent::redo()
{
    QList<Event> &events = story().events;
    events.removeIf([&](const Event &e) { return e.id == m_event.id; });
    m_figures.clear();
    for (Figure &figure : story().figures) {
        if (figure.event == m_event.id) {
            m_figures.append(figure.id);
            figure.event = QString();
        }
    }
    eventsChanged(m_event.id);
}

void DismissEvent::undo()
{
    for (Figure &figure : story().figures) {
        if (m_figures.contains(figure.id))
            figure.event = m_event.id;
    }
    story().events.append(m_event);
    story().sortEvents(); // back where it was: the order is the events' own
    eventsChanged(m_event.id);
}

EditEvent::EditEvent(StoryDocument *document, const Event &before, const Event &after)
    : StoryCommand(document, StoryCommand::tr("Edit Event"))
    , m_before(before)
    , m_after(after)
{
}

void EditEvent::replace(const Event &with)
{
    if (Event *e = event(with.id)) {
        *e = with;
        story().sortEvents();
        eventsChanged(with.id);
    }
}

void EditEvent::redo()
{
    replace(m_after);
}

void EditEvent::undo()
{
    replace(m_before);
}

AddArticles::AddArticles(StoryDocument *document, const ArticleAddition &addition)
    : StoryCommand(document,
                   StoryCommand::tr("Add %n Article(s)", nullptr, int(addition.articles.size())))
    , m_addition(addition)
{
}

void AddArticles::redo()
{
    m_before = story(); // shares the story's data until one of them changes
    ArticleBatch::apply(story(), m_addition);
    storyChanged();
}

void AddArticles::undo()
{
    story() = std::move(m_before);
    m_before = Story();
    storyChanged();
}

SetPublicationDate::SetPublicationDate(StoryDocument *document, const QString &articleId,
                                       const PartialDate &date)
    : StoryCommand(document, StoryCommand::tr("Set the publication date of %1").arg(articleId))
    , m_article(articleId)
    , m_date(date)
{
}

void SetPublicationDate::redo()
{
    Story &s = story();
    m_before = s;
    Article *article = nullptr;
    for (Article &a : s.articles) {
        if (a.id == m_article)
            article = &a;
    }
    if (!article)
        return;
    article->published = m_date;
    // The article's proposals not accepted yet are worked out again.
    s.events.removeIf([&](const Event &event) {
        return event.extracted
            && std::all_of(event.sources.cbegin(), event.sources.cend(),
                           [&](const Source &source) { return source.article == m_article; });
    });
    const Analyzer analyzer(s.entities);
    const Analysis analysis = analyzer.analyze(article->text, article->language, m_date);
    QSet<QString> ids;
    for (const Event &event : std::as_const(s.events))
        ids.insert(event.id);
    for (Event proposal : EventProposer::propose(*article, analysis)) {
        QString id = proposal.id;
        for (int n = 2; ids.contains(id); ++n)
            id = proposal.id % u'-' % QString::number(n);
        proposal.id = id;
        ids.insert(id);
        s.events.append(std::move(proposal));
    }
    s.sortEvents();
    storyChanged();
}

void SetPublicationDate::undo()
{
    story() = m_before;
    storyChanged();
}

} // namespace storyline
