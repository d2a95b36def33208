// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinejs.h"

#include "story/articleindex.h"

#include "story/jsonlocator.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <tuple>

using namespace Qt::StringLiterals;

namespace storyline::TimelineJs {

namespace {

using Kind = StoryError::Kind;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(TimelineJs)
};

// Which date parts a TimelineJS date object carries.
enum class Parts { Year, Month, Day };

QJsonObject dateJson(QDate date, Parts parts)
{
    QJsonObject object{{u"year"_s, date.year()}};
    if (parts != Parts::Year)
        object.insert(u"month"_s, date.month());
    if (parts == Parts::Day)
        object.insert(u"day"_s, date.day());
    return object;
}

QString singleDateText(const PartialDate &date)
{
    switch (date.precision()) {
    case Precision::Week:
    case Precision::Season:
    case Precision::Quarter: return date.toDisplayString(QLocale());
    case Precision::Day:
    case Precision::Month:
    case Precision::Year: break;
    }
    return date.toString();
}

// TimelineJS knows years, months and days. Weeks become the days they cover, seasons and
// quarters the months, each with a display date that names them.
struct SlideDates
{
    QJsonObject start;
    QJsonObject end; // empty: none
    QString display;
};

SlideDates slideDates(const Event &event)
{
    const PartialDate &start = event.start;
    const PartialDate &last = event.end ? *event.end : start;
    SlideDates dates;
    switch (start.precision()) {
    case Precision::Day:
    case Precision::Month:
    case Precision::Year: {
        const Parts parts = start.precision() == Precision::Day ? Parts::Day
            : start.precision() == Precision::Month             ? Parts::Month
                                                                : Parts::Year;
        dates.start = dateJson(start.first(), parts);
        if (event.end)
            dates.end = dateJson(event.end->first(), parts);
        return dates;
    }
    case Precision::Week:
        dates.start = dateJson(start.first(), Parts::Day);
        dates.end = dateJson(last.last(), Parts::Day);
        break;
    case Precision::Season:
    case Precision::Quarter:
        dates.start = dateJson(start.first(), Parts::Month);
        dates.end = dateJson(last.last(), Parts::Month);
        break;
    }
    dates.display = event.end && *event.end != start
        ? u"%1 – %2"_s.arg(singleDateText(start), singleDateText(*event.end))
        : singleDateText(start);
    return dates;
}

// Plain text as TimelineJS HTML: escaped, line breaks as <br>.
QString htmlText(const QString &text)
{
    QString html = text.toHtmlEscaped();
    html.replace(u"\r\n"_s, u"<br>"_s);
    html.replace(u'\n', u"<br>"_s);
    return html;
}

QString decodeEntity(QStringView name)
{
    if (name.startsWith(u'#')) {
        bool ok = false;
        const uint code = name.size() > 1 && (name[1] == u'x' || name[1] == u'X')
            ? name.sliced(2).toUInt(&ok, 16)
            : name.sliced(1).toUInt(&ok, 10);
        if (ok && code > 0 && code <= 0x10FFFF && (code < 0xD800 || code > 0xDFFF)) {
            const char32_t point = code;
            return QString::fromUcs4(&point, 1);
        }
        return {};
    }
    if (name == u"amp")
        return u"&"_s;
    if (name == u"lt")
        return u"<"_s;
    if (name == u"gt")
        return u">"_s;
    if (name == u"quot")
        return u"\""_s;
    if (name == u"apos")
        return u"'"_s;
    if (name == u"nbsp")
        return u"\u00A0"_s;
    return {};
}

// Text as it reads back once written as TimelineJS HTML (htmlText): trimmed, with one form of
// line break.
QString readableText(QString text)
{
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    return text.trimmed();
}

// TimelineJS text is HTML: tags dropped, <br> and block ends as line breaks, entities decoded.
QString plainText(const QString &html)
{
    if (!html.contains(u'<') && !html.contains(u'&'))
        return readableText(html);
    QString text = html;
    static const QRegularExpression sourceBreaks(u"\\s*\\r?\\n\\s*"_s);
    text.replace(sourceBreaks, u" "_s); // line breaks in HTML source are spaces
    static const QRegularExpression blockEnds(u"</(?:p|div|li|h[1-6])\\s*>\\s*"_s,
                                              QRegularExpression::CaseInsensitiveOption);
    text.replace(blockEnds, u"\n"_s);
    static const QRegularExpression breaks(u"<br\\s*/?>"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    text.replace(breaks, u"\n"_s);
    static const QRegularExpression tags(u"<[^>]*>"_s);
    text.remove(tags);
    static const QRegularExpression entity(u"&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);"_s);
    QString plain;
    qsizetype from = 0;
    for (auto it = entity.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString decoded = decodeEntity(m.capturedView(1));
        if (decoded.isEmpty())
            continue; // unknown entity: kept as written
        plain += QStringView(text).sliced(from, m.capturedStart() - from) % decoded;
        from = m.capturedEnd();
    }
    plain += QStringView(text).sliced(from);
    return readableText(std::move(plain)); // carriage returns from entities ("&#13;") too
}

QJsonObject storylineJson(const Event &event)
{
    return QJsonObject{
        {u"start"_s, event.start.toString()},
        {u"end"_s, event.end ? QJsonValue(event.end->toString()) : QJsonValue()},
        {u"basis"_s, dateBasisName(event.basis)},
        {u"actors"_s, QJsonArray::fromStringList(event.actors)},
    };
}

QJsonObject slideJson(const Story &story, const ArticleIndex &articles, const Event &event,
                      const QString &language)
{
    const SlideDates dates = slideDates(event);
    QJsonObject slide{
        {u"unique_id"_s, event.id},
        {u"start_date"_s, dates.start},
        {u"text"_s,
         QJsonObject{{u"headline"_s, htmlText(event.title.text(language))},
                     {u"text"_s, htmlText(event.summary.text(language))}}},
        {u"group"_s, story.eventGroup(event)},
        {u"storyline"_s, storylineJson(event)},
    };
    if (!dates.end.isEmpty())
        slide.insert(u"end_date"_s, dates.end);
    if (!dates.display.isEmpty())
        slide.insert(u"display_date"_s, dates.display);
    for (const Source &source : event.sources) {
        const Article *article = articles.article(source.article);
        if (!article || article->url.isEmpty())
            continue;
        QJsonObject media{{u"url"_s, article->url},
                          {u"caption"_s, htmlText(Story::quoteIn(article, source).toString())}};
        if (!article->outlet.isEmpty())
            media.insert(u"credit"_s, htmlText(article->outlet));
        slide.insert(u"media"_s, media);
        break;
    }
    return slide;
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null: return Tr::tr("null");
    case QJsonValue::Bool: return Tr::tr("a boolean");
    case QJsonValue::Double: return Tr::tr("a number");
    case QJsonValue::String: return Tr::tr("a string");
    case QJsonValue::Array: return Tr::tr("an array");
    case QJsonValue::Object: return Tr::tr("an object");
    case QJsonValue::Undefined: break;
    }
    return Tr::tr("nothing");
}

QString pathText(const QStringList &path)
{
    QString text;
    for (const QString &element : path) {
        bool isIndex = false;
        element.toInt(&isIndex);
        if (isIndex)
            text += u'[' % element % u']';
        else
            text += (text.isEmpty() ? QString() : u"."_s) % element;
    }
    return text.isEmpty() ? Tr::tr("the document") : text;
}

// A date as read from a TimelineJS date object: its first day and how much of it is known.
struct ReadDate
{
    QDate date;
    Parts parts = Parts::Year;
};

PartialDate partialDate(const ReadDate &read, Parts parts)
{
    switch (parts) {
    case Parts::Day: return PartialDate::day(read.date);
    case Parts::Month: return PartialDate::month(read.date.year(), read.date.month());
    case Parts::Year: break;
    }
    return PartialDate::year(read.date.year());
}

class Reader
{
public:
    Reader(const QByteArray &json, const QString &fileName, const QString &language)
        : m_json(json)
        , m_fileName(fileName)
        , m_language(language.isEmpty() ? u"en"_s : language)
    {
    }

