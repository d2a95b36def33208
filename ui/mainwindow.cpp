// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "appearance.h"
#include "articleview.h"
#include "chart/figureschart.h"
#include "entitypanel.h"
#include "eventdetails.h"
#include "export/exportactions.h"
#include "findpanel.h"
#include "storydocument.h"
#include "storyselection.h"
#include "timeline/timelineview.h"
#include "uistyle.h"

#include "story/articlebatch.h"
#include "story/bundledstory.h"
#include "story/storyreader.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QProgressDialog>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTableWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

using namespace Qt::StringLiterals;

namespace storyline {

namespace {

constexpr int maxRecentStories = 8;

QIcon themedIcon(const QString &name, QStyle::StandardPixmap fallback, const QStyle *style)
{
    return QIcon::fromTheme(name, style->standardIcon(fallback));
}

} // namespace

struct MainWindow::Private
{
    MainWindow *q = nullptr;
    StoryDocument *document = nullptr; // the story, its undo stack, its folder
    QString language = UiStyle::uiLanguage();
    StorySelection *selection = nullptr;
    QMessageBox::StandardButton unsavedAnswer = QMessageBox::Cancel; // STORYLINE_NO_DIALOGS
    int unsavedQuestions = 0;

    TimelineView *timeline = nullptr;
    ArticleView *article = nullptr;
    EntityPanel *entities = nullptr;
    EventDetails *details = nullptr;
    FindPanel *find = nullptr;
    FiguresChart *chart = nullptr;
    QSplitter *splitter = nullptr;
    QDockWidget *chartDock = nullptr;
    QDockWidget *entitiesDock = nullptr;
    QDockWidget *detailsDock = nullptr;
    QDockWidget *findDock = nullptr;
    QLabel *rangeLabel = nullptr;
    QLabel *countLabel = nullptr;
    QLabel *importLabel = nullptr;
    QProgressBar *importProgress = nullptr;
    QToolButton *importCancel = nullptr;
    bool defaultDockSizes = false;

    QMenu *fileMenu = nullptr;
    QMenu *editMenu = nullptr;
    QMenu *recentMenu = nullptr;
    QMenu *viewMenu = nullptr;
    QMenu *goMenu = nullptr;
    QMenu *helpMenu = nullptr;
    QToolBar *toolBar = nullptr;
    QAction *newAction = nullptr;
    QAction *openAction = nullptr;
    QAction *openArticlesAction = nullptr;
    QAction *saveAction = nullptr;
    QAction *saveAsAction = nullptr;
    QAction *undoAction = nullptr;
    QAction *redoAction = nullptr;
    QAction *quitAction = nullptr;
    QAction *zoomInAction = nullptr;
    QAction *zoomOutAction = nullptr;
    QAction *zoomFitAction = nullptr;
    QAction *zoomSelectionAction = nullptr;
    QAction *lanesAction = nullptr;
    QAction *previousAction = nullptr;
    QAction *nextAction = nullptr;
    QAction *firstAction = nullptr;
    QAction *lastAction = nullptr;
    QAction *findAction = nullptr;
    QAction *findAllAction = nullptr;
    QAction *clearFilterAction = nullptr;
    QAction *aboutAction = nullptr;
    QAction *aboutQtAction = nullptr;
    QAction *shortcutsAction = nullptr;
    QMenu *languageMenu = nullptr;
    QMenu *themeMenu = nullptr;
    QActionGroup *languageGroup = nullptr;
    QActionGroup *themeGroup = nullptr;
    ExportActions *exportActions = nullptr; // File ▸ Export

