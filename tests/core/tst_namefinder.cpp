// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/namefinder.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace storyline {

namespace {

// Claims written "text=type": every whole-word occurrence of text is claimed, as an entity of
// that type, or as a date or a figure ("=date", "=figure").
QList<NameClaim> claimsFor(const QString &text, const QStringList &claims)
{
    QList<NameClaim> out;
    for (const QString &claim : claims) {
        const qsizetype equals = claim.lastIndexOf(u'=');
        const QString written = claim.first(equals);
        const QString type = claim.sliced(equals + 1);
        const QRegularExpression re(u"(?<!\\w)"_s % QRegularExpression::escape(written)
                                        % u"(?!\\w)"_s,
                                    QRegularExpression::UseUnicodePropertiesOption);
        for (auto it = re.globalMatch(text); it.hasNext();) {
            const auto m = it.next();
            out.append({{m.capturedStart(), m.capturedEnd()}, entityTypeFromName(type)});
        }
    }
    return out;
}

// "person:Howard Lutnick", and "→ canonical" when it differs from the text.
QStringList describe(QStringView text, const QList<NameMatch> &matches)
{
    QStringList lines;
    for (const NameMatch &m : matches) {
        const QString written = text.sliced(m.span.start, m.span.length()).toString();
        QString line = entityTypeName(m.type) % u':' % written;
        if (m.canonical != written)
            line += u" → "_s % m.canonical;
        lines.append(line);
    }
    return lines;
}

} // namespace

class TestNameFinder : public QObject
{
    Q_OBJECT

private slots:
    void find_data();
    void find();
    void spans();
    void replacesClaim();
    void knownType_data();
    void knownType();
    void emptyAndOdd();
};

