// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include "eventeditdialog.h"
#include "story/story.h"
#include "storydocument.h"
#include "storyselection.h"
#include "timeline/storytimeline.h"
#include "timeline/timescale.h"
#include "timelinerenderer.h"
#include "uistyle.h"

#include <QApplication>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPainter>
#include <QStyle>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

using namespace Qt::StringLiterals;

namespace storyline {

namespace {

constexpr double wheelZoomPerNotch = 1.25;
constexpr double keyZoom = 1.5;
constexpr double fitLeftMargin = 28;
constexpr qint64 minimumEventView = 14 * TimeUnits::day;

} // namespace

struct TimelineView::Private
{
    enum class Drag { None, Pending, Pan, RubberBand, Overview };

    explicit Private(TimelineView *view)
        : q(view)
    {
    }

    void rebuild();
    void updateLook();
    void updateGroups();
    void setScale(const TimeScale &scale); // applies, repaints, tells the world
    void zoomAround(double factor, double anchorX);
    void zoomToRange(qint64 start, qint64 end, double rightMargin = 40);
    void ensureVisible(int eventIndex);
    void select(int eventIndex);
    int currentIndex() const; // in Story::events, -1 when none
    int eventIndex(const QString &eventId) const;
    qint64 anchor(int eventIndex) const; // where its marker is
    double keyAnchor() const;
    QString toolTip(const TimelineRenderer::Hit &hit) const;
    QString eventToolTip(const Event &event) const;
    QString groupTitle(const QString &key) const;

    TimelineView *q;
    const Story *story = nullptr;
    QPointer<StorySelection> selection;
    QPointer<StoryDocument> document;
    QString language = u"en"_s;
    bool lanesVisible = true;
    // Story::events' indexes in the order of their ids, for finding an event by id: a tenth of
    // the memory of a hash table at a million events.
    std::vector<qint32> eventsById;
    void indexEvents();
    StoryTimeline timeline;
    TimelineRenderer renderer;
    TimeScale scale;
    bool followSize = true; // zoomed to fit until the user zooms or pans
    QDateTime emittedStart;
    QDateTime emittedEnd;

