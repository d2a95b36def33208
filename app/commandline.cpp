// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "exportcommands.h"
#include "textoutput.h"

#include "io/storyexport.h"
#include "io/timelinejs.h"
#include "story/bundledstory.h"
#include "story/storyreader.h"
#include "text/analyzer.h"
#include "text/articleimporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace storyline::CommandLine {

namespace {

// Gives lupdate and QCoreApplication one translation context for this file.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

} // namespace

void writeOut(const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void writeError(const QString &message)
{
    const QByteArray bytes = (u"storyline: "_s % message % u'\n').toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

int usageError(const QString &message)
{
    writeError(message);
    writeError(Tr::tr("Try “storyline --help”."));
    return BadUsage;
}

QString defaultLanguage()
{
    return QLocale().language() == QLocale::French ? u"fr"_s : u"en"_s;
}

namespace {

struct Command
{
    QLatin1StringView name;
    const char *summary;
};

constexpr Command commands[] = {
    {"events"_L1, QT_TRANSLATE_NOOP("CommandLine", "List the story's events in date order.")},
    {"entities"_L1,
     QT_TRANSLATE_NOOP("CommandLine",
                       "List the story's people, organizations, places, products "
                       "and events, with their mention counts.")},
    {"figures"_L1,
     QT_TRANSLATE_NOOP("CommandLine",
                       "List the figures the articles state, with conflicts "
                       "between sources.")},
    {"analyze"_L1,
     QT_TRANSLATE_NOOP("CommandLine",
                       "Find entities, dates, money and percentages in article files.")},
    {"export-chart"_L1,
     QT_TRANSLATE_NOOP("CommandLine", "Draw the figures chart to a PNG, SVG or PDF file.")},
    {"export-timeline"_L1,
     QT_TRANSLATE_NOOP("CommandLine", "Draw the timeline to a PNG, SVG or PDF file.")},
};

QString commandList()
{
    QString text = Tr::tr("Commands:") % u'\n';
    for (const Command &command : commands) {
        text += u"  "_s % QString(command.name).leftJustified(16)
            % QCoreApplication::translate("CommandLine", command.summary) % u'\n';
    }
    return text;
}

// Options shared by events, entities and figures.
struct ListingOptions
{
    QCommandLineOption story{u"story"_s,
                             Tr::tr("Read the story folder <path> instead of the bundled story."),
                             Tr::tr("path")};
    QCommandLineOption format{u"format"_s,
                              Tr::tr("Output format: text, json or csv (default: text); "
                                     "events also timelinejs."),
                              Tr::tr("format"), u"text"_s};
    QCommandLineOption language{u"language"_s,
                                Tr::tr("Language of titles and subjects: en or fr (default: the "
                                       "system's)."),
                                Tr::tr("language")};
};

// Parses a subcommand's arguments; on failure returns the exit status to use.
std::optional<int> parse(QCommandLineParser &parser, const QStringList &arguments)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        writeOut(parser.helpText().toUtf8());
        return Success;
    }
    return std::nullopt;
}

std::optional<QString> languageOption(const QCommandLineParser &parser,
                                      const QCommandLineOption &option, int *status)
{
    if (!parser.isSet(option))
        return defaultLanguage();
    const QString value = parser.value(option);
    if (value != u"en"_s && value != u"fr"_s) {
        *status = usageError(Tr::tr("unknown language “%1” (expected en or fr)").arg(value));
        return std::nullopt;
    }
    return value;
}

Result<Story> loadStory(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    if (parser.isSet(option))
        return StoryReader::read(parser.value(option));
    return BundledStory::load();
}

int runListing(const QString &command, const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine",
        std::find_if(std::begin(commands), std::end(commands), [&](const Command &c) {
            return c.name == command;
        })->summary));
    ListingOptions options;
    parser.addOptions({options.story, options.format, options.language});
    if (const auto status = parse(parser, arguments))
        return *status;
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(
            Tr::tr("unexpected argument “%1”").arg(parser.positionalArguments().first()));
    }
    int status = Success;
    const auto language = languageOption(parser, options.language, &status);
    if (!language)
        return status;
    const QString format = parser.value(options.format);
    const bool events = command == u"events"_s;
    if (format != u"text"_s && format != u"json"_s && format != u"csv"_s
        && !(events && format == u"timelinejs"_s)) {
        return usageError(
            events
                ? Tr::tr("unknown format “%1” (expected text, json, csv or timelinejs)").arg(format)
                : Tr::tr("unknown format “%1” (expected text, json or csv)").arg(format));
    }

    const Result<Story> story = loadStory(parser, options.story);
    if (!story) {
        writeError(story.error().toString());
        return BadInput;
    }
    const Story &s = story.value();
    if (events) {
        if (format == u"timelinejs"_s)
            writeOut(TimelineJs::toJson(s, *language));
        else if (format == u"json"_s)
            writeOut(QJsonDocument(StoryExport::eventsJson(s, *language)).toJson());
        else if (format == u"csv"_s)
            writeOut(StoryExport::eventsCsv(s, *language));
        else
            writeOut(TextOutput::events(s, *language).toUtf8());
    } else if (command == u"entities"_s) {
        if (format == u"json"_s)
            writeOut(QJsonDocument(StoryExport::entitiesJson(s, *language)).toJson());
        else if (format == u"csv"_s)
            writeOut(StoryExport::entitiesCsv(s, *language));
        else
            writeOut(TextOutput::entities(s, *language).toUtf8());
    } else {
        if (format == u"json"_s)
            writeOut(QJsonDocument(StoryExport::figuresJson(s, *language)).toJson());
        else if (format == u"csv"_s)
            writeOut(StoryExport::figuresCsv(s, *language));
        else
            writeOut(TextOutput::figures(s, *language).toUtf8());
    }
    return Success;
}

