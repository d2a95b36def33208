// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartscene.h"

#include "chartaxis.h"

#include "text/numberformat.h"

#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QHash>
#include <QHorizontalStackedBarSeries>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>
#include <QValueAxis>

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace storyline {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(FiguresChart)
};

// Stacking order of the chart's layers.
constexpr qreal backgroundZ = -10;
constexpr qreal bandZ = -5;
constexpr qreal labelZ = 10;

// A row of a panel: a bar, or the note that heads a group of figures that disagree.
struct Row
{
    int bar = -1; // index into ChartContent::bars; -1 for a conflict note
    QString measure;
    QString note;
};

// One panel per unit: US dollars, any other currency, percentages.
struct Panel
{
    FigureKind kind = FigureKind::Money;
    QString unit;
    QList<Row> rows;
};

QFont sized(const QFont &base, qreal pixels, bool bold = false)
{
    QFont font = base;
    font.setPixelSize(std::max(1, qRound(pixels)));
    font.setBold(bold);
    return font;
}

qreal lineHeight(const QFont &font)
{
    return QFontMetricsF(font).height();
}

// `text` broken into at most `maxLines` lines of `width`, the last one elided.
QStringList wrapped(const QString &text, const QFont &font, qreal width, int maxLines)
{
    QStringList lines;
    QTextLayout layout(text, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            const QString rest = text.mid(line.textStart());
            lines.append(QFontMetricsF(font).elidedText(rest, Qt::ElideRight, width));
            break;
        }
        lines.append(text.mid(line.textStart(), line.textLength()).trimmed());
    }
    layout.endLayout();
    return lines;
}

// Diagonal stripes of the colour over a light tint of it: an approximate figure. A gradient
// rather than a Qt::BDiagPattern brush, so the stripes scale with the chart in exports.
QBrush stripes(const QColor &color, qreal period)
{
    QLinearGradient gradient(0, 0, period, -period);
    gradient.setSpread(QGradient::RepeatSpread);
    QColor tint = color;
    tint.setAlphaF(0.25);
    gradient.setColorAt(0, color);
    gradient.setColorAt(0.42, color);
    gradient.setColorAt(0.43, tint);
    gradient.setColorAt(0.99, tint);
    gradient.setColorAt(1, color);
    return QBrush(gradient);
}

// A warning sign drawn as a path, so it never depends on a font having the glyph.
QPainterPath warningSign(const QPointF &topLeft, qreal size)
{
    QPainterPath triangle;
    triangle.moveTo(topLeft + QPointF(size / 2, 0));
    triangle.lineTo(topLeft + QPointF(size, size * 0.9));
    triangle.lineTo(topLeft + QPointF(0, size * 0.9));
    triangle.closeSubpath();
    QPainterPath mark;
    const qreal stroke = size * 0.12;
    mark.addRect(
        QRectF(topLeft + QPointF(size / 2 - stroke / 2, size * 0.3), QSizeF(stroke, size * 0.32)));
    mark.addRect(
        QRectF(topLeft + QPointF(size / 2 - stroke / 2, size * 0.68), QSizeF(stroke, stroke)));
    return triangle.subtracted(mark);
}

} // namespace

struct ChartScene::Private
{
    Private(const ChartContent &content, const ChartStyle &style);

    // Vertical space: where the panels start and the source line begins, and the row height.
    struct Plan
    {
        qreal top = 0;
        qreal sourcesTop = 0;
        QStringList sourceLines;
        qreal headingHeight = 0;
        qreal axisHeight = 0;
        qreal panelGap = 0;
        qreal rowHeight = 0;
        qreal missing = 0; // height lacking for rows of the minimum height
    };

