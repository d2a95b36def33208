// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonstream.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

#include <array>

namespace storyline {

namespace {

// Deeper than QJsonDocument goes (1024 levels, the root included): a value this deep is an
// error it reports before the stream stops scanning.
constexpr int maxDepth = 1100;

// How far past a problem QJsonDocument is given the real bytes: it looks at most five bytes
// ahead ("false"), and reports an error at most one byte past the one at fault.
constexpr qint64 margin = 16;

// Text that puts QJsonDocument's parser where the stream is, so that it can be handed the
// document's bytes from there on and report an error exactly as it would for the whole
// document (same nesting level, same expectations). The values in them are empty objects: a
// number, a string or a literal right before the end would be an error of their own.
constexpr QByteArrayView inRoot(""); // before the root, or on the root's '{' or '['
constexpr QByteArrayView afterMember(R"({"":{})"); // after a member value of the root object
constexpr QByteArrayView onArray(R"({"":)"); // on the '[' of a member of the root object
constexpr QByteArrayView afterElement(R"({"":[{})"); // after an element of such an array
constexpr QByteArrayView afterRootElement("[{}"); // after an element of the root array
constexpr QByteArrayView afterRoot("{}");

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Where a literal or a number ends (QJsonDocument decides what it is).
bool isDelimiter(char c)
{
    switch (c) {
    case ' ':
    case '\t':
    case '\n':
    case '\r':
    case ',':
    case ':':
    case '[':
    case ']':
    case '{':
    case '}':
    case '"': return true;
    default: return false;
    }
}

JsonStream::Error makeError(QJsonParseError::ParseError code, qint64 offset)
{
    QJsonParseError error;
    error.error = code;
    return {code, offset, error.errorString()};
}

} // namespace

JsonStream::JsonStream(QIODevice &device, qint64 chunkSize, qint64 limit)
    : m_device(device)
    , m_chunkSize(qMax<qint64>(1, chunkSize))
    , m_limit(limit)
{
}

// --- Bytes ----------------------------------------------------------------------------------

bool JsonStream::refill()
{
    if (m_atEnd)
        return false;
    // What no error can need any more leaves the buffer.
    if (const qint64 drop = qMin(m_keep, m_pos) - m_base; drop > 0) {
        m_buffer.remove(0, qsizetype(drop));
        m_base += drop;
    }
    // One byte more than the limit says the document is too large.
    const qint64 room = m_limit - bufferEnd();
    const qint64 wanted = room < m_chunkSize ? room + 1 : m_chunkSize;
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + qsizetype(wanted));
    qint64 got = wanted > 0 ? m_device.read(m_buffer.data() + old, wanted) : 0;
    if (got < 0) {
        m_deviceError = m_device.errorString();
        got = 0;
    }
    m_buffer.resize(old + qsizetype(got));
    if (bufferEnd() > m_limit)
        m_tooLarge = true;
    if (got == 0 || m_tooLarge) {
        m_atEnd = true;
        return got > 0;
    }
    return true;
}

bool JsonStream::fill(qint64 end)
{
    while (bufferEnd() < end) {
        if (!refill())
            return false;
    }
    return true;
}

int JsonStream::peek()
{
    if (m_pos >= bufferEnd() && !fill(m_pos + 1))
        return -1;
    return static_cast<unsigned char>(m_buffer.at(qsizetype(m_pos - m_base)));
}

void JsonStream::skipSpace()
{
    for (;;) {
        const char *data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        qsizetype i = qsizetype(m_pos - m_base);
        while (i < size && isSpace(data[i]))
            ++i;
        m_pos = m_base + i;
        if (i < size || !refill())
            return;
    }
}

// From a string's opening quote to just past its closing one; false at the end of the document.
bool JsonStream::skipString()
{
    ++m_pos;
    bool escape = false;
    for (;;) {
        const char *data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        for (qsizetype i = qsizetype(m_pos - m_base); i < size; ++i) {
            const char c = data[i];
            if (escape) {
                escape = false;
            } else if (c == '\\') {
                escape = true;
            } else if (c == '"') {
                m_pos = m_base + i + 1;
                return true;
            }
        }
        m_pos = bufferEnd();
        if (!refill())
            return false;
    }
}

