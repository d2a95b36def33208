// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story/story.h"

#include <QColor>
#include <QPalette>
#include <QString>
#include <QTextCharFormat>

class QWidget;

namespace storyline::UiStyle {

// Colours for entity types and figures: the Okabe–Ito palette, which stays distinct for the
// common forms of colour blindness, each paired with its own underline style so the type reads
// without colour too.
QColor entityColor(EntityType type);
QTextCharFormat::UnderlineStyle entityUnderline(EntityType type);
QColor figureColor();

// The highlight of a mention in the reader: a light tint of the type colour and its underline;
// `focused` makes it stand out (the selected entity).
QTextCharFormat mentionFormat(EntityType type, const QPalette &palette, bool focused);
QTextCharFormat figureFormat(const QPalette &palette, bool focused);

// Whether the palette is dark (window text lighter than the window).
bool isDark(const QPalette &palette);

// Translated names for types, precisions and bases, for every view.
QString entityTypeLabel(EntityType type, bool plural = false);
QString basisLabel(DateBasis basis);

// "31 January 2025", "week 5 of 2025", "January 2025", "spring 2025", "Q2 2025", "2025", and
// spans "7–10 January 2025", in the language's words.
QString dateText(const PartialDate &start, const std::optional<PartialDate> &end,
                 const QString &language);

// The article as readers know it: "L'Economiste Maghrébin, 1 February 2025" or "a000".
QString articleLabel(const Article &article, const QString &language);

// The UI language: "fr" when the locale is French, else "en".
QString uiLanguage();

} // namespace storyline::UiStyle
