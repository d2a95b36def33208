// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleview.h"

#include "storyselection.h"
#include "uistyle.h"

#include "story/story.h"
#include "text/datefinder.h"
#include "text/figureparser.h"
#include "text/textfolder.h"
#include "text/textsegmenter.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHelpEvent>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMouseEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTabBar>
#include <QTextBlock>
#include <QTextDocument>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace storyline {

namespace {

// A highlighted stretch of the article and what it stands for.
struct Mark
{
    TextSpan span;
    QString entity; // for mentions
    QString figure; // the story figure, if this figure is one
    EntityType type = EntityType::Organization;
    bool isFigure = false;
    QString figureText; // value as a reader would say it, for the tooltip
    bool isDate = false;
    std::optional<DateMatch> date; // for dates: what the text says and what it resolves to
};

// Dates in the reader: a tint and underline of their own (Okabe–Ito yellow, darkened for the
// line, with the one underline style no entity type uses).
QTextCharFormat dateFormat(const QPalette &palette)
{
    const QColor yellow(0xF0, 0xE4, 0x42);
    const QColor base = palette.color(QPalette::Base);
    const qreal t = UiStyle::isDark(palette) ? 0.22 : 0.35;
    QTextCharFormat format;
    format.setBackground(QColor::fromRgbF(base.redF() * (1 - t) + yellow.redF() * t,
                                          base.greenF() * (1 - t) + yellow.greenF() * t,
                                          base.blueF() * (1 - t) + yellow.blueF() * t));
    format.setUnderlineStyle(QTextCharFormat::DashDotDotLine);
    format.setUnderlineColor(UiStyle::isDark(palette) ? yellow : QColor(0x8A, 0x7A, 0x00));
    return format;
}

// One entry of the legend, drawn with the very format the reader uses, so colour and underline
// style match exactly.
class LegendSwatch final : public QWidget
{
public:
    explicit LegendSwatch(QWidget *parent)
        : QWidget(parent)
    {
        m_document.setDocumentMargin(1);
    }

    void setSample(const QString &text, const QTextCharFormat &format)
    {
        m_document.setDefaultFont(font());
        m_document.setPlainText(text);
        QTextCursor cursor(&m_document);
        cursor.select(QTextCursor::Document);
        cursor.setCharFormat(format);
        setAccessibleName(text);
        setFixedSize(m_document.size().toSize() + QSize(2, 2));
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = palette();
        m_document.documentLayout()->draw(&painter, context);
    }

private:
    QTextDocument m_document;
};

} // namespace

struct ArticleView::Private
{
    ArticleView *q = nullptr;
    const Story *story = nullptr;
    QPointer<StorySelection> selection;
    QString language = u"en"_s;
    QString articleId;

    QComboBox *articles = nullptr;
    QLabel *headline = nullptr;
    QLabel *meta = nullptr;
    QLabel *note = nullptr;
    QPushButton *setPublished = nullptr;
    QTabBar *sources = nullptr;
    QPlainTextEdit *text = nullptr;
    QWidget *legend = nullptr;
    QWidget *findBar = nullptr;
    QLineEdit *findField = nullptr;
    QLabel *findCount = nullptr;

    QList<Mark> marks; // sorted by start
    QList<TextSpan> sentences;
    QList<qsizetype> carriageReturns; // "\r\n" shows as one break: offsets shift after each
    TextSpan quote;
    TextSpan sentence;
    QList<TextSpan> findMatches;
    int currentMatch = -1;
    bool updatingTabs = false;

    int documentPosition(qsizetype offset) const
    {
        const auto before
            = std::lower_bound(carriageReturns.cbegin(), carriageReturns.cend(), offset);
        return int(offset - (before - carriageReturns.cbegin()));
    }
    qsizetype textOffset(int position) const
    {
        qsizetype offset = position;
        for (const qsizetype cr : carriageReturns) {
            if (cr < offset)
                ++offset;
        }
        return offset;
    }
    const Article *article() const { return story ? story->article(articleId) : nullptr; }

    void buildUi();
    void fillArticleList();
    void load(const QString &id);
    void applyFormats();
    void applyExtraSelections();
    void mark(TextSpan quoteSpan);
    void followEvent();
    void followFigure();
    void updateSourceTabs();
    const Mark *markAt(qsizetype offset) const;
    void runFind();
    void retranslate();
};

