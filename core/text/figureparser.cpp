// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "figureparser.h"

#include "icubridge.h"

#include <QRegularExpression>
#include <QRegularExpressionMatch>

#include <unicode/dcfmtsym.h>
#include <unicode/decimfmt.h>
#include <unicode/fmtable.h>
#include <unicode/numfmt.h>
#include <unicode/parsepos.h>

#include <array>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace storyline {

namespace {

// A figure is a few dozen characters long ("près de 1 000 milliards de dollars américains"), so
// the regexes only ever see a short window of the text around a number. Each match then costs the
// same whatever the size of the text (PCRE validates the UTF-16 of its whole subject on every
// call), and no backtracking can run further than the window.
constexpr qsizetype ForwardWindow = 128;
constexpr qsizetype BackwardWindow = 40; // "approximativement" + spaces + "US$ " fit easily

// Longer integer parts (in UTF-16 units, separators included) are garbage such as 10^400 written
// out, not amounts; longer decimal parts are identifiers or hashes.
constexpr qsizetype MaxIntegerLength = 48;
constexpr qsizetype MaxFractionLength = 20;
constexpr qsizetype MaxSeparatorLength = 4;
constexpr qsizetype NumberBufferSize = MaxIntegerLength + MaxSeparatorLength + MaxFractionLength;

// The multipliers of the scale capture groups e3 … e18 below, in the same order.
constexpr std::array ScaleExponents = {3, 6, 9, 12, 18};

// Spaces that may separate digit groups or the words of a figure: space, no-break space and
// narrow no-break space (French typography puts U+202F before "%" and between digit groups).
constexpr QStringView SpaceClass = uR"([\x{20}\x{A0}\x{202F}])";

// The end of a word: "euros" is not the start of "européens", "M" not the start of "MLPerf".
constexpr QStringView WordEnd = uR"((?![\p{L}\p{N}]))";

// Read at a digit: the number, then a percent sign or an optional scale and currency. Everything
// after the number is optional so that a bare number still matches, which tells the caller where
// it ends. The integer part either has well-formed groups of three digits or none at all, so
// "2025 17 %" reads as 2025, then "17 %". {sp} and {end} stand for SpaceClass and WordEnd.
constexpr QStringView FrenchNumber
    = uR"((?<int>[0-9]{1,3}(?:{sp}[0-9]{3})+(?![0-9])|[0-9]+)(?:,(?<frac>[0-9]+))?)"
      uR"((?:{sp}{0,2}(?<pct>%|pour{sp}?cent{end}))"
      uR"(|(?:{sp}{0,2}(?<scale>(?<e3>mille|k)|(?<e6>millions?|mn|M)|(?<e9>milliards?|Mds?|Mrds?))"
      uR"(|(?<e12>billions?)|(?<e18>trillions?)){end})?)"
      // "de"/"d'" only after a scale: "3 millions d'euros", but "40 dollars".
      uR"((?:{sp}{0,2}(?(<scale>)(?:de{sp}{1,2}|d['\x{2019}])?))"
      // Canadian, Australian… dollars are not USD.
      uR"((?:(?<usd>(?:dollars?(?!{sp}{1,2}(?:canadiens?|australiens?|n[ée]o-z[ée]landais)"
      uR"(|hongkongais|ta[ïi]wanais|singapouriens?|de{sp}Hong{sp}Kong|de{sp}Singapour)))"
      uR"((?:{sp}{1,2}(?:am[ée]ricains|US))?|USD){end}|\${sp}?US{end}|US\$|\$))"
      uR"(|(?<eur>(?:euros?|EUR){end}|€)|(?<cny>(?:yuans?|renminbi|CNY|RMB){end})))?))";

// English has no "de", groups digits with commas too, writes "US dollars" and "$5-billion".
constexpr QStringView EnglishNumber
    = uR"((?<int>[0-9]{1,3}(?:[,\x{20}\x{A0}\x{202F}][0-9]{3})+(?![0-9])|[0-9]+))"
      uR"((?:\.(?<frac>[0-9]+))?)"
      uR"((?:{sp}{0,2}(?<pct>%|per{sp}?cent{end}|pct{end}))"
      uR"(|(?:(?:{sp}{0,2}|-)(?<scale>(?<e3>thousand|k)|(?<e6>millions?|mn|mln|m))"
      uR"(|(?<e9>billions?|bn|b)|(?<e12>trillions?|tn|trn|t)|(?<e18>quintillions?)){end})?)"
      uR"((?:{sp}{0,2}(?:(?<usd>(?:(?:US|U\.S\.){sp}{1,2})?dollars?{end}|USD{end}|US\$|\$))"
      uR"(|(?<eur>(?:euros?|EUR){end}|€)|(?<cny>(?:yuan|renminbi|CNY|RMB){end})))?))";

// Read backwards from a number (the pattern ends at \z, the number's start): an optional
// qualifier, then an optional currency sign or code ("près de ", "nearly $", "US$", "USD ").
constexpr QStringView FrenchLead
    = uR"((?<![\p{L}\p{N}]))"
      uR"((?:(?<qual>(?:pr[èe]s|plus|moins|autour){sp}{1,2}(?:de|d['\x{2019}])|au{sp}{1,2}moins)"
      uR"(|jusqu['\x{2019}][àa]|environ|quelque|presque|approximativement){sp}{0,2})?)"
      uR"((?:(?:(?<usd>US\$|\$|USD)|(?<eur>€|EUR)|(?<cny>CNY|RMB)){sp}?)?\z)";

constexpr QStringView EnglishLead
    = uR"((?<![\p{L}\p{N}]))"
      uR"((?:(?<qual>nearly|about|around|almost|approximately|roughly|some)"
      uR"(|(?:more|less){sp}{1,2}than|over|under|up{sp}{1,2}to|at{sp}{1,2}least){sp}{0,2})?)"
      uR"((?:(?:(?<usd>US\$|\$|USD)|(?<eur>€|EUR)|(?<cny>CNY|RMB)){sp}?)?\z)";

QRegularExpression compile(QStringView source)
{
    QString pattern = source.toString();
    pattern.replace(u"{sp}"_s, SpaceClass.toString()).replace(u"{end}"_s, WordEnd.toString());
    QRegularExpression regex(pattern, QRegularExpression::CaseInsensitiveOption);
    Q_ASSERT_X(regex.isValid(), "FigureParser", qPrintable(regex.errorString()));
    regex.optimize(); // compile (and JIT) now rather than on the first text
    return regex;
}

int groupIndex(const QRegularExpression &regex, QStringView name)
{
    const int index = int(regex.namedCaptureGroups().indexOf(name));
    Q_ASSERT(index > 0);
    return index;
}

QRegularExpressionMatch matchView(const QRegularExpression &regex, QStringView subject,
                                  QRegularExpression::MatchOptions options = {})
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return regex.matchView(subject, 0, QRegularExpression::NormalMatch, options);
#else
    return regex.match(subject, 0, QRegularExpression::NormalMatch, options);
#endif
}

bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}

bool isSpace(QChar c)
{
    return c.unicode() == u' ' || c.unicode() == u'\u00A0' || c.unicode() == u'\u202F';
}

// Whether the digit at `pos` may start a number. Digits glued to a word ("H20", "B200", "MI325X",
// "R1"), after a hyphen ("GPT-1", also U+2010/U+2011) or after a dot ("3.5", "v2.1") belong to a
// name or a version; digits after "digit," are the rest of "1,5" or "1,500".
bool canStartNumber(QStringView text, qsizetype pos)
{
    if (pos == 0)
        return true;
    const QChar before = text[pos - 1];
    if (before.isLetterOrNumber())
        return false;
    switch (before.unicode()) {
    case u'-':
    case u'\u2010':
    case u'\u2011':
    case u'.':
    case u'_': return false;
    case u',': return pos < 2 || !isAsciiDigit(text[pos - 2]);
    default: return true;
    }
}

// Whether a currency sign or code may end right before the digit at `pos` ("$5", "US$500bn",
// "€3", "USD 5"): saves the backward match for the years and dates that make most numbers.
bool mayFollowCurrency(QStringView text, qsizetype pos)
{
    if (pos > 0 && isSpace(text[pos - 1]))
        --pos;
    if (pos == 0)
        return false;
    const char16_t c = text[pos - 1].unicode();
    return c == u'$' || c == u'€' || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
}

// `window` cut before its first unpaired surrogate. PCRE rejects invalid UTF-16 outright, while a
// figure holds no surrogate, so the text past one cannot matter.
QStringView upToBrokenSurrogate(QStringView window)
{
    for (qsizetype i = 0; i < window.size(); ++i) {
        const QChar c = window[i];
        if (!c.isSurrogate())
            continue;
        if (c.isHighSurrogate() && i + 1 < window.size() && window[i + 1].isLowSurrogate())
            ++i;
        else
            return window.first(i);
    }
    return window;
}

// `window` started after its last unpaired surrogate: the same, read backwards.
QStringView afterBrokenSurrogate(QStringView window)
{
    for (qsizetype i = window.size() - 1; i >= 0; --i) {
        const QChar c = window[i];
        if (!c.isSurrogate())
            continue;
        if (c.isLowSurrogate() && i > 0 && window[i - 1].isHighSurrogate())
            --i;
        else
            return window.sliced(i + 1);
    }
    return window;
}

