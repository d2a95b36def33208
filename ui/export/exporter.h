// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportpicture.h"

#include <QByteArray>
#include <QImage>
#include <QSize>
#include <QString>

#include <functional>
#include <optional>

class QMimeData;

namespace storyline {

// Why an export failed: the file and the problem, already in the UI language.
struct ExportError
{
    QString path;
    QString message;

    // "path: message", the form the command line prints.
    QString toString() const;
};

// Draws an ExportPicture to PNG, SVG or PDF, or to the clipboard, and writes files atomically:
// the bytes go to a temporary file beside the target (QSaveFile) that replaces it only once
// complete, so a failed or cancelled export leaves no partial file and never damages the file
// it would have replaced.
//
// Sizes are logical pixels. A PNG is size × scale device pixels with that device pixel ratio,
// the picture painted in logical coordinates, so 2× and 3× give the 1× image at a higher
// resolution (nothing cropped, nothing moved). An SVG's view box is the size; a PDF is one page
// of the size at 96 pixels per inch.
class Exporter final
{
public:
    enum class Format { Png, Svg, Pdf };

    struct Options
    {
        QSize size{1600, 900};
        qreal scale = 1;
        ChartTheme theme = ChartTheme::Light;
        // Asked once the picture is drawn, before the file is replaced: true abandons the
        // export and leaves the old file as it was.
        std::function<bool()> cancelled;
    };

    static constexpr int minimumSide = 16; // logical pixels
    static constexpr int maximumSide = 16384; // logical pixels
    static constexpr qreal maximumScale = 4;
    // Device pixels of a PNG, width × height: 1 GiB of ARGB.
    static constexpr qint64 maximumPixels = qint64(1) << 28;

    // The format a file name asks for by its extension (.png, .svg, .pdf, any case).
    static std::optional<Format> formatOf(const QString &path);
    static QString suffix(Format format); // "png"
    // Why `options` cannot be drawn (a size or scale out of range), or nothing.
    static std::optional<QString> validate(const Options &options);

    // The picture as an opaque image of size × scale pixels, device pixel ratio `scale`. A
    // null image when the options are out of range or the memory is not there.
    static QImage image(const ExportPicture &picture, const Options &options);
    // The picture as a document of `format`; empty when drawing failed.
    static QByteArray encode(const ExportPicture &picture, Format format, const Options &options);

    // Writes the picture to `path` in `format`, atomically.
    static std::optional<ExportError> write(const QString &path, Format format,
                                            const ExportPicture &picture, const Options &options);
    // Writes `bytes` to `path`, atomically (data exports).
    static std::optional<ExportError> writeBytes(const QString &path, const QByteArray &bytes);

    // The picture for the clipboard: a PNG image and an SVG. The caller owns it.
    static QMimeData *mimeData(const ExportPicture &picture, const Options &options);
    static void copyToClipboard(const ExportPicture &picture, const Options &options);
};

} // namespace storyline