void ArticleView::Private::buildUi()
{
    auto *layout = new QVBoxLayout(q);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);

    articles = new QComboBox(q);
    articles->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    articles->setMinimumContentsLength(20);
    layout->addWidget(articles);

    // The headline on one line, elided (articles without one show their first line, which can
    // be a whole paragraph); all of it in the tooltip.
    headline = new QLabel(q);
    headline->setTextFormat(Qt::PlainText);
    headline->setMinimumWidth(1);
    headline->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    headline->installEventFilter(q);
    QFont headlineFont = headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.25);
    headlineFont.setBold(true);
    headline->setFont(headlineFont);
    layout->addWidget(headline);

    meta = new QLabel(q);
    meta->setTextFormat(Qt::PlainText);
    meta->setWordWrap(true);
    // Without a publication date, "hier" or "vendredi" cannot be dated: ask for it.
    setPublished = new QPushButton(q);
    setPublished->setObjectName(u"setPublicationDate"_s);
    setPublished->hide();
    auto *metaRow = new QHBoxLayout;
    metaRow->addWidget(meta, 1);
    metaRow->addWidget(setPublished);
    layout->addLayout(metaRow);
    QObject::connect(setPublished, &QPushButton::clicked, q, [this] {
        bool ok = false;
        const QString text = QInputDialog::getText(
            q, ArticleView::tr("Publication date"),
            ArticleView::tr("When was this article published? (YYYY-MM-DD)\nRelative dates such as "
                            "“hier” or “last Friday” are worked out from it."),
            QLineEdit::Normal, QString(), &ok);
        const auto date = PartialDate::parse(text.trimmed());
        if (ok && date && date->precision() == Precision::Day)
            emit q->publicationDateChosen(articleId, date->toString());
    });

    // The provenance note, on one line (elided); all of it in the tooltip.
    note = new QLabel(q);
    note->setTextFormat(Qt::PlainText);
    note->setForegroundRole(QPalette::PlaceholderText);
    note->setMinimumWidth(1);
    note->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    note->installEventFilter(q);
    layout->addWidget(note);

    sources = new QTabBar(q);
    sources->setDocumentMode(true);
    sources->setExpanding(false);
    sources->setElideMode(Qt::ElideRight);
    layout->addWidget(sources);

    text = new QPlainTextEdit(q);
    text->setReadOnly(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    QFont textFont = text->font();
    textFont.setPointSizeF(textFont.pointSizeF() * 1.1);
    text->setFont(textFont);
    text->document()->setDocumentMargin(10);
    text->viewport()->installEventFilter(q);
    text->viewport()->setMouseTracking(true);
    layout->addWidget(text, 1);

    // Find bar (Ctrl+F), hidden until asked for.
    findBar = new QWidget(q);
    auto *findLayout = new QHBoxLayout(findBar);
    findLayout->setContentsMargins(0, 0, 0, 0);
    findField = new QLineEdit(findBar);
    findField->setClearButtonEnabled(true);
    findField->installEventFilter(q);
    auto *previous = new QToolButton(findBar);
    previous->setArrowType(Qt::UpArrow);
    auto *next = new QToolButton(findBar);
    next->setArrowType(Qt::DownArrow);
    findCount = new QLabel(findBar);
    auto *close = new QToolButton(findBar);
    close->setText(u"×"_s);
    findLayout->addWidget(findField, 1);
    findLayout->addWidget(previous);
    findLayout->addWidget(next);
    findLayout->addWidget(findCount);
    findLayout->addWidget(close);
    findBar->hide();
    layout->addWidget(findBar);
    previous->setObjectName(u"findPrevious"_s);
    next->setObjectName(u"findNext"_s);
    close->setObjectName(u"findClose"_s);

    // The legend: each type in its colour and underline style, so neither cue stands alone.
    legend = new QWidget(q);
    auto *legendLayout = new QHBoxLayout(legend);
    legendLayout->setContentsMargins(4, 0, 4, 0);
    legendLayout->setSpacing(12);
    for (EntityType type : {EntityType::Person, EntityType::Organization, EntityType::Place,
                            EntityType::Product, EntityType::Event}) {
        auto *item = new LegendSwatch(legend);
        item->setObjectName(u"legend-"_s % entityTypeName(type));
        legendLayout->addWidget(item);
    }
    auto *figureItem = new LegendSwatch(legend);
    figureItem->setObjectName(u"legend-figure"_s);
    legendLayout->addWidget(figureItem);
    auto *dateItem = new LegendSwatch(legend);
    dateItem->setObjectName(u"legend-date"_s);
    legendLayout->addWidget(dateItem);
    legendLayout->addStretch(1);
    layout->addWidget(legend);

    QObject::connect(findField, &QLineEdit::textChanged, q, [this] { runFind(); });
    QObject::connect(findField, &QLineEdit::returnPressed, q, &ArticleView::findNext);
    QObject::connect(next, &QToolButton::clicked, q, &ArticleView::findNext);
    QObject::connect(previous, &QToolButton::clicked, q, &ArticleView::findPrevious);
    QObject::connect(close, &QToolButton::clicked, q, [this] {
        findBar->hide();
        findField->clear();
        text->setFocus();
    });
    QObject::connect(articles, &QComboBox::activated, q, [this](int index) {
        load(articles->itemData(index).toString());
        applyExtraSelections();
    });
    QObject::connect(sources, &QTabBar::currentChanged, q, [this](int index) {
        if (!updatingTabs && selection && index >= 0)
            selection->setCurrentSource(index);
    });
    retranslate();
}