void TestNameFinder::find_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("claims");
    QTest::addColumn<QStringList>("expected");

    // The traps of the issue.
    QTest::addRow("Washington the city")
        << u"fr"_s << u"Le président s'est rendu à Washington mardi."_s << QStringList()
        << QStringList{u"place:Washington"_s};
    QTest::addRow("George Washington over a place claim")
        << u"fr"_s << u"La statue de George Washington domine Wall Street."_s
        << QStringList{u"Washington=place"_s}
        << QStringList{u"person:George Washington"_s, u"place:Wall Street"_s};
    QTest::addRow("mais is not mai")
        << u"fr"_s << u"Mais les puces restent bloquées, mais pas en mai."_s << QStringList()
        << QStringList();
    QTest::addRow("H200 is not H20")
        << u"fr"_s << u"Les puces H200 et H20 de Nvidia."_s << QStringList()
        << QStringList{u"product:H200"_s, u"product:H20"_s, u"organization:Nvidia"_s};
    QTest::addRow("GPT-1 and R1 claimed")
        << u"fr"_s << u"Les modèles GPT-1 et R1 ne sont pas des chiffres."_s
        << QStringList{u"GPT-1=product"_s, u"R1=product"_s} << QStringList();
    QTest::addRow("Lundi at the start of a sentence")
        << u"fr"_s << u"Lundi, Nvidia a annoncé la reprise. Lundi matin."_s
        << QStringList{u"Lundi=date"_s} << QStringList{u"organization:Nvidia"_s};
    QTest::addRow("Lundi without the date finder")
        << u"fr"_s << u"Lundi, les marchés ont reculé."_s << QStringList() << QStringList();
    QTest::addRow("États-Unis") << u"fr"_s << u"Les États-Unis et la Chine, les Etats-Unis."_s
                                << QStringList()
                                << QStringList{u"place:États-Unis"_s, u"place:Chine"_s,
                                               u"place:Etats-Unis"_s};
    QTest::addRow("Maison Blanche claimed")
        << u"fr"_s << u"Une réunion à la Maison Blanche avec Donald Trump."_s
        << QStringList{u"Maison Blanche=organization"_s, u"Donald Trump=person"_s} << QStringList();

    // Titles and roles.
    QTest::addRow("French titles")
        << u"fr"_s << u"M. Lutnick et Mme Raimondo ont rencontré le Dr Fauci."_s << QStringList()
        << QStringList{u"person:Lutnick"_s, u"person:Raimondo"_s, u"person:Fauci"_s};
    QTest::addRow("English titles")
        << u"en"_s
        << u"Mr. Bessent spoke after Sen. Jim Banks and Commerce Secretary Howard Lutnick."_s
        << QStringList()
        << QStringList{u"person:Bessent"_s, u"person:Jim Banks"_s, u"person:Howard Lutnick"_s};
    QTest::addRow("role after the name")
        << u"fr"_s << u"Selon Lisa Su, présidente d'AMD, la demande reste forte."_s
        << QStringList{u"AMD=organization"_s} << QStringList{u"person:Lisa Su"_s};
    QTest::addRow("role and employer before the name")
        << u"fr"_s << u"Le PDG de Nvidia, Jensen Huang, était à Taipei."_s
        << QStringList{u"Nvidia=organization"_s}
        << QStringList{u"person:Jensen Huang"_s, u"place:Taipei"_s};
    QTest::addRow("secrétaire au Commerce")
        << u"fr"_s << u"Le secrétaire américain au Commerce, Howard Lutnick, a répondu."_s
        << QStringList() << QStringList{u"person:Howard Lutnick"_s};
    QTest::addRow("employer before an English role")
        << u"en"_s << u"Analysts expect Intel CEO Lip-Bu Tan to speak."_s << QStringList()
        << QStringList{u"organization:Intel"_s, u"person:Lip-Bu Tan"_s};
    QTest::addRow("spokesperson of a ministry")
        << u"fr"_s
        << u"Le porte-parole du ministère chinois des Affaires étrangères, Guo Jiakun, a répondu."_s
        << QStringList()
        << QStringList{u"organization:ministère chinois des Affaires étrangères"_s,
                       u"person:Guo Jiakun"_s};
    QTest::addRow("Chinese names")
        << u"en"_s << u"He met Vice Premier He Lifeng and Commerce Minister Wang Wentao."_s
        << QStringList() << QStringList{u"person:He Lifeng"_s, u"person:Wang Wentao"_s};

    // Organizations.
    QTest::addRow("company suffixes")
        << u"fr"_s << u"Alibaba Group et Zorvex Holdings investissent."_s << QStringList()
        << QStringList{u"organization:Alibaba Group"_s, u"organization:Zorvex Holdings"_s};
    QTest::addRow("heads with particles")
        << u"fr"_s << u"La Banque de France et la Bank of America ont réagi."_s << QStringList()
        << QStringList{u"organization:Banque de France"_s, u"organization:Bank of America"_s};
    QTest::addRow("agency and its acronym")
        << u"en"_s
        << u"The Bureau of Industry and Security (BIS) said the rule stands. BIS officials agreed."_s
        << QStringList()
        << QStringList{u"organization:Bureau of Industry and Security"_s,
                       u"organization:BIS → Bureau of Industry and Security"_s,
                       u"organization:BIS → Bureau of Industry and Security"_s};
    QTest::addRow("French ministry in lower case")
        << u"fr"_s << u"Le ministère du Commerce a publié une liste."_s << QStringList()
        << QStringList{u"organization:ministère du Commerce"_s};
    QTest::addRow("elided article")
        << u"fr"_s << u"À l'Élysée, on suit le dossier d’Huawei."_s << QStringList()
        << QStringList{u"organization:Élysée"_s, u"organization:Huawei"_s};
    QTest::addRow("laws are not entities")
        << u"en"_s << u"Congress passed the CHIPS Act, and the GAIN AI Act is pending."_s
        << QStringList() << QStringList{u"organization:Congress"_s};
    QTest::addRow("company with AI in its name")
        << u"en"_s << u"Kimi comes from Moonshot AI, and Baidu AI chips are next."_s
        << QStringList()
        << QStringList{u"product:Kimi"_s, u"organization:Moonshot AI"_s, u"organization:Baidu"_s};

    // People's names.
    QTest::addRow("particles")
        << u"fr"_s << u"Ursula von der Leyen a cité Charles de Gaulle et Mohammed bin Salmane."_s
        << QStringList()
        << QStringList{u"person:Ursula von der Leyen"_s, u"person:Charles de Gaulle"_s,
                       u"person:Mohammed bin Salmane"_s};
    QTest::addRow("hyphenated first name")
        << u"fr"_s << u"Pour Jean-Luc Mélenchon, la France doit rester à l'écart."_s
        << QStringList() << QStringList{u"person:Jean-Luc Mélenchon"_s, u"place:France"_s};
    QTest::addRow("surname after the full name")
        << u"fr"_s
        << u"Howard Lutnick a parlé. Lutnick a ensuite ajouté que M. Lutnick restait prudent."_s
        << QStringList()
        << QStringList{u"person:Howard Lutnick"_s, u"person:Lutnick → Howard Lutnick"_s,
                       u"person:Lutnick → Howard Lutnick"_s};
    QTest::addRow("surname before the full name")
        << u"en"_s << u"Officials said Moolenaar was furious. Rep. John Moolenaar wrote a letter."_s
        << QStringList()
        << QStringList{u"person:Moolenaar → John Moolenaar"_s, u"person:John Moolenaar"_s};
    QTest::addRow("surname of a claimed person")
        << u"en"_s << u"Xi Jinping and Trump met; Xi said little."_s
        << QStringList{u"Xi Jinping=person"_s, u"Trump=person"_s}
        << QStringList{u"person:Xi → Xi Jinping"_s};
    QTest::addRow("lone Chinese surname")
        << u"en"_s << u"He wore a traditional Tang suit."_s << QStringList() << QStringList();

    // The start of sentences and headlines.
    QTest::addRow("unknown word at the start of a sentence")
        << u"fr"_s << u"Zorvex a levé des fonds. Naviguer les tensions reste difficile."_s
        << QStringList() << QStringList();
    QTest::addRow("repeated mid-sentence")
        << u"fr"_s << u"Zorvex a levé des fonds. Les puces de Zorvex sont rapides."_s
        << QStringList() << QStringList{u"organization:Zorvex"_s, u"organization:Zorvex"_s};
    QTest::addRow("English sentence starters")
        << u"en"_s << u"However, the company declined. This week, The Chinese firm waited."_s
        << QStringList() << QStringList();
    QTest::addRow("title-case headline")
        << u"en"_s
        << u"Nvidia Urges Trump To Rethink Chip Curbs\nNvidia's chief urged the administration to rethink its curbs on chip exports.\n"_s
        << QStringList{u"Nvidia=organization"_s, u"Trump=person"_s} << QStringList();
    QTest::addRow("byline is not a headline")
        << u"en"_s << u"By Karen Freifeld and Stephen Nellis\nThe rule changed.\n"_s
        << QStringList() << QStringList{u"person:Karen Freifeld"_s, u"person:Stephen Nellis"_s};
    QTest::addRow("clause after a dash")
        << u"fr"_s << u"DeepSeek – Exportations de puces : Trump consulte Nvidia"_s
        << QStringList{u"DeepSeek=organization"_s, u"Trump=person"_s, u"Nvidia=organization"_s}
        << QStringList();
    QTest::addRow("demonyms")
        << u"fr"_s << u"Les Américains et les Chinois négocient, dit un diplomate Européen."_s
        << QStringList() << QStringList();

    // Products.
    QTest::addRow("codes near chips")
        << u"fr"_s << u"Les accélérateurs MI300X et GB200 NVL72 face aux puces Ascend 910B."_s
        << QStringList()
        << QStringList{u"product:MI300X"_s, u"product:GB200 NVL72"_s, u"product:Ascend 910B"_s};
    QTest::addRow("codes without chips")
        << u"fr"_s << u"Le vol AF1234 partira de la porte B12 à 10 h."_s << QStringList()
        << QStringList();
    QTest::addRow("families with numbers")
        << u"en"_s << u"Gamers want the RTX 4090 and data centers want Blackwell Ultra or GPT-4o."_s
        << QStringList()
        << QStringList{u"product:RTX 4090"_s, u"product:Blackwell Ultra"_s, u"product:GPT-4o"_s};
    QTest::addRow("possessive") << u"en"_s << u"Nvidia's H20 sold well in China's market."_s
                                << QStringList()
                                << QStringList{u"organization:Nvidia"_s, u"product:H20"_s,
                                               u"place:China"_s};

    // Places.
    QTest::addRow("regions and countries")
        << u"fr"_s
        << u"Du Moyen-Orient à l'Asie du Sud-Est, de la Silicon Valley à la Corée du Sud et à l'Arabie saoudite."_s
        << QStringList()
        << QStringList{u"place:Moyen-Orient"_s, u"place:Asie du Sud-Est"_s,
                       u"place:Silicon Valley"_s, u"place:Corée du Sud"_s,
                       u"place:Arabie saoudite"_s};
    QTest::addRow("English places")
        << u"en"_s << u"Plants in Texas, Taiwan and Kuala Lumpur serve the U.S. and Europe."_s
        << QStringList()
        << QStringList{u"place:Texas"_s, u"place:Taiwan"_s, u"place:Kuala Lumpur"_s,
                       u"place:U.S."_s, u"place:Europe"_s};
    QTest::addRow("place words at the end")
        << u"en"_s << u"Protesters gathered at Federal Hall near Beverly Hills."_s << QStringList()
        << QStringList{u"place:Federal Hall"_s, u"place:Beverly Hills"_s};
    QTest::addRow("events") << u"en"_s
                            << u"Huang spoke at the Saudi-U.S. Investment Forum before the G20."_s
                            << QStringList{u"Huang=person"_s}
                            << QStringList{u"event:Saudi-U.S. Investment Forum"_s, u"event:G20"_s};
    QTest::addRow("dates and figures are not names")
        << u"en"_s << u"In May 2025, Nvidia lost $5.5 billion."_s
        << QStringList{u"May 2025=date"_s, u"$5.5 billion=figure"_s}
        << QStringList{u"organization:Nvidia"_s};
}

