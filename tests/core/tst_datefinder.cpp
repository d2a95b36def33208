// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/datefinder.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace storyline {

namespace {

const QString FixtureFolder = QStringLiteral(STORYLINE_FIXTURES "/dates");

std::optional<PartialDate> publication(const QString &text)
{
    return text.isEmpty() ? std::nullopt : PartialDate::parse(text);
}

// "le 15 mai = 2025-05-15", "7 au 10 janvier 2025 = 2025-01-07..2025-01-10",
// "vendredi = 2025-01-31 (future)": one line per match, easy to read in a failure.
QString describe(QStringView text, const DateMatch &m)
{
    QString line = text.sliced(m.start, m.end - m.start).toString() + u" = "_s
        + (m.value ? m.value->toString() : u"null"_s);
    if (m.endValue)
        line += u".."_s + m.endValue->toString();
    if (m.future)
        line += u" (future)"_s;
    return line;
}

QStringList describeAll(const QString &language, const QString &published, const QString &text)
{
    DateFinder finder(language);
    finder.setPublicationDate(publication(published));
    QStringList lines;
    for (const DateMatch &m : finder.find(text))
        lines.append(describe(text, m));
    return lines;
}

// In bounds, in order, not overlapping.
bool wellFormed(QStringView text, const QList<DateMatch> &matches)
{
    qsizetype previousEnd = 0;
    for (const DateMatch &m : matches) {
        if (m.start < previousEnd || m.end <= m.start || m.end > text.size())
            return false;
        previousEnd = m.end;
    }
    return true;
}

QString kindName(DateMatch::Kind kind)
{
    switch (kind) {
    case DateMatch::Kind::Absolute: return u"absolute"_s;
    case DateMatch::Kind::Relative: return u"relative"_s;
    case DateMatch::Kind::NamedEvent: return u"event"_s;
    }
    return {};
}

// A match as the fixtures write it.
QJsonObject toJson(QStringView text, const DateMatch &m)
{
    QJsonObject object{
        {u"text"_s, text.sliced(m.start, m.end - m.start).toString()},
        {u"start"_s, m.start},
        {u"end"_s, m.end},
        {u"value"_s, m.value ? QJsonValue(m.value->toString()) : QJsonValue()},
        {u"precision"_s, m.value ? QJsonValue(precisionName(m.value->precision())) : QJsonValue()},
        {u"kind"_s, kindName(m.kind)},
        {u"future"_s, m.future},
    };
    if (m.endValue)
        object.insert(u"end_value"_s, m.endValue->toString());
    if (!m.event.isEmpty())
        object.insert(u"event"_s, m.event);
    return object;
}

QString brief(const QJsonObject &o)
{
    QString line = u"\""_s + o.value(u"text").toString() + u"\" ["_s
        + QString::number(o.value(u"start").toInteger()) + u","_s
        + QString::number(o.value(u"end").toInteger()) + u") "_s
        + (o.value(u"value").isNull() ? u"null"_s : o.value(u"value").toString()) + u' '
        + o.value(u"kind").toString();
    if (o.contains(u"end_value"))
        line += u" .."_s + o.value(u"end_value").toString();
    if (o.value(u"future").toBool())
        line += u" future"_s;
    if (o.contains(u"event"))
        line += u" event="_s + o.value(u"event").toString();
    return line;
}

struct Fixture
{
    QString name;
    QString text;
    QJsonObject expected;
};

Fixture readFixture(const QString &name)
{
    Fixture fixture{name, {}, {}};
    QFile article(FixtureFolder + u'/' + name + u"/article.txt"_s);
    QFile expected(FixtureFolder + u'/' + name + u"/expected.json"_s);
    if (!article.open(QIODevice::ReadOnly) || !expected.open(QIODevice::ReadOnly))
        return fixture;
    fixture.text = QString::fromUtf8(article.readAll());
    fixture.expected = QJsonDocument::fromJson(expected.readAll()).object();
    return fixture;
}

QList<DateMatch> runFixture(const Fixture &fixture)
{
    DateFinder finder(fixture.expected.value(u"language").toString());
    finder.setPublicationDate(publication(fixture.expected.value(u"published").toString()));
    return finder.find(fixture.text);
}

QString withLoneSurrogates()
{
    return QChar(0xD800) + u" le 15 mai "_s + QChar(0xDC00) + u"vendredi "_s + QChar(0xDBFF)
        + u"CES 2025 "_s + QChar(0xDFFF);
}

} // namespace

class TestDateFinder : public QObject
{
    Q_OBJECT

private slots:
    void findsDates_data();
    void findsDates();
    void ignoresNonDates_data();
    void ignoresNonDates();
    void needsThePublicationDate_data();
    void needsThePublicationDate();
    void reportsKinds_data();
    void reportsKinds();
    void learnsNamedEvents();
    void findsPublicationDate_data();
    void findsPublicationDate();
    void survivesHostileInput_data();
    void survivesHostileInput();
    void matchesGoldenFiles_data();
    void matchesGoldenFiles();
    void measuresGoldenFiles();
};