    void layout();
    QList<Panel> panels() const;
    Plan plan(const QList<Panel> &panels) const;
    QString tickLabel(const Panel &panel, double value) const;
    void addPanel(const Panel &panel, const QRectF &rect, qreal rowHeight, bool compactRows);
    void addLegend(qreal top);
    QGraphicsSimpleTextItem *addText(const QString &text, const QFont &font, const QColor &color,
                                     const QPointF &topLeft);
    qreal textWidth(const QString &text, const QFont &font) const
    {
        return QFontMetricsF(font).horizontalAdvance(text);
    }
    QBrush barBrush(const ChartBar &bar) const;
    QPen barPen(const ChartBar &bar) const;

    ChartContent content;
    ChartStyle style;
    ChartColors colors;
    NumberFormat format;
    std::unique_ptr<QGraphicsScene> scene;
    qreal f = 13; // the base font's pixel size: the chart's unit of length

    QStringList order;
    QHash<QString, QRectF> bars;
    QHash<QString, QRectF> rows;
    QHash<QString, QString> labels;
    QSet<QString> conflictMarkers;
};

ChartScene::Private::Private(const ChartContent &content, const ChartStyle &style)
    : content(content)
    , style(style)
    , colors(ChartColors::of(style.theme))
    , format(style.language)
    , scene(std::make_unique<QGraphicsScene>())
{
    f = style.font.pixelSize() > 0 ? style.font.pixelSize() : QFontInfo(style.font).pixelSize();
    layout();
}

QList<Panel> ChartScene::Private::panels() const
{
    // Panels: US dollars first, then other currencies, then percentages.
    QList<Panel> panels;
    const auto panelFor = [&panels](const ChartBar &bar) -> Panel & {
        for (Panel &panel : panels) {
            if (panel.kind == bar.kind && panel.unit == bar.unit)
                return panel;
        }
        panels.append(Panel{bar.kind, bar.unit, {}});
        return panels.last();
    };
    // Groups within a panel: the figures of a disputed measure together, the others alone;
    // largest first.
    struct Group
    {
        QString measure;
        QList<int> bars;
        double max = 0;
        bool conflict = false;
    };
    QHash<QString, QList<Group>> groups; // by panel key
    const auto key
        = [](const ChartBar &bar) -> QString { return QString::number(int(bar.kind)) % bar.unit; };
    for (int i = 0; i < content.bars.size(); ++i) {
        const ChartBar &bar = content.bars.at(i);
        panelFor(bar);
        QList<Group> &list = groups[key(bar)];
        const bool conflict = !bar.conflictNote.isEmpty();
        auto it = std::find_if(list.begin(), list.end(), [&](const Group &group) {
            return conflict && group.conflict && group.measure == bar.measure;
        });
        if (it == list.end()) {
            list.append(Group{bar.measure, {}, 0, conflict});
            it = list.end() - 1;
        }
        it->bars.append(i);
        it->max = std::max(it->max, bar.value);
    }
    std::sort(panels.begin(), panels.end(), [](const Panel &a, const Panel &b) {
        const auto rank = [](const Panel &p) {
            return p.kind == FigureKind::Percent ? 2 : p.unit == u"USD" ? 0 : 1;
        };
        return std::make_tuple(rank(a), a.unit) < std::make_tuple(rank(b), b.unit);
    });
    for (Panel &panel : panels) {
        QList<Group> list = groups.value(QString::number(int(panel.kind)) % panel.unit);
        std::stable_sort(list.begin(), list.end(),
                         [](const Group &a, const Group &b) { return a.max > b.max; });
        for (const Group &group : list) {
            if (group.conflict) {
                panel.rows.append(
                    Row{-1, group.measure, content.bars.at(group.bars.first()).conflictNote});
            }
            for (const int bar : group.bars)
                panel.rows.append(Row{bar, group.measure, {}});
        }
    }
    return panels;
}

QString ChartScene::Private::tickLabel(const Panel &panel, double value) const
{
    return panel.kind == FigureKind::Percent ? format.percent(value)
                                             : format.compactMoney(value, panel.unit);
}

