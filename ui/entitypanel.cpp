// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitypanel.h"

#include "storyselection.h"
#include "uistyle.h"

#include "story/story.h"
#include "text/collator.h"
#include "text/textfolder.h"

#include <QEvent>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace storyline {

namespace {

constexpr int SearchKeyRole = EntityPanel::MentionCountRole + 1;

// Keeps the entities whose name or aliases contain the typed text, folded; a type heading stays
// while one of its entities does.
class EntityFilterModel final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    void setNeedle(const QString &text)
    {
        m_needle = TextFolder::fold(text).trimmed();
        invalidateFilter();
    }

protected:
    bool filterAcceptsRow(int row, const QModelIndex &parent) const override
    {
        if (m_needle.isEmpty())
            return true;
        const QModelIndex index = sourceModel()->index(row, 0, parent);
        if (!parent.isValid()) { // a type heading
            for (int i = 0; i < sourceModel()->rowCount(index); ++i) {
                if (filterAcceptsRow(i, index))
                    return true;
            }
            return false;
        }
        return index.data(SearchKeyRole).toString().contains(m_needle);
    }

private:
    QString m_needle;
};

QIcon typeIcon(EntityType type)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(UiStyle::entityColor(type));
    painter.setPen(Qt::NoPen);
    painter.drawEllipse(QRectF(3, 3, 10, 10));
    return QIcon(pixmap);
}

} // namespace

struct EntityPanel::Private
{
    EntityPanel *q = nullptr;
    const Story *story = nullptr;
    QPointer<StorySelection> selection;
    QString language = u"en"_s;
    QLineEdit *filter = nullptr;
    QTreeView *view = nullptr;
    QPushButton *clear = nullptr;
    QLabel *hint = nullptr;
    QStandardItemModel *model = nullptr;
    EntityFilterModel *proxy = nullptr;
    bool syncing = false;

    void rebuild();
    void pushSelection();
    void pullSelection();
};

void EntityPanel::Private::rebuild()
{
    model->clear();
    model->setHorizontalHeaderLabels({EntityPanel::tr("Entity"), EntityPanel::tr("Mentions")});
    if (!story)
        return;
    QHash<QString, int> counts;
    for (const Mention &mention : story->mentions)
        ++counts[mention.entity];
    const Collator collator(language);
    for (EntityType type : {EntityType::Person, EntityType::Organization, EntityType::Place,
                            EntityType::Product, EntityType::Event}) {
        QList<const Entity *> entities;
        for (const Entity &entity : story->entities) {
            if (entity.type == type)
                entities.append(&entity);
        }
        if (entities.isEmpty())
            continue;
        std::sort(entities.begin(), entities.end(), [&](const Entity *a, const Entity *b) {
            return collator(a->displayName(language), b->displayName(language));
        });
        auto *heading = new QStandardItem(typeIcon(type), UiStyle::entityTypeLabel(type, true));
        heading->setSelectable(false);
        heading->setEditable(false);
        QFont bold = q->font();
        bold.setBold(true);
        heading->setFont(bold);
        auto *headingCount = new QStandardItem(QString::number(entities.size()));
        headingCount->setSelectable(false);
        headingCount->setEditable(false);
        for (const Entity *entity : std::as_const(entities)) {
            auto *name = new QStandardItem(entity->displayName(language));
            name->setEditable(false);
            name->setData(entity->id, EntityIdRole);
            name->setData(int(entity->type), EntityTypeRole);
            name->setData(counts.value(entity->id), MentionCountRole);
            const QString searchable
                = QStringList{entity->name, entity->displayName(language)}.join(u' ') % u' '
                % entity->aliases.join(u' ');
            name->setData(TextFolder::fold(searchable), SearchKeyRole);
            name->setToolTip(entity->aliases.isEmpty() ? UiStyle::entityTypeLabel(type)
                                                       : EntityPanel::tr("%1 — also “%2”")
                                                             .arg(UiStyle::entityTypeLabel(type),
                                                                  entity->aliases.join(u"”, “"_s)));
            auto *count = new QStandardItem(QString::number(counts.value(entity->id)));
            count->setEditable(false);
            count->setData(Qt::AlignRight, Qt::TextAlignmentRole);
            count->setData(entity->id, EntityIdRole);
            heading->appendRow({name, count});
        }
        model->appendRow({heading, headingCount});
    }
    view->expandAll();
    view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    pullSelection();
}

