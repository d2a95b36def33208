// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QPointer>
#include <QWidget>

#include <memory>

class QMenu;

namespace storyline {

struct Story;
class StoryDocument;
class StorySelection;

// The zoomable chronology: a time axis whose ticks adapt from decades to hours, the story's
// events as markers with labels that never overlap (clusters where they are dense), lanes by
// actor group, periods as background bands, and an overview strip of the whole story.
// TimeScale and EventIndex (core/timeline) do the arithmetic; TimelineRenderer paints.
// Proposed events (extracted from an article, not yet accepted) are hollow with a dashed ring
// and an italic label; their context menu accepts, edits or dismisses them.
class TimelineView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)

public:
    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    // The story to show (not owned; nullptr clears), zoomed to fit. Call again after the story
    // changes.
    void setStory(const Story *story);
    // The story's events changed in place (accepted, edited, dismissed): rebuilds and keeps the
    // visible window.
    void refresh();
    // The document the context menu of a proposed event changes (not owned; nullptr: no menu).
    void setDocument(StoryDocument *document);
    // The shared selection the view follows and changes (not owned).
    void setSelection(StorySelection *selection);
    // Language of titles and axis labels ("en", "fr").
    void setLanguage(const QString &language);

    bool lanesVisible() const;
    void setLanesVisible(bool visible);
    // How many lanes are drawn: one per actor group that has events, or one.
    int laneCount() const;

    QDateTime visibleStart() const;
    QDateTime visibleEnd() const;
    void setVisibleRange(const QDateTime &start, const QDateTime &end);

    // Events that pass the entity filter, and how many of them are in the visible window.
    int filteredEventCount() const;
    int visibleEventCount() const;

    // Where an event's marker is drawn, in widget coordinates (for tests and tooltips); an
    // invalid point when it is not on screen as a marker of its own.
    QPoint markerPosition(const QString &eventId) const;
    // Where the cluster that holds an event is drawn; an invalid rect when it is not in one.
    QRect clusterRect(const QString &eventId) const;

    // The context menu of an event: Accept, Edit… and Dismiss for a proposal; nullptr for
    // another event or without a document. The caller owns it.
    QMenu *createEventMenu(const QString &eventId);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

public slots:
    void zoomIn();
    void zoomOut();
    void zoomToFit();
    void zoomToSelection();
    void selectNextEvent();
    void selectPreviousEvent();
    void selectFirstEvent();
    void selectLastEvent();

signals:
    void visibleRangeChanged(const QDateTime &start, const QDateTime &end);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override; // tooltips and pinch gestures
    void changeEvent(QEvent *event) override; // palette and language changes

private:
    void retranslate();

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace storyline
