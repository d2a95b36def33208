// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinerenderer.h"

#include "labeltexts.h"
#include "lanelayout.h"
#include "overviewstrip.h"
#include "timeline/axislabels.h"
#include "timeline/eventindex.h"
#include "timelinecolors.h"
#include "timelinescene.h"

#include <QFontMetricsF>
#include <QHash>
#include <QLinearGradient>
#include <QPainter>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

using namespace Qt::StringLiterals;

namespace storyline {

using namespace TimelineColors;

namespace {

constexpr double markerRadius = TimelineScene::markerRadius;
constexpr double clusterHeight = TimelineScene::clusterHeight;
constexpr double labelPadding = TimelineScene::labelPadding;
constexpr double infinity = std::numeric_limits<double>::infinity();

QFont scaled(const QFont &font, double factor)
{
    QFont result = font;
    if (font.pointSizeF() > 0)
        result.setPointSizeF(font.pointSizeF() * factor);
    else
        result.setPixelSize(std::max(6, int(std::lround(font.pixelSize() * factor))));
    return result;
}

// A crisp one-pixel line: on the middle of a pixel.
double crisp(double x)
{
    return std::floor(x) + 0.5;
}

} // namespace

struct TimelineRenderer::Private
{
    using Lane = TimelineScene::Lane;
    using Tick = TimelineScene::Tick;
    using PeriodBand = TimelineScene::PeriodBand;
    using SpanBar = TimelineScene::SpanBar;
    using Marker = TimelineScene::Marker;
    using Label = TimelineScene::Label;
    using Cluster = TimelineScene::Cluster;
    using Density = TimelineScene::Density;

    void updateMetrics();
    void updateGeometry();
    void layoutAxis();
    void layoutPeriods();
    void layoutDensities();
    double tickLabelWidth(const TickLevel &level, AxisLabels::Form form);
    QColor laneColor(int lane) const;
    QColor neutralColor() const;

    void paintAxis(QPainter *p) const;
    void paintBackground(QPainter *p) const;
    void paintLanes(QPainter *p) const;

    // Input
    const EventIndex *index = nullptr;
    QList<Group> groups;
    QList<QColor> groupColors;
    bool lanesAreGroups = true;
    QList<Period> periods;
    QList<int> periodRows;
    int periodRowCount = 0;
    QString emptyText;
    QPalette palette;
    QFont font;
    QLocale locale;
    QSizeF size{800, 400};
    TimeScale scale;
    qint32 selectedId = -1;
    qint32 hoveredId = -1;
    std::optional<std::pair<double, double>> rubberBand;
    OverviewStrip overview;

    // Derived look
    bool metricsStale = true;
    QFont labelFont;
    QFont selectedFont;
    QFont extractedFont; // proposals' labels: italic
    QFont extractedSelectedFont;
    QFont smallFont;
    QFont titleFont;
    QFont majorFont;
    double rowHeight = 18;
    double labelAscent = 12;
    double smallAscent = 10;
    double axisHeight = 40;
    double majorRowHeight = 20;
    double periodRowHeight = 16;
    double laneTitleHeight = 16;
    double overviewHeight = 34;
    QHash<int, double> tickWidths;
    LabelTexts texts;

    // Layout
    bool layoutStale = true;
    QRectF axisRect;
    QRectF periodRect;
    QRectF lanesRect;
    QRectF overviewRect;
    TimelineScene scene;
};

// ---------------------------------------------------------------------------------------------
// Look and caches

void TimelineRenderer::Private::updateMetrics()
{
    metricsStale = false;
    labelFont = font;
    selectedFont = font;
    selectedFont.setWeight(QFont::Bold);
    extractedFont = labelFont;
    extractedFont.setItalic(true);
    extractedSelectedFont = selectedFont;
    extractedSelectedFont.setItalic(true);
    smallFont = scaled(font, 0.86);
    titleFont = smallFont;
    titleFont.setWeight(QFont::DemiBold);
    majorFont = font;
    majorFont.setWeight(QFont::DemiBold);

    const QFontMetricsF label(labelFont);
    const QFontMetricsF small(smallFont);
    rowHeight = std::ceil(label.height()) + 3;
    labelAscent = label.ascent();
    smallAscent = small.ascent();
    majorRowHeight = std::ceil(label.height()) + 6;
    axisHeight = majorRowHeight + std::ceil(small.height()) + 10;
    periodRowHeight = std::ceil(small.height()) + 6;
    laneTitleHeight = std::ceil(small.height()) + 6;
    overviewHeight = std::ceil(small.height()) + 28;
    overview.setLook(palette, smallFont, locale);
    tickWidths.clear();
    texts.setFont(labelFont);
}

double TimelineRenderer::Private::tickLabelWidth(const TickLevel &level, AxisLabels::Form form)
{
    const int key = int(TimeScale::levels().indexOf(level)) * 2 + int(form);
    if (const auto it = tickWidths.constFind(key); it != tickWidths.cend())
        return *it;
    const QFontMetricsF metrics(smallFont);
    double widest = 0;
    for (const QString &sample : AxisLabels::sampleLabels(level, locale, form))
        widest = std::max(widest, metrics.horizontalAdvance(sample));
    tickWidths.insert(key, widest);
    return widest;
}

QColor TimelineRenderer::Private::neutralColor() const
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.5);
}