void ArticleView::Private::retranslate()
{
    articles->setToolTip(ArticleView::tr("Article to read"));
    articles->setAccessibleName(ArticleView::tr("Article"));
    sources->setAccessibleName(ArticleView::tr("Sources of the selected event"));
    text->setAccessibleName(ArticleView::tr("Article text"));
    findField->setPlaceholderText(
        ArticleView::tr("Find in this article (accents and case ignored)"));
    findField->setAccessibleName(ArticleView::tr("Find in article"));
    setPublished->setText(ArticleView::tr("Set publication date…"));
    setPublished->setToolTip(ArticleView::tr(
        "This article has no publication date, so its relative dates are not resolved"));
    findBar->findChild<QToolButton *>(u"findPrevious"_s)
        ->setToolTip(ArticleView::tr("Previous match (Shift+F3)"));
    findBar->findChild<QToolButton *>(u"findNext"_s)
        ->setToolTip(ArticleView::tr("Next match (F3)"));
    findBar->findChild<QToolButton *>(u"findClose"_s)
        ->setToolTip(ArticleView::tr("Close the find bar (Esc)"));
    const QPalette palette = q->palette();
    for (EntityType type : {EntityType::Person, EntityType::Organization, EntityType::Place,
                            EntityType::Product, EntityType::Event}) {
        auto *item = legend->findChild<LegendSwatch *>(u"legend-"_s % entityTypeName(type));
        item->setSample(UiStyle::entityTypeLabel(type),
                        UiStyle::mentionFormat(type, palette, false));
    }
    auto *figureItem = legend->findChild<LegendSwatch *>(u"legend-figure"_s);
    figureItem->setSample(ArticleView::tr("Figure"), UiStyle::figureFormat(palette, false));
    auto *dateItem = legend->findChild<LegendSwatch *>(u"legend-date"_s);
    dateItem->setSample(ArticleView::tr("Date"), dateFormat(palette));
    legend->setAccessibleName(ArticleView::tr("Legend of highlights"));
    fillArticleList();
}

void ArticleView::Private::fillArticleList()
{
    articles->clear();
    if (!story)
        return;
    for (const Article &article : story->articles)
        articles->addItem(UiStyle::articleLabel(article, language), article.id);
    articles->setCurrentIndex(articles->findData(articleId));
}

