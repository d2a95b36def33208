// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/documentformat.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace storyline {

namespace {

const QString FixtureFolder = QStringLiteral(STORYLINE_FIXTURES "/import");

QString readFixture(const QString &name)
{
    QFile file(FixtureFolder + u'/' + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// Expected match texts write a blanked character as '·', so a row shows what was markup.
QString blanked(QString pattern)
{
    return pattern.replace(u'·', u' ');
}

// The promise of matchText: as long as the text, every character either the text's own or a
// blank, and every line break kept.
bool mapsOnto(const PlainDocument &doc, QString *why)
{
    if (doc.matchText.size() != doc.text.size()) {
        *why = u"lengths differ: %1, %2"_s.arg(doc.matchText.size()).arg(doc.text.size());
        return false;
    }
    for (qsizetype i = 0; i < doc.text.size(); ++i) {
        const QChar m = doc.matchText[i];
        const QChar t = doc.text[i];
        const bool lineBreak = t == u'\n' || t == u'\r';
        if (m != t && (m != u' ' || lineBreak)) {
            *why = u"offset %1: '%2' for '%3'"_s.arg(i).arg(m).arg(t);
            return false;
        }
    }
    return true;
}

} // namespace

class TestDocumentFormat : public QObject
{
    Q_OBJECT

private slots:
    void formatForPath_data();
    void formatForPath();
    void plainText();

    void markdown_data();
    void markdown();
    void markdownDocument_data();
    void markdownDocument();
    void markdownFixture();

    void html_data();
    void html();
    void htmlMeta_data();
    void htmlMeta();
    void htmlFixture();
    void malformedHtmlFixture();

    void pathologicalInput_data();
    void pathologicalInput();
    void randomMarkupNeverCrashes();

    void declaredHtmlCharset_data();
    void declaredHtmlCharset();
};

void TestDocumentFormat::formatForPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<DocumentFormat>("format");

    QTest::addRow("txt") << u"a/b/article.txt"_s << DocumentFormat::PlainText;
    QTest::addRow("no extension") << u"README"_s << DocumentFormat::PlainText;
    QTest::addRow("md") << u"notes.md"_s << DocumentFormat::Markdown;
    QTest::addRow("markdown upper case") << u"NOTES.MARKDOWN"_s << DocumentFormat::Markdown;
    QTest::addRow("html") << u"page.html"_s << DocumentFormat::Html;
    QTest::addRow("htm") << u"C:/pages/page.HTM"_s << DocumentFormat::Html;
    QTest::addRow("xhtml") << u"page.xhtml"_s << DocumentFormat::Html;
    QTest::addRow("html in folder name") << u"html.d/page.txt"_s << DocumentFormat::PlainText;
}

void TestDocumentFormat::formatForPath()
{
    QFETCH(QString, path);
    QFETCH(DocumentFormat, format);
    QCOMPARE(storyline::formatForPath(path), format);
}

void TestDocumentFormat::plainText()
{
    // Plain text is shown and analysed as it is, markup-looking characters and all.
    const QString source = u"# not a heading\r\n<b>not a tag</b> *nor emphasis*\n"_s;
    const PlainDocument doc = toPlainDocument(source, DocumentFormat::PlainText);
    QCOMPARE(doc.text, source);
    QCOMPARE(doc.matchText, source);
    QVERIFY(doc.title.isEmpty());
    QVERIFY(!doc.published);
    QVERIFY(doc.language.isEmpty());
}

void TestDocumentFormat::markdown_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("match"); // '·': blanked