// From a value's first byte to just past its last. Broken: the value cannot be right (a bracket
// that closes the wrong thing, nesting deeper than QJsonDocument takes), and QJsonDocument finds
// the error before m_pos.
JsonStream::Scan JsonStream::skipValue()
{
    const int first = peek();
    if (first < 0)
        return Scan::Truncated;
    if (first == '"')
        return skipString() ? Scan::Complete : Scan::Truncated;
    if (first != '{' && first != '[') {
        const qint64 start = m_pos;
        for (;;) {
            const char *data = m_buffer.constData();
            const qsizetype size = m_buffer.size();
            qsizetype i = qsizetype(m_pos - m_base);
            while (i < size && !isDelimiter(data[i]))
                ++i;
            m_pos = m_base + i;
            if (i < size || !refill())
                break;
        }
        if (m_pos == start) {
            ++m_pos; // a value cannot start with that
            return Scan::Broken;
        }
        return Scan::Complete;
    }
    // Whether each open container is an object: one bit per level.
    std::array<quint64, maxDepth / 64 + 1> objects{};
    int depth = 0;
    bool inString = false;
    bool escape = false;
    for (;;) {
        const char *data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        for (qsizetype i = qsizetype(m_pos - m_base); i < size; ++i) {
            const char c = data[i];
            if (inString) {
                if (escape)
                    escape = false;
                else if (c == '\\')
                    escape = true;
                else if (c == '"')
                    inString = false;
                continue;
            }
            switch (c) {
            case '"': inString = true; break;
            case '{':
            case '[': {
                if (depth == maxDepth) {
                    m_pos = m_base + i + 1;
                    return Scan::Broken;
                }
                const quint64 bit = quint64(1) << (depth % 64);
                if (c == '{')
                    objects[depth / 64] |= bit;
                else
                    objects[depth / 64] &= ~bit;
                ++depth;
                break;
            }
            case '}':
            case ']': {
                --depth;
                const bool object = objects[depth / 64] & (quint64(1) << (depth % 64));
                if (object != (c == '}') || depth == 0) {
                    m_pos = m_base + i + 1;
                    return object == (c == '}') ? Scan::Complete : Scan::Broken;
                }
                break;
            }
            default: break;
            }
        }
        m_pos = bufferEnd();
        if (!refill())
            return Scan::Truncated;
    }
}

// --- Errors ---------------------------------------------------------------------------------

// What QJsonDocument says of the document from `restart` on, put in context by `prefix`, up to
// a little past `hint` (the stream's own idea of where the problem is). Nothing when it sees no
// error there.
std::optional<JsonStream::Error> JsonStream::parseFrom(QByteArrayView prefix, qint64 restart,
                                                       qint64 hint)
{
    for (qint64 cut = hint + margin;; cut = hint + 2 * (cut - hint)) {
        fill(cut);
        const qint64 stop = qMin(cut, bufferEnd());
        QByteArray text = prefix.toByteArray();
        text += QByteArrayView(m_buffer).sliced(qsizetype(restart - m_base),
                                                qsizetype(stop - restart));
        QJsonParseError error;
        QJsonDocument::fromJson(text, &error);
        if (error.error == QJsonParseError::NoError)
            return std::nullopt;
        const qint64 offset = restart + error.offset - prefix.size();
        // Near a cut that is not the document's end, what it reports may be the cut's doing
        // (white space runs on past it): look further.
        if (stop == bufferEnd() && m_atEnd)
            return Error{error.error, offset, error.errorString()};
        if (offset <= stop - margin / 2)
            return Error{error.error, offset, error.errorString()};
    }
}

void JsonStream::fail(QByteArrayView prefix, qint64 restart, qint64 hint)
{
    m_error = parseFrom(prefix, restart, hint)
                  .value_or(makeError(QJsonParseError::IllegalValue, qMax(hint, restart + 1)));
    m_state = State::Done;
}

