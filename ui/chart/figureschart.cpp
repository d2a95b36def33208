// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "figureschart.h"

#include "chartscene.h"
#include "figuresfilter.h"
#include "figuresmodel.h"
#include "storyselection.h"
#include "uistyle.h"

#include "story/articleindex.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGraphicsView>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMap>
#include <QMouseEvent>
#include <QPointer>
#include <QSet>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace storyline {

namespace {

// The most bars one chart draws.
constexpr int maxBars = 60;

// The base font of exports: 16 px at 1600×900, and proportionally at any other size, so a
// bigger target gives the same picture at a higher resolution.
constexpr qreal exportFontPixels = 16;

qreal exportScale(const QSizeF &target)
{
    const qreal pixels = std::max(11.0, std::min(target.width() / 100.0, target.height() / 56.0));
    return pixels / exportFontPixels;
}

} // namespace

struct FiguresChart::Private
{
    explicit Private(FiguresChart *chart)
        : q(chart)
    {
    }

    ChartContent content() const;
    QString subtitle(int shown, int total) const;
    ChartScene *built();
    void schedule();
    void fillFilters();
    void retranslate();
    void applySelection();
    QString currentFigure() const { return selection ? selection->currentFigure() : localFigure; }
    void selectFigure(const QString &figureId);
    QString figureAt(const QPoint &viewportPos);

    FiguresChart *q;
    const Story *story = nullptr;
    QPointer<StorySelection> selection;
    QString localFigure; // the current figure when there is no shared selection
    QString language = UiStyle::uiLanguage();
    bool logScale = false;
    bool followEvent = true;

    FiguresModel *model = nullptr;
    FiguresFilter *filter = nullptr;
    QLabel *measureLabel = nullptr;
    QComboBox *measureBox = nullptr;
    QLabel *sourceLabel = nullptr;
    QComboBox *sourceBox = nullptr;
    QLabel *kindLabel = nullptr;
    QComboBox *kindBox = nullptr;
    QCheckBox *eventBox = nullptr;
    QCheckBox *logBox = nullptr;
    QGraphicsView *view = nullptr;

    std::unique_ptr<ChartScene> chart;
    bool dirty = true;
    bool scheduled = false;
};

ChartContent FiguresChart::Private::content() const
{
    ChartContent content;
    content.title = story ? story->title.text(language) : FiguresChart::tr("Figures");
    content.emptyText = !story     ? FiguresChart::tr("No story is open.")
        : story->figures.isEmpty() ? FiguresChart::tr("This story states no figures.")
                                   : FiguresChart::tr("No figures match the filters.");
    QMap<QString, QString> sources; // by article id, so the line reads in order
    // A chart of thousands of bars is unreadable and slow to lay out: past maxBars, the first
    // ones in story order are drawn (the current figure always among them) and the subtitle
    // says how many the filters would let through.
    const int total = filter->rowCount();
    QList<int> rows;
    for (int row = 0; row < std::min(total, maxBars); ++row)
        rows.append(row);
    if (total > maxBars && !currentFigure().isEmpty()) {
        const QModelIndex current = filter->mapFromSource(model->indexOf(currentFigure()));
        if (current.isValid() && current.row() >= maxBars)
            rows.last() = current.row();
    }
    for (const int row : std::as_const(rows)) {
        const QModelIndex index = filter->index(row, 0);
        const auto role = [&index](FiguresModel::Role r) { return index.data(r); };
        ChartBar bar;
        bar.figureId = role(FiguresModel::FigureIdRole).toString();
        bar.kind = FigureKind(role(FiguresModel::KindRole).toInt());
        bar.value = role(FiguresModel::ValueRole).toDouble();
        bar.unit = role(FiguresModel::UnitRole).toString();
        bar.approximate = role(FiguresModel::ApproximateRole).toBool();
        bar.valueText = role(FiguresModel::ValueTextRole).toString();
        bar.subject = role(FiguresModel::SubjectRole).toString();
        bar.source = role(FiguresModel::SourceTextRole).toString();
        bar.measure = role(FiguresModel::MeasureRole).toString();
        bar.conflictNote = role(FiguresModel::ConflictNoteRole).toString();
        content.bars.append(bar);
        sources.insert(role(FiguresModel::ArticleRole).toString(), bar.source);
    }
    const QStringList sourceTexts = sources.values();
    content.sources = sourceTexts.isEmpty()
        ? QString()
        : FiguresChart::tr("Sources: %1.").arg(sourceTexts.join(u"; "_s));
    content.subtitle = subtitle(int(content.bars.size()), total);
    return content;
}

