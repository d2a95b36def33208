// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/figureparser.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace storyline {

namespace {

using Kind = FigureMatch::Kind;

const QString SeedFolder = QStringLiteral(
    STORYLINE_FIXTURES "/../../resources/stories/nvidia-export-controls/articles/");

QString readSeed(const QString &name)
{
    QFile file(SeedFolder + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

QString spanOf(QStringView text, const FigureMatch &figure)
{
    return text.sliced(figure.start, figure.end - figure.start).toString();
}

// What every result must satisfy, whatever the input: in bounds, in order, not overlapping.
bool wellFormed(QStringView text, const QList<FigureMatch> &figures)
{
    qsizetype previousEnd = 0;
    for (const FigureMatch &figure : figures) {
        if (figure.start < previousEnd || figure.end <= figure.start || figure.end > text.size())
            return false;
        previousEnd = figure.end;
    }
    return true;
}

// Unpaired surrogates cannot be written as string literals.
QString withLoneSurrogates()
{
    return QChar(0xD800) + u" 17 % "_s + QChar(0xDC00) + u"5 milliards de dollars "_s
        + QChar(0xDBFF);
}

} // namespace

class TestFigureParser : public QObject
{
    Q_OBJECT

private slots:
    void findsFigure_data();
    void findsFigure();
    void ignoresNonFigures_data();
    void ignoresNonFigures();
    void findsAllInOrder_data();
    void findsAllInOrder();
    void readsSeedSentences_data();
    void readsSeedSentences();
    void countsSeedArticleFigures_data();
    void countsSeedArticleFigures();
    void survivesHostileInput_data();
    void survivesHostileInput();
};

void TestFigureParser::findsFigure_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("span");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("qualifier"); // empty: not approximate

    const auto money = Kind::Money;
    const auto percent = Kind::Percent;
    const auto fr = u"fr"_s;
    const auto en = u"en"_s;

    // French: decimal comma, groups of three separated by spaces, "milliard" is 10^9.
    QTest::addRow("fr 2 000 milliards de dollars")
        << fr << u"une chute de 2 000 milliards de dollars de la capitalisation"_s << money
        << u"2 000 milliards de dollars"_s << 2e12 << u"USD"_s << QString();
    QTest::addRow("fr 5,5 milliards de dollars")
        << fr << u"coûter à Nvidia 5,5 milliards de dollars, un rappel"_s << money
        << u"5,5 milliards de dollars"_s << 5.5e9 << u"USD"_s << QString();
    QTest::addRow("fr 500 milliards de dollars")
        << fr << u"l’initiative de 500 milliards de dollars"_s << money
        << u"500 milliards de dollars"_s << 5e11 << u"USD"_s << QString();
    QTest::addRow("fr pres de 1 000 milliards")
        << fr << u"disparaître près de 1 000 milliards de dollars des actions"_s << money
        << u"près de 1 000 milliards de dollars"_s << 1e12 << u"USD"_s << u"près de"_s;
    QTest::addRow("fr 17 pct") << fr << u"ont chuté de 17 %."_s << percent << u"17 %"_s << 17.0
                               << u"%"_s << QString();
    QTest::addRow("fr 95 pct narrow nbsp") << fr << u"qui atteignait 95\u202F%."_s << percent
                                           << u"95\u202F%"_s << 95.0 << u"%"_s << QString();
    QTest::addRow("fr 1,5pct") << fr << u"une hausse de 1,5% seulement"_s << percent << u"1,5%"_s
                               << 1.5 << u"%"_s << QString();
    QTest::addRow("fr 12 pour cent") << fr << u"soit 12 pour cent du marché"_s << percent
                                     << u"12 pour cent"_s << 12.0 << u"%"_s << QString();
    QTest::addRow("fr 3 millions d'euros")
        << fr << u"une amende de 3 millions d'euros."_s << money << u"3 millions d'euros"_s << 3e6
        << u"EUR"_s << QString();
    QTest::addRow("fr 3 millions d’euros (U+2019)")
        << fr << u"une amende de 3 millions d’euros."_s << money << u"3 millions d’euros"_s << 3e6
        << u"EUR"_s << QString();
    QTest::addRow("fr 10 Md$") << fr << u"un contrat de 10 Md$ signé"_s << money << u"10 Md$"_s
                               << 1e10 << u"USD"_s << QString();
    QTest::addRow("fr 10 Mds $") << fr << u"un contrat de 10 Mds $ signé"_s << money
                                 << u"10 Mds $"_s << 1e10 << u"USD"_s << QString();
    QTest::addRow("fr 2 000 milliards $")
        << fr << u"pesait 2 000 milliards $ hier"_s << money << u"2 000 milliards $"_s << 2e12
        << u"USD"_s << QString();
    QTest::addRow("fr 1,2 milliard de yuans")
        << fr << u"un fonds de 1,2 milliard de yuans"_s << money << u"1,2 milliard de yuans"_s
        << 1.2e9 << u"CNY"_s << QString();
    QTest::addRow("fr 40 dollars") << fr << u"vendu 40 dollars pièce"_s << money << u"40 dollars"_s
                                   << 40.0 << u"USD"_s << QString();
    QTest::addRow("fr 5,5 milliards $US")
        << fr << u"soit 5,5 milliards $US."_s << money << u"5,5 milliards $US"_s << 5.5e9
        << u"USD"_s << QString();
    QTest::addRow("fr 5 milliards USD") << fr << u"soit 5 milliards USD."_s << money
                                        << u"5 milliards USD"_s << 5e9 << u"USD"_s << QString();
    QTest::addRow("fr dollars américains")
        << fr << u"5 millions de dollars américains"_s << money
        << u"5 millions de dollars américains"_s << 5e6 << u"USD"_s << QString();
    QTest::addRow("fr 200 euros") << fr << u"coûte 200 euros."_s << money << u"200 euros"_s << 200.0
                                  << u"EUR"_s << QString();
    QTest::addRow("fr 30 €") << fr << u"coûte 30 € par mois"_s << money << u"30 €"_s << 30.0
                             << u"EUR"_s << QString();
    QTest::addRow("fr 25 k€") << fr << u"un budget de 25 k€"_s << money << u"25 k€"_s << 25e3
                              << u"EUR"_s << QString();
    QTest::addRow("fr 8 milliards de renminbi")
        << fr << u"8 milliards de renminbi"_s << money << u"8 milliards de renminbi"_s << 8e9
        << u"CNY"_s << QString();
    QTest::addRow("fr 7 millions de CNY") << fr << u"7 millions de CNY"_s << money
                                          << u"7 millions de CNY"_s << 7e6 << u"CNY"_s << QString();
    QTest::addRow("fr 1,500 dollars is 1.5") << fr << u"à 1,500 dollars"_s << money
                                             << u"1,500 dollars"_s << 1.5 << u"USD"_s << QString();
    QTest::addRow("fr billion is 10^12")
        << fr << u"2 billions de dollars"_s << money << u"2 billions de dollars"_s << 2e12
        << u"USD"_s << QString();
    QTest::addRow("fr 1 000 000 dollars") << fr << u"1 000 000 dollars"_s << money
                                          << u"1 000 000 dollars"_s << 1e6 << u"USD"_s << QString();
    QTest::addRow("fr groups with U+00A0")
        << fr << u"une chute de 2\u00A0000\u00A0milliards de dollars"_s << money
        << u"2\u00A0000\u00A0milliards de dollars"_s << 2e12 << u"USD"_s << QString();
    QTest::addRow("fr groups with U+202F")
        << fr << u"près de 1\u202F000 milliards de dollars"_s << money
        << u"près de 1\u202F000 milliards de dollars"_s << 1e12 << u"USD"_s << u"près de"_s;
    QTest::addRow("fr grouped decimal")
        << fr << u"1 234,5 millions d'euros"_s << money << u"1 234,5 millions d'euros"_s << 1234.5e6
        << u"EUR"_s << QString();
    QTest::addRow("fr prefix $") << fr << u"un chèque de $40 seulement"_s << money << u"$40"_s
                                 << 40.0 << u"USD"_s << QString();
    QTest::addRow("fr after a year")
        << fr << u"en 2025 17 % de plus"_s << percent << u"17 %"_s << 17.0 << u"%"_s << QString();
    QTest::addRow("fr offsets after an emoji")
        << fr << u"😀 hausse de 17 %"_s << percent << u"17 %"_s << 17.0 << u"%"_s << QString();
    QTest::addRow("fr-FR is French")
        << u"fr_FR"_s << u"1,5 %"_s << percent << u"1,5 %"_s << 1.5 << u"%"_s << QString();

    // French qualifiers: the span starts with them.
    QTest::addRow("fr Près de (capital)") << fr << u"Près de 17 % des ventes"_s << percent
                                          << u"Près de 17 %"_s << 17.0 << u"%"_s << u"Près de"_s;
    QTest::addRow("fr près d'") << fr << u"près d'1 milliard d'euros"_s << money
                                << u"près d'1 milliard d'euros"_s << 1e9 << u"EUR"_s
                                << u"près d'"_s;
    QTest::addRow("fr près d’ (U+2019)")
        << fr << u"près d’1 milliard d’euros"_s << money << u"près d’1 milliard d’euros"_s << 1e9
        << u"EUR"_s << u"près d’"_s;
    QTest::addRow("fr environ") << fr << u"environ 5 %"_s << percent << u"environ 5 %"_s << 5.0
                                << u"%"_s << u"environ"_s;
    QTest::addRow("fr quelque") << fr << u"quelque 500 millions d'euros"_s << money
                                << u"quelque 500 millions d'euros"_s << 5e8 << u"EUR"_s
                                << u"quelque"_s;
    QTest::addRow("fr presque") << fr << u"presque 40 %"_s << percent << u"presque 40 %"_s << 40.0
                                << u"%"_s << u"presque"_s;
    QTest::addRow("fr plus de") << fr << u"une hausse de plus de 3 milliards de dollars"_s << money
                                << u"plus de 3 milliards de dollars"_s << 3e9 << u"USD"_s
                                << u"plus de"_s;
    QTest::addRow("fr moins de") << fr << u"moins de 10 %"_s << percent << u"moins de 10 %"_s
                                 << 10.0 << u"%"_s << u"moins de"_s;
    QTest::addRow("fr au moins") << fr << u"au moins 2 millions d'euros"_s << money
                                 << u"au moins 2 millions d'euros"_s << 2e6 << u"EUR"_s
                                 << u"au moins"_s;
    QTest::addRow("fr jusqu'à") << fr << u"jusqu'à 25 %"_s << percent << u"jusqu'à 25 %"_s << 25.0
                                << u"%"_s << u"jusqu'à"_s;
    QTest::addRow("fr jusqu’à (U+2019)") << fr << u"jusqu’à 25 %"_s << percent << u"jusqu’à 25 %"_s
                                         << 25.0 << u"%"_s << u"jusqu’à"_s;
    QTest::addRow("fr autour de") << fr << u"autour de 4 %"_s << percent << u"autour de 4 %"_s
                                  << 4.0 << u"%"_s << u"autour de"_s;
    QTest::addRow("fr approximativement")
        << fr << u"approximativement 12 %"_s << percent << u"approximativement 12 %"_s << 12.0
        << u"%"_s << u"approximativement"_s;
    QTest::addRow("fr surplus is no qualifier")
        << fr << u"un surplus de 5 %"_s << percent << u"5 %"_s << 5.0 << u"%"_s << QString();

    // English: decimal point, comma groups, "billion" is 10^9, currency signs before the number.
    QTest::addRow("en $5.5 billion") << en << u"cost Nvidia $5.5 billion."_s << money
                                     << u"$5.5 billion"_s << 5.5e9 << u"USD"_s << QString();
    QTest::addRow("en $2 trillion") << en << u"wiped $2 trillion off"_s << money << u"$2 trillion"_s
                                    << 2e12 << u"USD"_s << QString();
    QTest::addRow("en US$500bn") << en << u"the US$500bn Stargate plan"_s << money << u"US$500bn"_s
                                 << 5e11 << u"USD"_s << QString();
    QTest::addRow("en $500 billion") << en << u"a $500 billion project"_s << money
                                     << u"$500 billion"_s << 5e11 << u"USD"_s << QString();
    QTest::addRow("en 17pct") << en << u"shares fell 17%."_s << percent << u"17%"_s << 17.0
                              << u"%"_s << QString();
    QTest::addRow("en 12 percent") << en << u"a 12 percent drop"_s << percent << u"12 percent"_s
                                   << 12.0 << u"%"_s << QString();
    QTest::addRow("en 12 per cent") << en << u"a 12 per cent drop"_s << percent << u"12 per cent"_s
                                    << 12.0 << u"%"_s << QString();
    QTest::addRow("en 17.5 pct") << en << u"up 17.5 pct"_s << percent << u"17.5 pct"_s << 17.5
                                 << u"%"_s << QString();
    QTest::addRow("en nearly $1 trillion")
        << en << u"erased nearly $1 trillion in value"_s << money << u"nearly $1 trillion"_s << 1e12
        << u"USD"_s << u"nearly"_s;
    QTest::addRow("en about 5.5 billion dollars")
        << en << u"about 5.5 billion dollars"_s << money << u"about 5.5 billion dollars"_s << 5.5e9
        << u"USD"_s << u"about"_s;
    QTest::addRow("en more than 40pct") << en << u"more than 40% of sales"_s << percent
                                        << u"more than 40%"_s << 40.0 << u"%"_s << u"more than"_s;
    QTest::addRow("en €3 million")
        << en << u"a €3 million fine"_s << money << u"€3 million"_s << 3e6 << u"EUR"_s << QString();
    QTest::addRow("en USD 5 billion") << en << u"worth USD 5 billion"_s << money
                                      << u"USD 5 billion"_s << 5e9 << u"USD"_s << QString();
    QTest::addRow("en 1,500 dollars") << en << u"at 1,500 dollars each"_s << money
                                      << u"1,500 dollars"_s << 1500.0 << u"USD"_s << QString();
    QTest::addRow("en $1,500,000.50") << en << u"paid $1,500,000.50"_s << money
                                      << u"$1,500,000.50"_s << 1500000.5 << u"USD"_s << QString();
    QTest::addRow("en 5 billion US dollars")
        << en << u"5 billion US dollars"_s << money << u"5 billion US dollars"_s << 5e9 << u"USD"_s
        << QString();
    QTest::addRow("en 5 billion euros") << en << u"5 billion euros"_s << money
                                        << u"5 billion euros"_s << 5e9 << u"EUR"_s << QString();
    QTest::addRow("en 5 billion yuan") << en << u"5 billion yuan"_s << money << u"5 billion yuan"_s
                                       << 5e9 << u"CNY"_s << QString();
    QTest::addRow("en $10m") << en << u"a $10m round"_s << money << u"$10m"_s << 1e7 << u"USD"_s
                             << QString();
    QTest::addRow("en $5-billion")
        << en << u"a $5-billion deal"_s << money << u"$5-billion"_s << 5e9 << u"USD"_s << QString();
    QTest::addRow("en $2tn") << en << u"a $2tn market"_s << money << u"$2tn"_s << 2e12 << u"USD"_s
                             << QString();
    QTest::addRow("en $50k") << en << u"earns $50k"_s << money << u"$50k"_s << 5e4 << u"USD"_s
                             << QString();
    QTest::addRow("en 40 dollars")
        << en << u"40 dollars"_s << money << u"40 dollars"_s << 40.0 << u"USD"_s << QString();
    QTest::addRow("en other language reads as English")
        << u"de"_s << u"at 1,500 dollars"_s << money << u"1,500 dollars"_s << 1500.0 << u"USD"_s
        << QString();

    // English qualifiers.
    QTest::addRow("en Nearly (capital)")
        << en << u"Nearly $1 trillion vanished"_s << money << u"Nearly $1 trillion"_s << 1e12
        << u"USD"_s << u"Nearly"_s;
    QTest::addRow("en around") << en << u"around 3%"_s << percent << u"around 3%"_s << 3.0 << u"%"_s
                               << u"around"_s;
    QTest::addRow("en almost") << en << u"almost $2 billion"_s << money << u"almost $2 billion"_s
                               << 2e9 << u"USD"_s << u"almost"_s;
    QTest::addRow("en approximately")
        << en << u"approximately 12%"_s << percent << u"approximately 12%"_s << 12.0 << u"%"_s
        << u"approximately"_s;
    QTest::addRow("en roughly") << en << u"roughly €3 million"_s << money << u"roughly €3 million"_s
                                << 3e6 << u"EUR"_s << u"roughly"_s;
    QTest::addRow("en some") << en << u"some $5 billion"_s << money << u"some $5 billion"_s << 5e9
                             << u"USD"_s << u"some"_s;
    QTest::addRow("en over") << en << u"over 40%"_s << percent << u"over 40%"_s << 40.0 << u"%"_s
                             << u"over"_s;
    QTest::addRow("en less than") << en << u"less than 10%"_s << percent << u"less than 10%"_s
                                  << 10.0 << u"%"_s << u"less than"_s;
    QTest::addRow("en under") << en << u"under 5%"_s << percent << u"under 5%"_s << 5.0 << u"%"_s
                              << u"under"_s;
    QTest::addRow("en up to") << en << u"up to 25%"_s << percent << u"up to 25%"_s << 25.0 << u"%"_s
                              << u"up to"_s;
    QTest::addRow("en at least") << en << u"at least $1 billion"_s << money
                                 << u"at least $1 billion"_s << 1e9 << u"USD"_s << u"at least"_s;
    QTest::addRow("en handsome is no qualifier")
        << en << u"a handsome 5%"_s << percent << u"5%"_s << 5.0 << u"%"_s << QString();
}

void TestFigureParser::findsFigure()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(Kind, kind);
    QFETCH(QString, span);
    QFETCH(double, value);
    QFETCH(QString, unit);
    QFETCH(QString, qualifier);