    QTest::addRow("atx heading") << u"# Title"_s << u"··Title"_s;
    QTest::addRow("atx closing hashes") << u"## Title ##"_s << u"···Title···"_s;
    QTest::addRow("hashtag is text") << u"#hashtag"_s << u"#hashtag"_s;
    QTest::addRow("emphasis") << u"Some *emphasis* and **strong**."_s
                              << u"Some ·emphasis· and ··strong··."_s;
    QTest::addRow("underscores") << u"snake_case_name and _emphasis_"_s
                                 << u"snake_case_name and ·emphasis·"_s;
    QTest::addRow("lone star") << u"5 * 3 = 15"_s << u"5 * 3 = 15"_s;
    QTest::addRow("unclosed emphasis") << u"*alone here"_s << u"*alone here"_s;
    QTest::addRow("emphasis over lines") << u"*start\nend*"_s << u"·start\nend·"_s;
    QTest::addRow("strikethrough") << u"~~struck~~ ~one~"_s << u"··struck·· ~one~"_s;
    QTest::addRow("link") << u"a [link](https://x.example/a_(b) \"T\") here"_s
                          << u"a ·link······························ here"_s;
    QTest::addRow("link with emphasis") << u"[*Nvidia*](u)"_s << u"··Nvidia·····"_s;
    QTest::addRow("reference link")
        << u"[text][ref] and [shortcut]"_s << u"·text······ and [shortcut]"_s;
    QTest::addRow("image") << u"![alt text](img.png) after"_s << u"···················· after"_s;
    QTest::addRow("code span") << u"`code` and ``a`b``"_s << u"·code· and ··a`b··"_s;
    QTest::addRow("unclosed code span") << u"`open and *em*"_s << u"`open and ·em·"_s;
    QTest::addRow("escapes") << u"\\*not emphasis\\* \\_x"_s << u"·*not emphasis·* ·_x"_s;
    QTest::addRow("html comment") << u"<!-- note -->visible"_s << u"·············visible"_s;
    QTest::addRow("html comment over lines")
        << u"a <!-- one\ntwo --> b"_s << u"a ········\n······· b"_s;
    QTest::addRow("inline html") << u"<span class=\"x\">text</span><br/>"_s
                                 << u"················text············"_s;
    QTest::addRow("less-than is text") << u"a < b and x<3"_s << u"a < b and x<3"_s;
    QTest::addRow("autolink") << u"<https://example.com>"_s << u"·https://example.com·"_s;
    QTest::addRow("block quote") << u"> quoted\n> > nested"_s << u"··quoted\n····nested"_s;
    QTest::addRow("bullets") << u"- one\n* two\n+ three"_s << u"··one\n··two\n··three"_s;
    QTest::addRow("ordered list keeps its number")
        << u"2025. A year\n1) first"_s << u"2025. A year\n1) first"_s;
    QTest::addRow("task") << u"- [x] done"_s << u"······done"_s;
    QTest::addRow("setext heading") << u"Title\n=====\ntext"_s << u"Title\n·····\ntext"_s;
    QTest::addRow("thematic break") << u"a\n\n---\n\n* * *"_s << u"a\n\n···\n\n·····"_s;
    QTest::addRow("fenced code") << u"```cpp\ncode *x*\n```\nafter"_s
                                 << u"······\n········\n···\nafter"_s;
    QTest::addRow("unclosed fence") << u"~~~\ncode"_s << u"···\n····"_s;
    QTest::addRow("table") << u"| a | b |\n|---|:-:|\n| 1 | 2 |\n\nafter | x"_s
                           << u"· a · b ·\n·········\n· 1 · 2 ·\n\nafter | x"_s;
    QTest::addRow("link definition")
        << u"[ref]: https://example.com \"T\""_s << u"······························"_s;
    QTest::addRow("crlf") << u"# Title\r\ntext *x*\r\n"_s << u"··Title\r\ntext ·x·\r\n"_s;
    QTest::addRow("front matter") << u"---\ntitle: T\n---\nBody"_s << u"···\n········\n···\nBody"_s;
    QTest::addRow("dashes are not front matter later")
        << u"Body\n\n---\ntitle: T\n---"_s << u"Body\n\n···\ntitle: T\n···"_s;
}

void TestDocumentFormat::markdown()
{
    QFETCH(QString, source);
    QFETCH(QString, match);
    const PlainDocument doc = toPlainDocument(source, DocumentFormat::Markdown);
    QCOMPARE(doc.text, source);
    QCOMPARE(doc.matchText, blanked(match));
    QString why;
    QVERIFY2(mapsOnto(doc, &why), qPrintable(why));
}