QColor TimelineRenderer::Private::laneColor(int lane) const
{
    if (lanesAreGroups && lane < groupColors.size())
        return groupColors[lane];
    return neutralColor();
}

// ---------------------------------------------------------------------------------------------
// Layout

void TimelineRenderer::Private::updateGeometry()
{
    const double w = size.width();
    const double h = size.height();
    axisRect = QRectF(0, 0, w, axisHeight);
    const double periodHeight = periodRowCount > 0 ? periodRowCount * periodRowHeight + 4 : 0;
    periodRect = QRectF(0, axisHeight, w, periodHeight);
    overviewRect = QRectF(0, h - overviewHeight, w, overviewHeight);
    lanesRect = QRectF(0, periodRect.bottom(), w,
                       std::max(0.0, overviewRect.top() - periodRect.bottom()));
    overview.setRect(overviewRect);

    const int count = std::max(1, index ? index->laneCount() : 1);
    const double laneHeight = lanesRect.height() / count;
    scene.lanes.resize(count);
    for (int i = 0; i < count; ++i) {
        Lane &lane = scene.lanes[i];
        lane.rect = QRectF(0, lanesRect.top() + i * laneHeight, w, laneHeight);
        lane.title = lanesAreGroups && i < groups.size() ? groups[i].title : QString();
        lane.color = laneColor(i);
        lane.markerY = std::round(lane.rect.top() + laneTitleHeight + markerRadius + 5);
        lane.labelsTop = lane.markerY + markerRadius + 6;
        lane.rows = std::max(0, int((lane.rect.bottom() - 3 - lane.labelsTop) / rowHeight));
    }
}

void TimelineRenderer::Private::layoutAxis()
{
    using AxisLabels::Form;
    scene.minorTicks.clear();
    scene.majorTicks.clear();
    const double w = size.width();
    const double perPixel = scale.msecsPerPixel();

    const TickLevel level = scale.tickLevel(
        [this](const TickLevel &l) { return tickLabelWidth(l, Form::Short) + 10; });
    const double step = double(level.nominalMsecs()) / perPixel;
    const Form form = step >= tickLabelWidth(level, Form::Long) + 10 ? Form::Long : Form::Short;
    for (qint64 tick : TimeScale::ticks(level, scale.start(), scale.end())) {
        const double x = scale.toX(tick);
        if (x >= -step && x <= w)
            scene.minorTicks.append({x, AxisLabels::tickLabel(level, tick, locale, form), x + 3});
    }

    const std::optional<TickLevel> major = TimeScale::majorLevel(level);
    if (!major)
        return;
    const QFontMetricsF metrics(majorFont);
    const QList<qint64> ticks = TimeScale::ticks(*major, scale.start(), scale.end());
    for (qsizetype i = 0; i < ticks.size(); ++i) {
        const double x = scale.toX(ticks[i]);
        const double next = i + 1 < ticks.size() ? scale.toX(ticks[i + 1]) : w + 1000;
        // The first label sticks to the left edge so the context is always shown.
        const double labelX = std::max(x, 0.0) + 5;
        const double room = std::min(next, w) - labelX - 8;
        QString label = AxisLabels::majorLabel(*major, ticks[i], locale, Form::Long);
        if (metrics.horizontalAdvance(label) > room)
            label = AxisLabels::majorLabel(*major, ticks[i], locale, Form::Short);
        if (metrics.horizontalAdvance(label) > room)
            label
                = room > 30 && x < 0 ? metrics.elidedText(label, Qt::ElideRight, room) : QString();
        scene.majorTicks.append({x, label, labelX});
    }
}

