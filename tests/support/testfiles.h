// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

// Small file helpers the tests share.
namespace storyline::TestFiles {

// The file's bytes; empty when it cannot be read.
QByteArray readAll(const QString &path);

// Writes `bytes` to the file (created or truncated); false when that fails.
bool writeFile(const QString &path, const QByteArray &bytes);

// The names in a folder, hidden ones included, by name.
QStringList entries(const QString &folder);

#ifdef STORYLINE_FIXTURES
// A file or folder of tests/fixtures.
inline QString fixture(const QString &name)
{
    return QStringLiteral(STORYLINE_FIXTURES) + u'/' + name;
}
#endif

} // namespace storyline::TestFiles
