// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonlocator.h"

#include <QList>

namespace storyline::JsonLocator {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

class Scanner
{
public:
    Scanner(QByteArrayView json, const QStringList &target, bool wantKey)
        : m_json(json)
        , m_target(target)
        , m_wantKey(wantKey)
    {
    }

    std::optional<qsizetype> run()
    {
        // Containers being read, innermost last: whether it is an object, and how many
        // members it has had so far.
        struct Frame
        {
            bool object;
            int index;
        };
        QList<Frame> stack;
        QStringList path;
        skipSpace();
        if (m_wantKey == false && m_target.isEmpty())
            return m_pos;
        bool expectValue = true;
        while (m_pos < m_json.size()) {
            if (expectValue) {
                if (!m_wantKey && path == m_target)
                    return m_pos;
                const char c = m_json[m_pos];
                if (c == '{' || c == '[') {
                    ++m_pos;
                    stack.append({c == '{', 0});
                    skipSpace();
                    const char close = c == '{' ? '}' : ']';
                    if (m_pos < m_json.size() && m_json[m_pos] == close) {
                        ++m_pos;
                        stack.removeLast();
                        expectValue = false;
                        continue;
                    }
                    if (!enterMember(stack.last().object, 0, path))
                        return std::nullopt;
                    continue;
                }
                skipScalar();
                expectValue = false;
                continue;
            }
            // After a value: a comma, or the end of the container.
            skipSpace();
            if (m_pos >= m_json.size() || stack.isEmpty())
                return std::nullopt;
            const char c = m_json[m_pos++];
            if (c == ',') {
                path.removeLast();
                Frame &frame = stack.last();
                ++frame.index;
                if (!enterMember(frame.object, frame.index, path))
                    return std::nullopt;
                expectValue = true;
            } else if (c == '}' || c == ']') {
                path.removeLast();
                stack.removeLast();
            } else {
                return std::nullopt;
            }
        }
        return std::nullopt;
    }

private:
    // Reads up to the start of a member's value and pushes its path element.
    bool enterMember(bool object, int index, QStringList &path)
    {
        skipSpace();
        if (!object) {
            path.append(QString::number(index));
            return true;
        }
        if (m_pos >= m_json.size() || m_json[m_pos] != '"')
            return false;
        const qsizetype keyStart = m_pos;
        path.append(readString());
        if (m_wantKey && path == m_target) {
            m_found = keyStart;
            m_pos = m_json.size();
            return false;
        }
        skipSpace();
        if (m_pos >= m_json.size() || m_json[m_pos] != ':')
            return false;
        ++m_pos;
        skipSpace();
        return true;
    }

    void skipSpace()
    {
        while (m_pos < m_json.size() && isSpace(m_json[m_pos]))
            ++m_pos;
    }

    void skipScalar()
    {
        if (m_json[m_pos] == '"') {
            readString();
            return;
        }
        while (m_pos < m_json.size()) {
            const char c = m_json[m_pos];
            if (isSpace(c) || c == ',' || c == '}' || c == ']')
                break;
            ++m_pos;
        }
    }

    // Reads a string at m_pos (on its opening quote) and returns it decoded.
    QString readString()
    {
        ++m_pos;
        QByteArray utf8;
        QString result;
        auto flush = [&] {
            result += QString::fromUtf8(utf8);
            utf8.clear();
        };
        while (m_pos < m_json.size()) {
            const char c = m_json[m_pos++];
            if (c == '"')
                break;
            if (c != '\\') {
                utf8.append(c);
                continue;
            }
            if (m_pos >= m_json.size())
                break;
            const char e = m_json[m_pos++];
            switch (e) {
            case 'b': utf8.append('\b'); break;
            case 'f': utf8.append('\f'); break;
            case 'n': utf8.append('\n'); break;
            case 'r': utf8.append('\r'); break;
            case 't': utf8.append('\t'); break;
            case 'u': {
                int code = 0;
                for (int k = 0; k < 4 && m_pos < m_json.size(); ++k)
                    code = code * 16 + qMax(0, hexValue(m_json[m_pos++]));
                flush();
                result.append(QChar(char16_t(code)));
                break;
            }
            default: utf8.append(e); break;
            }
        }
        flush();
        return result;
    }

    QByteArrayView m_json;
    const QStringList &m_target;
    bool m_wantKey;
    qsizetype m_pos = 0;

public:
    std::optional<qsizetype> m_found;
};

} // namespace

std::optional<qsizetype> valueOffset(QByteArrayView json, const QStringList &path)
{
    Scanner scanner(json, path, false);
    return scanner.run();
}

std::optional<qsizetype> keyOffset(QByteArrayView json, const QStringList &path)
{
    if (path.isEmpty())
        return std::nullopt;
    Scanner scanner(json, path, true);
    scanner.run();
    return scanner.m_found;
}

Position position(QByteArrayView text, qsizetype byteOffset)
{
    Position result{1, 1};
    const qsizetype end = qMin(byteOffset, text.size());
    for (qsizetype i = 0; i < end; ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '\n') {
            ++result.line;
            result.column = 1;
        } else if ((c & 0xC0) != 0x80) {
            ++result.column; // count lead bytes only: one per character
        }
    }
    return result;
}

} // namespace storyline::JsonLocator
