// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/gazetteer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace storyline;

class TestGazetteer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void find_data();
    void find();
    void caseSensitivity();

private:
    Gazetteer m_gazetteer;
};

void TestGazetteer::initTestCase()
{
    const std::pair<const char16_t *, const char16_t *> names[] = {
        {u"jensen-huang", u"Jensen Huang"},
        {u"jensen-huang", u"Huang"},
        {u"jensen-huang", u"Huang Renxun"},
        {u"nvidia", u"Nvidia"},
        {u"nvidia", u"NVIDIA"},
        {u"amd", u"AMD"},
        {u"h20", u"H20"},
        {u"h200", u"H200"},
        {u"united-states", u"États-Unis"},
        {u"china", u"Chine"},
        {u"white-house", u"Maison Blanche"},
        {u"washington-dc", u"Washington, D.C."},
        {u"washington-dc", u"Washington"},
        {u"may-fair", u"Mai"},
        {u"diffusion-rule", u"règle de diffusion de l’IA"},
        {u"r1", u"R1"},
    };
    for (const auto &[id, name] : names)
        m_gazetteer.add(QString::fromUtf16(id), QString::fromUtf16(name));
}

void TestGazetteer::find_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // "id=matched text"

    QTest::addRow("longest first")
        << u"Jensen Huang et Huang Renxun, puis Huang."_s
        << QStringList{u"jensen-huang=Jensen Huang"_s, u"jensen-huang=Huang Renxun"_s,
                       u"jensen-huang=Huang"_s};
    QTest::addRow("H20 not in H200")
        << u"les puces H200 et H20"_s << QStringList{u"h200=H200"_s, u"h20=H20"_s};
    QTest::addRow("mai not in mais") << u"mais en mai"_s << QStringList{u"may-fair=mai"_s};
    QTest::addRow("elision") << u"les puces MI308 d'AMD et d’AMD"_s
                             << QStringList{u"amd=AMD"_s, u"amd=AMD"_s};
    QTest::addRow("accents folded")
        << u"les Etats-Unis et les ÉTATS-UNIS"_s
        << QStringList{u"united-states=Etats-Unis"_s, u"united-states=ÉTATS-UNIS"_s};
    QTest::addRow("acronym exact")
        << u"NVIDIA, Nvidia, nvidia et amd"_s
        << QStringList{u"nvidia=NVIDIA"_s, u"nvidia=Nvidia"_s, u"nvidia=nvidia"_s};
    QTest::addRow("code exact") << u"le modèle R1 mais pas r1"_s << QStringList{u"r1=R1"_s};
    QTest::addRow("multiword with punctuation")
        << u"à Washington, D.C., puis à Washington"_s
        << QStringList{u"washington-dc=Washington, D.C."_s, u"washington-dc=Washington"_s};
    QTest::addRow("line break inside a name")
        << u"la Maison\nBlanche"_s << QStringList{u"white-house=Maison\nBlanche"_s};
    QTest::addRow("elided name") << u"la règle de diffusion de l’IA"_s
                                 << QStringList{u"diffusion-rule=règle de diffusion de l’IA"_s};
    QTest::addRow("apostrophe kinds")
        << u"la règle de diffusion de l'IA"_s
        << QStringList{u"diffusion-rule=règle de diffusion de l'IA"_s};
    QTest::addRow("no partial names") << u"Jensen parle à la Maison"_s << QStringList();
}

void TestGazetteer::find()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QStringList actual;
    for (const GazetteerMatch &match : m_gazetteer.find(text))
        actual.append(match.id % u'=' % text.sliced(match.span.start, match.span.length()));
    QCOMPARE(actual, expected);
}

void TestGazetteer::caseSensitivity()
{
    QVERIFY(Gazetteer::isCaseSensitive(u"AMD"));
    QVERIFY(Gazetteer::isCaseSensitive(u"H20"));
    QVERIFY(Gazetteer::isCaseSensitive(u"MI325X"));
    QVERIFY(!Gazetteer::isCaseSensitive(u"Nvidia"));
    QVERIFY(!Gazetteer::isCaseSensitive(u"Pékin"));
}

QTEST_GUILESS_MAIN(TestGazetteer)
#include "tst_gazetteer.moc"
