// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QLocale>
#include <QString>
#include <QStringView>

#include <limits>
#include <optional>

namespace storyline {

// How finely a date is known. Ordered from finest to coarsest.
enum class Precision : quint8 { Day, Week, Month, Season, Quarter, Year };

QString precisionName(Precision precision);
std::optional<Precision> precisionFromName(QStringView name);

// A calendar date known to a precision: "2025-01-31", "2025-W05", "2025-01", "2025-SP",
// "2025-Q2" or "2025". It covers the days first()..last().
class PartialDate final
{
public:
    PartialDate() = default;

    static PartialDate day(QDate date);
    static PartialDate month(int year, int month);
    static PartialDate year(int year);

    // Parses the text form; the precision is the one the text has.
    static std::optional<PartialDate> parse(QStringView text);

    bool isValid() const { return m_first != invalidDay; }
    Precision precision() const { return m_precision; }
    QDate first() const { return dateOf(m_first); }
    QDate last() const { return dateOf(m_last); }
    QString toString() const;
    // The date in words, translated, with `locale`'s month names: "31 January 2025",
    // "week 5 of 2025", "January 2025", "spring 2025", "Q2 2025", "2025".
    QString toDisplayString(const QLocale &locale) const;

    friend bool operator==(const PartialDate &, const PartialDate &) = default;

private:
    PartialDate(Precision precision, QDate first, QDate last);

    // Julian days in 32 bits (years 1 to 9999 need 23): a story of a million events keeps two
    // dates per event, and QDate's 64-bit day would make each date twice as large.
    static constexpr qint32 invalidDay = std::numeric_limits<qint32>::min();
    static QDate dateOf(qint32 day)
    {
        return day == invalidDay ? QDate() : QDate::fromJulianDay(day);
    }

    qint32 m_first = invalidDay;
    qint32 m_last = invalidDay;
    Precision m_precision = Precision::Day;
};

static_assert(sizeof(PartialDate) <= 12);

} // namespace storyline

Q_DECLARE_TYPEINFO(storyline::PartialDate, Q_PRIMITIVE_TYPE);