void TestDateFinder::findsDates_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("published");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    // French, published on Thursday 30 January 2025.
    const QString thu = u"2025-01-30"_s;
    auto fr = [&](const char *name, const QString &text, const QStringList &expected) {
        QTest::addRow("fr %s", name) << u"fr"_s << thu << text << expected;
    };
    fr("weekday day month year", u"Il est venu le vendredi 31 janvier 2025 à Paris."_s,
       {u"le vendredi 31 janvier 2025 = 2025-01-31"_s});
    fr("day month year", u"Publié le 31 janvier 2025."_s, {u"le 31 janvier 2025 = 2025-01-31"_s});
    fr("day month, year from publication", u"La règle entre en vigueur le 15 mai."_s,
       {u"le 15 mai = 2025-05-15"_s});
    fr("first of month", u"Le 1er mai est férié."_s, {u"Le 1er mai = 2025-05-01"_s});
    fr("premier", u"Le premier mai 2025 est férié."_s, {u"Le premier mai 2025 = 2025-05-01"_s});
    fr("month year", u"Rendez-vous en mai 2025."_s, {u"mai 2025 = 2025-05"_s});
    fr("year after en", u"Les ventes ont progressé en 2025."_s, {u"2025 = 2025"_s});
    fr("year after depuis", u"Depuis 2019, rien."_s, {u"2019 = 2019"_s});
    fr("year after d'ici", u"D'ici 2030, tout change."_s, {u"2030 = 2030"_s});
    fr("year after jusqu'en", u"Jusqu'en 2027, rien."_s, {u"2027 = 2027"_s});
    fr("year range", u"De 2020 à 2024, les ventes ont doublé."_s,
       {u"2020 = 2020"_s, u"2024 = 2024"_s});
    fr("l'an 2000", u"Le bogue de l'an 2000."_s, {u"l'an 2000 = 2000"_s});
    fr("mi-janvier", u"Mi-janvier, il a parlé."_s, {u"Mi-janvier = 2025-01"_s});
    fr("fin mars", u"Fin mars, rien ne bougeait."_s, {u"Fin mars = 2025-03"_s});
    fr("début avril", u"Début avril, tout a changé."_s, {u"Début avril = 2025-04"_s});
    fr("fin 2024", u"Fin 2024, les ventes ont chuté."_s, {u"Fin 2024 = 2024"_s});
    fr("à la mi-mars", u"Il viendra à la mi-mars."_s, {u"la mi-mars = 2025-03 (future)"_s});
    fr("mois de", u"Le mois de mai a été calme."_s, {u"Le mois de mai = 2025-05"_s});
    fr("mai dernier", u"En mai dernier, il a parlé."_s, {u"mai dernier = 2024-05"_s});
    fr("le 3 mars dernier", u"Il a été arrêté le 3 mars dernier."_s,
       {u"le 3 mars dernier = 2024-03-03"_s});
    fr("le 3 mars prochain", u"Il viendra le 3 mars prochain."_s,
       {u"le 3 mars prochain = 2025-03-03 (future)"_s});
    fr("janvier prochain", u"En janvier prochain, il viendra."_s,
       {u"janvier prochain = 2026-01 (future)"_s});
    fr("dd/mm/yyyy", u"Daté du 31/01/2025."_s, {u"31/01/2025 = 2025-01-31"_s});
    fr("dd.mm.yyyy", u"Daté du 31.01.2025."_s, {u"31.01.2025 = 2025-01-31"_s});
    fr("dd/mm/yyyy day first", u"Daté du 01/02/2025."_s, {u"01/02/2025 = 2025-02-01"_s});
    fr("ISO", u"Diffusé en ligne (2025-01-31)."_s, {u"2025-01-31 = 2025-01-31"_s});
    fr("no accents", u"En fevrier 2025 et en aout 2025."_s,
       {u"fevrier 2025 = 2025-02"_s, u"aout 2025 = 2025-08"_s});
    fr("accents", u"En février 2025 et en août 2025."_s,
       {u"février 2025 = 2025-02"_s, u"août 2025 = 2025-08"_s});
    fr("decomposed accent", u"En fe\u0301vrier 2025."_s, {u"fe\u0301vrier 2025 = 2025-02"_s});
    fr("abbreviations", u"Le 3 févr. 2025, puis en janv. 2026 et le 7 sept. 2025."_s,
       {u"Le 3 févr. 2025 = 2025-02-03"_s, u"janv. 2026 = 2026-01"_s,
        u"le 7 sept. 2025 = 2025-09-07"_s});
    fr("capitals", u"LE 31 JANVIER 2025."_s, {u"LE 31 JANVIER 2025 = 2025-01-31"_s});
    fr("Mars with a year", u"En Mars 2025, il a neigé."_s, {u"Mars 2025 = 2025-03"_s});
    fr("Mars with a day", u"Le 3 Mars, il a neigé."_s, {u"Le 3 Mars = 2025-03-03"_s});
    fr("mars after en", u"En mars, il a neigé."_s, {u"mars = 2025-03"_s});
    fr("invalid day", u"Le 31 février 2025 n'existe pas."_s, {u"Le 31 février 2025 = null"_s});
    fr("day range", u"Du 7 au 10 janvier 2025, le salon."_s,
       {u"7 au 10 janvier 2025 = 2025-01-07..2025-01-10"_s});
    fr("day range with dash", u"Le salon, 7-10 janvier 2025."_s,
       {u"7-10 janvier 2025 = 2025-01-07..2025-01-10"_s});
    fr("two days", u"Une réunion le 7 et le 8 avril 2025."_s,
       {u"le 7 et le 8 avril 2025 = 2025-04-07..2025-04-08"_s});
    fr("range over two months", u"Du 30 janvier au 2 février 2025."_s,
       {u"30 janvier = 2025-01-30"_s, u"2 février 2025 = 2025-02-02"_s});
    fr("months joined", u"Entre janvier et mars 2024, rien."_s,
       {u"janvier = 2024-01"_s, u"mars 2024 = 2024-03"_s});
    fr("week of", u"La semaine du 13 janvier, le salon a fermé."_s,
       {u"La semaine du 13 janvier = 2025-W03"_s});
    fr("week of, ahead", u"La semaine du 13 janvier, il viendra."_s,
       {u"La semaine du 13 janvier = 2026-W03 (future)"_s});

    fr("hier", u"Hier, le président a signé."_s, {u"Hier = 2025-01-29"_s});
    fr("aujourd'hui", u"Aujourd'hui et aujourd’hui."_s,
       {u"Aujourd'hui = 2025-01-30"_s, u"aujourd’hui = 2025-01-30"_s});
    fr("demain", u"Demain, il parlera."_s, {u"Demain = 2025-01-31 (future)"_s});
    fr("avant-hier, après-demain", u"Avant-hier et après-demain."_s,
       {u"Avant-hier = 2025-01-28"_s, u"après-demain = 2025-02-01 (future)"_s});
    fr("ce matin, hier soir", u"Ce matin comme hier soir."_s,
       {u"Ce matin = 2025-01-30"_s, u"hier soir = 2025-01-29"_s});
    fr("cette semaine", u"Cette semaine, tout a changé."_s, {u"Cette semaine = 2025-W05"_s});
    fr("la semaine dernière", u"La semaine dernière, rien."_s,
       {u"La semaine dernière = 2025-W04"_s});
    fr("la semaine prochaine", u"La semaine prochaine, tout."_s,
       {u"La semaine prochaine = 2025-W06 (future)"_s});
    fr("ce mois-ci", u"Ce mois-ci, rien."_s, {u"Ce mois-ci = 2025-01"_s});
    fr("le mois dernier", u"Le mois dernier, rien."_s, {u"Le mois dernier = 2024-12"_s});
    fr("cette année", u"Cette année, rien."_s, {u"Cette année = 2025"_s});
    fr("l'an dernier", u"L'an dernier, rien."_s, {u"L'an dernier = 2024"_s});
    fr("l'année dernière", u"L'année dernière, rien."_s, {u"L'année dernière = 2024"_s});
    fr("l'an prochain", u"L'an prochain, tout."_s, {u"L'an prochain = 2026 (future)"_s});
    fr("la fin de l'année", u"D'ici la fin de l'année, tout."_s, {u"la fin de l'année = 2025"_s});
    fr("ce printemps", u"Ce printemps, tout."_s, {u"Ce printemps = 2025-SP"_s});
    fr("cet été", u"Cet été, tout."_s, {u"Cet été = 2025-SU"_s});
    fr("cet automne", u"Cet automne, tout."_s, {u"Cet automne = 2024-FA"_s});
    fr("cet hiver", u"Cet hiver, tout."_s, {u"Cet hiver = 2024-WI"_s});
    fr("l'été dernier", u"L'été dernier, rien."_s, {u"L'été dernier = 2024-SU"_s});
    fr("ce week-end", u"Le week-end dernier, rien."_s, {u"Le week-end dernier = 2025-W04"_s});
    fr("il y a", u"Il y a deux semaines, puis il y a trois ans."_s,
       {u"Il y a deux semaines = 2025-W03"_s, u"il y a trois ans = 2022"_s});

    // Bare weekdays: the last one, unless the sentence looks forward.
    fr("weekday, past", u"Vendredi, Huang a rencontré Trump."_s, {u"Vendredi = 2025-01-24"_s});
    fr("weekday, same day", u"Jeudi, Huang a parlé."_s, {u"Jeudi = 2025-01-30"_s});
    fr("weekday, devrait", u"Huang devrait rencontrer Trump à la Maison Blanche vendredi."_s,
       {u"vendredi = 2025-01-31 (future)"_s});
    fr("weekday, future tense", u"Huang rencontrera Trump lundi."_s,
       {u"lundi = 2025-02-03 (future)"_s});
    fr("weekday, va", u"Huang va rencontrer Trump lundi."_s, {u"lundi = 2025-02-03 (future)"_s});
    fr("weekday, two clauses", u"Il a déclaré mardi qu'il rencontrera Trump vendredi."_s,
       {u"mardi = 2025-01-28"_s, u"vendredi = 2025-01-31 (future)"_s});
    fr("weekday, jusqu'à", u"Le salon dure jusqu'à samedi."_s, {u"samedi = 2025-02-01 (future)"_s});
    fr("weekday, dernier", u"Lundi dernier, il a parlé."_s, {u"Lundi dernier = 2025-01-27"_s});
    fr("weekday, prochain", u"Jeudi prochain, il parlera."_s,
       {u"Jeudi prochain = 2025-02-06 (future)"_s});
    fr("weekday starting a sentence", u"Il pleut. Lundi, la Bourse a chuté."_s,
       {u"Lundi = 2025-01-27"_s});
    fr("weekday picks the year", u"Le lundi 10 février, il a parlé."_s,
       {u"Le lundi 10 février = 2025-02-10"_s});

    fr("season with a year", u"Au printemps 2025 et à l'automne 2024."_s,
       {u"printemps 2025 = 2025-SP"_s, u"l'automne 2024 = 2024-FA"_s});
    fr("winter across years", u"L'hiver 2024-2025 sera rude."_s,
       {u"L'hiver 2024-2025 = 2024-WI"_s});
    fr("ambiguous winter", u"L'hiver 2025 sera rude."_s, {u"L'hiver 2025 = null"_s});
    fr("season ahead", u"Une version sera présentée au printemps."_s,
       {u"printemps = 2025-SP (future)"_s});
    fr("quarter", u"Au deuxième trimestre, les ventes ont bondi."_s,
       {u"deuxième trimestre = 2025-Q2"_s});
    fr("quarter with a year", u"Au 2e trimestre 2025 et au T3 2024."_s,
       {u"2e trimestre 2025 = 2025-Q2"_s, u"T3 2024 = 2024-Q3"_s});
    fr("Q2", u"Les résultats du Q2 2025."_s, {u"Q2 2025 = 2025-Q2"_s});
    fr("quarter of next year", u"Au premier trimestre de l'année prochaine."_s,
       {u"premier trimestre de l'année prochaine = 2026-Q1 (future)"_s});
    fr("fiscal quarter", u"Au quatrième trimestre de l'exercice 2025, Nvidia a gagné."_s,
       {u"quatrième trimestre de l'exercice 2025 = null"_s});
    fr("fiscal year", u"Sur l'exercice 2026, les ventes."_s, {u"l'exercice 2026 = null"_s});

    fr("CES 2025", u"Il a parlé au CES 2025."_s, {u"CES 2025 = 2025-01-07..2025-01-10"_s});
    fr("Computex 2025", u"Au Computex 2025, à Taipei."_s,
       {u"Computex 2025 = 2025-05-20..2025-05-23"_s});
    fr("Comptex 2025", u"Au Comptex 2025."_s, {u"Comptex 2025 = 2025-05-20..2025-05-23"_s});
    fr("GTC 2025", u"Lors de la GTC 2025."_s, {u"GTC 2025 = 2025-03-17..2025-03-21"_s});
    fr("MWC, WWDC, Davos", u"Au MWC 2025, à la WWDC 2025 et à Davos 2025."_s,
       {u"MWC 2025 = 2025-03-03..2025-03-06"_s, u"WWDC 2025 = 2025-06-09..2025-06-13"_s,
        u"Davos 2025 = 2025-01-20..2025-01-24"_s});
    fr("G7 summit", u"Au sommet du G7 de 2025."_s,
       {u"sommet du G7 de 2025 = 2025-06-15..2025-06-17"_s});
    fr("unknown edition", u"Au CES 2030."_s, {u"CES 2030 = 2030"_s});
    fr("yearless event, past", u"Au CES, Huang a félicité Trump."_s,
       {u"CES = 2025-01-07..2025-01-10"_s});

    // English, published on Thursday 30 January 2025.
    auto en = [&](const char *name, const QString &text, const QStringList &expected) {
        QTest::addRow("en %s", name) << u"en"_s << thu << text << expected;
    };
    en("month day year", u"On January 31, 2025, they met."_s, {u"January 31, 2025 = 2025-01-31"_s});
    en("abbreviated", u"Jan. 31 was a Friday."_s, {u"Jan. 31 = 2025-01-31"_s});
    en("abbreviation ending a sentence", u"It began in Dec."_s, {u"Dec. = 2024-12"_s});
    en("Sept.", u"On Sept. 3, 2024, it began."_s, {u"Sept. 3, 2024 = 2024-09-03"_s});
    en("ordinals", u"On 31st January 2025 and January 1st."_s,
       {u"31st January 2025 = 2025-01-31"_s, u"January 1st = 2025-01-01"_s});
    en("the 31st of", u"On the 31st of January, they met."_s,
       {u"the 31st of January = 2025-01-31"_s});
    en("weekday and date", u"On Friday, January 31, 2025, they met."_s,
       {u"Friday, January 31, 2025 = 2025-01-31"_s});
    en("mm/dd/yyyy", u"Dated 01/02/2025."_s, {u"01/02/2025 = 2025-01-02"_s});
    en("dd/mm/yyyy when the day says so", u"Dated 31/01/2025."_s, {u"31/01/2025 = 2025-01-31"_s});
    en("ISO", u"Filed 2025-01-31."_s, {u"2025-01-31 = 2025-01-31"_s});
    en("in month", u"In March, prices fell."_s, {u"March = 2025-03"_s});
    en("month year", u"In January 2025, prices fell."_s, {u"January 2025 = 2025-01"_s});
    en("modifiers", u"Mid-January, early March, late April, the end of March, mid-2025."_s,
       {u"Mid-January = 2025-01"_s, u"early March = 2025-03"_s, u"late April = 2025-04"_s,
        u"the end of March = 2025-03"_s, u"mid-2025 = 2025"_s});
    en("years", u"Since 2019, by 2030, from 2020 to 2024."_s,
       {u"2019 = 2019"_s, u"2030 = 2030"_s, u"2020 = 2020"_s, u"2024 = 2024"_s});
    en("yesterday, today, tomorrow", u"Yesterday, today and tomorrow."_s,
       {u"Yesterday = 2025-01-29"_s, u"today = 2025-01-30"_s, u"tomorrow = 2025-01-31 (future)"_s});
    en("weeks", u"This week, last week and next week."_s,
       {u"This week = 2025-W05"_s, u"last week = 2025-W04"_s, u"next week = 2025-W06 (future)"_s});
    en("months", u"This month, last month and next month."_s,
       {u"This month = 2025-01"_s, u"last month = 2024-12"_s, u"next month = 2025-02 (future)"_s});
    en("years, relative", u"Earlier this year, later this year, last year, next year."_s,
       {u"Earlier this year = 2025"_s, u"later this year = 2025"_s, u"last year = 2024"_s,
        u"next year = 2026 (future)"_s});
    en("last Friday", u"Last Friday, he resigned."_s, {u"Last Friday = 2025-01-24"_s});
    en("on Monday", u"On Monday, shares fell."_s, {u"Monday = 2025-01-27"_s});
    en("will meet on Friday", u"Huang will meet Trump on Friday."_s,
       {u"Friday = 2025-01-31 (future)"_s});
    en("is expected to", u"Huang is expected to meet Trump on Friday."_s,
       {u"Friday = 2025-01-31 (future)"_s});
    en("ago", u"Two weeks ago, a year ago, 3 days ago."_s,
       {u"Two weeks ago = 2025-W03"_s, u"a year ago = 2024"_s, u"3 days ago = 2025-01-27"_s});
    en("seasons", u"This spring, last summer, next fall, spring 2025, the fall of 2024."_s,
       {u"This spring = 2025-SP"_s, u"last summer = 2024-SU"_s, u"next fall = 2025-FA (future)"_s,
        u"spring 2025 = 2025-SP"_s, u"the fall of 2024 = 2024-FA"_s});
    en("weekend", u"Over the weekend, they met."_s, {u"the weekend = 2025-W04"_s});
    en("quarters", u"In the second quarter of 2025, Q2 2025, and the fourth quarter."_s,
       {u"the second quarter of 2025 = 2025-Q2"_s, u"Q2 2025 = 2025-Q2"_s,
        u"the fourth quarter = 2024-Q4"_s});
    en("second-quarter", u"Its second-quarter results."_s, {u"second-quarter = 2025-Q2"_s});
    en("fiscal", u"In fiscal 2026 and in Q2 of fiscal 2026."_s,
       {u"fiscal 2026 = null"_s, u"Q2 of fiscal 2026 = null"_s});
    en("fiscal, further on", u"Second-quarter revenue rose for fiscal 2026."_s,
       {u"Second-quarter = null"_s, u"fiscal 2026 = null"_s});
    en("events", u"At CES 2025, Computex 2025 and the G7 summit in 2025."_s,
       {u"CES 2025 = 2025-01-07..2025-01-10"_s, u"Computex 2025 = 2025-05-20..2025-05-23"_s,
        u"G7 summit in 2025 = 2025-06-15..2025-06-17"_s});
    en("day range", u"The show runs May 5-7, 2025."_s,
       {u"May 5-7, 2025 = 2025-05-05..2025-05-07"_s});

    QTest::addRow("fr GTC Washington, yearless")
        << u"fr"_s << u"2025-10-28"_s << u"Lors de la conférence GTC à Washington, D.C., hier."_s
        << QStringList{u"GTC à Washington, D.C. = 2025-10-27..2025-10-29"_s,
                       u"hier = 2025-10-27"_s};
    QTest::addRow("fr yearless event ahead")
        << u"fr"_s << u"2025-12-02"_s << u"Le CES de Las Vegas donnera le ton."_s
        << QStringList{u"CES = 2026-01-06..2026-01-09 (future)"_s};
    QTest::addRow("fr yearless event, edition unknown")
        << u"fr"_s << u"2030-03-01"_s << u"Au CES, Huang a parlé."_s
        << QStringList{u"CES = null"_s};
    QTest::addRow("fr day month, year before")
        << u"fr"_s << u"2025-02-12"_s << u"La mesure avait été annoncée le 20 décembre."_s
        << QStringList{u"le 20 décembre = 2024-12-20"_s};
    QTest::addRow("fr day month, year after")
        << u"fr"_s << u"2025-12-20"_s << u"Le sommet se tiendra le 15 janvier."_s
        << QStringList{u"le 15 janvier = 2026-01-15 (future)"_s};
    QTest::addRow("en publication a Monday, last weekend")
        << u"en"_s << u"2025-01-20"_s << u"Over the weekend, executives arrived."_s
        << QStringList{u"the weekend = 2025-W03"_s};
}