void TestDocumentFormat::markdownDocument_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("published");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("url");

    QTest::addRow("first heading") << u"Intro line\n\n## First *heading*\n\n# Second"_s
                                   << u"First heading"_s << QString() << QString() << QString();
    QTest::addRow("setext heading")
        << u"The **title**\n===\n\nBody"_s << u"The title"_s << QString() << QString() << QString();
    QTest::addRow("no heading") << u"Just text."_s << QString() << QString() << QString()
                                << QString();
    QTest::addRow("front matter") << u"---\ntitle: \"Front: matter\"\ndate: 2025-01-31T08:00:00Z\n"
                                     "lang: fr-FR\nurl: https://example.com/a\n---\n# Heading\n"_s
                                  << u"Front: matter"_s << u"2025-01-31"_s << u"fr"_s
                                  << u"https://example.com/a"_s;
    QTest::addRow("front matter month") << u"---\npublished: 2025-05\n---\ntext"_s << QString()
                                        << u"2025-05"_s << QString() << QString();
    QTest::addRow("unclosed front matter")
        << u"---\ntitle: T\n\n# Real"_s << u"Real"_s << QString() << QString() << QString();
}

void TestDocumentFormat::markdownDocument()
{
    QFETCH(QString, source);
    QFETCH(QString, title);
    QFETCH(QString, published);
    QFETCH(QString, language);
    QFETCH(QString, url);
    const PlainDocument doc = toPlainDocument(source, DocumentFormat::Markdown);
    QCOMPARE(doc.title, title);
    QCOMPARE(doc.published ? doc.published->toString() : QString(), published);
    QCOMPARE(doc.language, language);
    QCOMPARE(doc.url, url);
}

void TestDocumentFormat::markdownFixture()
{
    const QString source = readFixture(u"article.md"_s);
    QVERIFY(!source.isEmpty());
    const PlainDocument doc = toPlainDocument(source, DocumentFormat::Markdown);
    QCOMPARE(doc.text, source);
    QString why;
    QVERIFY2(mapsOnto(doc, &why), qPrintable(why));
    QCOMPARE(doc.title, u"Nvidia : Jensen Huang rencontre Donald Trump"_s);

    // A phrase found in the match text is the same phrase, at the same offset, in the text.
    for (const QString &phrase :
         {u"Jensen Huang"_s, u"Donald Trump"_s, u"vendredi"_s, u"17 %"_s, u"Nvidia"_s,
          u"C’est une œuvre"_s, u"snake_case_name"_s, u"l’analyse"_s}) {
        const qsizetype at = doc.matchText.indexOf(phrase);
        QVERIFY2(at >= 0, qPrintable(phrase));
        QCOMPARE(doc.text.sliced(at, phrase.size()), phrase);
    }
    // What is markup, code or a comment is gone from the match text, and only from it.
    for (const QString &markup :
         {u"**"_s, u"](https"_s, u"images.example"_s, u"# "_s, u"<!--"_s, u"à relire"_s,
          u"code_block"_s, u"`"_s, u"journal.example"_s, u"[analyse]"_s}) {
        QVERIFY2(!doc.matchText.contains(markup), qPrintable(markup));
        QVERIFY2(doc.text.contains(markup), qPrintable(markup));
    }
    QVERIFY(doc.matchText.contains(u"Paris, le 31 janvier 2025 –"_s));
}