void EntityPanel::Private::pushSelection()
{
    if (syncing || !selection)
        return;
    QStringList ids;
    const QModelIndexList rows = view->selectionModel()->selectedRows(0);
    for (const QModelIndex &index : rows) {
        const QString id = index.data(EntityIdRole).toString();
        if (!id.isEmpty())
            ids.append(id);
    }
    // Entities filtered out of the list stay selected: typing must not drop a filter.
    for (const QString &id : selection->entities()) {
        bool visible = false;
        for (int r = 0; r < proxy->rowCount() && !visible; ++r) {
            const QModelIndex heading = proxy->index(r, 0);
            for (int c = 0; c < proxy->rowCount(heading) && !visible; ++c)
                visible = proxy->index(c, 0, heading).data(EntityIdRole).toString() == id;
        }
        if (!visible && !ids.contains(id))
            ids.append(id);
    }
    syncing = true;
    selection->setEntities(ids);
    if (!ids.isEmpty())
        selection->setFocusedEntity(ids.last());
    syncing = false;
    clear->setEnabled(!ids.isEmpty());
}

void EntityPanel::Private::pullSelection()
{
    if (syncing)
        return;
    const QStringList ids = selection ? selection->entities() : QStringList();
    syncing = true;
    QItemSelection items;
    for (int r = 0; r < proxy->rowCount(); ++r) {
        const QModelIndex heading = proxy->index(r, 0);
        for (int c = 0; c < proxy->rowCount(heading); ++c) {
            const QModelIndex index = proxy->index(c, 0, heading);
            if (ids.contains(index.data(EntityIdRole).toString()))
                items.select(index, proxy->index(c, 1, heading));
        }
    }
    view->selectionModel()->select(items, QItemSelectionModel::ClearAndSelect);
    syncing = false;
    clear->setEnabled(!ids.isEmpty());
}

EntityPanel::EntityPanel(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    d->filter = new QLineEdit(this);
    d->filter->setClearButtonEnabled(true);
    d->model = new QStandardItemModel(this);
    d->proxy = new EntityFilterModel(this);
    d->proxy->setSourceModel(d->model);
    d->view = new QTreeView(this);
    d->view->setModel(d->proxy);
    d->view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    d->view->setSelectionBehavior(QAbstractItemView::SelectRows);
    d->view->setRootIsDecorated(true);
    d->view->setUniformRowHeights(true);
    d->view->setAllColumnsShowFocus(true);
    d->view->setHeaderHidden(true);
    d->view->setIndentation(14);
    d->hint = new QLabel(this);
    d->hint->setWordWrap(true);
    d->hint->setForegroundRole(QPalette::PlaceholderText);
    d->clear = new QPushButton(this);
    d->clear->setEnabled(false);
    layout->addWidget(d->filter);
    layout->addWidget(d->view, 1);
    layout->addWidget(d->hint);
    layout->addWidget(d->clear);

    connect(d->filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        d->syncing = true;
        d->proxy->setNeedle(text);
        d->view->expandAll();
        d->syncing = false;
        d->pullSelection();
    });
    connect(d->view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { d->pushSelection(); });
    connect(d->clear, &QPushButton::clicked, this, [this] {
        if (d->selection)
            d->selection->setEntities({});
    });
    QEvent retranslate(QEvent::LanguageChange);
    changeEvent(&retranslate);
}

EntityPanel::~EntityPanel() = default;

void EntityPanel::setStory(const Story *story)
{
    d->story = story;
    d->rebuild();
}

void EntityPanel::setSelection(StorySelection *selection)
{
    if (d->selection)
        disconnect(d->selection, nullptr, this, nullptr);
    d->selection = selection;
    if (selection)
        connect(selection, &StorySelection::entitiesChanged, this, [this] { d->pullSelection(); });
    d->pullSelection();
}

void EntityPanel::setLanguage(const QString &language)
{
    d->language = language;
    d->rebuild();
}

QLineEdit *EntityPanel::filterField() const
{
    return d->filter;
}

QTreeView *EntityPanel::view() const
{
    return d->view;
}

QAbstractItemModel *EntityPanel::model() const
{
    return d->proxy;
}

void EntityPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        d->filter->setPlaceholderText(tr("Filter entities (accents and case ignored)"));
        d->filter->setAccessibleName(tr("Filter entities"));
        d->view->setAccessibleName(tr("Entities"));
        d->view->setAccessibleDescription(
            tr("Select entities to show only the events that involve all of them"));
        d->hint->setText(tr(
            "Select one or more to show only the events that involve them (Ctrl+click to add)."));
        d->clear->setText(tr("Show all events"));
        d->clear->setToolTip(tr("Clear the entity filter"));
        d->rebuild();
    }
    QWidget::changeEvent(event);
}

} // namespace storyline
