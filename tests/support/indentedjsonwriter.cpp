// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "indentedjsonwriter.h"

#include <QIODevice>

namespace storyline {

namespace {

// Written to the device in pieces of about this size.
constexpr qsizetype chunkSize = 1 << 20;

char hexDigit(uint value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

char *escapeUnit(char *out, char16_t unit)
{
    *out++ = '\\';
    *out++ = 'u';
    for (int shift = 12; shift >= 0; shift -= 4)
        *out++ = hexDigit((unit >> shift) & 0xF);
    return out;
}

} // namespace

IndentedJsonWriter::IndentedJsonWriter(QIODevice *device)
    : m_device(device)
{
    m_buffer.reserve(chunkSize + chunkSize / 4);
}

void IndentedJsonWriter::beginObject()
{
    beginValue();
    m_buffer += "{\n";
    m_counts.push_back(0);
}

void IndentedJsonWriter::endObject()
{
    endContainer('}');
}

void IndentedJsonWriter::beginArray()
{
    beginValue();
    m_buffer += "[\n";
    m_counts.push_back(0);
}

void IndentedJsonWriter::endArray()
{
    endContainer(']');
}

void IndentedJsonWriter::key(QStringView name)
{
    m_afterKey = false;
    beginValue();
    appendString(name);
    m_buffer += ": ";
    m_afterKey = true;
}

void IndentedJsonWriter::value(QStringView text)
{
    beginValue();
    appendString(text);
}

void IndentedJsonWriter::value(int number)
{
    beginValue();
    m_buffer += QByteArray::number(number);
}

void IndentedJsonWriter::null()
{
    beginValue();
    m_buffer += "null";
}

bool IndentedJsonWriter::flush()
{
    if (!m_failed && !m_buffer.isEmpty())
        m_failed = m_device->write(m_buffer) != m_buffer.size();
    m_buffer.clear();
    return !m_failed;
}

// A value inside an array goes on a line of its own; after a key it follows on the key's line.
void IndentedJsonWriter::beginValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_counts.empty())
        return;
    if (m_counts.back()++ > 0)
        m_buffer += ",\n";
    indent();
}

void IndentedJsonWriter::endContainer(char close)
{
    if (m_counts.back() > 0)
        m_buffer += '\n';
    m_counts.pop_back();
    indent();
    m_buffer += close;
    if (m_counts.empty())
        m_buffer += '\n';
    if (m_buffer.size() >= chunkSize)
        flush();
}

void IndentedJsonWriter::indent()
{
    m_buffer.append(qsizetype(4 * m_counts.size()), ' ');
}

void IndentedJsonWriter::appendString(QStringView text)
{
    // At most six bytes per UTF-16 unit (\u001f), and two quotes.
    const qsizetype start = m_buffer.size();
    m_buffer.resize(start + 6 * text.size() + 2);
    char *out = m_buffer.data() + start;
    *out++ = '"';
    const char16_t *unit = text.utf16();
    const char16_t *const end = unit + text.size();
    while (unit != end) {
        const char16_t u = *unit++;
        if (u >= 0x20 && u < 0x80 && u != u'"' && u != u'\\') {
            *out++ = char(u);
        } else if (u < 0x80) {
            *out++ = '\\';
            switch (u) {
            case u'"': *out++ = '"'; break;
            case u'\\': *out++ = '\\'; break;
            case u'\b': *out++ = 'b'; break;
            case u'\f': *out++ = 'f'; break;
            case u'\n': *out++ = 'n'; break;
            case u'\r': *out++ = 'r'; break;
            case u'\t': *out++ = 't'; break;
            default: --out; out = escapeUnit(out, u);
            }
        } else if (u < 0x800) {
            *out++ = char(0xC0 | (u >> 6));
            *out++ = char(0x80 | (u & 0x3F));
        } else if (QChar::isHighSurrogate(u) && unit != end && QChar::isLowSurrogate(*unit)) {
            const char32_t c = QChar::surrogateToUcs4(u, *unit++);
            *out++ = char(0xF0 | (c >> 18));
            *out++ = char(0x80 | ((c >> 12) & 0x3F));
            *out++ = char(0x80 | ((c >> 6) & 0x3F));
            *out++ = char(0x80 | (c & 0x3F));
        } else if (QChar::isSurrogate(u)) {
            // Half a pair has no UTF-8 form; Qt writes it as an escape.
            out = escapeUnit(out, u);
        } else {
            *out++ = char(0xE0 | (u >> 12));
            *out++ = char(0x80 | ((u >> 6) & 0x3F));
            *out++ = char(0x80 | (u & 0x3F));
        }
    }
    *out++ = '"';
    m_buffer.truncate(out - m_buffer.constData());
}

} // namespace storyline
