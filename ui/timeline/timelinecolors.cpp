// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinecolors.h"

using namespace Qt::StringLiterals;

namespace storyline::TimelineColors {

namespace {

QColor okabeIto(const QString &key, int index)
{
    if (key == u"industry")
        return QColor(0x00, 0x9E, 0x73); // bluish green
    if (key == u"us-government")
        return QColor(0x00, 0x72, 0xB2); // blue
    if (key == u"china")
        return QColor(0xD5, 0x5E, 0x00); // vermillion
    if (key == u"other")
        return QColor(0xCC, 0x79, 0xA7); // reddish purple
    static const QColor others[]
        = {QColor(0x56, 0xB4, 0xE9), QColor(0xE6, 0x9F, 0x00), QColor(0x99, 0x99, 0x99)};
    return others[index % 3];
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Base).lightness() < palette.color(QPalette::Text).lightness();
}

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(
        a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t,
        a.blueF() * (1 - t) + b.blueF() * t, a.alphaF() * (1 - t) + b.alphaF() * t);
}

QColor withAlpha(QColor color, qreal alpha)
{
    color.setAlphaF(alpha);
    return color;
}

QColor group(const QString &key, int index, const QPalette &palette)
{
    const QColor color = okabeIto(key, index);
    return isDark(palette) ? mix(color, Qt::white, 0.22) : color;
}

QColor conflict()
{
    return QColor(0xF0, 0xE4, 0x42);
}

QColor textOn(const QColor &fill)
{
    // Relative luminance, roughly (WCAG weights without the gamma curve).
    const qreal luminance = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF();
    return luminance > 0.5 ? QColor(Qt::black) : QColor(Qt::white);
}

} // namespace storyline::TimelineColors
