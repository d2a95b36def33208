// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story/result.h"
#include "story/story.h"

#include <QMainWindow>
#include <QMessageBox>

#include <memory>

namespace storyline {

class ArticleView;
class EntityPanel;
class EventDetails;
class FindPanel;
class FiguresChart;
class StoryDocument;
class StorySelection;
class TimelineView;

// The window: the chronology over the reader, the entities on the left, the event's details on
// the right, and find-in-all-articles below. It owns the document (the story, its undo stack
// and its folder) and the shared selection and wires the views to them; the views never call
// each other. Article files (File ▸ Open Articles…, drag and drop) join the story, analysed
// off the UI thread with progress and Cancel in the status bar. Unsaved changes are never
// dropped without asking. Layout, recent stories and geometry persist in QSettings.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a story folder or story.json, after asking about unsaved changes (a cancel keeps
    // the current story and returns no error); on failure shows the error and keeps the
    // current story. Returns the error, if any, for callers that report it elsewhere.
    std::optional<StoryError> openStory(const QString &path);
    // Shows an already loaded story (the bundled one at start-up); nothing asks about unsaved
    // changes.
    void setStory(Story story, const QString &path);
    // File ▸ New Story: an empty story, after asking about unsaved changes. False when the
    // user cancelled.
    bool newStory();
    // Adds article files (.txt, .md, .markdown, .html, .htm) to the story, analysed on worker
    // threads; other paths are skipped.
    void importArticles(const QStringList &paths);
    // Saves the story in its folder (asking for one when it has none), or in `folder`. False
    // when it was not saved (cancelled, or an error, which is shown).
    bool saveStory();
    bool saveStoryAs(const QString &folder);
    // With STORYLINE_NO_DIALOGS set, what the "unsaved changes" question answers: Save,
    // Discard or Cancel (the default, so nothing is ever dropped unasked).
    void setUnsavedChangesAnswer(QMessageBox::StandardButton answer);
    // How many times the window asked about unsaved changes.
    int unsavedChangesQuestions() const;

    const Story &story() const;
    StoryDocument *document() const;
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
