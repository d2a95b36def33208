// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "story.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <new>
#include <numeric>
#include <tuple>
#include <vector>

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

// Lengths are kept in four units of 8 bits: any length up to 2^32, and a text of Latin-1
// characters stays Latin-1 once packed.
constexpr qsizetype lengthUnits = 4;

void appendLength(QString &packed, qsizetype length)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        packed.append(QChar(char16_t((quint32(length) >> shift) & 0xFF)));
}

qsizetype lengthAt(QStringView packed, qsizetype at)
{
    quint32 length = 0;
    for (qsizetype i = 0; i < lengthUnits; ++i)
        length = length << 8 | (packed.at(at + i).unicode() & 0xFF);
    return qsizetype(length);
}

} // namespace

// The packed text, with a count of the LocalizedTexts that share it; its units follow it, one
// byte each when all are Latin-1, else UTF-16.
struct LocalizedText::Block
{
    static constexpr quint32 latin1 = 0x80000000U;

    QAtomicInt ref;
    quint32 units; // how many, and `latin1`

    qsizetype size() const { return qsizetype(units & ~latin1); }
    bool isLatin1() const { return units & latin1; }
    const char *bytes() const { return reinterpret_cast<const char *>(this + 1); }
    const QChar *chars() const { return reinterpret_cast<const QChar *>(this + 1); }

    static Block *create(QStringView packed)
    {
        Q_ASSERT(packed.size() < qsizetype(latin1));
        const bool narrow = std::all_of(packed.cbegin(), packed.cend(),
                                        [](QChar c) { return c.unicode() < 0x100; });
        const size_t unitSize = narrow ? 1 : sizeof(char16_t);
        void *memory = std::malloc(sizeof(Block) + unitSize * size_t(packed.size()));
        Q_CHECK_PTR(memory);
        Block *block
            = new (memory) Block{QAtomicInt(1), quint32(packed.size()) | (narrow ? latin1 : 0)};
        if (narrow) {
            char *out = reinterpret_cast<char *>(block + 1);
            for (const QChar c : packed)
                *out++ = char(c.unicode());
        } else {
            std::memcpy(reinterpret_cast<char *>(block + 1), packed.utf16(),
                        sizeof(char16_t) * size_t(packed.size()));
        }
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

QString LocalizedText::packed() const
{
    if (!m_block)
        return {};
    if (m_block->isLatin1())
        return QString::fromLatin1(m_block->bytes(), m_block->size());
    return QString::fromRawData(m_block->chars(), m_block->size());
}

void LocalizedText::setPacked(QStringView packed)
{
    Block::release(std::exchange(m_block, packed.isEmpty() ? nullptr : Block::create(packed)));
}

LocalizedText::LocalizedText(std::initializer_list<std::pair<QString, QString>> values)
{
    for (const auto &[language, text] : values)
        insert(language, text);
}

LocalizedText::Entry LocalizedText::entryAt(QStringView packed, qsizetype at)
{
    const qsizetype languageLength = lengthAt(packed, at);
    const qsizetype textAt = at + lengthUnits + languageLength;
    const qsizetype textLength = lengthAt(packed, textAt);
    return {packed.sliced(at + lengthUnits, languageLength),
            packed.sliced(textAt + lengthUnits, textLength), at, textAt + lengthUnits + textLength};
}

std::optional<LocalizedText::Entry> LocalizedText::find(QStringView packed, QStringView language)
{
    for (qsizetype at = 0; at < packed.size();) {
        const Entry entry = entryAt(packed, at);
        if (entry.language == language)
            return entry;
        at = entry.next;
    }
    return std::nullopt;
}

QString LocalizedText::text(QStringView language) const
{
    const QString all = packed();
    if (const auto entry = find(all, language))
        return entry->text.toString();
    if (const auto entry = find(all, u"en"))
        return entry->text.toString();
    return all.isEmpty() ? QString() : entryAt(all, 0).text.toString();
}

QString LocalizedText::value(QStringView language) const
{
    const QString all = packed();
    const auto entry = find(all, language);
    return entry ? entry->text.toString() : QString();
}

bool LocalizedText::contains(QStringView language) const
{
    return find(packed(), language).has_value();
}

void LocalizedText::insert(QStringView language, QStringView text)
{
    remove(language);
    // Keep the languages in order, so that equal texts are equal blocks.
    const QString all = packed();
    qsizetype at = 0;
    while (at < all.size()) {
        const Entry entry = entryAt(all, at);
        if (language < entry.language)
            break;
        at = entry.next;
    }
    QString result;
    result.reserve(all.size() + 2 * lengthUnits + language.size() + text.size());
    result.append(QStringView(all).first(at));
    appendLength(result, language.size());
    result.append(language);
    appendLength(result, text.size());
    result.append(text);
    result.append(QStringView(all).sliced(at));
    setPacked(result);
}

void LocalizedText::remove(QStringView language)
{
    const QString all = packed();
    if (const auto entry = find(all, language)) {
        const QStringView view(all);
        setPacked(QString(view.first(entry->start) % view.sliced(entry->next)));
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
    const auto before = [](const Event &a, const Event &b) {
        const QDate aEnd = a.end ? a.end->last() : a.start.last();
        const QDate bEnd = b.end ? b.end->last() : b.start.last();
        return std::make_tuple(a.start.first(), aEnd, QStringView(a.id))
            < std::make_tuple(b.start.first(), bEnd, QStringView(b.id));
    };
    // A story Storyline saved is in order already. Otherwise the order is found on indexes and
    // the events are moved into place by following its cycles: sorting the events themselves
    // would take a second list of them (128 MB at a million).
    if (std::is_sorted(events.cbegin(), events.cend(), before))
        return;
    std::vector<qsizetype> order(size_t(events.size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return before(events[a], events[b]); });
    for (qsizetype start = 0; start < events.size(); ++start) {
        // Position `i` takes the event at order[i]; each cycle is walked once.
        if (order[size_t(start)] == start)
            continue;
        Event held = std::move(events[start]);
        qsizetype at = start;
        while (order[size_t(at)] != start) {
            const qsizetype from = order[size_t(at)];
            events[at] = std::move(events[from]);
            order[size_t(at)] = at;
            at = from;
        }
        events[at] = std::move(held);
        order[size_t(at)] = at;
    }
}

QStringView Story::quote(const Source &source) const
{
    return quoteIn(article(source.article), source);
}

QStringView Story::quoteIn(const Article *article, const Source &source)
{
    if (!article || source.span.start < 0 || source.span.end > article->text.size()
        || source.span.start > source.span.end)
        return {};
    return QStringView(article->text).sliced(source.span.start, source.span.length());
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