// The end of a run of digits and digit groups from `pos`, for skipping an overlong number whole:
// restarting inside it would read its tail ("000 000 dollars") as a figure.
qsizetype endOfNumberRun(QStringView text, qsizetype pos)
{
    while (pos < text.size()) {
        const QChar c = text[pos];
        if (isAsciiDigit(c))
            ++pos;
        else if ((isSpace(c) || c == u',') && pos + 1 < text.size() && isAsciiDigit(text[pos + 1]))
            pos += 2;
        else
            break;
    }
    return pos;
}

enum class Unit { None, Usd, Eur, Cny, Percent };

// Literals: the QStrings share static data, copying them allocates nothing.
QString unitCode(Unit unit)
{
    switch (unit) {
    case Unit::Usd: return u"USD"_s;
    case Unit::Eur: return u"EUR"_s;
    case Unit::Cny: return u"CNY"_s;
    case Unit::Percent: return u"%"_s;
    case Unit::None: break;
    }
    return {};
}

} // namespace

struct FigureParser::Private
{
    explicit Private(const QString &language);

    // The figure whose number starts at the digit `digit`, not reaching back before `floor` (the
    // end of the previous figure). Sets `resume` to where the scan goes on.
    std::optional<FigureMatch> figureAt(QStringView text, qsizetype digit, qsizetype floor,
                                        qsizetype &resume) const;
    // The value of a number's digits, read by ICU in the text's language.
    std::optional<double> parse(QStringView integer, QStringView fraction) const;

    // Capture groups of the currencies, shared by both regexes.
    struct CurrencyGroups
    {
        int usd = 0;
        int eur = 0;
        int cny = 0;

        CurrencyGroups() = default;
        explicit CurrencyGroups(const QRegularExpression &regex)
            : usd(groupIndex(regex, u"usd"))
            , eur(groupIndex(regex, u"eur"))
            , cny(groupIndex(regex, u"cny"))
        {
        }
        Unit unit(const QRegularExpressionMatch &match) const
        {
            if (match.hasCaptured(usd))
                return Unit::Usd;
            if (match.hasCaptured(eur))
                return Unit::Eur;
            if (match.hasCaptured(cny))
                return Unit::Cny;
            return Unit::None;
        }
    };

    bool m_french = false;
    QRegularExpression m_number; // anchored at a digit: number, percent or scale and currency
    QRegularExpression m_lead; // ends at the number: qualifier and currency sign
    int m_integerGroup = 0;
    int m_fractionGroup = 0;
    int m_percentGroup = 0;
    std::array<int, ScaleExponents.size()> m_scaleGroups{};
    CurrencyGroups m_numberCurrency;
    int m_qualifierGroup = 0;
    CurrencyGroups m_leadCurrency;

    std::unique_ptr<icu::NumberFormat> m_format;
    QString m_decimalSeparator; // the locale's, written between the digits handed to ICU
};

FigureParser::Private::Private(const QString &language)
    : m_french(language.size() >= 2 && language.first(2).compare(u"fr", Qt::CaseInsensitive) == 0
               && (language.size() == 2 || language[2] == u'_' || language[2] == u'-'))
    , m_number(compile(m_french ? FrenchNumber : EnglishNumber))
    , m_lead(compile(m_french ? FrenchLead : EnglishLead))
{
    m_integerGroup = groupIndex(m_number, u"int");
    m_fractionGroup = groupIndex(m_number, u"frac");
    m_percentGroup = groupIndex(m_number, u"pct");
    for (size_t i = 0; i < ScaleExponents.size(); ++i)
        m_scaleGroups[i] = groupIndex(m_number, QString(u"e" % QString::number(ScaleExponents[i])));
    m_numberCurrency = CurrencyGroups(m_number);
    m_qualifierGroup = groupIndex(m_lead, u"qual");
    m_leadCurrency = CurrencyGroups(m_lead);

    // Any language other than French is read as English, so its numbers too: "1,500" is 1500.
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale locale = icu_bridge::locale(m_french ? language : u"en"_s);
    m_format.reset(icu::NumberFormat::createInstance(locale, status));
    if (U_FAILURE(status)) {
        m_format.reset();
        return; // no number can be read, so no figure is found; better than a crash
    }
    // The digits reach ICU without group separators; the decimal one is the locale's own.
    m_decimalSeparator = m_french ? u","_s : u"."_s;
    if (const auto *decimal = dynamic_cast<const icu::DecimalFormat *>(m_format.get())) {
        const icu::UnicodeString &separator = decimal->getDecimalFormatSymbols()->getConstSymbol(
            icu::DecimalFormatSymbols::kDecimalSeparatorSymbol);
        if (separator.length() > 0 && separator.length() <= MaxSeparatorLength)
            m_decimalSeparator = icu_bridge::toQString(separator);
    }
}