    Drag drag = Drag::None;
    QPointF pressPos;
    TimeScale pressScale;
    double overviewGrab = 0; // where in the overview window the user grabbed it
    qint32 hovered = -1;
    QString accessibleName;
    QString accessibleDescription;
};

// ---------------------------------------------------------------------------------------------
// Content

QString TimelineView::Private::groupTitle(const QString &key) const
{
    if (key == u"industry")
        return TimelineView::tr("Nvidia and industry");
    if (key == u"us-government")
        return TimelineView::tr("US government");
    if (key == u"china")
        return TimelineView::tr("China");
    if (key == u"other" || key.isEmpty())
        return TimelineView::tr("Other");
    // A group the story defines: its key, readable.
    QString title = key;
    title.replace(u'-', u' ');
    if (!title.isEmpty())
        title[0] = title[0].toUpper();
    return title;
}

void TimelineView::Private::updateGroups()
{
    QList<TimelineRenderer::Group> groups;
    for (const QString &key : timeline.groups())
        groups.append({key, groupTitle(key)});
    renderer.setGroups(groups);
    renderer.setLanesAreGroups(lanesVisible);
    renderer.setEmptyText(story && !story->events.isEmpty()
                              ? TimelineView::tr("No event involves all the selected entities.")
                              : TimelineView::tr("No events to show."));
}

void TimelineView::Private::rebuild()
{
    static const Story empty;
    const QStringList entities = selection ? selection->entities() : QStringList();
    timeline.build(story ? *story : empty, entities, lanesVisible);
    renderer.setIndex(&timeline.index());
    updateGroups();

    QList<TimelineRenderer::Period> periods;
    if (story) {
        for (const Period &period : story->periods) {
            periods.append({TimeUnits::fromDate(period.start.first()),
                            TimeUnits::fromDate(period.end.last().addDays(1)),
                            period.title.text(language)});
        }
    }
    renderer.setPeriods(periods);
    renderer.setTitleProvider([this](qint32 id) {
        return story && id >= 0 && id < story->events.size()
            ? story->events[id].title.text(language)
            : QString();
    });

    // The overview spans the whole story with a little room; the window stays over it.
    if (story && !story->events.isEmpty()) {
        const qint64 first = timeline.storyFirst();
        const qint64 last = timeline.storyLast();
        const qint64 pad = std::max<qint64>((last - first) / 40, TimeUnits::day);
        renderer.setOverviewRange(first - pad, last + pad);
        scale.setBounds(first, last);
    } else {
        const qint64 now = TimeUnits::fromDateTime(QDateTime::currentDateTimeUtc());
        renderer.setOverviewRange(now - TimeUnits::averageYear, now);
        scale.setBounds(now - 100 * TimeUnits::averageYear, now + 100 * TimeUnits::averageYear);
    }
    renderer.setSelectedId(currentIndex());
    setScale(scale);
}

void TimelineView::Private::updateLook()
{
    renderer.setPalette(q->palette());
    renderer.setFont(q->font());
    renderer.setLocale(QLocale(language));
    updateGroups();
    q->update();
}

// ---------------------------------------------------------------------------------------------
// The window

void TimelineView::Private::setScale(const TimeScale &newScale)
{
    scale = newScale;
    scale.setWidth(std::max(1, q->width()));
    renderer.setSize(q->size());
    renderer.setScale(scale);
    q->update();
    const QDateTime start = TimeUnits::toDateTime(scale.start());
    const QDateTime end = TimeUnits::toDateTime(scale.end());
    if (start != emittedStart || end != emittedEnd) {
        emittedStart = start;
        emittedEnd = end;
        Q_EMIT q->visibleRangeChanged(start, end);
    }
}

void TimelineView::Private::zoomAround(double factor, double anchorX)
{
    followSize = false;
    TimeScale s = scale;
    if (s.zoom(factor, anchorX))
        setScale(s);
}

void TimelineView::Private::zoomToRange(qint64 start, qint64 end, double rightMargin)
{
    // [start, end] between a left margin and `rightMargin` (room for the last label).
    const double width = std::max(1, q->width());
    const double usable = std::max(width / 3, width - fitLeftMargin - rightMargin);
    const double perPixel = double(std::max<qint64>(end - start, 1)) / usable;
    const qint64 from = start - qint64(fitLeftMargin * perPixel);
    TimeScale s = scale;
    s.setRange(from, from + qint64(width * perPixel));
    setScale(s);
}

int TimelineView::Private::currentIndex() const
{
    return selection ? eventIndex(selection->currentEvent()) : -1;
}

qint64 TimelineView::Private::anchor(int eventIndex) const
{
    const EventIndex::Location where = timeline.index().locate(eventIndex);
    return where.isValid() ? timeline.index().at(where.lane, where.position).anchor() : 0;
}

void TimelineView::Private::ensureVisible(int eventIndex)
{
    if (!story || eventIndex < 0 || !timeline.passes(eventIndex))
        return;
    const double x = scale.toX(anchor(eventIndex));
    const double width = scale.width();
    // Room on the left for the marker, on the right for its label.
    if (x >= 24 && x <= width - std::min(260.0, width / 3))
        return;
    TimeScale s = scale;
    s.pan(width * 0.35 - x);
    setScale(s);
}

void TimelineView::Private::select(int eventIndex)
{
    if (!story || !selection || eventIndex < 0)
        return;
    selection->setCurrentEvent(story->events[eventIndex].id);
    // Already selected: still bring it into view.
    ensureVisible(eventIndex);
}

double TimelineView::Private::keyAnchor() const
{
    // Zooming with the keyboard keeps the selected event in place when it is in view.
    const int current = currentIndex();
    if (current >= 0 && timeline.passes(current)) {
        const double x = scale.toX(anchor(current));
        if (x >= 0 && x <= scale.width())
            return x;
    }
    return scale.width() / 2;
}

// ---------------------------------------------------------------------------------------------
// Tooltips

QString TimelineView::Private::eventToolTip(const Event &event) const
{
    QStringList sources;
    for (const Source &source : event.sources) {
        const Article *article = story->article(source.article);
        const QString name = article && !article->outlet.isEmpty()
            ? TimelineView::tr("%1 (%2)").arg(article->outlet, source.article)
            : source.article;
        if (!sources.contains(name))
            sources.append(name);
    }
    QString html = u"<p style='white-space:pre-wrap'>"_s;
    if (event.extracted) {
        // The badge EventDetails shows too.
        html += u"<span style='background-color:#E69F00; color:#000000'>&nbsp;"_s
            % TimelineView::tr("extracted").toHtmlEscaped() % u"&nbsp;</span> <i>"_s
            % TimelineView::tr("proposed from the text; right-click to accept, edit or dismiss")
                  .toHtmlEscaped()
            % u"</i><br>"_s;
    }
    html += (event.extracted ? u"<b><i>"_s : u"<b>"_s) % event.title.text(language).toHtmlEscaped()
        % (event.extracted ? u"</i></b><br>"_s : u"</b><br>"_s)
        % UiStyle::dateText(event.start, event.end, language).toHtmlEscaped();
    if (!sources.isEmpty())
        html += u"<br>"_s
            % TimelineView::tr("Sources: %1").arg(sources.join(u", "_s)).toHtmlEscaped();
    if (story->eventHasConflict(event)) {
        html += u"<br><span style='color:#B35900'>⚠ "_s
            % TimelineView::tr("The sources disagree on a figure of this event.").toHtmlEscaped()
            % u"</span>"_s;
    }
    return html % u"</p>"_s;
}

QString TimelineView::Private::toolTip(const TimelineRenderer::Hit &hit) const
{
    using HitKind = TimelineRenderer::HitKind;
    if (!story)
        return {};
    if (hit.kind == HitKind::Event && hit.id >= 0 && hit.id < story->events.size())
        return eventToolTip(story->events[hit.id]);
    if (hit.kind != HitKind::Cluster)
        return {};
    const QLocale locale(language);
    const QString from = locale.toString(TimeUnits::toDate(hit.start), u"d MMM yyyy"_s);
    const QString to = locale.toString(TimeUnits::toDate(hit.end), u"d MMM yyyy"_s);
    QString html = u"<p style='white-space:pre-wrap'><b>"_s
        % TimelineView::tr("%n events", "", hit.count) % u"</b><br>"_s
        % (from == to ? from : TimelineView::tr("%1 – %2").arg(from, to));
    for (qint32 id : hit.ids) {
        if (id >= 0 && id < story->events.size())
            html += u"<br>• "_s % story->events[id].title.text(language).toHtmlEscaped();
    }
    if (hit.count > hit.ids.size())
        html += u"<br>…"_s;
    return html % u"<br><i>"_s % TimelineView::tr("Click to zoom in.") % u"</i></p>"_s;
}

// ---------------------------------------------------------------------------------------------
// The widget

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>(this))
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(240, 180);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    retranslate();
    d->updateLook();
    d->rebuild();
}

