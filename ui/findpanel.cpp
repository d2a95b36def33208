// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findpanel.h"

#include "uistyle.h"

#include "story/story.h"
#include "text/textfolder.h"

#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace storyline {

namespace {

enum Role { ArticleRole = Qt::UserRole + 1, StartRole, EndRole };

} // namespace

struct FindPanel::Private
{
    const Story *story = nullptr;
    QString language = u"en"_s;
    QLineEdit *field = nullptr;
    QLabel *summary = nullptr;
    QListWidget *results = nullptr;
};

FindPanel::FindPanel(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    d->field = new QLineEdit(this);
    d->field->setClearButtonEnabled(true);
    d->summary = new QLabel(this);
    d->results = new QListWidget(this);
    d->results->setWordWrap(true);
    d->results->setUniformItemSizes(false);
    d->results->setAlternatingRowColors(true);
    layout->addWidget(d->field);
    layout->addWidget(d->summary);
    layout->addWidget(d->results, 1);
    connect(d->field, &QLineEdit::textChanged, this, &FindPanel::search);
    connect(d->results, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit matchActivated(
            item->data(ArticleRole).toString(),
            TextSpan{item->data(StartRole).toLongLong(), item->data(EndRole).toLongLong()});
    });
    connect(d->results, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
        emit matchActivated(
            item->data(ArticleRole).toString(),
            TextSpan{item->data(StartRole).toLongLong(), item->data(EndRole).toLongLong()});
    });
    QEvent retranslate(QEvent::LanguageChange);
    changeEvent(&retranslate);
}

FindPanel::~FindPanel() = default;

void FindPanel::setStory(const Story *story)
{
    d->story = story;
    search(d->field->text());
}

void FindPanel::setLanguage(const QString &language)
{
    d->language = language;
    search(d->field->text());
}

QLineEdit *FindPanel::field() const
{
    return d->field;
}

QListWidget *FindPanel::results() const
{
    return d->results;
}

void FindPanel::focusField()
{
    d->field->setFocus();
    d->field->selectAll();
}

void FindPanel::search(const QString &text)
{
    d->results->clear();
    if (!d->story || text.trimmed().isEmpty()) {
        d->summary->clear();
        return;
    }
    int articles = 0;
    int total = 0;
    for (const Article &article : d->story->articles) {
        const QList<TextSpan> spans = TextFolder::findAll(article.text, text);
        if (spans.isEmpty())
            continue;
        ++articles;
        for (const TextSpan &span : spans) {
            ++total;
            // The match with some words either side, on one line.
            const qsizetype from = qMax<qsizetype>(0, span.start - 50);
            const qsizetype to = qMin(article.text.size(), span.end + 50);
            const QString context = (from > 0 ? u"…"_s : QString())
                % article.text.sliced(from, to - from).simplified()
                % (to < article.text.size() ? u"…"_s : QString());
            auto *item = new QListWidgetItem(
                u"%1\n%2"_s.arg(UiStyle::articleLabel(article, d->language), context), d->results);
            item->setData(ArticleRole, article.id);
            item->setData(StartRole, qlonglong(span.start));
            item->setData(EndRole, qlonglong(span.end));
            item->setToolTip(article.text.sliced(span.start, span.length()));
        }
    }
    d->summary->setText(total == 0 ? tr("No match in the articles")
                                   : tr("%n match(es)", nullptr, total) % u' '
                                % tr("in %n article(s)", nullptr, articles));
}

void FindPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        d->field->setPlaceholderText(tr("Find in all articles (accents and case ignored)"));
        d->field->setAccessibleName(tr("Find in all articles"));
        d->results->setAccessibleName(tr("Matches in the articles"));
        search(d->field->text());
    }
    QWidget::changeEvent(event);
}

} // namespace storyline
