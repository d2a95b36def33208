// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "storyreader.h"

#include "jsonlocator.h"
#include "jsonstream.h"
#include "text/analyzer.h"
#include "text/figureparser.h"
#include "text/textdecoder.h"
#include "text/utf8.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace storyline {

namespace {

using Kind = StoryError::Kind;

// Gives lupdate and QCoreApplication one translation context for this file.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StoryReader)
};

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

constexpr qint64 MiB = 1024 * 1024;

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

// The id as `known` holds it (the article's or entity's own string), so that a million
// references share one string instead of each holding a copy.
void intern(const QSet<QString> &known, QString &id)
{
    if (const auto it = known.constFind(id); it != known.cend())
        id = *it;
}

// An error and the byte of story.json it is about (-1: it is about another file). Its line and
// column are counted once reading is over.
struct Failure
{
    StoryError error;
    qint64 offset = -1;
};

// Where in story.json the value (or with `key`, the key of the member) at a JSON path is.
using Locate = std::function<std::optional<qint64>(const QStringList &path, bool key)>;

// Walks story.json's values, checking each as it reads it. The first problem is kept and
// every later step becomes a no-op, so the caller checks `failed()` after each section.
class Parser
{
public:
    Parser(Locate locate, QString fileName)
        : m_locate(std::move(locate))
        , m_fileName(std::move(fileName))
    {
    }

    bool failed() const { return m_failure.has_value(); }
    const Failure &failure() const { return *m_failure; }
    // Moves the problem out, for the reader to decide which problem comes first.
    Failure takeFailure() { return *std::exchange(m_failure, std::nullopt); }

    // Reports a problem with the value at `path`.
    void fail(Kind kind, const QStringList &path, const QString &message)
    {
        if (!failed())
            failAt(kind, m_locate(path, false).value_or(0), path, message);
    }

    // Reports a problem with the key of the member at `path`.
    void failKey(Kind kind, const QStringList &path, const QString &message)
    {
        if (failed())
            return;
        const auto offset = m_locate(path, true);
        failAt(kind, offset.value_or(m_locate(path, false).value_or(0)), path, message);
    }

    void failAt(Kind kind, qint64 byteOffset, const QStringList &path, const QString &message)
    {
        if (m_failure)
            return;
        m_failure = Failure{
            StoryError{kind, m_fileName, 0, 0, -1, pathText(path) % u": "_s % message}, byteOffset};
    }

    void failFile(StoryError error)
    {
        if (!m_failure)
            m_failure = Failure{std::move(error), -1};
    }

    void restore(Failure failure)
    {
        if (!m_failure)
            m_failure = std::move(failure);
    }

    // One string for all equal texts that recur (language codes, groups): a million events'
    // titles share one "en" instead of holding a copy each.
    QString intern(const QString &text)
    {
        auto it = m_strings.constFind(text);
        if (it == m_strings.cend())
            it = m_strings.insert(text);
        return *it;
    }

    // Checks that `object` has only the `allowed` keys.
    void checkKeys(const QJsonObject &object, const QStringList &path,
                   std::initializer_list<QLatin1StringView> allowed)
    {
        for (auto it = object.begin(); it != object.end() && !failed(); ++it) {
            if (std::find(allowed.begin(), allowed.end(), it.key()) == allowed.end()) {
                failKey(Kind::UnknownField, path + QStringList{it.key()},
                        Tr::tr("unknown field “%1”").arg(it.key()));
            }
        }
    }

    QJsonValue required(const QJsonObject &object, const QStringList &path, QLatin1StringView key)
    {
        if (failed())
            return {};
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            fail(Kind::MissingField, path, Tr::tr("missing field “%1”").arg(key));
        return value;
    }

    QString string(const QJsonObject &object, const QStringList &path, QLatin1StringView key)
    {
        const QJsonValue value = required(object, path, key);
        if (failed())
            return {};
        return checkedString(value, path + QStringList{key});
    }

    QString checkedString(const QJsonValue &value, const QStringList &path)
    {
        if (failed())
            return {};
        if (!value.isString()) {
            fail(Kind::WrongType, path,
                 Tr::tr("expected a string, found %1").arg(jsonTypeName(value)));
            return {};
        }
        return value.toString();
    }

    // A string that must not be empty: an id, a reference.
    QString nonEmpty(const QJsonObject &object, const QStringList &path, QLatin1StringView key)
    {
        QString text = string(object, path, key);
        if (!failed() && text.trimmed().isEmpty())
            fail(Kind::InvalidValue, path + QStringList{key}, Tr::tr("must not be empty"));
        return text;
    }

    // A string or null; absent means null.
    QString optionalString(const QJsonObject &object, const QStringList &path,
                           QLatin1StringView key)
    {
        if (failed())
            return {};
        const QJsonValue value = object.value(key);
        if (value.isUndefined() || value.isNull())
            return {};
        return checkedString(value, path + QStringList{key});
    }

    // A boolean; absent means false.
    bool optionalBool(const QJsonObject &object, const QStringList &path, QLatin1StringView key)
    {
        if (failed() || !object.contains(key))
            return false;
        const QJsonValue value = object.value(key);
        if (!value.isBool()) {
            fail(Kind::WrongType, path + QStringList{key},
                 Tr::tr("expected a boolean, found %1").arg(jsonTypeName(value)));
            return false;
        }
        return value.toBool();
    }

    QJsonObject objectAt(const QJsonValue &value, const QStringList &path)
    {
        if (failed())
            return {};
        if (!value.isObject()) {
            fail(Kind::WrongType, path,
                 Tr::tr("expected an object, found %1").arg(jsonTypeName(value)));
            return {};
        }
        return value.toObject();
    }

    QJsonArray arrayAt(const QJsonValue &value, const QStringList &path)
    {
        if (failed())
            return {};
        if (!value.isArray()) {
            fail(Kind::WrongType, path,
                 Tr::tr("expected an array, found %1").arg(jsonTypeName(value)));
            return {};
        }
        return value.toArray();
    }

    QJsonArray array(const QJsonObject &object, const QStringList &path, QLatin1StringView key)
    {
        const QJsonValue value = required(object, path, key);
        return arrayAt(value, path + QStringList{key});
    }