QString FiguresChart::Private::subtitle(int shown, int total) const
{
    QStringList parts{FiguresChart::tr("Money and percentages as the articles state them")};
    parts.append(shown == total ? FiguresChart::tr("figures shown: %1").arg(shown)
                                : FiguresChart::tr("figures shown: the first %1 of %2 (filter to "
                                                   "see others)")
                                      .arg(shown)
                                      .arg(total));
    if (story && !filter->entities().isEmpty()) {
        QStringList names;
        for (const QString &id : filter->entities()) {
            const Entity *entity = story->entity(id);
            names.append(entity ? entity->displayName(language) : id);
        }
        parts.append(FiguresChart::tr("events involving %1").arg(names.join(u", "_s)));
    }
    if (story && !filter->event().isEmpty()) {
        const Event *event = story->event(filter->event());
        parts.append(FiguresChart::tr("event: %1")
                         .arg(event ? event->title.text(language) : filter->event()));
    }
    if (!filter->measure().isEmpty())
        parts.append(FiguresChart::tr("measure: %1").arg(measureBox->currentText()));
    if (!filter->article().isEmpty())
        parts.append(FiguresChart::tr("source: %1").arg(sourceBox->currentText()));
    if (filter->kind())
        parts.append(*filter->kind() == FigureKind::Money ? FiguresChart::tr("money only")
                                                          : FiguresChart::tr("percentages only"));
    return parts.join(u" · "_s);
}

ChartScene *FiguresChart::Private::built()
{
    if (chart && !dirty)
        return chart.get();
    QSize size = view->viewport()->size();
    if (size.width() < 50 || size.height() < 50)
        size = size.expandedTo(QSize(640, 400));
    ChartStyle style;
    style.size = size;
    style.font = q->font();
    style.font.setPixelSize(std::max(9, QFontInfo(q->font()).pixelSize()));
    style.theme = UiStyle::isDark(q->palette()) ? ChartTheme::Dark : ChartTheme::Light;
    style.logScale = logScale;
    style.language = language;
    style.currentFigure = currentFigure();
    auto next = std::make_unique<ChartScene>(content(), style);
    view->setScene(next->scene());
    view->setSceneRect(next->scene()->sceneRect());
    chart = std::move(next); // the old scene goes only once the view has let go of it
    dirty = false;
    return chart.get();
}

void FiguresChart::Private::schedule()
{
    dirty = true;
    if (scheduled)
        return;
    scheduled = true;
    // Rebuilding replaces the scene: never while one of its events is being delivered.
    QMetaObject::invokeMethod(
        q,
        [this] {
            scheduled = false;
            built();
        },
        Qt::QueuedConnection);
}

void FiguresChart::Private::fillFilters()
{
    const QString measure = filter->measure();
    const QString article = filter->article();
    {
        const QSignalBlocker blockMeasure(measureBox);
        const QSignalBlocker blockSource(sourceBox);
        measureBox->clear();
        measureBox->addItem(FiguresChart::tr("All measures"), QString());
        sourceBox->clear();
        sourceBox->addItem(FiguresChart::tr("All sources"), QString());
        if (story) {
            // Sets and a hash, not list searches: a story of a million events has tens of
            // thousands of figures and measures (seconds of string compares otherwise).
            QSet<QString> measures;
            QSet<QString> articles;
            for (const Figure &figure : story->figures) {
                if (!measures.contains(figure.measure)) {
                    measures.insert(figure.measure);
                    measureBox->addItem(figure.subject.text(language), figure.measure);
                    measureBox->setItemData(measureBox->count() - 1, figure.measure,
                                            Qt::ToolTipRole);
                }
                articles.insert(figure.article);
            }
            const ArticleIndex byId(*story);
            QStringList ids(articles.cbegin(), articles.cend());
            std::sort(ids.begin(), ids.end());
            for (const QString &id : std::as_const(ids)) {
                const Article *a = byId.article(id);
                sourceBox->addItem(a ? UiStyle::articleLabel(*a, language) : id, id);
            }
        }
        measureBox->setCurrentIndex(std::max(0, measureBox->findData(measure)));
        sourceBox->setCurrentIndex(std::max(0, sourceBox->findData(article)));
    }
    filter->setMeasure(measureBox->currentData().toString());
    filter->setArticle(sourceBox->currentData().toString());
}