TimelineView::~TimelineView() = default;

void TimelineView::setStory(const Story *story)
{
    d->story = story;
    d->indexEvents();
    d->followSize = true;
    d->rebuild();
    zoomToFit();
    d->followSize = true;
}

void TimelineView::refresh()
{
    d->indexEvents();
    d->rebuild();
    if (d->followSize)
        zoomToFit();
}

void TimelineView::setDocument(StoryDocument *document)
{
    d->document = document;
}

QMenu *TimelineView::createEventMenu(const QString &eventId)
{
    const Event *event = d->story ? d->story->event(eventId) : nullptr;
    if (!event || !event->extracted || !d->document)
        return nullptr;
    auto *menu = new QMenu(this);
    const QPointer<StoryDocument> document = d->document;
    QAction *accept = menu->addAction(tr("&Accept Event"), this, [document, eventId] {
        if (document)
            document->acceptEvent(eventId);
    });
    accept->setObjectName(u"acceptEvent"_s);
    QAction *edit = menu->addAction(tr("&Edit Event…"), this, [this, document, eventId] {
        EventEditDialog::edit(document, eventId, d->language, this);
    });
    edit->setObjectName(u"editEvent"_s);
    menu->addSeparator();
    QAction *dismiss = menu->addAction(tr("&Dismiss Event"), this, [document, eventId] {
        if (document)
            document->dismissEvent(eventId);
    });
    dismiss->setObjectName(u"dismissEvent"_s);
    return menu;
}

