// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlebatch.h"

#include "eventproposer.h"
#include "text/articleimporter.h"
#include "text/textfolder.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace storyline {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ArticleBatch)
};

// An id made of the name: "Howard Lutnick" gives "howard-lutnick".
QString slug(const QString &name)
{
    const QString folded = TextFolder::fold(name);
    QString id;
    for (const QChar c : folded) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            id += c;
        else if (!id.isEmpty() && !id.endsWith(u'-'))
            id += u'-';
    }
    while (id.endsWith(u'-'))
        id.chop(1);
    return id.isEmpty() ? u"entity"_s : id;
}

QString uniqueId(const QString &base, const QSet<QString> &taken)
{
    QString id = base;
    for (int n = 2; taken.contains(id); ++n)
        id = base % u'-' % QString::number(n);
    return id;
}

// A name the story does not know, as the batch writes it.
struct Candidate
{
    QString name;
    QStringList forms; // other spellings
    QList<std::pair<EntityType, int>> types; // how often each type was given
    int count = 0;

    EntityType type() const
    {
        // The most frequent; the first seen on a tie.
        auto best = types.cbegin();
        for (auto it = types.cbegin(); it != types.cend(); ++it) {
            if (it->second > best->second)
                best = it;
        }
        return best->first;
    }
};

} // namespace

QStringList ArticleBatch::newArticleIds(const Story &story, qsizetype count)
{
    static const QRegularExpression numbered(u"^a(\\d{1,6})$"_s);
    QSet<QString> taken;
    int next = 0;
    for (const Article &article : story.articles) {
        taken.insert(article.id);
        const QRegularExpressionMatch m = numbered.match(article.id);
        if (m.hasMatch())
            next = std::max(next, m.captured(1).toInt() + 1);
    }
    QStringList ids;
    while (ids.size() < count) {
        const QString id = u"a%1"_s.arg(next++, 3, 10, QLatin1Char('0'));
        if (!taken.contains(id))
            ids.append(id);
    }
    return ids;
}

bool ArticleBatch::isArticleFile(const QString &path)
{
    static const QStringList suffixes{u"txt"_s, u"md"_s, u"markdown"_s, u"html"_s, u"htm"_s};
    const QFileInfo info(path);
    return !info.isDir() && suffixes.contains(info.suffix().toLower());
}

ArticleFindings ArticleBatch::analyze(const QString &path, const QString &id,
                                      const Analyzer &analyzer)
{
    ArticleFindings findings;
    findings.path = path;
    Result<ImportedArticle> imported = importArticle(path, ImportOptions(), id);
    if (!imported) {
        findings.error = imported.error();
        return findings;
    }
    ImportedArticle &in = imported.value();
    Article &article = findings.article;
    article = std::move(in.article);
    // Saved as the text the reader shows, in UTF-8, whatever the file was.
    article.file = u"articles/"_s % id % u".txt"_s;
    article.note = Tr::tr("Imported from “%1” (%2).").arg(QFileInfo(path).fileName(), in.encoding);
    findings.encoding = in.encoding;

    const Analysis analysis = analyzer.analyze(in.matchText, article.language, article.published);
    if (!article.published)
        article.published = analysis.published;
    findings.proposals = EventProposer::propose(article, analysis, in.matchText);
    for (const EntityMatch &name : analysis.names) {
        if (name.id.isEmpty())
            findings.names.append(name);
    }
    return findings;
}

