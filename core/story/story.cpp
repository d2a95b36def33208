// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "story.h"

#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace storyline {

namespace {

template<typename T> const T *findById(const QList<T> &list, QStringView id)
{
    const auto it
        = std::find_if(list.cbegin(), list.cend(), [id](const T &item) { return item.id == id; });
    return it == list.cend() ? nullptr : &*it;
}

constexpr QLatin1StringView entityTypeNames[]
    = {"person"_L1, "organization"_L1, "place"_L1, "product"_L1, "event"_L1};
constexpr QLatin1StringView basisNames[] = {"text"_L1, "relative"_L1, "public-record"_L1};

} // namespace

QString LocalizedText::text(const QString &language) const
{
    if (const auto it = values.constFind(language); it != values.cend())
        return *it;
    if (const auto it = values.constFind(u"en"_s); it != values.cend())
        return *it;
    return values.isEmpty() ? QString() : values.first();
}

QString entityTypeName(EntityType type)
{
    return entityTypeNames[static_cast<int>(type)];
}

std::optional<EntityType> entityTypeFromName(QStringView name)
{
    for (int i = 0; i < int(std::size(entityTypeNames)); ++i) {
        if (name == entityTypeNames[i])
            return static_cast<EntityType>(i);
    }
    return std::nullopt;
}

QString dateBasisName(DateBasis basis)
{
    return basisNames[static_cast<int>(basis)];
}

std::optional<DateBasis> dateBasisFromName(QStringView name)
{
    for (int i = 0; i < int(std::size(basisNames)); ++i) {
        if (name == basisNames[i])
            return static_cast<DateBasis>(i);
    }
    return std::nullopt;
}

QString Entity::displayName(const QString &language) const
{
    const auto it = names.values.constFind(language);
    return it == names.values.cend() ? name : *it;
}

QSet<QString> Story::eventEntities(const Event &event) const
{
    QSet<QString> ids(event.actors.cbegin(), event.actors.cend());
    for (const Source &source : event.sources) {
        for (const Mention &mention : mentions) {
            if (mention.article == source.article && mention.span.start >= source.span.start
                && mention.span.end <= source.span.end)
                ids.insert(mention.entity);
        }
    }
    return ids;
}

QString Story::eventGroup(const Event &event) const
{
    for (const QString &actor : event.actors) {
        if (const Entity *e = entity(actor); e && !e->group.isEmpty())
            return e->group;
    }
    return u"other"_s;
}

bool Story::eventHasConflict(const Event &event) const
{
    return std::any_of(figures.cbegin(), figures.cend(), [&](const Figure &figure) {
        return figure.event == event.id && !figure.conflictsWith.isEmpty();
    });
}

void Story::sortEvents()
{
    std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) {
        const QDate aEnd = a.end ? a.end->last() : a.start.last();
        const QDate bEnd = b.end ? b.end->last() : b.start.last();
        return std::make_tuple(a.start.first(), aEnd, a.id)
            < std::make_tuple(b.start.first(), bEnd, b.id);
    });
}

const Article *Story::article(QStringView id) const
{
    return findById(articles, id);
}

const Entity *Story::entity(QStringView id) const
{
    return findById(entities, id);
}

const Event *Story::event(QStringView id) const
{
    return findById(events, id);
}

const Figure *Story::figure(QStringView id) const
{
    return findById(figures, id);
}

int Story::mentionCount(QStringView entityId) const
{
    return int(std::count_if(mentions.cbegin(), mentions.cend(),
                             [entityId](const Mention &m) { return m.entity == entityId; }));
}

} // namespace storyline