void TimelineRenderer::Private::layoutPeriods()
{
    scene.periodBands.clear();
    const double w = size.width();
    const QFontMetricsF metrics(smallFont);
    for (qsizetype i = 0; i < periods.size(); ++i) {
        const Period &period = periods[i];
        const double x0 = scale.toX(period.start);
        const double x1 = scale.toX(period.end);
        if (x1 < 0 || x0 > w)
            continue;
        const double titleX = std::max(x0, 0.0) + 6;
        const double room = std::min(x1, w) - titleX - 6;
        QString title;
        if (room >= 24)
            title = metrics.elidedText(period.title, Qt::ElideRight, room);
        if (title == u"…")
            title.clear();
        scene.periodBands.append({x0, x1, periodRows.value(i), title, titleX});
    }
}

void TimelineRenderer::Private::layoutDensities()
{
    scene.densityShapes.clear();
    int most = 1;
    for (const Density &density : std::as_const(scene.densities)) {
        for (const EventIndex::Bucket &bucket : density.buckets)
            most = std::max(most, bucket.count);
    }
    // One step-shaped polygon per lane, heights shared by all lanes so they compare; none where
    // buckets hold an event or two, which would only draw noise.
    for (const Density &density : std::as_const(scene.densities)) {
        qint64 total = 0;
        for (const EventIndex::Bucket &bucket : density.buckets)
            total += bucket.count;
        if (total < 3 * density.buckets.size())
            continue;
        const Lane &lane = scene.lanes[density.lane];
        const double bottom = lane.rect.bottom() - 1;
        const double height = std::max(0.0, bottom - lane.labelsTop);
        QPolygonF shape;
        double previousRight = -infinity;
        for (const EventIndex::Bucket &bucket : density.buckets) {
            const double x0 = std::max(scale.toX(bucket.start), -1.0);
            const double x1 = std::min(scale.toX(bucket.end), size.width() + 1);
            const double y = bottom - height * bucket.count / most;
            if (x0 > previousRight + 0.5) {
                if (!shape.isEmpty())
                    shape << QPointF(previousRight, bottom);
                shape << QPointF(x0, bottom);
            }
            shape << QPointF(x0, y) << QPointF(x1, y);
            previousRight = x1;
        }
        if (!shape.isEmpty()) {
            shape << QPointF(previousRight, bottom);
            scene.densityShapes.append({shape, lane.color});
        }
    }
}

void TimelineRenderer::layout()
{
    if (d->metricsStale)
        d->updateMetrics();
    if (!d->layoutStale)
        return;
    d->layoutStale = false;
    d->scale.setWidth(d->size.width());
    d->updateGeometry();
    d->layoutAxis();
    d->layoutPeriods();

    d->scene.clearEvents();
    if (d->index && !d->index->isEmpty()) {
        // Labels up to 30 % of the width, cut to 90 pixels when crowded.
        const double longest = std::clamp(d->size.width() * 0.3, 110.0, 420.0);
        d->texts.setWidths(longest, std::min(90.0, longest));
        const LaneLayout::Style style{d->labelFont,   d->selectedFont,   d->smallFont, d->locale,
                                      d->groupColors, d->neutralColor(), d->rowHeight};
        LaneLayout lanes(*d->index, d->scale, style, d->texts);
        for (int lane = 0; lane < d->index->laneCount(); ++lane)
            lanes.layout(lane, d->selectedId, d->scene);
    }
    d->layoutDensities();
}

// ---------------------------------------------------------------------------------------------
// Painting

