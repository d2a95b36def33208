// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventproposer.h"

#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace storyline {

namespace {

bool isBlank(QChar c)
{
    return c.isSpace() || c == u'\u00A0' || c == u'\u202F';
}

// The sentence without the blanks (and blanked markup) at its ends.
TextSpan trimmed(TextSpan span, QStringView text)
{
    while (span.start < span.end && isBlank(text.at(span.start)))
        ++span.start;
    while (span.end > span.start && isBlank(text.at(span.end - 1)))
        --span.end;
    return span;
}

// The sentence that holds `offset`; sentences are in text order.
const TextSpan *sentenceAt(const QList<TextSpan> &sentences, qsizetype offset)
{
    const auto it = std::upper_bound(
        sentences.cbegin(), sentences.cend(), offset,
        [](qsizetype value, const TextSpan &sentence) { return value < sentence.start; });
    if (it == sentences.cbegin())
        return nullptr;
    const TextSpan *sentence = &*(it - 1);
    return offset < sentence->end ? sentence : nullptr;
}

// A dateline: the publication date at the head of a line, followed by a dash or alone on its
// line ("Paris, le 20 mai 2025 – …", "*Washington, May 14, 2025* — …"). It dates the article,
// not an event; its span runs from the start of the line to the text after the dash.
std::optional<TextSpan> dateline(const DateMatch &match, QStringView text,
                                 const std::optional<PartialDate> &published)
{
    if (!published || !match.value || *match.value != *published)
        return std::nullopt;
    const qsizetype lineStart = match.start > 0 ? text.lastIndexOf(u'\n', match.start - 1) + 1 : 0;
    if (match.start - lineStart > 60)
        return std::nullopt;
    qsizetype i = match.end;
    while (i < text.size() && text.at(i) != u'\n'
           && (isBlank(text.at(i)) || text.at(i) == u'*' || text.at(i) == u'_' || text.at(i) == u')'
               || text.at(i) == u','))
        ++i;
    if (i < text.size() && QStringView(u"–—-:|").contains(text.at(i))) {
        ++i;
        while (i < text.size() && isBlank(text.at(i)))
            ++i;
        return TextSpan{lineStart, i};
    }
    if (i >= text.size() || text.at(i) == u'\n')
        return TextSpan{lineStart, i};
    return std::nullopt;
}

std::optional<PartialDate> endOf(const DateMatch &match)
{
    const PartialDate &start = *match.value;
    if (!match.endValue || !match.endValue->isValid() || *match.endValue == start
        || match.endValue->precision() != start.precision()
        || match.endValue->first() < start.first())
        return std::nullopt;
    return match.endValue;
}

} // namespace

QString EventProposer::shortTitle(QStringView sentence, int length)
{
    const QString line = sentence.toString().simplified();
    if (line.size() <= length)
        return line;
    // Room for the ellipsis; cut at the last space before the limit, unless that leaves little.
    qsizetype cut = line.lastIndexOf(u' ', length - 1);
    if (cut < length / 2)
        cut = length - 1;
    QString title = line.first(cut);
    while (!title.isEmpty() && (title.back().isPunct() || title.back().isSpace())
           && title.back() != u')' && title.back() != u'»' && title.back() != u'”')
        title.chop(1);
    return title % u'…';
}

QList<Event> EventProposer::propose(const Article &article, const Analysis &analysis,
                                    QStringView matchText)
{
    const QStringView text = article.text;
    const QStringView bounds = matchText.size() == text.size() ? matchText : text;
    const QString language = article.language.isEmpty() ? u"en"_s : article.language;

    // Datelines give no event, and the sentence they open starts after them.
    QList<TextSpan> datelines;
    for (const DateMatch &match : analysis.dates) {
        if (const auto span = dateline(match, bounds, analysis.published))
            datelines.append(*span);
    }
    const auto inDateline = [&](qsizetype offset) {
        return std::find_if(datelines.cbegin(), datelines.cend(), [offset](const TextSpan &d) {
            return offset >= d.start && offset < d.end;
        });
    };

    QList<Event> events;
    QSet<std::pair<QString, QString>> seen; // date and quote
    for (const DateMatch &match : analysis.dates) {
        if (!match.value || !match.value->isValid() || inDateline(match.start) != datelines.cend())
            continue;
        const TextSpan *sentence = sentenceAt(analysis.sentences, match.start);
        if (!sentence)
            continue;
        TextSpan span = *sentence;
        if (const auto d = inDateline(span.start); d != datelines.cend())
            span.start = std::min(d->end, span.end);
        span = trimmed(span, bounds);
        if (span.length() == 0)
            continue;
        const QString quote = text.sliced(span.start, span.length()).toString();
        const std::optional<PartialDate> end = endOf(match);
        const QString key = match.value->toString() % u'/' % (end ? end->toString() : QString());
        if (seen.contains({key, quote}))
            continue;
        seen.insert({key, quote});
        const TextSpan where = span;
        // A quote stands for its first occurrence (as StoryReader places it).
        span.start = text.indexOf(quote);
        span.end = span.start + quote.size();

        Event event;
        event.id = u"extracted-%1-%2"_s.arg(article.id).arg(events.size() + 1);
        event.start = *match.value;
        event.end = end;
        event.basis = match.anchored ? DateBasis::Relative : DateBasis::Text;
        const QString title = shortTitle(quote);
        const QString summary = quote.simplified();
        event.title.insert(language, title);
        event.title.insert(u"en"_s, title);
        event.summary.insert(language, summary);
        event.summary.insert(u"en"_s, summary);
        for (const GazetteerMatch &entity : analysis.entities) {
            if (entity.span.start >= where.start && entity.span.end <= where.end
                && !event.actors.contains(entity.id))
                event.actors.append(entity.id);
        }
        event.sources.append({article.id, span});
        event.extracted = true;
        events.append(std::move(event));
    }
    return events;
}

} // namespace storyline