void TestDocumentFormat::html_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("text");

    const QString nbsp(QChar(0xA0));
    QTest::addRow("paragraphs") << u"<p>One</p><p>Two</p>"_s << u"One\n\nTwo"_s;
    QTest::addRow("unclosed paragraphs") << u"<p>a<p>b"_s << u"a\n\nb"_s;
    QTest::addRow("divs") << u"<div>a</div><div>b</div>"_s << u"a\nb"_s;
    QTest::addRow("list") << u"<ul><li>one</li><li>two</li></ul>after"_s << u"one\ntwo\n\nafter"_s;
    QTest::addRow("heading") << u"<h1>T</h1>text"_s << u"T\n\ntext"_s;
    QTest::addRow("br") << u"a<br>b<BR/>c</br>d"_s << u"a\nb\nc\nd"_s;
    QTest::addRow("at most one empty line")
        << u"line<br><br><br><br>next<p></p><p></p>end"_s << u"line\n\nnext\n\nend"_s;
    QTest::addRow("white space") << u"  lots   of\n\n\t space  "_s << u"lots of space"_s;
    QTest::addRow("inline elements") << u"<b>a</b> <i>b</i><span>c</span>"_s << u"a bc"_s;
    QTest::addRow("no space before a break") << u"<p>a </p> <p> b</p>"_s << u"a\n\nb"_s;
    QTest::addRow("named references")
        << u"&amp; &lt;&gt; &quot;&apos; &eacute;&Eacute; &oelig; &laquo;x&raquo; &hellip;"_s
        << u"& <> \"' éÉ œ «x» …"_s;
    QTest::addRow("numeric references") << u"&#233; &#xE9; &#X00e9; &#8217; &#128512;"_s
                                        << u"é é é ’ "_s + QString::fromUtf8("\xF0\x9F\x98\x80");
    QTest::addRow("windows-1252 numeric references") << u"&#150; &#146; &#128;"_s << u"– ’ €"_s;
    QTest::addRow("invalid numeric references")
        << u"&#0;&#x110000;&#xD800;&#1;"_s << u"\uFFFD\uFFFD\uFFFD\uFFFD"_s;
    QTest::addRow("nbsp is kept") << u"17&nbsp;% &#160;x"_s
                                  << u"17"_s + nbsp + u"% "_s + nbsp + u"x"_s;
    QTest::addRow("unknown references stay")
        << u"&unknown; &#; &#x; & alone"_s << u"&unknown; &#; &#x; & alone"_s;
    QTest::addRow("legacy reference without ;") << u"&copy 2025 &amp"_s << u"© 2025 &"_s;
    QTest::addRow("query string") << u"?a=1&copy=2&b=3"_s << u"?a=1&copy=2&b=3"_s;
    QTest::addRow("script") << u"<script>var a = '<p>x</p>'; if (a < b) {}</script>visible"_s
                            << u"visible"_s;
    QTest::addRow("script end tag variants")
        << u"<SCRIPT type=\"module\">a</scripts></SCRIPT >b<script>c</script\n>d"_s << u"bd"_s;
    QTest::addRow("style") << u"<style>p::after { content: \"x\" }</style>y"_s << u"y"_s;
    QTest::addRow("comments") << u"<!-- c -->a<!---->b<!-->c<!--->d<!-- <p>x</p> -->e"_s
                              << u"abcde"_s;
    QTest::addRow("unclosed comment") << u"before<!-- runs to the end <p>lost"_s << u"before"_s;
    QTest::addRow("doctype, cdata, processing instruction")
        << u"<!DOCTYPE html>x<![CDATA[y]]>z<?xml version=\"1.0\"?>w"_s << u"xzw"_s;
    QTest::addRow("pre") << u"<p>a</p><pre>\n  code\n    indented\r\n</pre>b"_s
                         << u"a\n\n  code\n    indented\n\nb"_s;
    QTest::addRow("table cells") << u"<table><tr><td>a<td>b<tr><th>c</th><td>d</table>"_s
                                 << u"a\tb\nc\td"_s;
    QTest::addRow("hidden content")
        << u"<template>t</template><div hidden>h</div><div style=\"DISPLAY: none\">n</div>shown"_s
        << u"shown"_s;
    QTest::addRow("hidden element nested in itself")
        << u"<div hidden><div>x</div>still hidden</div>shown"_s << u"shown"_s;
    QTest::addRow("svg") << u"<svg><title>i</title><text>s</text></svg>after<svg/>more"_s
                         << u"aftermore"_s;
    QTest::addRow("iframe, object, video")
        << u"<iframe src=\"https://x.example\">no frames</iframe><object>o</object>"
           "<video src=v.mp4>no video</video>after"_s
        << u"after"_s;
    QTest::addRow("noscript") << u"<noscript>Enable JavaScript</noscript>x"_s << u"x"_s;
    QTest::addRow("form controls") << u"<textarea>t</textarea><button>Share</button>"
                                      "<select><option>o</select>x"_s
                                   << u"x"_s;
    QTest::addRow("image") << u"<img src=\"http://x.example/a.png\" alt=\"alt\">text"_s
                           << u"text"_s;
    QTest::addRow("title is not text") << u"<title>T</title><p>body"_s << u"body"_s;
    QTest::addRow("less-than is text") << u"a < b and c<3 and <>"_s << u"a < b and c<3 and <>"_s;
    QTest::addRow("tag never closed") << u"text <unclosed"_s << u"text <unclosed"_s;
    QTest::addRow("quoted greater-than") << u"<a title='x>y' href=\"a>b\">link</a>"_s << u"link"_s;
    QTest::addRow("quote never closed")
        << u"<a title='x>link</a> more <b>bold</b>"_s << u"link more bold"_s;
    QTest::addRow("unclosed elements") << u"<p>unclosed <b>bold"_s << u"unclosed bold"_s;
    QTest::addRow("stray end tags") << u"</p></div></html>stray</b>"_s << u"stray"_s;
    QTest::addRow("bogus end tag") << u"a</3>b</>c"_s << u"abc"_s;
    QTest::addRow("plaintext") << u"<p>a</p><plaintext><b>raw</b>"_s << u"a\n\n<b>raw</b>"_s;
    QTest::addRow("xmp") << u"<xmp><b>x</b></xmp>"_s << u"<b>x</b>"_s;
    QTest::addRow("empty") << QString() << QString();
}