void FiguresChart::Private::retranslate()
{
    measureLabel->setText(FiguresChart::tr("&Measure:"));
    sourceLabel->setText(FiguresChart::tr("&Source:"));
    kindLabel->setText(FiguresChart::tr("&Kind:"));
    {
        const QSignalBlocker block(kindBox);
        const int kind = kindBox->currentIndex();
        kindBox->clear();
        kindBox->addItem(FiguresChart::tr("All kinds"), -1);
        kindBox->addItem(FiguresChart::tr("Money"), int(FigureKind::Money));
        kindBox->addItem(FiguresChart::tr("Percentages"), int(FigureKind::Percent));
        kindBox->setCurrentIndex(std::max(0, kind));
    }
    eventBox->setText(FiguresChart::tr("Selected &event only"));
    eventBox->setToolTip(
        FiguresChart::tr("Show only the figures of the event selected in the timeline"));
    logBox->setText(FiguresChart::tr("&Log scale"));
    logBox->setToolTip(
        FiguresChart::tr("Each gridline is ten times the previous one, so amounts of very "
                         "different sizes stay readable"));
    view->setAccessibleName(FiguresChart::tr("Figures chart"));
    fillFilters();
}

void FiguresChart::Private::applySelection()
{
    filter->setEntities(selection ? selection->entities() : QStringList());
    filter->setEvent(selection && followEvent ? selection->currentEvent() : QString());
    schedule();
}

void FiguresChart::Private::selectFigure(const QString &figureId)
{
    if (selection)
        selection->setCurrentFigure(figureId);
    else if (figureId != localFigure) {
        localFigure = figureId;
        schedule();
    }
}

QString FiguresChart::Private::figureAt(const QPoint &viewportPos)
{
    return built()->figureAt(view->mapToScene(viewportPos));
}

