// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "articleimporter.h"

#include "analyzer.h"
#include "datefinder.h"
#include "textdecoder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace storyline {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ArticleImporter)
};

// A headline is a line, not a paragraph: a text whose first line is a whole article gets its
// first words.
constexpr qsizetype MaxHeadlineLength = 200;

QString firstLine(QStringView text)
{
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = start;
        while (end < text.size() && text[end] != u'\n' && text[end] != u'\r')
            ++end;
        const QString line = text.sliced(start, end - start).toString().simplified();
        if (!line.isEmpty())
            return line;
        start = end + 1;
    }
    return {};
}

QString shortened(const QString &headline)
{
    if (headline.size() <= MaxHeadlineLength)
        return headline;
    qsizetype cut = headline.lastIndexOf(u' ', MaxHeadlineLength - 1);
    if (cut < MaxHeadlineLength / 2)
        cut = MaxHeadlineLength - 1;
    if (cut > 0 && headline[cut - 1].isHighSurrogate())
        --cut;
    return headline.first(cut) + u'…';
}

} // namespace

Result<ImportedArticle> importArticle(const QString &path, const ImportOptions &options,
                                      const QString &id)
{
    Result<QByteArray> bytes = TextDecoder::readBytes(path);
    if (!bytes)
        return bytes.error();
    return importArticle(bytes.value(), path, options, id);
}

Result<ImportedArticle> importArticle(const QByteArray &bytes, const QString &fileName,
                                      const ImportOptions &options, const QString &id)
{
    const QString shown = QDir::toNativeSeparators(fileName);
    const DocumentFormat format = formatForPath(fileName);
    if (bytes.isEmpty()) {
        return StoryError{StoryError::Kind::InvalidValue, shown, 0, 0, -1,
                          Tr::tr("the file is empty")};
    }
    const QString declared
        = format == DocumentFormat::Html ? declaredHtmlCharset(bytes) : QString();
    Result<DecodedText> decoded = TextDecoder::decode(bytes, shown, declared);
    if (!decoded)
        return decoded.error();

    PlainDocument doc = toPlainDocument(decoded.value().text, format);
    if (doc.matchText.trimmed().isEmpty()) {
        return StoryError{StoryError::Kind::InvalidValue,
                          shown,
                          0,
                          0,
                          -1,
                          format == DocumentFormat::Html ? Tr::tr("the page has no visible text")
                                                         : Tr::tr("the file holds no text")};
    }

    ImportedArticle imported;
    imported.encoding = decoded.value().encoding;
    imported.format = format;
    Article &article = imported.article;
    article.id = id;
    article.file = QFileInfo(fileName).fileName();
    const QString language = options.language.trimmed().toLower();
    if (!language.isEmpty() && language != u"auto")
        article.language = language;
    else if (!doc.language.isEmpty())
        article.language = doc.language;
    else
        article.language = Analyzer::detectLanguage(doc.matchText);
    if (options.published)
        article.published = options.published;
    else if (doc.published)
        article.published = doc.published;
    else
        article.published = DateFinder::findPublicationDate(doc.matchText, article.language);
    article.headline = shortened(doc.title.isEmpty() ? firstLine(doc.matchText) : doc.title);
    article.url = doc.url;
    article.outlet = doc.siteName;
    article.text = std::move(doc.text);
    imported.matchText = std::move(doc.matchText);
    return imported;
}

} // namespace storyline
