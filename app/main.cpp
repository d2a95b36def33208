// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "gui.h"

#include "appearance.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstdlib>
#include <memory>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // Subcommands run without a display; the window needs a QApplication.
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments.append(QString::fromLocal8Bit(argv[i]));
    const bool subcommand = storyline::CommandLine::needsNoDisplay(rawArguments);
    // The exports draw with Qt Widgets (Qt Charts) but never show a window: with no platform
    // asked for, they take the offscreen one, so they run on machines without a display.
    const bool widgets = storyline::CommandLine::needsWidgets(rawArguments);
    if (widgets && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app;
    if (subcommand && !widgets) {
        app = std::make_unique<QCoreApplication>(argc, argv);
    } else if (widgets) {
        // The platform's start-up notes ("XDG_RUNTIME_DIR not set"…) would break the
        // contract's one error line on stderr; later warnings still show.
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType type, const QMessageLogContext &, const QString &) {
                if (type == QtFatalMsg)
                    std::abort();
            });
        app = std::make_unique<QApplication>(argc, argv);
        qInstallMessageHandler(previous);
    } else {
        app = std::make_unique<QApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(u"storyline"_s);
    QCoreApplication::setOrganizationName(u"Storyline"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(STORYLINE_VERSION));
    if (!subcommand)
        QGuiApplication::setDesktopFileName(u"io.github.storyline.Storyline"_s);

    // The command line speaks the system's language; the window the one chosen in View ▸ Language.
    if (subcommand) {
        storyline::Appearance::setLanguage(QString());
    } else {
        storyline::Appearance::setLanguage(storyline::Appearance::languageSetting());
        storyline::Appearance::setTheme(storyline::Appearance::themeSetting());
    }

    const QStringList arguments = QCoreApplication::arguments();
    return subcommand ? storyline::CommandLine::run(arguments) : storyline::Gui::run(arguments);
}
