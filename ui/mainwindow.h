// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story/result.h"
#include "story/story.h"

#include <QMainWindow>

#include <memory>

namespace storyline {

class ArticleView;
class EntityPanel;
class EventDetails;
class FindPanel;
class FiguresChart;
class StorySelection;
class TimelineView;

// The window: the chronology over the reader, the entities on the left, the event's details on
// the right, and find-in-all-articles below. It owns the story and the shared selection and
// wires the views to them; the views never call each other. Layout, recent stories and
// geometry persist in QSettings.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a story folder or story.json; on failure shows the error and keeps the current
    // story. Returns the error, if any, for callers that report it elsewhere.
    std::optional<StoryError> openStory(const QString &path);
    // Shows an already loaded story (the bundled one at start-up).
    void setStory(Story story, const QString &path);

    const Story &story() const;
    StorySelection *selection() const;
    TimelineView *timeline() const;
    ArticleView *articleView() const;
    EntityPanel *entityPanel() const;
    EventDetails *eventDetails() const;
    FindPanel *findPanel() const;
    FiguresChart *figuresChart() const;
    QStringList recentStories() const;

protected:
    void showEvent(QShowEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace storyline
