// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentformat.h"
#include "story/partialdate.h"
#include "story/result.h"
#include "story/story.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace storyline {

struct ImportOptions
{
    QString language; // "fr", "en"; empty or "auto": from the document, else detected
    std::optional<PartialDate> published; // nothing: from the document's meta data or dateline
};

struct ImportedArticle
{
    Article article;
    QString encoding; // what the bytes were decoded from ("UTF-8", "windows-1252"…)
    QString matchText; // article.text with markup blanked: the same length, the same offsets
    DocumentFormat format = DocumentFormat::PlainText;

    friend bool operator==(const ImportedArticle &, const ImportedArticle &) = default;
};

// Reads an article file (.txt, .md, .html; see TextDecoder and DocumentFormat) into an Article:
// `text` is what the reader shows, `file` the file's name, `headline` the document's title
// (HTML) or first heading (Markdown) or first non-empty line, `url` and `outlet` what an HTML
// page says of itself. The language is the option, else the document's (<html lang>, front
// matter), else detected; the publication date is the option, else the document's meta data,
// else a dateline at the top of the text, else none. Errors (missing, binary, too large: over
// TextDecoder::maxFileSize, 32 MiB, refused before reading; empty) name the file. Nothing is
// fetched, whatever the document links to.
Result<ImportedArticle> importArticle(const QString &path, const ImportOptions &options,
                                      const QString &id);

// The same for bytes already read; `fileName` gives the format (by its extension), the name
// errors show and the article's `file`.
Result<ImportedArticle> importArticle(const QByteArray &bytes, const QString &fileName,
                                      const ImportOptions &options, const QString &id);

} // namespace storyline
