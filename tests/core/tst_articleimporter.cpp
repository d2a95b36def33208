// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/articleimporter.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

namespace storyline {

namespace {

const QString FixtureFolder = QStringLiteral(STORYLINE_FIXTURES "/import");

QString fixture(const QString &name)
{
    return FixtureFolder + u'/' + name;
}

QString frenchText()
{
    QFile file(fixture(u"fr-utf8.txt"_s));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace

class TestArticleImporter : public QObject
{
    Q_OBJECT

private slots:
    void fixtures_data();
    void fixtures();
    void frenchEncodingsGiveOneText_data();
    void frenchEncodingsGiveOneText();
    void htmlArticle();
    void markdownOffsets();
    void optionsWin();
    void languageFromDocument();
    void noPublicationDate();
    void longFirstLine();
    void errors_data();
    void errors();
    void missingFile();
};

void TestArticleImporter::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<DocumentFormat>("format");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("published");
    QTest::addColumn<QString>("headline");

    const QString frenchHeadline
        = u"Nvidia : Jensen Huang rencontre Donald Trump à la Maison-Blanche"_s;
    QTest::addRow("french utf-8") << u"fr-utf8.txt"_s << DocumentFormat::PlainText << u"UTF-8"_s
                                  << u"fr"_s << u"2025-01-31"_s << frenchHeadline;
    QTest::addRow("french windows-1252")
        << u"fr-windows-1252.txt"_s << DocumentFormat::PlainText << u"windows-1252"_s << u"fr"_s
        << u"2025-01-31"_s << frenchHeadline;
    QTest::addRow("french latin-1")
        << u"fr-latin1.txt"_s << DocumentFormat::PlainText << u"windows-1252"_s << u"fr"_s
        << u"2025-01-31"_s << frenchHeadline;
    QTest::addRow("french utf-16be")
        << u"fr-utf16be-bom.txt"_s << DocumentFormat::PlainText << u"UTF-16BE"_s << u"fr"_s
        << u"2025-01-31"_s << frenchHeadline;
    QTest::addRow("french utf-16le without bom")
        << u"fr-utf16le-nobom.txt"_s << DocumentFormat::PlainText << u"UTF-16LE"_s << u"fr"_s
        << u"2025-01-31"_s << frenchHeadline;
    QTest::addRow("english") << u"en-article.txt"_s << DocumentFormat::PlainText << u"UTF-8"_s
                             << u"en"_s << u"2025-01-31"_s
                             << u"Nvidia chief meets Trump at the White House"_s;
    QTest::addRow("markdown") << u"article.md"_s << DocumentFormat::Markdown << u"UTF-8"_s
                              << u"fr"_s << u"2025-01-31"_s
                              << u"Nvidia : Jensen Huang rencontre Donald Trump"_s;
    QTest::addRow("html") << u"article.html"_s << DocumentFormat::Html << u"UTF-8"_s << u"fr"_s
                          << u"2025-01-31"_s << u"Nvidia : Jensen Huang à la Maison-Blanche"_s;
    QTest::addRow("html declaring iso-8859-15")
        << u"latin9.html"_s << DocumentFormat::Html << u"ISO-8859-15"_s << u"fr"_s << QString()
        << u"Prix"_s;
    QTest::addRow("malformed html") << u"malformed.html"_s << DocumentFormat::Html << u"UTF-8"_s
                                    << u"fr"_s << QString() << u"Page cassée"_s;
}

void TestArticleImporter::fixtures()
{
    QFETCH(QString, file);
    QFETCH(DocumentFormat, format);
    QFETCH(QString, encoding);
    QFETCH(QString, language);
    QFETCH(QString, published);
    QFETCH(QString, headline);
    const Result<ImportedArticle> imported = importArticle(fixture(file), {}, u"a042"_s);
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().toString()));
    const ImportedArticle &result = imported.value();
    QCOMPARE(result.format, format);
    QCOMPARE(result.encoding, encoding);
    QCOMPARE(result.article.id, u"a042"_s);
    QCOMPARE(result.article.file, file);
    QCOMPARE(result.article.language, language);
    QCOMPARE(result.article.published ? result.article.published->toString() : QString(),
             published);
    QCOMPARE(result.article.headline, headline);
    QCOMPARE(result.matchText.size(), result.article.text.size());
    QVERIFY(!result.article.text.isEmpty());
}