std::optional<double> FigureParser::Private::parse(QStringView integer, QStringView fraction) const
{
    if (!m_format || integer.size() > MaxIntegerLength || fraction.size() > MaxFractionLength)
        return std::nullopt;

    // A stack buffer: no allocation for the common case of a figure.
    std::array<char16_t, NumberBufferSize> buffer;
    qsizetype length = 0;
    for (const QChar c : integer) {
        if (isAsciiDigit(c))
            buffer[length++] = c.unicode();
    }
    if (!fraction.isEmpty()) {
        for (const QChar c : QStringView(m_decimalSeparator))
            buffer[length++] = c.unicode();
        for (const QChar c : fraction)
            buffer[length++] = c.unicode();
    }

    const icu::UnicodeString digits = icu_bridge::alias(QStringView(buffer.data(), length));
    icu::Formattable result;
    icu::ParsePosition position(0);
    m_format->parse(digits, result, position);
    if (position.getErrorIndex() >= 0 || position.getIndex() != digits.length())
        return std::nullopt;
    UErrorCode status = U_ZERO_ERROR;
    const double value = result.getDouble(status);
    if (U_FAILURE(status) || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<FigureMatch> FigureParser::Private::figureAt(QStringView text, qsizetype digit,
                                                           qsizetype floor, qsizetype &resume) const
{
    resume = digit + 1; // past the digit at least; the following ones cannot start a number

    const QStringView ahead
        = upToBrokenSurrogate(text.sliced(digit, qMin(ForwardWindow, text.size() - digit)));
    const QRegularExpressionMatch number
        = matchView(m_number, ahead, QRegularExpression::AnchorAtOffsetMatchOption);
    if (!number.hasMatch())
        return std::nullopt;

    const QStringView integer = number.capturedView(m_integerGroup);
    const QStringView fraction = number.capturedView(m_fractionGroup);
    if (integer.size() > MaxIntegerLength) {
        resume = endOfNumberRun(text, digit);
        return std::nullopt;
    }
    resume = digit + integer.size();

    const bool percent = number.hasCaptured(m_percentGroup);
    Unit unit = percent ? Unit::Percent : m_numberCurrency.unit(number);
    if (unit == Unit::None && !mayFollowCurrency(text, digit))
        return std::nullopt; // a year, a day, a count: not a figure

    // The qualifier and currency sign before the number.
    qsizetype start = digit;
    QString qualifier;
    const qsizetype from = qMax(floor, digit - BackwardWindow);
    const QStringView behind = afterBrokenSurrogate(text.sliced(from, digit - from));
    const qsizetype behindOffset = digit - behind.size();
    const QRegularExpressionMatch lead = matchView(m_lead, behind);
    if (lead.hasMatch()) {
        const Unit leadUnit = m_leadCurrency.unit(lead);
        if (leadUnit != Unit::None) {
            // "$5%" is no figure, "€5 millions de dollars" no amount.
            if (percent || (unit != Unit::None && unit != leadUnit))
                return std::nullopt;
            unit = leadUnit;
        }
        if (lead.hasCaptured(m_qualifierGroup))
            qualifier = lead.captured(m_qualifierGroup);
        start = behindOffset + lead.capturedStart();
    }
    if (unit == Unit::None)
        return std::nullopt;

    const std::optional<double> value = parse(integer, fraction);
    if (!value)
        return std::nullopt;
    double scale = 1;
    for (size_t i = 0; i < ScaleExponents.size(); ++i) {
        if (number.hasCaptured(m_scaleGroups[i])) {
            scale = std::pow(10.0, ScaleExponents[i]);
            break;
        }
    }

    FigureMatch figure;
    figure.kind = percent ? FigureMatch::Kind::Percent : FigureMatch::Kind::Money;
    figure.start = start;
    figure.end = digit + number.capturedEnd();
    figure.value = *value * scale;
    figure.unit = unitCode(unit);
    figure.approximate = !qualifier.isEmpty();
    figure.qualifier = std::move(qualifier);
    resume = figure.end;
    return figure;
}

FigureParser::FigureParser(const QString &language)
    : d(std::make_unique<Private>(language))
{
}

FigureParser::~FigureParser() = default;

QList<FigureMatch> FigureParser::find(QStringView text) const
{
    QList<FigureMatch> figures;
    qsizetype floor = 0; // figures do not overlap: the next one starts after the last
    qsizetype i = 0;
    // A plain scan for digits that may start a number; the regexes run only there, on a window.
    while (i < text.size()) {
        if (!isAsciiDigit(text[i]) || !canStartNumber(text, i)) {
            ++i;
            continue;
        }
        qsizetype resume = i + 1;
        if (std::optional<FigureMatch> figure = d->figureAt(text, i, floor, resume)) {
            floor = figure->end;
            figures.append(std::move(*figure));
        }
        i = qMax(resume, i + 1);
    }
    return figures;
}

} // namespace storyline