void TimelineRenderer::Private::paintBackground(QPainter *p) const
{
    // Long lines are drawn opaque, as one-pixel rectangles: translucent long lines are slow in
    // the raster engine. So the grid comes first and the tints go over it.
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const double w = size.width();
    p->fillRect(QRectF(QPointF(0, 0), size), base);

    const double top = periodRect.top();
    const double height = lanesRect.bottom() - top;
    const QColor minor = mix(base, text, 0.07);
    for (const Tick &tick : scene.minorTicks)
        p->fillRect(QRectF(std::floor(tick.x), top, 1, height), minor);
    const QColor major = mix(base, text, 0.2);
    for (const Tick &tick : scene.majorTicks)
        p->fillRect(QRectF(std::floor(tick.x), top, 1, height), major);

    // Every other lane tinted; periods as bands down through the lanes.
    for (qsizetype i = 1; i < scene.lanes.size(); i += 2)
        p->fillRect(scene.lanes[i].rect, withAlpha(text, 0.025));
    for (const PeriodBand &band : scene.periodBands) {
        const double x0 = std::max(band.x0, -1.0);
        const double x1 = std::min(band.x1, w + 1);
        p->fillRect(QRectF(x0, top, x1 - x0, height), withAlpha(text, 0.045));
    }
    const QColor separator = mix(base, text, 0.14);
    for (qsizetype i = 1; i < scene.lanes.size(); ++i)
        p->fillRect(QRectF(0, std::floor(scene.lanes[i].rect.top()), w, 1), separator);
}

void TimelineRenderer::Private::paintAxis(QPainter *p) const
{
    const QColor text = palette.color(QPalette::WindowText);
    p->fillRect(axisRect, palette.color(QPalette::Window));
    p->fillRect(QRectF(0, axisRect.bottom() - 1, size.width(), 1),
                mix(palette.color(QPalette::Window), text, 0.3));

    const double bottom = axisRect.bottom() - 1;
    const double descent = QFontMetricsF(smallFont).descent();
    p->setFont(smallFont);
    for (const Tick &tick : scene.minorTicks) {
        const double x = crisp(tick.x);
        p->setPen(withAlpha(text, 0.45));
        p->drawLine(QPointF(x, bottom - 6), QPointF(x, bottom));
        p->setPen(withAlpha(text, 0.85));
        p->drawText(QPointF(tick.labelX, bottom - 8 - descent), tick.label);
    }
    p->setFont(majorFont);
    for (const Tick &tick : scene.majorTicks) {
        const double x = crisp(tick.x);
        if (tick.x >= 0) {
            p->setPen(withAlpha(text, 0.45));
            p->drawLine(QPointF(x, 2), QPointF(x, bottom));
        }
        if (!tick.label.isEmpty()) {
            p->setPen(text);
            p->drawText(QPointF(tick.labelX, 3 + labelAscent), tick.label);
        }
    }

    // Periods: a bracket per period, its title inside.
    if (periodRect.height() <= 0)
        return;
    p->setFont(smallFont);
    const QColor windowText = palette.color(QPalette::Text);
    for (const PeriodBand &band : scene.periodBands) {
        const double top = periodRect.top() + 2 + band.row * periodRowHeight;
        const double x0 = std::max(band.x0, -4.0);
        const double x1 = std::min(band.x1, size.width() + 4);
        const QRectF rect(x0 + 0.5, top + 0.5, x1 - x0 - 1, periodRowHeight - 3);
        p->setRenderHint(QPainter::Antialiasing, true);
        p->setPen(QPen(withAlpha(windowText, 0.35), 1));
        p->setBrush(withAlpha(windowText, 0.06));
        p->drawRoundedRect(rect, 3, 3);
        p->setRenderHint(QPainter::Antialiasing, false);
        if (!band.title.isEmpty()) {
            p->setPen(withAlpha(windowText, 0.85));
            p->drawText(QPointF(band.titleX, top + 1 + smallAscent), band.title);
        }
    }
    p->setBrush(Qt::NoBrush);
}

