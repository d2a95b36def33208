// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace storyline {

// The one selection every view follows: the current event (and which of its sources is shown),
// the entities that filter the story, and the current figure. Views change it and react to its
// signals; no view calls another directly. Setting a value equal to the current one emits
// nothing, so views may echo changes back without loops.
class StorySelection final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StorySelection)

public:
    explicit StorySelection(QObject *parent = nullptr);

    QString currentEvent() const { return m_event; }
    // Selects an event and shows its source `source` (0 is the first).
    void setCurrentEvent(const QString &eventId, int source = 0);

    int currentSource() const { return m_source; }
    void setCurrentSource(int source);

    // Entities that filter the timeline and the chart; an event passes when it involves all of
    // them (Story::eventEntities). Empty: no filter.
    QStringList entities() const { return m_entities; }
    void setEntities(const QStringList &entityIds);
    void toggleEntity(const QString &entityId);

    // The entity whose mentions stand out in the reader (the last one clicked), or empty.
    QString focusedEntity() const { return m_focusedEntity; }
    void setFocusedEntity(const QString &entityId);

    QString currentFigure() const { return m_figure; }
    void setCurrentFigure(const QString &figureId);

    // Forgets everything (a new story was opened).
    void clear();

signals:
    void currentEventChanged(const QString &eventId);
    void currentSourceChanged(int source);
    void entitiesChanged(const QStringList &entityIds);
    void focusedEntityChanged(const QString &entityId);
    void currentFigureChanged(const QString &figureId);

private:
    QString m_event;
    int m_source = 0;
    QStringList m_entities;
    QString m_focusedEntity;
    QString m_figure;
};

} // namespace storyline
