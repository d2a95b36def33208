// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "dataexport.h"
#include "exportpicture.h"

#include <QObject>
#include <QPointer>

#include <memory>

class QAction;
class QMenu;

namespace storyline {

class ExportDialog;
class MainWindow;
class TimelineExport;

// The window's File ▸ Export menu: Export Chart… and Export Timeline… (ExportDialog), Export
// Data ▸ events, entities and figures as CSV or JSON and the events as TimelineJS, Copy Chart
// and Copy Timeline. What is exported is what the window shows: the chart with its filters,
// the timeline with its entity filter, lanes and visible window (or the whole story).
class ExportActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportActions)

public:
    explicit ExportActions(MainWindow *window);
    ~ExportActions() override;

    QMenu *menu() const;
    QAction *exportChartAction() const;
    QAction *exportTimelineAction() const;
    QAction *copyChartAction() const;
    QAction *copyTimelineAction() const;
    // The dialog last opened, while it is open.
    ExportDialog *dialog() const;

    // The pictures as the window shows them now.
    ExportPicture chartPicture() const;
    // The timeline layout for an export of the visible window or of the whole story.
    std::unique_ptr<TimelineExport> timelineExport(bool wholeStory) const;

    // Writes the story's data to `path`; returns the error message, if any.
    std::optional<QString> exportData(DataExport::Kind kind, DataExport::Format format,
                                      const QString &path) const;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void openDialog(bool chart);
    void askForData(DataExport::Kind kind, DataExport::Format format);
    QString language() const;

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace storyline
