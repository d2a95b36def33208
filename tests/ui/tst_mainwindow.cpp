// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appearance.h"
#include "articleview.h"
#include "entitypanel.h"
#include "eventdetails.h"
#include "eventeditdialog.h"
#include "findpanel.h"
#include "mainwindow.h"
#include "storydocument.h"
#include "storyselection.h"
#include "timeline/timelineview.h"

#include "story/bundledstory.h"
#include "story/storyreader.h"
#include "story/storywriter.h"
#include "syntheticstory.h"

#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace storyline;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheStory();
    void clickingMarkerShowsQuote();
    void clickingEntityFiltersTimeline();
    void walkFromCesToTrumpXi();
    void findInAllArticles();
    void badStoryKeepsCurrent();
    void openStoryAddsRecent();
    void bigStoryOpensWithProgress();
    void layoutPersists();
    void everyActionHasTextAndTip();
    void languageSwitchesAtRunTime();
    void themeSwitches();
    void focusableWidgetsHaveAccessibleNames();
    void shortcutsDialogListsActions();
    void openingArticleFileAddsIt();
    void droppingArticleFilesAddsThem();
    void acceptViaEventDetailsThenUndo();
    void editViaEventDetails();
    void readerMarksDates();
    void dismissViaTimelineMenu();
    void closingWithUnsavedChangesAsks();
    void openingAnotherStoryAsks();
    void saveStoryAsClearsModified();
    void newStoryFromArticles();

private:
    QAction *action(const QString &text) const;
    // Adds fixture articles through the window and waits for them.
    QStringList importArticles(const QStringList &files);
    QString firstProposal() const;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"StorylineTests"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    qputenv("STORYLINE_NO_DIALOGS", "1");
    QSettings().clear();
}

void TestMainWindow::init()
{
    m_window = std::make_unique<MainWindow>();
    const Result<Story> story = BundledStory::load();
    QVERIFY(story.ok());
    m_window->setStory(story.value(), QString());
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
}

QAction *TestMainWindow::action(const QString &text) const
{
    const auto actions = m_window->findChildren<QAction *>();
    for (QAction *a : actions) {
        if (a->text().remove(u'&') == text)
            return a;
    }
    return nullptr;
}

QStringList TestMainWindow::importArticles(const QStringList &files)
{
    QSignalSpy finished(m_window->document(), &StoryDocument::importFinished);
    QStringList paths;
    for (const QString &file : files)
        paths.append(QStringLiteral(STORYLINE_FIXTURES "/articles/") % file);
    m_window->importArticles(paths);
    if (!finished.wait(60000))
        return {};
    return finished.first().at(0).toStringList();
}

QString TestMainWindow::firstProposal() const
{
    for (const Event &event : m_window->story().events) {
        if (event.extracted)
            return event.id;
    }
    return {};
}

void TestMainWindow::showsTheStory()
{
    QVERIFY(m_window->windowTitle().contains(u"Storyline"_s));
    QCOMPARE(m_window->timeline()->filteredEventCount(), m_window->story().events.size());
    QVERIFY(m_window->timeline()->visibleEventCount() > 0);
    QVERIFY(!m_window->articleView()->displayedText().isEmpty());
    QVERIFY(m_window->entityPanel()->model()->rowCount() > 0);
    QVERIFY(!m_window->statusBar()->findChildren<QLabel *>().isEmpty());
}

void TestMainWindow::clickingMarkerShowsQuote()
{
    TimelineView *timeline = m_window->timeline();
    const QPoint marker = timeline->markerPosition(u"trump-xi-meeting"_s);
    QVERIFY(!marker.isNull());
    QTest::mouseClick(timeline, Qt::LeftButton, {}, marker);
    QCOMPARE(m_window->selection()->currentEvent(), u"trump-xi-meeting"_s);
    const Event *event = m_window->story().event(u"trump-xi-meeting");
    QCOMPARE(m_window->articleView()->currentArticle(), event->sources[0].article);
    QCOMPARE(m_window->articleView()->markedQuote(), event->sources[0].span);
    QVERIFY(
        m_window->eventDetails()->browser()->toPlainText().contains(event->title.text(u"en"_s)));
}

