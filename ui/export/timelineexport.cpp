// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineexport.h"

#include "story/story.h"
#include "timeline/timelinerenderer.h"
#include "timeline/timescale.h"
#include "uistyle.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPalette>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace storyline {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TimelineExport)
};

// The layout is made for a 1600×900 canvas; bigger targets draw it proportionally larger.
constexpr double designWidth = 1600;
constexpr double designHeight = 900;
constexpr double labelPixels = 15; // event labels; the axis and lane titles are a little smaller
constexpr double titlePixels = 26;
constexpr double subtitlePixels = 15;
constexpr double captionPixels = 13;
constexpr double minimumLabelPixels = 10; // small targets keep readable text, showing less time
constexpr double margin = 28;
// Room around the whole story: for the first marker, and the last event's label.
constexpr double leftRoom = 28;

// How much larger than the design the target draws it: by area, so a portrait page gets text
// about as large as a landscape one of the same size, but never so large that fewer than
// 1280 by 600 pixels of layout remain (labels are cut to 30 % of the width), nor so small that
// labels drop below 10 pixels.
double designScale(const QSizeF &target)
{
    double k = std::sqrt(target.width() * target.height() / (designWidth * designHeight));
    k = std::min({k, target.width() / 1280, target.height() / 600});
    return std::max(k, minimumLabelPixels / labelPixels);
}

QFont fontOf(double pixels, QFont::Weight weight = QFont::Normal)
{
    QFont font = QGuiApplication::font();
    font.setPixelSize(int(std::lround(pixels)));
    font.setWeight(weight);
    return font;
}

// The chart's themes as a palette for the timeline renderer.
QPalette paletteOf(ChartTheme theme)
{
    const ChartColors colors = ChartColors::of(theme);
    QPalette palette;
    palette.setColor(QPalette::Base, colors.background);
    palette.setColor(QPalette::Text, colors.text);
    palette.setColor(QPalette::WindowText, colors.text);
    palette.setColor(QPalette::PlaceholderText, colors.mutedText);
    switch (theme) {
    case ChartTheme::Light:
        palette.setColor(QPalette::Window, QColor(0xF3, 0xF4, 0xF6));
        palette.setColor(QPalette::Highlight, QColor(0x00, 0x72, 0xB2));
        palette.setColor(QPalette::HighlightedText, Qt::white);
        break;
    case ChartTheme::Dark:
        palette.setColor(QPalette::Window, QColor(0x2A, 0x2B, 0x2F));
        palette.setColor(QPalette::Highlight, QColor(0x56, 0xB4, 0xE9));
        palette.setColor(QPalette::HighlightedText, Qt::black);
        break;
    case ChartTheme::Print:
        // White paper: the axis band stays white, set off by its rule.
        palette.setColor(QPalette::Window, colors.background);
        palette.setColor(QPalette::Highlight, Qt::black);
        palette.setColor(QPalette::HighlightedText, Qt::white);
        break;
    }
    return palette;
}

// The lanes' names, as the timeline view has them (same translation context, so one
// translation serves both).
QString groupTitle(const QString &key)
{
    if (key == u"industry")
        return QCoreApplication::translate("storyline::TimelineView", "Nvidia and industry");
    if (key == u"us-government")
        return QCoreApplication::translate("storyline::TimelineView", "US government");
    if (key == u"china")
        return QCoreApplication::translate("storyline::TimelineView", "China");
    if (key == u"other" || key.isEmpty())
        return QCoreApplication::translate("storyline::TimelineView", "Other");
    QString title = key;
    title.replace(u'-', u' ');
    if (!title.isEmpty())
        title[0] = title[0].toUpper();
    return title;
}

// The height a lane needs: down to its lowest label or cluster, and two rows more.
double neededLaneHeight(TimelineRenderer &renderer, double rowHeight)
{
    const QList<QRectF> boxes = renderer.labelRects() + renderer.clusterRects();
    double lowest = rowHeight;
    for (int i = 0; i < renderer.laneCount(); ++i) {
        const QRectF lane = renderer.laneRect(i);
        for (const QRectF &box : boxes) {
            if (lane.contains(box.center()))
                lowest = std::max(lowest, box.bottom() - lane.top());
        }
    }
    return lowest + 2 * rowHeight;
}

