// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfolder.h"

#include "icubridge.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>

namespace storyline::TextFolder {

namespace {

// Appends the folded form of code point `c`, which starts at `origin` in the original.
void foldCodePoint(char32_t c, qsizetype origin, FoldedText &out, bool keepOrigins)
{
    auto put = [&](char16_t unit) {
        out.text.append(QChar(unit));
        if (keepOrigins)
            out.origin.append(origin);
    };
    if (c < 0x80) { // the common case, without ICU
        put(c >= 'A' && c <= 'Z' ? char16_t(c + 32)
                                 : char16_t(c == '\t' || c == '\n' || c == '\r' ? ' ' : c));
        return;
    }
    if (u_isUWhiteSpace(UChar32(c)) || c == 0x200B) {
        put(u' ');
        return;
    }
    switch (c) {
    case 0x2018:
    case 0x2019:
    case 0x201B:
    case 0x02BC:
    case 0x2032:
    case 0x00B4: put(u'\''); return;
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212: put(u'-'); return;
    case 0x0153:
    case 0x0152: // œ Œ
        put(u'o');
        put(u'e');
        return;
    case 0x00E6:
    case 0x00C6: // æ Æ
        put(u'a');
        put(u'e');
        return;
    default: break;
    }
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2 *nfd = icu::Normalizer2::getNFDInstance(status);
    icu::UnicodeString decomposed;
    if (U_FAILURE(status) || !nfd->getDecomposition(UChar32(c), decomposed))
        decomposed = icu::UnicodeString(UChar32(c));
    icu::UnicodeString kept;
    for (int32_t i = 0; i < decomposed.length();) {
        const UChar32 part = decomposed.char32At(i);
        if (u_charType(part) != U_NON_SPACING_MARK)
            kept.append(part);
        i += U16_LENGTH(part);
    }
    kept.foldCase(U_FOLD_CASE_DEFAULT);
    for (int32_t i = 0; i < kept.length(); ++i)
        put(kept.charAt(i));
}

FoldedText foldImpl(QStringView text, bool keepOrigins)
{
    FoldedText out;
    out.text.reserve(text.size());
    if (keepOrigins)
        out.origin.reserve(text.size() + 1);
    for (qsizetype i = 0; i < text.size();) {
        char32_t c = text.at(i).unicode();
        qsizetype length = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            length = 2;
        }
        foldCodePoint(c, i, out, keepOrigins);
        i += length;
    }
    if (keepOrigins)
        out.origin.append(text.size());
    return out;
}

} // namespace

QString fold(QStringView text)
{
    return foldImpl(text, false).text;
}

FoldedText foldWithOrigins(QStringView text)
{
    return foldImpl(text, true);
}

QList<TextSpan> findAll(QStringView haystack, QStringView needle)
{
    QList<TextSpan> spans;
    const QString key = fold(needle).trimmed();
    if (key.isEmpty())
        return spans;
    const FoldedText folded = foldWithOrigins(haystack);
    for (qsizetype at = folded.text.indexOf(key); at >= 0;
         at = folded.text.indexOf(key, at + key.size())) {
        const TextSpan span = folded.originalSpan(at, at + key.size());
        // A folded match can start or end inside what one original character gave (œ → oe):
        // the span then widens to that whole character, which is what the user sees.
        spans.append(span);
    }
    return spans;
}

} // namespace storyline::TextFolder