    QJsonArray optionalArray(const QJsonObject &object, const QStringList &path,
                             QLatin1StringView key)
    {
        if (failed() || !object.contains(key))
            return {};
        return arrayAt(object.value(key), path + QStringList{key});
    }

    QStringList stringList(const QJsonObject &object, const QStringList &path,
                           QLatin1StringView key, bool isRequired)
    {
        if (failed() || (!isRequired && !object.contains(key)))
            return {};
        const QJsonArray items = array(object, path, key);
        QStringList result;
        for (qsizetype i = 0; i < items.size() && !failed(); ++i) {
            const QStringList itemPath = path + QStringList{key, QString::number(i)};
            result.append(checkedString(items.at(i), itemPath));
            if (!failed() && result.last().trimmed().isEmpty())
                fail(Kind::InvalidValue, itemPath, Tr::tr("must not be empty"));
        }
        return result;
    }

    LocalizedText localized(const QJsonObject &object, const QStringList &path,
                            QLatin1StringView key, bool isRequired)
    {
        if (failed())
            return {};
        if (!isRequired && (!object.contains(key) || object.value(key).isNull()))
            return {};
        const QStringList valuePath = path + QStringList{key};
        const QJsonObject values = objectAt(required(object, path, key), valuePath);
        LocalizedText result;
        for (auto it = values.begin(); it != values.end() && !failed(); ++it) {
            const QString text = checkedString(it.value(), valuePath + QStringList{it.key()});
            result.insert(it.key(), text);
        }
        if (!failed() && result.isEmpty())
            fail(Kind::InvalidValue, valuePath, Tr::tr("needs a text in at least one language"));
        return result;
    }

    PartialDate date(const QJsonValue &value, const QStringList &path)
    {
        const QString text = checkedString(value, path);
        if (failed())
            return {};
        const auto parsed = PartialDate::parse(text);
        if (!parsed) {
            fail(Kind::InvalidDate, path,
                 Tr::tr(
                     "invalid date “%1” (expected YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY-SP|SU|FA|WI, "
                     "YYYY-Qn or YYYY)")
                     .arg(text));
            return {};
        }
        return *parsed;
    }

    Precision precision(const QJsonObject &object, const QStringList &path, QLatin1StringView key)
    {
        const QString name = string(object, path, key);
        if (failed())
            return Precision::Day;
        const auto precision = precisionFromName(name);
        if (!precision) {
            fail(Kind::InvalidPrecision, path + QStringList{key},
                 Tr::tr(
                     "invalid precision “%1” (expected day, week, month, season, quarter or year)")
                     .arg(name));
            return Precision::Day;
        }
        return *precision;
    }

    void checkPrecision(const PartialDate &date, Precision precision, const QStringList &path)
    {
        if (!failed() && date.precision() != precision) {
            fail(Kind::InvalidDate, path,
                 Tr::tr("date “%1” does not have the precision “%2”")
                     .arg(date.toString(), precisionName(precision)));
        }
    }

    // Remembers an id and fails on a repeat.
    void uniqueId(QSet<QString> &seen, const QString &id, const QStringList &path)
    {
        if (failed())
            return;
        if (seen.contains(id))
            fail(Kind::DuplicateId, path, Tr::tr("duplicate id “%1”").arg(id));
        seen.insert(id);
    }

    // `message` names what is unknown, with %1 for the id.
    void reference(const QSet<QString> &known, const QString &id, const QStringList &path,
                   const QString &message)
    {
        if (!failed() && !known.contains(id))
            fail(Kind::UnknownReference, path, message.arg(id));
    }

private:
    Locate m_locate;
    QString m_fileName;
    std::optional<Failure> m_failure;
    QSet<QString> m_strings;
};

struct ArticleFile
{
    QString path; // where the reader opened it
    qint64 size = 0; // for progress
};

// The arrays of story.json, in the order they are checked: an error in an earlier one is the
// one reported, whatever their order in the file.
enum class Section { Articles, Entities, Events, Periods, Figures };
constexpr std::array sections{Section::Articles, Section::Entities, Section::Events,
                              Section::Periods, Section::Figures};

QLatin1StringView sectionKey(Section section)
{
    switch (section) {
    case Section::Articles: return "articles"_L1;
    case Section::Entities: return "entities"_L1;
    case Section::Events: return "events"_L1;
    case Section::Periods: return "periods"_L1;
    case Section::Figures: return "figures"_L1;
    }
    return {};
}

std::optional<Section> sectionOf(const QString &key)
{
    for (const Section section : sections) {
        if (key == sectionKey(section))
            return section;
    }
    return std::nullopt;
}

// The sections whose ids a section refers to: they must be read before it.
bool dependsOn(Section section, Section other)
{
    switch (section) {
    case Section::Articles:
    case Section::Entities: return false;
    case Section::Events: return other == Section::Articles || other == Section::Entities;
    case Section::Periods: return other == Section::Articles;
    case Section::Figures: return other == Section::Articles || other == Section::Events;
    }
    return false;
}

// Reads story.json through a JsonStream in one pass, checking each array element as it comes
// (a QJsonObject at a time), then checks what comes first in the format's order: the root's
// members, then each section. A section whose references are not known yet when it comes (a
// story.json written by hand in another order) is read again at the end.
class Reader
{
public:
    Reader(QIODevice &device, qint64 size, const QString &folder, const QString &fileName,
           const StoryReader::Options &options)
        : m_stream(device, options.chunkSize, StoryReader::maxStoryFileSize)
        , m_jsonSize(size)
        , m_folder(folder)
        , m_fileName(fileName)
        , m_parser([this](const QStringList &path, bool key) { return locate(path, key); },
                   fileName)
        , m_progress(options.progress)
        , m_reportBytes(options.chunkSize)
    {
    }

    Result<Story> run();

private:
    // A member of the root object: where its key and its value are.
    struct Member
    {
        qint64 keyOffset = 0;
        JsonStream::Range range;
        bool streamed = false; // an array read an element at a time, not kept
    };
    struct SectionState
    {
        bool seen = false; // an array, read or to be read
        bool done = false; // read without error
        bool deferred = false; // to be read at the end
        qint64 start = 0; // its '['
        std::optional<Failure> failure;
    };
    // The element being checked, whose bytes locate() looks into.
    struct Element
    {
        Section section;
        qsizetype index;
        JsonStream::Range range;
    };

