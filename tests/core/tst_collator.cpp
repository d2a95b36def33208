// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/collator.h"

#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace storyline;

class TestCollator : public QObject
{
    Q_OBJECT

private slots:
    void sort_data();
    void sort();
};

void TestCollator::sort_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("input");
    QTest::addColumn<QStringList>("sorted");

    QTest::addRow("fr accents sort with their letter")
        << u"fr"_s
        << QStringList{u"Washington"_s, u"États-Unis"_s, u"Chine"_s, u"Élysée"_s, u"Etats"_s}
        << QStringList{u"Chine"_s, u"Élysée"_s, u"Etats"_s, u"États-Unis"_s, u"Washington"_s};
    QTest::addRow("case breaks ties only")
        << u"en"_s << QStringList{u"nvidia"_s, u"AMD"_s, u"Nvidia"_s}
        << QStringList{u"AMD"_s, u"nvidia"_s, u"Nvidia"_s};
    QTest::addRow("code point order would differ")
        << u"fr"_s << QStringList{u"Zhang"_s, u"Œuvre"_s, u"apple"_s}
        << QStringList{u"apple"_s, u"Œuvre"_s, u"Zhang"_s};
}

void TestCollator::sort()
{
    QFETCH(QString, language);
    QFETCH(QStringList, input);
    QFETCH(QStringList, sorted);
    const Collator collator(language);
    std::sort(input.begin(), input.end(),
              [&](const QString &a, const QString &b) { return collator(a, b); });
    QCOMPARE(input, sorted);
}

QTEST_GUILESS_MAIN(TestCollator)
#include "tst_collator.moc"