void TestMainWindow::clickingEntityFiltersTimeline()
{
    EntityPanel *panel = m_window->entityPanel();
    QTreeView *view = panel->view();
    QModelIndex xi;
    const QAbstractItemModel *model = panel->model();
    for (int r = 0; r < model->rowCount() && !xi.isValid(); ++r) {
        const QModelIndex heading = model->index(r, 0);
        for (int c = 0; c < model->rowCount(heading); ++c) {
            if (model->index(c, 0, heading).data(EntityPanel::EntityIdRole).toString()
                == u"xi-jinping"_s)
                xi = model->index(c, 0, heading);
        }
    }
    QVERIFY(xi.isValid());
    view->scrollTo(xi);
    const int before = m_window->timeline()->filteredEventCount();
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(xi).center());
    QCOMPARE(m_window->selection()->entities(), QStringList{u"xi-jinping"_s});
    QVERIFY(m_window->timeline()->filteredEventCount() < before);
    QCOMPARE(m_window->timeline()->filteredEventCount(), 1);
    action(u"Show All Events"_s)->trigger();
    QCOMPARE(m_window->timeline()->filteredEventCount(), before);
}

void TestMainWindow::walkFromCesToTrumpXi()
{
    // A newcomer clicks through the story: first event, then Next until the end.
    QAction *first = action(u"First Event"_s);
    QAction *next = action(u"Next Event"_s);
    QVERIFY(first && next);
    first->trigger();
    QStringList visited{m_window->selection()->currentEvent()};
    for (int i = 0; i < 40 && visited.last() != u"trump-xi-meeting"_s; ++i) {
        next->trigger();
        const QString id = m_window->selection()->currentEvent();
        QVERIFY(id != visited.last());
        visited.append(id);
        // The reader follows, on the event's first source, its quote marked.
        const Event *event = m_window->story().event(id);
        QCOMPARE(m_window->articleView()->currentArticle(), event->sources[0].article);
        QCOMPARE(m_window->articleView()->markedQuote(), event->sources[0].span);
    }
    QVERIFY(visited.contains(u"ces-2025"_s));
    QCOMPARE(visited.last(), u"trump-xi-meeting"_s);
    QCOMPARE(visited.size(), m_window->story().events.size());
}

void TestMainWindow::findInAllArticles()
{
    action(u"Find in All Articles…"_s)->trigger();
    FindPanel *find = m_window->findPanel();
    QTRY_VERIFY(find->field()->hasFocus());
    QTest::keyClicks(find->field(), u"pekin"_s);
    QListWidget *results = find->results();
    QCOMPARE(results->count(), 1);
    QTest::mouseClick(results->viewport(), Qt::LeftButton, {},
                      results->visualItemRect(results->item(0)).center());
    QCOMPARE(m_window->articleView()->currentArticle(), u"a003"_s);
    const TextSpan mark = m_window->articleView()->markedQuote();
    QCOMPARE(m_window->articleView()->displayedText().sliced(mark.start, mark.length()),
             u"Pékin"_s);
}

void TestMainWindow::badStoryKeepsCurrent()
{
    const QString title = m_window->windowTitle();
    const auto error
        = m_window->openStory(QStringLiteral(STORYLINE_FIXTURES "/bad/quote-not-found"));
    QVERIFY(error.has_value());
    QCOMPARE(m_window->windowTitle(), title);
    QCOMPARE(m_window->story().articles.size(), 5);
    QVERIFY(m_window->statusBar()->currentMessage().contains(u"story.json:65:20"_s));
}

void TestMainWindow::openStoryAddsRecent()
{
    const QString path = QStringLiteral(STORYLINE_FIXTURES "/good/minimal");
    QVERIFY(!m_window->openStory(path).has_value());
    QCOMPARE(m_window->story().id, u"minimal"_s);
    QVERIFY(m_window->windowTitle().contains(u"A minimal story"_s));
    QCOMPARE(m_window->timeline()->filteredEventCount(), 2);
    QVERIFY(!m_window->recentStories().isEmpty());
    QVERIFY(m_window->recentStories().first().endsWith(u"good/minimal"_s));
}

