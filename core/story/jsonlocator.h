// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <optional>

namespace storyline {

// Finds where a value sits in a JSON text, for error messages. QJsonDocument keeps no positions,
// so when the reader finds a problem it asks this scanner, which walks the bytes once. A valid
// story never pays for it.
namespace JsonLocator {

struct Position
{
    int line = 0; // 1-based
    int column = 0; // 1-based, in characters (code points)

    friend bool operator==(const Position &, const Position &) = default;
};

// The byte offset where the value at `path` starts (object keys and array indexes as decimal
// strings, from the root: {"events", "3", "start"}); the root is the empty path. Expects JSON
// that QJsonDocument accepted. Nothing when the path is not there.
std::optional<qsizetype> valueOffset(QByteArrayView json, const QStringList &path);

// The byte offset of the key of the member at `path` (its last element is the key).
std::optional<qsizetype> keyOffset(QByteArrayView json, const QStringList &path);

// Line and column of a byte offset.
Position position(QByteArrayView text, qsizetype byteOffset);

} // namespace JsonLocator

} // namespace storyline