    const FigureParser parser(language);
    const QList<FigureMatch> figures = parser.find(text);
    QCOMPARE(figures.size(), 1);
    const FigureMatch &figure = figures.first();
    QCOMPARE(figure.kind, kind);
    QCOMPARE(spanOf(text, figure), span);
    QVERIFY2(qFuzzyCompare(figure.value, value),
             qPrintable(u"%1 instead of %2"_s.arg(figure.value).arg(value)));
    QCOMPARE(figure.unit, unit);
    QCOMPARE(figure.approximate, !qualifier.isEmpty());
    QCOMPARE(figure.qualifier, qualifier);
}

void TestFigureParser::ignoresNonFigures_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");

    const auto fr = u"fr"_s;
    const auto en = u"en"_s;

    // Years, dates, counts and model names: numbers, but neither money nor percentages.
    QTest::addRow("fr year") << fr << u"en 2025"_s;
    QTest::addRow("fr CES 2025") << fr << u"au CES 2025, reflétant"_s;
    QTest::addRow("fr date") << fr << u"le vendredi 31 janvier 2025, rapporte"_s;
    QTest::addRow("fr day") << fr << u"doit entrer en vigueur le 15 mai."_s;
    QTest::addRow("fr GPT-1") << fr << u"ceux du GPT-1 d’OpenAI"_s;
    QTest::addRow("fr R1") << fr << u"avec son modèle R1, obtenant"_s;
    QTest::addRow("fr H20") << fr << u"les puces H20 vers la Chine"_s;
    QTest::addRow("fr B200") << fr << u"le B200 pulvérise des records"_s;
    QTest::addRow("fr MI325X") << fr << u"AMD MI325X dans les derniers"_s;
    QTest::addRow("fr MI308") << fr << u"des puces MI308 d’AMD"_s;
    QTest::addRow("fr Comptex 2025") << fr << u"à Comptex 2025 cette année"_s;
    QTest::addRow("fr Hopper 1") << fr << u"lutte contre Hopper 1\n"_s;
    QTest::addRow("fr glued to letters") << fr << u"H20 % et B200 dollars et X5 milliards $"_s;
    QTest::addRow("fr after hyphen") << fr << u"GPT-4 % et RTX-5090 dollars"_s;
    QTest::addRow("fr after dot") << fr << u"version 2.5 %"_s;
    QTest::addRow("fr digits glued after") << fr << u"les 20ans et 3Mdollars"_s;
    QTest::addRow("fr scale without currency") << fr << u"les 500 milliards promis"_s;
    QTest::addRow("fr de without scale") << fr << u"le 15 de dollars"_s;
    QTest::addRow("fr Canadian dollars") << fr << u"5 millions de dollars canadiens"_s;
    QTest::addRow("fr Hong Kong dollars") << fr << u"5 milliards de dollars de Hong Kong"_s;
    QTest::addRow("fr euro as prefix of a word") << fr << u"15 européens"_s;
    QTest::addRow("fr range without unit") << fr << u"de 2 000 à 3 000"_s;
    QTest::addRow("en year") << en << u"in 2025, Nvidia"_s;
    QTest::addRow("en model names") << en << u"GPT-4o, R1, H20, B200 and MI325X"_s;
    QTest::addRow("en count") << en << u"1,500 units and 5 million people"_s;
    QTest::addRow("en foreign dollars") << en << u"C$5 million, HK$5 billion and A$3 billion"_s;
    QTest::addRow("en percent sign after currency") << en << u"$5%"_s;
    QTest::addRow("en qualifier alone") << en << u"nearly there, about time"_s;
    QTest::addRow("empty") << fr << QString();
}

