// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "figuresmodel.h"

#include "uistyle.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace storyline {

FiguresModel::FiguresModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_format(UiStyle::uiLanguage())
{
}

FiguresModel::~FiguresModel() = default;

void FiguresModel::setStory(const Story *story)
{
    beginResetModel();
    m_story = story;
    endResetModel();
}

void FiguresModel::setLanguage(const QString &language)
{
    if (language == m_format.language())
        return;
    m_format = NumberFormat(language);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

const Figure *FiguresModel::figure(const QModelIndex &index) const
{
    if (!m_story || !index.isValid() || index.model() != this || index.row() >= rowCount())
        return nullptr;
    return &m_story->figures.at(index.row());
}

QString FiguresModel::figureId(const QModelIndex &index) const
{
    const Figure *f = figure(index);
    return f ? f->id : QString();
}

QModelIndex FiguresModel::indexOf(const QString &figureId, int column) const
{
    if (!m_story)
        return {};
    for (int row = 0; row < m_story->figures.size(); ++row) {
        if (m_story->figures.at(row).id == figureId)
            return index(row, column);
    }
    return {};
}

int FiguresModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_story ? 0 : int(m_story->figures.size());
}

int FiguresModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FiguresModel::conflictNote(const Figure &figure) const
{
    if (figure.conflictsWith.isEmpty())
        return {};
    QStringList values;
    QSet<QString> articles;
    for (const Figure &other : m_story->figures) {
        if (other.measure != figure.measure
            || (other.id != figure.id && !figure.conflictsWith.contains(other.id)))
            continue;
        values.append(m_format.figure(other));
        articles.insert(other.article);
    }
    //: %1 lists the values: "$2T vs ≈ $1T"
    return tr("%n sources disagree: %1", nullptr, int(articles.size()))
        .arg(values.join(tr(" vs ")));
}

QVariant FiguresModel::data(const QModelIndex &index, int role) const
{
    const Figure *f = figure(index);
    if (!f)
        return {};
    const QString language = m_format.language();
    const Article *article = m_story->article(f->article);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SubjectColumn: return f->subject.text(language);
        case ValueColumn: return m_format.figure(*f);
        case SourceColumn: return article ? UiStyle::articleLabel(*article, language) : f->article;
        case MeasureColumn: return f->measure;
        }
        return {};
    case Qt::ToolTipRole: return f->quote;
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case FigureIdRole: return f->id;
    case KindRole: return int(f->kind);
    case ValueRole: return f->value;
    case UnitRole: return f->unit;
    case ApproximateRole: return f->approximate;
    case ValueTextRole: return m_format.figure(*f);
    case SubjectRole: return f->subject.text(language);
    case MeasureRole: return f->measure;
    case ArticleRole: return f->article;
    case SourceTextRole: return article ? UiStyle::articleLabel(*article, language) : f->article;
    case PublishedRole:
        return article && article->published ? article->published->first() : QDate();
    case EventRole: return f->event;
    case QuoteRole: return f->quote;
    case ConflictsWithRole: return f->conflictsWith;
    case ConflictNoteRole: return conflictNote(*f);
    }
    return {};
}

QVariant FiguresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SubjectColumn: return tr("Subject");
    case ValueColumn: return tr("Value");
    case SourceColumn: return tr("Source");
    case MeasureColumn: return tr("Measure");
    }
    return {};
}

QHash<int, QByteArray> FiguresModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({{FigureIdRole, "figureId"},
                  {KindRole, "kind"},
                  {ValueRole, "value"},
                  {UnitRole, "unit"},
                  {ApproximateRole, "approximate"},
                  {ValueTextRole, "valueText"},
                  {SubjectRole, "subject"},
                  {MeasureRole, "measure"},
                  {ArticleRole, "article"},
                  {SourceTextRole, "sourceText"},
                  {PublishedRole, "published"},
                  {EventRole, "event"},
                  {QuoteRole, "quote"},
                  {ConflictsWithRole, "conflictsWith"},
                  {ConflictNoteRole, "conflictNote"}});
    return names;
}

} // namespace storyline