void TimelineView::setSelection(StorySelection *selection)
{
    if (d->selection == selection)
        return;
    if (d->selection)
        d->selection->disconnect(this);
    d->selection = selection;
    if (selection) {
        connect(selection, &StorySelection::currentEventChanged, this, [this] {
            const int current = d->currentIndex();
            d->renderer.setSelectedId(current);
            d->ensureVisible(current);
            update();
        });
        connect(selection, &StorySelection::entitiesChanged, this, [this] { d->rebuild(); });
    }
    d->rebuild();
}

void TimelineView::setLanguage(const QString &language)
{
    if (language == d->language)
        return;
    d->language = language;
    d->updateLook();
    d->rebuild();
}

bool TimelineView::lanesVisible() const
{
    return d->lanesVisible;
}

void TimelineView::setLanesVisible(bool visible)
{
    if (visible == d->lanesVisible)
        return;
    d->lanesVisible = visible;
    d->rebuild();
}

int TimelineView::laneCount() const
{
    return d->renderer.laneCount();
}

QDateTime TimelineView::visibleStart() const
{
    return TimeUnits::toDateTime(d->scale.start());
}

QDateTime TimelineView::visibleEnd() const
{
    return TimeUnits::toDateTime(d->scale.end());
}

void TimelineView::setVisibleRange(const QDateTime &start, const QDateTime &end)
{
    d->followSize = false;
    TimeScale s = d->scale;
    s.setRange(TimeUnits::fromDateTime(start), TimeUnits::fromDateTime(end));
    d->setScale(s);
}

int TimelineView::filteredEventCount() const
{
    return int(d->timeline.events().size());
}

int TimelineView::visibleEventCount() const
{
    return d->timeline.index().countOverlapping(d->scale.start(), d->scale.end());
}

void TimelineView::Private::indexEvents()
{
    eventsById.clear();
    if (!story)
        return;
    eventsById.resize(size_t(story->events.size()));
    std::iota(eventsById.begin(), eventsById.end(), 0);
    const auto byId
        = [this](qint32 a, qint32 b) { return story->events[a].id < story->events[b].id; };
    // Ids often follow the events' order (generated ones do): then there is nothing to sort.
    if (!std::is_sorted(eventsById.begin(), eventsById.end(), byId))
        std::stable_sort(eventsById.begin(), eventsById.end(), byId);
}

int TimelineView::Private::eventIndex(const QString &eventId) const
{
    if (!story)
        return -1;
    const auto it = std::lower_bound(
        eventsById.cbegin(), eventsById.cend(), eventId,
        [this](qint32 index, const QString &id) { return story->events[index].id < id; });
    return it != eventsById.cend() && story->events[*it].id == eventId ? int(*it) : -1;
}

QPoint TimelineView::markerPosition(const QString &eventId) const
{
    const int index = d->eventIndex(eventId);
    const std::optional<QPointF> pos
        = index >= 0 ? d->renderer.markerPosition(index) : std::nullopt;
    return pos ? pos->toPoint() : QPoint();
}

QRect TimelineView::clusterRect(const QString &eventId) const
{
    const int index = d->eventIndex(eventId);
    const std::optional<QRectF> rect = index >= 0 ? d->renderer.clusterRect(index) : std::nullopt;
    return rect ? rect->toAlignedRect() : QRect();
}

void TimelineView::zoomIn()
{
    d->zoomAround(keyZoom, d->keyAnchor());
}

void TimelineView::zoomOut()
{
    d->zoomAround(1 / keyZoom, d->keyAnchor());
}

void TimelineView::zoomToFit()
{
    const EventIndex &index = d->timeline.index();
    if (index.isEmpty()) {
        if (d->story && !d->story->events.isEmpty())
            d->zoomToRange(d->timeline.storyFirst(), d->timeline.storyLast());
        return;
    }
    // Room on the right for the last event's label.
    const double labelRoom = std::min(200.0, width() * 0.2);
    d->zoomToRange(index.firstStart(),
                   std::max(index.lastEnd(), index.firstStart() + TimeUnits::day), labelRoom);
    d->followSize = true;
}