void TestFigureParser::ignoresNonFigures()
{
    QFETCH(QString, language);
    QFETCH(QString, text);

    const QList<FigureMatch> figures = FigureParser(language).find(text);
    for (const FigureMatch &figure : figures)
        qWarning() << "unexpected figure:" << spanOf(text, figure);
    QVERIFY(figures.isEmpty());
}

void TestFigureParser::findsAllInOrder_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("spans");

    QTest::addRow("fr")
        << u"fr"_s
        << u"En 2025, les actions ont chuté de 17 % et près de 1 000 milliards de dollars ont "
           "disparu, soit 5,5 milliards $US pour Nvidia et 3 millions d’euros d’amende."_s
        << QStringList{u"17 %"_s, u"près de 1 000 milliards de dollars"_s, u"5,5 milliards $US"_s,
                       u"3 millions d’euros"_s};
    QTest::addRow("en")
        << u"en"_s
        << u"In 2025 shares fell 17% as nearly $1 trillion vanished; the US$500bn plan and "
           "1,500 dollars, up to 40%."_s
        << QStringList{u"17%"_s, u"nearly $1 trillion"_s, u"US$500bn"_s, u"1,500 dollars"_s,
                       u"up to 40%"_s};
    QTest::addRow("fr adjacent") << u"fr"_s << u"17 %18 %"_s << QStringList{u"17 %"_s, u"18 %"_s};
}

