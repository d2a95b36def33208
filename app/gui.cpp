// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui.h"

#include "commandline.h"

#include "mainwindow.h"
#include "storydocument.h"
#include "storyselection.h"

#include "story/articlebatch.h"
#include "story/bundledstory.h"
#include "story/storyreader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>
#include <QImage>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace storyline::Gui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Gui)
};

void printError(const QString &message)
{
    const QByteArray bytes = (u"storyline: "_s % message % u'\n').toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
}

} // namespace

int run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Storyline shows a news story as a chronology: dated events, the articles that "
               "report them with their named entities, and the figures they state.")
        % u"\n\n"_s % CommandLine::commandSummary());
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption event(u"event"_s, Tr::tr("Select the event <id> at start."),
                                   Tr::tr("id"));
    const QCommandLineOption screenshot(
        u"screenshot"_s, Tr::tr("Save the window as a PNG image to <file> and quit."),
        Tr::tr("file"));
    const QCommandLineOption size(u"size"_s,
                                  Tr::tr("Window size for --screenshot, as WIDTHxHEIGHT."),
                                  Tr::tr("size"), u"1600x1000"_s);
    parser.addOptions({event, screenshot, size});
    parser.addPositionalArgument(
        u"path"_s,
        Tr::tr("A story folder or its story.json (default: the bundled story), or article files "
               "(.txt, .md, .markdown, .html, .htm) for a new story that holds them."),
        Tr::tr("[PATH…]"));
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return CommandLine::BadUsage;
    }
    if (parser.isSet(u"help"_s)) {
        const QByteArray help = parser.helpText().toUtf8();
        std::fwrite(help.constData(), 1, size_t(help.size()), stdout);
        return CommandLine::Success;
    }
    if (parser.isSet(u"version"_s)) {
        const QByteArray version = (QCoreApplication::applicationName() % u' '
                                    % QCoreApplication::applicationVersion() % u'\n')
                                       .toUtf8();
        std::fwrite(version.constData(), 1, size_t(version.size()), stdout);
        return CommandLine::Success;
    }
    const QStringList paths = parser.positionalArguments();
    for (const QString &path : paths) {
        if (!QFileInfo::exists(path)) {
            printError(Tr::tr("unknown command or path “%1”").arg(path));
            const QByteArray commands = CommandLine::commandSummary().toUtf8();
            std::fwrite(commands.constData(), 1, size_t(commands.size()), stderr);
            return CommandLine::BadUsage;
        }
    }
    // Article files make a new story; a story is one folder (or its story.json).
    const bool articles
        = !paths.isEmpty() && std::all_of(paths.cbegin(), paths.cend(), [](const QString &path) {
              return ArticleBatch::isArticleFile(path)
                  && QFileInfo(path).fileName() != u"story.json"_s;
          });
    if (!articles && paths.size() > 1) {
        printError(Tr::tr("expected one story, or article files, got %1 paths").arg(paths.size()));
        return CommandLine::BadUsage;
    }
    QSize windowSize;
    if (parser.isSet(screenshot)) {
        static const QRegularExpression form(u"^(\\d{2,5})x(\\d{2,5})$"_s);
        const auto m = form.match(parser.value(size));
        if (!m.hasMatch()) {
            printError(Tr::tr("invalid size “%1” (expected WIDTHxHEIGHT)").arg(parser.value(size)));
            return CommandLine::BadUsage;
        }
        windowSize = QSize(m.captured(1).toInt(), m.captured(2).toInt());
    }

    QStringList errors; // of the import, outliving the window that reports them
    MainWindow window;
    if (articles) {
        window.newStory();
        QObject::connect(
            window.document(), &StoryDocument::importFinished, &window,
            [&errors](const QStringList &, const QStringList &failed, bool) { errors += failed; });
        window.importArticles(paths);
        // A screenshot or an event to select need the articles in: wait for them (the window
        // is not shown yet); otherwise the window shows them as they come.
        if (parser.isSet(screenshot) || parser.isSet(event)) {
            QEventLoop loop;
            QObject::connect(window.document(), &StoryDocument::importFinished, &loop,
                             &QEventLoop::quit);
            if (window.document()->isImporting())
                loop.exec();
            for (const QString &error : std::as_const(errors))
                printError(error);
            if (window.story().articles.isEmpty())
                return CommandLine::BadInput;
        }
    } else {
        Result<Story> story
            = paths.isEmpty() ? BundledStory::load() : StoryReader::read(paths.first());
        if (!story) {
            printError(story.error().toString());
            if (parser.isSet(screenshot))
                return CommandLine::BadInput;
            story = BundledStory::load();
            if (!story) {
                printError(story.error().toString());
                return CommandLine::BadInput;
            }
        }
        window.setStory(std::move(story).value(), paths.isEmpty() ? QString() : paths.first());
    }
    if (parser.isSet(event)) {
        if (!window.story().event(parser.value(event))) {
            printError(Tr::tr("no event “%1” in this story").arg(parser.value(event)));
            return CommandLine::BadUsage;
        }
        window.selection()->setCurrentEvent(parser.value(event));
    }
    if (parser.isSet(screenshot)) {
        // A message left from the import would be drawn over the status labels of a window
        // that was not shown when it came.
        window.statusBar()->clearMessage();
        window.resize(windowSize);
        window.show();
        QCoreApplication::processEvents();
        const QImage image = window.grab().toImage();
        if (!image.save(parser.value(screenshot), "PNG")) {
            printError(Tr::tr("%1: cannot write the screenshot").arg(parser.value(screenshot)));
            return CommandLine::BadInput;
        }
        return CommandLine::Success;
    }
    window.show();
    return QApplication::exec();
}

} // namespace storyline::Gui