    Result<Story> read();

private:
    void fail(Kind kind, const QStringList &path, const QString &message)
    {
        if (m_error)
            return;
        const qsizetype offset = JsonLocator::valueOffset(m_json, path).value_or(0);
        const JsonLocator::Position position = JsonLocator::position(m_json, offset);
        m_error = StoryError{kind,
                             m_fileName,
                             position.line,
                             position.column,
                             -1,
                             pathText(path) % u": "_s % message};
    }

    bool expect(const QJsonValue &value, QJsonValue::Type type, const QStringList &path)
    {
        if (value.type() == type)
            return true;
        const QString expected = type == QJsonValue::Object ? Tr::tr("an object")
            : type == QJsonValue::Array                     ? Tr::tr("an array")
                                                            : Tr::tr("a string");
        fail(Kind::WrongType, path,
             Tr::tr("expected %1, found %2").arg(expected, jsonTypeName(value)));
        return false;
    }

    // An optional string member; null and absent are empty.
    QString optionalString(const QJsonObject &object, const QStringList &path, const QString &key)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        if (!expect(value, QJsonValue::String, path + QStringList{key}))
            return {};
        return value.toString();
    }

    // A date part: TimelineJS accepts numbers and numeric strings.
    std::optional<int> datePart(const QJsonObject &object, const QStringList &path,
                                const QString &key)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull()
            || (value.isString() && value.toString().trimmed().isEmpty()))
            return std::nullopt;
        bool ok = false;
        int number = 0;
        if (value.isDouble()) {
            const double d = value.toDouble();
            ok = d == std::floor(d) && std::abs(d) < 1e6;
            if (ok) // converting a double out of int's range is undefined
                number = int(d);
        } else if (value.isString()) {
            number = value.toString().trimmed().toInt(&ok);
        }
        if (!ok) {
            fail(Kind::InvalidDate, path + QStringList{key},
                 Tr::tr("“%1” must be a whole number").arg(key));
            return std::nullopt;
        }
        return number;
    }

    std::optional<ReadDate> date(const QJsonValue &value, const QStringList &path)
    {
        if (!expect(value, QJsonValue::Object, path))
            return std::nullopt;
        const QJsonObject object = value.toObject();
        if (!object.contains(u"year"_s)) {
            fail(Kind::MissingField, path, Tr::tr("missing field “year”"));
            return std::nullopt;
        }
        const std::optional<int> year = datePart(object, path, u"year"_s);
        const std::optional<int> month = datePart(object, path, u"month"_s);
        const std::optional<int> day = datePart(object, path, u"day"_s);
        if (m_error)
            return std::nullopt;
        if (!year || *year < 1 || *year > 9999) {
            fail(Kind::InvalidDate, path + QStringList{u"year"_s},
                 Tr::tr("the year must be between 1 and 9999"));
            return std::nullopt;
        }
        if (day && !month) {
            fail(Kind::InvalidDate, path, Tr::tr("a day needs a month"));
            return std::nullopt;
        }
        if (month && (*month < 1 || *month > 12)) {
            fail(Kind::InvalidDate, path + QStringList{u"month"_s},
                 Tr::tr("the month must be between 1 and 12"));
            return std::nullopt;
        }
        const QDate first(*year, month.value_or(1), day.value_or(1));
        if (!first.isValid()) {
            fail(Kind::InvalidDate, path + QStringList{u"day"_s},
                 Tr::tr("%1-%2 has no day %3").arg(*year).arg(*month).arg(*day));
            return std::nullopt;
        }
        return ReadDate{first, day ? Parts::Day : month ? Parts::Month : Parts::Year};
    }

    std::optional<Event> slide(const QJsonObject &slide, const QStringList &path, int number);
    // The event's dates from the "storyline" object, when they still match the date parts.
    bool readStorylineDates(const QJsonObject &slide, Event &event);

    const QByteArray &m_json;
    QString m_fileName;
    QString m_language;
    std::optional<StoryError> m_error;
};

