// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntheticstory.h"

#include "indentedjsonwriter.h"
#include "timeline/timescale.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QLocale>
#include <QSaveFile>

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace storyline::SyntheticStory {

namespace {

// splitmix64: tiny, fast, and the same numbers everywhere.
class Random
{
public:
    explicit Random(quint64 seed)
        : m_state(seed)
    {
    }

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    int below(int n) { return int(next() % quint64(n)); }
    double unit() { return double(next() >> 11) * 0x1.0p-53; }
    bool chance(double p) { return unit() < p; }

private:
    quint64 m_state;
};

// When an event happened and how finely that is known.
struct Extent
{
    Precision precision = Precision::Day;
    QDate first;
    QDate last; // of the start date
    QDate end; // last day of the end date, when it has one
};

Extent extentOf(qint64 day, Precision precision)
{
    const QDate date = QDate::fromJulianDay(day);
    Extent extent{precision, date, date, {}};
    switch (precision) {
    case Precision::Day: break;
    case Precision::Week:
        extent.first = date.addDays(1 - date.dayOfWeek());
        extent.last = extent.first.addDays(6);
        break;
    case Precision::Month:
        extent.first = QDate(date.year(), date.month(), 1);
        extent.last = extent.first.addMonths(1).addDays(-1);
        break;
    case Precision::Season: {
        // Meteorological seasons: winter starts in December.
        const int month = date.month() < 3 ? 12 : (date.month() - 3) / 3 * 3 + 3;
        extent.first = QDate(date.month() < 3 ? date.year() - 1 : date.year(), month, 1);
        extent.last = extent.first.addMonths(3).addDays(-1);
        break;
    }
    case Precision::Quarter:
        extent.first = QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1);
        extent.last = extent.first.addMonths(3).addDays(-1);
        break;
    case Precision::Year:
        extent.first = QDate(date.year(), 1, 1);
        extent.last = QDate(date.year(), 12, 31);
        break;
    }
    return extent;
}

// Draws dates like a news story's: a third in bursts around busy days, most known to the day.
class DateGenerator
{
public:
    DateGenerator(const Options &options, Random &random)
        : m_random(random)
        , m_first(options.first.toJulianDay())
        , m_days(std::max<qint64>(1, options.last.toJulianDay() - m_first + 1))
    {
        for (qint64 &centre : m_bursts)
            centre = m_first + qint64(m_random.unit() * double(m_days));
    }

    Extent next()
    {
        // Inside the range, with a year to spare at both ends for the coarser dates.
        const qint64 low = m_first + std::min<qint64>(366, m_days / 4);
        const qint64 high = m_first + m_days - 1 - std::min<qint64>(367, m_days / 4);
        qint64 day = low + qint64(m_random.unit() * double(high - low + 1));
        if (m_random.chance(0.3)) {
            const qint64 centre = m_bursts[size_t(m_random.below(int(m_bursts.size())))];
            const qint64 burst = centre + m_random.below(31) - m_random.below(31);
            if (burst >= low && burst <= high)
                day = burst;
        }

        const double p = m_random.unit();
        const Precision precision = p < 0.75 ? Precision::Day
            : p < 0.83                       ? Precision::Week
            : p < 0.91                       ? Precision::Month
            : p < 0.94                       ? Precision::Season
            : p < 0.96                       ? Precision::Quarter
                                             : Precision::Year;
        Extent extent = extentOf(day, precision);
        if (precision == Precision::Day && m_random.chance(0.08)) {
            const int days
                = m_random.chance(0.2) ? 15 + m_random.below(165) : 1 + m_random.below(14);
            extent.end = extent.first.addDays(days);
        }
        return extent;
    }

private:
    Random &m_random;
    qint64 m_first;
    qint64 m_days;
    std::array<qint64, 64> m_bursts{};
};

int pickLane(Random &random, int lanes)
{
    // Uneven lanes, like a real story: 35 %, 30 %, 25 %, 10 % for four.
    static constexpr double weights[] = {0.35, 0.30, 0.25, 0.10};
    if (lanes == 4) {
        double p = random.unit();
        for (int lane = 0; lane < 4; ++lane) {
            if (p < weights[lane])
                return lane;
            p -= weights[lane];
        }
        return 3;
    }
    return random.below(std::max(1, lanes));
}

constexpr std::array subjectsEn
    = {"Chipmaker", "Regulators", "The ministry", "A research lab",   "A start-up",
       "The court", "The Senate", "Exporters",    "A sovereign fund", "The consortium"};
constexpr std::array verbsEn = {"announces", "delays", "blocks",   "approves", "reviews",
                                "expands",   "cuts",   "launches", "denies",   "investigates"};
constexpr std::array objectsEn
    = {"export licences", "a new accelerator",    "tariffs on chips",  "data-centre plans",
       "its AI model",    "a supply deal",        "quarterly results", "new sanctions",
       "the merger",      "the subsidy programme"};
constexpr std::array suffixesEn = {"",
                                   "",
                                   "",
                                   " in Asia",
                                   " after talks",
                                   " amid tensions",
                                   " for next year",
                                   " despite protests from lawmakers and industry groups"};

constexpr std::array subjectsFr = {
    "Le fondeur",  "Les régulateurs", "Le ministère",     "Un laboratoire",     "Une jeune pousse",
    "Le tribunal", "Le Sénat",        "Les exportateurs", "Un fonds souverain", "Le consortium"};
constexpr std::array verbsFr = {"annonce", "reporte", "bloque", "approuve", "examine",
                                "étend",   "réduit",  "lance",  "dément",   "enquête sur"};
constexpr std::array objectsFr
    = {"des licences d’exportation", "un nouvel accélérateur", "des droits sur les puces",
       "ses centres de données",     "son modèle d’IA",        "un contrat d’approvisionnement",
       "ses résultats trimestriels", "de nouvelles sanctions", "la fusion",
       "le programme de subventions"};
constexpr std::array suffixesFr = {"",
                                   "",
                                   "",
                                   " en Asie",
                                   " après des pourparlers",
                                   " sur fond de tensions",
                                   " pour l’an prochain",
                                   " malgré les protestations des élus et des industriels"};

template<typename List> QString word(const List &list, Random &random)
{
    return QString::fromUtf8(list[size_t(random.below(int(list.size())))]);
}

QString titleIn(int id, quint64 seed, bool french)
{
    Random random(seed * 0x100000001B3ULL + quint64(id));
    if (french) {
        return word(subjectsFr, random) % u' ' % word(verbsFr, random) % u' '
            % word(objectsFr, random) % word(suffixesFr, random);
    }
    return word(subjectsEn, random) % u' ' % word(verbsEn, random) % u' ' % word(objectsEn, random)
        % word(suffixesEn, random);
}

PartialDate partialDate(const Extent &extent)
{
    switch (extent.precision) {
    case Precision::Day: return PartialDate::day(extent.first);
    case Precision::Month: return PartialDate::month(extent.first.year(), extent.first.month());
    case Precision::Year: return PartialDate::year(extent.first.year());
    case Precision::Week: {
        int year = 0;
        const int week = extent.first.weekNumber(&year);
        return *PartialDate::parse(u"%1-W%2"_s.arg(year).arg(week, 2, 10, QLatin1Char('0')));
    }
    case Precision::Season: {
        static constexpr const char16_t *codes[] = {u"WI", u"SP", u"SU", u"FA"};
        return *PartialDate::parse(QString(QString::number(extent.first.year()) % u'-'
                                           % QStringView(codes[(extent.first.month() % 12) / 3])));
    }
    case Precision::Quarter:
        return *PartialDate::parse(QString(QString::number(extent.first.year()) % u"-Q"
                                           % QString::number((extent.first.month() - 1) / 3 + 1)));
    }
    return PartialDate::day(extent.first);
}

struct EntitySeed
{
    const char *id;
    EntityType type;
    const char *name;
    const char *group; // empty: the "other" lane
};

constexpr EntitySeed entitySeeds[] = {
    {"corvid", EntityType::Organization, "Corvid Semiconductors", "industry"},
    {"halcyon", EntityType::Organization, "Halcyon Systems", "industry"},
    {"mara-lindqvist", EntityType::Person, "Mara Lindqvist", "industry"},
    {"commerce-department", EntityType::Organization, "Department of Commerce", "us-government"},
    {"ruth-calder", EntityType::Person, "Ruth Calder", "us-government"},
    {"white-house", EntityType::Organization, "White House", "us-government"},
    {"jade-river", EntityType::Organization, "Jade River Technologies", "china"},
    {"li-wen", EntityType::Person, "Li Wen", "china"},
    {"mofcom", EntityType::Organization, "Ministry of Commerce", "china"},
    {"standards-body", EntityType::Organization, "Global Standards Body", ""},
    {"arbiter-institute", EntityType::Organization, "Arbiter Institute", ""},
};

// Entities of each lane, in entitySeeds.
constexpr std::array<std::array<int, 3>, 4> laneEntities
    = {{{0, 1, 2}, {3, 4, 5}, {6, 7, 8}, {9, 10, 9}}};

constexpr std::array outlets = {"Le Journal du Silicium", "Tech Ledger",   "La Gazette des Puces",
                                "Wire Service",           "Daily Circuit", ""};

} // namespace