void ArticleView::Private::load(const QString &id)
{
    articleId = id;
    marks.clear();
    sentences.clear();
    carriageReturns.clear();
    quote = {};
    sentence = {};
    const Article *a = article();
    articles->setCurrentIndex(articles->findData(id));
    if (!a) {
        headline->clear();
        meta->clear();
        note->hide();
        text->clear();
        return;
    }
    for (qsizetype i = a->text.indexOf(u"\r\n"_s); i >= 0; i = a->text.indexOf(u"\r\n"_s, i + 2))
        carriageReturns.append(i);

    QString title = a->headline;
    if (title.isEmpty()) {
        const QStringList lines = a->text.split(u'\n', Qt::SkipEmptyParts);
        title = lines.isEmpty() ? a->id : lines.first().trimmed();
    }
    headline->setProperty("fullText", title);
    headline->setToolTip(title);
    headline->setText(headline->fontMetrics().elidedText(title, Qt::ElideRight, headline->width()));
    QStringList metaParts;
    setPublished->setVisible(!a->published);
    metaParts << (a->outlet.isEmpty() ? ArticleView::tr("Outlet not named") : a->outlet);
    if (a->published) {
        metaParts << ArticleView::tr("published %1")
                         .arg(UiStyle::dateText(*a->published, std::nullopt, language));
    }
    metaParts << (a->language == u"fr"_s       ? ArticleView::tr("in French")
                      : a->language == u"en"_s ? ArticleView::tr("in English")
                                               : a->language);
    meta->setText(metaParts.join(u" · "_s));
    note->setProperty("fullText", a->note);
    note->setToolTip(a->note);
    note->setText(note->fontMetrics().elidedText(a->note, Qt::ElideRight, note->width()));
    note->setVisible(!a->note.isEmpty());

    // setPlainText: the article is never read as HTML, whatever it holds.
    text->setPlainText(a->text);

    for (const Mention &mention : story->mentions) {
        if (mention.article != id)
            continue;
        Mark m;
        m.span = mention.span;
        m.entity = mention.entity;
        if (const Entity *entity = story->entity(mention.entity))
            m.type = entity->type;
        marks.append(m);
    }
    const FigureParser parser(a->language);
    for (const FigureMatch &match : parser.find(a->text)) {
        Mark m;
        m.span = {match.start, match.end};
        m.isFigure = true;
        const QLocale locale(language);
        const QString number = match.unit == u"%"_s
            ? locale.toString(match.value) % (language == u"fr"_s ? u" %"_s : u"%"_s)
            : locale.toCurrencyString(match.value, match.unit == u"USD"_s ? u"$"_s : match.unit);
        m.figureText
            = (match.approximate
                   ? ArticleView::tr("≈ %1 (approximate: “%2”)").arg(number, match.qualifier)
                   : number);
        for (const Figure &figure : story->figures) {
            if (figure.article == id && figure.span.start <= match.start
                && figure.span.end >= match.end)
                m.figure = figure.id;
        }
        marks.append(m);
    }
    // Dates, read against the article's publication date as the analyzer reads them.
    DateFinder dates(a->language);
    dates.setPublicationDate(a->published);
    for (const DateMatch &match : dates.find(a->text)) {
        const bool overlaps = std::any_of(marks.cbegin(), marks.cend(), [&](const Mark &other) {
            return other.isFigure && other.span.start < match.end && match.start < other.span.end;
        });
        if (overlaps)
            continue;
        Mark m;
        m.span = {match.start, match.end};
        m.isDate = true;
        m.date = match;
        marks.append(m);
    }
    std::stable_sort(marks.begin(), marks.end(),
                     [](const Mark &a, const Mark &b) { return a.span.start < b.span.start; });
    sentences = TextSegmenter(a->language).sentences(a->text);
    applyFormats();
    if (findBar->isVisible())
        runFind();
}

