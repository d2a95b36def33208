// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"

#include "textfolder.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <functional>
#include <numeric>

namespace storyline {

namespace {

constexpr qsizetype articlesPerChunk = 256;

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

// Calls `visit(word)` for every maximal run of letters and digits of `text`.
template<typename Visit> void forEachWord(QStringView text, Visit visit)
{
    qsizetype at = 0;
    const qsizetype size = text.size();
    while (at < size) {
        while (at < size && !isWordChar(text[at]))
            ++at;
        const qsizetype start = at;
        while (at < size && isWordChar(text[at]))
            ++at;
        if (at > start)
            visit(text.sliced(start, at - start));
    }
}

// How many times `needle` occurs in `text` without overlap, the way findAll steps.
qint64 occurrences(QStringView text, QStringView needle)
{
    qint64 count = 0;
    for (qsizetype at = text.indexOf(needle); at >= 0;
         at = text.indexOf(needle, at + needle.size()))
        ++count;
    return count;
}

void appendVarint(QByteArray &out, quint64 value)
{
    while (value >= 0x80) {
        out.append(char(quint8(value) | 0x80));
        value >>= 7;
    }
    out.append(char(quint8(value)));
}

quint64 readVarint(const char *&at)
{
    quint64 value = 0;
    int shift = 0;
    for (;;) {
        const auto byte = quint8(*at++);
        value |= quint64(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            return value;
        shift += 7;
    }
}

// One chunk's words: per word, (article, count) in article order.
using Postings = std::vector<std::pair<int, int>>;
struct ChunkWords
{
    QHash<QString, Postings> words;
};

} // namespace

SearchIndex::SearchIndex(const QList<Article> &articles, const std::atomic_bool *cancelled)
{
    const auto isCancelled = [cancelled] { return cancelled && cancelled->load(); };

    std::vector<std::pair<qsizetype, qsizetype>> chunks;
    for (qsizetype start = 0; start < articles.size(); start += articlesPerChunk)
        chunks.emplace_back(start, std::min(articles.size(), start + articlesPerChunk));

    // Map: each chunk of articles folded and split into words, counted per article.
    const auto mapChunk = [&articles, &isCancelled](const std::pair<qsizetype, qsizetype> &range) {
        ChunkWords chunk;
        if (isCancelled())
            return chunk;
        QHash<QStringView, int> counts;
        for (qsizetype i = range.first; i < range.second; ++i) {
            const QString folded = TextFolder::fold(articles.at(i).text);
            counts.clear();
            forEachWord(folded, [&counts](QStringView word) { ++counts[word]; });
            for (auto it = counts.cbegin(); it != counts.cend(); ++it)
                chunk.words[it.key().toString()].emplace_back(int(i), it.value());
        }
        return chunk;
    };
    // Reduce, in article order: each chunk's postings coded straight onto the word's (a few
    // bytes a posting; as pairs of ints they took 80 MB at 100,000 articles).
    struct Word
    {
        QByteArray postings; // varint pairs: article (less the word's previous one), count
        int previous = 0;
    };
    struct Whole
    {
        QHash<QString, qsizetype> ids;
        std::vector<QString> words;
        std::vector<Word> coded;
    };
    const auto reduceChunk = [](Whole &whole, const ChunkWords &chunk) {
        for (auto it = chunk.words.cbegin(); it != chunk.words.cend(); ++it) {
            auto found = whole.ids.constFind(it.key());
            qsizetype id;
            if (found == whole.ids.cend()) {
                id = qsizetype(whole.words.size());
                whole.ids.insert(it.key(), id);
                whole.words.push_back(it.key());
                whole.coded.emplace_back();
            } else {
                id = found.value();
            }
            Word &word = whole.coded[size_t(id)];
            for (const auto &[article, count] : it.value()) {
                appendVarint(word.postings, quint64(article - word.previous));
                appendVarint(word.postings, quint64(count));
                word.previous = article;
            }
        }
    };
    // Chunks are mapped a batch at a time and reduced in order on this thread. Not
    // blockingMappedReduced: called from a pool thread (the find panel builds there) with the
    // pool busy, its ordered reduce can throttle the only thread left and wait for ever.
    Whole whole;
    const qsizetype batch
        = qsizetype(std::max(1, QThreadPool::globalInstance()->maxThreadCount())) * 4;
    for (qsizetype first = 0; first < qsizetype(chunks.size()) && !isCancelled(); first += batch) {
        const std::vector<std::pair<qsizetype, qsizetype>> some(
            chunks.begin() + first,
            chunks.begin() + std::min(qsizetype(chunks.size()), first + batch));
        const QList<ChunkWords> mapped = QtConcurrent::blockingMapped<QList<ChunkWords>>(
            some, std::function<ChunkWords(const std::pair<qsizetype, qsizetype> &)>(mapChunk));
        for (const ChunkWords &chunk : mapped)
            reduceChunk(whole, chunk);
    }
    if (isCancelled())
        return;
    whole.ids.clear();

    // The vocabulary as one string, each word followed by '\n', and the postings one after the
    // other.
    qsizetype vocabularySize = 0;
    qsizetype postingsSize = 0;
    for (size_t id = 0; id < whole.words.size(); ++id) {
        vocabularySize += whole.words[id].size() + 1;
        postingsSize += whole.coded[id].postings.size();
    }
    m_vocabulary.reserve(vocabularySize);
    m_postings.reserve(postingsSize);
    m_wordStarts.reserve(whole.words.size());
    m_postingStarts.reserve(whole.words.size() + 1);
    for (size_t id = 0; id < whole.words.size(); ++id) {
        m_wordStarts.push_back(m_vocabulary.size());
        m_vocabulary += whole.words[id];
        m_vocabulary += u'\n';
        whole.words[id] = QString(); // free as we go
        m_postingStarts.push_back(m_postings.size());
        m_postings += whole.coded[id].postings;
        whole.coded[id] = Word();
    }
    m_postingStarts.push_back(m_postings.size());
    m_postings.squeeze();
    m_articles = articles;
}

qsizetype SearchIndex::memoryUsage() const
{
    return m_vocabulary.capacity() * qsizetype(sizeof(QChar)) + m_postings.capacity()
        + qsizetype((m_wordStarts.capacity() + m_postingStarts.capacity()) * sizeof(qsizetype));
}

std::vector<std::pair<qsizetype, int>> SearchIndex::wordsContaining(QStringView piece,
                                                                    Anchor where) const
{
    std::vector<std::pair<qsizetype, int>> found;
    const QStringView vocabulary(m_vocabulary);
    for (qsizetype at = vocabulary.indexOf(piece); at >= 0;) {
        // The word the hit is in: the last one starting at or before it.
        const auto next = std::upper_bound(m_wordStarts.cbegin(), m_wordStarts.cend(), at);
        const qsizetype id = qsizetype(next - m_wordStarts.cbegin()) - 1;
        const qsizetype start = m_wordStarts[size_t(id)];
        const qsizetype end
            = (next == m_wordStarts.cend() ? vocabulary.size() : *next) - 1; // before '\n'
        const QStringView word = vocabulary.sliced(start, end - start);
        const bool atStart = at == start;
        const bool atEnd = at + piece.size() == end;
        int count = 0;
        switch (where) {
        case Anchor::Anywhere: count = int(occurrences(word, piece)); break;
        case Anchor::Start: count = atStart ? 1 : (word.startsWith(piece) ? 1 : 0); break;
        case Anchor::End: count = word.endsWith(piece) ? 1 : 0; break;
        case Anchor::Whole: count = atStart && atEnd ? 1 : 0; break;
        }
        if (count > 0)
            found.emplace_back(id, count);
        at = vocabulary.indexOf(piece, end + 1); // on to the next word
    }
    return found;
}

std::vector<qint64>
SearchIndex::articleCounts(const std::vector<std::pair<qsizetype, int>> &words) const
{
    std::vector<qint64> counts(size_t(m_articles.size()), 0);
    for (const auto &[id, weight] : words) {
        const char *at = m_postings.constData() + m_postingStarts[size_t(id)];
        const char *end = m_postings.constData() + m_postingStarts[size_t(id) + 1];
        quint64 article = 0;
        while (at < end) {
            article += readVarint(at);
            counts[size_t(article)] += qint64(readVarint(at)) * weight;
        }
    }
    return counts;
}

SearchIndex::Answer SearchIndex::find(QStringView query, int limit,
                                      std::chrono::milliseconds budget,
                                      const std::atomic_bool *cancelled) const
{
    Answer answer;
    const QString key = TextFolder::fold(query).trimmed();
    if (key.isEmpty() || m_articles.isEmpty())
        return answer;

    // Places the matches of article `i` while the first page is not full.
    const auto place = [&](qsizetype i) {
        if (answer.matches.size() >= limit)
            return;
        const QList<TextSpan> spans = TextFolder::findAll(m_articles.at(i).text, query);
        for (const TextSpan &span : spans) {
            if (answer.matches.size() >= limit)
                break;
            answer.matches.append({int(i), span});
        }
    };

    // The runs of letters and digits in the query, and whether anything else is in it.
    QList<QStringView> pieces;
    forEachWord(key, [&pieces](QStringView word) { pieces.append(word); });
    const bool oneWord = pieces.size() == 1 && pieces.first().size() == key.size();

    if (oneWord) {
        const std::vector<qint64> counts = articleCounts(wordsContaining(key, Anchor::Anywhere));
        for (size_t i = 0; i < counts.size(); ++i) {
            if (counts[i] == 0)
                continue;
            answer.matchCount += counts[i];
            ++answer.articleCount;
            place(qsizetype(i));
        }
        return answer;
    }

    // Candidates: the articles that hold every piece where the query puts it. A piece followed
    // by something else in the query ends a word of the text; one preceded by something starts
    // one.
    std::vector<char> candidate(size_t(m_articles.size()), 1);
    for (qsizetype p = 0; p < pieces.size(); ++p) {
        const QStringView piece = pieces.at(p);
        const qsizetype offset = piece.data() - key.constData();
        const bool boundedBefore = offset > 0;
        const bool boundedAfter = offset + piece.size() < key.size();
        const Anchor anchor = boundedBefore ? (boundedAfter ? Anchor::Whole : Anchor::Start)
                                            : (boundedAfter ? Anchor::End : Anchor::Anywhere);
        const std::vector<qint64> counts = articleCounts(wordsContaining(piece, anchor));
        for (size_t i = 0; i < counts.size(); ++i)
            candidate[i] = candidate[i] && counts[i] > 0;
    }

    // Then each candidate read, while the budget lasts.
    QDeadlineTimer deadline(budget.count() > 0 ? QDeadlineTimer(budget)
                                               : QDeadlineTimer(QDeadlineTimer::Forever));
    for (size_t i = 0; i < candidate.size(); ++i) {
        if (!candidate[i])
            continue;
        if (deadline.hasExpired() || (cancelled && cancelled->load())) {
            answer.complete = false;
            break;
        }
        const qint64 count = occurrences(TextFolder::fold(m_articles.at(qsizetype(i)).text), key);
        if (count == 0)
            continue;
        answer.matchCount += count;
        ++answer.articleCount;
        place(qsizetype(i));
    }
    return answer;
}

} // namespace storyline
