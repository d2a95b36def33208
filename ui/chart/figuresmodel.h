// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "story/story.h"
#include "text/numberformat.h"

#include <QAbstractTableModel>

namespace storyline {

// The story's figures as a table, one row per figure in story order: what the figures chart
// draws and what a table view could list. The values come from the story (parsed from the
// quotes), the labels from NumberFormat in the model's language.
class FiguresModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FiguresModel)

public:
    enum Column { SubjectColumn, ValueColumn, SourceColumn, MeasureColumn, ColumnCount };

    enum Role {
        FigureIdRole = Qt::UserRole,
        KindRole, // FigureKind, as int
        ValueRole, // double: dollars (or the currency's unit), or percent
        UnitRole, // ISO 4217 currency, or "%"
        ApproximateRole, // bool
        ValueTextRole, // compact label: "$2T", "≈ $1T", "17%"
        SubjectRole, // in the model's language
        MeasureRole,
        ArticleRole, // article id
        SourceTextRole, // "L'Economiste Maghrébin, 1 February 2025 (a001)"
        PublishedRole, // QDate: first day of the article's publication, or invalid
        EventRole, // event id, or empty
        QuoteRole, // the exact words of the article
        ConflictsWithRole, // QStringList of figure ids
        ConflictNoteRole, // "2 sources disagree: $2T vs ≈ $1T", or empty
    };
    Q_ENUM(Role)

    explicit FiguresModel(QObject *parent = nullptr);
    ~FiguresModel() override;

    // The story must outlive the model or be replaced first; nullptr empties it.
    void setStory(const Story *story);
    const Story *story() const { return m_story; }

    void setLanguage(const QString &language);
    QString language() const { return m_format.language(); }

    const Figure *figure(const QModelIndex &index) const;
    QString figureId(const QModelIndex &index) const;
    QModelIndex indexOf(const QString &figureId, int column = 0) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QString conflictNote(const Figure &figure) const;

    const Story *m_story = nullptr;
    NumberFormat m_format;
};

} // namespace storyline