QBrush ChartScene::Private::barBrush(const ChartBar &bar) const
{
    const QColor color = bar.conflictNote.isEmpty() ? colors.bar : colors.conflict;
    return bar.approximate ? stripes(color, 0.55 * f) : QBrush(color);
}

QPen ChartScene::Private::barPen(const ChartBar &bar) const
{
    if (bar.figureId == style.currentFigure && !style.currentFigure.isEmpty())
        return QPen(colors.outline, 0.18 * f, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin);
    const QColor color = bar.conflictNote.isEmpty() ? colors.bar : colors.conflict;
    if (colors.outlineEveryBar)
        return QPen(colors.outline, 0.07 * f);
    return QPen(color, 0.07 * f);
}

QGraphicsSimpleTextItem *ChartScene::Private::addText(const QString &text, const QFont &font,
                                                      const QColor &color, const QPointF &topLeft)
{
    auto *item = scene->addSimpleText(text, font);
    item->setBrush(color);
    item->setPos(topLeft);
    item->setZValue(labelZ);
    return item;
}

void ChartScene::Private::addLegend(qreal top)
{
    bool stated = false;
    bool approximate = false;
    bool conflict = false;
    for (const ChartBar &bar : content.bars) {
        stated = stated || (!bar.approximate && bar.conflictNote.isEmpty());
        approximate = approximate || bar.approximate;
        conflict = conflict || !bar.conflictNote.isEmpty();
    }
    const QFont font = sized(style.font, 0.9 * f);
    const QSizeF swatch(1.6 * f, 0.9 * f);
    const qreal height = lineHeight(font);
    qreal x = 1.25 * f;
    const auto entry = [&](const QBrush &brush, const QColor &edge, const QString &text) {
        auto *rect
            = scene->addRect(QRectF(QPointF(x, top + (height - swatch.height()) / 2), swatch),
                             QPen(edge, 0.07 * f), brush);
        rect->setZValue(labelZ);
        x += swatch.width() + 0.45 * f;
        addText(text, font, colors.text, QPointF(x, top));
        x += textWidth(text, font) + 1.4 * f;
    };
    if (stated || content.bars.isEmpty())
        entry(QBrush(colors.bar), colors.bar, Tr::tr("As stated in the article"));
    if (approximate)
        entry(stripes(colors.bar, 0.55 * f), colors.bar, Tr::tr("Approximate (≈)"));
    if (conflict)
        entry(QBrush(colors.conflict), colors.conflict, Tr::tr("Sources disagree"));
}

