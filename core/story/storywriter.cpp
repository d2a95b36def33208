// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storywriter.h"

#include "articleindex.h"

#include <QBuffer>
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

QJsonArray sources(const ArticleIndex &articles, const QList<Source> &list)
{
    QJsonArray array;
    for (const Source &source : list) {
        array.append(QJsonObject{{u"article"_s, source.article},
                                 {u"quote"_s, articles.quote(source).toString()}});
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

namespace {

// Writes story.json as QJsonDocument::Indented would, one element at a time: a story of a
// million events never exists as one QJsonDocument (several times the size of its text).
class JsonOut
{
public:
    explicit JsonOut(QIODevice &device)
        : m_device(device)
    {
    }

    void raw(QByteArrayView bytes)
    {
        m_buffer.append(bytes);
        if (m_buffer.size() >= bufferSize)
            flush();
    }

    // `value` as it would stand at `depth` in an indented document.
    void value(const QJsonValue &value, int depth)
    {
        QByteArray text;
        if (value.isObject() || value.isArray()) {
            text = value.isObject()
                ? QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented)
                : QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented);
            text.chop(1); // the document's last newline
            if (depth > 0)
                text.replace("\n", QByteArray("\n" + QByteArray(4 * depth, ' ')));
        } else {
            text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
            text = text.sliced(1, text.size() - 2); // within [ ]
        }
        raw(text);
    }

    // One member of the root object.
    void member(QLatin1StringView key, const QJsonValue &value)
    {
        startMember(key);
        this->value(value, 1);
    }

    void startMember(QLatin1StringView key)
    {
        raw(m_members++ == 0 ? "{\n    \"" : ",\n    \"");
        raw(key);
        raw("\": ");
    }

    // A member whose value is an array of `count` elements, each made by `element(i)`.
    template<typename F> void arrayMember(QLatin1StringView key, qsizetype count, F element)
    {
        startMember(key);
        if (count == 0) {
            raw("[\n    ]");
            return;
        }
        raw("[\n");
        for (qsizetype i = 0; i < count && ok(); ++i) {
            raw("        ");
            value(element(i), 2);
            raw(i + 1 < count ? ",\n" : "\n");
        }
        raw("    ]");
    }

    void end()
    {
        raw(m_members == 0 ? "{\n}\n" : "\n}\n");
        flush();
    }

    bool ok() const { return m_ok; }

private:
    static constexpr qsizetype bufferSize = 1 << 20;

    void flush()
    {
        if (m_ok && !m_buffer.isEmpty())
            m_ok = m_device.write(m_buffer) == m_buffer.size();
        m_buffer.clear();
    }

    QIODevice &m_device;
    QByteArray m_buffer;
    int m_members = 0;
    bool m_ok = true;
};

QJsonObject articleJson(const Article &article)
{
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
    return object;
}

QJsonObject entityJson(const Entity &entity)
{
    QJsonObject object{{u"id"_s, entity.id},
                       {u"type"_s, entityTypeName(entity.type)},
                       {u"name"_s, entity.name},
                       {u"aliases"_s, QJsonArray::fromStringList(entity.aliases)}};
    if (!entity.names.isEmpty())
        object.insert(u"names"_s, localized(entity.names));
    if (!entity.group.isNull())
        object.insert(u"group"_s, entity.group);
    return object;
}

QJsonObject eventJson(const ArticleIndex &articles, const Event &event)
{
    QJsonObject object{{u"id"_s, event.id},
                       {u"start"_s, event.start.toString()},
                       {u"end"_s, event.end ? QJsonValue(event.end->toString()) : QJsonValue()},
                       {u"precision"_s, precisionName(event.start.precision())},
                       {u"basis"_s, dateBasisName(event.basis)},
                       {u"title"_s, localized(event.title)},
                       {u"actors"_s, QJsonArray::fromStringList(event.actors)},
                       {u"sources"_s, sources(articles, event.sources)}};
    if (!event.summary.isEmpty())
        object.insert(u"summary"_s, localized(event.summary));
    if (!event.note.isEmpty())
        object.insert(u"note"_s, localized(event.note));
    if (event.extracted)
        object.insert(u"extracted"_s, true);
    return object;
}

QJsonObject periodJson(const ArticleIndex &articles, const Period &period)
{
    QJsonObject object{{u"id"_s, period.id},
                       {u"start"_s, period.start.toString()},
                       {u"end"_s, period.end.toString()},
                       {u"title"_s, localized(period.title)}};
    if (!period.sources.isEmpty())
        object.insert(u"sources"_s, sources(articles, period.sources));
    return object;
}

QJsonObject figureJson(const Figure &figure)
{
    return QJsonObject{{u"id"_s, figure.id},
                       {u"article"_s, figure.article},
                       {u"quote"_s, figure.quote},
                       {u"measure"_s, figure.measure},
                       {u"subject"_s, localized(figure.subject)},
                       {u"event"_s, orNull(figure.event)}};
}

} // namespace

bool StoryWriter::writeJson(const Story &story, QIODevice &device)
{
    // The root's members in QJsonObject's order (by key), as one document would have them.
    JsonOut out(device);
    const ArticleIndex articles(story);
    out.arrayMember("articles"_L1, story.articles.size(),
                    [&](qsizetype i) { return articleJson(story.articles[i]); });
    if (!story.description.isEmpty())
        out.member("description"_L1, localized(story.description));
    out.arrayMember("entities"_L1, story.entities.size(),
                    [&](qsizetype i) { return entityJson(story.entities[i]); });
    out.arrayMember("events"_L1, story.events.size(),
                    [&](qsizetype i) { return eventJson(articles, story.events[i]); });
    if (!story.figures.isEmpty()) {
        out.arrayMember("figures"_L1, story.figures.size(),
                        [&](qsizetype i) { return figureJson(story.figures[i]); });
    }
    out.member("format"_L1, u"storyline-story"_s);
    if (!story.id.isEmpty())
        out.member("id"_L1, story.id);
    if (!story.periods.isEmpty()) {
        out.arrayMember("periods"_L1, story.periods.size(),
                        [&](qsizetype i) { return periodJson(articles, story.periods[i]); });
    }
    out.member("title"_L1, localized(story.title));
    out.member("version"_L1, Story::formatVersion);
    out.end();
    return out.ok();
}

QByteArray StoryWriter::toJson(const Story &story)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    writeJson(story, buffer);
    return bytes;
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
    const QString path = folder % u"/story.json"_s;
    if (!QDir().mkpath(folder))
        return writeError(path,
                          QCoreApplication::translate("StoryWriter", "cannot create its folder"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    if (!writeJson(story, file) || !file.commit())
        return writeError(path, file.errorString());
    return std::nullopt;
}

} // namespace storyline
