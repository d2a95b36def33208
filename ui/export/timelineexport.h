// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportpicture.h"

#include "timeline/storytimeline.h"

#include <QDate>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

class QFontMetricsF;
class QPainter;
class QPalette;

namespace storyline {

struct Story;
class TimeScale;
class TimelineRenderer;

// The timeline laid out for a page or an image: the story's title and the dates shown above,
// the lanes, periods, axis and labelled events (laid out by TimelineRenderer at the export's
// size, not grabbed from the screen) in the middle, and a caption that cites the sources of
// the events and periods shown ("Sources: outlet, date (a001); …") below. It shows either a
// window of time or the whole story, with the entity filter and lanes of the view.
//
// Like the chart, it is laid out for 1600×900 and drawn proportionally larger on bigger
// targets, so a 3840×2160 export reads like the 1600×900 one at a higher resolution.
class TimelineExport final
{
public:
    // The story is not owned and must outlive this object.
    explicit TimelineExport(const Story &story, const QString &language = QStringLiteral("en"));

    void setLanguage(const QString &language);
    QString language() const { return m_language; }
    // Only the events that involve all these entities (none: every event).
    void setEntities(const QStringList &entities);
    void setLanesVisible(bool visible);

    // The window in TimeUnits milliseconds, [start, end); unset, the whole story.
    void setRange(qint64 start, qint64 end);
    // The days from `first` to `last`, both included.
    void setDays(QDate first, QDate last);
    void setWholeStory();
    bool isWholeStory() const { return !m_range; }

    // What is shown: the window (for the whole story, the events' extent), how many events
    // overlap it, and the articles that the events and periods shown cite, by id.
    std::pair<qint64, qint64> shownRange() const;
    int shownEventCount() const;
    QStringList shownSources() const;

    QString title() const; // the story's title
    QString subtitle() const; // "5 November 2024 – 30 October 2025 · 18 events"
    QString caption() const; // "Sources: …."

    // Draws the whole layout into `target` (painter coordinates).
    void paint(QPainter *painter, const QRectF &target, ChartTheme theme) const;
    // This layout as an export; it refers to this object, which must outlive it.
    ExportPicture picture() const;

private:
    void rebuild();
    // The caption citing at most `limit` sources, then how many more there are.
    QString caption(qsizetype limit) const;
    // The caption that fits `width` and `height` in `metrics`, citing as many sources as fit.
    QString fittedCaption(const QFontMetricsF &metrics, double width, double height) const;
    void setUp(TimelineRenderer &renderer, const QPalette &palette) const;
    // The window over `width` pixels: the one asked for, or the whole story with room around.
    TimeScale timeScale(double width) const;

    const Story &m_story;
    QString m_language;
    QStringList m_entities;
    bool m_lanes = true;
    std::optional<std::pair<qint64, qint64>> m_range;
    StoryTimeline m_timeline;
};

} // namespace storyline
