// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

class QTextBrowser;

namespace storyline {

struct Story;
class StorySelection;

// The selected event in full: title, date with its precision and where the date comes from
// (stated in the text, worked out from the publication date, or public record), summary,
// actors, each source with a link to its quote, and its figures (with disagreements).
class EventDetails final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventDetails)

public:
    explicit EventDetails(QWidget *parent = nullptr);
    ~EventDetails() override;

    void setStory(const Story *story);
    void setSelection(StorySelection *selection);
    void setLanguage(const QString &language);

    QTextBrowser *browser() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace storyline