void TestFigureParser::findsAllInOrder()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QStringList, spans);

    const QList<FigureMatch> figures = FigureParser(language).find(text);
    QVERIFY(wellFormed(text, figures));
    QStringList found;
    for (const FigureMatch &figure : figures)
        found.append(spanOf(text, figure));
    QCOMPARE(found, spans);
}

void TestFigureParser::readsSeedSentences_data()
{
    QTest::addColumn<QString>("article");
    QTest::addColumn<QString>("sentence"); // byte for byte as in the article
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("span");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("qualifier");

    QTest::addRow("000 chute")
        << u"000_1abfa8f8f5af7d22.txt"_s
        << u"chute vertigineuse de 2 000 milliards de dollars de la capitalisation"_s << Kind::Money
        << u"2 000 milliards de dollars"_s << 2e12 << u"USD"_s << QString();
    QTest::addRow("000 Stargate") << u"000_1abfa8f8f5af7d22.txt"_s
                                  << u"initiative « Stargate » de 500 milliards de dollars"_s
                                  << Kind::Money << u"500 milliards de dollars"_s << 5e11
                                  << u"USD"_s << QString();
    QTest::addRow("001 près de") << u"001_59bce69ceb7fde57.txt"_s
                                 << u"près de 1 000 milliards de dollars des actions"_s
                                 << Kind::Money << u"près de 1 000 milliards de dollars"_s << 1e12
                                 << u"USD"_s << u"près de"_s;
    QTest::addRow("001 17 pct") << u"001_59bce69ceb7fde57.txt"_s << u"ont chuté de 17 %."_s
                                << Kind::Percent << u"17 %"_s << 17.0 << u"%"_s << QString();
    QTest::addRow("002 95 pct") << u"002_249f48d15da27b34.txt"_s << u"qui atteignait 95 %."_s
                                << Kind::Percent << u"95 %"_s << 95.0 << u"%"_s << QString();
    QTest::addRow("003 5,5 milliards")
        << u"003_e48b0203d2728b9f.txt"_s << u"coûter à Nvidia 5,5 milliards de dollars"_s
        << Kind::Money << u"5,5 milliards de dollars"_s << 5.5e9 << u"USD"_s << QString();
}

