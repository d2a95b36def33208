// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/textfolder.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace storyline;

class TestTextFolder : public QObject
{
    Q_OBJECT

private slots:
    void fold_data();
    void fold();
    void findAll_data();
    void findAll();
    void originsPointIntoOriginal();
};

void TestTextFolder::fold_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");

    QTest::addRow("accents and case") << u"États-Unis"_s << u"etats-unis"_s;
    QTest::addRow("Pékin") << u"PÉKIN"_s << u"pekin"_s;
    QTest::addRow("cedilla") << u"Français"_s << u"francais"_s;
    QTest::addRow("ligature") << u"Œuvre"_s << u"oeuvre"_s;
    QTest::addRow("eszett") << u"Straße"_s << u"strasse"_s;
    QTest::addRow("apostrophe") << u"l’Élysée"_s << u"l'elysee"_s;
    QTest::addRow("dashes") << u"2020–2025"_s << u"2020-2025"_s;
    QTest::addRow("spaces") << u"17\u00A0%\u202F!"_s << u"17 % !"_s;
    QTest::addRow("decomposed input") << u"E\u0301tats"_s << u"etats"_s;
    QTest::addRow("emoji kept") << u"A😀b"_s << u"a😀b"_s;
}

void TestTextFolder::fold()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(TextFolder::fold(text), folded);
}

void TestTextFolder::findAll_data()
{
    QTest::addColumn<QString>("haystack");
    QTest::addColumn<QString>("needle");
    QTest::addColumn<QStringList>("found"); // the original text of each match

    const QString text = u"Les États-Unis et la Chine. Pékin répond aux ETATS-UNIS."_s;
    QTest::addRow("Etats-Unis") << text << u"Etats-Unis"_s
                                << QStringList{u"États-Unis"_s, u"ETATS-UNIS"_s};
    QTest::addRow("pekin") << text << u"pekin"_s << QStringList{u"Pékin"_s};
    QTest::addRow("none") << text << u"Washington"_s << QStringList();
    QTest::addRow("empty needle") << text << QString() << QStringList();
    QTest::addRow("oe") << u"une œuvre"_s << u"oeuvre"_s << QStringList{u"œuvre"_s};
}

void TestTextFolder::findAll()
{
    QFETCH(QString, haystack);
    QFETCH(QString, needle);
    QFETCH(QStringList, found);
    QStringList actual;
    for (const TextSpan &span : TextFolder::findAll(haystack, needle))
        actual.append(haystack.sliced(span.start, span.length()));
    QCOMPARE(actual, found);
}

void TestTextFolder::originsPointIntoOriginal()
{
    const QString text = u"Œ😀É"_s;
    const FoldedText folded = TextFolder::foldWithOrigins(text);
    QCOMPARE(folded.text, u"oe😀e"_s);
    QCOMPARE(folded.origin, (QList<qsizetype>{0, 0, 1, 1, 3, 4}));
}

QTEST_GUILESS_MAIN(TestTextFolder)
#include "tst_textfolder.moc"
