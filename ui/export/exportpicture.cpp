// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportpicture.h"

#include "chart/figureschart.h"

#include <QCoreApplication>

namespace storyline {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ExportPicture)
};

} // namespace

ExportPicture ExportPicture::ofChart(const FiguresChart *chart, const QString &title)
{
    ExportPicture picture;
    picture.title = title;
    picture.description = Tr::tr("Money and percentages as the articles state them");
    picture.paint = [chart](QPainter *painter, const QRectF &target, ChartTheme theme) {
        chart->render(painter, target, theme);
    };
    return picture;
}

} // namespace storyline