void TestArticleImporter::frenchEncodingsGiveOneText_data()
{
    QTest::addColumn<QString>("file");
    QTest::addRow("utf-8") << u"fr-utf8.txt"_s;
    QTest::addRow("utf-8 bom") << u"fr-utf8-bom.txt"_s;
    QTest::addRow("windows-1252") << u"fr-windows-1252.txt"_s;
    QTest::addRow("utf-16le bom") << u"fr-utf16le-bom.txt"_s;
    QTest::addRow("utf-16be bom") << u"fr-utf16be-bom.txt"_s;
    QTest::addRow("utf-16le no bom") << u"fr-utf16le-nobom.txt"_s;
}

// However the file is encoded, the article is the same text: "’" (0x92 in windows-1252), "œ",
// "«" and "»" with their non-breaking spaces, exactly.
void TestArticleImporter::frenchEncodingsGiveOneText()
{
    QFETCH(QString, file);
    const Result<ImportedArticle> imported = importArticle(fixture(file), {}, u"a"_s);
    QVERIFY(imported.ok());
    QCOMPARE(imported.value().article.text, frenchText());
    QCOMPARE(imported.value().matchText, frenchText());
    QVERIFY(imported.value().article.text.contains(u"«\u00A0C’est une œuvre"_s));
}

void TestArticleImporter::htmlArticle()
{
    const Result<ImportedArticle> imported = importArticle(fixture(u"article.html"_s), {}, u"h"_s);
    QVERIFY(imported.ok());
    const Article &article = imported.value().article;
    QVERIFY(
        article.text.startsWith(u"Nvidia : Jensen Huang à la Maison-Blanche\n\nParis, le 31"_s));
    QVERIFY(!article.text.contains(u"tracking"_s));
    QVERIFY(!article.text.contains(u"<"_s));
    QCOMPARE(imported.value().matchText, article.text);
    QCOMPARE(article.url, u"https://journal.example/nvidia-huang-trump"_s);
    QCOMPARE(article.outlet, u"Le Journal"_s);
    // The meta data's date (31 January) wins over JSON-LD's (30 January).
    QCOMPARE(article.published->toString(), u"2025-01-31"_s);
}

void TestArticleImporter::markdownOffsets()
{
    const Result<ImportedArticle> imported = importArticle(fixture(u"article.md"_s), {}, u"m"_s);
    QVERIFY(imported.ok());
    const ImportedArticle &result = imported.value();
    // The reader shows the Markdown source; offsets found in the match text point into it.
    QVERIFY(result.article.text.startsWith(u"# Nvidia"_s));
    for (const QString &word : {u"Jensen Huang"_s, u"vendredi"_s, u"17 %"_s, u"Nvidia"_s}) {
        qsizetype at = result.matchText.indexOf(word);
        QVERIFY2(at >= 0, qPrintable(word));
        while (at >= 0) {
            QCOMPARE(result.article.text.sliced(at, word.size()), word);
            at = result.matchText.indexOf(word, at + 1);
        }
    }
    QVERIFY(!result.matchText.contains(u"**"_s));
}

void TestArticleImporter::optionsWin()
{
    ImportOptions options;
    options.language = u"EN"_s;
    options.published = PartialDate::parse(u"2025-02"_s);
    const Result<ImportedArticle> imported
        = importArticle(fixture(u"article.html"_s), options, u"x"_s);
    QVERIFY(imported.ok());
    QCOMPARE(imported.value().article.language, u"en"_s);
    QCOMPARE(imported.value().article.published, PartialDate::parse(u"2025-02"_s));

    // "auto" is no choice: the document's language stands.
    options.language = u"auto"_s;
    const Result<ImportedArticle> automatic
        = importArticle(fixture(u"article.html"_s), options, u"x"_s);
    QVERIFY(automatic.ok());
    QCOMPARE(automatic.value().article.language, u"fr"_s);
}