void TestDateFinder::findsDates()
{
    QFETCH(QString, language);
    QFETCH(QString, published);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(describeAll(language, published, text), expected);
}

void TestDateFinder::ignoresNonDates_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");

    auto fr = [](const char *name, const QString &text) {
        QTest::addRow("fr %s", name) << u"fr"_s << text;
    };
    fr("mais", u"Mais il viendra, mais pas maintenant."_s);
    fr("Mars the planet", u"Le robot explore Mars depuis des années."_s);
    fr("Mars after de", u"Elon Musk rêve toujours de Mars."_s);
    fr("Mars after depuis", u"Les images prises depuis Mars sont nettes."_s);
    fr("mars alone", u"Le mars est une barre chocolatée."_s);
    fr("model names", u"GPT-1, GPT-4, R1, H20, B200 et MI325X."_s);
    fr("figures", u"Une chute de 2 000 milliards de dollars et de 17 %."_s);
    fr("count before a noun", u"Les 2025 employés ont signé."_s);
    fr("count after ces", u"Ces 2025 salariés ont signé."_s);
    fr("count with a unit", u"Une hausse de 2025 euros, en 2000 milliards."_s);
    fr("day alone", u"Rendez-vous le 15, à 15 h, ou à 15 h 30."_s);
    fr("sept the number", u"Il a fallu sept jours."_s);
    fr("a été", u"Il a été élu, elle a été claire."_s);
    fr("anaphoric year", u"Cette année-là, il pleuvait."_s);
    fr("anaphoric day", u"Ce jour-là, cet été-là, cette semaine-là."_s);
    fr("habitual weekday", u"Le lundi, les marchés sont nerveux."_s);
    fr("every weekday", u"Chaque lundi et tous les mardis."_s);
    fr("every date", u"Tous les 15 mai et tous les mois de mai, il pleut."_s);
    fr("named days", u"Lundi noir, Mardi gras, vendredi saint, lundi de Pâques."_s);
    fr("habitual season", u"Chaque été, le salon ferme ; en été, les usines ralentissent."_s);
    fr("bare season", u"L'été, les usines ralentissent."_s);
    fr("bare week", u"La semaine, il travaille ; le week-end, il skie."_s);
    fr("decade", u"Dans les années 1990 et les années 90."_s);
    fr("bare year", u"Windows 2000 et la RTX 5090."_s);
    fr("version numbers", u"La version 1.2.2025 et le 3.5."_s);
    fr("impossible day", u"Le 32 janvier."_s);
    fr("bare GTC", u"La conférence GTC a eu lieu."_s);
    fr("G7 the group", u"Le G7 a publié un communiqué."_s);
    fr("ces", u"Ces remarques, ces annonces."_s);
    fr("abbreviation alone", u"Il a parlé en oct et en déc"_s);
    fr("some weekday", u"Un lundi de janvier, il pleuvait."_s);
    fr("ordinals", u"Le premier ministre et la seconde guerre."_s);

    auto en = [](const char *name, const QString &text) {
        QTest::addRow("en %s", name) << u"en"_s << text;
    };
    en("May the verb", u"May I ask? Prices may fall."_s);
    en("march the noun", u"The march toward self-sufficiency continues."_s);
    en("bare month", u"Trump said March would be difficult."_s);
    en("fall the verb", u"Prices may fall further, and the fall in prices worried them."_s);
    en("spring the noun", u"In spring the lab rests; the spring broke."_s);
    en("every Monday", u"Every Monday and each week, the team meets."_s);
    en("every date", u"Every January 1, they party."_s);
    en("named days", u"Black Friday, Cyber Monday and Super Tuesday."_s);
    en("the last year", u"Over the last year, sales doubled."_s);
    en("the 2025 models", u"The 2025 models and 2025 employees."_s);
    en("model names", u"GPT-4, R1, H20 and the RTX 5090."_s);
    en("figures", u"The stock fell 17% and $2 trillion was wiped out."_s);
    en("ordinal", u"The 47th president at 9 a.m."_s);
    en("Jan the name", u"Jan Koum founded WhatsApp."_s);
    en("some weekday", u"It was a Friday, as usual."_s);
    en("decade", u"In the 1990s and the 2000s."_s);
    en("Mars", u"The rover keeps exploring Mars."_s);
}