void TestFigureParser::readsSeedSentences()
{
    QFETCH(QString, article);
    QFETCH(QString, sentence);
    QFETCH(Kind, kind);
    QFETCH(QString, span);
    QFETCH(double, value);
    QFETCH(QString, unit);
    QFETCH(QString, qualifier);

    const QString text = readSeed(article);
    QVERIFY2(!text.isEmpty(), qPrintable(SeedFolder + article));
    const qsizetype sentenceStart = text.indexOf(sentence);
    QVERIFY2(sentenceStart >= 0, "the sentence is not byte for byte in the article");

    const FigureParser parser(u"fr"_s);
    const QList<FigureMatch> figures = parser.find(sentence);
    QCOMPARE(figures.size(), 1);
    const FigureMatch &figure = figures.first();
    QCOMPARE(figure.kind, kind);
    QCOMPARE(spanOf(sentence, figure), span);
    QVERIFY(qFuzzyCompare(figure.value, value));
    QCOMPARE(figure.unit, unit);
    QCOMPARE(figure.approximate, !qualifier.isEmpty());
    QCOMPARE(figure.qualifier, qualifier);

    // The same figure, at the same place, when the whole article is read.
    FigureMatch inArticle = figure;
    inArticle.start += sentenceStart;
    inArticle.end += sentenceStart;
    QVERIFY(parser.find(text).contains(inArticle));
}

