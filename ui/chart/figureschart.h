// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charttheme.h"

#include "story/story.h"

#include <QRectF>
#include <QStringList>
#include <QWidget>

#include <memory>
#include <optional>

class QPainter;

namespace storyline {

class FiguresModel;
class StorySelection;

// The story's figures as horizontal bars: money on its own axis (linear or logarithmic),
// percentages on theirs, each bar labelled with its compact value in the UI language, its
// subject, outlet and date. Figures that sources disagree on stand together under a warning
// note; approximate ones are striped and marked "≈". Hovering shows the exact quote, clicking
// selects the figure in the shared selection. Filters above the chart narrow it by measure,
// source and kind; the shared selection narrows it too (selected entities, and the current
// event unless "Selected event only" is off). Fed from a FiguresModel through a filter proxy.
//
// Title, legend, axis titles and a source line are part of the chart, so render() draws an
// image that stands on its own at any size. Qt Charts stays inside ui/chart.
class FiguresChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FiguresChart)

public:
    using Theme = ChartTheme;

    explicit FiguresChart(QWidget *parent = nullptr);
    ~FiguresChart() override;

    // The story must outlive the chart or be replaced first; nullptr empties the chart.
    void setStory(const Story *story);
    void setSelection(StorySelection *selection);
    void setLanguage(const QString &language);
    QString language() const;

    bool logScale() const;
    void setLogScale(bool on);

    // Filters; an empty value (or no kind) shows everything.
    QString measureFilter() const;
    void setMeasureFilter(const QString &measure);
    QString sourceFilter() const;
    void setSourceFilter(const QString &articleId);
    std::optional<FigureKind> kindFilter() const;
    void setKindFilter(std::optional<FigureKind> kind);
    // Whether the current event of the shared selection narrows the chart to its figures.
    bool followsCurrentEvent() const;
    void setFollowsCurrentEvent(bool on);

    // Every figure of the story, in story order; the chart shows those the filters let through.
    FiguresModel *model() const;

    int barCount() const;
    // Figure ids of the bars, top to bottom.
    QStringList shownFigures() const;
    // Where a figure's bar is, in this widget's coordinates; empty when it is not shown.
    QRectF barRect(const QString &figureId) const;
    // The value label at the end of a figure's bar ("$2T", "≈ $1T").
    QString barLabel(const QString &figureId) const;
    // Whether the figures of `measure` stand under a "sources disagree" note.
    bool hasConflictMarker(const QString &measure) const;

    // Draws the whole chart into `target` (painter coordinates), as shown but without the
    // selection highlight, in `theme`. Vector drawing, not a screen grab: the layout depends
    // only on the target's size in painter units, so a 3200×1800 target (or a 1600×900 one on
    // a 2× device) gives the 1600×900 picture at twice the resolution.
    void render(QPainter *painter, const QRectF &target, Theme theme) const;
    using QWidget::render;

signals:
    void logScaleChanged(bool on);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace storyline