void TestDateFinder::ignoresNonDates()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QCOMPARE(describeAll(language, u"2025-01-30"_s, text), QStringList());
}

void TestDateFinder::needsThePublicationDate_data()
{
    QTest::addColumn<QString>("published");
    QTest::addColumn<QStringList>("expected");

    const QString text = u"Le 15 mai, vendredi, cette semaine, ce mois-ci, cette année, "
                         "hier, au CES 2025."_s;
    QTest::addRow("day") << u"2025-01-30"_s
                         << QStringList{u"Le 15 mai = 2025-05-15"_s,
                                        u"vendredi = 2025-01-24"_s,
                                        u"cette semaine = 2025-W05"_s,
                                        u"ce mois-ci = 2025-01"_s,
                                        u"cette année = 2025"_s,
                                        u"hier = 2025-01-29"_s,
                                        u"CES 2025 = 2025-01-07..2025-01-10"_s};
    // Known to the month: the year of "le 15 mai" is known, the Friday is not.
    QTest::addRow("month") << u"2025-05"_s
                           << QStringList{u"Le 15 mai = 2025-05-15"_s,
                                          u"vendredi = null"_s,
                                          u"cette semaine = null"_s,
                                          u"ce mois-ci = 2025-05"_s,
                                          u"cette année = 2025"_s,
                                          u"hier = null"_s,
                                          u"CES 2025 = 2025-01-07..2025-01-10"_s};
    QTest::addRow("year") << u"2025"_s
                          << QStringList{u"Le 15 mai = 2025-05-15"_s,
                                         u"vendredi = null"_s,
                                         u"cette semaine = null"_s,
                                         u"ce mois-ci = null"_s,
                                         u"cette année = 2025"_s,
                                         u"hier = null"_s,
                                         u"CES 2025 = 2025-01-07..2025-01-10"_s};
    QTest::addRow("unknown") << QString()
                             << QStringList{u"Le 15 mai = null"_s,
                                            u"vendredi = null"_s,
                                            u"cette semaine = null"_s,
                                            u"ce mois-ci = null"_s,
                                            u"cette année = null"_s,
                                            u"hier = null"_s,
                                            u"CES 2025 = 2025-01-07..2025-01-10"_s};
}