std::vector<TimelineItem> timelineItems(const Options &options)
{
    Random random(options.seed);
    DateGenerator dates(options, random);
    std::vector<TimelineItem> items;
    items.reserve(size_t(std::max(0, options.events)));
    for (int id = 0; id < options.events; ++id) {
        const Extent extent = dates.next();
        TimelineItem item;
        item.id = id;
        item.start = TimeUnits::fromDate(extent.first);
        item.end
            = TimeUnits::fromDate((extent.end.isValid() ? extent.end : extent.last).addDays(1));
        item.lane = quint8(pickLane(random, options.lanes));
        item.group = item.lane;
        item.precision = quint8(extent.precision);
        if (extent.end.isValid())
            item.flags |= TimelineItem::HasEnd;
        else if (extent.precision == Precision::Day)
            // A minute of the day, as a wire service would stamp it: a million events over
            // thirty years would otherwise pile up on the same midnights.
            item.start += random.below(24 * 60) * TimeUnits::minute;
        if (random.chance(0.03))
            item.flags |= TimelineItem::Conflict;
        items.push_back(item);
    }
    return items;
}

QString title(int id, quint64 seed)
{
    return titleIn(id, seed, false);
}

Story story(const Options &options)
{
    Random random(options.seed ^ 0x5EED5EED5EEDULL);
    DateGenerator dates(options, random);

    Story story;
    story.id = u"synthetic-%1-%2"_s.arg(options.events).arg(options.seed);
    story.title = {{u"en"_s, u"A synthetic story of %1 events"_s.arg(options.events)},
                   {u"fr"_s, u"Une histoire synthétique de %1 événements"_s.arg(options.events)}};
    story.description = {{u"en"_s, u"Generated for tests and benchmarks."_s},
                         {u"fr"_s, u"Générée pour les tests et les mesures."_s}};

    for (const EntitySeed &seed : entitySeeds) {
        Entity entity;
        entity.id = QString::fromLatin1(seed.id);
        entity.type = seed.type;
        entity.name = QString::fromUtf8(seed.name);
        entity.group = QString::fromLatin1(seed.group);
        story.entities.append(entity);
    }

    const int articleCount = std::max(1, options.articles);
    QStringList texts(articleCount);
    QList<QDate> published(articleCount);
    QList<QList<Mention>> mentions(articleCount);
    for (int i = 0; i < articleCount; ++i) {
        Article article;
        article.id = u"s%1"_s.arg(i, 5, 10, QLatin1Char('0'));
        article.file = u"articles/"_s % article.id % u".txt"_s;
        article.language = i % 2 == 0 ? u"fr"_s : u"en"_s;
        article.outlet = QString::fromUtf8(outlets[size_t(i) % outlets.size()]);
        story.articles.append(article);
    }

    // Appends a sentence to an article; returns its span.
    const auto append = [&](int article, const QString &sentence) {
        QString &text = texts[article];
        if (!text.isEmpty())
            text += u' ';
        const qsizetype start = text.size();
        text += sentence;
        return TextSpan{start, text.size()};
    };
    const auto mention = [&](int article, const TextSpan &sentence, const Entity &entity) {
        const qsizetype at = texts[article].indexOf(entity.name, sentence.start);
        if (at >= 0 && at + entity.name.size() <= sentence.end)
            mentions[article].append(
                {entity.id, story.articles[article].id, {at, at + entity.name.size()}});
    };

    // Dates first, so that ids follow date order.
    QList<Extent> extents;
    extents.reserve(options.events);
    for (int i = 0; i < options.events; ++i)
        extents.append(dates.next());
    std::stable_sort(extents.begin(), extents.end(),
                     [](const Extent &a, const Extent &b) { return a.first < b.first; });

    int figureCount = 0;
    for (int i = 0; i < options.events; ++i) {
        const Extent &extent = extents[i];
        Event event;
        event.id = u"e%1"_s.arg(i, 6, 10, QLatin1Char('0'));
        event.start = partialDate(extent);
        if (extent.end.isValid())
            event.end = PartialDate::day(extent.end);
        event.basis = random.chance(0.8) ? DateBasis::Text : DateBasis::Relative;
        event.title = {{u"en"_s, titleIn(i, options.seed, false)},
                       {u"fr"_s, titleIn(i, options.seed, true)}};
        event.summary = {{u"en"_s, event.title.value(u"en") % u"."_s},
                         {u"fr"_s, event.title.value(u"fr") % u"."_s}};

        const int lane = pickLane(random, 4);
        const auto &candidates = laneEntities[size_t(lane)];
        event.actors.append(story.entities[candidates[size_t(random.below(3))]].id);
        const int extra = random.below(3);
        for (int k = 0; k < extra; ++k) {
            const QString &other = story.entities[random.below(int(story.entities.size()))].id;
            if (!event.actors.contains(other))
                event.actors.append(other);
        }

        const int sourceCount = 1 + (random.chance(0.3) ? 1 : 0);
        // Articles roughly follow time, so a source is published after its event.
        const int base = int(qint64(i) * articleCount / std::max(1, options.events));
        for (int s = 0; s < sourceCount; ++s) {
            const int article = std::min(articleCount - 1, base + random.below(3));
            const bool french = story.articles[article].language == u"fr";
            const Entity &actor = *story.entity(event.actors.first());
            const QString sentence = french
                ? QString(actor.name % u" : "_s % titleIn(i, options.seed, true) % u"."_s)
                : QString(actor.name % u": "_s % titleIn(i, options.seed, false) % u"."_s);
            const TextSpan span = append(article, sentence);
            for (const QString &id : std::as_const(event.actors))
                mention(article, span, *story.entity(id));
            event.sources.append({story.articles[article].id, span});
            const QDate last = extent.end.isValid() ? extent.end : extent.last;
            published[article] = std::max(published[article], last);
        }

        // Every 40th event states a money figure; every third of those, two sources disagree.
        if (i % 40 == 0) {
            const bool conflict = (i / 40) % 3 == 0;
            const int copies = conflict ? 2 : 1;
            const QString measure = u"m%1"_s.arg(i, 6, 10, QLatin1Char('0'));
            QStringList ids;
            for (int c = 0; c < copies; ++c) {
                const int article = std::min(articleCount - 1, base + c);
                const bool french = story.articles[article].language == u"fr";
                const double value = 1.5 + (i % 17) + c * 0.5;
                const QString amount = french
                    ? QString(QLocale(QLocale::French).toString(value, 'f', 1)
                              % u" milliards de dollars"_s)
                    : QString(u"$"_s % QString::number(value, 'f', 1) % u" billion"_s);
                const QString sentence = french ? QString(u"Le montant atteint "_s % amount % u'.')
                                                : QString(u"The amount reaches "_s % amount % u'.');
                const TextSpan span = append(article, sentence);
                Figure figure;
                figure.id = u"f%1"_s.arg(++figureCount, 6, 10, QLatin1Char('0'));
                figure.article = story.articles[article].id;
                figure.quote = amount;
                figure.measure = measure;
                figure.subject = {{u"en"_s, u"Amount"_s}, {u"fr"_s, u"Montant"_s}};
                figure.event = event.id;
                const qsizetype at = texts[article].indexOf(amount, span.start);
                figure.span = {at, at + amount.size()};
                figure.kind = FigureKind::Money;
                figure.value = value * 1e9;
                figure.unit = u"USD"_s;
                story.figures.append(figure);
                ids.append(figure.id);
                published[article] = std::max(published[article], extent.last);
            }
            if (conflict) {
                story.figures[story.figures.size() - 2].conflictsWith = {ids[1]};
                story.figures[story.figures.size() - 1].conflictsWith = {ids[0]};
            }
        }
        story.events.append(event);
    }

    // A period every 2,000 events: a stretch of one to six months.
    const int periodCount = std::max(1, options.events / 2000);
    for (int p = 0; p < periodCount && !extents.isEmpty(); ++p) {
        const Extent &at = extents[random.below(int(extents.size()))];
        Period period;
        period.id = u"p%1"_s.arg(p, 4, 10, QLatin1Char('0'));
        period.start = PartialDate::day(at.first);
        period.end = PartialDate::day(at.first.addMonths(1 + random.below(6)));
        period.title = {{u"en"_s, u"Period %1: %2"_s.arg(p + 1).arg(word(objectsEn, random))},
                        {u"fr"_s, u"Période %1 : %2"_s.arg(p + 1).arg(word(objectsFr, random))}};
        const int article = random.below(articleCount);
        const QString sentence = u"This period is remembered."_s;
        period.sources.append({story.articles[article].id, append(article, sentence)});
        story.periods.append(period);
    }

    for (int i = 0; i < articleCount; ++i) {
        Article &article = story.articles[i];
        if (texts[i].isEmpty())
            append(i, article.language == u"fr" ? u"Rien à signaler."_s : u"Nothing to report."_s);
        article.text = texts[i];
        article.published = PartialDate::day(published[i].isValid() ? published[i] : options.last);
        story.mentions.append(mentions[i]);
    }
    return story;
}

