// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textsegmenter.h"

#include "icubridge.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>

#include <unicode/brkiter.h>
#include <unicode/uchar.h>

using namespace Qt::StringLiterals;

namespace storyline {

namespace {

// Abbreviations after which a full stop does not end a sentence, beyond CLDR's own. They are
// matched against the whole token before the break: ICU's FilteredBreakIteratorBuilder matches
// suffixes, so its "p." would also suppress the break after "Trump.", and it misses abbreviations
// with inner full stops such as "P.-D.G." and "U.S.".
constexpr const char16_t *frenchSuppressions[] = {
    u"M.",    u"MM.",     u"Mme.",   u"Mmes.", u"Mlle.", u"Me.",  u"Dr.",
    u"Pr.",   u"P.-D.G.", u"P.D.G.", u"St.",   u"Ste.",  u"av.",  u"apr.",
    u"J.-C.", u"cf.",     u"p.",     u"n°.",   u"env.",  u"D.C.", u"É.-U.",
    u"E.-U.", u"Inc.",    u"Corp.",  u"Co.",   u"Ltd.",  u"vol.", u"art.",
};
constexpr const char16_t *englishSuppressions[] = {
    u"Mr.",  u"Mrs.", u"Ms.",  u"Dr.",   u"Prof.", u"St.",  u"Inc.", u"Corp.", u"Co.",
    u"Ltd.", u"U.S.", u"U.K.", u"D.C.",  u"Jan.",  u"Feb.", u"Mar.", u"Apr.",  u"Jun.",
    u"Jul.", u"Aug.", u"Sep.", u"Sept.", u"Oct.",  u"Nov.", u"Dec.", u"vs.",   u"e.g.",
    u"i.e.", u"No.",  u"Gov.", u"Sen.",  u"Rep.",  u"Gen.",
};

// French elided articles and conjunctions, split off the word they stick to.
// Characters ICU's word rules attach to the word before them (Unicode's WB4) that are no part
// of a name: zero-width and bidirectional controls, byte-order marks and soft hyphens (format
// characters), and emoji skin-tone modifiers. "Huang\u2069" is the word "Huang".
bool isInvisibleEdge(char32_t c)
{
    return u_charType(UChar32(c)) == U_FORMAT_CHAR || (c >= 0x1F3FB && c <= 0x1F3FF);
}

// `span` without invisible characters at either end (whole code points, never half a pair).
TextSpan trimInvisible(QStringView text, TextSpan span)
{
    while (span.start < span.end) {
        const bool pair = span.end - span.start >= 2 && text[span.start].isHighSurrogate()
            && text[span.start + 1].isLowSurrogate();
        const char32_t c = pair ? QChar::surrogateToUcs4(text[span.start], text[span.start + 1])
                                : char32_t(text[span.start].unicode());
        if (!isInvisibleEdge(c))
            break;
        span.start += pair ? 2 : 1;
    }
    while (span.end > span.start) {
        const bool pair = span.end - span.start >= 2 && text[span.end - 1].isLowSurrogate()
            && text[span.end - 2].isHighSurrogate();
        const char32_t c = pair ? QChar::surrogateToUcs4(text[span.end - 2], text[span.end - 1])
                                : char32_t(text[span.end - 1].unicode());
        if (!isInvisibleEdge(c))
            break;
        span.end -= pair ? 2 : 1;
    }
    return span;
}

const QRegularExpression &elision()
{
    static const QRegularExpression re(
        u"^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu|quoiqu|presqu)['\u2019](?=\\w)"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    return re;
}

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

} // namespace

struct TextSegmenter::Private
{
    // Whether the whole whitespace-delimited token that ends at `end` is an abbreviation.
    bool isAbbreviationBefore(QStringView text, qsizetype end) const;

