// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

#include <memory>

class QLineEdit;
class QTreeView;
class QAbstractItemModel;

namespace storyline {

struct Story;
class StorySelection;

// The story's entities grouped by type with their mention counts, sorted with ICU collation in
// the UI language and filtered as the user types (accents and case ignored, aliases included).
// Selecting entities filters the timeline through the shared selection; several combine.
class EntityPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityPanel)

public:
    // Roles of the entity model, beyond Qt's own.
    enum Role { EntityIdRole = Qt::UserRole + 1, EntityTypeRole, MentionCountRole };

    explicit EntityPanel(QWidget *parent = nullptr);
    ~EntityPanel() override;

    void setStory(const Story *story);
    void setSelection(StorySelection *selection);
    void setLanguage(const QString &language);

    QLineEdit *filterField() const;
    QTreeView *view() const;
    // The model the view shows (after filtering), for tests.
    QAbstractItemModel *model() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace storyline
