// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "figureparser.h"
#include "gazetteer.h"
#include "textspan.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>

#include <memory>

namespace storyline {

class TextSegmenter;

// What the analyzer found in one text. Offsets are UTF-16, into the text as given.
struct Analysis
{
    QString language;
    QList<TextSpan> sentences;
    QList<GazetteerMatch> entities;
    QList<FigureMatch> figures;
};

// Composes the text layer: sentences, known entities (the gazetteer), money and percentages.
// It keeps one segmenter and one figure parser per language it has seen. Not thread-safe: use
// one per thread.
class Analyzer final
{
public:
    explicit Analyzer(Gazetteer gazetteer = Gazetteer());
    ~Analyzer();
    Analyzer(const Analyzer &) = delete;
    Analyzer &operator=(const Analyzer &) = delete;

    Analysis analyze(QStringView text, const QString &language) const;

    QList<TextSpan> sentences(QStringView text, const QString &language) const;
    QList<GazetteerMatch> findEntities(QStringView text) const;
    QList<FigureMatch> findFigures(QStringView text, const QString &language) const;

    // "fr" or "en", from the share of each language's most common words; "en" when unsure.
    static QString detectLanguage(QStringView text);

private:
    const TextSegmenter &segmenter(const QString &language) const;
    const FigureParser &figureParser(const QString &language) const;

    Gazetteer m_gazetteer;
    mutable QHash<QString, std::shared_ptr<TextSegmenter>> m_segmenters;
    mutable QHash<QString, std::shared_ptr<FigureParser>> m_figureParsers;
};

} // namespace storyline
