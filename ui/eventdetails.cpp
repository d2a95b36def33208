// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventdetails.h"

#include "eventeditdialog.h"
#include "storydocument.h"
#include "storyselection.h"
#include "uistyle.h"

#include "story/story.h"
#include "text/numberformat.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace storyline {

struct EventDetails::Private
{
    const Story *story = nullptr;
    QPointer<StorySelection> selection;
    QPointer<StoryDocument> document;
    QString language = u"en"_s;
    QTextBrowser *browser = nullptr;
    QWidget *proposalBar = nullptr;
    QLabel *proposalLabel = nullptr;
    QPushButton *accept = nullptr;
    QPushButton *edit = nullptr;
    QPushButton *dismiss = nullptr;

    void render();
    void retranslate();
    QString currentEvent() const { return selection ? selection->currentEvent() : QString(); }
};

namespace {

// Everything from the story goes through this: the details are HTML, the story's text never is.
QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString figureValue(const Figure &figure, const QString &language)
{
    return NumberFormat(language).figure(figure);
}

} // namespace

void EventDetails::Private::render()
{
    const Event *event = story && selection ? story->event(selection->currentEvent()) : nullptr;
    proposalBar->setVisible(event && event->extracted && document);
    if (!event) {
        browser->setHtml(u"<p style='color:gray'>%1</p>"_s.arg(esc(
            EventDetails::tr("Select an event on the timeline to see its details and sources."))));
        return;
    }
    QString html;
    if (event->extracted) {
        // The badge the timeline's tooltip shows too: a proposal, not yet part of the story.
        html += u"<p><span style='background-color:#E69F00; color:#000000'>&nbsp;%1&nbsp;</span>"
                u" <i>%2</i></p>"_s.arg(
                    esc(EventDetails::tr("extracted")),
                    esc(EventDetails::tr("Proposed from a dated sentence of the article; not "
                                         "yet accepted.")));
    }
    html += (event->extracted ? u"<h3><i>%1</i></h3>"_s : u"<h3>%1</h3>"_s)
                .arg(esc(event->title.text(language)));
    html += u"<p><b>%1</b><br/><span style='color:gray'>%2</span></p>"_s.arg(
        esc(UiStyle::dateText(event->start, event->end, language)),
        esc(UiStyle::basisLabel(event->basis)));
    if (!event->summary.isEmpty())
        html += u"<p>%1</p>"_s.arg(esc(event->summary.text(language)));
    if (!event->note.isEmpty())
        html += u"<p><i>%1</i></p>"_s.arg(esc(event->note.text(language)));

    if (!event->actors.isEmpty()) {
        QStringList actors;
        for (const QString &id : event->actors) {
            const Entity *entity = story->entity(id);
            actors.append(u"<a href='entity:%1'>%2</a>"_s.arg(
                esc(id), esc(entity ? entity->displayName(language) : id)));
        }
        html += u"<p><b>%1</b> %2</p>"_s.arg(esc(EventDetails::tr("Who:")), actors.join(u", "_s));
    }

    html += u"<p><b>%1</b></p><ol>"_s.arg(esc(EventDetails::tr("Sources:")));
    for (int i = 0; i < event->sources.size(); ++i) {
        const Source &source = event->sources[i];
        const Article *article = story->article(source.article);
        const bool current = i == selection->currentSource();
        html += u"<li>%1<a href='source:%2'>%3</a>%4<br/>“%5”</li>"_s.arg(
            current ? u"<b>"_s : QString(), QString::number(i),
            esc(article ? UiStyle::articleLabel(*article, language) : source.article),
            current ? u"</b>"_s : QString(), esc(story->quote(source).toString()));
    }
    html += u"</ol>"_s;

    QString figures;
    for (const Figure &figure : story->figures) {
        if (figure.event != event->id)
            continue;
        const Article *article = story->article(figure.article);
        figures += u"<li><a href='figure:%1'><b>%2%3</b></a> — %4 (%5)"_s.arg(
            esc(figure.id), QString(), esc(figureValue(figure, language)),
            esc(figure.subject.text(language)),
            esc(article ? UiStyle::articleLabel(*article, language) : figure.article));
        if (!figure.conflictsWith.isEmpty()) {
            QStringList others;
            for (const QString &id : figure.conflictsWith) {
                if (const Figure *other = story->figure(id))
                    others.append(figureValue(*other, language));
            }
            figures += u"<br/><span style='color:#D55E00'>⚠ %1</span>"_s.arg(
                esc(EventDetails::tr("Sources disagree: %1 vs %2")
                        .arg(figureValue(figure, language), others.join(u", "_s))));
        }
        figures += u"</li>"_s;
    }
    if (!figures.isEmpty())
        html += u"<p><b>%1</b></p><ul>%2</ul>"_s.arg(esc(EventDetails::tr("Figures:")), figures);
    browser->setHtml(html);
}

