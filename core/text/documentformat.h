// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story/partialdate.h"

#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <optional>

namespace storyline {

enum class DocumentFormat { PlainText, Markdown, Html };

// By extension, case-insensitive: .md and .markdown are Markdown, .html, .htm and .xhtml are
// HTML, anything else (.txt included) is plain text.
DocumentFormat formatForPath(const QString &path);
// "text", "markdown", "html".
QString formatName(DocumentFormat format);

// An article file's text, ready for the reader and the analyzer.
struct PlainDocument
{
    // What the reader shows: the file's text for plain text and Markdown (the source, markup
    // and all), the visible text for HTML.
    QString text;
    // The text the analyzer reads: as long as `text`, with markup blanked out with spaces, so
    // an offset found in it is the same offset in `text`.
    QString matchText;
    // HTML: og:title, else JSON-LD "headline", else <title>, else the first <h1>. Markdown: the
    // front matter's title, else the first heading. Empty when there is none.
    QString title;
    // HTML: article:published_time, else JSON-LD datePublished, else itemprop, Dublin Core and
    // other date meta tags, else <time pubdate>. Markdown: the front matter's date.
    std::optional<PartialDate> published;
    // The primary subtag, lower case ("fr"): <html lang> (else og:locale, Content-Language,
    // JSON-LD inLanguage), or the front matter's lang.
    QString language;
    QString url; // HTML canonical link or og:url, front matter "url": never fetched
    QString siteName; // HTML og:site_name

    friend bool operator==(const PlainDocument &, const PlainDocument &) = default;
};

// Never fails and never fetches anything: malformed markup is read as well as it can be.
// Linear in the size of `source`.
PlainDocument toPlainDocument(const QString &source, DocumentFormat format);

// The charset an HTML file declares in its first 1024 bytes (<meta charset="…"> or
// <meta http-equiv="Content-Type" content="…; charset=…">), as written; empty when none.
QString declaredHtmlCharset(QByteArrayView bytes);

} // namespace storyline