// One analysed file, as the contract's JSON. `text` is the decoded text the offsets point into.
QJsonObject analysisJson(const QString &file, const QString &text, const QString &encoding,
                         const Analysis &analysis)
{
    auto span = [&](QJsonObject object, qsizetype start, qsizetype end) {
        object.insert(u"text"_s, text.sliced(start, end - start));
        object.insert(u"start"_s, StoryExport::codePointOffset(text, start));
        object.insert(u"end"_s, StoryExport::codePointOffset(text, end));
        return object;
    };
    QJsonArray dates;
    for (const DateMatch &date : analysis.dates) {
        const QJsonObject object{
            {u"value"_s, date.value ? QJsonValue(date.value->toString()) : QJsonValue()},
            {u"precision"_s,
             date.value ? QJsonValue(precisionName(date.value->precision())) : QJsonValue()}};
        dates.append(span(object, date.start, date.end));
    }
    QJsonArray money;
    QJsonArray percents;
    for (const FigureMatch &figure : analysis.figures) {
        QJsonObject object;
        object.insert(u"value"_s,
                      figure.value == qint64(figure.value) ? QJsonValue(qint64(figure.value))
                                                           : QJsonValue(figure.value));
        if (figure.kind == FigureMatch::Kind::Money)
            object.insert(u"currency"_s, figure.unit);
        object.insert(u"approximate"_s, figure.approximate);
        if (!figure.qualifier.isEmpty())
            object.insert(u"qualifier"_s, figure.qualifier);
        (figure.kind == FigureMatch::Kind::Money ? money : percents)
            .append(span(object, figure.start, figure.end));
    }
    // The story's entities carry their id; names found beyond them, only a type and the name
    // they stand for.
    QJsonArray entities;
    for (const EntityMatch &match : analysis.names) {
        QJsonObject object{{u"type"_s, entityTypeName(match.type)},
                           {u"canonical"_s, match.canonical}};
        if (!match.id.isEmpty())
            object.insert(u"id"_s, match.id);
        entities.append(span(object, match.span.start, match.span.end));
    }
    QJsonObject result{{u"file"_s, file},         {u"language"_s, analysis.language},
                       {u"encoding"_s, encoding}, {u"dates"_s, dates},
                       {u"money"_s, money},       {u"percents"_s, percents},
                       {u"entities"_s, entities}};
    if (analysis.published)
        result.insert(u"published"_s, analysis.published->toString());
    return result;
}

