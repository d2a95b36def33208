// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QHash>
#include <QString>

#include <functional>

namespace storyline {

// The labels of the timeline's events: their titles from a provider, the titles' widths, and
// the titles cut to a long or a short width with an ellipsis. All cached by id, since the same
// events are laid out again at every step of a pan or a zoom (at most 100,000 of each; then the
// caches start over).
class LabelTexts final
{
public:
    void setProvider(std::function<QString(qint32 id)> provider);
    void setFont(const QFont &font);
    // The widths labels are cut to: the long one when there is room, the short one otherwise.
    void setWidths(double longest, double shortest);
    double longest() const { return m_longest; }
    double shortest() const { return m_shortest; }
    void clear();

    QString title(qint32 id);
    double titleWidth(qint32 id);
    // The title, cut to the long or the short width when it is wider.
    QString label(qint32 id, bool isShort);

private:
    std::function<QString(qint32)> m_provider;
    QFont m_font;
    double m_longest = 300;
    double m_shortest = 90;
    QHash<qint32, QString> m_titles;
    QHash<qint32, double> m_widths;
    QHash<qint32, QString> m_long;
    QHash<qint32, QString> m_short;
};

} // namespace storyline
