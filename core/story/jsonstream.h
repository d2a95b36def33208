// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jsonlocator.h"

#include <QByteArray>
#include <QJsonParseError>
#include <QJsonValue>
#include <QString>

#include <limits>
#include <optional>

class QIODevice;

namespace storyline {

// Reads a JSON document from a device a chunk at a time, for documents whose QJsonDocument would
// not fit in memory (a story.json of a million events). It walks the root object's members and
// the elements of the arrays among them and has QJsonDocument parse one member value or array
// element at a time; between them it checks the structure itself, tracking only strings and
// brackets, without recursion. Its errors are QJsonDocument's for the whole document: the same
// QJsonParseError::ParseError at the same offset.
//
// Pull-style: readRoot(), then nextMember() and readValue() or enterArray() + nextElement()
// until they return false, then readEnd(). After an error every call returns false.
class JsonStream final
{
public:
    static constexpr qint64 defaultChunkSize = qint64(4) << 20;

    // A value's bytes in the document: [start, end).
    struct Range
    {
        qint64 start = 0;
        qint64 end = 0;
    };

    // A problem found, in QJsonDocument's terms for the whole document.
    struct Error
    {
        QJsonParseError::ParseError error = QJsonParseError::NoError;
        qint64 offset = 0; // where QJsonDocument would have stopped (QJsonParseError::offset)
        QString message; // QJsonParseError::errorString()
    };

    enum class Root { Object, Array, Invalid };

    // Reads `device` (open, positioned at the document's start) `chunkSize` bytes at a time;
    // refuses to read more than `limit` bytes (tooLarge()).
    explicit JsonStream(QIODevice &device, qint64 chunkSize = defaultChunkSize,
                        qint64 limit = std::numeric_limits<qint64>::max());

    Root readRoot();
    // In the root object: reads the next member's key and stops on its value; false at the end
    // of the object or on an error.
    bool nextMember(QString *key, qint64 *keyOffset);
    // Whether the member's value (after nextMember) is an array.
    bool atArray();
    // Reads the member's value whole.
    bool readValue(QJsonValue *value, Range *range);
    // Steps into the member's value, an array; `start` is where it starts.
    bool enterArray(qint64 *start);
    // The next element of the array entered (or of the root array); false after its last one
    // (the array is then closed) or on an error.
    bool nextElement(QJsonValue *value, Range *range);
    // After the root: nothing but white space to the end.
    bool readEnd();

    // Reads the array that is the value of a root member at `start` again, from its first
    // element (a second pass over part of a document read once already).
    bool seekArray(qint64 start);

    bool failed() const { return m_error.error != QJsonParseError::NoError || deviceFailed(); }
    const Error &error() const { return m_error; }
    bool deviceFailed() const { return !m_deviceError.isEmpty() || m_tooLarge; }
    QString deviceError() const { return m_deviceError; }
    bool tooLarge() const { return m_tooLarge; }
    // More than the limit was there (for tooLarge()'s message).
    qint64 bytesRead() const { return m_base + m_buffer.size(); }

    // Bytes of the document consumed so far.
    qint64 position() const { return m_pos; }
    // Where the root value starts (as JsonLocator::valueOffset finds it for the empty path).
    qint64 rootOffset() const { return m_rootOffset; }

    // The bytes of `range`, from the buffer or read again from the device (errors only).
    QByteArray read(const Range &range);
    // Line and column of a byte offset, reading the document again up to it (errors only).
    JsonLocator::Position lineAndColumn(qint64 offset);

private:
    enum class State { Start, ObjectStart, ObjectNext, Value, ArrayStart, ArrayNext, End, Done };
    enum class Scan { Complete, Truncated, Broken };

    int peek();
    bool refill();
    bool fill(qint64 end);
    qint64 bufferEnd() const { return m_base + m_buffer.size(); }
    void skipSpace();
    bool skipString();
    Scan skipValue();
    bool parse(qint64 start, qint64 end, int level, QByteArrayView prefix, qint64 restart,
               QJsonValue *value);
    std::optional<Error> parseFrom(QByteArrayView prefix, qint64 restart, qint64 hint);
    void fail(QByteArrayView prefix, qint64 restart, qint64 hint);
    void closeArray();

    QIODevice &m_device;
    qint64 m_chunkSize;
    qint64 m_limit;
    QByteArray m_buffer; // the document from m_base on
    QByteArray m_wrapped; // a value wrapped for QJsonDocument
    qint64 m_base = 0;
    qint64 m_pos = 0; // the next byte to read
    qint64 m_keep = 0; // bytes from here on stay in the buffer (an error may need them)
    qint64 m_rootOffset = 0;
    qint64 m_open = 0; // the '[' or '{' of the container being read
    qint64 m_memberRestart = 0; // where the member being read starts, for errors in it
    QByteArrayView m_memberPrefix;
    bool m_rootArray = false;
    bool m_atEnd = false;
    bool m_tooLarge = false;
    State m_state = State::Start;
    Error m_error;
    QString m_deviceError;
};

} // namespace storyline