void ChartScene::Private::addPanel(const Panel &panel, const QRectF &rect, qreal rowHeight,
                                   bool compactRows)
{
    const qreal pad = 1.25 * f;
    const qreal width = style.size.width();
    const QFont headingFont = sized(style.font, f, true);
    const QFont subjectFont = sized(style.font, f);
    const QFont sourceFont = sized(style.font, 0.85 * f);
    const QFont valueFont = sized(style.font, f, true);
    const QFont axisFont = sized(style.font, 0.85 * f);
    const QFont noteFont = sized(style.font, 0.95 * f, true);

    // Heading.
    QString heading;
    if (panel.kind == FigureKind::Percent)
        heading = Tr::tr("Percentages");
    else if (panel.unit == u"USD")
        heading = Tr::tr("Amounts in US dollars");
    else
        heading = Tr::tr("Amounts in %1").arg(panel.unit);
    double maxValue = 0;
    double minValue = 0;
    for (const Row &row : panel.rows) {
        if (row.bar < 0)
            continue;
        const double value = content.bars.at(row.bar).value;
        maxValue = std::max(maxValue, value);
        if (value > 0)
            minValue = minValue > 0 ? std::min(minValue, value) : value;
    }
    const bool log = style.logScale && panel.kind == FigureKind::Money && minValue > 0;
    if (log)
        heading = Tr::tr("%1 (logarithmic scale)").arg(heading);
    addText(heading, headingFont, colors.text, rect.topLeft() + QPointF(pad, 0));

    // Columns: labels on the left, bars, value labels on the right.
    qreal valueWidth = 0;
    for (const Row &row : panel.rows) {
        if (row.bar >= 0)
            valueWidth
                = std::max(valueWidth, textWidth(content.bars.at(row.bar).valueText, valueFont));
    }
    valueWidth += 0.9 * f;
    const qreal labelWidth = std::clamp(0.3 * width, 8 * f, 30 * f);
    const qreal plotLeft = pad + labelWidth + 0.9 * f;
    const qreal plotRight = std::max(plotLeft + 4 * f, width - pad - valueWidth);
    const qreal plotTop = rect.top() + lineHeight(headingFont) * 1.35;
    const int rowCount = int(panel.rows.size());
    const QRectF plot(plotLeft, plotTop, plotRight - plotLeft, rowHeight * rowCount);
    const int maxTicks = std::clamp(int(plot.width() / (6 * f)), 2, 8);
    const ChartAxis axis = log
        ? ChartAxis::logarithmic(minValue, maxValue, maxTicks)
        : ChartAxis::linear(maxValue, maxTicks, panel.kind == FigureKind::Percent);

    auto *chart = new QChart;
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setDropShadowEnabled(false);
    chart->legend()->hide();
    chart->setMargins(QMargins());
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setAnimationOptions(QChart::NoAnimation);
    scene->addItem(chart);

    auto *series = new QHorizontalStackedBarSeries;
    const qreal barFraction = std::min(0.62, 2.3 * f / rowHeight);
    series->setBarWidth(barFraction);
    // One set per figure, holding its value in its own category and nothing elsewhere: each bar
    // gets its own brush (stripes, conflict colour, outline) with the stacking adding nothing.
    for (int r = 0; r < rowCount; ++r) {
        const Row &row = panel.rows.at(r);
        if (row.bar < 0)
            continue;
        const ChartBar &bar = content.bars.at(row.bar);
        auto *set = new QBarSet(bar.figureId);
        for (int c = 0; c < rowCount; ++c)
            set->append(c == rowCount - 1 - r ? axis.position(bar.value) : 0.0);
        set->setBrush(barBrush(bar));
        set->setPen(barPen(bar));
        series->append(set);
    }
    chart->addSeries(series);

    auto *valueAxis = new QCategoryAxis;
    valueAxis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    valueAxis->setRange(0, axis.max());
    valueAxis->setStartValue(-axis.max() * 1e-6); // so the first label sits on 0
    for (const double tick : axis.ticks())
        valueAxis->append(tickLabel(panel, tick), axis.position(tick));
    valueAxis->setLabelsFont(axisFont);
    valueAxis->setLabelsBrush(colors.mutedText);
    valueAxis->setLinePen(QPen(colors.axis, 0.07 * f));
    valueAxis->setGridLinePen(QPen(colors.grid, 0.07 * f));
    valueAxis->setShadesVisible(false);
    valueAxis->setTitleText(panel.kind == FigureKind::Percent ? Tr::tr("Percent")
                                : panel.unit == u"USD"
                                ? (log ? Tr::tr("US dollars, logarithmic scale: each "
                                                "gridline is ten times the previous one")
                                       : Tr::tr("US dollars"))
                                : panel.unit);
    valueAxis->setTitleFont(axisFont);
    valueAxis->setTitleBrush(colors.mutedText);
    chart->addAxis(valueAxis, Qt::AlignBottom);
    series->attachAxis(valueAxis);

    auto *rowAxis = new QValueAxis;
    rowAxis->setRange(-0.5, rowCount - 0.5);
    rowAxis->setLabelsVisible(false);
    rowAxis->setGridLineVisible(false);
    rowAxis->setLineVisible(false);
    rowAxis->setTickCount(2);
    chart->addAxis(rowAxis, Qt::AlignLeft);
    series->attachAxis(rowAxis);

    // The plot area is ours: Qt Charts only draws inside it and its axes below it. The chart
    // itself reaches up to the top of the scene (it has no background): Qt Charts squeezes an
    // axis that takes more than 40% of the chart's height, which a short panel would trigger.
    chart->setPlotArea(plot);
    chart->setGeometry(QRectF(0, 0, width, rect.bottom()));
    chart->layout()->invalidate();
    chart->layout()->activate();

    auto *baseline
        = scene->addLine(QLineF(plot.topLeft(), plot.bottomLeft()), QPen(colors.axis, 0.1 * f));
    baseline->setZValue(labelZ);

    for (int r = 0; r < rowCount; ++r) {
        const Row &row = panel.rows.at(r);
        const qreal top = plot.top() + r * rowHeight;
        const QRectF rowRect(pad, top, width - 2 * pad, rowHeight);
        if (row.bar < 0) {
            // The note that heads figures that disagree, with a warning sign.
            const qreal sign = 1.05 * f;
            const qreal textTop = top + rowHeight - lineHeight(noteFont) - 0.15 * rowHeight;
            auto *path = scene->addPath(
                warningSign(QPointF(pad + 0.3 * f, textTop + (lineHeight(noteFont) - sign) / 2),
                            sign),
                Qt::NoPen, colors.conflict);
            path->setZValue(labelZ);
            addText(QFontMetricsF(noteFont).elidedText(row.note, Qt::ElideRight,
                                                       rowRect.width() - 2 * f),
                    noteFont, colors.conflict, QPointF(pad + 0.3 * f + sign + 0.4 * f, textTop));
            conflictMarkers.insert(row.measure);
            continue;
        }
        const ChartBar &bar = content.bars.at(row.bar);
        const int category = rowCount - 1 - r;
        const QPointF a = chart->mapToPosition(QPointF(0, category - barFraction / 2), series);
        const QPointF b = chart->mapToPosition(
            QPointF(axis.position(bar.value), category + barFraction / 2), series);
        const QRectF barRect = QRectF(chart->mapToScene(a), chart->mapToScene(b)).normalized();
        bars.insert(bar.figureId, barRect);
        rows.insert(bar.figureId, rowRect);
        order.append(bar.figureId);
        labels.insert(bar.figureId, bar.valueText);

        const bool current = bar.figureId == style.currentFigure;
        if (current) {
            auto *band = scene->addRect(rowRect, Qt::NoPen, colors.selectionBand);
            band->setZValue(bandZ);
        }
        // Value at the end of the bar.
        const qreal valueHeight = lineHeight(valueFont);
        addText(bar.valueText, valueFont, colors.text,
                QPointF(barRect.right() + 0.45 * f, barRect.center().y() - valueHeight / 2));
        // Subject and source on the left.
        const QFont subject = current ? sized(style.font, f, true) : subjectFont;
        if (compactRows) {
            const QString line = QFontMetricsF(subject).elidedText(
                bar.subject % u" — "_s % bar.source, Qt::ElideRight, labelWidth);
            addText(line, subject, colors.text,
                    QPointF(pad, barRect.center().y() - lineHeight(subject) / 2));
        } else {
            // The subject takes a second line when the row has room for it.
            const bool roomForTwo
                = rowHeight >= 2 * lineHeight(subject) + lineHeight(sourceFont) + 0.3 * f;
            const QStringList lines = wrapped(bar.subject, subject, labelWidth, roomForTwo ? 2 : 1);
            const qreal blockHeight = lines.size() * lineHeight(subject) + lineHeight(sourceFont);
            qreal lineTop = barRect.center().y() - blockHeight / 2;
            for (const QString &line : lines) {
                addText(line, subject, colors.text, QPointF(pad, lineTop));
                lineTop += lineHeight(subject);
            }
            addText(QFontMetricsF(sourceFont).elidedText(bar.source, Qt::ElideRight, labelWidth),
                    sourceFont, colors.mutedText, QPointF(pad, lineTop));
        }
    }

    // Figures that disagree share a tinted band with a bracket down its left side.
    for (int r = 0; r < rowCount; ++r) {
        if (panel.rows.at(r).bar >= 0)
            continue;
        int last = r + 1;
        while (last < rowCount && panel.rows.at(last).bar >= 0
               && panel.rows.at(last).measure == panel.rows.at(r).measure)
            ++last;
        const QRectF group(pad - 0.5 * f, plot.top() + r * rowHeight, width - 2 * pad + f,
                           (last - r) * rowHeight);
        QColor tint = colors.conflict;
        tint.setAlphaF(0.09);
        auto *band = scene->addRect(group, Qt::NoPen, tint);
        band->setZValue(bandZ - 1);
        auto *bracket = scene->addRect(QRectF(group.topLeft(), QSizeF(0.25 * f, group.height())),
                                       Qt::NoPen, colors.conflict);
        bracket->setZValue(labelZ);
    }
}