bool Reader::readStorylineDates(const QJsonObject &slide, Event &event)
{
    const QJsonValue value = slide.value(u"storyline"_s);
    if (!value.isObject())
        return false;
    const QJsonObject extra = value.toObject();
    const auto start = PartialDate::parse(extra.value(u"start"_s).toString());
    if (!start)
        return false;
    std::optional<PartialDate> end;
    if (extra.value(u"end"_s).isString()) {
        end = PartialDate::parse(extra.value(u"end"_s).toString());
        if (!end || end->precision() != start->precision() || end->last() < start->first())
            return false;
    }
    Event candidate;
    candidate.start = *start;
    candidate.end = end;
    const SlideDates dates = slideDates(candidate);
    // The date parts were edited since the export: they win.
    if (dates.start != slide.value(u"start_date"_s).toObject()
        || dates.end != slide.value(u"end_date"_s).toObject())
        return false;
    event.start = *start;
    event.end = end;
    if (const auto basis = dateBasisFromName(extra.value(u"basis"_s).toString()))
        event.basis = *basis;
    const QJsonArray actors = extra.value(u"actors"_s).toArray();
    for (const QJsonValue &actor : actors) {
        if (actor.isString())
            event.actors.append(actor.toString());
    }
    return true;
}

std::optional<Event> Reader::slide(const QJsonObject &slide, const QStringList &path, int number)
{
    Event event;
    event.id = optionalString(slide, path, u"unique_id"_s).trimmed();
    if (event.id.isEmpty())
        event.id = u"event-%1"_s.arg(number);

    if (!slide.contains(u"start_date"_s)) {
        fail(Kind::MissingField, path, Tr::tr("missing field “start_date”"));
        return std::nullopt;
    }
    const auto start = date(slide.value(u"start_date"_s), path + QStringList{u"start_date"_s});
    if (!start)
        return std::nullopt;
    std::optional<ReadDate> end;
    const QJsonValue endValue = slide.value(u"end_date"_s);
    if (!endValue.isUndefined() && !endValue.isNull()) {
        end = date(endValue, path + QStringList{u"end_date"_s});
        if (!end)
            return std::nullopt;
    }

    if (!readStorylineDates(slide, event)) {
        // Both ends at the precision of the coarser one.
        const Parts parts = end ? std::min(start->parts, end->parts) : start->parts;
        event.start = partialDate(*start, parts);
        if (end) {
            event.end = partialDate(*end, parts);
            if (event.end->last() < event.start.first()) {
                fail(Kind::EndBeforeStart, path + QStringList{u"end_date"_s},
                     Tr::tr("the end is before the start"));
                return std::nullopt;
            }
        }
    }

    const QJsonValue text = slide.value(u"text"_s);
    if (!text.isUndefined() && !text.isNull()) {
        if (!expect(text, QJsonValue::Object, path + QStringList{u"text"_s}))
            return std::nullopt;
        const QStringList textPath = path + QStringList{u"text"_s};
        const QString headline
            = plainText(optionalString(text.toObject(), textPath, u"headline"_s));
        const QString body = plainText(optionalString(text.toObject(), textPath, u"text"_s));
        if (!headline.isEmpty())
            event.title.insert(m_language, headline);
        if (!body.isEmpty())
            event.summary.insert(m_language, body);
    }
    if (m_error)
        return std::nullopt;
    // The id as the title reads back as the title it is written as.
    if (event.title.isEmpty())
        event.title.insert(m_language, readableText(event.id));
    return event;
}