void TestMainWindow::bigStoryOpensWithProgress()
{
    QTemporaryDir dir;
    SyntheticStory::Options options;
    options.events = 15000;
    options.articles = 1500;
    QVERIFY(!StoryWriter::write(SyntheticStory::story(options), dir.path()).has_value());
    // Longer articles (cheap to write, slower to read and search) make the reading last long
    // enough for the dialog to show, move and be cancelled mid-way on a fast machine.
    const QByteArray filler
        = QByteArray("Le marché reste calme et les analystes attendent la suite. ").repeated(180);
    const auto articles = QDir(dir.filePath(u"articles"_s)).entryInfoList(QDir::Files);
    for (const QFileInfo &article : articles) {
        QFile file(article.filePath());
        QVERIFY(file.open(QIODevice::Append));
        QCOMPARE(file.write(filler), filler.size());
    }

    // While it reads, the window paints and a progress dialog shows how far it has come and
    // offers to cancel.
    bool sawProgress = false;
    bool cancel = true;
    QList<int> values; // the bar's, each time the dialog was seen
    QTimer watch;
    connect(&watch, &QTimer::timeout, this, [&] {
        for (auto *dialog : m_window->findChildren<QProgressDialog *>()) {
            if (!dialog->isVisible())
                continue;
            sawProgress = true;
            QCOMPARE(dialog->maximum(), 1000);
            values.append(dialog->value());
            // Cancelled once the bar has moved: the reader has reported progress by then.
            if (cancel && dialog->value() > 0) {
                auto *button = dialog->findChild<QPushButton *>();
                QVERIFY(button);
                QTest::mouseClick(button, Qt::LeftButton);
            }
        }
    });
    watch.start(20);

    // Cancelled: the story open before stays, and the status bar says so.
    QVERIFY(!m_window->openStory(dir.path()).has_value());
    QVERIFY(sawProgress);
    QVERIFY(!values.isEmpty() && values.last() > 0);
    QVERIFY(std::is_sorted(values.cbegin(), values.cend()));
    QCOMPARE(m_window->story().id, u"nvidia-export-controls"_s);
    QCOMPARE(m_window->statusBar()->currentMessage(),
             u"Opening cancelled; the current story stays open."_s);

    // Not cancelled: it opens, every event on the timeline.
    sawProgress = false;
    cancel = false;
    values.clear();
    QVERIFY(!m_window->openStory(dir.path()).has_value());
    QVERIFY(sawProgress);
    QVERIFY(std::is_sorted(values.cbegin(), values.cend()));
    QVERIFY2(
        values.first() < values.last() && values.last() <= 1000,
        qPrintable(QString::number(values.first()) % u".."_s % QString::number(values.last())));
    QCOMPARE(m_window->story().events.size(), 15000);
    QCOMPARE(m_window->timeline()->filteredEventCount(), 15000);
}

void TestMainWindow::layoutPersists()
{
    auto *splitter = m_window->findChild<QSplitter *>(u"mainSplitter"_s);
    QVERIFY(splitter);
    splitter->setSizes({600, 300});
    const QList<int> sizes = splitter->sizes();
    auto *entities = m_window->findChild<QDockWidget *>(u"entitiesDock"_s);
    entities->hide();
    m_window->close();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1600, 1000);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->findChild<QSplitter *>(u"mainSplitter"_s)->sizes(), sizes);
    QVERIFY(!m_window->findChild<QDockWidget *>(u"entitiesDock"_s)->isVisible());
    QSettings().clear();
}

void TestMainWindow::everyActionHasTextAndTip()
{
    const auto menus = m_window->menuBar()->actions();
    QVERIFY(menus.size() >= 4);
    for (QAction *menu : menus) {
        QVERIFY(!menu->text().isEmpty());
        for (QAction *a : menu->menu()->actions()) {
            if (a->isSeparator() || a->menu())
                continue;
            QVERIFY2(!a->text().isEmpty(),
                     qPrintable(u"an action without text in "_s % menu->text()));
            QVERIFY2(!a->statusTip().isEmpty() || a->isCheckable(), qPrintable(a->text()));
        }
    }
    QVERIFY(!action(u"Zoom In"_s)->shortcuts().isEmpty());
    QCOMPARE(action(u"Find in Article…"_s)->shortcut(), QKeySequence(QKeySequence::Find));
}

