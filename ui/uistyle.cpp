// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "uistyle.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace storyline::UiStyle {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(UiStyle)
};

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(a.redF() * (1 - t) + b.redF() * t,
                            a.greenF() * (1 - t) + b.greenF() * t,
                            a.blueF() * (1 - t) + b.blueF() * t);
}

} // namespace

QColor entityColor(EntityType type)
{
    switch (type) {
    case EntityType::Person: return QColor(0xD5, 0x5E, 0x00); // vermillion
    case EntityType::Organization: return QColor(0x00, 0x72, 0xB2); // blue
    case EntityType::Place: return QColor(0x00, 0x9E, 0x73); // bluish green
    case EntityType::Product: return QColor(0xCC, 0x79, 0xA7); // reddish purple
    case EntityType::Event: return QColor(0xE6, 0x9F, 0x00); // orange
    }
    return Qt::gray;
}

QTextCharFormat::UnderlineStyle entityUnderline(EntityType type)
{
    switch (type) {
    case EntityType::Person: return QTextCharFormat::SingleUnderline;
    case EntityType::Organization: return QTextCharFormat::DashUnderline;
    case EntityType::Place: return QTextCharFormat::DotLine;
    case EntityType::Product: return QTextCharFormat::WaveUnderline;
    case EntityType::Event: return QTextCharFormat::DashDotLine;
    }
    return QTextCharFormat::SingleUnderline;
}

QColor figureColor()
{
    return QColor(0x56, 0xB4, 0xE9); // sky blue
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::WindowText).lightness()
        > palette.color(QPalette::Window).lightness();
}

QTextCharFormat mentionFormat(EntityType type, const QPalette &palette, bool focused)
{
    const QColor color = entityColor(type);
    const QColor base = palette.color(QPalette::Base);
    QTextCharFormat format;
    format.setBackground(mix(base, color, focused ? 0.45 : 0.16));
    format.setUnderlineColor(color);
    format.setUnderlineStyle(entityUnderline(type));
    if (focused)
        format.setFontWeight(QFont::DemiBold);
    return format;
}

QTextCharFormat figureFormat(const QPalette &palette, bool focused)
{
    QTextCharFormat format;
    format.setBackground(mix(palette.color(QPalette::Base), figureColor(), focused ? 0.55 : 0.3));
    format.setFontWeight(QFont::DemiBold);
    return format;
}

QString entityTypeLabel(EntityType type, bool plural)
{
    switch (type) {
    case EntityType::Person: return plural ? Tr::tr("People") : Tr::tr("Person");
    case EntityType::Organization: return plural ? Tr::tr("Organizations") : Tr::tr("Organization");
    case EntityType::Place: return plural ? Tr::tr("Places") : Tr::tr("Place");
    case EntityType::Product: return plural ? Tr::tr("Products") : Tr::tr("Product");
    case EntityType::Event: return plural ? Tr::tr("Events") : Tr::tr("Event");
    }
    return {};
}

QString basisLabel(DateBasis basis)
{
    switch (basis) {
    case DateBasis::Text: return Tr::tr("date stated in the text");
    case DateBasis::Relative: return Tr::tr("date worked out from the publication date");
    case DateBasis::PublicRecord: return Tr::tr("date from the public record");
    }
    return {};
}

namespace {

QString singleDate(const PartialDate &date, const QLocale &locale)
{
    return date.toDisplayString(locale);
}

} // namespace

QString dateText(const PartialDate &start, const std::optional<PartialDate> &end,
                 const QString &language)
{
    const QLocale locale(language);
    if (!end || *end == start)
        return singleDate(start, locale);
    const QDate a = start.first();
    const QDate b = end->first();
    if (start.precision() == Precision::Day && a.year() == b.year()) {
        if (a.month() == b.month())
            return u"%1–%2"_s.arg(a.day()).arg(locale.toString(b, u"d MMMM yyyy"_s));
        return u"%1 – %2"_s.arg(locale.toString(a, u"d MMMM"_s),
                                locale.toString(b, u"d MMMM yyyy"_s));
    }
    return u"%1 – %2"_s.arg(singleDate(start, locale), singleDate(*end, locale));
}

QString articleLabel(const Article &article, const QString &language)
{
    const QString outlet = article.outlet.isEmpty() ? Tr::tr("unnamed outlet") : article.outlet;
    if (!article.published)
        return Tr::tr("%1 (%2)").arg(outlet, article.id);
    return Tr::tr("%1, %2 (%3)")
        .arg(outlet, dateText(*article.published, std::nullopt, language), article.id);
}

QString uiLanguage()
{
    return QLocale().language() == QLocale::French ? u"fr"_s : u"en"_s;
}

} // namespace storyline::UiStyle
