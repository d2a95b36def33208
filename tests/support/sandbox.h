// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Runs a test inside an unprivileged user and mount namespace (`unshare -rm`), where it can
// mount a read-only or a full file system over a folder: as root, permissions block no write,
// but a read-only mount and a full tmpfs do. The test executable runs itself again with the
// test function's name; the copy finds the folder in sandboxFolder() and does the real work.
namespace storyline::Sandbox {

// Why namespaces cannot be used here (not Linux, no unshare, disabled), or empty.
QString unavailableReason();

// The folder the sandboxed copy works in; empty in the parent.
QString folder();

struct Run
{
    int exitCode = -1;
    QByteArray output; // stdout and stderr
};

// Runs this executable with `arguments` in a new namespace, after `setup` (a shell command
// that refers to the folder as "$STORYLINE_SANDBOX"), with folder() set to `folder`.
Run run(const QString &setup, const QString &folder, const QStringList &arguments);

// Shell commands for `setup`.
QString readOnlyMount(); // the folder, bind-mounted read-only over itself
QString fullMount(int kilobytes); // an empty tmpfs of that size over the folder

} // namespace storyline::Sandbox