void TestFigureParser::countsSeedArticleFigures_data()
{
    QTest::addColumn<QString>("article");
    QTest::addColumn<QStringList>("spans");

    // Not counted: GPT-1, R1, CES 2025 (000); 31 janvier 2025 (001); Comptex 2025 (002); H20,
    // MI308 (003); 15 mai, MI325X, B200, MLPerf, Hopper 1 (004).
    QTest::addRow("000") << u"000_1abfa8f8f5af7d22.txt"_s
                         << QStringList{u"2 000 milliards de dollars"_s,
                                        u"500 milliards de dollars"_s};
    QTest::addRow("001") << u"001_59bce69ceb7fde57.txt"_s
                         << QStringList{u"près de 1 000 milliards de dollars"_s, u"17 %"_s};
    QTest::addRow("002") << u"002_249f48d15da27b34.txt"_s << QStringList{u"95 %"_s};
    QTest::addRow("003") << u"003_e48b0203d2728b9f.txt"_s
                         << QStringList{u"5,5 milliards de dollars"_s};
    QTest::addRow("004") << u"004_61919c73e829db39.txt"_s << QStringList();
}

void TestFigureParser::countsSeedArticleFigures()
{
    QFETCH(QString, article);
    QFETCH(QStringList, spans);

    const QString text = readSeed(article);
    QVERIFY2(!text.isEmpty(), qPrintable(SeedFolder + article));
    const QList<FigureMatch> figures = FigureParser(u"fr"_s).find(text);
    QVERIFY(wellFormed(text, figures));
    QStringList found;
    for (const FigureMatch &figure : figures)
        found.append(spanOf(text, figure));
    QCOMPARE(found, spans);
}

