// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
//
// Any bytes read as an imported plain-text article would be (decoded, language detected,
// publication date from a dateline), then the whole Analyzer over the text: sentences, known
// entities, figures, dates and other names. Every span must lie inside the text.
#include "fuzzcheck.h"

#include "text/analyzer.h"
#include "text/articleimporter.h"

using namespace Qt::StringLiterals;
using namespace storyline;

namespace {

QList<Entity> entities()
{
    const auto entity
        = [](const QString &id, EntityType type, const QString &name, const QStringList &aliases) {
              Entity e;
              e.id = id;
              e.type = type;
              e.name = name;
              e.aliases = aliases;
              return e;
          };
    return {
        entity(u"nvidia"_s, EntityType::Organization, u"Nvidia"_s, {u"NVIDIA"_s}),
        entity(u"china"_s, EntityType::Place, u"China"_s, {u"Chine"_s, u"Pékin"_s}),
        entity(u"huang"_s, EntityType::Person, u"Jensen Huang"_s, {u"Huang Renxun"_s}),
        entity(u"h20"_s, EntityType::Product, u"H20"_s, {}),
    };
}

void checkSpan(qsizetype start, qsizetype end, qsizetype size)
{
    STORYLINE_FUZZ_CHECK(0 <= start);
    STORYLINE_FUZZ_CHECK(start <= end);
    STORYLINE_FUZZ_CHECK(end <= size);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const Result<ImportedArticle> imported
        = importArticle(fuzz::bytes(data, size), u"article.txt"_s, {}, u"a1"_s);
    if (!imported)
        return 0;
    const Article &article = imported.value().article;
    const QString &text = imported.value().matchText;

    // A new analyzer for every input: it caches per-language state.
    const Analyzer analyzer(entities());
    const Analysis analysis = analyzer.analyze(text, article.language, article.published);
    for (const TextSpan &span : analysis.sentences)
        checkSpan(span.start, span.end, text.size());
    for (const GazetteerMatch &match : analysis.entities)
        checkSpan(match.span.start, match.span.end, text.size());
    for (const FigureMatch &match : analysis.figures)
        checkSpan(match.start, match.end, text.size());
    for (const DateMatch &match : analysis.dates)
        checkSpan(match.start, match.end, text.size());
    for (const EntityMatch &match : analysis.names)
        checkSpan(match.span.start, match.span.end, text.size());
    return 0;
}
