// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "analyzer.h"

#include "textfolder.h"
#include "textsegmenter.h"

#include <QSet>

#include <algorithm>
#include <array>
#include <string>
#include <unordered_map>
#include <vector>

using namespace Qt::StringLiterals;

namespace storyline {

namespace {

bool isRunChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    return c.isLetterOrNumber() || c.isMark();
}

// TextFolder::fold, with a table for the Latin letters that make most of news text.
class RunFolder
{
public:
    RunFolder()
    {
        for (char16_t c = 0; c < Size; ++c) {
            const QString folded = TextFolder::fold(QStringView(&c, 1));
            for (qsizetype k = 0; k < qMin<qsizetype>(folded.size(), 3); ++k)
                m_units[c][k] = folded.at(k).unicode();
        }
    }

    void fold(QStringView run, std::u16string &out) const
    {
        out.clear();
        for (const QChar qc : run) {
            const char16_t c = qc.unicode();
            if (c < Size) {
                for (const char16_t unit : m_units[c]) {
                    if (!unit)
                        break;
                    out.push_back(unit);
                }
            } else {
                const QString folded = TextFolder::fold(QStringView(&qc, 1));
                out.append(reinterpret_cast<const char16_t *>(folded.utf16()),
                           size_t(folded.size()));
            }
        }
    }

private:
    static constexpr char16_t Size = 0x250;
    std::array<std::array<char16_t, 3>, Size> m_units{};
};

struct RunHash
{
    using is_transparent = void;
    size_t operator()(std::u16string_view key) const
    {
        return qHash(QStringView(key.data(), qsizetype(key.size())));
    }
};

struct RunEqual
{
    using is_transparent = void;
    bool operator()(std::u16string_view a, std::u16string_view b) const { return a == b; }
};

} // namespace

// Runs the gazetteer only around the words its names can start with. ICU never joins words
// across white space, so the gazetteer reads a window that starts and ends at white space
// exactly as it reads the whole text: the matches are the same, and the cost follows the names
// the text holds rather than its length. A name matches at most (2 × its words − 1) chunks of
// text between white space ("Washington , D.C." is three); each window takes that many after
// the chunk of its first word, and windows that touch are read together, so the gazetteer's
// longest-first, left-to-right choice is kept.
class Analyzer::GazetteerWindows
{
public:
    void addName(QStringView name)
    {
        qsizetype i = 0;
        while (i < name.size() && !isRunChar(name[i]))
            ++i;
        qsizetype end = i;
        while (end < name.size() && isRunChar(name[end]))
            ++end;
        if (end == i)
            return;
        int runs = 0;
        for (qsizetype k = 0; k < name.size();) {
            while (k < name.size() && !isRunChar(name[k]))
                ++k;
            if (k == name.size())
                break;
            ++runs;
            while (k < name.size() && isRunChar(name[k]))
                ++k;
        }
        std::u16string key;
        m_folder.fold(name.sliced(i, end - i), key);
        int &chunks = m_firstRuns[key];
        chunks = std::max(chunks, 2 * (runs - 1));
        if (!key.empty())
            m_asciiFilter[filterIndex(key.front(), key.size())] = true;
    }

