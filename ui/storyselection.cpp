// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storyselection.h"

namespace storyline {

StorySelection::StorySelection(QObject *parent)
    : QObject(parent)
{
}

void StorySelection::setCurrentEvent(const QString &eventId, int source)
{
    const bool eventChanged = eventId != m_event;
    const bool sourceChanged = source != m_source;
    m_event = eventId;
    m_source = source;
    if (eventChanged)
        emit currentEventChanged(m_event);
    if (sourceChanged || eventChanged)
        emit currentSourceChanged(m_source);
}

void StorySelection::setCurrentSource(int source)
{
    if (source == m_source)
        return;
    m_source = source;
    emit currentSourceChanged(m_source);
}

void StorySelection::setEntities(const QStringList &entityIds)
{
    if (entityIds == m_entities)
        return;
    m_entities = entityIds;
    emit entitiesChanged(m_entities);
}

void StorySelection::toggleEntity(const QString &entityId)
{
    QStringList ids = m_entities;
    if (!ids.removeOne(entityId))
        ids.append(entityId);
    setEntities(ids);
}

void StorySelection::setFocusedEntity(const QString &entityId)
{
    if (entityId == m_focusedEntity)
        return;
    m_focusedEntity = entityId;
    emit focusedEntityChanged(m_focusedEntity);
}

void StorySelection::setCurrentFigure(const QString &figureId)
{
    if (figureId == m_figure)
        return;
    m_figure = figureId;
    emit currentFigureChanged(m_figure);
}

void StorySelection::clear()
{
    setCurrentFigure(QString());
    setFocusedEntity(QString());
    setEntities({});
    setCurrentEvent(QString());
}

} // namespace storyline