void TestFigureParser::survivesHostileInput_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("count"); // -1: any number, as long as the result is well formed

    const auto fr = u"fr"_s;
    const auto en = u"en"_s;
    const QString googol400 = u"1"_s + QString(400, u'0');
    QString grouped400 = u"1"_s;
    for (int i = 0; i < 133; ++i)
        grouped400 += u" 000"_s;

    QTest::addRow("empty en") << en << QString() << 0;
    QTest::addRow("digits only") << fr << QString(100'000, u'7') << 0;
    QTest::addRow("10^400 dollars") << fr << googol400 + u" dollars"_s << 0;
    QTest::addRow("10^400 pct") << en << googol400 + u"%"_s << 0;
    QTest::addRow("10^400 grouped dollars") << fr << grouped400 + u" dollars"_s << 0;
    QTest::addRow("10^400 comma grouped")
        << en << u"$"_s + QString(grouped400).replace(u' ', u',') << 0;
    QTest::addRow("long decimals") << fr << u"1,"_s + QString(400, u'5') + u" %"_s << 0;
    QTest::addRow("lone surrogates") << fr << withLoneSurrogates() << 2;
    QTest::addRow("space flood") << fr << u"5"_s + QString(100'000, u' ') + u"%"_s << 0;
    QTest::addRow("many figures") << fr << u"17 % "_s.repeated(10'000) << 10'000;
    QTest::addRow("currency soup")
        << en << u"$$5 US$US$ 5 €€5bn%% 1,,5 ..5 $1,5,5,5 "_s.repeated(500) << -1;
    QTest::addRow("qualifier soup")
        << fr << u"près de près de près d'près de "_s.repeated(2000) << 0;

    QString everyUnit;
    for (char16_t c = 1; c != 0; ++c)
        everyUnit += QChar(c) + u"5 %"_s;
    QTest::addRow("every UTF-16 unit") << en << everyUnit << -1;
}

void TestFigureParser::survivesHostileInput()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(int, count);

    const QList<FigureMatch> figures = FigureParser(language).find(text);
    QVERIFY(wellFormed(text, figures));
    if (count >= 0)
        QCOMPARE(figures.size(), qsizetype(count));
}

} // namespace storyline

QTEST_GUILESS_MAIN(storyline::TestFigureParser)
#include "tst_figureparser.moc"
