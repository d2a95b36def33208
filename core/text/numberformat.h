// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story/story.h"

#include <QString>

#include <memory>

namespace storyline {

// Short, localized labels for figures, through ICU's number formatter in the UI language:
// compact money ("$2T", "$5.5B"; in French "2 Bn $US", "5,5 Md $US") and percentages ("17%",
// "17 %"). Approximate figures get "≈ " in front. Copies share the compiled formatters.
class NumberFormat final
{
public:
    // `language`: a BCP 47 code ("en", "fr"); English when empty or unknown.
    explicit NumberFormat(const QString &language = QString());
    ~NumberFormat();
    NumberFormat(const NumberFormat &other);
    NumberFormat &operator=(const NumberFormat &other);

    QString language() const;

    // `value` in units of `currency` (ISO 4217), at most three significant digits.
    QString compactMoney(double value, const QString &currency) const;
    // `value` in percent: 17 gives "17%".
    QString percent(double value) const;
    // The figure's value as a chart label: money or percent, marked when approximate.
    QString figure(const Figure &figure) const;
    QString figure(FigureKind kind, double value, const QString &unit, bool approximate) const;

    // "≈ " (with a no-break space, so the sign never wraps away from its number) before `text`.
    static QString approximate(const QString &text);

private:
    struct Private;
    std::shared_ptr<const Private> d;
};

} // namespace storyline
