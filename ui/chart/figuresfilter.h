// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story/story.h"

#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <optional>

namespace storyline {

// The figures the chart shows, over a FiguresModel: by measure, source article and kind (the
// chart's own filters) and by the shared selection: only figures whose event involves every
// selected entity (Story::eventEntities), and, when set, only those of one event. Every
// criterion left empty lets everything through.
class FiguresFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FiguresFilter)

public:
    explicit FiguresFilter(QObject *parent = nullptr);
    ~FiguresFilter() override;

    QString measure() const { return m_measure; }
    void setMeasure(const QString &measure);

    QString article() const { return m_article; }
    void setArticle(const QString &articleId);

    std::optional<FigureKind> kind() const { return m_kind; }
    void setKind(std::optional<FigureKind> kind);

    QStringList entities() const { return m_entities; }
    void setEntities(const QStringList &entityIds);

    QString event() const { return m_event; }
    void setEvent(const QString &eventId);

    void setSourceModel(QAbstractItemModel *model) override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    // The events (of figures) that involve every selected entity, worked out once per
    // filtering: a figure at a time, Story::eventEntities reads every mention of the story
    // (minutes for the figures of a million events).
    const QSet<QString> &involvedEvents(const Story &story) const;
    void forgetInvolved() { m_involved.reset(); }

    QString m_measure;
    QString m_article;
    std::optional<FigureKind> m_kind;
    QStringList m_entities;
    QString m_event;
    mutable std::optional<QSet<QString>> m_involved;
    QList<QMetaObject::Connection> m_sourceConnections;
};

} // namespace storyline