void TestDocumentFormat::html()
{
    QFETCH(QString, source);
    QFETCH(QString, text);
    const PlainDocument doc = toPlainDocument(source, DocumentFormat::Html);
    QCOMPARE(doc.text, text);
    QCOMPARE(doc.matchText, text);
}

void TestDocumentFormat::htmlMeta_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("published");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("url");

    QTest::addRow("title") << u"<title>  A\n title &amp; more </title>"_s << u"A title & more"_s
                           << QString() << QString() << QString();
    QTest::addRow("og:title first")
        << u"<title>A – Site</title><meta property=\"og:title\" content=\"A\">"_s << u"A"_s
        << QString() << QString() << QString();
    QTest::addRow("json-ld headline before title")
        << u"<title>A – Site</title><script type=\"application/ld+json\">"
           "{\"@graph\": [{\"@type\": \"WebPage\"}, {\"@type\": \"NewsArticle\", "
           "\"headline\": \"A\", \"datePublished\": \"2025-01-30T23:00:00-05:00\", "
           "\"inLanguage\": \"en-US\"}]}</script>"_s
        << u"A"_s << u"2025-01-30"_s << u"en"_s << QString();
    QTest::addRow("h1 when nothing else") << u"<body><h1>Big <em>news</em></h1><h1>Other</h1>"_s
                                          << u"Big news"_s << QString() << QString() << QString();
    QTest::addRow("svg title is not the title")
        << u"<svg><title>Icon</title></svg><title>Page</title>"_s << u"Page"_s << QString()
        << QString() << QString();
    QTest::addRow("published_time before json-ld")
        << u"<script type=\"application/ld+json\">{\"datePublished\": \"2025-01-30\"}</script>"
           "<meta property=\"article:published_time\" content=\"2025-01-31T18:45:00+01:00\">"_s
        << QString() << u"2025-01-31"_s << QString() << QString();
    QTest::addRow("itemprop") << u"<time itemprop=\"datePublished\" datetime=\"2025-02-01\">1er "
                                 "février</time>"_s
                              << QString() << u"2025-02-01"_s << QString() << QString();
    QTest::addRow("dublin core") << u"<meta name=\"DC.date.issued\" content=\"2025-02-02\">"_s
                                 << QString() << u"2025-02-02"_s << QString() << QString();
    QTest::addRow("date meta, basic form")
        << u"<meta name=\"date\" content=\"20250203\">"_s << QString() << u"2025-02-03"_s
        << QString() << QString();
    QTest::addRow("rfc 2822") << u"<meta name=\"pubdate\" content=\"Tue, 04 Feb 2025 10:00:00 "
                                 "GMT\">"_s
                              << QString() << u"2025-02-04"_s << QString() << QString();
    QTest::addRow("time pubdate") << u"<time pubdate datetime=\"2025-02-05T09:00\">x</time>"_s
                                  << QString() << u"2025-02-05"_s << QString() << QString();
    QTest::addRow("impossible date") << u"<meta name=\"date\" content=\"2025-02-30\">"_s
                                     << QString() << QString() << QString() << QString();
    QTest::addRow("broken json-ld") << u"<script type=\"application/ld+json\">{\"datePublished\":"
                                       "</script>"_s
                                    << QString() << QString() << QString() << QString();
    QTest::addRow("html lang") << u"<html lang=\"fr-FR\"><meta property=\"og:locale\" "
                                  "content=\"en_US\">"_s
                               << QString() << QString() << u"fr"_s << QString();
    QTest::addRow("xml:lang") << u"<html xml:lang=\"EN\">"_s << QString() << QString() << u"en"_s
                              << QString();
    QTest::addRow("og:locale") << u"<meta property=\"og:locale\" content=\"fr_CA\">"_s << QString()
                               << QString() << u"fr"_s << QString();
    QTest::addRow("not a language")
        << u"<html lang=\"12\">"_s << QString() << QString() << QString() << QString();
    QTest::addRow("canonical before og:url")
        << u"<meta property=\"og:url\" content=\"https://a.example/og\">"
           "<link rel=\"canonical\" href=\"https://a.example/canonical\">"_s
        << QString() << QString() << QString() << u"https://a.example/canonical"_s;
}

