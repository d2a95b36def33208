// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

#include <memory>

namespace storyline {

// An amount of money or a percentage stated in a text.
struct FigureMatch
{
    enum class Kind { Money, Percent };

    Kind kind = Kind::Money;
    qsizetype start = 0; // UTF-16 offsets into the text, qualifier included
    qsizetype end = 0;
    double value = 0; // in units: 5.5e9 for "5,5 milliards de dollars", 17 for "17 %"
    QString unit; // ISO 4217 code for money ("USD", "EUR", "CNY"), "%" for percentages
    bool approximate = false; // a qualifier such as "près de", "environ", "nearly", "more than"
    QString qualifier; // the qualifier as written, empty when none

    friend bool operator==(const FigureMatch &, const FigureMatch &) = default;
};

// Finds money and percentages in French or English text: "2 000 milliards de dollars",
// "près de 1 000 milliards de dollars", "17 %", "$5.5 billion", "US$500bn", "12 percent".
// Numbers are read with ICU in the text's language (decimal comma in French, point in English;
// groups separated by spaces, U+00A0, U+202F or, in English, commas). Scale words follow the
// language: "billion" is 10^9 in English and 10^12 in French. Bare numbers — years, days,
// model names such as GPT-1, R1, H20 or "CES 2025" — are not figures.
class FigureParser final
{
public:
    // language: "fr" or "en" (anything else is read as English).
    explicit FigureParser(const QString &language);
    ~FigureParser();
    FigureParser(const FigureParser &) = delete;
    FigureParser &operator=(const FigureParser &) = delete;

    QList<FigureMatch> find(QStringView text) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace storyline