    std::optional<qint64> locate(const QStringList &path, bool key);
    StoryError positioned(const Failure &failure);
    StoryError cancelled() const;
    bool tick(qint64 done);
    bool report(qint64 done);
    qint64 total() const { return m_jsonSize + 2 * m_articleBytes; }

    void readJson();
    void readMember(const QString &key, qint64 keyOffset);
    void readElements(Section section, bool check);
    void readElement(Section section, const QJsonValue &item, qsizetype index);
    void readRoot();
    void readSections();
    void readArticle(const QJsonValue &item, qsizetype i);
    void readEntity(const QJsonValue &item, qsizetype i);
    void readEvent(const QJsonValue &item, qsizetype i);
    void readPeriod(const QJsonValue &item, qsizetype i);
    void readFigure(const QJsonValue &item, qsizetype i);
    // The sources, placed in their articles when those are loaded (else the story fails).
    QList<Source> readSources(const QJsonObject &object, const QStringList &path, bool isRequired,
                              Section section, qsizetype index);
    QString resolveArticlePath(const QString &file, const QStringList &path, qint64 *size);
    void focus(Section section, qsizetype index);
    void loadArticles();
    void placeQuote(Source &source, const QString &quote, Section section, qsizetype index,
                    qsizetype sourceIndex);
    void parseFigures();
    void findMentions();

    JsonStream m_stream;
    qint64 m_jsonSize;
    QString m_folder;
    QString m_fileName;
    Parser m_parser;
    Story m_story;
    QSet<QString> m_articleIds;
    QSet<QString> m_entityIds;
    QSet<QString> m_eventIds;
    QSet<QString> m_periodIds;
    QSet<QString> m_figureIds;
    QHash<QString, qsizetype> m_articleIndex; // id → index in m_story.articles
    QSet<QStringList> m_actorLists;
    QList<ArticleFile> m_articleFiles;

    // story.json as read: its root members (all small ones kept as values, for the checks that
    // come first), the sections, the element being checked.
    QHash<QString, Member> m_members;
    QJsonObject m_root;
    bool m_rootIsArray = false;
    std::optional<Failure> m_jsonFailure; // malformed or duplicate: comes before all else
    std::array<SectionState, sections.size()> m_sections;
    std::optional<Element> m_element;
    // Where each element is in story.json, to place errors found after reading it (a quote
    // not in its article): 16 bytes an element instead of its JSON paths.
    QList<JsonStream::Range> m_articleRanges;
    QList<JsonStream::Range> m_eventRanges;
    QList<JsonStream::Range> m_periodRanges;
    QList<JsonStream::Range> m_figureRanges;

    StoryReader::Progress m_progress;
    qint64 m_reportBytes;
    qint64 m_articleBytes = 0;
    qint64 m_loadedBytes = 0; // of article files, read as soon as the articles section is
    bool m_articlesLoaded = false;
    // Problems found while reading that come after every problem of story.json itself, in
    // this order: an article file that cannot be read, then a quote not in its article (events
    // first, then periods), as if found after reading all of story.json.
    std::optional<Failure> m_articleFailure;
    std::optional<Failure> m_eventQuoteFailure;
    std::optional<Failure> m_periodQuoteFailure;
    qint64 m_lastReport = -1;
    QElapsedTimer m_sinceReport;
    bool m_cancelled = false;
};

std::optional<qint64> Reader::locate(const QStringList &path, bool key)
{
    if (path.isEmpty())
        return key ? std::nullopt : std::optional<qint64>(m_stream.rootOffset());
    const auto member = m_members.constFind(path.first());
    if (member == m_members.cend())
        return std::nullopt;
    if (path.size() == 1)
        return key ? member->keyOffset : member->range.start;
    // Within an element of a section, or within a small member's value: look in its bytes.
    JsonStream::Range range = member->range;
    QStringList within = path.mid(1);
    if (member->streamed) {
        if (!m_element || sectionKey(m_element->section) != path.first()
            || path.at(1) != QString::number(m_element->index)) {
            return std::nullopt;
        }
        range = m_element->range;
        within = path.mid(2);
        if (within.isEmpty())
            return key ? std::nullopt : std::optional<qint64>(range.start);
    }
    const QByteArray bytes = m_stream.read(range);
    const auto offset
        = key ? JsonLocator::keyOffset(bytes, within) : JsonLocator::valueOffset(bytes, within);
    if (!offset)
        return std::nullopt;
    return range.start + *offset;
}

StoryError Reader::positioned(const Failure &failure)
{
    StoryError error = failure.error;
    if (failure.offset >= 0) {
        const auto position = m_stream.lineAndColumn(failure.offset);
        error.line = position.line;
        error.column = position.column;
    }
    return error;
}

StoryError Reader::cancelled() const
{
    return StoryError{Kind::Cancelled, m_fileName, 0, 0, -1, Tr::tr("cancelled")};
}

// Reports progress when a chunk's worth of bytes or 200 ms have passed; false once cancelled.
bool Reader::tick(qint64 done)
{
    if (!m_progress || m_cancelled)
        return !m_cancelled;
    done = qMax(done, m_lastReport); // a section read again comes after what was reported
    if (done - m_lastReport < m_reportBytes && m_sinceReport.elapsed() < 200)
        return true;
    return report(done);
}

bool Reader::report(qint64 done)
{
    if (!m_progress || m_cancelled)
        return !m_cancelled;
    m_lastReport = done;
    m_sinceReport.start();
    m_cancelled = !m_progress(done, total());
    return !m_cancelled;
}