QString analysisText(const QJsonObject &file)
{
    QString out = u"%1 (%2, %3"_s.arg(file.value(u"file"_s).toString(),
                                      file.value(u"language"_s).toString(),
                                      file.value(u"encoding"_s).toString());
    if (file.contains(u"published"_s))
        out += u", "_s % file.value(u"published"_s).toString();
    out += u")\n"_s;
    const std::pair<QString, QString> sections[] = {{u"entities"_s, Tr::tr("Entities")},
                                                    {u"dates"_s, Tr::tr("Dates")},
                                                    {u"money"_s, Tr::tr("Money")},
                                                    {u"percents"_s, Tr::tr("Percentages")}};
    for (const auto &[key, label] : sections) {
        const QJsonArray items = file.value(key).toArray();
        out += u"  %1 (%2)\n"_s.arg(label).arg(items.size());
        for (const QJsonValue &item : items) {
            const QJsonObject o = item.toObject();
            QString detail;
            if (o.contains(u"canonical"_s)) {
                detail
                    = o.value(u"type"_s).toString() % u", "_s % o.value(u"canonical"_s).toString();
                if (!o.contains(u"id"_s))
                    detail += u", +"_s; // not in the story
            } else if (o.contains(u"precision"_s)) {
                detail = o.value(u"value"_s).isNull()
                    ? u"?"_s
                    : o.value(u"value"_s).toString() % u", "_s % o.value(u"precision"_s).toString();
            } else {
                detail = QString::number(o.value(u"value"_s).toDouble(), 'g', 15)
                    % (o.contains(u"currency"_s) ? u' ' % o.value(u"currency"_s).toString()
                                                 : u"%"_s)
                    % (o.value(u"approximate"_s).toBool() ? u", ≈"_s : QString());
            }
            out += u"    %1–%2  %3  (%4)\n"_s.arg(o.value(u"start"_s).toInt())
                       .arg(o.value(u"end"_s).toInt())
                       .arg(o.value(u"text"_s).toString(), detail);
        }
    }
    return out;
}

