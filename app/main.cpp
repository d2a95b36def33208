// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"
#include "gui.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    // Subcommands run without a display; the window needs a QApplication.
    QStringList rawArguments;
    for (int i = 0; i < argc; ++i)
        rawArguments.append(QString::fromLocal8Bit(argv[i]));
    const bool subcommand = storyline::CommandLine::needsNoDisplay(rawArguments);
    std::unique_ptr<QCoreApplication> app;
    if (subcommand)
        app = std::make_unique<QCoreApplication>(argc, argv);
    else
        app = std::make_unique<QApplication>(argc, argv);
    QCoreApplication::setApplicationName(u"storyline"_s);
    QCoreApplication::setOrganizationName(u"Storyline"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(STORYLINE_VERSION));
    if (!subcommand)
        QGuiApplication::setDesktopFileName(u"io.github.storyline.Storyline"_s);

    QTranslator translator;
    if (translator.load(QLocale(), u"storyline"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&translator);
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), u"qtbase"_s, u"_"_s,
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);

    const QStringList arguments = QCoreApplication::arguments();
    return subcommand ? storyline::CommandLine::run(arguments) : storyline::Gui::run(arguments);
}