Result<Story> Reader::run()
{
    if (!report(0))
        return cancelled();
    readJson();
    if (m_cancelled)
        return cancelled();
    if (m_stream.deviceFailed()) {
        const QString message = m_stream.tooLarge()
            ? Tr::tr("too large to be a story (%1 MiB; the limit is %2 MiB)")
                  .arg((m_stream.bytesRead() + MiB - 1) / MiB)
                  .arg(StoryReader::maxStoryFileSize / MiB)
            : Tr::tr("cannot read: %1").arg(m_stream.deviceError());
        return StoryError{Kind::UnreadableFile, m_fileName, 0, 0, -1, message};
    }
    if (m_stream.failed()) {
        // QJsonDocument reports the offset just past the character it choked on.
        const JsonStream::Error &error = m_stream.error();
        m_parser.failAt(Kind::MalformedJson, qMax<qint64>(0, error.offset - 1), {},
                        Tr::tr("malformed JSON: %1").arg(error.message));
        return positioned(m_parser.failure());
    }
    if (m_jsonFailure)
        return positioned(*m_jsonFailure);
    if (m_rootIsArray) {
        m_parser.fail(Kind::WrongType, {},
                      Tr::tr("expected an object, found %1").arg(Tr::tr("an array")));
        return positioned(m_parser.failure());
    }
    readRoot();
    readSections();
    for (auto *later : {&m_articleFailure, &m_eventQuoteFailure, &m_periodQuoteFailure}) {
        if (*later)
            m_parser.restore(**later);
    }
    parseFigures();
    findMentions();
    if (m_cancelled)
        return cancelled();
    if (m_parser.failed())
        return positioned(m_parser.failure());
    if (!report(total()))
        return cancelled();

    m_story.sortEvents();
    return std::move(m_story);
}

void Reader::readJson()
{
    switch (m_stream.readRoot()) {
    case JsonStream::Root::Invalid: return;
    case JsonStream::Root::Array:
        // Not a story, but the JSON must be right first.
        m_rootIsArray = true;
        while (m_stream.nextElement(nullptr, nullptr)) {
            if (!tick(m_stream.position() + m_loadedBytes))
                return;
        }
        break;
    case JsonStream::Root::Object: {
        QString key;
        qint64 keyOffset = 0;
        while (m_stream.nextMember(&key, &keyOffset)) {
            // QJsonDocument keeps the last of equal keys; a story read as it streams cannot
            // take back what it read under the first, so it refuses them.
            if (m_members.contains(key)) {
                const QString message
                    = Tr::tr("duplicate field “%1” (each field may appear only once)").arg(key);
                m_jsonFailure = Failure{StoryError{Kind::MalformedJson, m_fileName, 0, 0, -1,
                                                   pathText({}) % u": "_s % message},
                                        keyOffset};
                return;
            }
            readMember(key, keyOffset);
            if (m_stream.failed() || !tick(m_stream.position() + m_loadedBytes))
                return;
        }
        break;
    }
    }
    if (!m_stream.failed())
        m_stream.readEnd();
}

void Reader::readMember(const QString &key, qint64 keyOffset)
{
    Member &member = m_members[key];
    member.keyOffset = keyOffset;
    static const QStringList small{u"format"_s, u"version"_s, u"id"_s, u"title"_s,
                                   u"description"_s};
    if (small.contains(key) || !m_stream.atArray()) {
        QJsonValue value;
        if (m_stream.readValue(&value, &member.range))
            m_root.insert(key, value);
        return;
    }
    // An array (a section, or an unknown field the root check reports): an element at a time.
    member.streamed = true;
    m_root.insert(key, QJsonArray()); // its key, for the root check
    m_stream.enterArray(&member.range.start);
    const auto section = sectionOf(key);
    if (!section) {
        while (m_stream.nextElement(nullptr, nullptr)) {
            if (!tick(m_stream.position() + m_loadedBytes))
                return;
        }
    } else {
        SectionState &state = m_sections[size_t(*section)];
        state.seen = true;
        state.start = member.range.start;
        // Its errors matter unless an earlier section's come first; it can be checked now if
        // the sections it refers to are read.
        bool earlierFailed = false;
        bool ready = true;
        for (const Section other : sections) {
            if (other >= *section)
                break;
            const SectionState &before = m_sections[size_t(other)];
            earlierFailed = earlierFailed || before.failure.has_value();
            ready = ready && (!dependsOn(*section, other) || before.done);
        }
        state.deferred = !earlierFailed && !ready;
        readElements(*section, !earlierFailed && ready);
    }
    member.range.end = m_stream.position();
}

// The elements of a section's array, checked (`check`) or only read through.
void Reader::readElements(Section section, bool check)
{
    SectionState &state = m_sections[size_t(section)];
    QJsonValue item;
    JsonStream::Range range;
    for (qsizetype index = 0; m_stream.nextElement(check ? &item : nullptr, &range); ++index) {
        if (check) {
            m_element = Element{section, index, range};
            readElement(section, item, index);
            m_element.reset();
            if (m_parser.failed()) {
                state.failure = m_parser.takeFailure();
                check = false;
            }
        }
        if (!tick(m_stream.position() + m_loadedBytes))
            return;
    }
    state.done = !m_stream.failed() && !state.failure && check;
    // Article files are read as soon as their section is: each event's quotes are then placed
    // as it is read, and no quote is kept past its event.
    if (section == Section::Articles && state.done && !m_cancelled) {
        loadArticles();
        if (m_parser.failed())
            m_articleFailure = m_parser.takeFailure();
        else
            m_articlesLoaded = !m_cancelled;
    }
}

void Reader::readElement(Section section, const QJsonValue &item, qsizetype index)
{
    switch (section) {
    case Section::Articles:
        readArticle(item, index);
        m_articleRanges.append(m_element->range);
        break;
    case Section::Entities: readEntity(item, index); break;
    case Section::Events:
        readEvent(item, index);
        m_eventRanges.append(m_element->range);
        break;
    case Section::Periods:
        readPeriod(item, index);
        m_periodRanges.append(m_element->range);
        break;
    case Section::Figures:
        readFigure(item, index);
        m_figureRanges.append(m_element->range);
        break;
    }
}