void TestDateFinder::needsThePublicationDate()
{
    QFETCH(QString, published);
    QFETCH(QStringList, expected);
    const QString text = u"Le 15 mai, vendredi, cette semaine, ce mois-ci, cette année, "
                         "hier, au CES 2025."_s;
    QCOMPARE(describeAll(u"fr"_s, published, text), expected);
}

void TestDateFinder::reportsKinds_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<DateMatch::Kind>("kind");
    QTest::addColumn<bool>("anchored");
    QTest::addColumn<QString>("event");

    using Kind = DateMatch::Kind;
    QTest::addRow("full date") << u"le 31 janvier 2025"_s << Kind::Absolute << false << QString();
    QTest::addRow("yearless date") << u"le 15 mai"_s << Kind::Absolute << true << QString();
    QTest::addRow("relative day") << u"hier"_s << Kind::Relative << true << QString();
    QTest::addRow("weekday") << u"lundi dernier"_s << Kind::Relative << true << QString();
    QTest::addRow("season") << u"ce printemps"_s << Kind::Relative << true << QString();
    QTest::addRow("event with year") << u"CES 2025"_s << Kind::NamedEvent << false << u"CES"_s;
    QTest::addRow("event alias") << u"Comptex 2025"_s << Kind::NamedEvent << false << u"Computex"_s;
    QTest::addRow("yearless event")
        << u"au Computex"_s << Kind::NamedEvent << true << u"Computex"_s;
}

