// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "textspan.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <memory>

namespace storyline {

class TextSegmenter;

struct GazetteerMatch
{
    QString id; // the entry's id
    TextSpan span;

    friend bool operator==(const GazetteerMatch &, const GazetteerMatch &) = default;
};

// Finds known names in a text: on word boundaries ("H20" never inside "H200", "mai" never inside
// "mais"), longest match first, accent- and case-insensitive except for names that look like
// acronyms or codes (two capitals or more, or a digit), which must match exactly. Matching walks
// the words of the text and looks each up by its folded form, so the cost grows with the text,
// not with the number of names.
//
// Not thread-safe (it keeps an ICU word iterator): use one per thread.
class Gazetteer final
{
public:
    Gazetteer();
    ~Gazetteer();
    Gazetteer(Gazetteer &&) noexcept;
    Gazetteer &operator=(Gazetteer &&) noexcept;

    // Adds a name for the entry `id`.
    void add(const QString &id, const QString &name);
    bool isEmpty() const { return m_byFirstKey.isEmpty(); }

    QList<GazetteerMatch> find(QStringView text) const;

    // Whether a word of a name is matched exactly (acronyms and codes: two capitals or more, or a
    // digit) rather than folded.
    static bool isCaseSensitive(QStringView word);

private:
    struct Name
    {
        QString id;
        QStringList words; // the name's words as written
        QStringList keys; // their folded forms
        QStringList separators; // what stands between word i and i+1, normalised
        QString trailing; // punctuation after the last word that belongs to the name ("D.C.")
    };
    bool matchesAt(const Name &name, QStringView text, const QList<TextSpan> &words,
                   const QStringList &keys, qsizetype at) const;

    std::unique_ptr<TextSegmenter> m_words;
    QHash<QString, QList<Name>> m_byFirstKey; // sorted longest first
};

} // namespace storyline