int runAnalyze(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Find entities, dates, money and percentages in article files."));
    const QCommandLineOption language(u"language"_s,
                                      Tr::tr("Language of the articles: fr, en or auto (default)."),
                                      Tr::tr("language"), u"auto"_s);
    const QCommandLineOption published(
        u"published"_s, Tr::tr("Publication date of the articles (YYYY-MM-DD)."), Tr::tr("date"));
    const QCommandLineOption format(u"format"_s, Tr::tr("Output format: json (default) or text."),
                                    Tr::tr("format"), u"json"_s);
    parser.addOptions({language, published, format});
    parser.addPositionalArgument(u"files"_s, Tr::tr("Article files to analyse."), Tr::tr("FILE…"));
    if (const auto status = parse(parser, arguments))
        return *status;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError(Tr::tr("analyze needs at least one file"));
    const QString languageValue = parser.value(language);
    if (languageValue != u"auto"_s && languageValue != u"fr"_s && languageValue != u"en"_s)
        return usageError(
            Tr::tr("unknown language “%1” (expected fr, en or auto)").arg(languageValue));
    if (parser.isSet(published)
        && !QDate::fromString(parser.value(published), Qt::ISODate).isValid()) {
        return usageError(Tr::tr("invalid publication date “%1” (expected YYYY-MM-DD)")
                              .arg(parser.value(published)));
    }
    const QString formatValue = parser.value(format);
    if (formatValue != u"json"_s && formatValue != u"text"_s)
        return usageError(Tr::tr("unknown format “%1” (expected json or text)").arg(formatValue));

    const Result<Story> bundled = BundledStory::load();
    if (!bundled) {
        writeError(bundled.error().toString());
        return BadInput;
    }
    // The story's entities, with their types and names; names beyond them are found too.
    const Analyzer analyzer(bundled.value().entities);

    ImportOptions options;
    options.language = languageValue;
    if (parser.isSet(published))
        options.published = PartialDate::parse(parser.value(published));
    QJsonArray results;
    for (const QString &path : files) {
        // .txt, .md or .html, in any encoding the decoder recognises; offsets point into the
        // text a reader sees, which the markup-free matchText shares.
        const Result<ImportedArticle> imported = importArticle(path, options, QString());
        if (!imported) {
            writeError(imported.error().toString());
            return BadInput;
        }
        const ImportedArticle &article = imported.value();
        const Analysis analysis = analyzer.analyze(article.matchText, article.article.language,
                                                   article.article.published);
        results.append(analysisJson(path, article.article.text, article.encoding, analysis));
    }
    if (formatValue == u"json"_s) {
        writeOut(QJsonDocument(QJsonObject{{u"files"_s, results}}).toJson());
    } else {
        QString out;
        for (const QJsonValue &result : std::as_const(results))
            out += analysisText(result.toObject());
        writeOut(out.toUtf8());
    }
    return Success;
}

bool isSubcommand(const QString &name)
{
    return std::any_of(std::begin(commands), std::end(commands),
                       [&](const Command &command) { return command.name == name; });
}

bool isHelpOrVersion(const QStringList &arguments)
{
    static const QStringList flags{u"--help"_s, u"-h"_s, u"-?"_s, u"--version"_s, u"-v"_s};
    return arguments.size() == 2 && flags.contains(arguments.at(1));
}

} // namespace

bool needsNoDisplay(const QStringList &arguments)
{
    return arguments.size() > 1 && (isSubcommand(arguments.at(1)) || isHelpOrVersion(arguments));
}

bool needsWidgets(const QStringList &arguments)
{
    return arguments.size() > 1
        && (arguments.at(1) == u"export-chart"_s || arguments.at(1) == u"export-timeline"_s);
}

QString commandSummary()
{
    return commandList();
}

int run(const QStringList &arguments)
{
    Q_ASSERT(needsNoDisplay(arguments));
    if (isHelpOrVersion(arguments)) {
        const QString flag = arguments.at(1);
        if (flag == u"--version"_s || flag == u"-v"_s) {
            writeOut((QCoreApplication::applicationName() % u' '
                      % QCoreApplication::applicationVersion() % u'\n')
                         .toUtf8());
        } else {
            writeOut(
                (Tr::tr(
                     "Usage: storyline [PATH] [--event ID] [--screenshot FILE.png [--size WxH]]\n"
                     "       storyline COMMAND [OPTIONS]\n\n"
                     "Storyline shows a news story as a chronology: dated events, the articles "
                     "that report them with their named entities, and the figures they state. "
                     "Without a PATH it opens the bundled story.\n\n")
                 % commandList() % u'\n'
                 % Tr::tr("Run “storyline COMMAND --help” for a command's options.") % u'\n')
                    .toUtf8());
        }
        return Success;
    }
    const QString &name = arguments.at(1);
    QStringList rest = arguments;
    rest.removeAt(1);
    rest[0] = arguments.at(0) % u' ' % name;
    if (name == u"analyze"_s)
        return runAnalyze(rest);
    if (name == u"export-chart"_s)
        return runExportChart(rest);
    if (name == u"export-timeline"_s)
        return runExportTimeline(rest);
    return runListing(name, rest);
}

} // namespace storyline::CommandLine
