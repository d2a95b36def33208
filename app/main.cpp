// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"storyline"_s);
    QCoreApplication::setOrganizationName(u"Storyline"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(STORYLINE_VERSION));

    QTranslator translator;
    if (translator.load(QLocale(), u"storyline"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&translator);
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), u"qtbase"_s, u"_"_s,
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&qtTranslator);

    return storyline::CommandLine::run(QCoreApplication::arguments());
}
