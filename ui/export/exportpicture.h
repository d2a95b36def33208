// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chart/charttheme.h"

#include <QRectF>
#include <QString>

#include <functional>

class QPainter;

namespace storyline {

class FiguresChart;

// Something an export can draw: it paints itself into any rectangle of painter coordinates, in
// a theme, laid out for that rectangle's size (so it is drawn for the export, not grabbed from
// the screen). The title and description go into the SVG and PDF metadata.
struct ExportPicture
{
    QString title;
    QString description;
    std::function<void(QPainter *painter, const QRectF &target, ChartTheme theme)> paint;

    bool isNull() const { return !paint; }

    // The figures chart as it stands (its filters, scale and language). The chart must
    // outlive the picture.
    static ExportPicture ofChart(const FiguresChart *chart, const QString &title);
};

} // namespace storyline