void TestDateFinder::reportsKinds()
{
    QFETCH(QString, text);
    QFETCH(DateMatch::Kind, kind);
    QFETCH(bool, anchored);
    QFETCH(QString, event);
    DateFinder finder(u"fr"_s);
    finder.setPublicationDate(PartialDate::parse(u"2025-01-30"));
    const QList<DateMatch> found = finder.find(text);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().kind, kind);
    QCOMPARE(found.first().anchored, anchored);
    QCOMPARE(found.first().event, event);
}

void TestDateFinder::learnsNamedEvents()
{
    DateFinder finder(u"fr"_s);
    finder.setPublicationDate(PartialDate::parse(u"2025-11-03"));
    const QString text = u"Au sommet de Busan, comme au CES 2027 et au Semiconductor Summit 2026, "
                         "puis au Semiconductor Summit."_s;
    QCOMPARE(describeAll(u"fr"_s, u"2025-11-03"_s, text), QStringList{u"CES 2027 = 2027"_s});

    finder.addNamedEvent(u"Sommet de Busan"_s, PartialDate::day(QDate(2025, 10, 30)));
    finder.addNamedEvent(u"CES 2027"_s, PartialDate::day(QDate(2027, 1, 5)),
                         PartialDate::day(QDate(2027, 1, 8)));
    finder.addNamedEvent(u"Semiconductor Summit 2026"_s, PartialDate::day(QDate(2026, 4, 2)));
    QStringList lines;
    QList<DateMatch> found = finder.find(text);
    for (const DateMatch &m : found)
        lines.append(describe(text, m));
    // A name given with its year is not recognised without it.
    QCOMPARE(lines,
             (QStringList{u"sommet de Busan = 2025-10-30"_s, u"CES 2027 = 2027-01-05..2027-01-08"_s,
                          u"Semiconductor Summit 2026 = 2026-04-02"_s}));
    QCOMPARE(found.at(0).event, u"Sommet de Busan"_s);
    QCOMPARE(found.at(0).kind, DateMatch::Kind::NamedEvent);
    QCOMPARE(found.at(1).event, u"CES"_s);

    // The story's edition of a known event replaces the table's.
    finder.addNamedEvent(u"Computex 2025"_s, PartialDate::day(QDate(2025, 5, 19)));
    const QString computex = u"Au Computex 2025."_s;
    found = finder.find(computex);
    QCOMPARE(found.size(), 1);
    QCOMPARE(describe(computex, found.first()), u"Computex 2025 = 2025-05-19"_s);

    // An edition added under one name serves the event's other names.
    finder.addNamedEvent(u"G7 2026"_s, PartialDate::day(QDate(2026, 6, 14)),
                         PartialDate::day(QDate(2026, 6, 16)));
    finder.setPublicationDate(PartialDate::parse(u"2026-05-04"));
    const QString summit = u"Le sommet du G7 se tiendra à Évian."_s;
    found = finder.find(summit);
    QCOMPARE(found.size(), 1);
    QCOMPARE(describe(summit, found.first()), u"sommet du G7 = 2026-06-14..2026-06-16 (future)"_s);
}

