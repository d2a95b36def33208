// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporter.h"

#include <QBuffer>
#include <QClipboard>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImageWriter>
#include <QMimeData>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

using namespace Qt::StringLiterals;

namespace storyline {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Exporter)
};

constexpr int pdfResolution = 96; // dots per inch: one PDF unit per logical pixel

QSize deviceSize(const Exporter::Options &options)
{
    return QSize(int(std::lround(options.size.width() * options.scale)),
                 int(std::lround(options.size.height() * options.scale)));
}

QRectF logicalRect(const Exporter::Options &options)
{
    return QRectF(QPointF(0, 0), QSizeF(options.size));
}

void paint(QPainter *painter, const ExportPicture &picture, const Exporter::Options &options)
{
    painter->setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                            | QPainter::SmoothPixmapTransform);
    painter->fillRect(logicalRect(options), ChartColors::of(options.theme).background);
    picture.paint(painter, logicalRect(options), options.theme);
}

// QSvgGenerator writes no spreadMethod, so a repeating gradient (the chart's stripes for an
// approximate figure) becomes one stripe and a flat tint. A gradient whose vector is a short
// tile is a pattern: it gets spreadMethod="repeat" back. Long ones keep SVG's default (pad),
// as do the timeline's fades, which span exactly the shape they fill.
QByteArray restoreRepeatingGradients(const QByteArray &svg)
{
    static const QRegularExpression gradient(
        uR"re(<linearGradient gradientUnits="userSpaceOnUse" x1="([-\d.e]+)" y1="([-\d.e]+)" )re"
        uR"re(x2="([-\d.e]+)" y2="([-\d.e]+)")re"_s);
    constexpr double tile = 64; // user units
    QString text = QString::fromUtf8(svg);
    qsizetype offset = 0;
    QRegularExpressionMatch match;
    while ((match = gradient.match(text, offset)).hasMatch()) {
        const double dx = match.captured(3).toDouble() - match.captured(1).toDouble();
        const double dy = match.captured(4).toDouble() - match.captured(2).toDouble();
        offset = match.capturedEnd();
        if (std::hypot(dx, dy) < tile) {
            static const QString repeat = u" spreadMethod=\"repeat\""_s;
            text.insert(offset, repeat);
            offset += repeat.size();
        }
    }
    return text.toUtf8();
}

QByteArray svg(const ExportPicture &picture, const Exporter::Options &options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator generator;
    generator.setOutputDevice(&buffer);
    generator.setSize(options.size);
    generator.setViewBox(logicalRect(options));
    generator.setResolution(pdfResolution);
    generator.setTitle(picture.title);
    generator.setDescription(picture.description);
    QPainter painter;
    if (!painter.begin(&generator))
        return {};
    paint(&painter, picture, options);
    if (!painter.end())
        return {};
    return restoreRepeatingGradients(buffer.data());
}

QByteArray pdf(const ExportPicture &picture, const Exporter::Options &options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(pdfResolution);
        // Points are 1/72 inch: the page is the picture at 96 pixels per inch.
        const QSizeF points = QSizeF(options.size) * 72.0 / pdfResolution;
        writer.setPageSize(QPageSize(points, QPageSize::Point, QString(), QPageSize::ExactMatch));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        writer.setTitle(picture.title);
        writer.setCreator(u"Storyline"_s);
        QPainter painter;
        if (!painter.begin(&writer))
            return {};
        // The page may round to whole points: stretch the picture over exactly the page.
        painter.scale(writer.width() / qreal(options.size.width()),
                      writer.height() / qreal(options.size.height()));
        paint(&painter, picture, options);
        if (!painter.end())
            return {};
    }
    return buffer.data();
}

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Opens `path` for an atomic write, or says why it cannot be written.
std::optional<ExportError> openForWriting(QSaveFile &file)
{
    const QString path = file.fileName();
    const QFileInfo info(path);
    if (path.isEmpty())
        return ExportError{path, Tr::tr("no file name")};
    if (info.isDir())
        return ExportError{native(path), Tr::tr("is a folder, not a file")};
    if (!info.absoluteDir().exists()) {
        return ExportError{native(path),
                           Tr::tr("cannot write: the folder “%1” does not exist")
                               .arg(native(info.absolutePath()))};
    }
    // Never write in place: a failure must leave the old file whole.
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly))
        return ExportError{native(path), Tr::tr("cannot write: %1").arg(file.errorString())};
    return std::nullopt;
}

std::optional<ExportError> commit(QSaveFile &file)
{
    if (!file.commit()) {
        return ExportError{native(file.fileName()),
                           Tr::tr("cannot write: %1").arg(file.errorString())};
    }
    return std::nullopt;
}

} // namespace

QString ExportError::toString() const
{
    return path.isEmpty() ? message : Tr::tr("%1: %2").arg(path, message);
}

