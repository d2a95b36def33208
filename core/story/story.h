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
#include <utility>

namespace storyline {

// Text in several languages, keyed by BCP 47 language code ("en", "fr"). A story of a million
// events holds millions of these, most in one language: they are packed into one shared block
// behind a pointer (one allocation, none when empty), one byte a character when every
// character is Latin-1, rather than a map of strings.
class LocalizedText
{
public:
    LocalizedText() = default;
    LocalizedText(std::initializer_list<std::pair<QString, QString>> values);
    LocalizedText(const LocalizedText &other) noexcept;
    LocalizedText(LocalizedText &&other) noexcept
        : m_block(std::exchange(other.m_block, nullptr))
    {
    }
    LocalizedText &operator=(const LocalizedText &other) noexcept;
    LocalizedText &operator=(LocalizedText &&other) noexcept
    {
        std::swap(m_block, other.m_block);
        return *this;
    }
    ~LocalizedText();

    // The text in `language`, else English, else any language; empty when there is none.
    QString text(QStringView language) const;
    // The text in exactly `language`; a null string when there is none.
    QString value(QStringView language) const;
    bool contains(QStringView language) const;
    // Sets the text in `language`, replacing the one it had.
    void insert(QStringView language, QStringView text);
    void remove(QStringView language);

    // The languages, in order.
    QStringList languages() const;
    // Calls `f(QStringView language, QStringView text)` for each language, in order (the views
    // last for the call).
    template<typename F> void forEach(F f) const
    {
        const QString all = packed();
        for (qsizetype at = 0; at < all.size();) {
            const Entry entry = entryAt(all, at);
            f(entry.language, entry.text);
            at = entry.next;
        }
    }
    QMap<QString, QString> toMap() const;

    bool isEmpty() const { return m_block == nullptr; }
    qsizetype size() const;

    friend bool operator==(const LocalizedText &a, const LocalizedText &b)
    {
        return a.m_block == b.m_block || a.packed() == b.packed();
    }

private:
    struct Entry
    {
        QStringView language;
        QStringView text;
        qsizetype start; // of the entry in the packed text
        qsizetype next; // where the next entry starts
    };
    static Entry entryAt(QStringView packed, qsizetype at);
    static std::optional<Entry> find(QStringView packed, QStringView language);

    struct Block;
    // Per language, in language order: the language's length (four units of 8 bits, high
    // first, so that a Latin-1 text packs as Latin-1), the language, the text's length, the
    // text. Valid while this LocalizedText keeps its block.
    QString packed() const;
    void setPacked(QStringView packed);

    Block *m_block = nullptr; // shared by copies; null when there is no text
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

enum class DateBasis : quint8 { Text, Relative, PublicRecord };

QString dateBasisName(DateBasis basis);
std::optional<DateBasis> dateBasisFromName(QStringView name);

// A passage of an article that reports an event. story.json names it by its quote; the reader
// finds where the quote is, and the story keeps only that place (the text is the article's).
struct Source
{
    QString article;
    TextSpan span; // where the quote is in the article

    friend bool operator==(const Source &, const Source &) = default;
};

struct Event
{
    QString id;
    PartialDate start;
    DateBasis basis = DateBasis::Text;
    // Proposed by the analyzer from a dated sentence and not yet accepted by the user.
    bool extracted = false;
    std::optional<PartialDate> end;
    LocalizedText title;
    LocalizedText summary;
    LocalizedText note;
    QStringList actors;
    QList<Source> sources;

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

    // The text of a source's quote: its span of its article; empty when the article is not in
    // the story.
    QStringView quote(const Source &source) const;
    // The same in `article` (null: empty).
    static QStringView quoteIn(const Article *article, const Source &source);

    const Article *article(QStringView id) const;
    const Entity *entity(QStringView id) const;
    const Event *event(QStringView id) const;
    const Figure *figure(QStringView id) const;
    int mentionCount(QStringView entityId) const;

    friend bool operator==(const Story &, const Story &) = default;
};

} // namespace storyline

// Moved by memcpy when a list grows (a million events would otherwise be moved one by one,
// with both buffers alive).
Q_DECLARE_TYPEINFO(storyline::LocalizedText, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(storyline::Article, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(storyline::Entity, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(storyline::Source, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(storyline::Event, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(storyline::Figure, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(storyline::Mention, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(storyline::Period, Q_RELOCATABLE_TYPE);
