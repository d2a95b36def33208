// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story/partialdate.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <memory>
#include <optional>

namespace storyline {

// A date expression found in a text, with the date it stands for.
struct DateMatch
{
    enum class Kind {
        Absolute, // a calendar date: "31 janvier 2025", "mai 2025", "le 15 mai", "Q2 2025"
        Relative, // deictic, read against the publication: "hier", "vendredi", "last week"
        NamedEvent, // "CES 2025", "Computex", "GTC à Washington, D.C."
    };

    qsizetype start = 0; // UTF-16 offsets of the expression as written
    qsizetype end = 0;
    // nullopt when the text does not determine the date: no publication date to read "hier"
    // against, a fiscal quarter, "l'hiver 2025" (which winter?). Never a guess.
    std::optional<PartialDate> value;
    // The last day of a span: a named event's, "du 7 au 10 janvier"'s.
    std::optional<PartialDate> endValue;
    Kind kind = Kind::Absolute;
    // Resolved forward because of the words: "prochain", "demain", "next", a future tense
    // ("devrait rencontrer … vendredi", "will meet on Friday").
    bool future = false;
    // The value depends on the publication date ("hier", "le 15 mai" without a year).
    bool anchored = false;
    QString event; // a named event's canonical name ("Computex"), empty otherwise

    friend bool operator==(const DateMatch &, const DateMatch &) = default;
};

// Finds dates in French or English news text and resolves them against the article's
// publication date: absolute dates ("vendredi 31 janvier 2025", "Jan. 31", "31/01/2025",
// "2025-01-31", "mi-janvier", "en 2025"), relative ones ("hier", "la semaine dernière", "last
// Friday", "earlier this year"), seasons, quarters, weeks and named events ("CES 2025").
// Values keep their natural precision: "cette semaine" is a week, "ce printemps" a season.
// Words are found with a keyword scan and read on a short window around each hit, so the cost
// grows with the text and the number of dates, not with the size of the grammar. The tense of
// the sentence (ICU sentence breaks) decides whether a bare "vendredi" is the last or the next.
// Not thread-safe: use one per thread.
class DateFinder final
{
public:
    // language: "fr" or "en" (anything else is read as English).
    explicit DateFinder(const QString &language);
    ~DateFinder();
    DateFinder(const DateFinder &) = delete;
    DateFinder &operator=(const DateFinder &) = delete;

    // The anchor for relative dates; at month precision "le 15 mai" still resolves, "vendredi"
    // does not.
    void setPublicationDate(std::optional<PartialDate> published);
    std::optional<PartialDate> publicationDate() const;

    // Extends the table of named events. A name ending in a year ("CES 2027") adds an edition
    // of a known event, or an event recognised only with that year; a name without one
    // ("Sommet de Busan") is an event recognised by its name alone.
    void addNamedEvent(const QString &name, PartialDate start,
                       std::optional<PartialDate> end = std::nullopt);

    QList<DateMatch> find(QStringView text) const;

    // A dateline near the top of an article: "Paris, le 31 janvier 2025 –", "January 31, 2025
    // —", "Publié le 31/01/2025 à 10 h". nullopt when there is none.
    static std::optional<PartialDate> findPublicationDate(QStringView text,
                                                          const QString &language);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace storyline