// The sections in order: the first missing or wrong one, or the first error found in one, is
// the error; one whose references came later in story.json is read now.
void Reader::readSections()
{
    Parser &p = m_parser;
    for (const Section section : sections) {
        if (p.failed() || m_cancelled)
            return;
        SectionState &state = m_sections[size_t(section)];
        const QLatin1StringView key = sectionKey(section);
        if (!state.seen) {
            // Missing, or not an array.
            if (section == Section::Periods || section == Section::Figures)
                p.optionalArray(m_root, {}, key);
            else
                p.array(m_root, {}, key);
            continue;
        }
        if (state.failure) {
            p.restore(*state.failure);
            return;
        }
        if (state.deferred) {
            if (!m_stream.seekArray(state.start)) {
                p.failAt(Kind::UnreadableFile, state.start, {key},
                         Tr::tr("story.json changed while it was read"));
                return;
            }
            readElements(section, true);
            if (state.failure)
                p.restore(*state.failure);
            else if (m_stream.failed())
                p.failAt(Kind::UnreadableFile, state.start, {key},
                         Tr::tr("story.json changed while it was read"));
        }
    }
}

void Reader::readRoot()
{
    Parser &p = m_parser;
    const QJsonObject &root = m_root;
    p.checkKeys(root, {},
                {"format"_L1, "version"_L1, "id"_L1, "title"_L1, "description"_L1, "articles"_L1,
                 "entities"_L1, "events"_L1, "periods"_L1, "figures"_L1});
    const QString format = p.string(root, {}, "format"_L1);
    if (!p.failed() && format != "storyline-story"_L1) {
        p.fail(Kind::UnknownFormat, {u"format"_s},
               Tr::tr("unknown format “%1” (expected “storyline-story”)").arg(format));
    }
    const QJsonValue version = p.required(root, {}, "version"_L1);
    if (!p.failed()) {
        if (!version.isDouble()) {
            p.fail(Kind::WrongType, {u"version"_s},
                   Tr::tr("expected a number, found %1").arg(jsonTypeName(version)));
        } else if (version.toDouble() != Story::formatVersion) {
            p.fail(Kind::UnsupportedVersion, {u"version"_s},
                   Tr::tr("unsupported version %1 (this Storyline reads version %2)")
                       .arg(version.toDouble())
                       .arg(Story::formatVersion));
        }
    }
    m_story.id = p.optionalString(root, {}, "id"_L1);
    m_story.title = p.localized(root, {}, "title"_L1, true);
    m_story.description = p.localized(root, {}, "description"_L1, false);
}

void Reader::readArticle(const QJsonValue &item, qsizetype i)
{
    Parser &p = m_parser;
    const QStringList path{u"articles"_s, QString::number(i)};
    const QJsonObject object = p.objectAt(item, path);
    p.checkKeys(object, path,
                {"id"_L1, "file"_L1, "language"_L1, "headline"_L1, "outlet"_L1, "url"_L1,
                 "published"_L1, "published_precision"_L1, "note"_L1});
    Article article;
    article.id = p.nonEmpty(object, path, "id"_L1);
    p.uniqueId(m_articleIds, article.id, path + QStringList{u"id"_s});
    article.file = p.nonEmpty(object, path, "file"_L1);
    article.language = p.intern(p.nonEmpty(object, path, "language"_L1));
    article.headline = p.optionalString(object, path, "headline"_L1);
    article.outlet = p.optionalString(object, path, "outlet"_L1);
    article.url = p.optionalString(object, path, "url"_L1);
    article.note = p.optionalString(object, path, "note"_L1);
    const QJsonValue published = object.value("published"_L1);
    if (!p.failed() && !published.isUndefined() && !published.isNull()) {
        const QStringList publishedPath = path + QStringList{u"published"_s};
        article.published = p.date(published, publishedPath);
        if (object.contains("published_precision"_L1)) {
            p.checkPrecision(*article.published,
                             p.precision(object, path, "published_precision"_L1), publishedPath);
        }
    } else if (!p.failed() && object.contains("published_precision"_L1)) {
        p.precision(object, path, "published_precision"_L1);
    }
    qint64 size = 0;
    const QString resolved = resolveArticlePath(article.file, path + QStringList{u"file"_s}, &size);
    m_articleFiles.append({resolved, size});
    m_articleBytes += size;
    m_story.articles.append(std::move(article));
}

void Reader::readEntity(const QJsonValue &item, qsizetype i)
{
    Parser &p = m_parser;
    const QStringList path{u"entities"_s, QString::number(i)};
    const QJsonObject object = p.objectAt(item, path);
    p.checkKeys(object, path,
                {"id"_L1, "type"_L1, "name"_L1, "names"_L1, "aliases"_L1, "group"_L1});
    Entity entity;
    entity.id = p.nonEmpty(object, path, "id"_L1);
    p.uniqueId(m_entityIds, entity.id, path + QStringList{u"id"_s});
    const QString type = p.string(object, path, "type"_L1);
    if (!p.failed()) {
        if (const auto parsed = entityTypeFromName(type)) {
            entity.type = *parsed;
        } else {
            p.fail(Kind::InvalidValue, path + QStringList{u"type"_s},
                   Tr::tr("unknown entity type “%1” (expected person, organization, place, "
                          "product or event)")
                       .arg(type));
        }
    }
    entity.name = p.nonEmpty(object, path, "name"_L1);
    entity.names = p.localized(object, path, "names"_L1, false);
    entity.aliases = p.stringList(object, path, "aliases"_L1, false);
    entity.group = p.intern(p.optionalString(object, path, "group"_L1));
    m_story.entities.append(std::move(entity));
}

QList<Source> Reader::readSources(const QJsonObject &object, const QStringList &path,
                                  bool isRequired, Section section, qsizetype index)
{
    Parser &p = m_parser;
    QList<Source> sources;
    if (p.failed() || (!isRequired && !object.contains("sources"_L1)))
        return sources;
    const QJsonArray items = p.array(object, path, "sources"_L1);
    if (!p.failed() && isRequired && items.isEmpty()) {
        p.fail(Kind::InvalidValue, path + QStringList{u"sources"_s},
               Tr::tr("needs at least one source"));
    }
    for (qsizetype i = 0; i < items.size() && !p.failed(); ++i) {
        const QStringList sourcePath = path + QStringList{u"sources"_s, QString::number(i)};
        const QJsonObject sourceObject = p.objectAt(items.at(i), sourcePath);
        p.checkKeys(sourceObject, sourcePath, {"article"_L1, "quote"_L1});
        Source source;
        source.article = p.nonEmpty(sourceObject, sourcePath, "article"_L1);
        p.reference(m_articleIds, source.article, sourcePath + QStringList{u"article"_s},
                    Tr::tr("unknown article “%1”"));
        intern(m_articleIds, source.article);
        const QString quote = p.nonEmpty(sourceObject, sourcePath, "quote"_L1);
        if (!p.failed() && m_articlesLoaded)
            placeQuote(source, quote, section, index, i);
        sources.append(std::move(source));
    }
    return sources;
}