void TestMainWindow::languageSwitchesAtRunTime()
{
    QAction *french = nullptr;
    QAction *system = nullptr;
    for (QAction *a : m_window->findChildren<QAction *>()) {
        if (a->data().toString() == u"fr"_s && a->isCheckable())
            french = a;
        if (a->isCheckable() && a->data().typeId() == QMetaType::QString
            && a->data().toString().isEmpty())
            system = a;
    }
    QVERIFY(french && system);
    m_window->selection()->setCurrentEvent(u"huang-trump-meeting"_s);
    french->trigger();
    // Menus, docks, the reader and the details speak French without a restart.
    QTRY_COMPARE(m_window->menuBar()->actions().first()->text(), u"&Fichier"_s);
    QCOMPARE(m_window->findChild<QDockWidget *>(u"entitiesDock"_s)->windowTitle(), u"Entités"_s);
    QVERIFY(
        m_window->eventDetails()->browser()->toPlainText().contains(u"Huang rencontre Trump"_s));
    QVERIFY(m_window->eventDetails()->browser()->toPlainText().contains(u"31 janvier 2025"_s));
    QCOMPARE(QSettings().value(u"ui/language"_s).toString(), u"fr"_s);
    // And back.
    QAction *english = nullptr;
    for (QAction *a : m_window->findChildren<QAction *>()) {
        if (a->data().toString() == u"en"_s && a->isCheckable())
            english = a;
    }
    english->trigger();
    QTRY_COMPARE(m_window->menuBar()->actions().first()->text(), u"&File"_s);
    QVERIFY(m_window->eventDetails()->browser()->toPlainText().contains(u"Huang meets Trump"_s));
    system->trigger();
    QSettings().remove(u"ui/language"_s);
    // A language Storyline does not ship still gets English plurals.
    Appearance::setLanguage(u"de"_s);
    QCOMPARE(MainWindow::tr("%n event(s) in view", nullptr, 2), u"2 events in view"_s);
    QCOMPARE(MainWindow::tr("%n event(s) in view", nullptr, 1), u"1 event in view"_s);
    Appearance::setLanguage(QString());
}

void TestMainWindow::themeSwitches()
{
    QAction *dark = nullptr;
    QAction *system = nullptr;
    for (QAction *a : m_window->findChildren<QAction *>()) {
        if (a->isCheckable() && a->data().typeId() == QMetaType::Int && a->data().toInt() == 2)
            dark = a;
        if (a->isCheckable() && a->data().typeId() == QMetaType::Int && a->data().toInt() == 0)
            system = a;
    }
    QVERIFY(dark && system);
    const QColor before = m_window->palette().color(QPalette::Window);
    dark->trigger();
    QTRY_VERIFY(m_window->palette().color(QPalette::Window).lightness() < 80);
    QVERIFY(m_window->palette().color(QPalette::WindowText).lightness() > 180);
    system->trigger();
    QTRY_COMPARE(m_window->palette().color(QPalette::Window), before);
    QSettings().remove(u"ui/theme"_s);
}

void TestMainWindow::focusableWidgetsHaveAccessibleNames()
{
    // Every control a keyboard user can reach tells a screen reader what it is.
    const auto widgets = m_window->findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *w : widgets) {
        if (!w->isVisible() || w->focusPolicy() == Qt::NoFocus
            || qobject_cast<QAbstractScrollArea *>(w->parentWidget()))
            continue;
        if (w->inherits("QScrollBar") || w->inherits("QDockWidgetTitleButton")
            || w->inherits("QToolButton"))
            continue; // scroll bars and dock buttons are named by Qt itself; tool buttons carry
                      // text
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        QVERIFY(iface);
        const QString name = iface->text(QAccessible::Name);
        QVERIFY2(!name.isEmpty(), w->metaObject()->className());
        ++checked;
    }
    QVERIFY(checked >= 6);
}

