// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace storyline::Csv {

// One RFC 4180 record: fields quoted when they hold a comma, a quote or a line break, quotes
// doubled, CRLF at the end. A field that a spreadsheet would run as a formula (it starts with
// = + - @, a tab or a carriage return) gets a leading apostrophe, so an exported article can't
// run code in the reader's spreadsheet (OWASP's advice on CSV injection).
QString record(const QStringList &fields);

// A whole document, UTF-8, with a header row.
QByteArray document(const QStringList &header, const QList<QStringList> &rows);

// Parses an RFC 4180 document (for tests and imports). Apostrophes added by `record` stay.
QList<QStringList> parse(const QString &text);

} // namespace storyline::Csv
