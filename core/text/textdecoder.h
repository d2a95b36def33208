// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace storyline {

// Text decoded from a file's bytes, and the encoding it was read with.
struct DecodedText
{
    QString text; // without a byte-order mark
    QString encoding; // IANA name: "UTF-8", "UTF-16LE", "windows-1252", "ISO-8859-15"…

    friend bool operator==(const DecodedText &, const DecodedText &) = default;
};

// Turns the bytes of an article file into text. In order: a byte-order mark (UTF-8, UTF-16,
// UTF-32) decides; else bytes that are strict UTF-8 are UTF-8; else a charset the document
// declares (`declaredCharset`, from an HTML <meta charset>); else ICU's charset detection, where
// "ISO-8859-1" is read as windows-1252 (as browsers do: the two differ only in C1 controls,
// which text never uses). Binary files are refused: NUL bytes outside UTF-16/32, or many
// control characters. Errors name the file as given in `fileName`.
namespace TextDecoder {

// Larger files are refused before being read: 32 MiB is hundreds of times the longest news
// article, and keeps a mistaken pick (a video, a disk image) from being read into memory.
inline constexpr qint64 maxFileSize = qint64(32) * 1024 * 1024;

Result<DecodedText> decode(const QByteArray &bytes, const QString &fileName,
                           const QString &declaredCharset = {});

// The bytes of a regular file, refused without reading when larger than maxFileSize.
Result<QByteArray> readBytes(const QString &path);

// readBytes, then decode.
Result<DecodedText> readFile(const QString &path);

} // namespace TextDecoder

} // namespace storyline
