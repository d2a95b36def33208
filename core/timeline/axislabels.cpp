// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "axislabels.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace storyline::AxisLabels {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AxisLabels)
};

QString timeLabel(qint64 tick, const QLocale &locale)
{
    return locale.toString(TimeUnits::toDateTime(tick).time(), QLocale::ShortFormat);
}

} // namespace

QString tickLabel(const TickLevel &level, qint64 tick, const QLocale &locale, Form form)
{
    const QDate date = TimeUnits::toDate(tick);
    const bool isLong = form == Form::Long;
    switch (level.unit) {
    case TickUnit::Minute:
    case TickUnit::Hour: return timeLabel(tick, locale);
    case TickUnit::Day: return locale.toString(date, isLong ? u"ddd d"_s : u"d"_s);
    case TickUnit::Week: return locale.toString(date, isLong ? u"d MMM"_s : u"d"_s);
    case TickUnit::Month: return locale.toString(date, isLong ? u"MMMM"_s : u"MMM"_s);
    case TickUnit::Year: return QString::number(date.year());
    }
    return {};
}

QString majorLabel(const TickLevel &major, qint64 tick, const QLocale &locale, Form form)
{
    const QDate date = TimeUnits::toDate(tick);
    const bool isLong = form == Form::Long;
    switch (major.unit) {
    case TickUnit::Minute:
    case TickUnit::Hour: return timeLabel(tick, locale);
    case TickUnit::Day:
    case TickUnit::Week:
        return locale.toString(date, isLong ? u"dddd d MMMM yyyy"_s : u"d MMM yyyy"_s);
    case TickUnit::Month: return locale.toString(date, isLong ? u"MMMM yyyy"_s : u"MMM yyyy"_s);
    case TickUnit::Year:
        if (major.step >= 10)
            //: A decade on the timeline axis: "2020s"
            return Tr::tr("%1s").arg(date.year());
        return QString::number(date.year());
    }
    return {};
}

QStringList sampleLabels(const TickLevel &level, const QLocale &locale, Form form)
{
    QStringList samples;
    const auto add = [&](QDate date, int hour, int minute) {
        const qint64 t
            = TimeUnits::fromDate(date) + hour * TimeUnits::hour + minute * TimeUnits::minute;
        samples.append(tickLabel(level, t, locale, form));
    };
    switch (level.unit) {
    case TickUnit::Minute:
    case TickUnit::Hour:
        for (int hour : {10, 12, 22, 23})
            add(QDate(2025, 1, 1), hour, 55);
        break;
    case TickUnit::Day:
    case TickUnit::Week:
        for (int day = 22; day <= 28; ++day) // every weekday, two-digit days
            add(QDate(2025, 9, day), 0, 0);
        break;
    case TickUnit::Month:
        for (int month = 1; month <= 12; ++month)
            add(QDate(2025, month, 1), 0, 0);
        break;
    case TickUnit::Year: add(QDate(2000, 1, 1), 0, 0); break;
    }
    return samples;
}

} // namespace storyline::AxisLabels