void Reader::readEvent(const QJsonValue &item, qsizetype i)
{
    Parser &p = m_parser;
    const QStringList path{u"events"_s, QString::number(i)};
    const QJsonObject object = p.objectAt(item, path);
    p.checkKeys(object, path,
                {"id"_L1, "start"_L1, "end"_L1, "precision"_L1, "basis"_L1, "title"_L1,
                 "summary"_L1, "note"_L1, "actors"_L1, "sources"_L1, "extracted"_L1});
    Event event;
    event.id = p.nonEmpty(object, path, "id"_L1);
    p.uniqueId(m_eventIds, event.id, path + QStringList{u"id"_s});
    const Precision precision = p.precision(object, path, "precision"_L1);
    const QStringList startPath = path + QStringList{u"start"_s};
    event.start = p.date(p.required(object, path, "start"_L1), startPath);
    p.checkPrecision(event.start, precision, startPath);
    const QJsonValue end = object.value("end"_L1);
    if (!p.failed() && !end.isUndefined() && !end.isNull()) {
        const QStringList endPath = path + QStringList{u"end"_s};
        event.end = p.date(end, endPath);
        p.checkPrecision(*event.end, precision, endPath);
        if (!p.failed() && event.end->first() < event.start.first()) {
            p.fail(Kind::EndBeforeStart, endPath,
                   Tr::tr("ends (%1) before it starts (%2)")
                       .arg(event.end->toString(), event.start.toString()));
        }
    }
    const QString basis = p.string(object, path, "basis"_L1);
    if (!p.failed()) {
        if (const auto parsed = dateBasisFromName(basis)) {
            event.basis = *parsed;
        } else {
            p.fail(
                Kind::InvalidBasis, path + QStringList{u"basis"_s},
                Tr::tr("invalid basis “%1” (expected text, relative or public-record)").arg(basis));
        }
    }
    event.title = p.localized(object, path, "title"_L1, true);
    event.summary = p.localized(object, path, "summary"_L1, false);
    event.note = p.localized(object, path, "note"_L1, false);
    event.actors = p.stringList(object, path, "actors"_L1, false);
    for (qsizetype a = 0; a < event.actors.size(); ++a) {
        p.reference(m_entityIds, event.actors.at(a),
                    path + QStringList{u"actors"_s, QString::number(a)},
                    Tr::tr("unknown entity “%1”"));
        intern(m_entityIds, event.actors[a]);
    }
    // Events share their list of actors when it is the same: a story of a million events
    // has a few thousand different lists, not a million.
    if (!p.failed() && !event.actors.isEmpty()) {
        auto shared = m_actorLists.constFind(event.actors);
        if (shared == m_actorLists.cend())
            shared = m_actorLists.insert(event.actors);
        event.actors = *shared;
    }
    event.sources = readSources(object, path, true, Section::Events, i);
    event.extracted = p.optionalBool(object, path, "extracted"_L1);
    m_story.events.append(std::move(event));
}

void Reader::readPeriod(const QJsonValue &item, qsizetype i)
{
    Parser &p = m_parser;
    const QStringList path{u"periods"_s, QString::number(i)};
    const QJsonObject object = p.objectAt(item, path);
    p.checkKeys(object, path, {"id"_L1, "start"_L1, "end"_L1, "title"_L1, "sources"_L1});
    Period period;
    period.id = p.nonEmpty(object, path, "id"_L1);
    p.uniqueId(m_periodIds, period.id, path + QStringList{u"id"_s});
    period.start = p.date(p.required(object, path, "start"_L1), path + QStringList{u"start"_s});
    const QStringList endPath = path + QStringList{u"end"_s};
    period.end = p.date(p.required(object, path, "end"_L1), endPath);
    if (!p.failed() && period.end.last() < period.start.first()) {
        p.fail(Kind::EndBeforeStart, endPath,
               Tr::tr("ends (%1) before it starts (%2)")
                   .arg(period.end.toString(), period.start.toString()));
    }
    period.title = p.localized(object, path, "title"_L1, true);
    period.sources = readSources(object, path, false, Section::Periods, i);
    m_story.periods.append(std::move(period));
}

void Reader::readFigure(const QJsonValue &item, qsizetype i)
{
    Parser &p = m_parser;
    const QStringList path{u"figures"_s, QString::number(i)};
    const QJsonObject object = p.objectAt(item, path);
    p.checkKeys(object, path,
                {"id"_L1, "article"_L1, "quote"_L1, "measure"_L1, "subject"_L1, "event"_L1});
    Figure figure;
    figure.id = p.nonEmpty(object, path, "id"_L1);
    p.uniqueId(m_figureIds, figure.id, path + QStringList{u"id"_s});
    figure.article = p.nonEmpty(object, path, "article"_L1);
    p.reference(m_articleIds, figure.article, path + QStringList{u"article"_s},
                Tr::tr("unknown article “%1”"));
    intern(m_articleIds, figure.article);
    figure.quote = p.nonEmpty(object, path, "quote"_L1);
    figure.measure = p.nonEmpty(object, path, "measure"_L1);
    figure.subject = p.localized(object, path, "subject"_L1, true);
    figure.event = p.optionalString(object, path, "event"_L1);
    if (!figure.event.isNull()) {
        p.reference(m_eventIds, figure.event, path + QStringList{u"event"_s},
                    Tr::tr("unknown event “%1”"));
        intern(m_eventIds, figure.event);
    }
    m_story.figures.append(std::move(figure));
}

