// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntheticstory.h"

#include "story/storyreader.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace storyline;

// SyntheticStory::writeStory writes a story folder without building a Story: StoryReader must
// read it back whole, every quote where the generator put it. The checks read the Story only
// through what stays put as the model changes (counts, source articles and spans, article
// texts, figure conflicts), and the generator's intent from story.json itself.
class TestSyntheticStory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void readsBack();
    void eventsInDateOrder();
    void quotesAreTheWrittenSentences();
    void eventsAreLean();
    void figuresConflict();
    void actorsAreMentioned();
    void laidOutLikeStoryWriter();
    void sameOptionsSameFolder();
    void unwritableFolderIsAnError();

private:
    static QByteArray readFile(const QString &path);

    QTemporaryDir m_dir;
    QString m_folder;
    SyntheticStory::Options m_options;
    Story m_story;
    QByteArray m_jsonBytes;
    QJsonObject m_json;
    QHash<QString, qsizetype> m_articleIndex; // article id → index in m_story.articles
};

QByteArray TestSyntheticStory::readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestSyntheticStory::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_folder = m_dir.filePath(u"story"_s);
    m_options.events = 3000;
    m_options.articles = 300;
    const auto error = SyntheticStory::writeStory(m_folder, m_options);
    QVERIFY2(!error, qPrintable(error.value_or(QString())));

    const Result<Story> story = StoryReader::read(m_folder);
    QVERIFY2(story.ok(), qPrintable(story.ok() ? QString() : story.error().toString()));
    m_story = story.value();
    m_jsonBytes = readFile(m_folder + u"/story.json"_s);
    QJsonParseError parseError;
    m_json = QJsonDocument::fromJson(m_jsonBytes, &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    for (qsizetype i = 0; i < m_story.articles.size(); ++i)
        m_articleIndex.insert(m_story.articles[i].id, i);
}

void TestSyntheticStory::readsBack()
{
    QCOMPARE(m_story.events.size(), m_options.events);
    QCOMPARE(m_story.articles.size(), m_options.articles);
    QCOMPARE(QDir(m_folder + u"/articles"_s).entryList(QDir::Files).size(), m_options.articles);
    for (const Article &article : std::as_const(m_story.articles))
        QVERIFY(!article.text.isEmpty());
    // About 13 sentences an article at a million events and 100,000 articles, as here.
    qsizetype sentences = 0;
    for (const Article &article : std::as_const(m_story.articles))
        sentences += article.text.count(u". "_s) + 1;
    QVERIFY2(sentences / m_story.articles.size() >= 10 && sentences / m_story.articles.size() <= 16,
             qPrintable(QString::number(sentences)));
}

// Ids follow date order, the order StoryReader keeps: the reader's events come as written.
void TestSyntheticStory::eventsInDateOrder()
{
    const QJsonArray events = m_json.value("events"_L1).toArray();
    QCOMPARE(events.size(), m_story.events.size());
    for (qsizetype i = 0; i < m_story.events.size(); ++i) {
        const Event &event = m_story.events[i];
        QCOMPARE(event.id, events[i].toObject().value("id"_L1).toString());
        if (i > 0) {
            const Event &previous = m_story.events[i - 1];
            QVERIFY(previous.start.first() <= event.start.first());
            QVERIFY(previous.id < event.id);
        }
        if (event.end)
            QVERIFY(event.end->first() >= event.start.first());
    }
}

// Each source's span holds the sentence the generator wrote, "<first actor>: <title>.", in its
// article's language.
void TestSyntheticStory::quotesAreTheWrittenSentences()
{
    QHash<QString, QString> names;
    for (const QJsonValue &entity : m_json.value("entities"_L1).toArray())
        names.insert(entity["id"_L1].toString(), entity["name"_L1].toString());
    QHash<QString, QString> languages;
    for (const QJsonValue &article : m_json.value("articles"_L1).toArray())
        languages.insert(article["id"_L1].toString(), article["language"_L1].toString());

    const QJsonArray events = m_json.value("events"_L1).toArray();
    for (qsizetype e = 0; e < m_story.events.size(); ++e) {
        const Event &event = m_story.events[e];
        const QJsonObject json = events[e].toObject();
        const QJsonArray sources = json["sources"_L1].toArray();
        QCOMPARE(event.sources.size(), sources.size());
        const QString actor = names.value(json["actors"_L1][0].toString());
        QVERIFY(!actor.isEmpty());
        for (qsizetype s = 0; s < event.sources.size(); ++s) {
            const Source &source = event.sources[s];
            const QString quote = sources[s]["quote"_L1].toString();
            QCOMPARE(source.article, sources[s]["article"_L1].toString());
            QVERIFY(m_articleIndex.contains(source.article));
            const QString &text = m_story.articles[m_articleIndex.value(source.article)].text;
            QVERIFY(source.span.start >= 0 && source.span.end <= text.size());
            QCOMPARE(text.sliced(source.span.start, source.span.length()), quote);
            const bool french = languages.value(source.article) == u"fr";
            QVERIFY2(quote.startsWith(actor % (french ? u" : "_s : u": "_s)), qPrintable(quote));
            QVERIFY(quote.endsWith(u'.'));
        }
    }
}