void TestNameFinder::find()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QStringList, claims);
    QFETCH(QStringList, expected);
    const NameFinder finder(language);
    const QStringList found = describe(text, finder.find(text, claimsFor(text, claims)));
    QCOMPARE(found, expected);
}

void TestNameFinder::spans()
{
    const NameFinder finder(u"fr"_s);
    const QString text = u"Selon l’Élysée, M. Lutnick\nHoward  Lutnick"_s;
    const QList<NameMatch> matches = finder.find(text);
    QCOMPARE(matches.size(), 3);
    // The elided article stays out of the span.
    QCOMPARE(matches[0].span, (TextSpan{8, 14}));
    QCOMPARE(matches[0].canonical, u"Élysée"_s);
    // A name over two spaces gets a canonical name on one line.
    QCOMPARE(matches[2].span, (TextSpan{27, 42}));
    QCOMPARE(matches[2].canonical, u"Howard Lutnick"_s);
    QCOMPARE(matches[1].canonical, u"Howard Lutnick"_s);
    for (const NameMatch &m : matches)
        QVERIFY(!m.replacesClaim);
}

void TestNameFinder::replacesClaim()
{
    const NameFinder finder(u"en"_s);
    const QString text = u"George Washington University and Silicon Valley Bank."_s;
    const QList<NameMatch> matches
        = finder.find(text, claimsFor(text, {u"Washington=place"_s, u"Silicon Valley=place"_s}));
    QCOMPARE(describe(text, matches),
             (QStringList{u"organization:George Washington University"_s,
                          u"organization:Silicon Valley Bank"_s}));
    QVERIFY(matches[0].replacesClaim);
    QVERIFY(matches[1].replacesClaim);
    // A person claim is never swallowed.
    const QString other = u"Mark Trump spoke."_s;
    QCOMPARE(describe(other, finder.find(other, claimsFor(other, {u"Trump=person"_s}))),
             QStringList());
}

