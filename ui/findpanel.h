// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/textspan.h"

#include <QWidget>

#include <memory>

class QLineEdit;
class QListWidget;

namespace storyline {

struct Story;

// Find across all the story's articles, accent- and case-insensitively (ICU folding), through a
// SearchIndex (built on a worker thread for big stories): a result per match with its article
// and the words around it, the first 500 listed, all counted. Activating a result asks the window
// to show it (the panel does not talk to the reader itself).
class FindPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FindPanel)

public:
    explicit FindPanel(QWidget *parent = nullptr);
    ~FindPanel() override;

    void setStory(const Story *story);
    void setLanguage(const QString &language);

    QLineEdit *field() const;
    QListWidget *results() const;
    // What the panel says above the results ("3 matches in 2 articles").
    QString summary() const;
    // Whether the story's articles are being indexed on a worker thread (big stories), or the
    // matches of a query counted there (queries the index alone cannot answer in time).
    bool isIndexing() const;
    bool isCounting() const;

public slots:
    void search(const QString &text);
    void focusField();

signals:
    void matchActivated(const QString &articleId, storyline::TextSpan span);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace storyline