namespace {

// The last day an event covers: its end date's, else its start date's.
QDate lastDay(const Extent &extent)
{
    return extent.end.isValid() ? extent.end : extent.last;
}

int digitCount(int number)
{
    int count = 1;
    for (; number >= 10; number /= 10)
        ++count;
    return count;
}

QString paddedId(char16_t prefix, int number, int width)
{
    return prefix % QString::number(number).rightJustified(width, u'0');
}

// A money figure of an event, kept to be written after the events (StoryWriter's key order).
struct PlannedFigure
{
    int event;
    int article;
    double value;
};

struct PlannedPeriod
{
    QDate start;
    QDate end;
    QString titleEn;
    QString titleFr;
    int article;
};

// writeStory's work. story.json's keys come in StoryWriter's order (QJsonObject sorts them), so
// the articles, with their publication dates, come before the events: those dates are worked
// out from the event dates alone. The events are then written in one pass that also fills the
// article texts; an article is written to disk as soon as no later event can cite it.
class StoryFolderWriter final
{
public:
    StoryFolderWriter(const QString &folder, const Options &options);
    std::optional<QString> run();

private:
    bool french(int article) const { return article % 2 == 0; }
    QStringView language(int article) const { return french(article) ? u"fr" : u"en"; }
    int baseArticle(int event) const
    {
        return int(qint64(event) * m_articleCount / std::max(1, m_eventCount));
    }
    QString amount(double value, bool french) const;
    void appendSentence(int article, const QString &sentence);