// Where an article's file is, or an error when its path could leave the story folder.
QString Reader::resolveArticlePath(const QString &file, const QStringList &path, qint64 *size)
{
    Parser &p = m_parser;
    if (p.failed())
        return {};
    const bool hasDrive = file.size() >= 2 && file.at(1) == u':';
    if (file.startsWith(u'/') || file.startsWith(u'\\') || hasDrive || QDir::isAbsolutePath(file)) {
        p.fail(Kind::PathOutsideStory, path,
               Tr::tr("article path “%1” is absolute; it must be relative to the story folder")
                   .arg(file));
        return {};
    }
    // A NUL would cut the name short in the system's calls; no file name needs a control.
    if (std::any_of(file.cbegin(), file.cend(), [](QChar c) { return c.unicode() < 0x20; })) {
        p.fail(Kind::InvalidValue, path,
               Tr::tr("article path “%1” holds control characters").arg(file));
        return {};
    }
    // ".." between backslashes leaves the folder on Windows: that is the error to report.
    static const QRegularExpression separators(u"[/\\\\]"_s);
    if (file.split(separators).contains(u".."_s)) {
        p.fail(Kind::PathOutsideStory, path,
               Tr::tr("article path “%1” leaves the story folder").arg(file));
        return {};
    }
    if (file.contains(u'\\')) {
        p.fail(Kind::InvalidValue, path,
               Tr::tr("article path “%1” must use forward slashes").arg(file));
        return {};
    }
    const QString resolved = m_folder % u'/' % file;
    const QFileInfo info(resolved);
    if (!info.exists()) {
        p.fail(Kind::MissingFile, path, Tr::tr("article file “%1” does not exist").arg(file));
        return {};
    }
    // Symbolic links may point anywhere: the file's real location must be inside the folder.
    if (!resolved.startsWith(u':')) {
        const QString folder = QFileInfo(m_folder).canonicalFilePath();
        const QString real = info.canonicalFilePath();
        if (folder.isEmpty() || (real != folder && !real.startsWith(folder % u'/'))) {
            p.fail(Kind::PathOutsideStory, path,
                   Tr::tr("article path “%1” leads out of the story folder (to “%2”)")
                       .arg(file, QDir::toNativeSeparators(real)));
            return {};
        }
    }
    if (!info.isFile()) {
        p.fail(Kind::UnreadableFile, path, Tr::tr("article path “%1” is not a file").arg(file));
        return {};
    }
    *size = info.size();
    return resolved;
}

// Points errors found after reading story.json (a quote not in its article) at an element.
void Reader::focus(Section section, qsizetype index)
{
    const QList<JsonStream::Range> *ranges = nullptr;
    switch (section) {
    case Section::Articles: ranges = &m_articleRanges; break;
    case Section::Entities: return;
    case Section::Events: ranges = &m_eventRanges; break;
    case Section::Periods: ranges = &m_periodRanges; break;
    case Section::Figures: ranges = &m_figureRanges; break;
    }
    m_element = Element{section, index, ranges->at(index)};
}

void Reader::loadArticles()
{
    Parser &p = m_parser;
    m_articleIndex.reserve(m_story.articles.size());
    for (qsizetype i = 0; i < m_story.articles.size(); ++i)
        m_articleIndex.insert(m_story.articles.at(i).id, i);
    for (qsizetype i = 0; i < m_story.articles.size() && !p.failed(); ++i) {
        Article &article = m_story.articles[i];
        const ArticleFile &file = m_articleFiles.at(i);
        if (!tick(m_stream.position() + m_loadedBytes))
            return;
        m_loadedBytes += file.size;
        // Refused by its size before a byte is read (and the read stops at the limit, in case
        // the file grew since).
        const Result<QByteArray> read = TextDecoder::readBytes(file.path);
        if (!read) {
            focus(Section::Articles, i);
            p.fail(read.error().kind, {u"articles"_s, QString::number(i), u"file"_s},
                   Tr::tr("cannot read article file “%1”: %2")
                       .arg(article.file, read.error().message));
            return;
        }
        const QByteArray &bytes = read.value();
        // The first wrong byte: invalid UTF-8, or a NUL, which is valid UTF-8 but no text holds
        // (a binary file, or UTF-16 without a byte-order mark, whose Latin letters are valid
        // UTF-8 each beside a NUL).
        const auto bad = firstInvalidUtf8Byte(bytes);
        const qsizetype nul = bytes.first(bad.value_or(bytes.size())).indexOf('\0');
        if (nul >= 0) {
            p.failFile(StoryError{Kind::UnreadableFile, QDir::toNativeSeparators(file.path), 0, 0,
                                  nul,
                                  Tr::tr("not UTF-8 text: it holds NUL bytes (a binary file, or "
                                         "UTF-16?)")});
            return;
        }
        if (bad) {
            p.failFile(StoryError{Kind::InvalidUtf8, QDir::toNativeSeparators(file.path), 0, 0,
                                  *bad,
                                  Tr::tr("not valid UTF-8 (byte 0x%1)")
                                      .arg(quint8(bytes.at(*bad)), 2, 16, QLatin1Char('0'))});
            return;
        }
        // A byte-order mark is allowed and is not part of the text.
        const bool hasBom = bytes.startsWith("\xEF\xBB\xBF");
        article.text = QString::fromUtf8(hasBom ? bytes.mid(3) : bytes);
    }
}

// Where `quote` first occurs in `text` as whole characters: a quote that starts or ends with
// half a surrogate pair ("\ud83d" in story.json) does not match half an emoji.
qsizetype findQuote(const QString &text, const QString &quote)
{
    const auto splits = [&text](qsizetype at) {
        return at > 0 && at < text.size() && text[at - 1].isHighSurrogate()
            && text[at].isLowSurrogate();
    };
    for (qsizetype at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + 1)) {
        if (!splits(at) && !splits(at + quote.size()))
            return at;
    }
    return -1;
}