std::optional<Exporter::Format> Exporter::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png"_s)
        return Format::Png;
    if (suffix == u"svg"_s)
        return Format::Svg;
    if (suffix == u"pdf"_s)
        return Format::Pdf;
    return std::nullopt;
}

QString Exporter::suffix(Format format)
{
    switch (format) {
    case Format::Png: return u"png"_s;
    case Format::Svg: return u"svg"_s;
    case Format::Pdf: return u"pdf"_s;
    }
    return {};
}

std::optional<QString> Exporter::validate(const Options &options)
{
    const QSize size = options.size;
    if (size.width() < minimumSide || size.height() < minimumSide || size.width() > maximumSide
        || size.height() > maximumSide) {
        return Tr::tr("the size %1×%2 is out of range (%3 to %4 pixels a side)")
            .arg(size.width())
            .arg(size.height())
            .arg(minimumSide)
            .arg(maximumSide);
    }
    if (!(options.scale >= 1 && options.scale <= maximumScale)) { // NaN too
        return Tr::tr("the scale %1 is out of range (1 to %2)")
            .arg(options.scale)
            .arg(maximumScale);
    }
    const QSize device = deviceSize(options);
    if (qint64(device.width()) * device.height() > maximumPixels) {
        return Tr::tr("%1×%2 pixels is too large an image")
            .arg(device.width())
            .arg(device.height());
    }
    return std::nullopt;
}

QImage Exporter::image(const ExportPicture &picture, const Options &options)
{
    if (picture.isNull() || validate(options))
        return {};
    // Opaque: smaller PNGs, and as fast to paint on as premultiplied ARGB.
    QImage image(deviceSize(options), QImage::Format_RGB32);
    if (image.isNull())
        return {};
    image.setDevicePixelRatio(options.scale);
    QPainter painter(&image);
    paint(&painter, picture, options);
    painter.end();
    return image;
}

QByteArray Exporter::encode(const ExportPicture &picture, Format format, const Options &options)
{
    if (picture.isNull() || validate(options))
        return {};
    switch (format) {
    case Format::Png: {
        const QImage png = image(picture, options);
        if (png.isNull())
            return {};
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        return png.save(&buffer, "PNG") ? buffer.data() : QByteArray();
    }
    case Format::Svg: return svg(picture, options);
    case Format::Pdf: return pdf(picture, options);
    }
    return {};
}

std::optional<ExportError> Exporter::write(const QString &path, Format format,
                                           const ExportPicture &picture, const Options &options)
{
    if (const auto problem = validate(options))
        return ExportError{native(path), *problem};
    QSaveFile file(path);
    if (auto error = openForWriting(file))
        return error;

    if (format == Format::Png) {
        // Encoded in memory, then written: a disk that fills up fails QSaveFile's write, not
        // libpng half-way (whose error path leaks Qt's row buffers).
        const QImage png = image(picture, options);
        if (png.isNull()) {
            file.cancelWriting();
            return ExportError{native(path),
                               Tr::tr("cannot draw a %1×%2 image")
                                   .arg(deviceSize(options).width())
                                   .arg(deviceSize(options).height())};
        }
        QByteArray bytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "png");
        if (!writer.write(png)) {
            file.cancelWriting();
            return ExportError{native(path), Tr::tr("cannot write: %1").arg(writer.errorString())};
        }
        if (file.write(bytes) != bytes.size()) {
            file.cancelWriting();
            return ExportError{native(path), Tr::tr("cannot write: %1").arg(file.errorString())};
        }
    } else {
        const QByteArray bytes = encode(picture, format, options);
        if (bytes.isEmpty()) {
            file.cancelWriting();
            return ExportError{native(path),
                               Tr::tr("cannot draw the %1 document").arg(suffix(format).toUpper())};
        }
        if (file.write(bytes) != bytes.size()) {
            file.cancelWriting();
            return ExportError{native(path), Tr::tr("cannot write: %1").arg(file.errorString())};
        }
    }
    if (options.cancelled && options.cancelled()) {
        file.cancelWriting();
        return ExportError{native(path), Tr::tr("export cancelled; the file was not changed")};
    }
    return commit(file);
}

std::optional<ExportError> Exporter::writeBytes(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (auto error = openForWriting(file))
        return error;
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return ExportError{native(path), Tr::tr("cannot write: %1").arg(file.errorString())};
    }
    return commit(file);
}

QMimeData *Exporter::mimeData(const ExportPicture &picture, const Options &options)
{
    auto *data = new QMimeData;
    if (picture.isNull() || validate(options))
        return data;
    const QImage png = image(picture, options);
    if (!png.isNull())
        data->setImageData(png);
    const QByteArray vector = svg(picture, options);
    if (!vector.isEmpty())
        data->setData(u"image/svg+xml"_s, vector);
    return data;
}

void Exporter::copyToClipboard(const ExportPicture &picture, const Options &options)
{
    if (QClipboard *clipboard = QGuiApplication::clipboard())
        clipboard->setMimeData(mimeData(picture, options));
}

} // namespace storyline
