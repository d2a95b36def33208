// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "labeltexts.h"

#include <QFontMetricsF>

namespace storyline {

namespace {
constexpr qsizetype cacheLimit = 100'000;
} // namespace

void LabelTexts::setProvider(std::function<QString(qint32)> provider)
{
    m_provider = std::move(provider);
    clear();
}

void LabelTexts::setFont(const QFont &font)
{
    m_font = font;
    clear();
}

void LabelTexts::setWidths(double longest, double shortest)
{
    if (longest == m_longest && shortest == m_shortest)
        return;
    m_longest = longest;
    m_shortest = shortest;
    m_long.clear();
    m_short.clear();
}

void LabelTexts::clear()
{
    m_titles.clear();
    m_widths.clear();
    m_long.clear();
    m_short.clear();
}

QString LabelTexts::title(qint32 id)
{
    if (const auto it = m_titles.constFind(id); it != m_titles.cend())
        return *it;
    if (m_titles.size() > cacheLimit)
        clear();
    const QString text = m_provider ? m_provider(id) : QString::number(id);
    m_titles.insert(id, text);
    return text;
}

double LabelTexts::titleWidth(qint32 id)
{
    if (const auto it = m_widths.constFind(id); it != m_widths.cend())
        return *it;
    const double width = QFontMetricsF(m_font).horizontalAdvance(title(id));
    m_widths.insert(id, width);
    return width;
}

QString LabelTexts::label(qint32 id, bool isShort)
{
    const double width = isShort ? m_shortest : m_longest;
    if (titleWidth(id) <= width)
        return title(id);
    QHash<qint32, QString> &cache = isShort ? m_short : m_long;
    if (const auto it = cache.constFind(id); it != cache.cend())
        return *it;
    const QString text = QFontMetricsF(m_font).elidedText(title(id), Qt::ElideRight, width);
    cache.insert(id, text);
    return text;
}

} // namespace storyline