bool overlaps(qint64 start, qint64 end, const std::pair<qint64, qint64> &window)
{
    return start < window.second && end > window.first;
}

} // namespace

TimelineExport::TimelineExport(const Story &story, const QString &language)
    : m_story(story)
    , m_language(language)
{
    rebuild();
}

void TimelineExport::setLanguage(const QString &language)
{
    m_language = language;
}

void TimelineExport::setEntities(const QStringList &entities)
{
    if (entities == m_entities)
        return;
    m_entities = entities;
    rebuild();
}

void TimelineExport::setLanesVisible(bool visible)
{
    if (visible == m_lanes)
        return;
    m_lanes = visible;
    rebuild();
}

void TimelineExport::setRange(qint64 start, qint64 end)
{
    m_range = std::pair{start, std::max(end, start + TimeScale::minimumSpan)};
}

void TimelineExport::setDays(QDate first, QDate last)
{
    setRange(TimeUnits::fromDate(first), TimeUnits::fromDate(last.addDays(1)));
}

void TimelineExport::setWholeStory()
{
    m_range.reset();
}

void TimelineExport::rebuild()
{
    m_timeline.build(m_story, m_entities, m_lanes);
}

std::pair<qint64, qint64> TimelineExport::shownRange() const
{
    if (m_range)
        return *m_range;
    const EventIndex &index = m_timeline.index();
    if (!index.isEmpty())
        return {index.firstStart(), std::max(index.lastEnd(), index.firstStart() + TimeUnits::day)};
    return {m_timeline.storyFirst(),
            std::max(m_timeline.storyLast(), m_timeline.storyFirst() + TimeUnits::day)};
}

int TimelineExport::shownEventCount() const
{
    const auto [from, to] = shownRange();
    return m_timeline.index().isEmpty() ? 0 : m_timeline.index().countOverlapping(from, to);
}

QStringList TimelineExport::shownSources() const
{
    const std::pair<qint64, qint64> window = shownRange();
    QSet<QString> ids;
    for (const int i : m_timeline.events()) {
        const Event &event = m_story.events[i];
        if (!overlaps(StoryTimeline::eventStart(event), StoryTimeline::eventEnd(event), window))
            continue;
        for (const Source &source : event.sources)
            ids.insert(source.article);
    }
    for (const Period &period : m_story.periods) {
        if (!overlaps(TimeUnits::fromDate(period.start.first()),
                      TimeUnits::fromDate(period.end.last().addDays(1)), window))
            continue;
        for (const Source &source : period.sources)
            ids.insert(source.article);
    }
    QStringList sorted(ids.cbegin(), ids.cend());
    std::sort(sorted.begin(), sorted.end());
    return sorted;
}

QString TimelineExport::title() const
{
    const QString title = m_story.title.text(m_language);
    return title.isEmpty() ? Tr::tr("Timeline") : title;
}

QString TimelineExport::subtitle() const
{
    const auto [from, to] = shownRange();
    const QDate first = TimeUnits::toDate(from);
    const QDate last = TimeUnits::toDate(std::max(from, to - 1));
    QStringList parts{
        UiStyle::dateText(PartialDate::day(first), PartialDate::day(last), m_language)};
    parts.append(QCoreApplication::translate("storyline::TimelineView", "%n events", nullptr,
                                             shownEventCount()));
    if (!m_entities.isEmpty()) {
        QStringList names;
        for (const QString &id : m_entities) {
            const Entity *entity = m_story.entity(id);
            names.append(entity ? entity->displayName(m_language) : id);
        }
        parts.append(Tr::tr("events involving %1").arg(names.join(u", "_s)));
    }
    if (m_lanes && m_timeline.groups().size() > 1)
        parts.append(Tr::tr("one lane per group of actors"));
    return parts.join(u" · "_s);
}

QString TimelineExport::caption() const
{
    return caption(-1);
}

