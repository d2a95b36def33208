// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story/partialdate.h"
#include "text/textspan.h"

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace storyline {

// Text in several languages, keyed by BCP 47 language code ("en", "fr").
struct LocalizedText
{
    QMap<QString, QString> values;

    // The text in `language`, else English, else any language; empty when there is none.
    QString text(const QString &language) const;
    bool isEmpty() const { return values.isEmpty(); }

    friend bool operator==(const LocalizedText &, const LocalizedText &) = default;
};

struct Article
{
    QString id;
    QString file; // relative to the story folder, with forward slashes
    QString language;
    QString headline; // empty: the first line of the text stands for it
    QString outlet; // empty when not known
    QString url; // empty when not known
    std::optional<PartialDate> published;
    QString note; // known errors and provenance, shown to the reader

    QString text; // decoded text, exactly as in the file

    friend bool operator==(const Article &, const Article &) = default;
};

enum class EntityType { Person, Organization, Place, Product, Event };

QString entityTypeName(EntityType type);
std::optional<EntityType> entityTypeFromName(QStringView name);

struct Entity
{
    QString id;
    EntityType type = EntityType::Organization;
    QString name;
    LocalizedText names; // optional display names per language ("États-Unis")
    QStringList aliases;
    QString group; // actor group for timeline lanes ("industry", "us-government", "china")

    QString displayName(const QString &language) const;
    friend bool operator==(const Entity &, const Entity &) = default;
};

enum class DateBasis { Text, Relative, PublicRecord };

QString dateBasisName(DateBasis basis);
std::optional<DateBasis> dateBasisFromName(QStringView name);

struct Source
{
    QString article;
    QString quote;
    TextSpan span; // where the quote is in the article (computed by the reader)

    friend bool operator==(const Source &, const Source &) = default;
};

struct Event
{
    QString id;
    PartialDate start;
    std::optional<PartialDate> end;
    DateBasis basis = DateBasis::Text;
    LocalizedText title;
    LocalizedText summary;
    LocalizedText note;
    QStringList actors;
    QList<Source> sources;
    // Proposed by the analyzer from a dated sentence and not yet accepted by the user.
    bool extracted = false;

    friend bool operator==(const Event &, const Event &) = default;
};

enum class FigureKind { Money, Percent };

struct Figure
{
    QString id;
    QString article;
    QString quote;
    QString measure;
    LocalizedText subject;
    QString event; // empty when the figure belongs to no event

    // Computed by the reader from the quote, never read from story.json.
    TextSpan span;
    FigureKind kind = FigureKind::Money;
    double value = 0;
    QString unit; // ISO 4217 currency for money ("USD"), "%" for percentages
    bool approximate = false;
    QString qualifier; // "près de", "nearly"…; empty when none
    QStringList conflictsWith;

    friend bool operator==(const Figure &, const Figure &) = default;
};

// Where the story names an entity, found by the gazetteer (computed by the reader).
struct Mention
{
    QString entity;
    QString article;
    TextSpan span;

    friend bool operator==(const Mention &, const Mention &) = default;
};

struct Period
{
    QString id;
    PartialDate start;
    PartialDate end;
    LocalizedText title;
    QList<Source> sources;

    friend bool operator==(const Period &, const Period &) = default;
};

struct Story
{
    static constexpr int formatVersion = 1;

    QString id;
    LocalizedText title;
    LocalizedText description;
    QList<Article> articles;
    QList<Entity> entities;
    QList<Event> events; // in date order
    QList<Period> periods;
    QList<Figure> figures;
    QList<Mention> mentions; // in article order, then text order

    // The entities an event involves: its actors and the entities its source quotes mention.
    QSet<QString> eventEntities(const Event &event) const;
    // The actor group of an event (timeline lanes): the group of its first actor that has one,
    // else "other".
    QString eventGroup(const Event &event) const;
    // Whether any figure of the event disagrees with another source.
    bool eventHasConflict(const Event &event) const;

    // Puts the events in date order: first day, then last day, then id.
    void sortEvents();

    const Article *article(QStringView id) const;
    const Entity *entity(QStringView id) const;
    const Event *event(QStringView id) const;
    const Figure *figure(QStringView id) const;
    int mentionCount(QStringView entityId) const;

    friend bool operator==(const Story &, const Story &) = default;
};

} // namespace storyline