// Parses [start, end) as a value nested `level` deep. Near the document's end, where
// QJsonDocument's look-ahead sees the end, and on any error, the real bytes from `restart` (in
// the context `prefix`) say what the whole document's parse would.
bool JsonStream::parse(qint64 start, qint64 end, int level, QByteArrayView prefix, qint64 restart,
                       QJsonValue *value)
{
    m_wrapped.resize(0);
    m_wrapped.reserve(qsizetype(end - start) + 2 * level);
    m_wrapped.append(level, '[');
    m_wrapped.append(
        QByteArrayView(m_buffer).sliced(qsizetype(start - m_base), qsizetype(end - start)));
    m_wrapped.append(level, ']');
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(m_wrapped, &error);
    const bool parsed = error.error == QJsonParseError::NoError;
    const bool nearEnd = !fill(end + 8);
    if (!parsed || nearEnd) {
        const auto real = parseFrom(prefix, restart, end);
        if (!parsed || (real && real->offset <= end)) {
            m_error = real.value_or(makeError(error.error, start + error.offset - level));
            m_state = State::Done;
            return false;
        }
    }
    if (value) {
        QJsonValue result = document.array().at(0);
        for (int i = 1; i < level; ++i)
            result = result.toArray().at(0);
        *value = result;
    }
    return true;
}

// --- Structure ------------------------------------------------------------------------------

JsonStream::Root JsonStream::readRoot()
{
    if (m_state != State::Start)
        return Root::Invalid;
    fill(4);
    // QJsonDocument skips a UTF-8 byte-order mark when something follows it; JsonLocator does
    // not, and finds the root at 0.
    const bool bom = m_buffer.startsWith("\xEF\xBB\xBF");
    if (bom && bufferEnd() > 3)
        m_pos = 3;
    skipSpace();
    m_rootOffset = bom ? 0 : m_pos;
    const int c = peek();
    if (c == '{' || c == '[') {
        m_open = m_pos;
        m_keep = m_pos;
        ++m_pos;
        m_rootArray = c == '[';
        m_state = m_rootArray ? State::ArrayStart : State::ObjectStart;
        return m_rootArray ? Root::Array : Root::Object;
    }
    fail(inRoot, 0, m_pos);
    return Root::Invalid;
}

bool JsonStream::nextMember(QString *key, qint64 *keyOffset)
{
    if (m_state == State::Value && !readValue(nullptr, nullptr))
        return false;
    if (m_state != State::ObjectStart && m_state != State::ObjectNext)
        return false;
    skipSpace();
    int c = peek();
    qint64 restart = m_open;
    QByteArrayView prefix = inRoot;
    if (m_state == State::ObjectNext) {
        restart = m_pos;
        prefix = afterMember;
        m_keep = restart;
        if (c == ',') {
            ++m_pos;
            skipSpace();
            c = peek();
        } else if (c != '}') {
            fail(prefix, restart, m_pos);
            return false;
        } else {
            ++m_pos;
            m_state = State::End;
            return false;
        }
    } else if (c == '}') {
        ++m_pos;
        m_state = State::End;
        return false;
    }
    m_memberRestart = restart;
    m_memberPrefix = prefix;
    if (c != '"') {
        fail(prefix, restart, m_pos);
        return false;
    }
    const qint64 keyStart = m_pos;
    if (!skipString()) {
        fail(prefix, restart, m_pos);
        return false;
    }
    QJsonValue name;
    if (!parse(keyStart, m_pos, 1, prefix, restart, &name))
        return false;
    skipSpace();
    if (peek() != ':') {
        fail(prefix, restart, m_pos);
        return false;
    }
    ++m_pos;
    skipSpace();
    if (peek() < 0) {
        fail(prefix, restart, m_pos);
        return false;
    }
    *key = name.toString();
    // QString::fromUtf8 drops a byte-order mark that starts a text: keep the key's, so that
    // "\uFEFFevents" is not taken for "events".
    if (QByteArrayView(m_buffer)
            .sliced(qsizetype(keyStart + 1 - m_base))
            .startsWith("\xEF\xBB\xBF"))
        key->prepend(QChar(0xFEFF));
    *keyOffset = keyStart;
    m_state = State::Value;
    return true;
}

bool JsonStream::atArray()
{
    return m_state == State::Value && peek() == '[';
}

