// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportactions.h"

#include "chart/figureschart.h"
#include "exportdialog.h"
#include "exporter.h"
#include "mainwindow.h"
#include "storyselection.h"
#include "timeline/timelineview.h"
#include "timeline/timescale.h"
#include "timelineexport.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QMenu>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>

#include <array>

using namespace Qt::StringLiterals;

namespace storyline {

namespace {

// A picture that keeps its timeline layout alive as long as it is used.
ExportPicture owningPicture(std::shared_ptr<const TimelineExport> layout)
{
    ExportPicture picture = layout->picture();
    picture.paint = [layout](QPainter *painter, const QRectF &target, ChartTheme theme) {
        layout->paint(painter, target, theme);
    };
    return picture;
}

struct DataAction
{
    DataExport::Kind kind;
    DataExport::Format format;
    QAction *action = nullptr;
};

} // namespace

struct ExportActions::Private
{
    MainWindow *window = nullptr;
    QMenu *menu = nullptr;
    QMenu *dataMenu = nullptr;
    QAction *exportChart = nullptr;
    QAction *exportTimeline = nullptr;
    QAction *copyChart = nullptr;
    QAction *copyTimeline = nullptr;
    QList<DataAction> data;
    QPointer<ExportDialog> dialog;
};

ExportActions::ExportActions(MainWindow *window)
    : QObject(window)
    , d(std::make_unique<Private>())
{
    d->window = window;
    d->menu = new QMenu(window);
    d->menu->setObjectName(u"exportMenu"_s);

    d->exportChart = d->menu->addAction(QString());
    d->exportChart->setObjectName(u"exportChartAction"_s);
    connect(d->exportChart, &QAction::triggered, this, [this] { openDialog(true); });
    d->exportTimeline = d->menu->addAction(QString());
    d->exportTimeline->setObjectName(u"exportTimelineAction"_s);
    d->exportTimeline->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    connect(d->exportTimeline, &QAction::triggered, this, [this] { openDialog(false); });

    d->dataMenu = d->menu->addMenu(QString());
    d->dataMenu->setObjectName(u"exportDataMenu"_s);
    using Kind = DataExport::Kind;
    using Format = DataExport::Format;
    for (const Kind kind : {Kind::Events, Kind::Entities, Kind::Figures}) {
        for (const Format format : {Format::Csv, Format::Json})
            d->data.append({kind, format});
    }
    d->data.append({Kind::Events, Format::TimelineJs});
    for (DataAction &entry : d->data) {
        if (entry.format == Format::TimelineJs)
            d->dataMenu->addSeparator();
        entry.action = d->dataMenu->addAction(QString());
        connect(entry.action, &QAction::triggered, this,
                [this, kind = entry.kind, format = entry.format] { askForData(kind, format); });
    }

    d->menu->addSeparator();
    d->copyChart = d->menu->addAction(QString());
    d->copyChart->setObjectName(u"copyChartAction"_s);
    connect(d->copyChart, &QAction::triggered, this, [this] {
        Exporter::copyToClipboard(chartPicture(), ExportDialog::savedOptions());
        d->window->statusBar()->showMessage(tr("The chart is on the clipboard."), 5000);
    });
    d->copyTimeline = d->menu->addAction(QString());
    d->copyTimeline->setObjectName(u"copyTimelineAction"_s);
    connect(d->copyTimeline, &QAction::triggered, this, [this] {
        Exporter::copyToClipboard(owningPicture(timelineExport(false)),
                                  ExportDialog::savedOptions());
        d->window->statusBar()->showMessage(tr("The timeline is on the clipboard."), 5000);
    });

    retranslate();
    window->installEventFilter(this);
}

ExportActions::~ExportActions() = default;

QMenu *ExportActions::menu() const
{
    return d->menu;
}

QAction *ExportActions::exportChartAction() const
{
    return d->exportChart;
}

QAction *ExportActions::exportTimelineAction() const
{
    return d->exportTimeline;
}

QAction *ExportActions::copyChartAction() const
{
    return d->copyChart;
}

QAction *ExportActions::copyTimelineAction() const
{
    return d->copyTimeline;
}

ExportDialog *ExportActions::dialog() const
{
    return d->dialog;
}

QString ExportActions::language() const
{
    return d->window->figuresChart()->language();
}

ExportPicture ExportActions::chartPicture() const
{
    return ExportPicture::ofChart(d->window->figuresChart(),
                                  d->window->story().title.text(language()));
}

std::unique_ptr<TimelineExport> ExportActions::timelineExport(bool wholeStory) const
{
    auto layout = std::make_unique<TimelineExport>(d->window->story(), language());
    const TimelineView *view = d->window->timeline();
    layout->setLanesVisible(view->lanesVisible());
    layout->setEntities(d->window->selection()->entities());
    if (!wholeStory) {
        layout->setRange(TimeUnits::fromDateTime(view->visibleStart()),
                         TimeUnits::fromDateTime(view->visibleEnd()));
    }
    return layout;
}

std::optional<QString> ExportActions::exportData(DataExport::Kind kind, DataExport::Format format,
                                                 const QString &path) const
{
    const QByteArray bytes = DataExport::document(d->window->story(), kind, format, language());
    if (const auto error = Exporter::writeBytes(path, bytes))
        return error->toString();
    return std::nullopt;
}

void ExportActions::openDialog(bool chart)
{
    if (d->dialog)
        d->dialog->close();
    const QString base = d->window->story().id.isEmpty() ? u"story"_s : d->window->story().id;
    ExportDialog::PictureSource source;
    if (chart) {
        source = [this](bool) { return chartPicture(); };
    } else {
        // The window cannot change under the (window-modal) dialog: each range is laid out
        // once, not at every change of the preview.
        source = [this, layouts = std::array<std::shared_ptr<const TimelineExport>, 2>()](
                     bool whole) mutable {
            std::shared_ptr<const TimelineExport> &layout = layouts[whole ? 1 : 0];
            if (!layout)
                layout = timelineExport(whole);
            return owningPicture(layout);
        };
    }
    d->dialog = new ExportDialog(
        chart ? ExportDialog::Subject::Chart : ExportDialog::Subject::Timeline, std::move(source),
        base % (chart ? u"-chart"_s : u"-timeline"_s), d->window);
    d->dialog->setAttribute(Qt::WA_DeleteOnClose);
    d->dialog->open();
}

void ExportActions::askForData(DataExport::Kind kind, DataExport::Format format)
{
    QSettings settings;
    QString folder = settings.value(u"export/dataFolder"_s).toString();
    if (folder.isEmpty() || !QDir(folder).exists())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString filter
        = format == DataExport::Format::Csv ? tr("CSV table (*.csv)") : tr("JSON (*.json)");
    const QString path = QFileDialog::getSaveFileName(
        d->window, tr("Export Data"),
        QDir(folder).filePath(DataExport::fileName(d->window->story(), kind, format)), filter);
    if (path.isEmpty())
        return;
    if (const auto error = exportData(kind, format, path)) {
        if (qEnvironmentVariableIsEmpty("STORYLINE_NO_DIALOGS"))
            QMessageBox::warning(d->window, tr("Export failed"), *error);
        d->window->statusBar()->showMessage(*error, 10000);
        return;
    }
    settings.setValue(u"export/dataFolder"_s, QFileInfo(path).absolutePath());
    d->window->statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void ExportActions::retranslate()
{
    d->menu->setTitle(tr("&Export"));
    d->exportChart->setText(tr("Export &Chart…"));
    d->exportChart->setStatusTip(tr("Save the figures chart as a PNG, SVG or PDF file"));
    d->exportTimeline->setText(tr("Export &Timeline…"));
    d->exportTimeline->setStatusTip(
        tr("Save the timeline, the visible window or the whole story, as a PNG, SVG or PDF "
           "file"));
    d->dataMenu->setTitle(tr("Export &Data"));
    using Kind = DataExport::Kind;
    using Format = DataExport::Format;
    for (const DataAction &entry : std::as_const(d->data)) {
        QString text;
        if (entry.format == Format::TimelineJs) {
            text = tr("Events as &TimelineJS…");
        } else if (entry.format == Format::Csv) {
            text = entry.kind == Kind::Events  ? tr("&Events as CSV…")
                : entry.kind == Kind::Entities ? tr("E&ntities as CSV…")
                                               : tr("&Figures as CSV…");
        } else {
            text = entry.kind == Kind::Events  ? tr("Events as &JSON…")
                : entry.kind == Kind::Entities ? tr("Entities as J&SON…")
                                               : tr("Figures as JS&ON…");
        }
        entry.action->setText(text);
    }
    d->data.last().action->setStatusTip(tr("Save the events as a Knight Lab TimelineJS document"));
    d->copyChart->setText(tr("Copy C&hart"));
    d->copyChart->setStatusTip(tr("Copy the figures chart to the clipboard as an image"));
    d->copyTimeline->setText(tr("Copy Time&line"));
    d->copyTimeline->setStatusTip(tr("Copy the visible timeline to the clipboard as an image"));
}

bool ExportActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == d->window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

} // namespace storyline
