// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventeditdialog.h"

#include "storydocument.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace storyline {

PartialDate EventEditDialog::dateAt(QDate date, Precision precision)
{
    const int year = date.year();
    QString text;
    switch (precision) {
    case Precision::Day: return PartialDate::day(date);
    case Precision::Month: return PartialDate::month(year, date.month());
    case Precision::Year: return PartialDate::year(year);
    case Precision::Week: {
        int weekYear = 0;
        const int week = date.weekNumber(&weekYear);
        text
            = u"%1-W%2"_s.arg(weekYear, 4, 10, QLatin1Char('0')).arg(week, 2, 10, QLatin1Char('0'));
        break;
    }
    case Precision::Season: {
        // Winter runs from December: January and February belong to the previous year's.
        const int month = date.month();
        const QString season = month >= 3 && month <= 5 ? u"SP"_s
            : month >= 6 && month <= 8                  ? u"SU"_s
            : month >= 9 && month <= 11                 ? u"FA"_s
                                                        : u"WI"_s;
        const int seasonYear = month <= 2 ? year - 1 : year;
        text = u"%1-%2"_s.arg(seasonYear, 4, 10, QLatin1Char('0')).arg(season);
        break;
    }
    case Precision::Quarter:
        text = u"%1-Q%2"_s.arg(year, 4, 10, QLatin1Char('0')).arg((date.month() - 1) / 3 + 1);
        break;
    }
    return PartialDate::parse(text).value_or(PartialDate::day(date));
}

EventEditDialog::EventEditDialog(const Event &event, const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_event(event)
    , m_language(language)
{
    setWindowTitle(tr("Edit Event"));
    auto *form = new QFormLayout(this);
    m_title = new QLineEdit(event.title.text(language), this);
    m_title->setAccessibleName(tr("Title"));
    m_title->setMinimumWidth(420);
    form->addRow(tr("&Title:"), m_title);
    m_date = new QDateEdit(event.start.first(), this);
    m_date->setCalendarPopup(true);
    m_date->setMinimumDate(QDate(1, 1, 1));
    m_date->setMaximumDate(QDate(9999, 12, 31));
    m_date->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_date->setAccessibleName(tr("Date"));
    form->addRow(tr("&Date:"), m_date);
    m_precision = new QComboBox(this);
    m_precision->setAccessibleName(tr("Precision"));
    const std::pair<Precision, QString> precisions[]
        = {{Precision::Day, tr("Day")},         {Precision::Week, tr("Week")},
           {Precision::Month, tr("Month")},     {Precision::Season, tr("Season")},
           {Precision::Quarter, tr("Quarter")}, {Precision::Year, tr("Year")}};
    for (const auto &[precision, label] : precisions)
        m_precision->addItem(label, int(precision));
    m_precision->setCurrentIndex(m_precision->findData(int(event.start.precision())));
    form->addRow(tr("&Precision:"), m_precision);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_title, &QLineEdit::textChanged, this, [this, buttons](const QString &text) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty());
    });
}

Event EventEditDialog::event() const
{
    Event edited = m_event;
    const QString oldTitle = m_event.title.text(m_language);
    const QString title = m_title->text().trimmed();
    if (!title.isEmpty() && title != oldTitle) {
        // The languages that showed the old title (the fallback) take the new one.
        for (const QString &language : m_event.title.languages()) {
            if (m_event.title.value(language) == oldTitle)
                edited.title.insert(language, title);
        }
        edited.title.insert(m_language, title);
    }
    const auto precision = Precision(m_precision->currentData().toInt());
    const QDate date = m_date->date();
    if (date != m_event.start.first() || precision != m_event.start.precision()) {
        edited.start = dateAt(date, precision);
        if (m_event.end) {
            const PartialDate end = dateAt(m_event.end->first(), precision);
            edited.end = end.first() > edited.start.first() ? std::optional(end) : std::nullopt;
        }
    }
    return edited;
}

void EventEditDialog::edit(StoryDocument *document, const QString &eventId, const QString &language,
                           QWidget *parent)
{
    const Event *event = document ? document->story().event(eventId) : nullptr;
    if (!event)
        return;
    auto *dialog = new EventEditDialog(*event, language, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QPointer<StoryDocument> target(document);
    connect(dialog, &QDialog::accepted, document, [dialog, target, eventId] {
        if (target)
            target->editEvent(eventId, dialog->event());
    });
    dialog->open();
}

} // namespace storyline