ChartScene::Private::Plan ChartScene::Private::plan(const QList<Panel> &panels) const
{
    const qreal pad = 1.25 * f;
    Plan plan;
    plan.top = pad + lineHeight(sized(style.font, 1.45 * f, true)) * 1.05
        + lineHeight(sized(style.font, 0.95 * f)) + 0.6 * f + lineHeight(sized(style.font, 0.9 * f))
        + 0.9 * f;
    const QFont sourcesFont = sized(style.font, 0.8 * f);
    plan.sourceLines = wrapped(content.sources, sourcesFont, style.size.width() - 2 * pad, 3);
    plan.sourcesTop = style.size.height() - pad - plan.sourceLines.size() * lineHeight(sourcesFont);
    plan.headingHeight = lineHeight(sized(style.font, f, true)) * 1.35;
    plan.axisHeight = 2.5 * lineHeight(sized(style.font, 0.85 * f)) + 0.6 * f;
    plan.panelGap = 1.1 * f;
    int rowTotal = 0;
    for (const Panel &panel : panels)
        rowTotal += int(panel.rows.size());
    const qreal fixed = panels.size() * (plan.headingHeight + plan.axisHeight)
        + std::max(0, int(panels.size()) - 1) * plan.panelGap + 0.6 * f;
    const qreal available = plan.sourcesTop - plan.top - fixed;
    const qreal minimumRow = 1.5 * f;
    plan.rowHeight = std::clamp(available / std::max(1, rowTotal), minimumRow, 4.6 * f);
    plan.missing = std::max(0.0, rowTotal * minimumRow - available);
    return plan;
}