void TimelineRenderer::Private::paintLanes(QPainter *p) const
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    const QColor highlight = palette.color(QPalette::Highlight);
    const QColor highlightedText = palette.color(QPalette::HighlightedText);

    p->save();
    p->setClipRect(lanesRect);
    p->setRenderHint(QPainter::Antialiasing, true);

    // Densities, faint, behind everything of the lanes.
    p->setPen(Qt::NoPen);
    p->setRenderHint(QPainter::Antialiasing, false);
    for (const auto &[shape, color] : scene.densityShapes) {
        p->setBrush(withAlpha(color, 0.16));
        p->drawPolygon(shape);
    }
    p->setRenderHint(QPainter::Antialiasing, true);

    // Spans: uncertain dates fade out at both ends, explicit durations are solid bars.
    for (const SpanBar &span : scene.spans) {
        const QRectF &r = span.rect;
        switch (span.kind) {
        case SpanBar::Uncertain: {
            QLinearGradient gradient(r.topLeft(), r.topRight());
            const double fade = std::min(0.3, 14 / std::max(1.0, r.width()));
            gradient.setColorAt(0, withAlpha(span.color, 0.05));
            gradient.setColorAt(fade, withAlpha(span.color, 0.3));
            gradient.setColorAt(1 - fade, withAlpha(span.color, 0.3));
            gradient.setColorAt(1, withAlpha(span.color, 0.05));
            p->setBrush(gradient);
            p->drawRoundedRect(r, 4, 4);
            break;
        }
        case SpanBar::Explicit:
            p->setBrush(withAlpha(span.color, 0.6));
            p->drawRoundedRect(r, 3, 3);
            break;
        case SpanBar::Day:
            p->setBrush(withAlpha(span.color, 0.14));
            p->drawRoundedRect(r, 3, 3);
            break;
        }
        if (span.extracted) {
            // A proposal's span: the same fill under a dashed outline.
            p->setBrush(Qt::NoBrush);
            p->setPen(QPen(withAlpha(span.color, 0.75), 1, Qt::DashLine));
            p->drawRoundedRect(r.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
            p->setPen(Qt::NoPen);
        }
        if (span.selected) {
            p->setBrush(Qt::NoBrush);
            p->setPen(QPen(highlight, 1.5));
            p->drawRoundedRect(r.adjusted(-1, -1, 1, 1), 4, 4);
            p->setPen(Qt::NoPen);
        }
    }

    // Leaders from markers down to their labels, behind the labels.
    p->setRenderHint(QPainter::Antialiasing, false);
    for (const Label &label : scene.labels) {
        if (label.pinned)
            continue;
        QPen leader(withAlpha(label.selected ? highlight : text, label.selected ? 0.9 : 0.35));
        if (label.extracted)
            leader.setStyle(Qt::DotLine);
        p->setPen(leader);
        const double x = crisp(label.anchorX);
        p->drawLine(QPointF(x, label.anchorY + 1), QPointF(x, label.rect.center().y()));
    }

    // Clusters.
    p->setRenderHint(QPainter::Antialiasing, true);
    p->setFont(smallFont);
    const QFontMetricsF small(smallFont);
    for (const Cluster &cluster : scene.clusters) {
        p->setPen(QPen(base, 1.5));
        p->setBrush(withAlpha(cluster.color, 0.85));
        p->drawRoundedRect(cluster.rect, clusterHeight / 2, clusterHeight / 2);
        p->setPen(textOn(cluster.color));
        const double textWidth = small.horizontalAdvance(cluster.text);
        p->drawText(
            QPointF(cluster.rect.center().x() - textWidth / 2,
                    cluster.rect.top() + (clusterHeight - small.height()) / 2 + smallAscent),
            cluster.text);
    }

    // Markers, a ring for the selected one, a badge where sources disagree.
    for (const Marker &marker : scene.markers) {
        if (marker.extracted) {
            // A proposal: hollow, its ring dashed, so it reads apart without colour too.
            p->setPen(Qt::NoPen);
            p->setBrush(base);
            p->drawEllipse(marker.pos, markerRadius + 0.5, markerRadius + 0.5);
            QPen ring(marker.color, 2, Qt::CustomDashLine, Qt::FlatCap);
            ring.setDashPattern({2.2, 1.2});
            p->setPen(ring);
            p->setBrush(withAlpha(marker.color, 0.18));
            p->drawEllipse(marker.pos, markerRadius - 0.5, markerRadius - 0.5);
        } else {
            p->setPen(QPen(base, 1.5));
            p->setBrush(marker.color);
            p->drawEllipse(marker.pos, markerRadius, markerRadius);
        }
        if (marker.selected) {
            p->setBrush(Qt::NoBrush);
            p->setPen(QPen(highlight, 2.5));
            p->drawEllipse(marker.pos, markerRadius + 3.5, markerRadius + 3.5);
        } else if (marker.id == hoveredId) {
            p->setBrush(Qt::NoBrush);
            p->setPen(QPen(withAlpha(text, 0.6), 1.5));
            p->drawEllipse(marker.pos, markerRadius + 2.5, markerRadius + 2.5);
        }
        if (marker.conflict) {
            const double offset = markerRadius + (marker.selected ? 4 : 1.5); // clear of the ring
            const QPointF c = marker.pos + QPointF(offset, -offset);
            p->setPen(QPen(QColor(0, 0, 0, 190), 1));
            p->setBrush(conflict());
            p->drawEllipse(c, 5.5, 5.5);
            p->setPen(QPen(Qt::black, 1.6, Qt::SolidLine, Qt::RoundCap));
            p->drawLine(c + QPointF(0, -3), c + QPointF(0, 0.6));
            p->drawPoint(c + QPointF(0, 2.9));
        }
    }

    // Labels on a veil of the background, so grid lines and leaders stay behind them.
    p->setRenderHint(QPainter::Antialiasing, false);
    const QColor veil = withAlpha(base, 0.88);
    for (const Label &label : scene.labels) {
        if (label.selected) {
            p->setRenderHint(QPainter::Antialiasing, true);
            p->setPen(Qt::NoPen);
            p->setBrush(highlight);
            p->drawRoundedRect(label.rect, 3, 3);
            p->setRenderHint(QPainter::Antialiasing, false);
            p->setFont(selectedFont);
            p->setPen(highlightedText);
        } else {
            p->fillRect(label.rect, veil);
            p->setFont(label.extracted ? extractedFont : labelFont);
            p->setPen(label.id == hoveredId ? highlight
                          : label.extracted ? withAlpha(text, 0.8)
                                            : text);
        }
        if (label.selected && label.extracted)
            p->setFont(extractedSelectedFont);
        p->drawText(QPointF(label.rect.left() + labelPadding, label.rect.top() + 1 + labelAscent),
                    label.text);
    }
    p->restore();

    // Lane titles (or the legend of the groups when there is one lane).
    p->setRenderHint(QPainter::Antialiasing, true);
    p->setFont(titleFont);
    const QFontMetricsF titles(titleFont);
    const auto drawTitle = [&](double x, double y, const QColor &color, const QString &title) {
        const double width = titles.horizontalAdvance(title);
        p->fillRect(QRectF(x - 3, y, width + 20, laneTitleHeight - 2), withAlpha(base, 0.8));
        p->setPen(Qt::NoPen);
        p->setBrush(color);
        p->drawEllipse(QPointF(x + 4, y + (laneTitleHeight - 2) / 2), 4, 4);
        p->setPen(withAlpha(text, 0.85));
        p->drawText(QPointF(x + 12, y + 2 + smallAscent), title);
        return x + width + 26;
    };
    for (qsizetype i = 0; i < scene.lanes.size(); ++i) {
        const Lane &lane = scene.lanes[i];
        const double y = lane.rect.top() + 2;
        if (lanesAreGroups) {
            if (!lane.title.isEmpty())
                drawTitle(6, y, lane.color, lane.title);
        } else {
            double x = 6;
            for (qsizetype g = 0; g < groups.size(); ++g)
                x = drawTitle(x, y, groupColors.value(g), groups[g].title);
        }
    }
}