void TestDateFinder::findsPublicationDate_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected"); // empty: none

    QTest::addRow("fr dateline") << u"fr"_s << u"Paris, le 31 janvier 2025 – Le président a reçu…"_s
                                 << u"2025-01-31"_s;
    QTest::addRow("fr dateline with weekday")
        << u"fr"_s << u"PARIS, le vendredi 31 janvier 2025 - Le président…"_s << u"2025-01-31"_s;
    QTest::addRow("fr capitals") << u"fr"_s << u"PARIS, 21 mars 2025 – Le gouvernement…"_s
                                 << u"2025-03-21"_s;
    QTest::addRow("fr publié le") << u"fr"_s
                                  << u"Nvidia et la Chine\nPublié le 31/01/2025 à 10 h 30\nTexte."_s
                                  << u"2025-01-31"_s;
    QTest::addRow("fr mis à jour")
        << u"fr"_s << u"Mis à jour le 2 février 2025\nTexte."_s << u"2025-02-02"_s;
    QTest::addRow("fr body date") << u"fr"_s
                                  << u"Le 31 janvier 2025, Trump a rencontré Huang à Washington."_s
                                  << QString();
    QTest::addRow("en dateline") << u"en"_s << u"January 31, 2025 — Nvidia said on Friday…"_s
                                 << u"2025-01-31"_s;
    QTest::addRow("en place dateline")
        << u"en"_s << u"WASHINGTON, Jan. 30, 2025 — Nvidia CEO Jensen Huang…"_s << u"2025-01-30"_s;
    QTest::addRow("en published") << u"en"_s << u"Published: Jan. 31, 2025\nNvidia…"_s
                                  << u"2025-01-31"_s;
    QTest::addRow("en byline") << u"en"_s
                               << u"Nvidia and China\nBy Jane Doe\nJanuary 31, 2025\n\nBody."_s
                               << u"2025-01-31"_s;
    QTest::addRow("en no year") << u"en"_s
                                << u"SANTA CLARA, Calif., April 15 (Reuters) - Nvidia said…"_s
                                << QString();
    QTest::addRow("en none") << u"en"_s << u"Nvidia said on Friday it would…"_s << QString();
}

void TestDateFinder::findsPublicationDate()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const std::optional<PartialDate> found = DateFinder::findPublicationDate(text, language);
    QCOMPARE(found ? found->toString() : QString(), expected);
}