    void planDates();
    void planPeriods();
    void writeRoot();
    void writeLocalized(const QString &en, const QString &fr);
    void writeArticles();
    void writeEntities();
    void writeEvents();
    void writeEvent(int index);
    void writeFigures();
    void writePeriods();
    bool writeArticleFile(int article);

    QString m_folder;
    Options m_options;
    int m_eventCount;
    int m_articleCount;
    int m_eventIdWidth;
    Random m_random;
    QSaveFile m_file;
    IndentedJsonWriter m_json;
    QLocale m_frenchLocale{QLocale::French};

    std::vector<Extent> m_extents; // in date order: event i is m_extents[i]
    std::vector<QDate> m_published; // per article
    QStringList m_articleIds;
    std::vector<QByteArray> m_texts; // UTF-8, per article, until it is written
    int m_articlesWritten = 0;
    QHash<int, QStringList> m_periodSentences; // per article
    std::vector<PlannedPeriod> m_periods;
    std::vector<PlannedFigure> m_figures;
    std::optional<QString> m_error;
};

StoryFolderWriter::StoryFolderWriter(const QString &folder, const Options &options)
    : m_folder(folder)
    , m_options(options)
    , m_eventCount(std::max(0, options.events))
    , m_articleCount(std::max(1, options.articles))
    , m_eventIdWidth(std::max(6, digitCount(m_eventCount - 1)))
    , m_random(options.seed ^ 0x1EA45EED5EEDULL)
    , m_file(folder % u"/story.json"_s)
    , m_json(&m_file)
{
}

std::optional<QString> StoryFolderWriter::run()
{
    if (!QDir().mkpath(m_folder % u"/articles"_s))
        return u"cannot create %1/articles"_s.arg(QDir::toNativeSeparators(m_folder));
    if (!m_file.open(QIODevice::WriteOnly))
        return u"cannot write %1: %2"_s.arg(QDir::toNativeSeparators(m_file.fileName()),
                                            m_file.errorString());
    planDates();
    planPeriods();
    writeRoot();
    if (m_error)
        return m_error;
    // Article files first, story.json last: it never names an article not yet written.
    if (!m_json.flush() || !m_file.commit())
        return u"cannot write %1: %2"_s.arg(QDir::toNativeSeparators(m_file.fileName()),
                                            m_file.errorString());
    return std::nullopt;
}

// Dates first, in the order StoryReader keeps (first day, then last day), so that ids follow it.
void StoryFolderWriter::planDates()
{
    DateGenerator dates(m_options, m_random);
    m_extents.reserve(size_t(m_eventCount));
    for (int i = 0; i < m_eventCount; ++i)
        m_extents.push_back(dates.next());
    std::stable_sort(m_extents.begin(), m_extents.end(), [](const Extent &a, const Extent &b) {
        return std::pair(a.first, lastDay(a)) < std::pair(b.first, lastDay(b));
    });

    // Event i cites articles base..base + 2 (writeEvent): each is published after them all.
    m_published.assign(size_t(m_articleCount), QDate());
    for (int i = 0; i < m_eventCount; ++i) {
        const int base = baseArticle(i);
        for (int a = base; a <= std::min(m_articleCount - 1, base + 2); ++a)
            m_published[size_t(a)] = std::max(m_published[size_t(a)], lastDay(m_extents[i]));
    }
    m_articleIds.reserve(m_articleCount);
    for (int a = 0; a < m_articleCount; ++a)
        m_articleIds.append(paddedId(u's', a, 5));
    m_texts.resize(size_t(m_articleCount));
}

// A period every 2,000 events: a stretch of one to six months, with a source sentence.
void StoryFolderWriter::planPeriods()
{
    if (m_extents.empty())
        return;
    const int count = std::max(1, m_eventCount / 2000);
    for (int p = 0; p < count; ++p) {
        const Extent &at = m_extents[size_t(m_random.below(m_eventCount))];
        PlannedPeriod period;
        period.start = at.first;
        period.end = at.first.addMonths(1 + m_random.below(6));
        period.titleEn = u"Period %1: %2"_s.arg(p + 1).arg(word(objectsEn, m_random));
        period.titleFr = u"Période %1 : %2"_s.arg(p + 1).arg(word(objectsFr, m_random));
        period.article = m_random.below(m_articleCount);
        m_periodSentences[period.article].append(french(period.article)
                                                     ? u"Cette période reste dans les mémoires."_s
                                                     : u"This period is remembered."_s);
        m_periods.push_back(period);
    }
}

QString StoryFolderWriter::amount(double value, bool french) const
{
    return french ? QString(m_frenchLocale.toString(value, 'f', 1) % u" milliards de dollars"_s)
                  : QString(u"$"_s % QString::number(value, 'f', 1) % u" billion"_s);
}

void StoryFolderWriter::appendSentence(int article, const QString &sentence)
{
    QByteArray &text = m_texts[size_t(article)];
    if (!text.isEmpty())
        text += ' ';
    text += sentence.toUtf8();
}

// The keys of every object in StoryWriter's order: sorted, as QJsonObject keeps them.
void StoryFolderWriter::writeRoot()
{
    m_json.beginObject();
    writeArticles();
    m_json.key(u"description");
    writeLocalized(u"Generated for tests and benchmarks."_s,
                   u"Générée pour les tests et les mesures."_s);
    writeEntities();
    writeEvents();
    writeFigures();
    m_json.key(u"format");
    m_json.value(u"storyline-story");
    m_json.key(u"id");
    m_json.value(u"synthetic-%1-%2"_s.arg(m_eventCount).arg(m_options.seed));
    writePeriods();
    m_json.key(u"title");
    writeLocalized(u"A synthetic story of %1 events"_s.arg(m_eventCount),
                   u"Une histoire synthétique de %1 événements"_s.arg(m_eventCount));
    m_json.key(u"version");
    m_json.value(1);
    m_json.endObject();
}

void StoryFolderWriter::writeLocalized(const QString &en, const QString &fr)
{
    m_json.beginObject();
    m_json.key(u"en");
    m_json.value(en);
    m_json.key(u"fr");
    m_json.value(fr);
    m_json.endObject();
}

void StoryFolderWriter::writeArticles()
{
    m_json.key(u"articles");
    m_json.beginArray();
    for (int a = 0; a < m_articleCount; ++a) {
        const QString &id = m_articleIds.at(a);
        const QString outlet = QString::fromUtf8(outlets[size_t(a) % outlets.size()]);
        const QDate published = m_published[size_t(a)];
        m_json.beginObject();
        m_json.key(u"file");
        m_json.value(QString(u"articles/"_s % id % u".txt"_s));
        m_json.key(u"headline");
        m_json.null();
        m_json.key(u"id");
        m_json.value(id);
        m_json.key(u"language");
        m_json.value(language(a));
        m_json.key(u"note");
        m_json.null();
        m_json.key(u"outlet");
        if (outlet.isEmpty())
            m_json.null();
        else
            m_json.value(outlet);
        m_json.key(u"published");
        m_json.value(PartialDate::day(published.isValid() ? published : m_options.last).toString());
        m_json.key(u"published_precision");
        m_json.value(u"day");
        m_json.key(u"url");
        m_json.null();
        m_json.endObject();
    }
    m_json.endArray();
}

void StoryFolderWriter::writeEntities()
{
    m_json.key(u"entities");
    m_json.beginArray();
    for (const EntitySeed &seed : entitySeeds) {
        m_json.beginObject();
        m_json.key(u"aliases");
        m_json.beginArray();
        m_json.endArray();
        if (*seed.group) {
            m_json.key(u"group");
            m_json.value(QString::fromLatin1(seed.group));
        }
        m_json.key(u"id");
        m_json.value(QString::fromLatin1(seed.id));
        m_json.key(u"name");
        m_json.value(QString::fromUtf8(seed.name));
        m_json.key(u"type");
        m_json.value(seed.type == EntityType::Person ? u"person" : u"organization");
        m_json.endObject();
    }
    m_json.endArray();
}

void StoryFolderWriter::writeEvents()
{
    m_json.key(u"events");
    m_json.beginArray();
    for (int i = 0; i < m_eventCount && !m_error; ++i) {
        // Events cite articles from their base on: those before it are complete.
        const int base = baseArticle(i);
        while (m_articlesWritten < base && writeArticleFile(m_articlesWritten))
            ++m_articlesWritten;
        writeEvent(i);
    }
    while (m_articlesWritten < m_articleCount && writeArticleFile(m_articlesWritten))
        ++m_articlesWritten;
    m_json.endArray();
}

// A lean event, like a large event database's: a title in its first source's language, a
// summary on one in ten, one to three actors, one source (three in ten have two) whose quote is
// the sentence written into the article.
void StoryFolderWriter::writeEvent(int index)
{
    const Extent &extent = m_extents[size_t(index)];
    Random &random = m_random;
    const bool textBasis = random.chance(0.8);

    const auto &candidates = laneEntities[size_t(pickLane(random, 4))];
    std::array<int, 3> actors{candidates[size_t(random.below(3))], -1, -1};
    int actorCount = 1;
    const int extra = random.below(3);
    for (int k = 0; k < extra; ++k) {
        const int other = random.below(int(std::size(entitySeeds)));
        if (std::find(actors.begin(), actors.begin() + actorCount, other)
            == actors.begin() + actorCount)
            actors[size_t(actorCount++)] = other;
    }
    const QString actorName = QString::fromUtf8(entitySeeds[actors[0]].name);

    // Articles roughly follow time, so a source is published after its event.
    const int base = baseArticle(index);
    const int sourceCount = random.chance(0.3) ? 2 : 1;
    std::array<int, 2> articles{};
    std::array<QString, 2> quotes;
    for (int s = 0; s < sourceCount; ++s) {
        int article = std::min(m_articleCount - 1, base + random.below(3));
        // A second source is another article (unless the story has run out of them).
        if (s == 1 && article == articles[0])
            article
                = std::min(m_articleCount - 1, base + (article - base + 1 + random.below(2)) % 3);
        articles[size_t(s)] = article;
        const bool inFrench = french(articles[size_t(s)]);
        quotes[size_t(s)] = inFrench
            ? QString(actorName % u" : "_s % titleIn(index, m_options.seed, true) % u"."_s)
            : QString(actorName % u": "_s % titleIn(index, m_options.seed, false) % u"."_s);
        appendSentence(articles[size_t(s)], quotes[size_t(s)]);
    }
    const bool hasSummary = random.chance(0.1);
    const QString title = titleIn(index, m_options.seed, french(articles[0]));
    const QString id = paddedId(u'e', index, m_eventIdWidth);

    m_json.beginObject();
    m_json.key(u"actors");
    m_json.beginArray();
    for (int a = 0; a < actorCount; ++a)
        m_json.value(QString::fromLatin1(entitySeeds[actors[size_t(a)]].id));
    m_json.endArray();
    m_json.key(u"basis");
    m_json.value(textBasis ? u"text" : u"relative");
    m_json.key(u"end");
    if (extent.end.isValid())
        m_json.value(PartialDate::day(extent.end).toString());
    else
        m_json.null();
    m_json.key(u"id");
    m_json.value(id);
    m_json.key(u"precision");
    m_json.value(precisionName(extent.precision));
    m_json.key(u"sources");
    m_json.beginArray();
    for (int s = 0; s < sourceCount; ++s) {
        m_json.beginObject();
        m_json.key(u"article");
        m_json.value(m_articleIds.at(articles[size_t(s)]));
        m_json.key(u"quote");
        m_json.value(quotes[size_t(s)]);
        m_json.endObject();
    }
    m_json.endArray();
    m_json.key(u"start");
    m_json.value(partialDate(extent).toString());
    if (hasSummary) {
        m_json.key(u"summary");
        m_json.beginObject();
        m_json.key(language(articles[0]));
        m_json.value(QString(title % u'.'));
        m_json.endObject();
    }
    m_json.key(u"title");
    m_json.beginObject();
    m_json.key(language(articles[0]));
    m_json.value(title);
    m_json.endObject();
    m_json.endObject();

    // Every 40th event states a money figure; every third of those, two sources disagree.
    if (index % 40 == 0) {
        const int copies = (index / 40) % 3 == 0 ? 2 : 1;
        for (int c = 0; c < copies; ++c) {
            const int article = std::min(m_articleCount - 1, base + c);
            const bool inFrench = french(article);
            const double value = 1.5 + (index % 17) + c * 0.5;
            appendSentence(article,
                           inFrench
                               ? QString(u"Le montant atteint "_s % amount(value, true) % u'.')
                               : QString(u"The amount reaches "_s % amount(value, false) % u'.'));
            m_figures.push_back({index, article, value});
        }
    }
}

void StoryFolderWriter::writeFigures()
{
    if (m_figures.empty())
        return;
    m_json.key(u"figures");
    m_json.beginArray();
    for (size_t f = 0; f < m_figures.size(); ++f) {
        const PlannedFigure &figure = m_figures[f];
        m_json.beginObject();
        m_json.key(u"article");
        m_json.value(m_articleIds.at(figure.article));
        m_json.key(u"event");
        m_json.value(paddedId(u'e', figure.event, m_eventIdWidth));
        m_json.key(u"id");
        m_json.value(paddedId(u'f', int(f) + 1, 6));
        m_json.key(u"measure");
        m_json.value(paddedId(u'm', figure.event, m_eventIdWidth));
        m_json.key(u"quote");
        m_json.value(amount(figure.value, french(figure.article)));
        m_json.key(u"subject");
        writeLocalized(u"Amount"_s, u"Montant"_s);
        m_json.endObject();
    }
    m_json.endArray();
}

void StoryFolderWriter::writePeriods()
{
    if (m_periods.empty())
        return;
    m_json.key(u"periods");
    m_json.beginArray();
    for (size_t p = 0; p < m_periods.size(); ++p) {
        const PlannedPeriod &period = m_periods[p];
        m_json.beginObject();
        m_json.key(u"end");
        m_json.value(PartialDate::day(period.end).toString());
        m_json.key(u"id");
        m_json.value(paddedId(u'p', int(p), 4));
        m_json.key(u"sources");
        m_json.beginArray();
        m_json.beginObject();
        m_json.key(u"article");
        m_json.value(m_articleIds.at(period.article));
        m_json.key(u"quote");
        m_json.value(m_periodSentences.value(period.article).constFirst());
        m_json.endObject();
        m_json.endArray();
        m_json.key(u"start");
        m_json.value(PartialDate::day(period.start).toString());
        m_json.key(u"title");
        writeLocalized(period.titleEn, period.titleFr);
        m_json.endObject();
    }
    m_json.endArray();
}

bool StoryFolderWriter::writeArticleFile(int article)
{
    QByteArray text = std::exchange(m_texts[size_t(article)], QByteArray());
    for (const QString &sentence : m_periodSentences.value(article))
        text += (text.isEmpty() ? QByteArray() : QByteArray(" ")) + sentence.toUtf8();
    if (text.isEmpty())
        text = french(article) ? QByteArray("Rien à signaler.") : QByteArray("Nothing to report.");
    QFile file(m_folder % u"/articles/"_s % m_articleIds.at(article) % u".txt"_s);
    const bool written = file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
    file.close();
    if (!written || file.error() != QFileDevice::NoError) {
        m_error = u"cannot write %1: %2"_s.arg(QDir::toNativeSeparators(file.fileName()),
                                               file.errorString());
        return false;
    }
    return true;
}

} // namespace

std::optional<QString> writeStory(const QString &folder, const Options &options)
{
    return StoryFolderWriter(folder, options).run();
}

} // namespace storyline::SyntheticStory