void TestDocumentFormat::htmlMeta()
{
    QFETCH(QString, source);
    QFETCH(QString, title);
    QFETCH(QString, published);
    QFETCH(QString, language);
    QFETCH(QString, url);
    const PlainDocument doc = toPlainDocument(source, DocumentFormat::Html);
    QCOMPARE(doc.title, title);
    QCOMPARE(doc.published ? doc.published->toString() : QString(), published);
    QCOMPARE(doc.language, language);
    QCOMPARE(doc.url, url);
}

void TestDocumentFormat::htmlFixture()
{
    const QString source = readFixture(u"article.html"_s);
    QVERIFY(!source.isEmpty());
    const PlainDocument doc = toPlainDocument(source, DocumentFormat::Html);
    const QString nbsp(QChar(0xA0));
    const QString expected = u"Nvidia : Jensen Huang à la Maison-Blanche\n"
                             "\n"
                             "Paris, le 31 janvier 2025 – Le patron de Nvidia, Jensen Huang, a "
                             "rencontré vendredi le président américain.\n"
                             "\n"
                             "«"_s
        + nbsp + u"C’est une œuvre de longue haleine"_s + nbsp
        + u"», a déclaré un proche du dossier. L’action a perdu 17"_s + nbsp
        + u"% lundi.\n"
          "\n"
          "Premier point\n"
          "Second point\n"
          "\n"
          "Les contrôles à l’exportation\n"
          "restent au cœur des discussions."_s;
    QCOMPARE(doc.text, expected);
    QCOMPARE(doc.matchText, doc.text);
    QCOMPARE(doc.title, u"Nvidia : Jensen Huang à la Maison-Blanche"_s);
    QVERIFY(doc.published);
    QCOMPARE(doc.published->toString(), u"2025-01-31"_s);
    QCOMPARE(doc.language, u"fr"_s);
    QCOMPARE(doc.url, u"https://journal.example/nvidia-huang-trump"_s);
    QCOMPARE(doc.siteName, u"Le Journal"_s);
    // Scripts, styles, comments, embedded frames, templates, hidden and head content, addresses.
    for (const QString &absent :
         {u"http"_s, u"tracking"_s, u"Publicité"_s, u"Texte injecté"_s, u"Bandeau"_s,
          u"1er février"_s, u"photo"_s, u"navigateur"_s, u"Modèle caché"_s, u"Texte caché"_s,
          u"JavaScript"_s, u"Icône"_s, u"SVG"_s, u"Titre JSON-LD"_s, u"Le Journal"_s,
          u"font-family"_s}) {
        QVERIFY2(!doc.text.contains(absent), qPrintable(absent));
    }
}

