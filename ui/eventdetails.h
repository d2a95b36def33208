// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

class QPushButton;
class QTextBrowser;

namespace storyline {

struct Story;
class StoryDocument;
class StorySelection;

// The selected event in full: title, date with its precision and where the date comes from
// (stated in the text, worked out from the publication date, or public record), summary,
// actors, each source with a link to its quote, and its figures (with disagreements). A
// proposed event (extracted from an article, not yet accepted) says so, with Accept, Edit… and
// Dismiss buttons that change the document (undoable).
class EventDetails final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventDetails)

public:
    explicit EventDetails(QWidget *parent = nullptr);
    ~EventDetails() override;

    void setStory(const Story *story);
    void setSelection(StorySelection *selection);
    // The document the buttons of a proposed event change (not owned; nullptr: no buttons).
    void setDocument(StoryDocument *document);
    void setLanguage(const QString &language);

    QTextBrowser *browser() const;
    // The proposal's buttons, shown only for an extracted event.
    QWidget *proposalBar() const;
    QPushButton *acceptButton() const;
    QPushButton *editButton() const;
    QPushButton *dismissButton() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace storyline