void TimelineRenderer::paint(QPainter *painter)
{
    layout();
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setRenderHint(QPainter::TextAntialiasing, true);
    d->paintBackground(painter);
    d->paintAxis(painter);
    d->paintLanes(painter);

    const QColor text = d->palette.color(QPalette::Text);
    if ((!d->index || d->index->isEmpty()) && !d->emptyText.isEmpty()) {
        painter->setFont(d->labelFont);
        painter->setPen(withAlpha(text, 0.65));
        painter->drawText(d->lanesRect.adjusted(20, 20, -20, -20),
                          Qt::AlignCenter | Qt::TextWordWrap, d->emptyText);
    }

    d->overview.paint(painter, d->scale);

    if (d->rubberBand) {
        const auto [a, b] = *d->rubberBand;
        const QRectF band(std::min(a, b), 0, std::abs(b - a), d->lanesRect.bottom());
        const QColor highlight = d->palette.color(QPalette::Highlight);
        painter->fillRect(band, withAlpha(highlight, 0.18));
        painter->setPen(QPen(highlight, 1));
        painter->drawLine(QPointF(crisp(band.left()), 0),
                          QPointF(crisp(band.left()), band.bottom()));
        painter->drawLine(QPointF(crisp(band.right()), 0),
                          QPointF(crisp(band.right()), band.bottom()));
    }
    painter->restore();
}

// ---------------------------------------------------------------------------------------------
// Setters and queries

TimelineRenderer::TimelineRenderer()
    : d(std::make_unique<Private>())
{
}

TimelineRenderer::~TimelineRenderer() = default;

void TimelineRenderer::setIndex(const EventIndex *index)
{
    d->index = index;
    d->overview.setIndex(index);
    invalidate();
}