    QList<GazetteerMatch> find(const Gazetteer &gazetteer, QStringView text) const
    {
        QList<GazetteerMatch> matches;
        const qsizetype n = text.size();
        qsizetype windowStart = -1;
        qsizetype windowEnd = -1;
        auto flush = [&] {
            if (windowStart < 0)
                return;
            const QList<GazetteerMatch> found
                = gazetteer.find(text.sliced(windowStart, windowEnd - windowStart));
            for (GazetteerMatch match : found) {
                match.span.start += windowStart;
                match.span.end += windowStart;
                matches.append(std::move(match));
            }
        };
        std::u16string key;
        qsizetype chunkStart = 0;
        for (qsizetype i = 0; i < n;) {
            const QChar c = text[i];
            if (c.isSpace()) {
                ++i;
                chunkStart = i;
                continue;
            }
            if (!isRunChar(c)) {
                ++i;
                continue;
            }
            const qsizetype runStart = i;
            bool ascii = true;
            while (i < n) {
                const char16_t u = text[i].unicode();
                if (u < 0x80) {
                    if (!((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z')
                          || (u >= u'0' && u <= u'9')))
                        break;
                } else if (!isRunChar(text[i])) {
                    break;
                } else {
                    ascii = false;
                }
                ++i;
            }
            // Most words are plain ASCII: their folded form has their length and starts with
            // their first letter in lower case, which rules out most of them at once.
            if (ascii) {
                char16_t first = text[runStart].unicode();
                if (first >= u'A' && first <= u'Z')
                    first += 32;
                if (!m_asciiFilter[filterIndex(first, size_t(i - runStart))])
                    continue;
            }
            m_folder.fold(text.sliced(runStart, i - runStart), key);
            const auto it = m_firstRuns.find(std::u16string_view(key));
            if (it == m_firstRuns.end())
                continue;
            // The window: this chunk and as many more as a name starting here can reach.
            qsizetype end = i;
            while (end < n && !text[end].isSpace())
                ++end;
            for (int more = 0; more < it->second; ++more) {
                while (end < n && text[end].isSpace())
                    ++end;
                while (end < n && !text[end].isSpace())
                    ++end;
            }
            // Windows closer than a few words apart are read in one call.
            if (windowStart >= 0 && chunkStart <= windowEnd + 16) {
                windowEnd = std::max(windowEnd, end);
            } else {
                flush();
                windowStart = chunkStart;
                windowEnd = end;
            }
        }
        flush();
        return matches;
    }

private:
    static size_t filterIndex(char16_t first, size_t length)
    {
        return (size_t(first) & 0x3FF) * 64 + std::min<size_t>(length, 63);
    }

    RunFolder m_folder;
    std::unordered_map<std::u16string, int, RunHash, RunEqual> m_firstRuns;
    std::vector<bool> m_asciiFilter = std::vector<bool>(1024 * 64); // first unit × length
};

// The tools for one language, made on first use.
struct Analyzer::PerLanguage
{
    explicit PerLanguage(const QString &language)
        : segmenter(language)
        , figures(language)
        , dates(language)
        , names(language)
    {
    }