    void createViews();
    void createActions();
    void createMenus();
    void createAppearanceMenus();
    void createExportActions();
    void showShortcuts();
    void applyLanguage();
    void retranslate();
    const Story &story() const { return document->story(); }
    void showStory();
    void showEvents(const QString &eventId);
    void showImport(int done, int total);
    void importDone(const QStringList &articleIds, const QStringList &errors, bool cancelled);
    bool maybeSave();
    bool save(const QString &folder);
    void updateStatus();
    void updateTitle();
    void addRecent(const QString &path);
    void fillRecentMenu();
    void restoreLayout();
    void saveLayout();
};

void MainWindow::Private::createViews()
{
    document = new StoryDocument(q);
    selection = new StorySelection(q);

    timeline = new TimelineView(q);
    timeline->setObjectName(u"timeline"_s);
    article = new ArticleView(q);
    article->setObjectName(u"article"_s);
    splitter = new QSplitter(Qt::Vertical, q);
    splitter->setObjectName(u"mainSplitter"_s);
    splitter->addWidget(timeline);
    splitter->addWidget(article);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    q->setCentralWidget(splitter);

    entities = new EntityPanel(q);
    entitiesDock = new QDockWidget(q);
    entitiesDock->setObjectName(u"entitiesDock"_s);
    entitiesDock->setWidget(entities);
    q->addDockWidget(Qt::LeftDockWidgetArea, entitiesDock);

    details = new EventDetails(q);
    detailsDock = new QDockWidget(q);
    detailsDock->setObjectName(u"detailsDock"_s);
    detailsDock->setWidget(details);
    q->addDockWidget(Qt::RightDockWidgetArea, detailsDock);

    chart = new FiguresChart(q);
    chart->setObjectName(u"figuresChart"_s);
    // The chart shows every figure; the selected event's are highlighted, not the only ones.
    chart->setFollowsCurrentEvent(false);
    chartDock = new QDockWidget(q);
    chartDock->setObjectName(u"chartDock"_s);
    chartDock->setWidget(chart);
    q->addDockWidget(Qt::RightDockWidgetArea, chartDock); // below the details

    find = new FindPanel(q);
    findDock = new QDockWidget(q);
    findDock->setObjectName(u"findDock"_s);
    findDock->setWidget(find);
    q->addDockWidget(Qt::RightDockWidgetArea, findDock);
    q->tabifyDockWidget(detailsDock, findDock);
    detailsDock->raise();

    timeline->setSelection(selection);
    article->setSelection(selection);
    entities->setSelection(selection);
    details->setSelection(selection);
    chart->setSelection(selection);
    timeline->setDocument(document);
    details->setDocument(document);
    QObject::connect(document, &StoryDocument::storyChanged, q, [this] { showStory(); });
    QObject::connect(article, &ArticleView::publicationDateChosen, q,
                     [this](const QString &articleId, const QString &date) {
                         if (const auto parsed = PartialDate::parse(date))
                             document->setPublicationDate(articleId, *parsed);
                     });
    QObject::connect(document, &StoryDocument::eventsChanged, q,
                     [this](const QString &id) { showEvents(id); });
    QObject::connect(document, &StoryDocument::modifiedChanged, q, [this] { updateTitle(); });
    QObject::connect(document, &StoryDocument::importProgress, q,
                     [this](int done, int total) { showImport(done, total); });
    QObject::connect(document, &StoryDocument::importFinished, q,
                     [this](const QStringList &ids, const QStringList &errors, bool cancelled) {
                         importDone(ids, errors, cancelled);
                     });

    rangeLabel = new QLabel(q);
    countLabel = new QLabel(q);
    q->statusBar()->addWidget(rangeLabel, 1);
    // An import's progress, while one runs.
    importLabel = new QLabel(q);
    importProgress = new QProgressBar(q);
    importProgress->setMaximumWidth(220);
    importProgress->setTextVisible(false);
    importCancel = new QToolButton(q);
    importCancel->setObjectName(u"cancelImport"_s);
    importCancel->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QWidget *w : {static_cast<QWidget *>(importLabel), static_cast<QWidget *>(importProgress),
                       static_cast<QWidget *>(importCancel)}) {
        q->statusBar()->addPermanentWidget(w);
        w->hide();
    }
    QObject::connect(importCancel, &QToolButton::clicked, document, &StoryDocument::cancelImport);
    q->statusBar()->addPermanentWidget(countLabel);

    QObject::connect(timeline, &TimelineView::visibleRangeChanged, q, [this] { updateStatus(); });
    QObject::connect(selection, &StorySelection::entitiesChanged, q, [this] { updateStatus(); });
    QObject::connect(
        find, &FindPanel::matchActivated, q,
        [this](const QString &articleId, TextSpan span) { article->showArticle(articleId, span); });
    // A figure lives in an event: selecting the figure brings its event along.
    QObject::connect(
        selection, &StorySelection::currentFigureChanged, q, [this](const QString &id) {
            const Figure *figure = story().figure(id);
            if (figure && !figure->event.isEmpty() && figure->event != selection->currentEvent()) {
                const Event *event = story().event(figure->event);
                int source = 0;
                for (int i = 0; event && i < event->sources.size(); ++i) {
                    if (event->sources[i].article == figure->article)
                        source = i;
                }
                selection->setCurrentEvent(figure->event, source);
                article->showArticle(figure->article, figure->span);
            }
        });
}