void TestDocumentFormat::malformedHtmlFixture()
{
    const QString source = readFixture(u"malformed.html"_s);
    QVERIFY(!source.isEmpty());
    const PlainDocument doc = toPlainDocument(source, DocumentFormat::Html);
    QCOMPARE(doc.text,
             u"Premier paragraphe gras italique fin\n"
             "\n"
             "Un signe < et un autre <3 dans le texte, A&B &unknown; ok\n"
             "\n"
             "Après un grand attribut\n"
             "\n"
             "Nvidia\t17 %\n"
             "AMD\t5 %\n"
             "\n"
             "Fin"_s);
    QCOMPARE(doc.title, u"Page cassée"_s);
}

void TestDocumentFormat::pathologicalInput_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<DocumentFormat>("format");
    QTest::addColumn<QString>("start"); // what the text starts with

    const qsizetype n = 100000;
    QTest::addRow("huge attribute")
        << u"<div data-x=\""_s + QString(4 * n, u'x') + u"\">text</div>"_s << DocumentFormat::Html
        << u"text"_s;
    QTest::addRow("huge unquoted attribute")
        << u"<div data-x="_s + QString(4 * n, u'x') + u">text"_s << DocumentFormat::Html
        << u"text"_s;
    QTest::addRow("deep nesting") << u"<div>"_s.repeated(n) + u"deep"_s + u"</div>"_s.repeated(n)
                                  << DocumentFormat::Html << u"deep"_s;
    QTest::addRow("tags never closed")
        << u"a"_s + u"<b"_s.repeated(n) << DocumentFormat::Html << u"a<b<b"_s;
    QTest::addRow("quotes never closed")
        << u"<a x='"_s.repeated(n) + u">tail"_s << DocumentFormat::Html << QString();
    QTest::addRow("quote at each tag")
        << u"<p title=\">x"_s.repeated(n) << DocumentFormat::Html << QString();
    // "<!-" opens a bogus comment that runs to the next '>': here, to the end.
    QTest::addRow("comment openers") << u"<!-"_s.repeated(n) << DocumentFormat::Html << QString();
    QTest::addRow("script never closed")
        << u"a<script>"_s + u"</scrip"_s.repeated(n) << DocumentFormat::Html << u"a"_s;
    QTest::addRow("references") << u"&"_s.repeated(n) + u"&#"_s.repeated(n)
            + u"&aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"_s.repeated(1000)
                                << DocumentFormat::Html << u"&&&"_s;
    QTest::addRow("md brackets") << u"["_s.repeated(n) + u"x"_s << DocumentFormat::Markdown
                                 << u"[[["_s;
    QTest::addRow("md link openers")
        << u"[a]("_s.repeated(n) << DocumentFormat::Markdown << u"[a]("_s;
    QTest::addRow("md backtick runs") << [] {
        QString s;
        for (int length = 1; length < 600; ++length)
            s += QString(length, u'`') + u'x';
        return s;
    }() << DocumentFormat::Markdown << u"`x"_s;
    QTest::addRow("md emphasis runs")
        << u"*a _b "_s.repeated(n) + u"*"_s << DocumentFormat::Markdown << QString();
    QTest::addRow("md comment never closed")
        << u"<!--\n"_s.repeated(n) << DocumentFormat::Markdown << u"<!--"_s;
    QTest::addRow("md html tags") << u"<a "_s.repeated(n) << DocumentFormat::Markdown << u"<a <a"_s;
}