    TextSegmenter segmenter;
    FigureParser figures;
    DateFinder dates;
    NameFinder names;
};

Analyzer::Analyzer(Gazetteer gazetteer)
    : m_gazetteer(std::move(gazetteer))
{
}

Analyzer::Analyzer(const QList<Entity> &entities)
    : m_windows(std::make_unique<GazetteerWindows>())
{
    for (const Entity &entity : entities) {
        m_gazetteer.add(entity.id, entity.name);
        m_windows->addName(entity.name);
        for (const QString &alias : entity.aliases) {
            m_gazetteer.add(entity.id, alias);
            m_windows->addName(alias);
        }
        m_known.insert(entity.id, {entity.type, entity.name});
    }
}

Analyzer::~Analyzer() = default;

// The analyzer reads French and English: "fr-CA" is French, anything else is read as English.
static QString supportedLanguage(const QString &language)
{
    return language.startsWith(u"fr"_s, Qt::CaseInsensitive) ? u"fr"_s : u"en"_s;
}

Analyzer::PerLanguage &Analyzer::perLanguage(const QString &language) const
{
    auto &slot = m_languages[supportedLanguage(language)];
    if (!slot)
        slot = std::make_shared<PerLanguage>(supportedLanguage(language));
    return *slot;
}

Analysis Analyzer::analyze(QStringView text, const QString &language,
                           std::optional<PartialDate> published) const
{
    PerLanguage &tools = perLanguage(language);
    Analysis analysis;
    analysis.language = supportedLanguage(language);
    analysis.published = published && published->isValid()
        ? published
        : DateFinder::findPublicationDate(text, analysis.language);
    analysis.sentences = tools.segmenter.sentences(text);
    analysis.entities = findEntities(text);
    analysis.figures = tools.figures.find(text);
    tools.dates.setPublicationDate(analysis.published);
    analysis.dates = tools.dates.find(text);

    QList<NameClaim> claims;
    claims.reserve(analysis.entities.size() + analysis.figures.size() + analysis.dates.size());
    for (const GazetteerMatch &match : std::as_const(analysis.entities)) {
        const auto known = m_known.constFind(match.id);
        claims.append(
            {match.span,
             known != m_known.cend()
                 ? known->type
                 : NameFinder::knownType(text.sliced(match.span.start, match.span.length()))
                       .value_or(EntityType::Organization)});
    }
    for (const FigureMatch &figure : std::as_const(analysis.figures))
        claims.append({{figure.start, figure.end}, std::nullopt});
    // A named event is a date and a name: "APEC" in "the APEC summit" stays an event.
    for (const DateMatch &date : std::as_const(analysis.dates)) {
        if (date.kind != DateMatch::Kind::NamedEvent)
            claims.append({{date.start, date.end}, std::nullopt});
    }
    analysis.names = mergeNames(text, analysis.entities, tools.names.find(text, claims));
    return analysis;
}

QList<EntityMatch> Analyzer::mergeNames(QStringView text, const QList<GazetteerMatch> &gazetteer,
                                        const QList<NameMatch> &names) const
{
    QList<EntityMatch> merged;
    merged.reserve(gazetteer.size() + names.size());
    // Both lists are in text order; a name that replaces claims covers them whole.
    qsizetype n = 0;
    auto appendName = [&](const NameMatch &name) {
        merged.append({name.span, name.type, QString(), name.canonical});
    };
    for (const GazetteerMatch &match : gazetteer) {
        while (n < names.size() && names.at(n).span.start <= match.span.start) {
            appendName(names.at(n));
            ++n;
        }
        const bool replaced = !merged.isEmpty() && merged.last().id.isEmpty()
            && merged.last().span.end >= match.span.end
            && merged.last().span.start <= match.span.start;
        if (replaced)
            continue;
        const auto known = m_known.constFind(match.id);
        if (known != m_known.cend()) {
            merged.append({match.span, known->type, match.id, known->name});
        } else {
            const QStringView written = text.sliced(match.span.start, match.span.length());
            merged.append({match.span,
                           NameFinder::knownType(written).value_or(EntityType::Organization),
                           match.id, written.toString()});
        }
    }
    for (; n < names.size(); ++n)
        appendName(names.at(n));
    return merged;
}

QList<TextSpan> Analyzer::sentences(QStringView text, const QString &language) const
{
    return perLanguage(language).segmenter.sentences(text);
}

QList<GazetteerMatch> Analyzer::findEntities(QStringView text) const
{
    if (m_windows)
        return m_windows->find(m_gazetteer, text);
    return m_gazetteer.find(text);
}

QList<FigureMatch> Analyzer::findFigures(QStringView text, const QString &language) const
{
    return perLanguage(language).figures.find(text);
}

QList<DateMatch> Analyzer::findDates(QStringView text, const QString &language,
                                     std::optional<PartialDate> published) const
{
    DateFinder &finder = perLanguage(language).dates;
    finder.setPublicationDate(published);
    return finder.find(text);
}

QString Analyzer::detectLanguage(QStringView text)
{
    // Function words are frequent, short and rarely shared between the two languages.
    static const QSet<QString> french{
        u"le"_s,   u"la"_s,   u"les"_s,  u"des"_s,   u"du"_s,   u"une"_s,  u"est"_s,  u"et"_s,
        u"dans"_s, u"pour"_s, u"qui"_s,  u"que"_s,   u"sur"_s,  u"avec"_s, u"pas"_s,  u"au"_s,
        u"aux"_s,  u"ont"_s,  u"sont"_s, u"cette"_s, u"mais"_s, u"il"_s,   u"elle"_s, u"de"_s};
    static const QSet<QString> english{
        u"the"_s,  u"and"_s, u"of"_s,   u"to"_s,    u"in"_s,  u"is"_s,   u"that"_s, u"for"_s,
        u"with"_s, u"was"_s, u"on"_s,   u"are"_s,   u"by"_s,  u"this"_s, u"from"_s, u"it"_s,
        u"have"_s, u"has"_s, u"were"_s, u"which"_s, u"but"_s, u"not"_s,  u"its"_s,  u"an"_s};
    const QString folded = TextFolder::fold(text.first(qMin<qsizetype>(text.size(), 20000)));
    int fr = 0;
    int en = 0;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= folded.size(); ++i) {
        const bool letter = i < folded.size() && folded.at(i).isLetter();
        if (letter && start < 0) {
            start = i;
        } else if (!letter && start >= 0) {
            const QString word = folded.sliced(start, i - start);
            fr += french.contains(word);
            en += english.contains(word);
            start = -1;
        }
    }
    return fr > en ? u"fr"_s : u"en"_s;
}

} // namespace storyline
