// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "textoutput.h"

#include "story/articleindex.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMap>

using namespace Qt::StringLiterals;

namespace storyline::TextOutput {

namespace {

// Gives lupdate and QCoreApplication one translation context for this file.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TextOutput)
};

QString basisLabel(DateBasis basis)
{
    switch (basis) {
    case DateBasis::Text: return Tr::tr("stated in the text");
    case DateBasis::Relative: return Tr::tr("from the publication date");
    case DateBasis::PublicRecord: return Tr::tr("public record");
    }
    return {};
}

QString typeLabel(EntityType type)
{
    switch (type) {
    case EntityType::Person: return Tr::tr("People");
    case EntityType::Organization: return Tr::tr("Organizations");
    case EntityType::Place: return Tr::tr("Places");
    case EntityType::Product: return Tr::tr("Products");
    case EntityType::Event: return Tr::tr("Events");
    }
    return {};
}

QString articleLabel(const ArticleIndex &articles, const QString &articleId)
{
    const Article *article = articles.article(articleId);
    if (!article || article->outlet.isEmpty())
        return articleId;
    return u"%1 (%2)"_s.arg(articleId, article->outlet);
}

} // namespace

QString figureValue(double value, const QString &unit, const QString &language)
{
    const QLocale locale(language);
    if (unit == u"%"_s)
        return locale.toString(value) % (language.startsWith(u"fr"_s) ? u"\u00A0%"_s : u"%"_s);
    const QString amount = locale.toString(value, 'f', value == qint64(value) ? 0 : 2);
    return amount % u'\u00A0' % unit;
}

QString events(const Story &story, const QString &language)
{
    QString out;
    const ArticleIndex articles(story);
    for (const Event &event : story.events) {
        const QString when = event.end
            ? u"%1 – %2"_s.arg(event.start.toString(), event.end->toString())
            : event.start.toString();
        out += u"%1  %2  [%3]\n"_s.arg(when.leftJustified(24), event.title.text(language),
                                       basisLabel(event.basis));
        for (const Source &source : event.sources) {
            out += u"    %1: “%2”\n"_s.arg(articleLabel(articles, source.article),
                                           articles.quote(source).toString().simplified());
        }
    }
    return out;
}

QString entities(const Story &story, const QString &language)
{
    QMap<int, QStringList> byType;
    for (const Entity &entity : story.entities) {
        QString line
            = u"  %1 (%2)"_s.arg(entity.displayName(language)).arg(story.mentionCount(entity.id));
        if (!entity.aliases.isEmpty())
            line += u" — "_s % entity.aliases.join(u", "_s);
        byType[int(entity.type)].append(line);
    }
    QString out;
    for (auto it = byType.cbegin(); it != byType.cend(); ++it) {
        out += typeLabel(EntityType(it.key())) % u'\n';
        for (const QString &line : it.value())
            out += line % u'\n';
    }
    return out;
}

QString figures(const Story &story, const QString &language)
{
    QString out;
    const ArticleIndex articles(story);
    for (const Figure &figure : story.figures) {
        const QString value = figureValue(figure.value, figure.unit, language);
        out += u"%1%2  %3 — %4\n"_s.arg(figure.approximate ? u"≈ "_s : QString(), value,
                                        figure.subject.text(language),
                                        articleLabel(articles, figure.article));
        out += u"    “%1”\n"_s.arg(figure.quote);
        if (!figure.conflictsWith.isEmpty()) {
            QStringList others;
            for (const QString &id : figure.conflictsWith) {
                if (const Figure *other = story.figure(id)) {
                    others.append(u"%1 (%2)"_s.arg(figureValue(other->value, other->unit, language),
                                                   articleLabel(articles, other->article)));
                }
            }
            out += u"    "_s % Tr::tr("conflicts with: %1").arg(others.join(u", "_s)) % u'\n';
        }
    }
    return out;
}

} // namespace storyline::TextOutput