bool JsonStream::readValue(QJsonValue *value, Range *range)
{
    if (m_state != State::Value)
        return false;
    const qint64 start = m_pos;
    if (skipValue() != Scan::Complete) {
        fail(m_memberPrefix, m_memberRestart, m_pos);
        return false;
    }
    if (!parse(start, m_pos, 1, m_memberPrefix, m_memberRestart, value))
        return false;
    if (range)
        *range = {start, m_pos};
    m_state = State::ObjectNext;
    m_keep = m_pos;
    return true;
}

bool JsonStream::enterArray(qint64 *start)
{
    if (!atArray())
        return false;
    m_open = m_pos;
    m_keep = m_pos;
    *start = m_pos;
    ++m_pos;
    m_rootArray = false;
    m_state = State::ArrayStart;
    return true;
}

void JsonStream::closeArray()
{
    m_state = m_rootArray ? State::End : State::ObjectNext;
    m_keep = m_pos;
}

bool JsonStream::nextElement(QJsonValue *value, Range *range)
{
    if (m_state != State::ArrayStart && m_state != State::ArrayNext)
        return false;
    skipSpace();
    const int c = peek();
    qint64 restart = m_open;
    QByteArrayView prefix = m_rootArray ? inRoot : onArray;
    if (m_state == State::ArrayNext) {
        restart = m_pos;
        prefix = m_rootArray ? afterRootElement : afterElement;
        m_keep = restart;
        if (c == ',') {
            ++m_pos;
            skipSpace();
        } else if (c != ']') {
            fail(prefix, restart, m_pos);
            return false;
        }
    }
    if (c == ']') {
        ++m_pos;
        closeArray();
        return false;
    }
    const qint64 start = m_pos;
    if (skipValue() != Scan::Complete) {
        fail(prefix, restart, m_pos);
        return false;
    }
    if (!parse(start, m_pos, m_rootArray ? 1 : 2, prefix, restart, value))
        return false;
    if (range)
        *range = {start, m_pos};
    m_state = State::ArrayNext;
    return true;
}

bool JsonStream::readEnd()
{
    if (m_state != State::End)
        return false;
    const qint64 restart = m_pos;
    m_keep = restart;
    skipSpace();
    if (peek() >= 0) {
        fail(afterRoot, restart, m_pos);
        return false;
    }
    m_state = State::Done;
    return true;
}

bool JsonStream::seekArray(qint64 start)
{
    if (!m_device.seek(start)) {
        m_deviceError = m_device.errorString();
        return false;
    }
    m_buffer.clear();
    m_base = start;
    m_pos = start;
    m_keep = start;
    m_atEnd = false;
    m_error = {};
    if (peek() != '[') {
        // The file changed since it was read.
        m_error = makeError(QJsonParseError::IllegalValue, start + 1);
        m_state = State::Done;
        return false;
    }
    m_open = m_pos;
    ++m_pos;
    m_rootArray = false;
    m_state = State::ArrayStart;
    return true;
}

// --- After the fact -------------------------------------------------------------------------

QByteArray JsonStream::read(const Range &range)
{
    if (range.start >= m_base && range.end <= bufferEnd())
        return m_buffer.mid(qsizetype(range.start - m_base), qsizetype(range.end - range.start));
    const qint64 saved = m_device.pos();
    QByteArray bytes;
    if (m_device.seek(range.start))
        bytes = m_device.read(range.end - range.start);
    m_device.seek(saved);
    return bytes;
}

JsonLocator::Position JsonStream::lineAndColumn(qint64 offset)
{
    JsonLocator::Position result{1, 1};
    const qint64 saved = m_device.pos();
    if (m_device.seek(0)) {
        QByteArray chunk;
        for (qint64 done = 0; done < offset; done += chunk.size()) {
            chunk = m_device.read(qMin(m_chunkSize, offset - done));
            if (chunk.isEmpty())
                break;
            for (const char c : std::as_const(chunk)) {
                if (c == '\n') {
                    ++result.line;
                    result.column = 1;
                } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
                    ++result.column; // count lead bytes only: one per character
                }
            }
        }
    }
    m_device.seek(saved);
    return result;
}

} // namespace storyline