void ChartScene::Private::layout()
{
    const QSizeF size = style.size;
    scene->setSceneRect(QRectF(QPointF(0, 0), size));
    scene->setBackgroundBrush(colors.background);
    auto *background = scene->addRect(scene->sceneRect(), Qt::NoPen, colors.background);
    background->setZValue(backgroundZ);

    // Too little room for every row: everything gets smaller, in proportion, down to 8 px.
    QList<Panel> panels = this->panels();
    Plan plan = this->plan(panels);
    for (int i = 0; i < 4 && plan.missing > 0 && f > 8; ++i) {
        f = std::max(8.0, f * size.height() / (size.height() + plan.missing) * 0.98);
        plan = this->plan(panels);
    }
    // Still too little at the smallest size: the last rows go (never half-drawn under the
    // source line), a conflict note with the bars it heads, and the subtitle says how many.
    while (plan.missing > 0 && !panels.isEmpty()) {
        Panel &last = panels.last();
        last.rows.removeLast();
        while (!last.rows.isEmpty() && last.rows.last().bar < 0) // a note left without bars
            last.rows.removeLast();
        if (last.rows.isEmpty())
            panels.removeLast();
        plan = this->plan(panels);
    }
    qsizetype hidden = content.bars.size();
    for (const Panel &panel : std::as_const(panels))
        hidden -= std::count_if(panel.rows.cbegin(), panel.rows.cend(),
                                [](const Row &row) { return row.bar >= 0; });
    const QString subtitle = hidden == 0
        ? content.subtitle
        : Tr::tr("%1 · %n more do not fit: enlarge the chart or filter", nullptr, int(hidden))
              .arg(content.subtitle);

    const qreal pad = 1.25 * f;
    const qreal innerWidth = size.width() - 2 * pad;
    const QFont titleFont = sized(style.font, 1.45 * f, true);
    const QFont subtitleFont = sized(style.font, 0.95 * f);
    const QFont sourcesFont = sized(style.font, 0.8 * f);

    qreal y = pad;
    addText(QFontMetricsF(titleFont).elidedText(content.title, Qt::ElideRight, innerWidth),
            titleFont, colors.text, QPointF(pad, y));
    y += lineHeight(titleFont) * 1.05;
    addText(QFontMetricsF(subtitleFont).elidedText(subtitle, Qt::ElideRight, innerWidth),
            subtitleFont, colors.mutedText, QPointF(pad, y));
    y += lineHeight(subtitleFont) + 0.6 * f;
    addLegend(y);
    y = plan.top;

    // The source line sits at the bottom; the panels share what is left.
    for (int i = 0; i < plan.sourceLines.size(); ++i) {
        addText(plan.sourceLines.at(i), sourcesFont, colors.mutedText,
                QPointF(pad, plan.sourcesTop + i * lineHeight(sourcesFont)));
    }

    if (panels.isEmpty()) {
        const QFont font = sized(style.font, 1.1 * f);
        const qreal width = textWidth(content.emptyText, font);
        addText(content.emptyText, font, colors.mutedText,
                QPointF((size.width() - width) / 2, (y + plan.sourcesTop - lineHeight(font)) / 2));
        return;
    }

    const bool compactRows = plan.rowHeight < 2.5 * f;
    for (const Panel &panel : panels) {
        const qreal height
            = plan.headingHeight + panel.rows.size() * plan.rowHeight + plan.axisHeight;
        addPanel(panel, QRectF(0, y, size.width(), height), plan.rowHeight, compactRows);
        y += height + plan.panelGap;
    }
}

