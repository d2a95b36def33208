// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "story/story.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace storyline;

class TestLocalizedText : public QObject
{
    Q_OBJECT

private slots:
    void emptyHasNoLanguage();
    void textFallsBackToEnglishThenAny();
    void insertReplacesAndKeepsOrder();
    void removeLeavesTheOthers();
    void equalWhateverTheInsertOrder();
    void emptyTextIsStillALanguage();
    void longLanguagesAndTexts();
    void latin1AndWiderTextsMix();
};

void TestLocalizedText::emptyHasNoLanguage()
{
    const LocalizedText text;
    QVERIFY(text.isEmpty());
    QCOMPARE(text.size(), 0);
    QVERIFY(text.text(u"fr").isNull());
    QVERIFY(text.value(u"en").isNull());
    QVERIFY(!text.contains(u"en"));
    QVERIFY(text.languages().isEmpty());
}

void TestLocalizedText::textFallsBackToEnglishThenAny()
{
    const LocalizedText both{{u"fr"_s, u"Le marché chute"_s}, {u"en"_s, u"Markets fall"_s}};
    QCOMPARE(both.text(u"fr"), u"Le marché chute"_s);
    QCOMPARE(both.text(u"en"), u"Markets fall"_s);
    QCOMPARE(both.text(u"de"), u"Markets fall"_s);
    QVERIFY(both.value(u"de").isNull());
    const LocalizedText french{{u"fr"_s, u"Le marché chute"_s}};
    QCOMPARE(french.text(u"zh_CN"), u"Le marché chute"_s);
}

void TestLocalizedText::insertReplacesAndKeepsOrder()
{
    LocalizedText text;
    text.insert(u"zh_CN", u"市场下跌");
    text.insert(u"en", u"Markets fall");
    text.insert(u"fr", u"Le marché chute");
    text.insert(u"en", u"Markets fall hard");
    QCOMPARE(text.size(), 3);
    QCOMPARE(text.languages(), (QStringList{u"en"_s, u"fr"_s, u"zh_CN"_s}));
    QCOMPARE(text.value(u"en"), u"Markets fall hard"_s);
    QCOMPARE(text.value(u"zh_CN"), u"市场下跌"_s);
    const QMap<QString, QString> expected{{u"en"_s, u"Markets fall hard"_s},
                                          {u"fr"_s, u"Le marché chute"_s},
                                          {u"zh_CN"_s, u"市场下跌"_s}};
    QCOMPARE(text.toMap(), expected);
    QStringList seen;
    text.forEach(
        [&seen](QStringView language, QStringView value) { seen.append(language % u'=' % value); });
    QCOMPARE(
        seen,
        (QStringList{u"en=Markets fall hard"_s, u"fr=Le marché chute"_s, u"zh_CN=市场下跌"_s}));
}

void TestLocalizedText::removeLeavesTheOthers()
{
    LocalizedText text{{u"en"_s, u"A"_s}, {u"fr"_s, u"B"_s}, {u"it"_s, u"C"_s}};
    text.remove(u"fr");
    QCOMPARE(text.languages(), (QStringList{u"en"_s, u"it"_s}));
    QCOMPARE(text.value(u"it"), u"C"_s);
    text.remove(u"de"); // not there: nothing changes
    QCOMPARE(text.size(), 2);
    text.remove(u"en");
    text.remove(u"it");
    QVERIFY(text.isEmpty());
    QCOMPARE(text, LocalizedText());
}

void TestLocalizedText::equalWhateverTheInsertOrder()
{
    LocalizedText a;
    a.insert(u"fr", u"Titre");
    a.insert(u"en", u"Title");
    const LocalizedText b{{u"en"_s, u"Title"_s}, {u"fr"_s, u"Titre"_s}};
    QCOMPARE(a, b);
    QVERIFY(a != (LocalizedText{{u"en"_s, u"Title"_s}}));
    QVERIFY(a != (LocalizedText{{u"en"_s, u"Title"_s}, {u"fr"_s, u"Titre!"_s}}));
}

void TestLocalizedText::emptyTextIsStillALanguage()
{
    const LocalizedText text{{u"fr"_s, QString()}};
    QVERIFY(!text.isEmpty());
    QVERIFY(text.contains(u"fr"));
    QVERIFY(!text.value(u"fr").isNull());
    QVERIFY(text.value(u"fr").isEmpty());
}

void TestLocalizedText::longLanguagesAndTexts()
{
    // Lengths past 65,535 units need both halves of the stored length.
    const QString language(70000, u'x');
    const QString long1(131073, u'é');
    LocalizedText text{{language, long1}, {u"en"_s, u"short"_s}};
    QCOMPARE(text.value(language), long1);
    QCOMPARE(text.value(u"en"), u"short"_s);
    QCOMPARE(text.languages(), (QStringList{u"en"_s, language}));
    // A text that holds what looks like a length or a language is only text.
    const QString tricky = QString(QChar(0)) % QChar(2) % u"en"_s % QChar(0) % QChar(1) % u"!"_s;
    text.insert(u"fr", tricky);
    QCOMPARE(text.value(u"fr"), tricky);
    QCOMPARE(text.value(u"en"), u"short"_s);
    QCOMPARE(text.size(), 3);
}

void TestLocalizedText::latin1AndWiderTextsMix()
{
    // Latin-1 texts are kept a byte a character; one wider character keeps the whole block in
    // UTF-16. Either way the texts come back exactly, at the edges of both.
    for (const qsizetype length : {0, 1, 255, 256, 65535, 65536, 70000}) {
        const QString latin = QString(length, u'\u00FF');
        const QString wide = QString(length, u'x') + u"\u0100"_s;
        LocalizedText text{{u"fr"_s, latin}};
        QCOMPARE(text.value(u"fr"), latin);
        text.insert(u"en", wide);
        QCOMPARE(text.value(u"fr"), latin);
        QCOMPARE(text.value(u"en"), wide);
        text.remove(u"en");
        QCOMPARE(text, (LocalizedText{{u"fr"_s, latin}}));
        text.insert(u"zh_CN", u"市场"_s);
        QCOMPARE(text.languages(), (QStringList{u"fr"_s, u"zh_CN"_s}));
        QCOMPARE(text.text(u"de"), latin); // no English: the first language
    }
    // A copy shares its block and outlives the original.
    auto original = std::make_unique<LocalizedText>(LocalizedText{{u"en"_s, u"Kept"_s}});
    const LocalizedText copy = *original;
    original.reset();
    QCOMPARE(copy.value(u"en"), u"Kept"_s);
}

QTEST_GUILESS_MAIN(TestLocalizedText)
#include "tst_localizedtext.moc"
