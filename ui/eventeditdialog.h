// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story/story.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;

namespace storyline {

class StoryDocument;

// Edits an event's title, date and precision. The title is changed in the UI language and in
// every language that had the same text (a proposal's title is the sentence in both); an end
// date is kept at the new precision while it still comes after the start.
class EventEditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventEditDialog)

public:
    EventEditDialog(const Event &event, const QString &language, QWidget *parent = nullptr);

    // The event as edited.
    Event event() const;

    QLineEdit *titleField() const { return m_title; }
    QDateEdit *dateField() const { return m_date; }
    QComboBox *precisionField() const { return m_precision; }

    // The date of `precision` that holds `date`: its week, month, season, quarter or year.
    static PartialDate dateAt(QDate date, Precision precision);

    // Opens the dialog (not modal to the app) for an event of the document; OK edits it with an
    // undoable command.
    static void edit(StoryDocument *document, const QString &eventId, const QString &language,
                     QWidget *parent);

private:
    Event m_event;
    QString m_language;
    QLineEdit *m_title = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_precision = nullptr;
};

} // namespace storyline