void MainWindow::Private::createActions()
{
    const QStyle *style = q->style();
    newAction
        = new QAction(themedIcon(u"document-new"_s, QStyle::SP_FileIcon, style), QString(), q);
    newAction->setShortcut(QKeySequence::New);
    QObject::connect(newAction, &QAction::triggered, q, [this] { q->newStory(); });
    openAction = new QAction(themedIcon(u"document-open"_s, QStyle::SP_DialogOpenButton, style),
                             QString(), q);
    openAction->setShortcut(QKeySequence::Open);
    QObject::connect(openAction, &QAction::triggered, q, [this] {
        if (!maybeSave())
            return;
        const QString path = QFileDialog::getExistingDirectory(
            q, MainWindow::tr("Open a story folder"),
            document->path().isEmpty() ? QString() : QFileInfo(document->path()).path());
        if (!path.isEmpty())
            q->openStory(path);
    });
    openArticlesAction = new QAction(
        themedIcon(u"document-import"_s, QStyle::SP_FileDialogNewFolder, style), QString(), q);
    openArticlesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QObject::connect(openArticlesAction, &QAction::triggered, q, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(
            q, MainWindow::tr("Open Articles"), QString(),
            MainWindow::tr("Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)"));
        if (!paths.isEmpty())
            q->importArticles(paths);
    });
    saveAction = new QAction(themedIcon(u"document-save"_s, QStyle::SP_DialogSaveButton, style),
                             QString(), q);
    saveAction->setShortcut(QKeySequence::Save);
    QObject::connect(saveAction, &QAction::triggered, q, [this] { q->saveStory(); });
    saveAsAction = new QAction(
        themedIcon(u"document-save-as"_s, QStyle::SP_DialogSaveButton, style), QString(), q);
    saveAsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QObject::connect(saveAsAction, &QAction::triggered, q, [this] { save(QString()); });
    undoAction = document->undoStack()->createUndoAction(q);
    undoAction->setIcon(themedIcon(u"edit-undo"_s, QStyle::SP_ArrowBack, style));
    undoAction->setShortcut(QKeySequence::Undo);
    redoAction = document->undoStack()->createRedoAction(q);
    redoAction->setIcon(themedIcon(u"edit-redo"_s, QStyle::SP_ArrowForward, style));
    redoAction->setShortcut(QKeySequence::Redo);
    quitAction = new QAction(themedIcon(u"application-exit"_s, QStyle::SP_DialogCloseButton, style),
                             QString(), q);
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    QObject::connect(quitAction, &QAction::triggered, q, &QWidget::close);

    zoomInAction = new QAction(themedIcon(u"zoom-in"_s, QStyle::SP_ArrowUp, style), QString(), q);
    zoomInAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence::ZoomIn});
    QObject::connect(zoomInAction, &QAction::triggered, timeline, &TimelineView::zoomIn);
    zoomOutAction
        = new QAction(themedIcon(u"zoom-out"_s, QStyle::SP_ArrowDown, style), QString(), q);
    zoomOutAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Minus), QKeySequence::ZoomOut});
    QObject::connect(zoomOutAction, &QAction::triggered, timeline, &TimelineView::zoomOut);
    zoomFitAction = new QAction(themedIcon(u"zoom-fit-best"_s, QStyle::SP_BrowserReload, style),
                                QString(), q);
    zoomFitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QObject::connect(zoomFitAction, &QAction::triggered, timeline, &TimelineView::zoomToFit);
    zoomSelectionAction = new QAction(
        themedIcon(u"zoom-select"_s, QStyle::SP_FileDialogContentsView, style), QString(), q);
    zoomSelectionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_9));
    QObject::connect(zoomSelectionAction, &QAction::triggered, timeline,
                     &TimelineView::zoomToSelection);
    lanesAction = new QAction(q);
    lanesAction->setCheckable(true);
    lanesAction->setChecked(true);
    lanesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QObject::connect(lanesAction, &QAction::toggled, timeline, &TimelineView::setLanesVisible);

    previousAction
        = new QAction(themedIcon(u"go-previous"_s, QStyle::SP_ArrowLeft, style), QString(), q);
    previousAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    QObject::connect(previousAction, &QAction::triggered, timeline,
                     &TimelineView::selectPreviousEvent);
    nextAction = new QAction(themedIcon(u"go-next"_s, QStyle::SP_ArrowRight, style), QString(), q);
    nextAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    QObject::connect(nextAction, &QAction::triggered, timeline, &TimelineView::selectNextEvent);
    firstAction
        = new QAction(themedIcon(u"go-first"_s, QStyle::SP_MediaSkipBackward, style), QString(), q);
    firstAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    QObject::connect(firstAction, &QAction::triggered, timeline, &TimelineView::selectFirstEvent);
    lastAction
        = new QAction(themedIcon(u"go-last"_s, QStyle::SP_MediaSkipForward, style), QString(), q);
    lastAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_End));
    QObject::connect(lastAction, &QAction::triggered, timeline, &TimelineView::selectLastEvent);

    findAction = new QAction(themedIcon(u"edit-find"_s, QStyle::SP_FileDialogContentsView, style),
                             QString(), q);
    findAction->setShortcut(QKeySequence::Find);
    QObject::connect(findAction, &QAction::triggered, article, &ArticleView::showFindBar);
    findAllAction = new QAction(q);
    findAllAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    QObject::connect(findAllAction, &QAction::triggered, q, [this] {
        findDock->show();
        findDock->raise();
        find->focusField();
    });
    clearFilterAction = new QAction(q);
    clearFilterAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backspace));
    QObject::connect(clearFilterAction, &QAction::triggered, q,
                     [this] { selection->setEntities({}); });

    aboutAction = new QAction(themedIcon(u"help-about"_s, QStyle::SP_MessageBoxInformation, style),
                              QString(), q);
    aboutAction->setMenuRole(QAction::AboutRole);
    QObject::connect(aboutAction, &QAction::triggered, q, [this] {
        QStringList sources;
        for (const Article &a : std::as_const(story().articles))
            sources.append(
                u"<li>%1</li>"_s.arg(UiStyle::articleLabel(a, language).toHtmlEscaped()));
        QMessageBox::about(
            q, MainWindow::tr("About Storyline"),
            MainWindow::tr(
                "<h3>Storyline %1</h3><p>A news story as a zoomable chronology: dated events, "
                "the articles that report them with their named entities, and the figures "
                "they state.</p><p>Built with Qt %2 (LGPL-3.0) and ICU (Unicode licence). "
                "Storyline is free software under the GPL-3.0-or-later.</p>"
                "<p><b>This story's sources:</b></p><ul>%3</ul>")
                .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                     sources.join(QString())));
    });
    aboutQtAction = new QAction(q);
    aboutQtAction->setMenuRole(QAction::AboutQtRole);
    QObject::connect(aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::Private::createExportActions()
{
    // File ▸ Export, above Quit; the actions translate themselves.
    exportActions = new ExportActions(q);
    fileMenu->insertMenu(quitAction, exportActions->menu());
    fileMenu->insertSeparator(quitAction);
}

void MainWindow::Private::createMenus()
{
    QMenuBar *bar = q->menuBar();
    fileMenu = bar->addMenu(QString());
    fileMenu->addAction(newAction);
    fileMenu->addAction(openAction);
    fileMenu->addAction(openArticlesAction);
    recentMenu = fileMenu->addMenu(QString());
    fileMenu->addSeparator();
    fileMenu->addAction(saveAction);
    fileMenu->addAction(saveAsAction);
    fileMenu->addSeparator();
    fileMenu->addAction(quitAction);

    editMenu = bar->addMenu(QString());
    editMenu->addAction(undoAction);
    editMenu->addAction(redoAction);

    viewMenu = bar->addMenu(QString());
    viewMenu->addAction(zoomInAction);
    viewMenu->addAction(zoomOutAction);
    viewMenu->addAction(zoomFitAction);
    viewMenu->addAction(zoomSelectionAction);
    viewMenu->addSeparator();
    viewMenu->addAction(lanesAction);
    viewMenu->addAction(clearFilterAction);
    viewMenu->addSeparator();
    viewMenu->addAction(findAction);
    viewMenu->addAction(findAllAction);
    viewMenu->addSeparator();
    viewMenu->addAction(entitiesDock->toggleViewAction());
    viewMenu->addAction(detailsDock->toggleViewAction());
    viewMenu->addAction(findDock->toggleViewAction());
    viewMenu->addAction(chartDock->toggleViewAction());

    goMenu = bar->addMenu(QString());
    goMenu->addAction(previousAction);
    goMenu->addAction(nextAction);
    goMenu->addSeparator();
    goMenu->addAction(firstAction);
    goMenu->addAction(lastAction);

    helpMenu = bar->addMenu(QString());
    shortcutsAction = helpMenu->addAction(QString());
    shortcutsAction->setShortcut(QKeySequence::HelpContents);
    QObject::connect(shortcutsAction, &QAction::triggered, q, [this] { showShortcuts(); });
    helpMenu->addSeparator();
    helpMenu->addAction(aboutAction);
    helpMenu->addAction(aboutQtAction);

    toolBar = q->addToolBar(QString());
    toolBar->setObjectName(u"mainToolBar"_s);
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(openAction);
    toolBar->addAction(openArticlesAction);
    toolBar->addAction(saveAction);
    toolBar->addSeparator();
    toolBar->addAction(zoomInAction);
    toolBar->addAction(zoomOutAction);
    toolBar->addAction(zoomFitAction);
    toolBar->addSeparator();
    toolBar->addAction(previousAction);
    toolBar->addAction(nextAction);
    toolBar->addSeparator();
    toolBar->addAction(findAction);
    toolBar->addAction(aboutAction);
}

void MainWindow::Private::createAppearanceMenus()
{
    viewMenu->addSeparator();
    languageMenu = viewMenu->addMenu(QString());
    languageGroup = new QActionGroup(q);
    const QString current = Appearance::languageSetting();
    QStringList codes{QString()};
    codes += Appearance::availableLanguages();
    for (const QString &code : std::as_const(codes)) {
        QAction *action
            = languageMenu->addAction(code.isEmpty() ? QString() : Appearance::languageName(code));
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        languageGroup->addAction(action);
        QObject::connect(action, &QAction::triggered, q, [code] {
            Appearance::saveLanguageSetting(code);
            Appearance::setLanguage(code); // every widget gets QEvent::LanguageChange
        });
    }
    themeMenu = viewMenu->addMenu(QString());
    themeGroup = new QActionGroup(q);
    for (Appearance::Theme theme :
         {Appearance::Theme::System, Appearance::Theme::Light, Appearance::Theme::Dark}) {
        QAction *action = themeMenu->addAction(QString());
        action->setCheckable(true);
        action->setChecked(theme == Appearance::themeSetting());
        action->setData(int(theme));
        themeGroup->addAction(action);
        QObject::connect(action, &QAction::triggered, q, [theme] {
            Appearance::saveThemeSetting(theme);
            Appearance::setTheme(theme);
        });
    }
}

void MainWindow::Private::showShortcuts()
{
    auto *dialog = new QDialog(q);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(MainWindow::tr("Keyboard Shortcuts"));
    auto *layout = new QVBoxLayout(dialog);
    auto *table = new QTableWidget(dialog);
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels({MainWindow::tr("Action"), MainWindow::tr("Keys")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAccessibleName(MainWindow::tr("Keyboard shortcuts"));
    QList<std::pair<QString, QString>> rows;
    const auto actions = q->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->shortcuts().isEmpty() || action->text().isEmpty())
            continue;
        QStringList keys;
        for (const QKeySequence &key : action->shortcuts())
            keys.append(key.toString(QKeySequence::NativeText));
        rows.append({action->text().remove(u'&').remove(u"…"_s), keys.join(u", "_s)});
    }
    // The timeline's own keys, which are not menu actions.
    rows.append({MainWindow::tr("Previous / next event (timeline)"),
                 MainWindow::tr("Left / Right, P / N")});
    rows.append({MainWindow::tr("First / last event (timeline)"), MainWindow::tr("Home / End")});
    rows.append({MainWindow::tr("Pan the timeline"),
                 MainWindow::tr("Shift+Left / Shift+Right, drag, scroll")});
    rows.append(
        {MainWindow::tr("Zoom around the pointer"), MainWindow::tr("Ctrl+wheel or wheel, pinch")});
    rows.append({MainWindow::tr("Zoom to a range"), MainWindow::tr("Drag on the time axis")});
    rows.append({MainWindow::tr("Add an entity to the filter"), MainWindow::tr("Ctrl+click")});
    std::sort(rows.begin(), rows.end());
    table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        table->setItem(i, 0, new QTableWidgetItem(rows[i].first));
        table->setItem(i, 1, new QTableWidgetItem(rows[i].second));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    layout->addWidget(buttons);
    dialog->resize(560, 520);
    dialog->show();
}

void MainWindow::Private::applyLanguage()
{
    language = UiStyle::uiLanguage();
    timeline->setLanguage(language);
    article->setLanguage(language);
    entities->setLanguage(language);
    details->setLanguage(language);
    find->setLanguage(language);
    chart->setLanguage(language);
}

void MainWindow::Private::retranslate()
{
    fileMenu->setTitle(MainWindow::tr("&File"));
    editMenu->setTitle(MainWindow::tr("&Edit"));
    recentMenu->setTitle(MainWindow::tr("Open &Recent"));
    viewMenu->setTitle(MainWindow::tr("&View"));
    goMenu->setTitle(MainWindow::tr("&Go"));
    helpMenu->setTitle(MainWindow::tr("&Help"));
    toolBar->setWindowTitle(MainWindow::tr("Main toolbar"));
    entitiesDock->setWindowTitle(MainWindow::tr("Entities"));
    detailsDock->setWindowTitle(MainWindow::tr("Event"));
    findDock->setWindowTitle(MainWindow::tr("Find in All Articles"));
    chartDock->setWindowTitle(MainWindow::tr("Figures"));

    auto set = [](QAction *action, const QString &text, const QString &tip) {
        action->setText(text);
        action->setToolTip(tip);
        action->setStatusTip(tip);
    };
    set(newAction, MainWindow::tr("&New Story"),
        MainWindow::tr("Start an empty story and add articles to it"));
    set(openAction, MainWindow::tr("&Open Story…"), MainWindow::tr("Open a story folder"));
    set(openArticlesAction, MainWindow::tr("Open &Articles…"),
        MainWindow::tr("Add article files (text, Markdown, HTML) to the story"));
    set(saveAction, MainWindow::tr("&Save Story"), MainWindow::tr("Save the story in its folder"));
    set(saveAsAction, MainWindow::tr("Save Story &As…"),
        MainWindow::tr("Save the story in another folder"));
    // Their texts follow the undo stack ("Undo Accept Event"); the tips stay.
    undoAction->setStatusTip(MainWindow::tr("Undo the last change to the story"));
    redoAction->setStatusTip(MainWindow::tr("Redo the change last undone"));
    importCancel->setText(MainWindow::tr("Cancel"));
    importCancel->setToolTip(MainWindow::tr("Stop reading the articles; none is added"));
    importProgress->setAccessibleName(MainWindow::tr("Import progress"));
    set(quitAction, MainWindow::tr("&Quit"), MainWindow::tr("Quit Storyline"));
    set(zoomInAction, MainWindow::tr("Zoom &In"),
        MainWindow::tr("Zoom in on the timeline (Ctrl+=)"));
    set(zoomOutAction, MainWindow::tr("Zoom &Out"),
        MainWindow::tr("Zoom out of the timeline (Ctrl+-)"));
    set(zoomFitAction, MainWindow::tr("Zoom to &Fit"),
        MainWindow::tr("Show the whole story (Ctrl+0)"));
    set(zoomSelectionAction, MainWindow::tr("Zoom to &Selection"),
        MainWindow::tr("Zoom to the selected event"));
    set(lanesAction, MainWindow::tr("Show &Lanes"),
        MainWindow::tr("Group events in lanes by who acts"));
    set(previousAction, MainWindow::tr("&Previous Event"),
        MainWindow::tr("Select the previous event in time (Left or P on the timeline)"));
    set(nextAction, MainWindow::tr("&Next Event"),
        MainWindow::tr("Select the next event in time (Right or N on the timeline)"));
    set(firstAction, MainWindow::tr("&First Event"),
        MainWindow::tr("Select the first event (Home on the timeline)"));
    set(lastAction, MainWindow::tr("&Last Event"),
        MainWindow::tr("Select the last event (End on the timeline)"));
    set(findAction, MainWindow::tr("&Find in Article…"),
        MainWindow::tr("Find in the article (Ctrl+F)"));
    set(findAllAction, MainWindow::tr("Find in &All Articles…"),
        MainWindow::tr("Find in every article of the story"));
    set(clearFilterAction, MainWindow::tr("Show &All Events"),
        MainWindow::tr("Clear the entity filter"));
    set(aboutAction, MainWindow::tr("&About Storyline"),
        MainWindow::tr("Version, licences and this story's sources"));
    set(aboutQtAction, MainWindow::tr("About &Qt"),
        MainWindow::tr("The Qt version Storyline uses"));
    set(shortcutsAction, MainWindow::tr("&Keyboard Shortcuts"),
        MainWindow::tr("Every shortcut, in the menus and on the timeline"));
    languageMenu->setTitle(MainWindow::tr("&Language"));
    for (QAction *action : languageGroup->actions()) {
        if (action->data().toString().isEmpty())
            action->setText(MainWindow::tr("&System Language"));
    }
    themeMenu->setTitle(MainWindow::tr("&Theme"));
    const QStringList themeNames{MainWindow::tr("&System"), MainWindow::tr("&Light"),
                                 MainWindow::tr("&Dark")};
    for (QAction *action : themeGroup->actions())
        action->setText(themeNames.value(action->data().toInt()));
    timeline->setAccessibleName(MainWindow::tr("Timeline"));
    timeline->setAccessibleDescription(MainWindow::tr(
        "Events in time. Left and Right step through them; Ctrl+= and Ctrl+- zoom."));
    fillRecentMenu();
    updateTitle();
    updateStatus();
}

void MainWindow::Private::showStory()
{
    // The story was replaced, or articles came or went: what the selection names may be gone.
    const Story &current = story();
    if (!current.event(selection->currentEvent()))
        selection->setCurrentEvent(QString());
    if (!current.figure(selection->currentFigure()))
        selection->setCurrentFigure(QString());
    if (!current.entity(selection->focusedEntity()))
        selection->setFocusedEntity(QString());
    QStringList filter = selection->entities();
    filter.removeIf([&](const QString &id) { return !current.entity(id); });
    selection->setEntities(filter);
    timeline->setLanguage(language);
    article->setLanguage(language);
    entities->setLanguage(language);
    details->setLanguage(language);
    find->setLanguage(language);
    chart->setLanguage(language);
    timeline->setStory(&current);
    article->setStory(&current);
    entities->setStory(&current);
    details->setStory(&current);
    find->setStory(&current);
    chart->setStory(&current);
    timeline->zoomToFit();
    updateTitle();
    updateStatus();
}

void MainWindow::Private::showEvents(const QString &eventId)
{
    // An event was accepted, edited, dismissed or brought back: the views that show events
    // re-read them, and the event is selected (or, gone, no longer).
    timeline->refresh();
    if (story().event(eventId))
        selection->setCurrentEvent(eventId);
    else if (selection->currentEvent() == eventId)
        selection->setCurrentEvent(QString());
    details->setStory(&story());
    updateStatus();
}

void MainWindow::Private::showImport(int done, int total)
{
    const bool running = document->isImporting();
    importLabel->setVisible(running);
    importProgress->setVisible(running);
    importCancel->setVisible(running);
    if (total > 0) {
        importProgress->setRange(0, total);
        importProgress->setValue(done);
        importLabel->setText(MainWindow::tr("Reading articles: %1 of %2").arg(done).arg(total));
    } else {
        importProgress->setRange(0, 0); // busy: the batch is being merged
        importLabel->setText(MainWindow::tr("Adding the articles…"));
    }
}

void MainWindow::Private::importDone(const QStringList &articleIds, const QStringList &errors,
                                     bool cancelled)
{
    importLabel->hide();
    importProgress->hide();
    importCancel->hide();
    QString message = cancelled
        ? MainWindow::tr("Import cancelled: no article added.")
        : MainWindow::tr("%n article(s) added.", nullptr, int(articleIds.size()));
    if (!errors.isEmpty()) {
        message += u' '
            % MainWindow::tr("%n file(s) could not be read: %1", nullptr, int(errors.size()))
                  .arg(errors.join(u"; "_s));
        if (qEnvironmentVariableIsEmpty("STORYLINE_NO_DIALOGS")) {
            QMessageBox box(
                QMessageBox::Warning, MainWindow::tr("Some articles were not added"),
                MainWindow::tr("%n file(s) could not be read.", nullptr, int(errors.size())),
                QMessageBox::Ok, q);
            box.setInformativeText(errors.join(u'\n'));
            box.setTextFormat(Qt::PlainText);
            box.exec();
        }
    }
    q->statusBar()->showMessage(message, 10000);
    if (!articleIds.isEmpty())
        article->showArticle(articleIds.first());
}

bool MainWindow::Private::maybeSave()
{
    if (!document->isModified())
        return true;
    ++unsavedQuestions;
    QMessageBox::StandardButton answer = unsavedAnswer;
    if (qEnvironmentVariableIsEmpty("STORYLINE_NO_DIALOGS")) {
        QMessageBox box(QMessageBox::Warning, MainWindow::tr("Unsaved changes"),
                        MainWindow::tr("“%1” has changes that are not saved.")
                            .arg(story().title.text(language)),
                        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, q);
        box.setInformativeText(MainWindow::tr("Save them first?"));
        box.setDefaultButton(QMessageBox::Save);
        answer = QMessageBox::StandardButton(box.exec());
    }
    switch (answer) {
    case QMessageBox::Save: return save(document->path());
    case QMessageBox::Discard: return true;
    default: return false;
    }
}

bool MainWindow::Private::save(const QString &folder)
{
    QString target = folder;
    if (target.isEmpty()) {
        if (!qEnvironmentVariableIsEmpty("STORYLINE_NO_DIALOGS"))
            return false; // nowhere to ask
        target = QFileDialog::getExistingDirectory(
            q, MainWindow::tr("Save the story in a folder"),
            document->path().isEmpty() ? QString() : QFileInfo(document->path()).path());
        if (target.isEmpty())
            return false;
        if (QDir::cleanPath(target) != document->path()
            && QFileInfo::exists(target % u"/story.json"_s)) {
            const auto replace = QMessageBox::question(
                q, MainWindow::tr("Replace the story?"),
                MainWindow::tr("This folder already holds a story. Replace it with this one?"));
            if (replace != QMessageBox::Yes)
                return false;
        }
    }
    if (const auto error = document->saveAs(target)) {
        QMessageBox box(QMessageBox::Warning, MainWindow::tr("Cannot save the story"),
                        MainWindow::tr("Storyline cannot save the story; the files already in "
                                       "the folder are as they were."),
                        QMessageBox::Ok, q);
        box.setInformativeText(error->toString());
        box.setTextFormat(Qt::PlainText);
        if (qEnvironmentVariableIsEmpty("STORYLINE_NO_DIALOGS"))
            box.exec();
        q->statusBar()->showMessage(error->toString(), 10000);
        return false;
    }
    addRecent(document->path());
    q->statusBar()->showMessage(
        MainWindow::tr("Saved in %1").arg(QDir::toNativeSeparators(document->path())), 5000);
    return true;
}

void MainWindow::Private::updateTitle()
{
    const QString title = story().title.text(language);
    // "*" in front when there are unsaved changes.
    const QString modified = document->isModified() ? u"*"_s : QString();
    q->setWindowTitle(modified
                      % (title.isEmpty() ? MainWindow::tr("Storyline")
                                         : MainWindow::tr("%1 — Storyline").arg(title)));
}

void MainWindow::Private::updateStatus()
{
    if (!timeline || !rangeLabel)
        return;
    const QLocale locale(language);
    const QDateTime start = timeline->visibleStart();
    const QDateTime end = timeline->visibleEnd();
    if (start.isValid() && end.isValid()) {
        const bool sameYear = start.date().year() == end.date().year();
        const QString format = sameYear ? u"d MMM"_s : u"d MMM yyyy"_s;
        rangeLabel->setText(MainWindow::tr("Showing %1 – %2")
                                .arg(locale.toString(start.date(), format),
                                     locale.toString(end.date(), u"d MMM yyyy"_s)));
    } else {
        rangeLabel->clear();
    }
    const int total = int(story().events.size());
    const int filtered = timeline->filteredEventCount();
    const int visible = timeline->visibleEventCount();
    QString counts = MainWindow::tr("%n event(s) in view", nullptr, visible);
    if (filtered != total)
        counts
            = MainWindow::tr("%1 · %2 of %3 match the filter").arg(counts).arg(filtered).arg(total);
    else
        counts = MainWindow::tr("%1 · %n event(s) in the story", nullptr, total).arg(counts);
    countLabel->setText(counts);
}

void MainWindow::Private::addRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(u"recentStories"_s).toStringList();
    const QString canonical = QFileInfo(path).absoluteFilePath();
    recent.removeAll(canonical);
    recent.prepend(canonical);
    while (recent.size() > maxRecentStories)
        recent.removeLast();
    settings.setValue(u"recentStories"_s, recent);
    fillRecentMenu();
}

