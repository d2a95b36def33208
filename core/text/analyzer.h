// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "datefinder.h"
#include "figureparser.h"
#include "gazetteer.h"
#include "namefinder.h"
#include "story/partialdate.h"
#include "story/story.h"
#include "textspan.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <memory>
#include <optional>

namespace storyline {

// A named entity of a text: a gazetteer entry, or a name the NameFinder found beyond it.
struct EntityMatch
{
    TextSpan span;
    EntityType type = EntityType::Organization;
    QString id; // the gazetteer entry's id; empty for a name the story does not know
    // The entity's name for a gazetteer entry ("Jensen Huang" for "Huang Renxun"); for another
    // name, NameMatch::canonical (the full name a surname stands for, else the name as written).
    QString canonical;

    friend bool operator==(const EntityMatch &, const EntityMatch &) = default;
};

// What the analyzer found in one text. Offsets are UTF-16, into the text as given.
struct Analysis
{
    QString language;
    // The publication date relative dates were read against: the one given to analyze(), else
    // a dateline found at the top of the text; nullopt when neither.
    std::optional<PartialDate> published;
    QList<TextSpan> sentences;
    QList<GazetteerMatch> entities; // the gazetteer's matches alone
    QList<FigureMatch> figures;
    QList<DateMatch> dates;
    // Every named entity, in text order: the gazetteer's matches first in authority, then the
    // names found beyond it, none of them inside a gazetteer match, a figure or a date. A
    // gazetteer place swallowed by a longer name ("George Washington") gives way to it.
    QList<EntityMatch> names;
};

// Composes the text layer: sentences, known entities (the gazetteer), money and percentages,
// dates, and the names the story does not know. It keeps one segmenter, figure parser, date
// finder and name finder per language it has seen. Not thread-safe: use one per thread.
class Analyzer final
{
public:
    explicit Analyzer(Gazetteer gazetteer = Gazetteer());
    // A gazetteer of the entities' names and aliases that also knows their types and names.
    explicit Analyzer(const QList<Entity> &entities);
    ~Analyzer();
    Analyzer(const Analyzer &) = delete;
    Analyzer &operator=(const Analyzer &) = delete;

    // published: the anchor for relative dates ("hier", "vendredi"); when nullopt, a dateline
    // at the top of the text is used if there is one.
    Analysis analyze(QStringView text, const QString &language,
                     std::optional<PartialDate> published = std::nullopt) const;

    QList<TextSpan> sentences(QStringView text, const QString &language) const;
    QList<GazetteerMatch> findEntities(QStringView text) const;
    QList<FigureMatch> findFigures(QStringView text, const QString &language) const;
    QList<DateMatch> findDates(QStringView text, const QString &language,
                               std::optional<PartialDate> published) const;

    // "fr" or "en", from the share of each language's most common words; "en" when unsure.
    static QString detectLanguage(QStringView text);

private:
    struct Known
    {
        EntityType type;
        QString name;
    };
    struct PerLanguage;
    class GazetteerWindows;
    PerLanguage &perLanguage(const QString &language) const;
    QList<EntityMatch> mergeNames(QStringView text, const QList<GazetteerMatch> &gazetteer,
                                  const QList<NameMatch> &names) const;

    Gazetteer m_gazetteer;
    QHash<QString, Known> m_known; // by gazetteer id, when the entities were given
    // Where the gazetteer's names can start, when the names are known (see findEntities).
    std::unique_ptr<GazetteerWindows> m_windows;
    mutable QHash<QString, std::shared_ptr<PerLanguage>> m_languages;
};

} // namespace storyline
