// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcommands.h"

#include "commandline.h"

#include "chart/figureschart.h"
#include "export/exporter.h"
#include "export/timelineexport.h"

#include "story/bundledstory.h"
#include "story/partialdate.h"
#include "story/storyreader.h"
#include "timeline/timescale.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTranslator>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace storyline::CommandLine {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

// The options both exports share.
struct ExportOptions
{
    QCommandLineOption output{u"output"_s,
                              Tr::tr("Write to <file>; its extension, .png, .svg or .pdf, "
                                     "chooses the format."),
                              Tr::tr("file")};
    QCommandLineOption width{u"width"_s, Tr::tr("Width in pixels (default: 1600)."),
                             Tr::tr("pixels"), u"1600"_s};
    QCommandLineOption height{u"height"_s, Tr::tr("Height in pixels (default: 900)."),
                              Tr::tr("pixels"), u"900"_s};
    QCommandLineOption scale{u"scale"_s,
                             Tr::tr("Device pixels per pixel of a PNG, 1 to 4: 2 gives the "
                                    "same picture twice as sharp (default: 1)."),
                             Tr::tr("factor"), u"1"_s};
    QCommandLineOption theme{u"theme"_s, Tr::tr("Colours: light, dark or print (default: light)."),
                             Tr::tr("theme"), u"light"_s};
    QCommandLineOption story{u"story"_s,
                             Tr::tr("Read the story folder <path> instead of the bundled story."),
                             Tr::tr("path")};
    QCommandLineOption language{u"language"_s,
                                Tr::tr("Language of the labels: en or fr (default: the "
                                       "system's)."),
                                Tr::tr("language")};

    QList<QCommandLineOption> all() const
    {
        return {output, width, height, scale, theme, story, language};
    }
};

// What the shared options asked for, checked.
struct Request
{
    QString path;
    Exporter::Format format = Exporter::Format::Png;
    Exporter::Options options;
    QString language;
    QString storyPath; // empty: the bundled story
};

// Parses the arguments; on a failure (or --help) returns the exit status instead.
std::optional<int> parseRequest(QCommandLineParser &parser, const ExportOptions &options,
                                const QStringList &arguments, Request *request)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments))
        return usageError(parser.errorText());
    if (parser.isSet(help)) {
        writeOut(parser.helpText().toUtf8());
        return Success;
    }
    if (!parser.positionalArguments().isEmpty()) {
        return usageError(
            Tr::tr("unexpected argument “%1”").arg(parser.positionalArguments().first()));
    }
    if (!parser.isSet(options.output))
        return usageError(Tr::tr("missing --output FILE (.png, .svg or .pdf)"));
    request->path = parser.value(options.output);
    const auto format = Exporter::formatOf(request->path);
    if (!format) {
        return usageError(
            Tr::tr("%1: unknown image format (expected a .png, .svg or .pdf file name)")
                .arg(request->path));
    }
    request->format = *format;

    bool ok = false;
    const int width = parser.value(options.width).toInt(&ok);
    if (!ok)
        return usageError(Tr::tr("invalid width “%1”").arg(parser.value(options.width)));
    const int height = parser.value(options.height).toInt(&ok);
    if (!ok)
        return usageError(Tr::tr("invalid height “%1”").arg(parser.value(options.height)));
    QString scaleText = parser.value(options.scale);
    if (scaleText.endsWith(u'x') || scaleText.endsWith(u'×'))
        scaleText.chop(1);
    const double scale = scaleText.toDouble(&ok);
    if (!ok)
        return usageError(Tr::tr("invalid scale “%1”").arg(parser.value(options.scale)));
    request->options.size = QSize(width, height);
    request->options.scale = scale;
    if (const auto problem = Exporter::validate(request->options))
        return usageError(*problem);

    const QString theme = parser.value(options.theme);
    if (theme == u"light"_s)
        request->options.theme = ChartTheme::Light;
    else if (theme == u"dark"_s)
        request->options.theme = ChartTheme::Dark;
    else if (theme == u"print"_s)
        request->options.theme = ChartTheme::Print;
    else
        return usageError(Tr::tr("unknown theme “%1” (expected light, dark or print)").arg(theme));

    request->language
        = parser.isSet(options.language) ? parser.value(options.language) : defaultLanguage();
    if (request->language != u"en"_s && request->language != u"fr"_s) {
        return usageError(
            Tr::tr("unknown language “%1” (expected en or fr)").arg(request->language));
    }
    if (parser.isSet(options.story))
        request->storyPath = parser.value(options.story);
    return std::nullopt;
}

