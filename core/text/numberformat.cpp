// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "numberformat.h"

#include "icubridge.h"

#include <unicode/currunit.h>
#include <unicode/measunit.h>
#include <unicode/numberformatter.h>

using namespace Qt::StringLiterals;

namespace storyline {

namespace {

namespace number = icu::number;

QString formatWith(const number::LocalizedNumberFormatter &formatter, double value)
{
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString text = formatter.formatDouble(value, status).toString(status);
    if (U_FAILURE(status))
        return {};
    return icu_bridge::toQString(text);
}

} // namespace

struct NumberFormat::Private
{
    explicit Private(const QString &languageCode)
        : language(languageCode.isEmpty() ? u"en"_s : languageCode)
        , locale(icu_bridge::locale(language))
        // Three significant digits keep what an article states ("5,5 milliards") without
        // turning "1 250 milliards" into "1.3T".
        , compact(number::NumberFormatter::withLocale(locale)
                      .notation(number::Notation::compactShort())
                      .precision(number::Precision::maxSignificantDigits(3)))
        , percent(number::NumberFormatter::withLocale(locale)
                      .unit(icu::MeasureUnit::getPercent())
                      .precision(number::Precision::maxSignificantDigits(3)))
    {
        UErrorCode status = U_ZERO_ERROR;
        usd = compact.unit(icu::CurrencyUnit(u"USD", status));
    }

    number::LocalizedNumberFormatter money(const QString &currency) const
    {
        if (currency == u"USD")
            return usd;
        if (currency.size() != 3)
            return compact;
        UErrorCode status = U_ZERO_ERROR;
        const icu::CurrencyUnit unit(reinterpret_cast<const char16_t *>(currency.utf16()), status);
        if (U_FAILURE(status))
            return compact;
        return compact.unit(unit);
    }

    QString language;
    icu::Locale locale;
    number::LocalizedNumberFormatter compact;
    number::LocalizedNumberFormatter percent;
    number::LocalizedNumberFormatter usd;
};

NumberFormat::NumberFormat(const QString &language)
    : d(std::make_shared<const Private>(language))
{
}

NumberFormat::~NumberFormat() = default;
NumberFormat::NumberFormat(const NumberFormat &other) = default;
NumberFormat &NumberFormat::operator=(const NumberFormat &other) = default;

QString NumberFormat::language() const
{
    return d->language;
}

QString NumberFormat::compactMoney(double value, const QString &currency) const
{
    const QString text = formatWith(d->money(currency), value);
    if (text.isEmpty())
        return QString::number(value, 'g', 3) % u'\u00A0' % currency;
    return text;
}

QString NumberFormat::percent(double value) const
{
    const QString text = formatWith(d->percent, value);
    if (text.isEmpty())
        return QString::number(value, 'g', 3) % u'%';
    return text;
}

QString NumberFormat::figure(const Figure &figure) const
{
    return this->figure(figure.kind, figure.value, figure.unit, figure.approximate);
}

QString NumberFormat::figure(FigureKind kind, double value, const QString &unit,
                             bool approximate) const
{
    const QString text = kind == FigureKind::Money ? compactMoney(value, unit) : percent(value);
    return approximate ? NumberFormat::approximate(text) : text;
}

QString NumberFormat::approximate(const QString &text)
{
    return u"\u2248\u00A0"_s % text;
}

} // namespace storyline
