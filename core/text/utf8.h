// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>

#include <optional>

namespace storyline {

// The offset of the first byte that is not part of well-formed UTF-8 (RFC 3629: no overlong
// forms, no surrogates, nothing above U+10FFFF), or nothing when all of `bytes` is UTF-8.
std::optional<qsizetype> firstInvalidUtf8Byte(QByteArrayView bytes);

} // namespace storyline
