// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story.h"
#include "text/analyzer.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace storyline {

// Turns the dated sentences of an analysed article into proposed events (Event::extracted):
// for each date with a value, the sentence that holds it, with the date, its precision and
// basis, a short title, the known entities it names as actors, and itself as the quote. A
// sentence that gives the same date twice proposes one event. Plain values, no widgets: the
// window shows the proposals and the user accepts, edits or dismisses them.
class EventProposer final
{
public:
    // Titles are cut at a word boundary near this length.
    static constexpr int titleLength = 80;

    // `article`: its id, language and text (quotes are taken from the text). `analysis`: of the
    // text, or of `matchText`, a text of the same length with markup blanked out with spaces
    // (ImportedArticle::matchText), which then also decides where a sentence starts and ends.
    static QList<Event> propose(const Article &article, const Analysis &analysis,
                                QStringView matchText = {});

    // The sentence on one line, cut at a word boundary before `length` characters with "…".
    static QString shortTitle(QStringView sentence, int length = titleLength);
};

} // namespace storyline
