// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charttheme.h"

#include "story/story.h"

#include <QFont>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <memory>

class QGraphicsScene;
class QPainter;

namespace storyline {

// One bar of the figures chart, as the figures model gives it.
struct ChartBar
{
    QString figureId;
    FigureKind kind = FigureKind::Money;
    double value = 0;
    QString unit;
    bool approximate = false;
    QString valueText; // "≈ $1T"
    QString subject;
    QString source; // outlet, date and article id
    QString measure;
    QString conflictNote; // empty when no other source disagrees
};

// Everything the chart says, already in the UI language.
struct ChartContent
{
    QString title;
    QString subtitle;
    QString sources; // "Sources: …"
    QString emptyText; // shown when there are no bars
    QList<ChartBar> bars; // in model order
};

struct ChartStyle
{
    QSizeF size;
    QFont font; // with a pixel size: every other size in the chart derives from it
    ChartTheme theme = ChartTheme::Light;
    bool logScale = false;
    QString language;
    QString currentFigure; // highlighted; empty for none
};

// Lays the figures chart out for one size and style, in a scene of its own: Qt Charts bars and
// axes, one panel per unit (US dollars, other currencies, percentages), with the labels,
// conflict notes, legend, title and source line around them. The widget shows one; an export
// builds another at the export's size, so the image is drawn, never grabbed. Qt Charts types
// stay behind this class.
class ChartScene final
{
public:
    ChartScene(const ChartContent &content, const ChartStyle &style);
    ~ChartScene();
    Q_DISABLE_COPY_MOVE(ChartScene)

    QGraphicsScene *scene() const;
    QSizeF size() const;

    // Figure ids, top to bottom.
    QStringList figures() const;
    // Scene coordinates; empty when the figure has no bar.
    QRectF barRect(const QString &figureId) const;
    // The bar's row across the whole chart, labels included.
    QRectF rowRect(const QString &figureId) const;
    QString figureAt(const QPointF &scenePos) const;
    // The value label drawn at the end of the bar.
    QString barLabel(const QString &figureId) const;
    bool hasConflictMarker(const QString &measure) const;

    // Draws the whole scene into `target`, scaled to fill it exactly.
    void render(QPainter *painter, const QRectF &target) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace storyline
