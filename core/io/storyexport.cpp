// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storyexport.h"

#include "csv.h"
#include "story/articleindex.h"

#include <QJsonArray>
#include <QMap>

#include <cmath>

using namespace Qt::StringLiterals;

namespace storyline::StoryExport {

namespace {

QJsonObject localized(const LocalizedText &text)
{
    QJsonObject object;
    text.forEach([&object](QStringView language, QStringView value) {
        object.insert(language, value.toString());
    });
    return object;
}

QJsonValue orNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonValue numberJson(double value)
{
    // Whole numbers print without an exponent or decimals: 2000000000000, not 2e+12.
    if (std::abs(value) < 9e15 && value == std::floor(value))
        return QJsonValue(qint64(value));
    return QJsonValue(value);
}

QJsonObject sourceJson(const ArticleIndex &articles, const Source &source)
{
    const Article *article = articles.article(source.article);
    return QJsonObject{{u"article"_s, source.article},
                       {u"quote"_s, articles.quote(source).toString()},
                       {u"start"_s, codePointOffset(article->text, source.span.start)},
                       {u"end"_s, codePointOffset(article->text, source.span.end)}};
}

QStringList figureIdsOfEvent(const Story &story, const QString &eventId)
{
    QStringList ids;
    for (const Figure &figure : story.figures) {
        if (figure.event == eventId)
            ids.append(figure.id);
    }
    return ids;
}

} // namespace

qsizetype codePointOffset(QStringView text, qsizetype utf16Offset)
{
    qsizetype points = utf16Offset;
    const qsizetype end = qMin(utf16Offset, text.size());
    for (qsizetype i = 0; i < end; ++i) {
        if (text.at(i).isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate())
            --points;
    }
    return points;
}

QString numberText(double value)
{
    if (std::abs(value) < 9e15 && value == std::floor(value))
        return QString::number(qint64(value));
    return QString::number(value, 'g', 15);
}

QJsonObject eventsJson(const Story &story, const QString &language)
{
    QJsonArray events;
    const ArticleIndex articles(story);
    for (const Event &event : story.events) {
        QJsonArray sources;
        for (const Source &source : event.sources)
            sources.append(sourceJson(articles, source));
        events.append(QJsonObject{
            {u"id"_s, event.id},
            {u"start"_s, event.start.toString()},
            {u"end"_s, event.end ? QJsonValue(event.end->toString()) : QJsonValue()},
            {u"precision"_s, precisionName(event.start.precision())},
            {u"basis"_s, dateBasisName(event.basis)},
            {u"first_day"_s, event.start.first().toString(Qt::ISODate)},
            {u"last_day"_s,
             (event.end ? event.end->last() : event.start.last()).toString(Qt::ISODate)},
            {u"title"_s, event.title.text(language)},
            {u"titles"_s, localized(event.title)},
            {u"summary"_s, orNull(event.summary.text(language))},
            {u"summaries"_s, localized(event.summary)},
            {u"note"_s, orNull(event.note.text(language))},
            {u"actors"_s, QJsonArray::fromStringList(event.actors)},
            {u"sources"_s, sources},
            {u"figures"_s, QJsonArray::fromStringList(figureIdsOfEvent(story, event.id))},
        });
    }
    return QJsonObject{{u"story"_s, story.id}, {u"language"_s, language}, {u"events"_s, events}};
}

QJsonObject entitiesJson(const Story &story, const QString &language)
{
    QHash<QString, QMap<QString, int>> counts;
    for (const Mention &mention : story.mentions)
        ++counts[mention.entity][mention.article];
    QJsonArray entities;
    for (const Entity &entity : story.entities) {
        QJsonObject byArticle;
        int total = 0;
        const QMap<QString, int> perArticle = counts.value(entity.id);
        for (auto it = perArticle.cbegin(); it != perArticle.cend(); ++it) {
            byArticle.insert(it.key(), it.value());
            total += it.value();
        }
        entities.append(QJsonObject{
            {u"id"_s, entity.id},
            {u"type"_s, entityTypeName(entity.type)},
            {u"name"_s, entity.displayName(language)},
            {u"canonical"_s, entity.name},
            {u"aliases"_s, QJsonArray::fromStringList(entity.aliases)},
            {u"group"_s, orNull(entity.group)},
            {u"mentions"_s, total},
            {u"mentions_by_article"_s, byArticle},
        });
    }
    return QJsonObject{
        {u"story"_s, story.id}, {u"language"_s, language}, {u"entities"_s, entities}};
}

QJsonObject figuresJson(const Story &story, const QString &language)
{
    QJsonArray figures;
    const ArticleIndex articles(story);
    for (const Figure &figure : story.figures) {
        const Article *article = articles.article(figure.article);
        const bool money = figure.kind == FigureKind::Money;
        figures.append(QJsonObject{
            {u"id"_s, figure.id},
            {u"kind"_s, money ? u"money"_s : u"percent"_s},
            {u"value"_s, numberJson(figure.value)},
            {u"currency"_s, money ? QJsonValue(figure.unit) : QJsonValue()},
            {u"unit"_s, money ? QJsonValue() : QJsonValue(u"percent"_s)},
            {u"approximate"_s, figure.approximate},
            {u"qualifier"_s, orNull(figure.qualifier)},
            {u"quote"_s, figure.quote},
            {u"article"_s, figure.article},
            {u"outlet"_s, orNull(article->outlet)},
            {u"published"_s,
             article->published ? QJsonValue(article->published->toString()) : QJsonValue()},
            {u"start"_s, codePointOffset(article->text, figure.span.start)},
            {u"end"_s, codePointOffset(article->text, figure.span.end)},
            {u"measure"_s, figure.measure},
            {u"subject"_s, figure.subject.text(language)},
            {u"subjects"_s, localized(figure.subject)},
            {u"event"_s, orNull(figure.event)},
            {u"conflicts_with"_s, QJsonArray::fromStringList(figure.conflictsWith)},
        });
    }
    return QJsonObject{{u"story"_s, story.id}, {u"language"_s, language}, {u"figures"_s, figures}};
}

QByteArray eventsCsv(const Story &story, const QString &language)
{
    QList<QStringList> rows;
    const ArticleIndex index(story);
    for (const Event &event : story.events) {
        QStringList articles;
        QStringList quotes;
        for (const Source &source : event.sources) {
            articles.append(source.article);
            quotes.append(index.quote(source).toString());
        }
        rows.append({event.id, event.start.toString(),
                     event.end ? event.end->toString() : QString(),
                     precisionName(event.start.precision()), dateBasisName(event.basis),
                     event.title.text(language), event.summary.text(language),
                     event.actors.join(u';'), articles.join(u';'), quotes.join(u" | "_s)});
    }
    return Csv::document({u"id"_s, u"start"_s, u"end"_s, u"precision"_s, u"basis"_s, u"title"_s,
                          u"summary"_s, u"actors"_s, u"articles"_s, u"quotes"_s},
                         rows);
}

QByteArray entitiesCsv(const Story &story, const QString &language)
{
    QList<QStringList> rows;
    for (const Entity &entity : story.entities) {
        rows.append({entity.id, entityTypeName(entity.type), entity.displayName(language),
                     entity.aliases.join(u';'), entity.group,
                     QString::number(story.mentionCount(entity.id))});
    }
    return Csv::document({u"id"_s, u"type"_s, u"name"_s, u"aliases"_s, u"group"_s, u"mentions"_s},
                         rows);
}

QByteArray figuresCsv(const Story &story, const QString &language)
{
    QList<QStringList> rows;
    for (const Figure &figure : story.figures) {
        const bool money = figure.kind == FigureKind::Money;
        rows.append({figure.id, money ? u"money"_s : u"percent"_s, numberText(figure.value),
                     money ? figure.unit : u"percent"_s,
                     figure.approximate ? u"true"_s : u"false"_s, figure.qualifier, figure.quote,
                     figure.article, figure.measure, figure.subject.text(language), figure.event,
                     figure.conflictsWith.join(u';')});
    }
    return Csv::document({u"id"_s, u"kind"_s, u"value"_s, u"unit"_s, u"approximate"_s,
                          u"qualifier"_s, u"quote"_s, u"article"_s, u"measure"_s, u"subject"_s,
                          u"event"_s, u"conflicts_with"_s},
                         rows);
}

} // namespace storyline::StoryExport
