// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QStringView>

#include <vector>

class QIODevice;

namespace storyline {

// Writes JSON value by value, byte for byte as QJsonDocument::toJson(Indented) would, into a
// device: for files too large to hold as one QJsonDocument. QJsonObject sorts its keys, so a
// caller that wants StoryWriter's layout writes each object's keys in that order (by UTF-16
// code unit). Strings are escaped as Qt escapes them, lone surrogates included.
class IndentedJsonWriter final
{
public:
    explicit IndentedJsonWriter(QIODevice *device);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // An object member's name; its value comes next.
    void key(QStringView name);

    void value(QStringView text);
    void value(int number);
    void null();

    // Sends what is buffered to the device; false when this or an earlier write failed.
    bool flush();

private:
    void beginValue();
    void endContainer(char close);
    void indent();
    void appendString(QStringView text);

    QIODevice *m_device;
    QByteArray m_buffer;
    std::vector<int> m_counts; // values written so far in each open container
    bool m_afterKey = false;
    bool m_failed = false;
};

} // namespace storyline