void MainWindow::Private::fillRecentMenu()
{
    recentMenu->clear();
    const QStringList recent = q->recentStories();
    for (const QString &path : recent) {
        QAction *action = recentMenu->addAction(QDir::toNativeSeparators(path));
        QObject::connect(action, &QAction::triggered, q, [this, path] { q->openStory(path); });
    }
    if (recent.isEmpty()) {
        QAction *none = recentMenu->addAction(MainWindow::tr("No recent stories"));
        none->setEnabled(false);
    } else {
        recentMenu->addSeparator();
        QAction *clear = recentMenu->addAction(MainWindow::tr("Clear the List"));
        QObject::connect(clear, &QAction::triggered, q, [this] {
            QSettings().remove(u"recentStories"_s);
            fillRecentMenu();
        });
    }
}

void MainWindow::Private::restoreLayout()
{
    QSettings settings;
    // Unreadable or foreign values fall back to the defaults: restore* just return false.
    if (!q->restoreGeometry(settings.value(u"window/geometry"_s).toByteArray()))
        q->resize(1400, 900);
    // Without a saved layout, the docks get their default widths once the window is laid out.
    defaultDockSizes = !q->restoreState(settings.value(u"window/state"_s).toByteArray());
    if (!splitter->restoreState(settings.value(u"window/splitter"_s).toByteArray()))
        splitter->setSizes({380, 520});
    lanesAction->setChecked(settings.value(u"timeline/lanes"_s, true).toBool());
}