// Inputs built to make a careless reader quadratic or recursive: they must all finish quickly
// (a quadratic reader would take minutes on them) and keep the match text aligned.
void TestDocumentFormat::pathologicalInput()
{
    QFETCH(QString, source);
    QFETCH(DocumentFormat, format);
    QFETCH(QString, start);
    const PlainDocument doc = toPlainDocument(source, format);
    QVERIFY2(doc.text.startsWith(start), qPrintable(doc.text.left(40)));
    QString why;
    QVERIFY2(mapsOnto(doc, &why), qPrintable(why));
}

// Tag soup from a fixed seed: any mix of pieces reads without a crash, and Markdown's match text
// always maps onto its text.
void TestDocumentFormat::randomMarkupNeverCrashes()
{
    const QStringList pieces = {u"<"_s,          u">"_s,        u"</"_s,
                                u"<p>"_s,        u"</p>"_s,     u"<div hidden>"_s,
                                u"</div>"_s,     u"<script>"_s, u"</script>"_s,
                                u"<!--"_s,       u"-->"_s,      u"\""_s,
                                u"'"_s,          u"="_s,        u"&"_s,
                                u"&#"_s,         u"&amp;"_s,    u";"_s,
                                u"x"_s,          u"texte "_s,   u"\n"_s,
                                u"<pre>"_s,      u"</pre>"_s,   u"<svg>"_s,
                                u"*"_s,          u"_"_s,        u"`"_s,
                                u"["_s,          u"]"_s,        u"("_s,
                                u")"_s,          u"!["_s,       u"# "_s,
                                u"> "_s,         u"- "_s,       u"```\n"_s,
                                u"---\n"_s,      u"|"_s,        u"\\"_s,
                                u"~~"_s,         u"<title>"_s,  u"\r\n"_s,
                                u"<br>"_s,       u"<td>"_s,     u"&#x110000;"_s,
                                u"<a href=x>"_s, u"é"_s,        u"\u00A0"_s};
    QRandomGenerator random(31012025);
    for (int round = 0; round < 2000; ++round) {
        QString source;
        const int count = random.bounded(1, 60);
        for (int i = 0; i < count; ++i)
            source += pieces.at(random.bounded(int(pieces.size())));
        const PlainDocument html = toPlainDocument(source, DocumentFormat::Html);
        QCOMPARE(html.matchText, html.text);
        QVERIFY(!html.text.startsWith(u'\n') && !html.text.endsWith(u' '));
        const PlainDocument markdown = toPlainDocument(source, DocumentFormat::Markdown);
        QString why;
        QVERIFY2(mapsOnto(markdown, &why), qPrintable(source + u" → "_s + why));
    }
}

void TestDocumentFormat::declaredHtmlCharset_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("charset");

    QTest::addRow("meta charset") << QByteArray("<html><head><meta charset=\"windows-1252\">")
                                  << u"windows-1252"_s;
    QTest::addRow("unquoted") << QByteArray("<META CHARSET=iso-8859-15>") << u"iso-8859-15"_s;
    QTest::addRow("http-equiv") << QByteArray("<meta http-equiv=\"Content-Type\" "
                                              "content=\"text/html; charset=ISO-8859-1\">")
                                << u"ISO-8859-1"_s;
    QTest::addRow("none") << QByteArray("<html><body>charset=utf-8</body>") << QString();
    QTest::addRow("too late") << QByteArray(2000, ' ') + "<meta charset=\"latin1\">" << QString();
}

void TestDocumentFormat::declaredHtmlCharset()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, charset);
    QCOMPARE(storyline::declaredHtmlCharset(bytes), charset);
}

} // namespace storyline

QTEST_GUILESS_MAIN(storyline::TestDocumentFormat)
#include "tst_documentformat.moc"
