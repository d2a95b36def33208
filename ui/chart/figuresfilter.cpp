// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "figuresfilter.h"

#include "figuresmodel.h"

namespace storyline {

FiguresFilter::FiguresFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

FiguresFilter::~FiguresFilter() = default;

void FiguresFilter::setMeasure(const QString &measure)
{
    if (measure == m_measure)
        return;
    m_measure = measure;
    invalidateFilter();
}

void FiguresFilter::setArticle(const QString &articleId)
{
    if (articleId == m_article)
        return;
    m_article = articleId;
    invalidateFilter();
}

void FiguresFilter::setKind(std::optional<FigureKind> kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateFilter();
}

void FiguresFilter::setEntities(const QStringList &entityIds)
{
    if (entityIds == m_entities)
        return;
    m_entities = entityIds;
    invalidateFilter();
}

void FiguresFilter::setEvent(const QString &eventId)
{
    if (eventId == m_event)
        return;
    m_event = eventId;
    invalidateFilter();
}

bool FiguresFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *figures = qobject_cast<const FiguresModel *>(sourceModel());
    if (!figures)
        return true;
    const Figure *figure = figures->figure(figures->index(sourceRow, 0, sourceParent));
    if (!figure)
        return false;
    if (!m_measure.isEmpty() && figure->measure != m_measure)
        return false;
    if (!m_article.isEmpty() && figure->article != m_article)
        return false;
    if (m_kind && figure->kind != *m_kind)
        return false;
    if (!m_event.isEmpty() && figure->event != m_event)
        return false;
    if (!m_entities.isEmpty()) {
        const Story *story = figures->story();
        const Event *event = story->event(figure->event);
        if (!event)
            return false;
        const QSet<QString> involved = story->eventEntities(*event);
        for (const QString &entity : m_entities) {
            if (!involved.contains(entity))
                return false;
        }
    }
    return true;
}

} // namespace storyline