ChartScene::ChartScene(const ChartContent &content, const ChartStyle &style)
    : d(std::make_unique<Private>(content, style))
{
}

ChartScene::~ChartScene() = default;

QGraphicsScene *ChartScene::scene() const
{
    return d->scene.get();
}

QSizeF ChartScene::size() const
{
    return d->style.size;
}

QStringList ChartScene::figures() const
{
    return d->order;
}

QRectF ChartScene::barRect(const QString &figureId) const
{
    return d->bars.value(figureId);
}

QRectF ChartScene::rowRect(const QString &figureId) const
{
    return d->rows.value(figureId);
}

QString ChartScene::figureAt(const QPointF &scenePos) const
{
    for (auto it = d->rows.cbegin(); it != d->rows.cend(); ++it) {
        if (it.value().contains(scenePos))
            return it.key();
    }
    return {};
}

QString ChartScene::barLabel(const QString &figureId) const
{
    return d->labels.value(figureId);
}

bool ChartScene::hasConflictMarker(const QString &measure) const
{
    return d->conflictMarkers.contains(measure);
}

void ChartScene::render(QPainter *painter, const QRectF &target) const
{
    painter->save();
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                            | QPainter::SmoothPixmapTransform);
    d->scene->render(painter, target, QRectF(QPointF(0, 0), d->style.size), Qt::IgnoreAspectRatio);
    painter->restore();
}

} // namespace storyline
