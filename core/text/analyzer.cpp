// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyzer.h"

#include "textfolder.h"
#include "textsegmenter.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace storyline {

Analyzer::Analyzer(Gazetteer gazetteer)
    : m_gazetteer(std::move(gazetteer))
{
}

Analyzer::~Analyzer() = default;

const TextSegmenter &Analyzer::segmenter(const QString &language) const
{
    auto &slot = m_segmenters[language];
    if (!slot)
        slot = std::make_shared<TextSegmenter>(language);
    return *slot;
}

const FigureParser &Analyzer::figureParser(const QString &language) const
{
    auto &slot = m_figureParsers[language];
    if (!slot)
        slot = std::make_shared<FigureParser>(language);
    return *slot;
}

Analysis Analyzer::analyze(QStringView text, const QString &language) const
{
    Analysis analysis;
    analysis.language = language;
    analysis.sentences = sentences(text, language);
    analysis.entities = findEntities(text);
    analysis.figures = findFigures(text, language);
    return analysis;
}

QList<TextSpan> Analyzer::sentences(QStringView text, const QString &language) const
{
    return segmenter(language).sentences(text);
}

QList<GazetteerMatch> Analyzer::findEntities(QStringView text) const
{
    return m_gazetteer.find(text);
}

QList<FigureMatch> Analyzer::findFigures(QStringView text, const QString &language) const
{
    return figureParser(language).find(text);
}

QString Analyzer::detectLanguage(QStringView text)
{
    // Function words are frequent, short and rarely shared between the two languages.
    static const QSet<QString> french{
        u"le"_s,   u"la"_s,   u"les"_s,  u"des"_s,   u"du"_s,   u"une"_s,  u"est"_s,  u"et"_s,
        u"dans"_s, u"pour"_s, u"qui"_s,  u"que"_s,   u"sur"_s,  u"avec"_s, u"pas"_s,  u"au"_s,
        u"aux"_s,  u"ont"_s,  u"sont"_s, u"cette"_s, u"mais"_s, u"il"_s,   u"elle"_s, u"de"_s};
    static const QSet<QString> english{
        u"the"_s,  u"and"_s, u"of"_s,   u"to"_s,    u"in"_s,  u"is"_s,   u"that"_s, u"for"_s,
        u"with"_s, u"was"_s, u"on"_s,   u"are"_s,   u"by"_s,  u"this"_s, u"from"_s, u"it"_s,
        u"have"_s, u"has"_s, u"were"_s, u"which"_s, u"but"_s, u"not"_s,  u"its"_s,  u"an"_s};
    const QString folded = TextFolder::fold(text.first(qMin<qsizetype>(text.size(), 20000)));
    int fr = 0;
    int en = 0;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= folded.size(); ++i) {
        const bool letter = i < folded.size() && folded.at(i).isLetter();
        if (letter && start < 0) {
            start = i;
        } else if (!letter && start >= 0) {
            const QString word = folded.sliced(start, i - start);
            fr += french.contains(word);
            en += english.contains(word);
            start = -1;
        }
    }
    return fr > en ? u"fr"_s : u"en"_s;
}

} // namespace storyline