void TestMainWindow::shortcutsDialogListsActions()
{
    QAction *shortcuts = action(u"Keyboard Shortcuts"_s);
    QVERIFY(shortcuts);
    shortcuts->trigger();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>()) != nullptr);
    auto *table = dialog->findChild<QTableWidget *>();
    QVERIFY(table);
    QVERIFY(table->rowCount() >= 12);
    QList<QTableWidgetItem *> zoom = table->findItems(u"Zoom In"_s, Qt::MatchExactly);
    QCOMPARE(zoom.size(), 1);
    QVERIFY(!table->item(zoom.first()->row(), 1)->text().isEmpty());
    dialog->close();
}

void TestMainWindow::openingArticleFileAddsIt()
{
    const int events = m_window->timeline()->filteredEventCount();
    QAction *open = action(u"Open Articles…"_s);
    QVERIFY(open);
    QCOMPARE(open->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    // The progress bar and its Cancel button show while the batch is read.
    auto *cancel = m_window->statusBar()->findChild<QToolButton *>(u"cancelImport"_s);
    QVERIFY(cancel);
    QSignalSpy finished(m_window->document(), &StoryDocument::importFinished);
    m_window->importArticles({QStringLiteral(STORYLINE_FIXTURES "/articles/fr-computex.txt")});
    QVERIFY(cancel->isVisible());
    QVERIFY(finished.wait(60000));
    QVERIFY(!cancel->isVisible());

    // The reader shows the new article; the timeline has its proposals.
    QCOMPARE(m_window->story().articles.size(), 6);
    QCOMPARE(m_window->articleView()->currentArticle(), u"a005"_s);
    QVERIFY(m_window->articleView()->displayedText().startsWith(u"Nvidia présente"_s));
    QCOMPARE(m_window->timeline()->filteredEventCount(), events + 6);
    QVERIFY(m_window->windowTitle().startsWith(u'*'));
    QVERIFY(m_window->statusBar()->currentMessage().startsWith(u"1 article"_s));
}

void TestMainWindow::droppingArticleFilesAddsThem()
{
    QMimeData data;
    data.setUrls(
        {QUrl::fromLocalFile(QStringLiteral(STORYLINE_FIXTURES "/articles/fr-computex.txt")),
         QUrl::fromLocalFile(QStringLiteral(STORYLINE_FIXTURES "/articles/en-export-rules.md"))});
    const QPoint centre = m_window->rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &enter);
    QVERIFY(enter.isAccepted());
    QSignalSpy finished(m_window->document(), &StoryDocument::importFinished);
    QDropEvent drop(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window.get(), &drop);
    QVERIFY(finished.wait(60000));
    QCOMPARE(m_window->story().articles.size(), 7);
}

void TestMainWindow::acceptViaEventDetailsThenUndo()
{
    QCOMPARE(importArticles({u"fr-computex.txt"_s}).size(), 1);
    const QString id = firstProposal();
    QVERIFY(!id.isEmpty());
    m_window->selection()->setCurrentEvent(id);
    EventDetails *details = m_window->eventDetails();
    QTRY_VERIFY(details->proposalBar()->isVisible());
    QVERIFY(details->browser()->toPlainText().contains(u"extracted"_s));
    QVERIFY(!m_window->timeline()->markerPosition(id).isNull());

    QTest::mouseClick(details->acceptButton(), Qt::LeftButton);
    QVERIFY(!m_window->story().event(id)->extracted);
    QVERIFY(!details->proposalBar()->isVisible());
    QCOMPARE(m_window->selection()->currentEvent(), id);
    QVERIFY(!details->browser()->toPlainText().contains(u"extracted"_s));

    // Ctrl+Z brings the proposal back, selected; Ctrl+Shift+Z accepts it again.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->selection()->setCurrentEvent(QString());
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QTRY_VERIFY(m_window->story().event(id)->extracted);
    QCOMPARE(m_window->selection()->currentEvent(), id);
    QVERIFY(details->proposalBar()->isVisible());
    QTest::keySequence(m_window.get(), QKeySequence::Redo);
    QTRY_VERIFY(!m_window->story().event(id)->extracted);
    QVERIFY(action(u"Undo Accept Event"_s));
}