void TimelineView::zoomToSelection()
{
    const int current = d->currentIndex();
    if (current < 0 || !d->timeline.passes(current))
        return;
    const Event &event = d->story->events[current];
    const qint64 start = StoryTimeline::eventStart(event);
    const qint64 end = StoryTimeline::eventEnd(event);
    const qint64 span = std::max<qint64>(minimumEventView, (end - start) * 5 / 2);
    const qint64 middle = start + (end - start) / 2;
    d->followSize = false;
    TimeScale s = d->scale;
    s.setRange(middle - span * 2 / 5, middle + span * 3 / 5);
    d->setScale(s);
}

void TimelineView::selectNextEvent()
{
    const QList<int> &events = d->timeline.events();
    if (events.isEmpty())
        return;
    const int current = d->currentIndex();
    const auto it = std::upper_bound(events.cbegin(), events.cend(), current);
    d->select(current < 0 ? events.first() : it == events.cend() ? events.last() : *it);
}

void TimelineView::selectPreviousEvent()
{
    const QList<int> &events = d->timeline.events();
    if (events.isEmpty())
        return;
    const int current = d->currentIndex();
    const auto it = std::lower_bound(events.cbegin(), events.cend(), current);
    d->select(current < 0 ? events.last() : it == events.cbegin() ? events.first() : *(it - 1));
}

void TimelineView::selectFirstEvent()
{
    if (!d->timeline.events().isEmpty())
        d->select(d->timeline.events().first());
}

void TimelineView::selectLastEvent()
{
    if (!d->timeline.events().isEmpty())
        d->select(d->timeline.events().last());
}

void TimelineView::retranslate()
{
    // The texts the view gives itself, unless its owner gave it others.
    if (accessibleName() == d->accessibleName) {
        d->accessibleName = tr("Timeline");
        setAccessibleName(d->accessibleName);
    }
    if (accessibleDescription() == d->accessibleDescription) {
        d->accessibleDescription = tr(
            "Left and Right step through the events, Home and End go to the first and the last, "
            "Ctrl+plus and Ctrl+minus zoom, Shift+Left and Shift+Right pan, Enter zooms to the "
            "selected event.");
        setAccessibleDescription(d->accessibleDescription);
    }
}

QSize TimelineView::sizeHint() const
{
    return {900, 420};
}

QSize TimelineView::minimumSizeHint() const
{
    return {240, 180};
}

// ---------------------------------------------------------------------------------------------
// Events

void TimelineView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    d->renderer.paint(&painter);
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    d->renderer.setSize(size());
    if (d->followSize)
        zoomToFit();
    else
        d->setScale(d->scale);
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    const QPoint angle = event->angleDelta();
    const QPoint pixels = event->pixelDelta();
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const bool horizontal = std::abs(angle.x()) > std::abs(angle.y());
    if (horizontal || shift) {
        // Horizontal scrolling (or Shift+wheel) pans; touchpads give pixels, wheels notches.
        double dx = 0;
        if (!pixels.isNull())
            dx = horizontal ? pixels.x() : pixels.y();
        else
            dx = (horizontal ? angle.x() : angle.y()) / 120.0 * width() / 8;
        d->followSize = false;
        TimeScale s = d->scale;
        s.pan(dx);
        d->setScale(s);
    } else if (angle.y() != 0) {
        // Over the overview strip, whose x is not the view's, zoom around the middle.
        const bool overview = d->renderer.overviewRect().contains(event->position());
        d->zoomAround(std::pow(wheelZoomPerNotch, angle.y() / 120.0),
                      overview ? width() / 2.0 : event->position().x());
    }
    event->accept();
}

void TimelineView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mousePressEvent(event);
        return;
    }
    QToolTip::hideText();
    d->pressPos = event->position();
    d->pressScale = d->scale;
    const TimelineRenderer::Hit hit = d->renderer.hitTest(event->position());
    if (hit.kind == TimelineRenderer::HitKind::Overview) {
        d->drag = Private::Drag::Overview;
        const QRectF window = d->renderer.overviewWindowRect();
        // Grabbed inside the window: it follows the mouse from there; outside: it centres on it.
        d->overviewGrab
            = window.contains(event->position()) ? event->position().x() - window.center().x() : 0;
        mouseMoveEvent(event);
    } else if (hit.kind == TimelineRenderer::HitKind::Axis
               || (event->modifiers() & Qt::ShiftModifier)) {
        d->drag = Private::Drag::RubberBand;
        d->renderer.setRubberBand(std::pair{event->position().x(), event->position().x()});
        update();
    } else {
        d->drag = Private::Drag::Pending;
    }
    event->accept();
}