EventDetails::EventDetails(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    d->browser = new QTextBrowser(this);
    d->browser->setOpenLinks(false);
    d->browser->setOpenExternalLinks(false);

    // A proposal's choices, above its details.
    d->proposalBar = new QWidget(this);
    d->proposalBar->setObjectName(u"proposalBar"_s);
    auto *bar = new QHBoxLayout(d->proposalBar);
    bar->setContentsMargins(4, 4, 4, 4);
    d->proposalLabel = new QLabel(d->proposalBar);
    d->proposalLabel->setWordWrap(true);
    d->accept = new QPushButton(d->proposalBar);
    d->accept->setObjectName(u"acceptEvent"_s);
    d->edit = new QPushButton(d->proposalBar);
    d->edit->setObjectName(u"editEvent"_s);
    d->dismiss = new QPushButton(d->proposalBar);
    d->dismiss->setObjectName(u"dismissEvent"_s);
    bar->addWidget(d->proposalLabel, 1);
    bar->addWidget(d->accept);
    bar->addWidget(d->edit);
    bar->addWidget(d->dismiss);
    d->proposalBar->hide();
    layout->addWidget(d->proposalBar);
    layout->addWidget(d->browser);
    connect(d->accept, &QPushButton::clicked, this, [this] {
        if (d->document)
            d->document->acceptEvent(d->currentEvent());
    });
    connect(d->dismiss, &QPushButton::clicked, this, [this] {
        if (d->document)
            d->document->dismissEvent(d->currentEvent());
    });
    connect(d->edit, &QPushButton::clicked, this,
            [this] { EventEditDialog::edit(d->document, d->currentEvent(), d->language, this); });
    connect(d->browser, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (!d->selection)
            return;
        const QString target = url.toString();
        const QString kind = target.section(u':', 0, 0);
        const QString value = target.section(u':', 1);
        if (kind == u"source"_s)
            d->selection->setCurrentSource(value.toInt());
        else if (kind == u"entity"_s) {
            d->selection->setEntities({value});
            d->selection->setFocusedEntity(value);
        } else if (kind == u"figure"_s)
            d->selection->setCurrentFigure(value);
    });
    QEvent retranslate(QEvent::LanguageChange);
    changeEvent(&retranslate);
}

EventDetails::~EventDetails() = default;

void EventDetails::setStory(const Story *story)
{
    d->story = story;
    d->render();
}

void EventDetails::setSelection(StorySelection *selection)
{
    if (d->selection)
        disconnect(d->selection, nullptr, this, nullptr);
    d->selection = selection;
    if (selection) {
        connect(selection, &StorySelection::currentEventChanged, this, [this] { d->render(); });
        connect(selection, &StorySelection::currentSourceChanged, this, [this] { d->render(); });
    }
    d->render();
}

void EventDetails::setDocument(StoryDocument *document)
{
    d->document = document;
    d->render();
}

void EventDetails::setLanguage(const QString &language)
{
    d->language = language;
    d->render();
}

QTextBrowser *EventDetails::browser() const
{
    return d->browser;
}

QWidget *EventDetails::proposalBar() const
{
    return d->proposalBar;
}

QPushButton *EventDetails::acceptButton() const
{
    return d->accept;
}

QPushButton *EventDetails::editButton() const
{
    return d->edit;
}

QPushButton *EventDetails::dismissButton() const
{
    return d->dismiss;
}

void EventDetails::Private::retranslate()
{
    browser->setAccessibleName(EventDetails::tr("Event details"));
    proposalLabel->setText(EventDetails::tr("Proposed event"));
    accept->setText(EventDetails::tr("&Accept"));
    accept->setToolTip(EventDetails::tr("Keep this event in the story"));
    edit->setText(EventDetails::tr("&Edit…"));
    edit->setToolTip(EventDetails::tr("Change its title, date or precision"));
    dismiss->setText(EventDetails::tr("&Dismiss"));
    dismiss->setToolTip(EventDetails::tr("Remove this proposal from the story"));
}

void EventDetails::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        d->retranslate();
        d->render();
    }
    QWidget::changeEvent(event);
}

} // namespace storyline
