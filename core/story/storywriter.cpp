// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storywriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace storyline {

namespace {

QJsonValue orNull(const QString &text)
{
    return text.isNull() ? QJsonValue() : QJsonValue(text);
}

QJsonObject localized(const LocalizedText &text)
{
    QJsonObject object;
    text.forEach([&object](QStringView language, QStringView value) {
        object.insert(language, value.toString());
    });
    return object;
}

QJsonArray sources(const Story &story, const QList<Source> &list)
{
    QJsonArray array;
    for (const Source &source : list) {
        array.append(QJsonObject{{u"article"_s, source.article},
                                 {u"quote"_s, story.quote(source).toString()}});
    }
    return array;
}

StoryError writeError(const QString &path, const QString &reason)
{
    return StoryError{StoryError::Kind::UnreadableFile,
                      QDir::toNativeSeparators(path),
                      0,
                      0,
                      -1,
                      QCoreApplication::translate("StoryWriter", "cannot write: %1").arg(reason)};
}

std::optional<StoryError> saveFile(const QString &path, const QByteArray &bytes)
{
    if (!QDir().mkpath(QFileInfo(path).path()))
        return writeError(path,
                          QCoreApplication::translate("StoryWriter", "cannot create its folder"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    if (file.write(bytes) != bytes.size() || !file.commit())
        return writeError(path, file.errorString());
    return std::nullopt;
}

} // namespace

QByteArray StoryWriter::toJson(const Story &story)
{
    QJsonObject root;
    root.insert(u"format"_s, u"storyline-story"_s);
    root.insert(u"version"_s, Story::formatVersion);
    if (!story.id.isEmpty())
        root.insert(u"id"_s, story.id);
    root.insert(u"title"_s, localized(story.title));
    if (!story.description.isEmpty())
        root.insert(u"description"_s, localized(story.description));

    QJsonArray articles;
    for (const Article &article : story.articles) {
        QJsonObject object{{u"id"_s, article.id},
                           {u"file"_s, article.file},
                           {u"language"_s, article.language},
                           {u"headline"_s, orNull(article.headline)},
                           {u"outlet"_s, orNull(article.outlet)},
                           {u"url"_s, orNull(article.url)},
                           {u"note"_s, orNull(article.note)}};
        if (article.published) {
            object.insert(u"published"_s, article.published->toString());
            object.insert(u"published_precision"_s, precisionName(article.published->precision()));
        }
        articles.append(object);
    }
    root.insert(u"articles"_s, articles);

    QJsonArray entities;
    for (const Entity &entity : story.entities) {
        QJsonObject object{{u"id"_s, entity.id},
                           {u"type"_s, entityTypeName(entity.type)},
                           {u"name"_s, entity.name},
                           {u"aliases"_s, QJsonArray::fromStringList(entity.aliases)}};
        if (!entity.names.isEmpty())
            object.insert(u"names"_s, localized(entity.names));
        if (!entity.group.isNull())
            object.insert(u"group"_s, entity.group);
        entities.append(object);
    }
    root.insert(u"entities"_s, entities);

    QJsonArray events;
    for (const Event &event : story.events) {
        QJsonObject object{{u"id"_s, event.id},
                           {u"start"_s, event.start.toString()},
                           {u"end"_s, event.end ? QJsonValue(event.end->toString()) : QJsonValue()},
                           {u"precision"_s, precisionName(event.start.precision())},
                           {u"basis"_s, dateBasisName(event.basis)},
                           {u"title"_s, localized(event.title)},
                           {u"actors"_s, QJsonArray::fromStringList(event.actors)},
                           {u"sources"_s, sources(story, event.sources)}};
        if (!event.summary.isEmpty())
            object.insert(u"summary"_s, localized(event.summary));
        if (!event.note.isEmpty())
            object.insert(u"note"_s, localized(event.note));
        if (event.extracted)
            object.insert(u"extracted"_s, true);
        events.append(object);
    }
    root.insert(u"events"_s, events);

    if (!story.periods.isEmpty()) {
        QJsonArray periods;
        for (const Period &period : story.periods) {
            QJsonObject object{{u"id"_s, period.id},
                               {u"start"_s, period.start.toString()},
                               {u"end"_s, period.end.toString()},
                               {u"title"_s, localized(period.title)}};
            if (!period.sources.isEmpty())
                object.insert(u"sources"_s, sources(story, period.sources));
            periods.append(object);
        }
        root.insert(u"periods"_s, periods);
    }

    if (!story.figures.isEmpty()) {
        QJsonArray figures;
        for (const Figure &figure : story.figures) {
            QJsonObject object{{u"id"_s, figure.id},
                               {u"article"_s, figure.article},
                               {u"quote"_s, figure.quote},
                               {u"measure"_s, figure.measure},
                               {u"subject"_s, localized(figure.subject)},
                               {u"event"_s, orNull(figure.event)}};
            figures.append(object);
        }
        root.insert(u"figures"_s, figures);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

namespace {

// Whether the file at `path` already holds exactly `bytes` (then it is left alone: a save
// touches only what changed).
bool holds(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (file.size() != bytes.size() || !file.open(QIODevice::ReadOnly))
        return false;
    return file.readAll() == bytes;
}

} // namespace

std::optional<StoryError> StoryWriter::write(const Story &story, const QString &folder)
{
    // Articles first, story.json last: a story.json never names an article not yet written, and
    // a save that fails on the way leaves the previous story.json in place.
    for (const Article &article : story.articles) {
        const QString path = folder % u'/' % article.file;
        const QByteArray bytes = article.text.toUtf8();
        if (holds(path, bytes))
            continue;
        if (auto error = saveFile(path, bytes))
            return error;
    }
    return saveFile(folder % u"/story.json"_s, toJson(story));
}

} // namespace storyline
