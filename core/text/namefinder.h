// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story/story.h"
#include "textspan.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <memory>
#include <optional>

namespace storyline {

// A proper name found in a text without the story's help.
struct NameMatch
{
    TextSpan span; // UTF-16 offsets, elided article excluded ("l'Élysée" gives "Élysée")
    EntityType type = EntityType::Organization;
    // The name it stands for: the full name for a surname that follows it in the document
    // ("Howard Lutnick" for "Lutnick", the name before "(BIS)" for "BIS"); otherwise the name
    // as written, on one line.
    QString canonical;
    // It swallows a place the caller claimed: "George Washington" over the claim "Washington",
    // "Silicon Valley Bank" over "Silicon Valley".
    bool replacesClaim = false;

    friend bool operator==(const NameMatch &, const NameMatch &) = default;
};

// A span another finder already holds: a gazetteer entity (with its type), a date, a figure.
struct NameClaim
{
    TextSpan span;
    // An entity's type; nullopt for dates and figures, which are never part of a name.
    std::optional<EntityType> entityType;
};

// Finds the proper names of French or English news text: capitalised sequences with their
// particles ("Ursula von der Leyen", "Banque de France"), typed by the roles and titles around
// them (person), company and institution words (organization), a built-in table of countries,
// capitals, major cities, regions and US states in both languages (place), and letter-and-digit
// codes in chip contexts (product), event words ("Investment Forum"). A lone capitalised word at
// the start of a sentence or in a title-case headline is a name only when a table knows it or
// the document also names it mid-sentence. A surname alone, before or after the person's full
// name in the same document, is that person ("Lutnick" → "Howard Lutnick"); an acronym in
// brackets after a name is that name ("BIS").
//
// Words are scanned with a hand-written tokenizer and looked up in hash tables by a folded key
// (lower case, Latin accents dropped), so the cost grows with the text and not with the tables.
// Not thread-safe (it reuses buffers between calls): use one per thread.
class NameFinder final
{
public:
    // language: "fr" or "en". Both languages' cues and tables are used either way; French text
    // is not expected to have title-case headlines, so only lines in capitals count as titles.
    explicit NameFinder(const QString &language);
    ~NameFinder();
    NameFinder(const NameFinder &) = delete;
    NameFinder &operator=(const NameFinder &) = delete;

    // Names in text order. A name never overlaps a claim, except a name that swallows a
    // claimed place whole (see NameMatch::replacesClaim). Claims: any order, may overlap.
    QList<NameMatch> find(QStringView text, const QList<NameClaim> &claims = {}) const;

    // What the built-in tables make of a name as a whole ("Washington" → place, "TSMC" →
    // organization, "Blackwell" → product); nullopt when they do not know it.
    static std::optional<EntityType> knownType(QStringView name);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace storyline