    std::unique_ptr<icu::BreakIterator> sentences;
    std::unique_ptr<icu::BreakIterator> words;
    QSet<QString> abbreviations;
};

TextSegmenter::TextSegmenter(const QString &language)
    : d(std::make_unique<Private>())
{
    const icu::Locale locale = icu_bridge::locale(language);
    // CLDR's own suppressions for the language come with the "ss=standard" keyword.
    icu::Locale withSuppressions(locale);
    UErrorCode status = U_ZERO_ERROR;
    withSuppressions.setKeywordValue("ss", "standard", status);
    if (U_FAILURE(status))
        withSuppressions = locale;
    status = U_ZERO_ERROR;
    d->sentences.reset(icu::BreakIterator::createSentenceInstance(withSuppressions, status));
    if (U_FAILURE(status))
        d->sentences.reset();
    const bool french = language.startsWith(u"fr"_s);
    auto add = [this](const auto &list) {
        for (const char16_t *abbreviation : list)
            d->abbreviations.insert(QString::fromUtf16(abbreviation));
    };
    if (french)
        add(frenchSuppressions);
    else
        add(englishSuppressions);
    status = U_ZERO_ERROR;
    d->words.reset(icu::BreakIterator::createWordInstance(locale, status));
    if (U_FAILURE(status))
        d->words.reset();
}

bool TextSegmenter::Private::isAbbreviationBefore(QStringView text, qsizetype end) const
{
    qsizetype e = end;
    while (e > 0 && text.at(e - 1).isSpace())
        --e;
    qsizetype s = e;
    while (s > 0 && !text.at(s - 1).isSpace() && text.at(s - 1) != u'(' && text.at(s - 1) != u'«'
           && text.at(s - 1) != u'"')
        --s;
    const QStringView token = text.sliced(s, e - s);
    if (!token.endsWith(u'.'))
        return false;
    // An initial, as in "Donald J. Trump".
    if (token.size() == 2 && token.at(0).isUpper())
        return true;
    return abbreviations.contains(token.toString());
}

TextSegmenter::~TextSegmenter() = default;

QList<TextSpan> TextSegmenter::sentences(QStringView text) const
{
    QList<TextSpan> spans;
    if (!d->sentences || text.isEmpty())
        return spans;
    const icu::UnicodeString aliased = icu_bridge::alias(text);
    d->sentences->setText(aliased);
    int32_t start = d->sentences->first();
    for (int32_t end = d->sentences->next(); end != icu::BreakIterator::DONE;
         end = d->sentences->next()) {
        if (end < text.size() && d->isAbbreviationBefore(text, end))
            continue; // "M. Trump", "P.-D.G. Jensen Huang": the sentence goes on
        qsizetype s = start;
        qsizetype e = end;
        while (s < e && text.at(s).isSpace())
            ++s;
        while (e > s && text.at(e - 1).isSpace())
            --e;
        // ICU leaves a closing quote after "davantage. »" to the next sentence: give it back.
        if (!spans.isEmpty()) {
            qsizetype close = s;
            while (close < e
                   && (text.at(close).category() == QChar::Punctuation_FinalQuote
                       || text.at(close).category() == QChar::Punctuation_Close))
                ++close;
            if (close > s) {
                spans.last().end = close;
                s = close;
                while (s < e && text.at(s).isSpace())
                    ++s;
            }
        }
        if (e > s) {
            // A closing quote or bracket left alone ("davantage. »") belongs to the sentence
            // it closes.
            const QStringView body = text.sliced(s, e - s);
            const bool punctuationOnly = std::none_of(body.begin(), body.end(),
                                                      [](QChar c) { return c.isLetterOrNumber(); });
            if (punctuationOnly && !spans.isEmpty())
                spans.last().end = e;
            else
                spans.append({s, e});
        }
        start = end;
    }
    return spans;
}

QList<TextSpan> TextSegmenter::words(QStringView text) const
{
    QList<TextSpan> spans;
    if (!d->words || text.isEmpty())
        return spans;
    const icu::UnicodeString aliased = icu_bridge::alias(text);
    d->words->setText(aliased);
    int32_t start = d->words->first();
    for (int32_t end = d->words->next(); end != icu::BreakIterator::DONE;
         start = end, end = d->words->next()) {
        if (d->words->getRuleStatus() < UBRK_WORD_NONE_LIMIT)
            continue; // spaces and punctuation
        const TextSpan trimmed = trimInvisible(text, {start, end});
        if (trimmed.length() == 0)
            continue;
        qsizetype s = trimmed.start;
        const qsizetype e = trimmed.end;
        const QStringView word = text.sliced(s, e - s);
        // "d'AMD": the elided article is a word of its own.
        const auto m = elision().match(word);
        if (m.hasMatch()) {
            spans.append({s, s + m.capturedLength()});
            s += m.capturedLength();
        }
        // "Nvidia's": the possessive is not part of the name.
        if (e - s > 2 && isApostrophe(text.at(e - 2)) && text.at(e - 1).toLower() == u's') {
            spans.append({s, e - 2});
            spans.append({e - 2, e});
            continue;
        }
        spans.append({s, e});
    }
    return spans;
}

} // namespace storyline