void TimelineRenderer::setGroups(const QList<Group> &groups)
{
    d->groups = groups;
    d->groupColors.clear();
    for (qsizetype i = 0; i < groups.size(); ++i)
        d->groupColors.append(TimelineColors::group(groups[i].key, int(i), d->palette));
    invalidate();
}

void TimelineRenderer::setLanesAreGroups(bool lanesAreGroups)
{
    d->lanesAreGroups = lanesAreGroups;
    invalidate();
}

void TimelineRenderer::setPeriods(const QList<Period> &periods)
{
    d->periods = periods;
    // Rows for the period brackets, so overlapping periods do not cover each other; a fixed
    // number whatever the zoom, so the lanes do not move.
    QList<qsizetype> order(periods.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return periods[a].start < periods[b].start; });
    QList<qint64> rowEnds;
    d->periodRows.fill(0, periods.size());
    for (qsizetype i : order) {
        qsizetype row = 0;
        while (row < rowEnds.size() && rowEnds[row] > periods[i].start)
            ++row;
        if (row == rowEnds.size()) {
            if (rowEnds.size() < 3)
                rowEnds.append(0);
            else
                row = rowEnds.size() - 1;
        }
        rowEnds[row] = std::max(rowEnds[row], periods[i].end);
        d->periodRows[i] = int(row);
    }
    d->periodRowCount = int(rowEnds.size());
    invalidate();
}

void TimelineRenderer::setTitleProvider(std::function<QString(qint32)> provider)
{
    d->texts.setProvider(std::move(provider));
    invalidate();
}

void TimelineRenderer::setOverviewRange(qint64 first, qint64 last)
{
    d->overview.setRange(first, last);
}

void TimelineRenderer::setEmptyText(const QString &text)
{
    d->emptyText = text;
}

void TimelineRenderer::setPalette(const QPalette &palette)
{
    d->palette = palette;
    d->metricsStale = true;
    setGroups(d->groups); // group colours depend on the palette being light or dark
}

void TimelineRenderer::setFont(const QFont &font)
{
    d->font = font;
    d->metricsStale = true;
    invalidate();
}

void TimelineRenderer::setLocale(const QLocale &locale)
{
    d->locale = locale;
    d->metricsStale = true;
    invalidate();
}

void TimelineRenderer::setSize(const QSizeF &size)
{
    if (size == d->size)
        return;
    d->size = size;
    d->scale.setWidth(size.width());
    d->layoutStale = true;
}

QSizeF TimelineRenderer::size() const
{
    return d->size;
}

void TimelineRenderer::setScale(const TimeScale &scale)
{
    if (scale == d->scale)
        return;
    d->scale = scale;
    d->layoutStale = true;
}

const TimeScale &TimelineRenderer::scale() const
{
    return d->scale;
}

void TimelineRenderer::setSelectedId(qint32 id)
{
    if (id == d->selectedId)
        return;
    d->selectedId = id;
    d->layoutStale = true;
}

qint32 TimelineRenderer::selectedId() const
{
    return d->selectedId;
}

void TimelineRenderer::setHoveredId(qint32 id)
{
    d->hoveredId = id;
}

void TimelineRenderer::setRubberBand(std::optional<std::pair<double, double>> band)
{
    d->rubberBand = band;
}

void TimelineRenderer::invalidate()
{
    d->layoutStale = true;
    d->texts.clear();
    d->overview.invalidate();
    const int lanes = std::max(1, d->index ? d->index->laneCount() : 1);
    QList<QColor> colors;
    for (int lane = 0; lane < lanes; ++lane)
        colors.append(d->laneColor(lane));
    d->overview.setLaneColors(colors);
}

QRectF TimelineRenderer::axisRect()
{
    layout();
    return d->axisRect;
}

QRectF TimelineRenderer::lanesRect()
{
    layout();
    return d->lanesRect;
}

QRectF TimelineRenderer::overviewRect()
{
    layout();
    return d->overviewRect;
}

int TimelineRenderer::laneCount()
{
    layout();
    return int(d->scene.lanes.size());
}

QRectF TimelineRenderer::laneRect(int lane)
{
    layout();
    return lane >= 0 && lane < d->scene.lanes.size() ? d->scene.lanes[lane].rect : QRectF();
}

QRectF TimelineRenderer::overviewWindowRect()
{
    layout();
    return d->overview.windowRect(d->scale);
}

