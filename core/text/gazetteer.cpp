// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "gazetteer.h"

#include "textfolder.h"
#include "textsegmenter.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace storyline {

namespace {

// What stands between two words, reduced to what matters for matching: "" (glued, as after an
// elision), " " (any spacing), or the punctuation itself with spaces and apostrophes unified.
QString normalisedSeparator(QStringView text)
{
    QString folded = TextFolder::fold(text);
    QString result;
    bool space = false;
    for (const QChar c : std::as_const(folded)) {
        if (c == u' ') {
            space = true;
            continue;
        }
        if (space && !result.isEmpty())
            result += u' ';
        space = false;
        result += c;
    }
    if (space && result.isEmpty())
        return u" "_s;
    return result;
}

} // namespace

Gazetteer::Gazetteer()
    : m_words(std::make_unique<TextSegmenter>(u"en"_s))
{
}

Gazetteer::~Gazetteer() = default;
Gazetteer::Gazetteer(Gazetteer &&) noexcept = default;
Gazetteer &Gazetteer::operator=(Gazetteer &&) noexcept = default;

bool Gazetteer::isCaseSensitive(QStringView word)
{
    int capitals = 0;
    for (const QChar c : word) {
        if (c.isDigit())
            return true;
        if (c.isUpper() && ++capitals >= 2)
            return true;
    }
    return false;
}

void Gazetteer::add(const QString &id, const QString &name)
{
    const QList<TextSpan> spans = m_words->words(name);
    if (spans.isEmpty())
        return;
    Name entry;
    entry.id = id;
    for (qsizetype i = 0; i < spans.size(); ++i) {
        const QStringView word = QStringView(name).sliced(spans[i].start, spans[i].length());
        entry.words.append(word.toString());
        entry.keys.append(TextFolder::fold(word));
        if (i + 1 < spans.size()) {
            entry.separators.append(normalisedSeparator(
                QStringView(name).sliced(spans[i].end, spans[i + 1].start - spans[i].end)));
        }
    }
    entry.trailing = QStringView(name).sliced(spans.last().end).trimmed().toString();
    QList<Name> &list = m_byFirstKey[entry.keys.first()];
    const bool duplicate = std::any_of(list.cbegin(), list.cend(), [&](const Name &other) {
        return other.id == entry.id && other.words == entry.words;
    });
    if (duplicate)
        return;
    list.append(std::move(entry));
    std::stable_sort(list.begin(), list.end(),
                     [](const Name &a, const Name &b) { return a.keys.size() > b.keys.size(); });
}

bool Gazetteer::matchesAt(const Name &name, QStringView text, const QList<TextSpan> &words,
                          const QStringList &keys, qsizetype at) const
{
    if (at + name.keys.size() > words.size())
        return false;
    for (qsizetype k = 0; k < name.keys.size(); ++k) {
        const TextSpan &span = words.at(at + k);
        if (keys.at(at + k) != name.keys.at(k))
            return false;
        const QStringView word = text.sliced(span.start, span.length());
        if (isCaseSensitive(name.words.at(k)) && word != name.words.at(k))
            return false;
        if (k > 0) {
            const TextSpan &previous = words.at(at + k - 1);
            const QStringView between = text.sliced(previous.end, span.start - previous.end);
            if (normalisedSeparator(between) != name.separators.at(k - 1))
                return false;
        }
    }
    return true;
}

QList<GazetteerMatch> Gazetteer::find(QStringView text) const
{
    QList<GazetteerMatch> matches;
    if (m_byFirstKey.isEmpty())
        return matches;
    const QList<TextSpan> words = m_words->words(text);
    QStringList keys;
    keys.reserve(words.size());
    for (const TextSpan &span : words)
        keys.append(TextFolder::fold(text.sliced(span.start, span.length())));

    for (qsizetype i = 0; i < words.size();) {
        const auto it = m_byFirstKey.constFind(keys.at(i));
        const Name *found = nullptr;
        if (it != m_byFirstKey.cend()) {
            for (const Name &name : *it) {
                if (matchesAt(name, text, words, keys, i)) {
                    found = &name;
                    break;
                }
            }
        }
        if (!found) {
            ++i;
            continue;
        }
        const qsizetype last = i + found->keys.size() - 1;
        qsizetype end = words.at(last).end;
        if (!found->trailing.isEmpty() && text.sliced(end).startsWith(found->trailing))
            end += found->trailing.size();
        matches.append({found->id, {words.at(i).start, end}});
        i = last + 1;
    }
    return matches;
}

} // namespace storyline
