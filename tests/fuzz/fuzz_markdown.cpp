// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// A Markdown file's bytes through the importer: the decoding, the front matter, the markup
// blanked out of the text the analyzer reads, the headline, the language and the publication
// date. The text the analyzer reads must stay as long as the text shown, offset for offset.
#include "fuzzcheck.h"

#include "text/articleimporter.h"

using namespace Qt::StringLiterals;
using namespace storyline;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const Result<ImportedArticle> imported
        = importArticle(fuzz::bytes(data, size), u"article.md"_s, {}, u"a1"_s);
    if (!imported)
        return 0;
    const ImportedArticle &article = imported.value();
    STORYLINE_FUZZ_CHECK(article.format == DocumentFormat::Markdown);
    STORYLINE_FUZZ_CHECK(article.matchText.size() == article.article.text.size());
    STORYLINE_FUZZ_CHECK(!article.matchText.trimmed().isEmpty());
    STORYLINE_FUZZ_CHECK(!article.article.language.isEmpty());
    return 0;
}
