// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/textspan.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QPlainTextEdit;

namespace storyline {

struct Story;
class StorySelection;

// The reader: one source article as plain text (never interpreted as HTML), its headline,
// outlet and date, with entity mentions highlighted by type (colour plus underline style, and a
// legend) and figures marked. It follows the shared selection: an event shows its source
// scrolled to the quote with the sentence marked (with a tab per source when there are
// several), a figure shows the sentence that states it, and the focused entity's mentions stand
// out. Clicking a mention selects its entity (Ctrl+click adds it to the filter); hovering names
// it. Ctrl+F finds in the article, accent- and case-insensitively.
class ArticleView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArticleView)

public:
    explicit ArticleView(QWidget *parent = nullptr);
    ~ArticleView() override;

    void setStory(const Story *story);
    void setSelection(StorySelection *selection);
    void setLanguage(const QString &language);

    QString currentArticle() const;
    // Shows an article (e.g. from a search result) and marks `span` in it.
    void showArticle(const QString &articleId, TextSpan mark = {});

    // The text as shown, and the span of the marked quote or sentence, for tests.
    QString displayedText() const;
    TextSpan markedQuote() const;
    TextSpan markedSentence() const;
    // Where a text offset is drawn, in the text viewport's coordinates (for tests).
    QPoint viewportPosition(qsizetype offset) const;
    QPlainTextEdit *textEdit() const;

signals:
    // The user gave a publication date ("YYYY-MM-DD") to an article that had none.
    void publicationDateChosen(const QString &articleId, const QString &date);

public slots:
    void showFindBar();
    void findNext();
    void findPrevious();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace storyline
