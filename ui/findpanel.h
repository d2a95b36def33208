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

// Find across all the story's articles, accent- and case-insensitively (ICU folding): a result
// per match with its article and the words around it. Activating a result asks the window to
// show it (the panel does not talk to the reader itself).
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
