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

namespace {

// Lengths are kept in two UTF-16 units: a language or a text may be longer than 65,535.
void appendLength(QString &data, qsizetype length)
{
    data.append(QChar(char16_t(quint32(length) >> 16)));
    data.append(QChar(char16_t(quint32(length) & 0xFFFF)));
}

qsizetype lengthAt(const QString &data, qsizetype at)
{
    return qsizetype(quint32(data.at(at).unicode()) << 16 | data.at(at + 1).unicode());
}

} // namespace

LocalizedText::LocalizedText(std::initializer_list<std::pair<QString, QString>> values)
{
    for (const auto &[language, text] : values)
        insert(language, text);
}

LocalizedText::Entry LocalizedText::entryAt(qsizetype at) const
{
    const qsizetype languageLength = lengthAt(m_data, at);
    const qsizetype textAt = at + 2 + languageLength;
    const qsizetype textLength = lengthAt(m_data, textAt);
    return {QStringView(m_data).sliced(at + 2, languageLength),
            QStringView(m_data).sliced(textAt + 2, textLength), at, textAt + 2 + textLength};
}

std::optional<LocalizedText::Entry> LocalizedText::find(QStringView language) const
{
    for (qsizetype at = 0; at < m_data.size();) {
        const Entry entry = entryAt(at);
        if (entry.language == language)
            return entry;
        at = entry.next;
    }
    return std::nullopt;
}

QString LocalizedText::text(QStringView language) const
{
    if (const auto entry = find(language))
        return entry->text.toString();
    if (const auto entry = find(u"en"))
        return entry->text.toString();
    return isEmpty() ? QString() : entryAt(0).text.toString();
}

QString LocalizedText::value(QStringView language) const
{
    const auto entry = find(language);
    return entry ? entry->text.toString() : QString();
}

bool LocalizedText::contains(QStringView language) const
{
    return find(language).has_value();
}

void LocalizedText::insert(QStringView language, QStringView text)
{
    remove(language);
    // Keep the languages in order, so that equal texts are equal strings.
    qsizetype at = 0;
    while (at < m_data.size()) {
        const Entry entry = entryAt(at);
        if (language < entry.language)
            break;
        at = entry.next;
    }
    QString packed;
    packed.reserve(4 + language.size() + text.size());
    appendLength(packed, language.size());
    packed.append(language);
    appendLength(packed, text.size());
    packed.append(text);
    m_data.insert(at, packed);
    m_data.squeeze();
}

void LocalizedText::remove(QStringView language)
{
    if (const auto entry = find(language)) {
        m_data.remove(entry->start, entry->next - entry->start);
        m_data.squeeze();
    }
}

QStringList LocalizedText::languages() const
{
    QStringList result;
    forEach([&result](QStringView language, QStringView) { result.append(language.toString()); });
    return result;
}

QMap<QString, QString> LocalizedText::toMap() const
{
    QMap<QString, QString> result;
    forEach([&result](QStringView language, QStringView text) {
        result.insert(language.toString(), text.toString());
    });
    return result;
}

qsizetype LocalizedText::size() const
{
    qsizetype count = 0;
    forEach([&count](QStringView, QStringView) { ++count; });
    return count;
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
    const QString localized = names.value(language);
    return localized.isNull() ? name : localized;
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

QStringView Story::quote(const Source &source) const
{
    const Article *a = article(source.article);
    if (!a || source.span.start < 0 || source.span.end > a->text.size()
        || source.span.start > source.span.end)
        return {};
    return QStringView(a->text).sliced(source.span.start, source.span.length());
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