QString TimelineExport::caption(qsizetype limit) const
{
    const QStringList ids = shownSources();
    QStringList sources;
    for (const QString &id : ids) {
        if (limit >= 0 && sources.size() >= limit) {
            sources.append(Tr::tr("and %n more", nullptr, int(ids.size() - limit)));
            break;
        }
        const Article *article = m_story.article(id);
        sources.append(article ? UiStyle::articleLabel(*article, m_language) : id);
    }
    QString caption = sources.isEmpty()
        ? Tr::tr("No sources: no events in this window.")
        : QCoreApplication::translate("storyline::FiguresChart", "Sources: %1.")
              .arg(sources.join(u"; "_s));
    const auto [from, to] = shownRange();
    const bool conflict = std::any_of(
        m_timeline.events().cbegin(), m_timeline.events().cend(), [&, from = from, to = to](int i) {
            const Event &event = m_story.events[i];
            return overlaps(StoryTimeline::eventStart(event), StoryTimeline::eventEnd(event),
                            {from, to})
                && m_story.eventHasConflict(event);
        });
    if (conflict)
        caption += u' ' % Tr::tr("A yellow “!” marks an event whose sources disagree on a figure.");
    return caption;
}

QString TimelineExport::fittedCaption(const QFontMetricsF &metrics, double width,
                                      double limit) const
{
    const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
    const auto fits = [&](const QString &text) {
        return metrics.boundingRect(QRectF(0, 0, width, 1e6), flags, text).height() <= limit;
    };
    const QString whole = caption();
    if (fits(whole))
        return whole;
    // By halves: the most sources whose caption fits, and a count of the others.
    qsizetype shown = 0;
    qsizetype tooMany = shownSources().size();
    while (tooMany - shown > 1) {
        const qsizetype middle = (shown + tooMany) / 2;
        (fits(caption(middle)) ? shown : tooMany) = middle;
    }
    return caption(shown);
}

void TimelineExport::setUp(TimelineRenderer &renderer, const QPalette &palette) const
{
    renderer.setPalette(palette);
    renderer.setFont(fontOf(labelPixels));
    renderer.setLocale(QLocale(m_language));
    renderer.setIndex(&m_timeline.index());
    QList<TimelineRenderer::Group> groups;
    for (const QString &key : m_timeline.groups())
        groups.append({key, groupTitle(key)});
    renderer.setGroups(groups);
    renderer.setLanesAreGroups(m_lanes);
    QList<TimelineRenderer::Period> periods;
    for (const Period &period : m_story.periods) {
        periods.append({TimeUnits::fromDate(period.start.first()),
                        TimeUnits::fromDate(period.end.last().addDays(1)),
                        period.title.text(m_language)});
    }
    renderer.setPeriods(periods);
    renderer.setTitleProvider([story = &m_story, language = m_language](qint32 id) {
        return id >= 0 && id < story->events.size() ? story->events[id].title.text(language)
                                                    : QString();
    });
    renderer.setEmptyText(m_story.events.isEmpty()
                              ? Tr::tr("No events to show.")
                              : Tr::tr("No event involves all the selected entities."));
    const qint64 first = m_timeline.storyFirst();
    const qint64 last = std::max(m_timeline.storyLast(), first + TimeUnits::day);
    const qint64 pad = std::max<qint64>((last - first) / 40, TimeUnits::day);
    renderer.setOverviewRange(first - pad, last + pad);
}

TimeScale TimelineExport::timeScale(double width) const
{
    TimeScale scale;
    scale.setWidth(width);
    const auto [from, to] = shownRange();
    if (!isWholeStory()) {
        scale.setRange(from, to);
        return scale;
    }
    // As "zoom to fit" does: room on the left for the first marker, on the right for the last
    // label.
    const double rightRoom = std::min(200.0, width * 0.2);
    const double usable = std::max(width / 3, width - leftRoom - rightRoom);
    const double perPixel = double(std::max<qint64>(to - from, 1)) / usable;
    const qint64 start = from - qint64(leftRoom * perPixel);
    scale.setRange(start, start + qint64(width * perPixel));
    return scale;
}