// A title in one language, its first source's; a summary on about one event in ten; one to
// three actors; one source, about three in ten two.
void TestSyntheticStory::eventsAreLean()
{
    QHash<QString, QString> languages;
    for (const QJsonValue &article : m_json.value("articles"_L1).toArray())
        languages.insert(article["id"_L1].toString(), article["language"_L1].toString());
    int summaries = 0;
    int twoSources = 0;
    for (const QJsonValue &value : m_json.value("events"_L1).toArray()) {
        const QJsonObject event = value.toObject();
        const QJsonObject title = event["title"_L1].toObject();
        QCOMPARE(title.size(), 1);
        const QString language = languages.value(event["sources"_L1][0]["article"_L1].toString());
        QCOMPARE(title.keys().constFirst(), language);
        const QString quote = event["sources"_L1][0]["quote"_L1].toString();
        QVERIFY(quote.endsWith(title.value(language).toString() % u'.'));
        if (event.contains("summary"_L1)) {
            ++summaries;
            QCOMPARE(event["summary"_L1].toObject().keys(), QStringList{language});
        }
        const qsizetype actors = event["actors"_L1].toArray().size();
        QVERIFY(actors >= 1 && actors <= 3);
        const qsizetype sources = event["sources"_L1].toArray().size();
        QVERIFY(sources == 1 || sources == 2);
        twoSources += sources == 2 ? 1 : 0;
        QVERIFY(!event.contains("note"_L1));
    }
    QVERIFY2(summaries > m_options.events / 20 && summaries < m_options.events / 6,
             qPrintable(QString::number(summaries)));
    QVERIFY2(twoSources > m_options.events / 5 && twoSources < m_options.events * 2 / 5,
             qPrintable(QString::number(twoSources)));
}

// A money figure every 40 events; every third of them is stated twice, differently.
void TestSyntheticStory::figuresConflict()
{
    const int stated = (m_options.events + 39) / 40;
    QCOMPARE(m_story.figures.size(), stated + (stated + 2) / 3);
    int conflicting = 0;
    for (const Figure &figure : std::as_const(m_story.figures)) {
        QVERIFY(figure.conflictsWith.size() <= 1);
        conflicting += figure.conflictsWith.isEmpty() ? 0 : 1;
    }
    QCOMPARE(conflicting, 2 * ((stated + 2) / 3));
}

// Every quote names its first actor: the reader's gazetteer finds at least one mention per
// source.
void TestSyntheticStory::actorsAreMentioned()
{
    qsizetype sources = 0;
    for (const Event &event : std::as_const(m_story.events))
        sources += event.sources.size();
    QVERIFY2(m_story.mentions.size() >= sources,
             qPrintable(u"%1 mentions, %2 sources"_s.arg(m_story.mentions.size()).arg(sources)));
}

// Byte for byte what QJsonDocument writes, as StoryWriter does: keys sorted, four spaces.
void TestSyntheticStory::laidOutLikeStoryWriter()
{
    QVERIFY(m_jsonBytes.startsWith("{\n    \"articles\": [\n        {\n"));
    QCOMPARE(QJsonDocument(m_json).toJson(QJsonDocument::Indented), m_jsonBytes);
}

void TestSyntheticStory::sameOptionsSameFolder()
{
    const QString again = m_dir.filePath(u"again"_s);
    QVERIFY(!SyntheticStory::writeStory(again, m_options));
    QCOMPARE(readFile(again + u"/story.json"_s), m_jsonBytes);
    const QStringList files = QDir(m_folder + u"/articles"_s).entryList(QDir::Files);
    for (const QString &name : files) {
        QCOMPARE(readFile(again + u"/articles/"_s + name),
                 readFile(m_folder + u"/articles/"_s + name));
    }
}

void TestSyntheticStory::unwritableFolderIsAnError()
{
    QFile blocker(m_dir.filePath(u"blocker"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    SyntheticStory::Options options;
    options.events = 10;
    options.articles = 2;
    const auto error = SyntheticStory::writeStory(blocker.fileName() + u"/story"_s, options);
    QVERIFY(error);
    QVERIFY2(error->contains(u"cannot"_s), qPrintable(*error));
}

QTEST_GUILESS_MAIN(TestSyntheticStory)
#include "tst_syntheticstory.moc"