void ArticleView::Private::applyFormats()
{
    QTextDocument *document = text->document();
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.setCharFormat(QTextCharFormat());
    const QString focused = selection ? selection->focusedEntity() : QString();
    const QString figure = selection ? selection->currentFigure() : QString();
    const QPalette palette = q->palette();
    // Dates first, so that a mention inside a date keeps its own look.
    for (const Mark &m : std::as_const(marks)) {
        if (!m.isDate)
            continue;
        cursor.setPosition(documentPosition(m.span.start));
        cursor.setPosition(documentPosition(m.span.end), QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(dateFormat(palette));
    }
    for (const Mark &m : std::as_const(marks)) {
        if (m.isDate)
            continue;
        cursor.setPosition(documentPosition(m.span.start));
        cursor.setPosition(documentPosition(m.span.end), QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(
            m.isFigure ? UiStyle::figureFormat(palette, !m.figure.isEmpty() && m.figure == figure)
                       : UiStyle::mentionFormat(m.type, palette, m.entity == focused));
    }
    cursor.endEditBlock();
}

void ArticleView::Private::applyExtraSelections()
{
    QList<QTextEdit::ExtraSelection> extras;
    const QPalette palette = q->palette();
    const bool dark = UiStyle::isDark(palette);
    auto add = [&](TextSpan span, const QColor &background, bool bold) {
        QTextEdit::ExtraSelection extra;
        extra.cursor = QTextCursor(text->document());
        extra.cursor.setPosition(documentPosition(span.start));
        extra.cursor.setPosition(documentPosition(span.end), QTextCursor::KeepAnchor);
        extra.format.setBackground(background);
        if (bold)
            extra.format.setFontWeight(QFont::Bold);
        extras.append(extra);
    };
    if (sentence.length() > 0) {
        QColor sentenceColor = palette.color(QPalette::Highlight);
        sentenceColor.setAlphaF(dark ? 0.28 : 0.16);
        add(sentence, sentenceColor, false);
    }
    if (quote.length() > 0) {
        QColor quoteColor = palette.color(QPalette::Highlight);
        quoteColor.setAlphaF(dark ? 0.5 : 0.32);
        add(quote, quoteColor, false);
    }
    for (int i = 0; i < findMatches.size(); ++i)
        add(findMatches[i],
            i == currentMatch ? QColor(0xE6, 0x9F, 0x00) : QColor(0xF0, 0xE4, 0x42, 170), false);
    text->setExtraSelections(extras);
}

void ArticleView::Private::mark(TextSpan quoteSpan)
{
    quote = quoteSpan;
    sentence = {};
    for (const TextSpan &s : std::as_const(sentences)) {
        if (s.end <= quoteSpan.start || s.start >= quoteSpan.end)
            continue;
        sentence = sentence.length() == 0
            ? s
            : TextSpan{qMin(sentence.start, s.start), qMax(sentence.end, s.end)};
    }
    applyExtraSelections();
    if (quoteSpan.length() > 0) {
        QTextCursor cursor(text->document());
        cursor.setPosition(documentPosition(quoteSpan.start));
        text->setTextCursor(cursor);
        text->centerCursor();
    }
}

void ArticleView::Private::updateSourceTabs()
{
    updatingTabs = true;
    while (sources->count() > 0)
        sources->removeTab(0);
    const Event *event = story && selection ? story->event(selection->currentEvent()) : nullptr;
    if (event && event->sources.size() > 1) {
        for (const Source &source : event->sources) {
            const Article *a = story->article(source.article);
            // The article and the start of the quote: two quotes of one article stay apart.
            const QString who
                = a && !a->outlet.isEmpty() ? u"%1 · %2"_s.arg(a->id, a->outlet) : source.article;
            const QString quote = story->quote(source).toString().simplified();
            const QString excerpt = quote.size() > 28 ? quote.first(26).trimmed() % u"…"_s : quote;
            const int index = sources->addTab(u"%1 — “%2”"_s.arg(who, excerpt));
            sources->setTabToolTip(index, u"“%1”"_s.arg(story->quote(source)));
        }
        sources->setCurrentIndex(
            qBound(0, selection->currentSource(), int(event->sources.size()) - 1));
        sources->show();
    } else {
        sources->hide();
    }
    updatingTabs = false;
}

void ArticleView::Private::followEvent()
{
    updateSourceTabs();
    const Event *event = story && selection ? story->event(selection->currentEvent()) : nullptr;
    if (!event || event->sources.isEmpty()) {
        if (!articleId.isEmpty()) {
            quote = {};
            sentence = {};
            applyExtraSelections();
        }
        return;
    }
    const Source &source
        = event->sources.at(qBound(0, selection->currentSource(), int(event->sources.size()) - 1));
    if (source.article != articleId)
        load(source.article);
    mark(source.span);
}

void ArticleView::Private::followFigure()
{
    const Figure *figure = story && selection ? story->figure(selection->currentFigure()) : nullptr;
    if (!figure)
        return;
    if (figure->article != articleId)
        load(figure->article);
    else
        applyFormats();
    mark(figure->span);
}

const Mark *ArticleView::Private::markAt(qsizetype offset) const
{
    const Mark *found = nullptr;
    for (const Mark &m : marks) {
        if (m.span.start > offset)
            break;
        // An entity or a figure inside a date (the "CES" of "CES 2025") wins: it can be clicked.
        if (m.span.contains(offset) && (!found || found->isDate || !m.isDate))
            found = &m;
    }
    return found;
}

void ArticleView::Private::runFind()
{
    findMatches.clear();
    currentMatch = -1;
    const Article *a = article();
    const QString needle = findField->text();
    if (a && !needle.trimmed().isEmpty())
        findMatches = TextFolder::findAll(a->text, needle);
    if (needle.trimmed().isEmpty())
        findCount->clear();
    else if (findMatches.isEmpty())
        findCount->setText(ArticleView::tr("No match"));
    applyExtraSelections();
    if (!findMatches.isEmpty())
        q->findNext();
}

ArticleView::ArticleView(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->buildUi();
    auto *find = new QAction(this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, &ArticleView::showFindBar);
    addAction(find);
    auto *next = new QAction(this);
    next->setShortcut(QKeySequence::FindNext);
    next->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(next, &QAction::triggered, this, &ArticleView::findNext);
    addAction(next);
    auto *previous = new QAction(this);
    previous->setShortcut(QKeySequence::FindPrevious);
    previous->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(previous, &QAction::triggered, this, &ArticleView::findPrevious);
    addAction(previous);
}

ArticleView::~ArticleView() = default;

void ArticleView::setStory(const Story *story)
{
    d->story = story;
    d->articleId.clear();
    d->fillArticleList();
    if (story && !story->articles.isEmpty())
        d->load(story->articles.first().id);
    else
        d->load(QString());
    d->followEvent();
}

void ArticleView::setSelection(StorySelection *selection)
{
    if (d->selection)
        disconnect(d->selection, nullptr, this, nullptr);
    d->selection = selection;
    if (!selection)
        return;
    connect(selection, &StorySelection::currentEventChanged, this, [this] { d->followEvent(); });
    connect(selection, &StorySelection::currentSourceChanged, this, [this] { d->followEvent(); });
    connect(selection, &StorySelection::currentFigureChanged, this, [this] { d->followFigure(); });
    connect(selection, &StorySelection::focusedEntityChanged, this, [this] { d->applyFormats(); });
}

void ArticleView::setLanguage(const QString &language)
{
    d->language = language;
    d->retranslate();
    const QString current = d->articleId;
    d->load(current);
    d->followEvent();
}

QString ArticleView::currentArticle() const
{
    return d->articleId;
}

void ArticleView::showArticle(const QString &articleId, TextSpan mark)
{
    if (articleId != d->articleId)
        d->load(articleId);
    d->mark(mark);
}

QString ArticleView::displayedText() const
{
    return d->text->toPlainText();
}

TextSpan ArticleView::markedQuote() const
{
    return d->quote;
}

TextSpan ArticleView::markedSentence() const
{
    return d->sentence;
}

QPoint ArticleView::viewportPosition(qsizetype offset) const
{
    QTextCursor cursor(d->text->document());
    cursor.setPosition(d->documentPosition(offset));
    const QRect rect = d->text->cursorRect(cursor);
    return rect.center() + QPoint(4, 0);
}

QPlainTextEdit *ArticleView::textEdit() const
{
    return d->text;
}

void ArticleView::showFindBar()
{
    d->findBar->show();
    d->findField->setFocus();
    d->findField->selectAll();
}

void ArticleView::findNext()
{
    if (d->findMatches.isEmpty())
        return;
    d->currentMatch = (d->currentMatch + 1) % int(d->findMatches.size());
    d->findCount->setText(
        ArticleView::tr("%1 of %2").arg(d->currentMatch + 1).arg(d->findMatches.size()));
    d->applyExtraSelections();
    QTextCursor cursor(d->text->document());
    cursor.setPosition(d->documentPosition(d->findMatches[d->currentMatch].start));
    d->text->setTextCursor(cursor);
    d->text->centerCursor();
}

void ArticleView::findPrevious()
{
    if (d->findMatches.isEmpty())
        return;
    const int count = int(d->findMatches.size());
    d->currentMatch = (d->currentMatch - 1 + count) % count;
    d->currentMatch = d->currentMatch < 0 ? count - 1 : d->currentMatch;
    d->findCount->setText(ArticleView::tr("%1 of %2").arg(d->currentMatch + 1).arg(count));
    d->applyExtraSelections();
    QTextCursor cursor(d->text->document());
    cursor.setPosition(d->documentPosition(d->findMatches[d->currentMatch].start));
    d->text->setTextCursor(cursor);
    d->text->centerCursor();
}

bool ArticleView::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == d->note || watched == d->headline) && event->type() == QEvent::Resize) {
        auto *label = static_cast<QLabel *>(watched);
        const QString full = label->property("fullText").toString();
        label->setText(label->fontMetrics().elidedText(full, Qt::ElideRight, label->width()));
        return false;
    }
    if (!d->text || !d->findField)
        return QWidget::eventFilter(watched, event); // still being built
    if (watched == d->findField && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        d->findBar->hide();
        d->text->setFocus();
        return true;
    }
    if (watched != d->text->viewport())
        return QWidget::eventFilter(watched, event);
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const qsizetype offset = d->textOffset(d->text->cursorForPosition(help->pos()).position());
        const Mark *m = d->markAt(offset);
        if (!m || !d->story) {
            QToolTip::hideText();
            return true;
        }
        QString tip;
        if (m->isDate && m->date) {
            const DateMatch &date = *m->date;
            if (!date.value) {
                tip = ArticleView::tr("Date: the text does not say which (no publication date "
                                      "to read it against, or an ambiguous season or quarter)");
            } else {
                tip = ArticleView::tr("Date: %1")
                          .arg(UiStyle::dateText(*date.value, date.endValue, d->language));
                if (date.anchored)
                    tip += u'\n' % ArticleView::tr("Worked out from the publication date.");
                if (!date.event.isEmpty())
                    tip += u'\n' % ArticleView::tr("The dates of %1.").arg(date.event);
            }
        } else if (m->isFigure) {
            tip = ArticleView::tr("Figure: %1").arg(m->figureText);
            if (const Figure *figure = d->story->figure(m->figure)) {
                tip += u'\n' % figure->subject.text(d->language);
                if (!figure->conflictsWith.isEmpty())
                    tip += u'\n' % ArticleView::tr("Another source gives a different figure.");
            }
        } else if (const Entity *entity = d->story->entity(m->entity)) {
            tip = ArticleView::tr(
                      "%1 — %2\nClick to show its events; Ctrl+click to add it to the filter.")
                      .arg(entity->displayName(d->language),
                           UiStyle::entityTypeLabel(entity->type));
        }
        QToolTip::showText(help->globalPos(), tip, d->text->viewport());
        return true;
    }
    if (event->type() == QEvent::MouseButtonRelease) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() != Qt::LeftButton || d->text->textCursor().hasSelection()
            || !d->selection)
            return false;
        const qsizetype offset
            = d->textOffset(d->text->cursorForPosition(mouse->position().toPoint()).position());
        const Mark *m = d->markAt(offset);
        if (!m || m->isDate)
            return false;
        if (m->isFigure) {
            if (!m->figure.isEmpty())
                d->selection->setCurrentFigure(m->figure);
            return false;
        }
        if (mouse->modifiers() & Qt::ControlModifier)
            d->selection->toggleEntity(m->entity);
        else
            d->selection->setEntities({m->entity});
        d->selection->setFocusedEntity(m->entity);
        return false;
    }
    if (event->type() == QEvent::MouseMove) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        const qsizetype offset
            = d->textOffset(d->text->cursorForPosition(mouse->position().toPoint()).position());
        const Mark *m = d->markAt(offset);
        d->text->viewport()->setCursor(m && !m->isDate && (!m->isFigure || !m->figure.isEmpty())
                                           ? Qt::PointingHandCursor
                                           : Qt::IBeamCursor);
    }
    return QWidget::eventFilter(watched, event);
}

void ArticleView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange) {
        d->retranslate();
        d->load(d->articleId);
        d->followEvent();
    }
    QWidget::changeEvent(event);
}

} // namespace storyline