void TimelineExport::paint(QPainter *painter, const QRectF &target, ChartTheme theme) const
{
    if (target.isEmpty())
        return;
    const double k = designScale(target.size());
    const QSizeF canvas = target.size() / k;
    const ChartColors colors = ChartColors::of(theme);

    painter->save();
    painter->translate(target.topLeft());
    painter->scale(k, k);
    painter->setClipRect(QRectF(QPointF(0, 0), canvas), Qt::IntersectClip);
    painter->fillRect(QRectF(QPointF(0, 0), canvas), colors.background);
    painter->setRenderHint(QPainter::TextAntialiasing, true);

    const double width = canvas.width() - 2 * margin;
    const QFont titleFont = fontOf(titlePixels, QFont::Bold);
    const QFont subtitleFont = fontOf(subtitlePixels);
    const QFont captionFont = fontOf(captionPixels);
    const QFontMetricsF titleMetrics(titleFont);
    const QFontMetricsF subtitleMetrics(subtitleFont);
    const QFontMetricsF captionMetrics(captionFont);

    // Title and subtitle.
    double y = margin * 0.75;
    painter->setFont(titleFont);
    painter->setPen(colors.text);
    painter->drawText(QPointF(margin, y + titleMetrics.ascent()),
                      titleMetrics.elidedText(title(), Qt::ElideRight, width));
    y += titleMetrics.height() + 2;
    painter->setFont(subtitleFont);
    painter->setPen(colors.mutedText);
    painter->drawText(QPointF(margin, y + subtitleMetrics.ascent()),
                      subtitleMetrics.elidedText(subtitle(), Qt::ElideRight, width));
    y += subtitleMetrics.height() + 12;

    // The caption, from the bottom up; a long list of sources keeps to a quarter of the page.
    const int flags = Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap;
    const QString captionText = fittedCaption(captionMetrics, width, canvas.height() / 4);
    const double captionHeight
        = captionMetrics.boundingRect(QRectF(0, 0, width, 1e6), flags, captionText).height();
    const double captionTop = canvas.height() - margin * 0.75 - captionHeight;

    // The timeline between them.
    QRectF body(margin, y, width, std::max(40.0, captionTop - 12 - y));
    TimelineRenderer renderer;
    setUp(renderer, paletteOf(theme));
    renderer.setSize(body.size());
    renderer.setScale(timeScale(body.width()));
    // The overview strip places a window within the story; the whole story needs none, so it
    // is laid out below the body, out of sight.
    const double overview = isWholeStory() ? renderer.overviewRect().height() : 0;
    renderer.setSize(QSizeF(body.width(), body.height() + overview));

    // A page taller than the design gives the lanes far more room than their labels use: they
    // keep what they need, the caption follows them, and the foot of the page stays blank.
    double captionY = captionTop;
    if (canvas.height() > canvas.width() * designHeight / designWidth * 1.1) {
        const double rowHeight = std::ceil(QFontMetricsF(fontOf(labelPixels)).height()) + 3;
        const double lane = renderer.laneRect(0).height();
        const double needed = neededLaneHeight(renderer, rowHeight);
        if (lane > 2 * needed) {
            body.setHeight(body.height() - renderer.laneCount() * (lane - needed));
            renderer.setSize(QSizeF(body.width(), body.height() + overview));
            captionY = body.bottom() + 12;
        }
    }

    painter->save();
    painter->translate(body.topLeft());
    painter->setClipRect(QRectF(QPointF(0, 0), body.size()), Qt::IntersectClip);
    renderer.paint(painter);
    painter->restore();
    // Clipped away, and covered too: QSvgGenerator drops clipping.
    if (overview > 0)
        painter->fillRect(QRectF(body.left() - 1, body.bottom(), body.width() + 2, overview + 1),
                          colors.background);
    painter->setPen(QPen(colors.grid, 1));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(body.adjusted(-0.5, -0.5, 0.5, 0.5));

    painter->setFont(captionFont);
    painter->setPen(colors.mutedText);
    painter->drawText(QRectF(margin, captionY, width, captionHeight), flags, captionText);
    painter->restore();
}

ExportPicture TimelineExport::picture() const
{
    ExportPicture picture;
    picture.title = title();
    picture.description = subtitle() % u'\n' % caption();
    picture.paint = [this](QPainter *painter, const QRectF &target, ChartTheme theme) {
        paint(painter, target, theme);
    };
    return picture;
}

} // namespace storyline