// The labels the program draws follow --language, not the system's locale: this language's
// catalogue goes before the one main() installed.
std::unique_ptr<QTranslator> installLanguage(const QString &language)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(u"storyline_"_s % language, u":/i18n"_s))
        return nullptr;
    QCoreApplication::installTranslator(translator.get());
    return translator;
}

std::optional<Story> loadStory(const Request &request)
{
    Result<Story> story
        = request.storyPath.isEmpty() ? BundledStory::load() : StoryReader::read(request.storyPath);
    if (!story) {
        writeError(story.error().toString());
        return std::nullopt;
    }
    return std::move(story).value();
}

int write(const Request &request, const ExportPicture &picture)
{
    if (const auto error
        = Exporter::write(request.path, request.format, picture, request.options)) {
        writeError(error->toString());
        return BadInput;
    }
    return Success;
}

} // namespace

int runExportChart(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Draw the figures chart to a PNG, SVG or PDF file: every figure the articles "
               "state, with the conflicts between sources and the sources cited."));
    const ExportOptions options;
    parser.addOptions(options.all());
    Request request;
    if (const auto status = parseRequest(parser, options, arguments, &request))
        return *status;

    const std::optional<Story> story = loadStory(request);
    if (!story)
        return BadInput;
    const auto translator = installLanguage(request.language);
    FiguresChart chart;
    chart.setLanguage(request.language);
    chart.setStory(&*story);
    return write(request, ExportPicture::ofChart(&chart, story->title.text(request.language)));
}

int runExportTimeline(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Draw the timeline to a PNG, SVG or PDF file: the whole story, or the days from "
               "--from to --to, with a caption citing the sources shown."));
    const ExportOptions options;
    const QCommandLineOption from(
        u"from"_s,
        Tr::tr("First day shown: YYYY-MM-DD, or a week, month, season, quarter or year "
               "(2025-W05, 2025-01, 2025-SP, 2025-Q2, 2025) from its first day (default: the "
               "story's first event)."),
        Tr::tr("date"));
    const QCommandLineOption to(
        u"to"_s,
        Tr::tr("Last day shown, in the same forms, to its last day (default: the story's last "
               "event)."),
        Tr::tr("date"));
    parser.addOptions(options.all());
    parser.addOptions({from, to});
    Request request;
    if (const auto status = parseRequest(parser, options, arguments, &request))
        return *status;

    std::optional<PartialDate> fromDate;
    std::optional<PartialDate> toDate;
    for (const auto &[option, date] : {std::pair{&from, &fromDate}, std::pair{&to, &toDate}}) {
        if (!parser.isSet(*option))
            continue;
        *date = PartialDate::parse(parser.value(*option));
        if (!*date) {
            return usageError(Tr::tr("invalid date “%1” for --%2 (expected YYYY-MM-DD, "
                                     "YYYY-Www, YYYY-MM, YYYY-SP|SU|FA|WI, YYYY-Qn or YYYY)")
                                  .arg(parser.value(*option), option->names().first()));
        }
    }
    if (fromDate && toDate && fromDate->first() > toDate->last()) {
        return usageError(
            Tr::tr("--from %1 is after --to %2").arg(parser.value(from), parser.value(to)));
    }

    const std::optional<Story> story = loadStory(request);
    if (!story)
        return BadInput;
    const auto translator = installLanguage(request.language);
    TimelineExport layout(*story, request.language);
    if (fromDate || toDate) {
        // A missing end is the story's.
        const auto [first, last] = layout.shownRange();
        const QDate firstDay = fromDate ? fromDate->first() : TimeUnits::toDate(first);
        const QDate lastDay = toDate ? toDate->last() : TimeUnits::toDate(last - 1);
        if (firstDay > lastDay) {
            return usageError(Tr::tr("the window from %1 to %2 is empty: the story runs from "
                                     "%3 to %4")
                                  .arg(firstDay.toString(Qt::ISODate),
                                       lastDay.toString(Qt::ISODate),
                                       TimeUnits::toDate(first).toString(Qt::ISODate),
                                       TimeUnits::toDate(last - 1).toString(Qt::ISODate)));
        }
        layout.setDays(firstDay, lastDay);
    }
    return write(request, layout.picture());
}

} // namespace storyline::CommandLine