void TestNameFinder::knownType_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("type"); // -1: unknown
    QTest::addRow("capital") << u"Washington"_s << int(EntityType::Place);
    QTest::addRow("French country") << u"Arabie saoudite"_s << int(EntityType::Place);
    QTest::addRow("accents folded") << u"Etats-Unis"_s << int(EntityType::Place);
    QTest::addRow("US state") << u"Californie"_s << int(EntityType::Place);
    QTest::addRow("company") << u"TSMC"_s << int(EntityType::Organization);
    QTest::addRow("family") << u"Blackwell"_s << int(EntityType::Product);
    QTest::addRow("event") << u"G20"_s << int(EntityType::Event);
    QTest::addRow("exact acronym") << u"US"_s << int(EntityType::Place);
    QTest::addRow("pronoun is no acronym") << u"us"_s << -1;
    QTest::addRow("unknown") << u"Zorvex"_s << -1;
    QTest::addRow("empty") << QString() << -1;
}

void TestNameFinder::knownType()
{
    QFETCH(QString, name);
    QFETCH(int, type);
    const std::optional<EntityType> found = NameFinder::knownType(name);
    QCOMPARE(found ? int(*found) : -1, type);
}

void TestNameFinder::emptyAndOdd()
{
    const NameFinder finder(u"en"_s);
    QVERIFY(finder.find(QString()).isEmpty());
    QVERIFY(finder.find(u"   \n\n  "_s).isEmpty());
    QVERIFY(finder.find(u"12 345 678"_s).isEmpty());
    // Claims beyond the text or overlapping one another are harmless.
    const QString text = u"Nvidia and AMD"_s;
    const QList<NameClaim> claims{
        {{0, 6}, EntityType::Organization}, {{3, 9}, std::nullopt}, {{50, 60}, EntityType::Place}};
    QCOMPARE(describe(text, finder.find(text, claims)), QStringList{u"organization:AMD"_s});
    // Reused finder: no state leaks from one text to the next.
    QCOMPARE(describe(u"Howard Lutnick"_s, finder.find(u"Howard Lutnick"_s)),
             QStringList{u"person:Howard Lutnick"_s});
    QCOMPARE(describe(u"Lutnick said."_s, finder.find(u"Lutnick said."_s)), QStringList());
}

} // namespace storyline

QTEST_GUILESS_MAIN(storyline::TestNameFinder)
#include "tst_namefinder.moc"
