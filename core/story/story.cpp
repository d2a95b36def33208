// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "story.h"

#include <algorithm>
#include <cstdlib>
#include <new>
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

qsizetype lengthAt(QStringView data, qsizetype at)
{
    return qsizetype(quint32(data.at(at).unicode()) << 16 | data.at(at + 1).unicode());
}

} // namespace

// The packed text, with a count of the LocalizedTexts that share it.
struct LocalizedText::Block
{
    QAtomicInt ref;
    qsizetype size;
    char16_t text[1]; // `size` of them, allocated with the block

    static Block *create(QStringView packed)
    {
        void *memory
            = std::malloc(offsetof(Block, text) + sizeof(char16_t) * size_t(packed.size()));
        Q_CHECK_PTR(memory);
        Block *block = new (memory) Block{QAtomicInt(1), packed.size(), {}};
        std::copy(packed.utf16(), packed.utf16() + packed.size(), block->text);
        return block;
    }
    static void release(Block *block)
    {
        if (block && !block->ref.deref()) {
            block->~Block();
            std::free(block);
        }
    }
};

LocalizedText::LocalizedText(const LocalizedText &other) noexcept
    : m_block(other.m_block)
{
    if (m_block)
        m_block->ref.ref();
}

LocalizedText &LocalizedText::operator=(const LocalizedText &other) noexcept
{
    if (other.m_block)
        other.m_block->ref.ref();
    Block::release(std::exchange(m_block, other.m_block));
    return *this;
}

LocalizedText::~LocalizedText()
{
    Block::release(m_block);
}

QStringView LocalizedText::data() const
{
    return m_block ? QStringView(m_block->text, m_block->size) : QStringView();
}

void LocalizedText::setData(QStringView packed)
{
    Block::release(std::exchange(m_block, packed.isEmpty() ? nullptr : Block::create(packed)));
}

LocalizedText::LocalizedText(std::initializer_list<std::pair<QString, QString>> values)
{
    for (const auto &[language, text] : values)
        insert(language, text);
}

LocalizedText::Entry LocalizedText::entryAt(qsizetype at) const
{
    const QStringView packed = data();
    const qsizetype languageLength = lengthAt(packed, at);
    const qsizetype textAt = at + 2 + languageLength;
    const qsizetype textLength = lengthAt(packed, textAt);
    return {packed.sliced(at + 2, languageLength), packed.sliced(textAt + 2, textLength), at,
            textAt + 2 + textLength};
}

std::optional<LocalizedText::Entry> LocalizedText::find(QStringView language) const
{
    for (qsizetype at = 0; at < data().size();) {
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
    while (at < data().size()) {
        const Entry entry = entryAt(at);
        if (language < entry.language)
            break;
        at = entry.next;
    }
    QString packed;
    packed.reserve(data().size() + 4 + language.size() + text.size());
    packed.append(data().first(at));
    appendLength(packed, language.size());
    packed.append(language);
    appendLength(packed, text.size());
    packed.append(text);
    packed.append(data().sliced(at));
    setData(packed);
}

void LocalizedText::remove(QStringView language)
{
    if (const auto entry = find(language)) {
        setData(QString(data().first(entry->start) % data().sliced(entry->next)));
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