void TestMainWindow::editViaEventDetails()
{
    importArticles({u"en-export-rules.md"_s});
    const QString id = u"extracted-a005-3"_s; // "last week", week 19
    const Event before = *m_window->story().event(id);
    m_window->selection()->setCurrentEvent(id);
    QTRY_VERIFY(m_window->eventDetails()->editButton()->isVisible());
    QTest::mouseClick(m_window->eventDetails()->editButton(), Qt::LeftButton);
    EventEditDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<EventEditDialog *>()) != nullptr);
    QCOMPARE(dialog->titleField()->text(), before.title.text(u"en"_s));
    dialog->titleField()->setText(u"Lutnick calls the rule too complicated"_s);
    dialog->dateField()->setDate(QDate(2025, 5, 8));
    dialog->precisionField()->setCurrentIndex(
        dialog->precisionField()->findData(int(Precision::Day)));
    dialog->accept();

    const Event *edited = m_window->story().event(id);
    QCOMPARE(edited->title.text(u"en"_s), u"Lutnick calls the rule too complicated"_s);
    QCOMPARE(edited->start.toString(), u"2025-05-08"_s);
    QVERIFY(edited->extracted);
    QVERIFY(m_window->eventDetails()->browser()->toPlainText().contains(u"8 May 2025"_s));
    m_window->document()->undoStack()->undo();
    QVERIFY(*m_window->story().event(id) == before);
    // The precision alone: the date becomes the month that holds it.
    QCOMPARE(EventEditDialog::dateAt(QDate(2025, 5, 8), Precision::Month).toString(), u"2025-05"_s);
    QCOMPARE(EventEditDialog::dateAt(QDate(2025, 5, 8), Precision::Week).toString(), u"2025-W19"_s);
    QCOMPARE(EventEditDialog::dateAt(QDate(2026, 1, 8), Precision::Season).toString(),
             u"2025-WI"_s);
    QCOMPARE(EventEditDialog::dateAt(QDate(2025, 5, 8), Precision::Quarter).toString(),
             u"2025-Q2"_s);
}

void TestMainWindow::readerMarksDates()
{
    importArticles({u"fr-computex.txt"_s});
    ArticleView *reader = m_window->articleView();
    QCOMPARE(reader->currentArticle(), u"a005"_s);
    auto *legend = reader->findChild<QWidget *>(u"legend-date"_s);
    QVERIFY(legend && legend->isVisible());
    QCOMPARE(legend->accessibleName(), u"Date"_s);
    // "le 28 mai 2025" has the dates' underline, plain words have none.
    const qsizetype at = reader->displayedText().indexOf(u"28 mai 2025"_s);
    QVERIFY(at > 0);
    QTextCursor cursor(reader->textEdit()->document());
    cursor.setPosition(int(at) + 2);
    QCOMPARE(cursor.charFormat().underlineStyle(), QTextCharFormat::DashDotDotLine);
    cursor.setPosition(int(reader->displayedText().indexOf(u"publiera"_s)) + 2);
    QCOMPARE(cursor.charFormat().underlineStyle(), QTextCharFormat::NoUnderline);
}

void TestMainWindow::dismissViaTimelineMenu()
{
    importArticles({u"fr-computex.txt"_s});
    const QString id = firstProposal();
    const int events = m_window->timeline()->filteredEventCount();
    // A story event has no menu; a proposal has Accept, Edit… and Dismiss.
    QVERIFY(!m_window->timeline()->createEventMenu(u"trump-xi-meeting"_s));
    std::unique_ptr<QMenu> menu(m_window->timeline()->createEventMenu(id));
    QVERIFY(menu);
    QCOMPARE(menu->actions().size(), 4); // with a separator
    auto *dismiss = menu->findChild<QAction *>(u"dismissEvent"_s);
    QVERIFY(dismiss);
    m_window->selection()->setCurrentEvent(id);
    dismiss->trigger();
    QVERIFY(!m_window->story().event(id));
    QCOMPARE(m_window->timeline()->filteredEventCount(), events - 1);
    QVERIFY(m_window->selection()->currentEvent().isEmpty());
    m_window->document()->undoStack()->undo();
    QCOMPARE(m_window->timeline()->filteredEventCount(), events);
    QCOMPARE(m_window->selection()->currentEvent(), id);
}