ArticleAddition ArticleBatch::prepare(const Story &story, const QList<ArticleFindings> &findings)
{
    ArticleAddition addition;
    QSet<QString> eventIds;
    for (const Event &event : story.events)
        eventIds.insert(event.id);
    QSet<QString> articleIds;
    for (const Article &article : story.articles)
        articleIds.insert(article.id);
    Story taken; // every id in use: the story's and the batch's
    taken.articles = story.articles;
    for (const ArticleFindings &found : findings) {
        if (!found.error)
            taken.articles.append(found.article);
    }
    for (const ArticleFindings &found : findings) {
        if (found.error) {
            addition.errors.append(found.error->toString());
            continue;
        }
        Article article = found.article;
        QList<Event> proposals = found.proposals;
        if (articleIds.contains(article.id)) {
            // The story gained an article of that id since the batch began: take the next.
            const QString id = newArticleIds(taken, 1).constFirst();
            taken.articles.append(Article{id, {}, {}, {}, {}, {}, {}, {}, {}});
            const QString oldPrefix = u"extracted-"_s % article.id % u'-';
            article.id = id;
            article.file = u"articles/"_s % id % u".txt"_s;
            for (Event &event : proposals) {
                if (event.id.startsWith(oldPrefix))
                    event.id = u"extracted-"_s % id % u'-' % event.id.sliced(oldPrefix.size());
                for (Source &source : event.sources)
                    source.article = id;
            }
        }
        articleIds.insert(article.id);
        addition.articles.append(std::move(article));
        for (Event &event : proposals) {
            event.id = uniqueId(event.id, eventIds);
            eventIds.insert(event.id);
            addition.events.append(std::move(event));
        }
    }

    // Unknown names written often enough become entities.
    QSet<QString> knownNames;
    QSet<QString> entityIds;
    for (const Entity &entity : story.entities) {
        entityIds.insert(entity.id);
        knownNames.insert(TextFolder::fold(entity.name));
        for (const QString &alias : entity.aliases)
            knownNames.insert(TextFolder::fold(alias));
    }
    QList<Candidate> candidates;
    QHash<QString, qsizetype> byName;
    for (const ArticleFindings &found : findings) {
        if (found.error)
            continue;
        const QString &text = found.article.text;
        for (const EntityMatch &match : found.names) {
            const QString name = match.canonical.simplified();
            if (name.size() < 2 || knownNames.contains(TextFolder::fold(name)))
                continue;
            qsizetype &slot = byName[name];
            if (slot == 0) {
                candidates.append({name, {}, {}, 0});
                slot = candidates.size();
            }
            Candidate &candidate = candidates[slot - 1];
            ++candidate.count;
            const auto type = std::find_if(candidate.types.begin(), candidate.types.end(),
                                           [&](const auto &t) { return t.first == match.type; });
            if (type == candidate.types.end())
                candidate.types.append({match.type, 1});
            else
                ++type->second;
            const QString written = text.sliced(match.span.start, match.span.length()).simplified();
            const QString folded = TextFolder::fold(written);
            if (!written.isEmpty() && folded != TextFolder::fold(name)
                && !knownNames.contains(folded)
                && std::none_of(
                    candidate.forms.cbegin(), candidate.forms.cend(),
                    [&](const QString &form) { return TextFolder::fold(form) == folded; }))
                candidate.forms.append(written);
        }
    }
    for (const Candidate &candidate : std::as_const(candidates)) {
        if (candidate.count < newEntityMentions)
            continue;
        Entity entity;
        entity.id = uniqueId(slug(candidate.name), entityIds);
        entityIds.insert(entity.id);
        entity.type = candidate.type();
        entity.name = candidate.name;
        entity.aliases = candidate.forms;
        addition.entities.append(std::move(entity));
    }

    addition.mentions
        = findMentions(story.articles + addition.articles, story.entities + addition.entities);

    // A proposal's actors: every entity its sentence mentions, new ones included.
    QHash<QString, QList<const Mention *>> newMentions;
    for (const Mention &mention : std::as_const(addition.mentions))
        newMentions[mention.article].append(&mention);
    for (Event &event : addition.events) {
        const Source &source = event.sources.constFirst();
        event.actors.clear();
        for (const Mention *mention : newMentions.value(source.article)) {
            if (mention->span.start >= source.span.start && mention->span.end <= source.span.end
                && !event.actors.contains(mention->entity))
                event.actors.append(mention->entity);
        }
    }
    return addition;
}

void ArticleBatch::apply(Story &story, const ArticleAddition &addition)
{
    story.articles += addition.articles;
    story.entities += addition.entities;
    story.events += addition.events;
    story.mentions = addition.mentions;
    story.sortEvents();
}

QList<Mention> ArticleBatch::findMentions(const QList<Article> &articles,
                                          const QList<Entity> &entities)
{
    QList<Mention> mentions;
    if (entities.isEmpty())
        return mentions;
    const Analyzer analyzer(entities);
    for (const Article &article : articles) {
        const QList<GazetteerMatch> matches = analyzer.findEntities(article.text);
        for (const GazetteerMatch &match : matches)
            mentions.append({match.id, article.id, match.span});
    }
    return mentions;
}

} // namespace storyline