void TestDateFinder::survivesHostileInput_data()
{
    QTest::addColumn<QString>("text");
    QTest::addRow("empty") << QString();
    QTest::addRow("lone surrogates") << withLoneSurrogates();
    QTest::addRow("long digits") << QString(10000, u'9') + u" mai 2025"_s;
    QTest::addRow("many keywords") << u"mai juin vendredi hier 2025 "_s.repeated(5000);
    QTest::addRow("long word") << QString(100000, u'a');
    QTest::addRow("ends on a keyword") << u"en mai"_s;
    QTest::addRow("ends on a dash") << u"2024-"_s;
    QTest::addRow("control characters") << u"le\u0000 15\u0001mai 2025\u0002"_s;
    QTest::addRow("line breaks") << u"le 15\nmai 2025\r\nvendredi\u2029hier"_s;
}

void TestDateFinder::survivesHostileInput()
{
    QFETCH(QString, text);
    for (const QString &language : {u"fr"_s, u"en"_s}) {
        DateFinder finder(language);
        finder.setPublicationDate(PartialDate::parse(u"2025-01-30"));
        const QList<DateMatch> found = finder.find(text);
        QVERIFY(wellFormed(text, found));
    }
}

void TestDateFinder::matchesGoldenFiles_data()
{
    QTest::addColumn<QString>("name");
    const QStringList names = QDir(FixtureFolder).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QVERIFY(names.size() >= 26);
    for (const QString &name : names)
        QTest::addRow("%s", qPrintable(name)) << name;
}

// Every expression of the fixture, in order. The fixtures are the truth, written by hand: an
// expression the finder does not yet read carries "known_issue" ("missed" or "wrong"), and the
// test fails when such an issue goes away too, so that the fixture is updated.
void TestDateFinder::matchesGoldenFiles()
{
    QFETCH(QString, name);
    const Fixture fixture = readFixture(name);
    QVERIFY2(!fixture.text.isEmpty(), qPrintable(u"cannot read fixture "_s + name));
    const QList<DateMatch> found = runFixture(fixture);
    QVERIFY(wellFormed(fixture.text, found));

    QList<QJsonObject> actual;
    for (const DateMatch &m : found)
        actual.append(toJson(fixture.text, m));
    auto sameSpan = [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(u"start") == b.value(u"start") && a.value(u"end") == b.value(u"end");
    };

    qsizetype next = 0; // the next actual match to account for
    for (const QJsonValue &value : fixture.expected.value(u"dates").toArray()) {
        QJsonObject expected = value.toObject();
        const QString issue = expected.take(u"known_issue").toString();
        const QString text = fixture.text.sliced(expected.value(u"start").toInteger(),
                                                 expected.value(u"end").toInteger()
                                                     - expected.value(u"start").toInteger());
        QVERIFY2(text == expected.value(u"text").toString(),
                 qPrintable(u"fixture offsets do not match its text: "_s + brief(expected)));
        // Matches the fixture does not list, before this one.
        if (next < actual.size()
            && actual.at(next).value(u"start").toInteger() < expected.value(u"start").toInteger()
            && !sameSpan(actual.at(next), expected))
            QFAIL(qPrintable(u"unexpected "_s + brief(actual.at(next)) + u", before expected "_s
                             + brief(expected)));
        const bool present = next < actual.size() && sameSpan(actual.at(next), expected);
        if (issue == u"missed") {
            QVERIFY2(!present,
                     qPrintable(u"now found, drop its known_issue: "_s + brief(expected)));
            continue;
        }
        QVERIFY2(present,
                 qPrintable(u"missing "_s + brief(expected)
                            + (next < actual.size() ? u", found "_s + brief(actual.at(next))
                                                    : QString())));
        if (issue == u"wrong") {
            QVERIFY2(actual.at(next) != expected,
                     qPrintable(u"now right, drop its known_issue: "_s + brief(expected)));
        } else {
            QVERIFY2(actual.at(next) == expected,
                     qPrintable(u"expected "_s + brief(expected) + u", found "_s
                                + brief(actual.at(next))));
        }
        ++next;
    }
    if (next < actual.size())
        QFAIL(qPrintable(u"unexpected "_s + brief(actual.at(next))));
}

// Precision and recall over all the fixtures, printed; the golden test above is the one that
// fails. Not held out: the fixtures were written with the finder.
void TestDateFinder::measuresGoldenFiles()
{
    int truth = 0;
    int returned = 0;
    int spans = 0;
    int exact = 0;
    for (const QString &name : QDir(FixtureFolder).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        const Fixture fixture = readFixture(name);
        const QList<DateMatch> found = runFixture(fixture);
        returned += int(found.size());
        for (const QJsonValue &value : fixture.expected.value(u"dates").toArray()) {
            QJsonObject expected = value.toObject();
            expected.remove(u"known_issue");
            ++truth;
            for (const DateMatch &m : found) {
                const QJsonObject actual = toJson(fixture.text, m);
                if (actual.value(u"start") != expected.value(u"start")
                    || actual.value(u"end") != expected.value(u"end"))
                    continue;
                ++spans;
                exact += actual == expected ? 1 : 0;
            }
        }
    }
    QVERIFY(truth > 0 && returned > 0);
    qInfo("%d expressions, %d found; spans: precision %.3f recall %.3f; spans and values: "
          "precision %.3f recall %.3f",
          truth, returned, double(spans) / returned, double(spans) / truth,
          double(exact) / returned, double(exact) / truth);
}

} // namespace storyline

QTEST_GUILESS_MAIN(storyline::TestDateFinder)
#include "tst_datefinder.moc"