FiguresChart::FiguresChart(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>(this))
{
    d->model = new FiguresModel(this);
    d->model->setLanguage(d->language);
    d->filter = new FiguresFilter(this);
    d->filter->setSourceModel(d->model);

    d->measureLabel = new QLabel(this);
    d->measureBox = new QComboBox(this);
    d->measureBox->setObjectName(u"measureFilter"_s);
    d->sourceLabel = new QLabel(this);
    d->sourceBox = new QComboBox(this);
    d->sourceBox->setObjectName(u"sourceFilter"_s);
    d->kindLabel = new QLabel(this);
    d->kindBox = new QComboBox(this);
    d->kindBox->setObjectName(u"kindFilter"_s);
    for (QComboBox *box : {d->measureBox, d->sourceBox, d->kindBox}) {
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(8);
    }
    d->measureLabel->setBuddy(d->measureBox);
    d->sourceLabel->setBuddy(d->sourceBox);
    d->kindLabel->setBuddy(d->kindBox);
    d->eventBox = new QCheckBox(this);
    d->eventBox->setObjectName(u"currentEventOnly"_s);
    d->eventBox->setChecked(d->followEvent);
    d->logBox = new QCheckBox(this);
    d->logBox->setObjectName(u"logScale"_s);

    d->view = new QGraphicsView(this);
    d->view->setObjectName(u"chartView"_s);
    d->view->setFrameShape(QFrame::NoFrame);
    d->view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    d->view->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    d->view->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    d->view->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    d->view->setFocusPolicy(Qt::StrongFocus);
    d->view->setMouseTracking(true);
    d->view->installEventFilter(this);
    d->view->viewport()->installEventFilter(this);

    // Two rows, so the chart fits a narrow dock: the filters, then the kind and the options.
    auto *filters = new QGridLayout;
    filters->setContentsMargins(4, 2, 4, 2);
    filters->addWidget(d->measureLabel, 0, 0);
    filters->addWidget(d->measureBox, 0, 1);
    filters->addWidget(d->sourceLabel, 0, 2);
    filters->addWidget(d->sourceBox, 0, 3);
    filters->addWidget(d->kindLabel, 1, 0);
    filters->addWidget(d->kindBox, 1, 1);
    auto *options = new QHBoxLayout;
    options->addWidget(d->eventBox);
    options->addWidget(d->logBox);
    options->addStretch();
    filters->addLayout(options, 1, 2, 1, 2);
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(3, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(d->view, 1);

    d->retranslate();

    connect(d->measureBox, &QComboBox::currentIndexChanged, this, [this] {
        d->filter->setMeasure(d->measureBox->currentData().toString());
        d->schedule();
    });
    connect(d->sourceBox, &QComboBox::currentIndexChanged, this, [this] {
        d->filter->setArticle(d->sourceBox->currentData().toString());
        d->schedule();
    });
    connect(d->kindBox, &QComboBox::currentIndexChanged, this, [this] {
        const int kind = d->kindBox->currentData().toInt();
        d->filter->setKind(kind < 0 ? std::nullopt : std::optional(FigureKind(kind)));
        d->schedule();
    });
    connect(d->eventBox, &QCheckBox::toggled, this, &FiguresChart::setFollowsCurrentEvent);
    connect(d->logBox, &QCheckBox::toggled, this, &FiguresChart::setLogScale);
    // The bars follow the model: any change to the figures it lets through redraws them.
    const auto redraw = [this] { d->schedule(); };
    connect(d->filter, &QAbstractItemModel::modelReset, this, redraw);
    connect(d->filter, &QAbstractItemModel::dataChanged, this, redraw);
    connect(d->filter, &QAbstractItemModel::rowsInserted, this, redraw);
    connect(d->filter, &QAbstractItemModel::rowsRemoved, this, redraw);
    connect(d->filter, &QAbstractItemModel::layoutChanged, this, redraw);
}

FiguresChart::~FiguresChart()
{
    // Children and connections outlive `d` by a moment: nothing may reach it any more.
    for (QObject *sender : std::initializer_list<QObject *>{d->filter, d->model, d->measureBox,
                                                            d->sourceBox, d->kindBox, d->eventBox,
                                                            d->logBox, d->selection.data()}) {
        if (sender)
            disconnect(sender, nullptr, this, nullptr);
    }
    d->view->removeEventFilter(this);
    d->view->viewport()->removeEventFilter(this);
    // The view lets go of the scene before the scene goes.
    d->view->setScene(nullptr);
}

void FiguresChart::setStory(const Story *story)
{
    d->story = story;
    d->model->setStory(story);
    d->fillFilters();
    d->schedule();
}

void FiguresChart::setSelection(StorySelection *selection)
{
    if (d->selection)
        disconnect(d->selection, nullptr, this, nullptr);
    d->selection = selection;
    if (selection) {
        connect(selection, &StorySelection::entitiesChanged, this, [this] { d->applySelection(); });
        connect(selection, &StorySelection::currentEventChanged, this,
                [this] { d->applySelection(); });
        connect(selection, &StorySelection::currentFigureChanged, this, [this] { d->schedule(); });
    }
    d->applySelection();
}

void FiguresChart::setLanguage(const QString &language)
{
    if (language == d->language)
        return;
    d->language = language;
    d->model->setLanguage(language);
    d->fillFilters();
    d->schedule();
}

QString FiguresChart::language() const
{
    return d->language;
}

bool FiguresChart::logScale() const
{
    return d->logScale;
}

void FiguresChart::setLogScale(bool on)
{
    if (on == d->logScale)
        return;
    d->logScale = on;
    {
        const QSignalBlocker block(d->logBox);
        d->logBox->setChecked(on);
    }
    d->schedule();
    emit logScaleChanged(on);
}

QString FiguresChart::measureFilter() const
{
    return d->filter->measure();
}

void FiguresChart::setMeasureFilter(const QString &measure)
{
    d->measureBox->setCurrentIndex(std::max(0, d->measureBox->findData(measure)));
}

QString FiguresChart::sourceFilter() const
{
    return d->filter->article();
}

void FiguresChart::setSourceFilter(const QString &articleId)
{
    d->sourceBox->setCurrentIndex(std::max(0, d->sourceBox->findData(articleId)));
}

std::optional<FigureKind> FiguresChart::kindFilter() const
{
    return d->filter->kind();
}

void FiguresChart::setKindFilter(std::optional<FigureKind> kind)
{
    d->kindBox->setCurrentIndex(std::max(0, d->kindBox->findData(kind ? int(*kind) : -1)));
}

bool FiguresChart::followsCurrentEvent() const
{
    return d->followEvent;
}

void FiguresChart::setFollowsCurrentEvent(bool on)
{
    if (on == d->followEvent)
        return;
    d->followEvent = on;
    {
        const QSignalBlocker block(d->eventBox);
        d->eventBox->setChecked(on);
    }
    d->applySelection();
}

FiguresModel *FiguresChart::model() const
{
    return d->model;
}

int FiguresChart::barCount() const
{
    return int(d->built()->figures().size());
}

QStringList FiguresChart::shownFigures() const
{
    return d->built()->figures();
}

QRectF FiguresChart::barRect(const QString &figureId) const
{
    const QRectF scene = d->built()->barRect(figureId);
    if (scene.isEmpty())
        return {};
    const QPolygonF polygon = d->view->mapFromScene(scene);
    const QRectF viewport = polygon.boundingRect();
    return viewport.translated(d->view->viewport()->mapTo(this, QPoint(0, 0)));
}

QString FiguresChart::barLabel(const QString &figureId) const
{
    return d->built()->barLabel(figureId);
}

bool FiguresChart::hasConflictMarker(const QString &measure) const
{
    return d->built()->hasConflictMarker(measure);
}

void FiguresChart::render(QPainter *painter, const QRectF &target, Theme theme) const
{
    if (target.isEmpty())
        return;
    const qreal scale = exportScale(target.size());
    ChartStyle style;
    style.size = target.size() / scale;
    style.font = font();
    style.font.setPixelSize(int(exportFontPixels));
    style.theme = theme;
    style.logScale = d->logScale;
    style.language = d->language;
    const ChartScene chart(d->content(), style);
    chart.render(painter, target);
}

void FiguresChart::changeEvent(QEvent *event)
{
    switch (event->type()) {
    case QEvent::LanguageChange: d->retranslate(); [[fallthrough]];
    case QEvent::PaletteChange:
    case QEvent::FontChange: d->schedule(); break;
    default: break;
    }
    QWidget::changeEvent(event);
}

bool FiguresChart::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == d->view) {
        if (event->type() == QEvent::Resize)
            d->schedule();
        if (event->type() == QEvent::KeyPress) {
            keyPressEvent(static_cast<QKeyEvent *>(event));
            return event->isAccepted();
        }
        return QWidget::eventFilter(watched, event);
    }
    if (watched != d->view->viewport())
        return QWidget::eventFilter(watched, event);

    switch (event->type()) {
    case QEvent::ToolTip: {
        auto *help = static_cast<QHelpEvent *>(event);
        const QString id = d->figureAt(help->pos());
        const Figure *figure = d->story ? d->story->figure(id) : nullptr;
        if (!figure) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const QModelIndex index = d->model->indexOf(id);
        QString html = u"<p><b>"_s
            % index.data(FiguresModel::ValueTextRole).toString().toHtmlEscaped() % u"</b> — "_s
            % index.data(FiguresModel::SubjectRole).toString().toHtmlEscaped() % u"</p><p>“"_s
            % figure->quote.toHtmlEscaped() % u"”</p><p><i>"_s
            % index.data(FiguresModel::SourceTextRole).toString().toHtmlEscaped() % u"</i></p>"_s;
        const QString note = index.data(FiguresModel::ConflictNoteRole).toString();
        if (!note.isEmpty())
            html += u"<p>⚠ "_s % note.toHtmlEscaped() % u"</p>"_s;
        QToolTip::showText(help->globalPos(), html, d->view->viewport());
        return true;
    }
    case QEvent::MouseButtonPress: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::LeftButton) {
            const QString id = d->figureAt(mouse->position().toPoint());
            if (!id.isEmpty())
                d->selectFigure(id);
        }
        break;
    }
    case QEvent::MouseMove: {
        auto *mouse = static_cast<QMouseEvent *>(event);
        const bool over = !d->figureAt(mouse->position().toPoint()).isEmpty();
        d->view->viewport()->setCursor(over ? Qt::PointingHandCursor : Qt::ArrowCursor);
        break;
    }
    default: break;
    }
    return QWidget::eventFilter(watched, event);
}

void FiguresChart::keyPressEvent(QKeyEvent *event)
{
    // Up and down walk the bars, as in a list.
    const QStringList figures = shownFigures();
    if (figures.isEmpty() || (event->key() != Qt::Key_Up && event->key() != Qt::Key_Down)) {
        event->ignore();
        return;
    }
    const qsizetype at = figures.indexOf(d->currentFigure());
    qsizetype next = event->key() == Qt::Key_Down ? at + 1 : at - 1;
    if (at < 0)
        next = event->key() == Qt::Key_Down ? 0 : figures.size() - 1;
    d->selectFigure(figures.at(std::clamp<qsizetype>(next, 0, figures.size() - 1)));
    event->accept();
}

} // namespace storyline