qint64 TimelineRenderer::overviewTime(double x) const
{
    return d->overview.toTime(x);
}

double TimelineRenderer::overviewX(qint64 msecs) const
{
    return d->overview.toX(msecs);
}

TimelineRenderer::Hit TimelineRenderer::hitTest(const QPointF &pos)
{
    layout();
    Hit hit;
    if (d->overviewRect.contains(pos)) {
        hit.kind = HitKind::Overview;
        hit.rect = d->overviewRect;
        return hit;
    }
    if (d->axisRect.contains(pos) || d->periodRect.contains(pos)) {
        hit.kind = HitKind::Axis;
        hit.rect = d->axisRect.united(d->periodRect);
        return hit;
    }
    // The nearest marker within reach, then labels, clusters and spans, topmost first.
    double nearest = (markerRadius + 4) * (markerRadius + 4);
    for (const Private::Marker &marker : std::as_const(d->scene.markers)) {
        const QPointF delta = marker.pos - pos;
        const double distance = QPointF::dotProduct(delta, delta);
        if (distance <= nearest) {
            nearest = distance;
            hit.kind = HitKind::Event;
            hit.id = marker.id;
            hit.rect = QRectF(marker.pos - QPointF(markerRadius, markerRadius),
                              QSizeF(2 * markerRadius, 2 * markerRadius));
        }
    }
    if (hit.kind == HitKind::Event)
        return hit;
    for (auto it = d->scene.labels.crbegin(); it != d->scene.labels.crend(); ++it) {
        if (it->rect.contains(pos)) {
            hit.kind = HitKind::Event;
            hit.id = it->id;
            hit.rect = it->rect;
            return hit;
        }
    }
    for (const Private::Cluster &cluster : std::as_const(d->scene.clusters)) {
        if (!cluster.rect.adjusted(-2, -2, 2, 2).contains(pos))
            continue;
        hit.kind = HitKind::Cluster;
        hit.rect = cluster.rect;
        hit.count = cluster.count;
        hit.start = std::numeric_limits<qint64>::max();
        hit.end = std::numeric_limits<qint64>::min();
        for (const auto &[first, end] : cluster.ranges) {
            for (int position = first; position < end; ++position) {
                if (position == cluster.skip)
                    continue;
                const TimelineItem &item = d->index->at(cluster.lane, position);
                if (hit.ids.size() < 8)
                    hit.ids.append(item.id);
                hit.start = std::min(hit.start, item.start);
                hit.end = std::max(hit.end, item.anchor());
                // A range is in start order: only its last start matters now.
                if (hit.ids.size() >= 8 && position + 2 < end)
                    position = end - 2;
            }
        }
        return hit;
    }
    for (auto it = d->scene.spanHits.crbegin(); it != d->scene.spanHits.crend(); ++it) {
        if (it->rect.adjusted(0, -3, 0, 3).contains(pos)) {
            hit.kind = HitKind::Event;
            hit.id = it->id;
            hit.rect = it->rect;
            return hit;
        }
    }
    if (d->lanesRect.contains(pos))
        hit.kind = HitKind::Plot;
    return hit;
}

std::optional<QPointF> TimelineRenderer::markerPosition(qint32 id)
{
    layout();
    const auto it = d->scene.markerPositions.constFind(id);
    if (it == d->scene.markerPositions.cend())
        return std::nullopt;
    return *it;
}

std::optional<QRectF> TimelineRenderer::clusterRect(qint32 id)
{
    layout();
    if (!d->index)
        return std::nullopt;
    const EventIndex::Location where = d->index->locate(id);
    for (const Private::Cluster &cluster : std::as_const(d->scene.clusters)) {
        if (cluster.lane != where.lane || where.position == cluster.skip)
            continue;
        for (const auto &[first, end] : cluster.ranges) {
            if (where.position >= first && where.position < end)
                return cluster.rect;
        }
    }
    return std::nullopt;
}

QList<QRectF> TimelineRenderer::labelRects()
{
    layout();
    QList<QRectF> rects;
    for (const Private::Label &label : std::as_const(d->scene.labels))
        rects.append(label.rect);
    return rects;
}

QList<QRectF> TimelineRenderer::clusterRects()
{
    layout();
    QList<QRectF> rects;
    for (const Private::Cluster &cluster : std::as_const(d->scene.clusters))
        rects.append(cluster.rect);
    return rects;
}

} // namespace storyline
