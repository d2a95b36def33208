// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "figuresfilter.h"

#include "figuresmodel.h"

#include <QHash>

#include <algorithm>

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
    forgetInvolved();
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
    if (!m_entities.isEmpty())
        return involvedEvents(*figures->story()).contains(figure->event);
    return true;
}

void FiguresFilter::setSourceModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    // Connected before the proxy's own connections, so the answer is forgotten before the
    // proxy filters again.
    if (model) {
        m_sourceConnections = {
            connect(model, &QAbstractItemModel::modelReset, this, &FiguresFilter::forgetInvolved),
            connect(model, &QAbstractItemModel::layoutChanged, this,
                    &FiguresFilter::forgetInvolved),
            connect(model, &QAbstractItemModel::dataChanged, this, &FiguresFilter::forgetInvolved),
            connect(model, &QAbstractItemModel::rowsInserted, this, &FiguresFilter::forgetInvolved),
            connect(model, &QAbstractItemModel::rowsRemoved, this, &FiguresFilter::forgetInvolved)};
    }
    forgetInvolved();
    QSortFilterProxyModel::setSourceModel(model);
}

const QSet<QString> &FiguresFilter::involvedEvents(const Story &story) const
{
    if (m_involved)
        return *m_involved;
    m_involved.emplace();
    // The events that have figures, and the articles their sources quote.
    QSet<QStringView> wanted;
    for (const Figure &figure : story.figures) {
        if (!figure.event.isEmpty())
            wanted.insert(figure.event);
    }
    QList<const Event *> events;
    QSet<QStringView> articles;
    for (const Event &event : story.events) {
        if (!wanted.contains(event.id))
            continue;
        events.append(&event);
        for (const Source &source : event.sources)
            articles.insert(source.article);
    }
    // Those articles' mentions, once.
    QHash<QStringView, QList<const Mention *>> mentions;
    for (const Mention &mention : story.mentions) {
        if (articles.contains(mention.article))
            mentions[mention.article].append(&mention);
    }
    // Story::eventEntities for each: its actors and what its source quotes mention.
    for (const Event *event : std::as_const(events)) {
        QSet<QString> involved(event->actors.cbegin(), event->actors.cend());
        for (const Source &source : event->sources) {
            for (const Mention *mention : mentions.value(source.article)) {
                if (mention->span.start >= source.span.start
                    && mention->span.end <= source.span.end)
                    involved.insert(mention->entity);
            }
        }
        if (std::all_of(m_entities.cbegin(), m_entities.cend(),
                        [&involved](const QString &id) { return involved.contains(id); }))
            m_involved->insert(event->id);
    }
    return *m_involved;
}

} // namespace storyline
