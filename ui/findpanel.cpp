// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "findpanel.h"

#include "uistyle.h"

#include "story/story.h"
#include "text/searchindex.h"

#include <QEvent>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <climits>

using namespace Qt::StringLiterals;

namespace storyline {

namespace {

enum Role { ArticleRole = Qt::UserRole + 1, StartRole, EndRole };

// Stories with less text than this are indexed at once; bigger ones on a worker thread, the
// panel saying so meanwhile.
constexpr qsizetype synchronousIndexChars = 4 * 1024 * 1024;
// Matches listed (the count covers them all), and how long the first answer to a query that
// needs articles read may take before the rest is counted on a worker thread.
constexpr int listedMatches = 500;
constexpr std::chrono::milliseconds firstAnswerBudget(30);

using Index = std::shared_ptr<const SearchIndex>;
using Flag = std::shared_ptr<std::atomic_bool>;

} // namespace

struct FindPanel::Private
{
    void show(const SearchIndex::Answer &answer);
    void stopWorkers();
    // Watches `future` (work on a worker thread); `done` gets its result on this thread.
    template<typename T, typename Done> void whenDone(const QFuture<T> &future, Done done);

    FindPanel *q = nullptr;
    const Story *story = nullptr;
    QString language = u"en"_s;
    QLineEdit *field = nullptr;
    QLabel *summary = nullptr;
    QListWidget *results = nullptr;

    Index index;
    // The work under way on worker threads; each has a watcher of its own, and answers only
    // while its flag is still the current one.
    Flag buildCancelled;
    Flag countCancelled;
    QList<QFuture<void>> running; // waited for when the panel goes
};

void FindPanel::Private::stopWorkers()
{
    if (buildCancelled)
        buildCancelled->store(true);
    if (countCancelled)
        countCancelled->store(true);
    buildCancelled.reset();
    countCancelled.reset();
}

template<typename T, typename Done>
void FindPanel::Private::whenDone(const QFuture<T> &future, Done done)
{
    auto *watcher = new QFutureWatcher<T>(q);
    QObject::connect(watcher, &QFutureWatcher<T>::finished, q, [watcher, done] {
        watcher->deleteLater();
        done(watcher->result());
    });
    running.removeIf([](const QFuture<void> &f) { return f.isFinished(); });
    running.append(QFuture<void>(future));
    watcher->setFuture(future);
}

void FindPanel::Private::show(const SearchIndex::Answer &answer)
{
    results->clear();
    const QList<Article> &articles = index->articles();
    for (const SearchIndex::Match &match : answer.matches) {
        const Article &article = articles.at(match.article);
        const TextSpan span = match.span;
        // The match with some words either side, on one line.
        const qsizetype from = qMax<qsizetype>(0, span.start - 50);
        const qsizetype to = qMin(article.text.size(), span.end + 50);
        const QString context = (from > 0 ? u"…"_s : QString())
            % article.text.sliced(from, to - from).simplified()
            % (to < article.text.size() ? u"…"_s : QString());
        auto *item = new QListWidgetItem(
            u"%1\n%2"_s.arg(UiStyle::articleLabel(article, language), context), results);
        item->setData(ArticleRole, article.id);
        item->setData(StartRole, qlonglong(span.start));
        item->setData(EndRole, qlonglong(span.end));
        item->setToolTip(article.text.sliced(span.start, span.length()));
    }
    if (answer.matchCount == 0) {
        summary->setText(answer.complete ? FindPanel::tr("No match in the articles")
                                         : FindPanel::tr("Searching the articles…"));
        return;
    }
    QString text
        = FindPanel::tr("%n match(es)", nullptr, int(qMin<qint64>(answer.matchCount, INT_MAX)))
        % u' ' % FindPanel::tr("in %n article(s)", nullptr, answer.articleCount);
    if (!answer.complete)
        text = FindPanel::tr("%1 so far, still searching…").arg(text);
    else if (answer.matchCount > answer.matches.size())
        text = FindPanel::tr("%1 (the first %2 listed)").arg(text).arg(answer.matches.size());
    summary->setText(text);
}

FindPanel::FindPanel(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
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

FindPanel::~FindPanel()
{
    d->stopWorkers();
    for (QFuture<void> &future : d->running)
        future.waitForFinished();
}

void FindPanel::setStory(const Story *story)
{
    d->stopWorkers();
    d->story = story;
    d->index.reset();
    if (story) {
        qsizetype chars = 0;
        for (const Article &article : story->articles)
            chars += article.text.size();
        if (chars <= synchronousIndexChars) {
            d->index = std::make_shared<const SearchIndex>(story->articles);
        } else {
            const Flag flag = std::make_shared<std::atomic_bool>(false);
            d->buildCancelled = flag;
            d->whenDone(QtConcurrent::run([articles = story->articles, flag] {
                            return std::make_shared<const SearchIndex>(articles, flag.get());
                        }),
                        [this, flag](const Index &index) {
                            if (d->buildCancelled != flag) // a newer story took over
                                return;
                            d->buildCancelled.reset();
                            d->index = index;
                            search(d->field->text());
                        });
        }
    }
    search(d->field->text());
}

bool FindPanel::isIndexing() const
{
    return d->buildCancelled != nullptr;
}

bool FindPanel::isCounting() const
{
    return d->countCancelled != nullptr;
}

QString FindPanel::summary() const
{
    return d->summary->text();
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
    if (d->countCancelled) {
        d->countCancelled->store(true);
        d->countCancelled.reset();
    }
    d->results->clear();
    if (!d->story || text.trimmed().isEmpty()) {
        d->summary->clear();
        return;
    }
    if (!d->index) {
        d->summary->setText(tr("Indexing %n article(s)… the search runs when it is ready", nullptr,
                               int(d->story->articles.size())));
        return;
    }
    const SearchIndex::Answer answer = d->index->find(text, listedMatches, firstAnswerBudget);
    d->show(answer);
    if (!answer.complete) {
        // The rest is counted on a worker thread; a newer query cancels it.
        const Flag flag = std::make_shared<std::atomic_bool>(false);
        d->countCancelled = flag;
        d->whenDone(QtConcurrent::run([index = d->index, text, flag] {
                        return index->find(text, listedMatches, std::chrono::milliseconds(0),
                                           flag.get());
                    }),
                    [this, flag](const SearchIndex::Answer &answer) {
                        if (d->countCancelled != flag) // a newer query took over
                            return;
                        d->countCancelled.reset();
                        d->show(answer);
                    });
    }
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