void TimelineView::mouseMoveEvent(QMouseEvent *event)
{
    const QPointF pos = event->position();
    switch (d->drag) {
    case Private::Drag::Pending:
        if ((pos - d->pressPos).manhattanLength() < QApplication::startDragDistance())
            break;
        d->drag = Private::Drag::Pan;
        setCursor(Qt::ClosedHandCursor);
        [[fallthrough]];
    case Private::Drag::Pan: {
        d->followSize = false;
        TimeScale s = d->pressScale;
        s.pan(pos.x() - d->pressPos.x());
        d->setScale(s);
        break;
    }
    case Private::Drag::RubberBand:
        d->renderer.setRubberBand(
            std::pair{d->pressPos.x(), std::clamp(pos.x(), 0.0, double(width()))});
        update();
        break;
    case Private::Drag::Overview: {
        d->followSize = false;
        const qint64 middle = d->renderer.overviewTime(pos.x() - d->overviewGrab);
        TimeScale s = d->scale;
        const qint64 half = qint64(s.span() / 2);
        s.setRange(middle - half, middle + half);
        d->setScale(s);
        break;
    }
    case Private::Drag::None: {
        const TimelineRenderer::Hit hit = d->renderer.hitTest(pos);
        const qint32 hovered = hit.kind == TimelineRenderer::HitKind::Event ? hit.id : -1;
        if (hovered != d->hovered) {
            d->hovered = hovered;
            d->renderer.setHoveredId(hovered);
            update();
        }
        using HitKind = TimelineRenderer::HitKind;
        setCursor(hit.kind == HitKind::Event || hit.kind == HitKind::Cluster
                      ? Qt::PointingHandCursor
                      : hit.kind == HitKind::Overview ? Qt::SizeHorCursor
                      : hit.kind == HitKind::Axis     ? Qt::IBeamCursor
                      : hit.kind == HitKind::Plot     ? Qt::OpenHandCursor
                                                      : Qt::ArrowCursor);
        break;
    }
    }
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mouseReleaseEvent(event);
        return;
    }
    const Private::Drag drag = d->drag;
    d->drag = Private::Drag::None;
    unsetCursor();
    if (drag == Private::Drag::RubberBand) {
        d->renderer.setRubberBand(std::nullopt);
        const double x0 = std::min(d->pressPos.x(), event->position().x());
        const double x1 = std::max(d->pressPos.x(), event->position().x());
        if (x1 - x0 >= 4) {
            d->followSize = false;
            TimeScale s = d->scale;
            s.setRange(d->scale.toTime(std::max(0.0, x0)),
                       d->scale.toTime(std::min(x1, double(width()))));
            d->setScale(s);
        }
        update();
    } else if (drag == Private::Drag::Pending) {
        const TimelineRenderer::Hit hit = d->renderer.hitTest(event->position());
        if (hit.kind == TimelineRenderer::HitKind::Event) {
            d->select(hit.id);
        } else if (hit.kind == TimelineRenderer::HitKind::Cluster) {
            if (hit.start == hit.end || !d->scale.canZoomIn()) {
                // Events on the same date never come apart: pick the first, then step.
                if (!hit.ids.isEmpty())
                    d->select(hit.ids.first());
            } else {
                d->followSize = false;
                d->zoomToRange(hit.start, hit.end, std::min(260.0, width() * 0.25));
            }
        }
    }
    event->accept();
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) {
        QWidget::mouseDoubleClickEvent(event);
        return;
    }
    const TimelineRenderer::Hit hit = d->renderer.hitTest(event->position());
    switch (hit.kind) {
    case TimelineRenderer::HitKind::Event:
        d->select(hit.id);
        zoomToSelection();
        break;
    case TimelineRenderer::HitKind::Plot: d->zoomAround(2, event->position().x()); break;
    default: break;
    }
    event->accept();
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    const Qt::KeyboardModifiers modifiers
        = event->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const bool control = modifiers & Qt::ControlModifier;
    const bool alt = modifiers & Qt::AltModifier;
    const auto pan = [this](double fraction) {
        d->followSize = false;
        TimeScale s = d->scale;
        s.pan(fraction * width());
        d->setScale(s);
    };

    if (event->matches(QKeySequence::ZoomIn)) {
        zoomIn();
        return;
    }
    if (event->matches(QKeySequence::ZoomOut)) {
        zoomOut();
        return;
    }
    switch (event->key()) {
    case Qt::Key_Equal:
    case Qt::Key_Plus: zoomIn(); return;
    case Qt::Key_Minus: zoomOut(); return;
    case Qt::Key_0:
        if (control) {
            zoomToFit();
            return;
        }
        break;
    case Qt::Key_Right:
    case Qt::Key_Left: {
        const bool right = event->key() == Qt::Key_Right;
        if (shift || alt)
            pan(right ? -0.1 : 0.1);
        else if (right)
            selectNextEvent();
        else
            selectPreviousEvent();
        return;
    }
    case Qt::Key_N:
        if (!control && !alt) {
            selectNextEvent();
            return;
        }
        break;
    case Qt::Key_P:
        if (!control && !alt) {
            selectPreviousEvent();
            return;
        }
        break;
    case Qt::Key_Home: selectFirstEvent(); return;
    case Qt::Key_End: selectLastEvent(); return;
    case Qt::Key_PageUp: pan(0.9); return;
    case Qt::Key_PageDown: pan(-0.9); return;
    case Qt::Key_Return:
    case Qt::Key_Enter: zoomToSelection(); return;
    case Qt::Key_Escape:
        if (d->drag == Private::Drag::RubberBand) {
            d->drag = Private::Drag::None;
            d->renderer.setRubberBand(std::nullopt);
            update();
            return;
        }
        break;
    default: break;
    }
    QWidget::keyPressEvent(event);
}