void MainWindow::Private::saveLayout()
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, q->saveGeometry());
    settings.setValue(u"window/state"_s, q->saveState());
    settings.setValue(u"window/splitter"_s, splitter->saveState());
    settings.setValue(u"timeline/lanes"_s, lanesAction->isChecked());
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    setAcceptDrops(true);
    QIcon icon(u":/icons/storyline.svg"_s);
    icon.addFile(u":/icons/storyline-256.png"_s);
    setWindowIcon(icon);
    setDockOptions(AnimatedDocks | AllowTabbedDocks);
    d->createViews();
    d->createActions();
    d->createMenus();
    d->createExportActions();
    d->createAppearanceMenus();
    d->retranslate();
    d->restoreLayout();
}

MainWindow::~MainWindow() = default;

std::optional<StoryError> MainWindow::openStory(const QString &path)
{
    if (!d->maybeSave())
        return std::nullopt;
    // Read on a worker thread: the window keeps painting, and a story that takes a while (a
    // big one: 100,000 articles take seconds) shows a progress dialog that can cancel it. The
    // reader reports how far it has come into `loading` and stops at its next report once
    // Cancel is pressed.
    struct Loading
    {
        std::atomic<int> permille{0};
        std::atomic<bool> cancel{false};
    };
    const auto loading = std::make_shared<Loading>();
    StoryReader::Options options;
    options.progress = [loading](qint64 done, qint64 total) {
        if (total > 0)
            loading->permille.store(int(qMin<qint64>(1000, done * 1000 / total)));
        return !loading->cancel.load();
    };
    using Loaded = std::shared_ptr<Result<Story>>;
    const QFuture<Loaded> future = QtConcurrent::run([path, options] {
        return std::make_shared<Result<Story>>(StoryReader::read(path, options));
    });
    if (!future.isFinished()) {
        QEventLoop loop;
        QFutureWatcher<Loaded> watcher;
        connect(&watcher, &QFutureWatcher<Loaded>::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(future);
        QProgressDialog progress(tr("Opening “%1”…").arg(QDir::toNativeSeparators(path)),
                                 tr("Cancel"), 0, 1000, this);
        progress.setWindowTitle(tr("Opening the story"));
        progress.setWindowModality(Qt::WindowModal);
        progress.setMinimumDuration(400);
        progress.setAutoClose(false);
        progress.setAutoReset(false);
        connect(&progress, &QProgressDialog::canceled, &loop, &QEventLoop::quit);
        progress.setValue(0); // starts the clock of minimumDuration
        // Once shown, the bar follows the reader, never backwards (its total grows while it
        // finds the articles).
        QTimer follow;
        connect(&follow, &QTimer::timeout, &progress, [&progress, loading] {
            const int value = loading->permille.load();
            if (progress.isVisible() && value > progress.value())
                progress.setValue(value);
        });
        follow.start(100);
        if (!future.isFinished())
            loop.exec();
        if (!future.isFinished()) {
            // Cancelled: the reading stops at its next report and its result is dropped.
            loading->cancel.store(true);
            statusBar()->showMessage(tr("Opening cancelled; the current story stays open."), 10000);
            return std::nullopt;
        }
    }
    Result<Story> result = std::move(*future.result());
    if (!result) {
        QMessageBox box(QMessageBox::Warning, tr("Cannot open the story"),
                        tr("Storyline cannot open this story; the current story stays open."),
                        QMessageBox::Ok, this);
        box.setInformativeText(result.error().toString());
        box.setTextFormat(Qt::PlainText);
        if (qEnvironmentVariableIsEmpty("STORYLINE_NO_DIALOGS"))
            box.exec();
        statusBar()->showMessage(result.error().toString(), 10000);
        return result.error();
    }
    setStory(std::move(result).value(), path);
    d->addRecent(path);
    return std::nullopt;
}

void MainWindow::setStory(Story story, const QString &path)
{
    d->selection->clear();
    d->document->setStory(std::move(story), path); // storyChanged: the views follow
}

bool MainWindow::newStory()
{
    if (!d->maybeSave())
        return false;
    d->selection->clear();
    d->document->newStory(tr("New story"), d->language);
    return true;
}

void MainWindow::importArticles(const QStringList &paths)
{
    QStringList articles;
    QStringList skipped;
    for (const QString &path : paths)
        (ArticleBatch::isArticleFile(path) ? articles : skipped).append(path);
    if (!skipped.isEmpty()) {
        statusBar()->showMessage(tr("Not an article file (.txt, .md, .markdown, .html, .htm): %1")
                                     .arg(skipped.join(u", "_s)),
                                 10000);
    }
    if (articles.isEmpty())
        return;
    d->document->importArticles(articles);
    d->showImport(0, int(articles.size()));
}

bool MainWindow::saveStory()
{
    return d->save(d->document->path());
}

bool MainWindow::saveStoryAs(const QString &folder)
{
    return !folder.isEmpty() && d->save(folder);
}

void MainWindow::setUnsavedChangesAnswer(QMessageBox::StandardButton answer)
{
    d->unsavedAnswer = answer;
}

int MainWindow::unsavedChangesQuestions() const
{
    return d->unsavedQuestions;
}

const Story &MainWindow::story() const
{
    return d->story();
}

StoryDocument *MainWindow::document() const
{
    return d->document;
}

StorySelection *MainWindow::selection() const
{
    return d->selection;
}

TimelineView *MainWindow::timeline() const
{
    return d->timeline;
}

ArticleView *MainWindow::articleView() const
{
    return d->article;
}

EntityPanel *MainWindow::entityPanel() const
{
    return d->entities;
}

EventDetails *MainWindow::eventDetails() const
{
    return d->details;
}

FindPanel *MainWindow::findPanel() const
{
    return d->find;
}

FiguresChart *MainWindow::figuresChart() const
{
    return d->chart;
}

QStringList MainWindow::recentStories() const
{
    return QSettings().value(u"recentStories"_s).toStringList();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (d->defaultDockSizes) {
        d->defaultDockSizes = false;
        resizeDocks({d->entitiesDock, d->detailsDock}, {270, width() * 3 / 10}, Qt::Horizontal);
        resizeDocks({d->detailsDock, d->chartDock}, {height() * 9 / 20, height() * 11 / 20},
                    Qt::Vertical);
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!d->maybeSave()) {
        event->ignore();
        return;
    }
    d->document->cancelImport();
    d->saveLayout();
    event->accept();
}

namespace {

// What a drop holds: one story (a folder or story.json), or article files.
struct Dropped
{
    QString story;
    QStringList articles;
};

Dropped dropped(const QMimeData *data)
{
    Dropped result;
    const QList<QUrl> urls = data->urls();
    for (const QUrl &url : urls) {
        if (!url.isLocalFile())
            continue;
        const QString path = url.toLocalFile();
        const QFileInfo info(path);
        if (urls.size() == 1 && (info.isDir() || info.fileName() == u"story.json"_s))
            result.story = path;
        else if (ArticleBatch::isArticleFile(path))
            result.articles.append(path);
    }
    return result;
}

} // namespace

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const Dropped drop = dropped(event->mimeData());
    if (!drop.story.isEmpty() || !drop.articles.isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const Dropped drop = dropped(event->mimeData());
    if (!drop.story.isEmpty()) {
        event->acceptProposedAction();
        openStory(drop.story);
    } else if (!drop.articles.isEmpty()) {
        event->acceptProposedAction();
        importArticles(drop.articles);
    }
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && d->fileMenu) {
        d->retranslate();
        if (d->language != UiStyle::uiLanguage())
            d->applyLanguage();
    }
    QMainWindow::changeEvent(event);
}

} // namespace storyline
