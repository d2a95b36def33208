// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui.h"

#include "commandline.h"

#include "mainwindow.h"
#include "storyselection.h"

#include "story/bundledstory.h"
#include "story/storyreader.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QImage>
#include <QRegularExpression>
#include <QTimer>

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
        u"path"_s, Tr::tr("A story folder or its story.json (default: the bundled story)."),
        Tr::tr("[PATH]"));
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
    if (paths.size() > 1) {
        printError(Tr::tr("expected one story, got %1 paths").arg(paths.size()));
        return CommandLine::BadUsage;
    }
    if (!paths.isEmpty() && !QFileInfo::exists(paths.first())) {
        printError(Tr::tr("unknown command or path “%1”").arg(paths.first()));
        const QByteArray commands = CommandLine::commandSummary().toUtf8();
        std::fwrite(commands.constData(), 1, size_t(commands.size()), stderr);
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

    Result<Story> story = paths.isEmpty() ? BundledStory::load() : StoryReader::read(paths.first());
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

    MainWindow window;
    window.setStory(std::move(story).value(), paths.isEmpty() ? QString() : paths.first());
    if (parser.isSet(event)) {
        if (!window.story().event(parser.value(event))) {
            printError(Tr::tr("no event “%1” in this story").arg(parser.value(event)));
            return CommandLine::BadUsage;
        }
        window.selection()->setCurrentEvent(parser.value(event));
    }
    if (parser.isSet(screenshot)) {
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
