// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace storyline::CommandLine {

// Exit statuses of the command-line contract (docs/command-line.md).
enum ExitStatus { Success = 0, BadInput = 1, BadUsage = 2 };

// Runs `storyline` with its arguments (the program name first) and returns the exit status.
int run(const QStringList &arguments);

} // namespace storyline::CommandLine