Result<Story> Reader::read()
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(m_json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const JsonLocator::Position position
            = JsonLocator::position(m_json, qMax(0, parseError.offset - 1));
        return StoryError{Kind::MalformedJson,
                          m_fileName,
                          position.line,
                          position.column,
                          -1,
                          Tr::tr("malformed JSON: %1").arg(parseError.errorString())};
    }
    if (!document.isObject()) {
        fail(Kind::WrongType, {}, Tr::tr("expected an object"));
        return *m_error;
    }
    const QJsonObject root = document.object();
    Story story;
    story.id = QFileInfo(m_fileName).completeBaseName();

    const QJsonValue title = root.value(u"title"_s);
    if (!title.isUndefined() && !title.isNull()) {
        if (!expect(title, QJsonValue::Object, {u"title"_s}))
            return *m_error;
        const QJsonObject titleSlide = title.toObject();
        const QString id = optionalString(titleSlide, {u"title"_s}, u"unique_id"_s).trimmed();
        if (!id.isEmpty())
            story.id = id;
        const QJsonObject text = titleSlide.value(u"text"_s).toObject();
        const QString headline = plainText(text.value(u"headline"_s).toString());
        const QString description = plainText(text.value(u"text"_s).toString());
        if (!headline.isEmpty())
            story.title.insert(m_language, headline);
        if (!description.isEmpty())
            story.description.insert(m_language, description);
    }

    if (!root.contains(u"events"_s)) {
        fail(Kind::MissingField, {}, Tr::tr("missing field “events”"));
        return *m_error;
    }
    const QJsonValue events = root.value(u"events"_s);
    if (!expect(events, QJsonValue::Array, {u"events"_s}))
        return *m_error;
    QSet<QString> ids;
    const QJsonArray slides = events.toArray();
    for (int i = 0; i < slides.size(); ++i) {
        const QStringList path{u"events"_s, QString::number(i)};
        if (!expect(slides.at(i), QJsonValue::Object, path))
            return *m_error;
        const std::optional<Event> event = slide(slides.at(i).toObject(), path, i + 1);
        if (!event)
            return *m_error;
        if (ids.contains(event->id)) {
            fail(Kind::DuplicateId, path + QStringList{u"unique_id"_s},
                 Tr::tr("duplicate id “%1”").arg(event->id));
            return *m_error;
        }
        ids.insert(event->id);
        story.events.append(*event);
    }
    if (m_error)
        return *m_error;
    if (story.title.isEmpty())
        story.title.insert(m_language, readableText(story.id));

    std::stable_sort(story.events.begin(), story.events.end(), [](const Event &a, const Event &b) {
        const QDate aEnd = a.end ? a.end->last() : a.start.last();
        const QDate bEnd = b.end ? b.end->last() : b.start.last();
        return std::make_tuple(a.start.first(), aEnd, a.id)
            < std::make_tuple(b.start.first(), bEnd, b.id);
    });
    return story;
}

} // namespace

