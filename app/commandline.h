// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace storyline::CommandLine {

// Exit statuses of the command-line contract (docs/command-line.md).
enum ExitStatus { Success = 0, BadInput = 1, BadUsage = 2 };

// Whether the arguments ask for something that needs no window: a subcommand (events,
// entities, figures, analyze), --help or --version. Those run with a QCoreApplication.
bool needsNoDisplay(const QStringList &arguments);

// The subcommands and what they do, for --help.
QString commandSummary();

// Runs what needsNoDisplay() accepted: `arguments` as the program received them. Returns the
// exit status.
int run(const QStringList &arguments);

} // namespace storyline::CommandLine