void TimelineView::contextMenuEvent(QContextMenuEvent *event)
{
    const TimelineRenderer::Hit hit = d->renderer.hitTest(event->pos());
    if (!d->story || hit.kind != TimelineRenderer::HitKind::Event || hit.id < 0
        || hit.id >= d->story->events.size()) {
        QWidget::contextMenuEvent(event);
        return;
    }
    const QString id = d->story->events[hit.id].id;
    std::unique_ptr<QMenu> menu(createEventMenu(id));
    if (!menu) {
        QWidget::contextMenuEvent(event);
        return;
    }
    d->select(hit.id);
    menu->exec(event->globalPos());
    event->accept();
}

bool TimelineView::event(QEvent *event)
{
    switch (event->type()) {
    case QEvent::ToolTip: {
        auto *help = static_cast<QHelpEvent *>(event);
        const TimelineRenderer::Hit hit = d->renderer.hitTest(help->pos());
        const QString text = d->toolTip(hit);
        if (text.isEmpty()) {
            QToolTip::hideText();
            event->ignore();
        } else {
            QToolTip::showText(help->globalPos(), text, this, hit.rect.toAlignedRect());
        }
        return true;
    }
    case QEvent::ShortcutOverride: {
        // The keys the timeline uses win over window shortcuts while it has the focus.
        auto *key = static_cast<QKeyEvent *>(event);
        switch (key->key()) {
        case Qt::Key_Left:
        case Qt::Key_Right:
        case Qt::Key_Home:
        case Qt::Key_End:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
        case Qt::Key_Equal:
        case Qt::Key_Plus:
        case Qt::Key_Minus: event->accept(); return true;
        default: break;
        }
        break;
    }
    case QEvent::NativeGesture: {
        auto *gesture = static_cast<QNativeGestureEvent *>(event);
        switch (gesture->gestureType()) {
        case Qt::ZoomNativeGesture:
            d->zoomAround(1 + gesture->value(), gesture->position().x());
            break;
        case Qt::SmartZoomNativeGesture: zoomToFit(); break;
        default: break;
        }
        event->accept();
        return true;
    }
    case QEvent::Leave:
        if (d->hovered >= 0) {
            d->hovered = -1;
            d->renderer.setHoveredId(-1);
            update();
        }
        break;
    default: break;
    }
    return QWidget::event(event);
}

void TimelineView::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::FontChange:
    case QEvent::StyleChange: d->updateLook(); break;
    case QEvent::LanguageChange:
        retranslate();
        d->updateGroups();
        update();
        break;
    default: break;
    }
    QWidget::changeEvent(event);
}

} // namespace storyline
