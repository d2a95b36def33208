// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "story/bundledstory.h"
#include "text/analyzer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace storyline;

// Golden files for the text layer over the five seed articles: every sentence, entity mention
// and figure, with its span. tests/fixtures/golden/<article>.json holds what is expected; run
// with STORYLINE_UPDATE_GOLDEN=1 to rewrite them after a deliberate change, and review the diff.
class TestSeedGolden : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void article_data();
    void article();

private:
    QJsonObject analyse(const Article &article) const;
    Story m_story;
};

void TestSeedGolden::initTestCase()
{
    const Result<Story> result = BundledStory::load();
    QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().toString()));
    m_story = result.value();
}

QJsonObject TestSeedGolden::analyse(const Article &article) const
{
    auto span = [&](qsizetype start, qsizetype end) {
        return QJsonObject{{u"start"_s, start},
                           {u"end"_s, end},
                           {u"text"_s, article.text.sliced(start, end - start)}};
    };
    QJsonArray sentences;
    const Analyzer analyzer;
    for (const TextSpan &s : analyzer.sentences(article.text, article.language))
        sentences.append(span(s.start, s.end));
    QJsonArray mentions;
    for (const Mention &m : m_story.mentions) {
        if (m.article != article.id)
            continue;
        QJsonObject object = span(m.span.start, m.span.end);
        object.insert(u"entity"_s, m.entity);
        mentions.append(object);
    }
    QJsonArray figures;
    for (const FigureMatch &f : analyzer.findFigures(article.text, article.language)) {
        QJsonObject object = span(f.start, f.end);
        object.insert(u"kind"_s, f.kind == FigureMatch::Kind::Money ? u"money"_s : u"percent"_s);
        object.insert(u"value"_s, f.value);
        object.insert(u"unit"_s, f.unit);
        object.insert(u"approximate"_s, f.approximate);
        figures.append(object);
    }
    return QJsonObject{{u"article"_s, article.id},
                       {u"sentences"_s, sentences},
                       {u"mentions"_s, mentions},
                       {u"figures"_s, figures}};
}

void TestSeedGolden::article_data()
{
    QTest::addColumn<int>("index");
    for (int i = 0; i < m_story.articles.size(); ++i)
        QTest::addRow("%s", qPrintable(m_story.articles[i].id)) << i;
}

void TestSeedGolden::article()
{
    QFETCH(int, index);
    const Article &article = m_story.articles[index];
    const QJsonObject actual = analyse(article);
    const QString path = QStringLiteral(STORYLINE_FIXTURES "/golden/") % article.id % u".json"_s;
    QFile file(path);
    if (qEnvironmentVariableIsSet("STORYLINE_UPDATE_GOLDEN")) {
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(actual).toJson(QJsonDocument::Indented));
        return;
    }
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QJsonObject expected = QJsonDocument::fromJson(file.readAll()).object();
    // Compare item by item, so a failure names the first difference.
    for (const QString &key : {u"sentences"_s, u"mentions"_s, u"figures"_s}) {
        const QJsonArray a = actual.value(key).toArray();
        const QJsonArray e = expected.value(key).toArray();
        for (qsizetype i = 0; i < qMin(a.size(), e.size()); ++i) {
            const QByteArray ja = QJsonDocument(a.at(i).toObject()).toJson(QJsonDocument::Compact);
            const QByteArray je = QJsonDocument(e.at(i).toObject()).toJson(QJsonDocument::Compact);
            QCOMPARE(ja, je);
        }
        QCOMPARE(a.size(), e.size());
    }
}

QTEST_GUILESS_MAIN(TestSeedGolden)
#include "tst_seedgolden.moc"