// `index`: of the event or period in its section; `sourceIndex`: of the source in it. A quote
// not in its article is kept aside: any problem of story.json itself comes before it.
void Reader::placeQuote(Source &source, const QString &quote, Section section, qsizetype index,
                        qsizetype sourceIndex)
{
    const Article &article = m_story.articles.at(m_articleIndex.value(source.article));
    const qsizetype at = findQuote(article.text, quote);
    if (at >= 0) {
        source.span = {at, at + quote.size()};
        return;
    }
    std::optional<Failure> &kept
        = section == Section::Events ? m_eventQuoteFailure : m_periodQuoteFailure;
    if (kept)
        return;
    // The parser holds no failure here (the caller checked): this one is taken back out.
    m_parser.fail(Kind::QuoteNotFound,
                  {QString(sectionKey(section)), QString::number(index), u"sources"_s,
                   QString::number(sourceIndex), u"quote"_s},
                  Tr::tr("quote “%1” does not occur in article “%2”").arg(quote, source.article));
    kept = m_parser.takeFailure();
}

void Reader::parseFigures()
{
    if (m_parser.failed())
        return;
    QHash<QString, std::shared_ptr<FigureParser>> parsers;
    const qint64 done = m_jsonSize + m_articleBytes;
    for (qsizetype i = 0; i < m_story.figures.size() && !m_parser.failed() && tick(done); ++i) {
        Figure &figure = m_story.figures[i];
        const QStringList path{u"figures"_s, QString::number(i)};
        const Article *article = &m_story.articles.at(m_articleIndex.value(figure.article));
        const qsizetype at = findQuote(article->text, figure.quote);
        if (at < 0) {
            focus(Section::Figures, i);
            m_parser.fail(Kind::QuoteNotFound, path + QStringList{u"quote"_s},
                          Tr::tr("quote “%1” does not occur in article “%2”")
                              .arg(figure.quote, figure.article));
            return;
        }
        figure.span = {at, at + figure.quote.size()};
        auto &parser = parsers[article->language];
        if (!parser)
            parser = std::make_shared<FigureParser>(article->language);
        const QList<FigureMatch> found = parser->find(figure.quote);
        if (found.isEmpty()) {
            focus(Section::Figures, i);
            m_parser.fail(
                Kind::NotAFigure, path + QStringList{u"quote"_s},
                Tr::tr("quote “%1” states no amount of money and no percentage").arg(figure.quote));
            return;
        }
        const FigureMatch &match = found.first();
        figure.kind
            = match.kind == FigureMatch::Kind::Money ? FigureKind::Money : FigureKind::Percent;
        figure.value = match.value;
        figure.unit = match.unit;
        figure.approximate = match.approximate;
        figure.qualifier = match.qualifier;
    }
    if (m_parser.failed() || m_cancelled)
        return;
    // Same measure, different articles, different values: the sources disagree. Compared
    // within each measure only (in story order), not every figure with every other.
    QHash<QString, QList<qsizetype>> byMeasure;
    for (qsizetype i = 0; i < m_story.figures.size(); ++i)
        byMeasure[m_story.figures.at(i).measure].append(i);
    for (const QList<qsizetype> &group : std::as_const(byMeasure)) {
        for (const qsizetype i : group) {
            Figure &figure = m_story.figures[i];
            for (const qsizetype j : group) {
                const Figure &other = m_story.figures.at(j);
                const bool differs = other.unit != figure.unit
                    || std::abs(other.value - figure.value)
                        > 1e-9 * std::max(std::abs(other.value), std::abs(figure.value));
                if (other.id != figure.id && other.article != figure.article && differs)
                    figure.conflictsWith.append(other.id);
            }
        }
    }
}

void Reader::findMentions()
{
    if (m_parser.failed())
        return;
    Gazetteer gazetteer;
    for (const Entity &entity : std::as_const(m_story.entities)) {
        gazetteer.add(entity.id, entity.name);
        for (const QString &alias : entity.aliases)
            gazetteer.add(entity.id, alias);
    }
    Analyzer analyzer(std::move(gazetteer));
    qint64 done = m_jsonSize + m_articleBytes;
    for (qsizetype i = 0; i < m_story.articles.size(); ++i) {
        if (!tick(done))
            return;
        done += m_articleFiles.at(i).size;
        const Article &article = m_story.articles.at(i);
        const QList<GazetteerMatch> matches = analyzer.findEntities(article.text);
        for (const GazetteerMatch &match : matches)
            m_story.mentions.append({match.id, article.id, match.span});
    }
}

} // namespace

Result<Story> StoryReader::read(const QString &path)
{
    return read(path, Options{});
}

Result<Story> StoryReader::read(const QString &path, const Options &options)
{
    const QFileInfo info(path);
    const QString jsonPath = info.isDir() ? path % u"/story.json"_s : path;
    const QString folder = info.isDir() ? path : info.path();
    const QString shown = QDir::toNativeSeparators(jsonPath);
    QFile file(jsonPath);
    if (!file.exists()) {
        return StoryError{StoryError::Kind::MissingFile,
                          shown,
                          0,
                          0,
                          -1,
                          Tr::tr("no such story (expected a story folder or its story.json)")};
    }
    const auto unreadable = [&shown](const QString &message) {
        return StoryError{StoryError::Kind::UnreadableFile, shown, 0, 0, -1, message};
    };
    // A device or a pipe has no size to check, and /dev/zero never ends.
    if (!path.startsWith(u':') && !QFileInfo(jsonPath).isFile())
        return unreadable(Tr::tr("not a regular file"));
    if (file.size() > maxStoryFileSize) {
        return unreadable(Tr::tr("too large to be a story (%1 MiB; the limit is %2 MiB)")
                              .arg((file.size() + MiB - 1) / MiB)
                              .arg(maxStoryFileSize / MiB));
    }
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(Tr::tr("cannot read: %1").arg(file.errorString()));
    // The reader stops at the limit too, in case the file grows while it reads.
    Reader reader(file, file.size(), folder, shown, options);
    return reader.run();
}

Result<Story> StoryReader::read(const QByteArray &json, const QString &folder,
                                const QString &fileName)
{
    return read(json, folder, fileName, Options{});
}

Result<Story> StoryReader::read(const QByteArray &json, const QString &folder,
                                const QString &fileName, const Options &options)
{
    QBuffer buffer;
    buffer.setData(json);
    buffer.open(QIODevice::ReadOnly);
    Reader reader(buffer, json.size(), folder, fileName, options);
    return reader.run();
}

} // namespace storyline
