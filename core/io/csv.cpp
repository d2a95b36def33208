// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv.h"

using namespace Qt::StringLiterals;

namespace storyline::Csv {

namespace {

QString field(QString text)
{
    if (!text.isEmpty()) {
        const QChar first = text.front();
        if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t'
            || first == u'\r') {
            // A number such as -17 is data, not a formula.
            bool isNumber = false;
            text.toDouble(&isNumber);
            if (!isNumber)
                text.prepend(u'\'');
        }
    }
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n')
        || text.contains(u'\r')) {
        text.replace(u"\""_s, u"\"\""_s);
        return u'"' % text % u'"';
    }
    return text;
}

} // namespace

QString record(const QStringList &fields)
{
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line += u',';
        line += field(fields.at(i));
    }
    return line % u"\r\n";
}

QByteArray document(const QStringList &header, const QList<QStringList> &rows)
{
    QString text = record(header);
    for (const QStringList &row : rows)
        text += record(row);
    return text.toUtf8();
}

QList<QStringList> parse(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString current;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    current += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                current += c;
            }
            continue;
        }
        if (c == u'"' && current.isEmpty()) {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            row.append(current);
            current.clear();
            fieldStarted = true;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            row.append(current);
            rows.append(row);
            row.clear();
            current.clear();
            fieldStarted = false;
        } else {
            current += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !current.isEmpty() || !row.isEmpty()) {
        row.append(current);
        rows.append(row);
    }
    return rows;
}

} // namespace storyline::Csv
