// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace storyline::CommandLine {

// Exit statuses of the command-line contract (docs/command-line.md).
enum ExitStatus { Success = 0, BadInput = 1, BadUsage = 2 };

// Whether the arguments ask for something that needs no window: a subcommand (events,
// entities, figures, analyze, export-chart, export-timeline), --help or --version. Those run
// without a display.
bool needsNoDisplay(const QStringList &arguments);
// Whether the subcommand draws with Qt Widgets (export-chart, export-timeline): it needs a
// QApplication, on the offscreen platform unless QT_QPA_PLATFORM names another.
bool needsWidgets(const QStringList &arguments);

// The subcommands and what they do, for --help.
QString commandSummary();

// Runs what needsNoDisplay() accepted: `arguments` as the program received them. Returns the
// exit status.
int run(const QStringList &arguments);

// For the subcommands: stdout and stderr as UTF-8 ("storyline: " before each error line),
// a usage error with its hint (returns BadUsage), and the default --language.
void writeOut(const QByteArray &bytes);
void writeError(const QString &message);
int usageError(const QString &message);
QString defaultLanguage();

} // namespace storyline::CommandLine