void TestMainWindow::closingWithUnsavedChangesAsks()
{
    QVERIFY(m_window->close()); // nothing to save: no question
    QCOMPARE(m_window->unsavedChangesQuestions(), 0);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    importArticles({u"fr-computex.txt"_s});
    QVERIFY(m_window->document()->isModified());

    m_window->setUnsavedChangesAnswer(QMessageBox::Cancel);
    QVERIFY(!m_window->close());
    QCOMPARE(m_window->unsavedChangesQuestions(), 1);
    QVERIFY(m_window->isVisible());
    QCOMPARE(m_window->story().articles.size(), 6);

    // Save, with nowhere to save (the bundled story has no folder and no dialog may ask):
    // the window stays open.
    m_window->setUnsavedChangesAnswer(QMessageBox::Save);
    QVERIFY(!m_window->close());
    QCOMPARE(m_window->unsavedChangesQuestions(), 2);

    m_window->setUnsavedChangesAnswer(QMessageBox::Discard);
    QVERIFY(m_window->close());
    QCOMPARE(m_window->unsavedChangesQuestions(), 3);
}

void TestMainWindow::openingAnotherStoryAsks()
{
    importArticles({u"fr-computex.txt"_s});
    m_window->setUnsavedChangesAnswer(QMessageBox::Cancel);
    const QString minimal = QStringLiteral(STORYLINE_FIXTURES "/good/minimal");
    QVERIFY(!m_window->openStory(minimal).has_value());
    QCOMPARE(m_window->story().articles.size(), 6); // kept
    QVERIFY(!m_window->newStory());
    QCOMPARE(m_window->story().articles.size(), 6);
    m_window->setUnsavedChangesAnswer(QMessageBox::Discard);
    QVERIFY(!m_window->openStory(minimal).has_value());
    QCOMPARE(m_window->story().id, u"minimal"_s);
    QVERIFY(!m_window->document()->isModified());
    QCOMPARE(m_window->unsavedChangesQuestions(), 3);
}

void TestMainWindow::saveStoryAsClearsModified()
{
    importArticles({u"en-export-rules.md"_s});
    QVERIFY(m_window->windowTitle().startsWith(u'*'));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(m_window->saveStoryAs(dir.path()));
    QVERIFY(!m_window->windowTitle().startsWith(u'*'));
    QVERIFY(!m_window->document()->isModified());
    const Result<Story> saved = StoryReader::read(dir.path());
    QVERIFY(saved.ok());
    QVERIFY(saved.value() == m_window->story());
    // Saved again in place after a change.
    m_window->document()->acceptEvent(firstProposal());
    QVERIFY(m_window->windowTitle().startsWith(u'*'));
    QVERIFY(m_window->saveStory());
    QVERIFY(StoryReader::read(dir.path()).value() == m_window->story());
    QVERIFY(m_window->recentStories().first().endsWith(QFileInfo(dir.path()).fileName()));
    QSettings().remove(u"recentStories"_s);
}

void TestMainWindow::newStoryFromArticles()
{
    QVERIFY(m_window->newStory());
    QVERIFY(m_window->story().articles.isEmpty());
    QVERIFY(m_window->windowTitle().contains(u"New story"_s));
    QCOMPARE(m_window->timeline()->filteredEventCount(), 0);
    QCOMPARE(importArticles({u"fr-computex.txt"_s, u"en-export-rules.md"_s}).size(), 2);
    QCOMPARE(m_window->timeline()->filteredEventCount(), 12);
    QCOMPARE(m_window->articleView()->currentArticle(), u"a000"_s);
    // The names the batch repeats became entities, in the panel too.
    QVERIFY(m_window->story().entity(u"howard-lutnick"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