void TestArticleImporter::languageFromDocument()
{
    // The page says English; its words are French: what it says wins, as it is the publisher's.
    const QByteArray page = "<html lang=\"en\"><p>Le président a déclaré que les contrôles à "
                            "l'exportation sont une priorité pour la Chine.</p>";
    const Result<ImportedArticle> declared = importArticle(page, u"page.html"_s, {}, u"p"_s);
    QVERIFY(declared.ok());
    QCOMPARE(declared.value().article.language, u"en"_s);

    // Without a declaration, the words decide.
    const Result<ImportedArticle> detected = importArticle(
        QByteArray("<p>Le président a déclaré que les contrôles sont une priorité.</p>"),
        u"page.html"_s, {}, u"p"_s);
    QVERIFY(detected.ok());
    QCOMPARE(detected.value().article.language, u"fr"_s);
}

void TestArticleImporter::noPublicationDate()
{
    const Result<ImportedArticle> imported = importArticle(
        QByteArray("A headline\n\nThe company said on Friday that sales rose in 2025.\n"),
        u"notes/plain.txt"_s, {}, u"n"_s);
    QVERIFY(imported.ok());
    QVERIFY(!imported.value().article.published);
    QCOMPARE(imported.value().article.file, u"plain.txt"_s);
    QCOMPARE(imported.value().article.headline, u"A headline"_s);
    QCOMPARE(imported.value().article.language, u"en"_s);
    QVERIFY(imported.value().article.url.isEmpty());
}

void TestArticleImporter::longFirstLine()
{
    QByteArray text;
    for (int i = 0; i < 100; ++i)
        text += "word" + QByteArray::number(i) + ' ';
    const Result<ImportedArticle> imported = importArticle(text, u"long.txt"_s, {}, u"l"_s);
    QVERIFY(imported.ok());
    const QString headline = imported.value().article.headline;
    QVERIFY2(headline.size() <= 201, qPrintable(headline));
    QVERIFY(headline.startsWith(u"word0 word1 "_s));
    QVERIFY(headline.endsWith(u'…'));
    QCOMPARE(imported.value().article.text, QString::fromLatin1(text));
}

void TestArticleImporter::errors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<StoryError::Kind>("kind");
    QTest::addColumn<QString>("message"); // a part of it

    QTest::addRow("zero bytes") << u"empty.txt"_s << StoryError::Kind::InvalidValue << u"empty"_s;
    QTest::addRow("png") << u"binary.png"_s << StoryError::Kind::UnreadableFile
                         << u"not a text file"_s;
    QTest::addRow("a folder") << QString() << StoryError::Kind::UnreadableFile << u"folder"_s;
}

void TestArticleImporter::errors()
{
    QFETCH(QString, file);
    QFETCH(StoryError::Kind, kind);
    QFETCH(QString, message);
    const QString path = file.isEmpty() ? FixtureFolder : fixture(file);
    const Result<ImportedArticle> imported = importArticle(path, {}, u"e"_s);
    QVERIFY(!imported.ok());
    const StoryError &error = imported.error();
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.file, QDir::toNativeSeparators(path));
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    QVERIFY2(error.toString().startsWith(QDir::toNativeSeparators(path) + u": "_s),
             qPrintable(error.toString()));
}

void TestArticleImporter::missingFile()
{
    const Result<ImportedArticle> imported = importArticle(fixture(u"gone.html"_s), {}, u"g"_s);
    QVERIFY(!imported.ok());
    QCOMPARE(imported.error().kind, StoryError::Kind::MissingFile);
    QVERIFY(imported.error().file.endsWith(u"gone.html"_s));

    // A page with nothing to show is refused too: there would be nothing to read.
    const Result<ImportedArticle> blank = importArticle(
        QByteArray("<html><head><title>T</title><script>x()</script></head><body> </body>"),
        u"blank.html"_s, {}, u"b"_s);
    QVERIFY(!blank.ok());
    QCOMPARE(blank.error().kind, StoryError::Kind::InvalidValue);
    QCOMPARE(blank.error().file, u"blank.html"_s);
}

} // namespace storyline

QTEST_GUILESS_MAIN(storyline::TestArticleImporter)
#include "tst_articleimporter.moc"