QJsonObject document(const Story &story, const QString &language)
{
    const ArticleIndex articles(story);
    QJsonArray events;
    for (const Event &event : story.events)
        events.append(slideJson(story, articles, event, language));
    QJsonObject titleText{{u"headline"_s, htmlText(story.title.text(language))}};
    if (!story.description.isEmpty())
        titleText.insert(u"text"_s, htmlText(story.description.text(language)));
    QJsonObject title{{u"text"_s, titleText}};
    if (!story.id.isEmpty())
        title.insert(u"unique_id"_s, story.id);
    return QJsonObject{{u"title"_s, title}, {u"events"_s, events}};
}

QByteArray toJson(const Story &story, const QString &language)
{
    return QJsonDocument(document(story, language)).toJson(QJsonDocument::Indented);
}

Result<Story> read(const QByteArray &json, const QString &fileName, const QString &language)
{
    return Reader(json, fileName, language).read();
}

Result<Story> readFile(const QString &path, const QString &language)
{
    QFile file(path);
    if (!file.exists())
        return StoryError{Kind::MissingFile, path, 0, 0, -1, Tr::tr("no such file")};
    if (!file.open(QIODevice::ReadOnly)) {
        return StoryError{Kind::UnreadableFile,
                          path,
                          0,
                          0,
                          -1,
                          Tr::tr("cannot read the file: %1").arg(file.errorString())};
    }
    return read(file.readAll(), path, language);
}

} // namespace storyline::TimelineJs
