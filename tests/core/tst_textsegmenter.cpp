// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/textsegmenter.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace storyline;

class TestTextSegmenter : public QObject
{
    Q_OBJECT

private slots:
    void sentences_data();
    void sentences();
    void words_data();
    void words();
};

static QStringList slices(const QString &text, const QList<TextSpan> &spans)
{
    QStringList out;
    for (const TextSpan &span : spans)
        out.append(text.sliced(span.start, span.length()));
    return out;
}

void TestTextSegmenter::sentences_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::addRow("fr simple") << u"fr"_s << u"Trump a parlé. Huang a répondu ! Et après ?"_s
                               << QStringList{u"Trump a parlé."_s, u"Huang a répondu !"_s,
                                              u"Et après ?"_s};
    QTest::addRow("fr M.") << u"fr"_s << u"M. Trump a reçu Mme Dupont. Puis il est parti."_s
                           << QStringList{u"M. Trump a reçu Mme Dupont."_s,
                                          u"Puis il est parti."_s};
    QTest::addRow("fr P.-D.G.") << u"fr"_s << u"Le P.-D.G. Jensen Huang parle. Fin."_s
                                << QStringList{u"Le P.-D.G. Jensen Huang parle."_s, u"Fin."_s};
    QTest::addRow("fr quotes") << u"fr"_s
                               << u"« C’était une bonne réunion », a déclaré Trump. Voilà."_s
                               << QStringList{u"« C’était une bonne réunion », a déclaré Trump."_s,
                                              u"Voilà."_s};
    QTest::addRow("fr lines") << u"fr"_s << u"Titre\nPremière phrase. Deuxième.\n\n"_s
                              << QStringList{u"Titre"_s, u"Première phrase."_s, u"Deuxième."_s};
    QTest::addRow("fr lone closing quote")
        << u"fr"_s << u"« Elle nous nuirait. » Ces remarques."_s
        << QStringList{u"« Elle nous nuirait. »"_s, u"Ces remarques."_s};
    QTest::addRow("fr Trump. is not p.") << u"fr"_s << u"a déclaré Trump. Voilà."_s
                                         << QStringList{u"a déclaré Trump."_s, u"Voilà."_s};
    QTest::addRow("en initial") << u"en"_s << u"Donald J. Trump spoke. Then he left."_s
                                << QStringList{u"Donald J. Trump spoke."_s, u"Then he left."_s};
    QTest::addRow("en Mr.") << u"en"_s << u"Mr. Huang met Mr. Trump in Washington. It went well."_s
                            << QStringList{u"Mr. Huang met Mr. Trump in Washington."_s,
                                           u"It went well."_s};
    QTest::addRow("en U.S.") << u"en"_s << u"The U.S. Commerce Department acted. Nvidia fell."_s
                             << QStringList{u"The U.S. Commerce Department acted."_s,
                                            u"Nvidia fell."_s};
}

void TestTextSegmenter::sentences()
{
    QFETCH(QString, language);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const TextSegmenter segmenter(language);
    QCOMPARE(slices(text, segmenter.sentences(text)), expected);
}

void TestTextSegmenter::words_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::addRow("elision") << u"les puces d'AMD et l’Élysée"_s
                             << QStringList{u"les"_s, u"puces"_s, u"d'"_s,    u"AMD"_s,
                                            u"et"_s,  u"l’"_s,    u"Élysée"_s};
    QTest::addRow("qu'") << u"jusqu’à ce qu'il"_s
                         << QStringList{u"jusqu’"_s, u"à"_s, u"ce"_s, u"qu'"_s, u"il"_s};
    QTest::addRow("codes") << u"H20, H200 et MI325X"_s
                           << QStringList{u"H20"_s, u"H200"_s, u"et"_s, u"MI325X"_s};
    QTest::addRow("hyphen") << u"États-Unis"_s << QStringList{u"États"_s, u"Unis"_s};
    QTest::addRow("possessive") << u"Nvidia's chips"_s
                                << QStringList{u"Nvidia"_s, u"'s"_s, u"chips"_s};
    QTest::addRow("numbers") << u"2 000 milliards, 17 %"_s
                             << QStringList{u"2"_s, u"000"_s, u"milliards"_s, u"17"_s};
    QTest::addRow("aujourd'hui stays") << u"aujourd'hui"_s << QStringList{u"aujourd'hui"_s};
}

void TestTextSegmenter::words()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const TextSegmenter segmenter(u"fr"_s);
    QCOMPARE(slices(text, segmenter.words(text)), expected);
}

QTEST_GUILESS_MAIN(TestTextSegmenter)
#include "tst_textsegmenter.moc"
