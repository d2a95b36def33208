// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "datefinder.h"

#include "namedevents.h"
#include "textsegmenter.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>
#include <QRegularExpressionMatchIterator>

#include <algorithm>
#include <array>
#include <bit>
#include <limits>
#include <span>
#include <string_view>
#include <vector>

using namespace Qt::StringLiterals;

namespace storyline {

namespace {

// ---------------------------------------------------------------------------------------------
// Words are compared by key: the folded word (lower case, accents dropped) packed six bits a
// letter when it has at most ten ASCII letters and digits, else hashed. Every keyword packs, so
// a keyword never collides with another word; the scan over the whole text computes keys
// without allocating.

using Key = quint64;

constexpr int packCode(char16_t c)
{
    if (c >= u'a' && c <= u'z')
        return c - u'a' + 1;
    if (c >= u'0' && c <= u'9')
        return c - u'0' + 27;
    return 0;
}

constexpr Key keyOf(std::u16string_view folded)
{
    if (folded.size() <= 10) {
        Key key = 0;
        bool packed = true;
        for (size_t i = 0; i < folded.size() && packed; ++i) {
            const int code = packCode(folded[i]);
            packed = code != 0;
            key |= Key(code) << (6 * i);
        }
        if (packed)
            return key;
    }
    Key hash = 14695981039346656037ull; // FNV-1a
    for (const char16_t c : folded) {
        hash ^= c;
        hash *= 1099511628211ull;
    }
    return hash | (Key(1) << 63);
}

constexpr Key operator""_k(const char16_t *text, size_t size)
{
    return keyOf(std::u16string_view(text, size));
}

// Latin-1 letters U+00C0…U+00FF without their accents; '*' folds to two letters, '?' is no letter.
constexpr std::u16string_view Latin1Base
    = u"aaaaaa*ceeeeiiiidnooooo?ouuuuyt*aaaaaa*ceeeeiiiidnooooo?ouuuuyty";

// Appends the folded form of `c` to `out` (at most two units); returns how many.
int foldUnit(char16_t c, char16_t *out)
{
    if (c < 0x80) {
        out[0] = c >= u'A' && c <= u'Z' ? char16_t(c + 32) : c;
        return 1;
    }
    if (c >= 0xC0 && c <= 0xFF) {
        const char16_t base = Latin1Base[c - 0xC0];
        if (base == u'*') {
            const bool sharpS = c == 0xDF;
            out[0] = sharpS ? u's' : u'a';
            out[1] = sharpS ? u's' : u'e';
            return 2;
        }
        out[0] = base == u'?' ? c : base;
        return 1;
    }
    if (c == 0x152 || c == 0x153) { // Œ œ
        out[0] = u'o';
        out[1] = u'e';
        return 2;
    }
    const QChar ch(c);
    if (ch.category() == QChar::Mark_NonSpacing)
        return 0; // a combining accent: "e\u0301" is "é"
    if (c < 0x250 && ch.decompositionTag() == QChar::Canonical) {
        const QString decomposition = ch.decomposition();
        if (!decomposition.isEmpty() && decomposition.at(0).unicode() < 0x80)
            return foldUnit(decomposition.at(0).unicode(), out);
    }
    out[0] = ch.toCaseFolded().unicode();
    return 1;
}

constexpr bool isAsciiDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

constexpr bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

constexpr std::array<bool, 128> AsciiWordChars = [] {
    std::array<bool, 128> table{};
    for (char16_t c = 0; c < 128; ++c)
        table[c] = isAsciiDigit(c) || isAsciiLetter(c);
    return table;
}();

// Letters, digits and combining marks make words; the rest separates them.
bool isWordChar(char16_t c)
{
    if (c < 0x80)
        return AsciiWordChars[c];
    const QChar ch(c);
    return ch.isLetterOrNumber() || ch.isMark() || ch.isSurrogate();
}

bool isLineBreak(char16_t c)
{
    return c == u'\n' || c == u'\r' || c == 0x2029 || c == 0x2028;
}

bool isSpace(char16_t c)
{
    return c == u' ' || c == u'\t' || c == 0xA0 || c == 0x202F || c == 0x2009 || c == 0x2007
        || c == 0x200B || (c > 0x80 && QChar(c).isSpace() && !isLineBreak(c));
}

// `text` with its unpaired surrogates replaced by U+FFFD, offsets unchanged: PCRE rejects
// invalid UTF-16 outright, and the regexes here read whole sentences.
QString validUtf16(QStringView text)
{
    QString copy = text.toString();
    for (qsizetype i = 0; i < copy.size(); ++i) {
        const QChar c = copy.at(i);
        if (!c.isSurrogate())
            continue;
        if (c.isHighSurrogate() && i + 1 < copy.size() && copy.at(i + 1).isLowSurrogate())
            ++i;
        else
            copy[i] = QChar::ReplacementCharacter;
    }
    return copy;
}

// Apostrophes read as one, dashes too.
char16_t normalizedPunct(char16_t c)
{
    switch (c) {
    case 0x2019:
    case 0x2018:
    case 0x02BC: return u'\'';
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2212: return u'-';
    default: return c;
    }
}

// ---------------------------------------------------------------------------------------------
// The lexicon: what each keyword can be. One word may play several roles ("premier" is an
// ordinal, "sept" a number and an abbreviated month).

enum class Unit : quint8 { None, Day, Week, Month, Quarter, Year, Fiscal };
// Every: "chaque", "tous les", "every", "each"; Some: "un", "a" ("un lundi", "a Friday").
enum class Det : quint8 { None, Def, This, Last, Next, Every, Some };
enum class Mod : quint8 { None, Mid, Early, Late, Current, Earlier, Later };
enum class Prep : quint8 {
    None,
    In,
    Since,
    From,
    Until,
    Before,
    After,
    By,
    Of,
    At,
    During,
    For,
    Around,
    Between,
    Connector, // "et", "ou", "and", "or": only between two dates
};

struct Lexeme
{
    qint8 month = 0;
    qint8 weekday = 0;
    qint8 season = 0; // 1 spring, 2 summer, 3 autumn, 4 winter
    qint8 relDay = 0;
    qint8 ordinal = 0;
    qint8 dir = 0; // -1 "dernier", +1 "prochain"
    qint8 count = 0; // number words
    qint8 quarterCode = 0; // "Q2", "T2"
    Unit unit = Unit::None;
    Det det = Det::None;
    Prep prep = Prep::None;
    Mod mod = Mod::None;
    bool abbreviation = false; // "janv", "Sept": only with a dot or a day
    bool isRelDay = false;
    bool partOfDay = false;
    bool weekend = false;
    bool plural = false;
    bool prepNeedsAccent = false; // "à" and "dès", not "a" and "des"
    bool event = false; // the first word of a named event
    bool eventInCapitals = false; // only an event's, and written in capitals: "CES", not "ces"
    bool anchor = false; // scanning stops here and reads the window around
};

enum class Role : quint8 {
    Month,
    MonthAbbreviation,
    Weekday,
    Season,
    RelDay,
    Unit,
    UnitPlural,
    Ordinal,
    Dir,
    Count,
    Det,
    Prep,
    PrepAccented,
    Mod,
    PartOfDay,
    Weekend,
    QuarterCode,
};

// The words of one role: groups separated by spaces take the values `first`, `first` + 1, …;
// "|" separates words of the same value and "-" skips one.
struct Entry
{
    Role role;
    int first;
    std::u16string_view words;
};

constexpr Entry FrenchEntries[] = {
    {Role::Month, 1,
     u"janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre"},
    {Role::MonthAbbreviation, 1, u"janv fevr|fev - avr - - juil - sept oct nov dec"},
    {Role::Weekday, 1, u"lundi mardi mercredi jeudi vendredi samedi dimanche"},
    {Role::Season, 1, u"printemps ete automne hiver"},
    {Role::RelDay, -1, u"hier aujourd demain"},
    {Role::Unit, int(Unit::Day), u"jour semaine mois - annee|an exercice"},
    {Role::Unit, int(Unit::Quarter), u"trimestre"},
    {Role::UnitPlural, int(Unit::Day), u"jours semaines - - annees|ans"},
    {Role::Ordinal, 1, u"premier|premiere deuxieme|second|seconde troisieme quatrieme"},
    {Role::Dir, -1, u"dernier|derniere|passe|passee|ecoule|ecoulee - prochain|prochaine"},
    {Role::Count, 1, u"un|une deux trois quatre cinq six sept huit neuf dix onze douze"},
    {Role::Count, 15, u"quinze"},
    {Role::Count, 20, u"vingt"},
    {Role::Det, int(Det::Def), u"le|la|l|les"},
    {Role::Det, int(Det::This), u"ce|cet|cette"},
    {Role::Det, int(Det::Every), u"chaque un|une"},
    {Role::Prep, int(Prep::In), u"en depuis"},
    {Role::PrepAccented, int(Prep::Since), u"des"}, // "dès", not "des"
    {Role::PrepAccented, int(Prep::At), u"a"}, // "à", not "a"
    {Role::Prep, int(Prep::Before), u"avant apres"},
    {Role::Prep, int(Prep::Of), u"de|d|du"},
    {Role::Prep, int(Prep::At), u"au"},
    {Role::Prep, int(Prep::During), u"durant|pendant pour vers entre"},
    {Role::Prep, int(Prep::Connector), u"et|ou"},
    {Role::Mod, int(Mod::Mid), u"mi debut fin courant"},
    {Role::PartOfDay, 0, u"matin|soir|soiree|nuit|midi"},
    {Role::Weekend, 0, u"week|weekend"}, // "week-end"
    {Role::QuarterCode, 1, u"q1|t1 q2|t2 q3|t3 q4|t4"},
};

constexpr Entry EnglishEntries[] = {
    {Role::Month, 1,
     u"january february march april may june july august september october november december"},
    {Role::MonthAbbreviation, 1, u"jan feb mar apr - jun jul aug sept|sep oct nov dec"},
    {Role::Weekday, 1, u"monday tuesday wednesday thursday friday saturday sunday"},
    {Role::Season, 1, u"spring summer fall|autumn winter"},
    {Role::RelDay, -1, u"yesterday today|tonight tomorrow"},
    {Role::Unit, int(Unit::Day), u"day week month quarter year fiscal"},
    {Role::UnitPlural, int(Unit::Day), u"days weeks months - years"},
    {Role::Ordinal, 1, u"first second third fourth"},
    {Role::Count, 1, u"a|an|one two three four five six seven eight nine ten eleven twelve"},
    {Role::Count, 15, u"fifteen"},
    {Role::Count, 20, u"twenty"},
    {Role::Det, int(Det::Def), u"the this last next every|each a|an"},
    {Role::Prep, int(Prep::In), u"in since from until|till|through"},
    {Role::Prep, int(Prep::Connector), u"to|and|or"},
    {Role::Prep, int(Prep::Before), u"before after by of on|at during|over for around between"},
    {Role::Mod, int(Mod::Mid), u"mid early late - earlier later"},
    {Role::PartOfDay, 0, u"morning|afternoon|evening|night"},
    {Role::Weekend, 0, u"weekend"},
    {Role::QuarterCode, 1, u"q1 q2 q3 q4"},
};

using Lexicon = QHash<Key, Lexeme>;

template<size_t N> Lexicon buildLexicon(const Entry (&entries)[N])
{
    Lexicon lexicon;
    auto add = [&](QStringView word, Role role, int value) {
        Lexeme &l = lexicon[keyOf(std::u16string_view(
            reinterpret_cast<const char16_t *>(word.utf16()), size_t(word.size())))];
        switch (role) {
        case Role::Month: l.month = qint8(value); break;
        case Role::MonthAbbreviation:
            l.month = qint8(value);
            l.abbreviation = true;
            break;
        case Role::Weekday: l.weekday = qint8(value); break;
        case Role::Season: l.season = qint8(value); break;
        case Role::RelDay:
            l.relDay = qint8(value);
            l.isRelDay = true;
            break;
        case Role::Unit: l.unit = Unit(value); break;
        case Role::UnitPlural:
            l.unit = Unit(value);
            l.plural = true;
            break;
        case Role::Ordinal: l.ordinal = qint8(value); break;
        case Role::Dir: l.dir = qint8(value); break;
        case Role::Count: l.count = qint8(value); break;
        case Role::Det: l.det = Det(value); break;
        case Role::Prep: l.prep = Prep(value); break;
        case Role::PrepAccented:
            l.prep = Prep(value);
            l.prepNeedsAccent = true;
            break;
        case Role::Mod: l.mod = Mod(value); break;
        case Role::PartOfDay: l.partOfDay = true; break;
        case Role::Weekend: l.weekend = true; break;
        case Role::QuarterCode: l.quarterCode = qint8(value); break;
        }
        // Function words and numbers only ever complete an expression that a keyword starts.
        l.anchor = l.month || l.weekday || l.season || l.isRelDay || l.unit != Unit::None
            || l.ordinal || l.partOfDay || l.weekend || l.quarterCode;
    };
    for (const Entry &entry : entries) {
        const QStringView words(entry.words.data(), qsizetype(entry.words.size()));
        int value = entry.first;
        for (const QStringView group : words.tokenize(u' ', Qt::SkipEmptyParts)) {
            for (const QStringView word : group.tokenize(u'|')) {
                if (word != u"-")
                    add(word, entry.role, value);
            }
            ++value;
        }
    }
    return lexicon;
}

// The keywords in a flat open-addressing table, and which (first letter, length) pairs any
// keyword has: most words of a text are dismissed by that test without being folded or hashed.
class KeywordTable
{
public:
    void build(const Lexicon &lexicon)
    {
        size_t capacity = 64;
        while (capacity < size_t(lexicon.size()) * 4)
            capacity *= 2;
        m_slots.assign(capacity, Slot{});
        m_mask = capacity - 1;
        m_shift = 64 - std::countr_zero(capacity);
        m_lengths.fill(0);
        m_longKeywords = false;
        for (auto it = lexicon.cbegin(); it != lexicon.cend(); ++it) {
            size_t slot = index(it.key());
            while (m_slots[slot].key != 0)
                slot = (slot + 1) & m_mask;
            m_slots[slot] = Slot{it.key(), &it.value()};
            if (!it->anchor)
                continue;
            if (it.key() >> 63) {
                m_longKeywords = true;
                continue;
            }
            int length = 0;
            while (length < 10 && ((it.key() >> (6 * length)) & 63))
                ++length;
            m_lengths[size_t(it.key() & 63)] |= 1u << length;
        }
    }

    const Lexeme *find(Key key) const
    {
        for (size_t slot = index(key);; slot = (slot + 1) & m_mask) {
            if (m_slots[slot].key == key)
                return m_slots[slot].lexeme;
            if (m_slots[slot].key == 0)
                return nullptr;
        }
    }

    // Whether a word of `length` folded letters starting with `first` may be a keyword.
    bool mayBeKeyword(char16_t first, qsizetype length) const
    {
        if (length > 10)
            return m_longKeywords;
        const int code = packCode(first);
        return code && (m_lengths[size_t(code)] >> length) & 1u;
    }

private:
    struct Slot
    {
        Key key = 0; // 0 is no word's key
        const Lexeme *lexeme = nullptr;
    };

    size_t index(Key key) const { return size_t((key * 0x9E3779B97F4A7C15ull) >> m_shift); }

    std::vector<Slot> m_slots;
    size_t m_mask = 0;
    int m_shift = 0;
    std::array<quint32, 37> m_lengths{};
    bool m_longKeywords = false;
};

// Words after a bare number that make it a count, not a year: "2025 employés", "2000 milliards".
constexpr Key YearStopWords[] = {
    u"milliards"_k, u"milliard"_k,   u"millions"_k,    u"million"_k,      u"euros"_k,
    u"dollars"_k,   u"yuans"_k,      u"personnes"_k,   u"employes"_k,     u"salaries"_k,
    u"habitants"_k, u"unites"_k,     u"exemplaires"_k, u"points"_k,       u"mots"_k,
    u"pages"_k,     u"voix"_k,       u"emplois"_k,     u"postes"_k,       u"puces"_k,
    u"km"_k,        u"kilometres"_k, u"metres"_k,      u"tonnes"_k,       u"billion"_k,
    u"billions"_k,  u"trillion"_k,   u"people"_k,      u"employees"_k,    u"workers"_k,
    u"units"_k,     u"words"_k,      u"votes"_k,       u"jobs"_k,         u"chips"_k,
    u"miles"_k,     u"tons"_k,       u"users"_k,       u"utilisateurs"_k, u"clients"_k,
    u"customers"_k,
};

// ---------------------------------------------------------------------------------------------
// Tokens of a short window of the text.

enum class TokenType : quint8 { Word, Number, Punct };

struct Token
{
    qsizetype start = 0;
    qsizetype end = 0;
    // Words: the folded word. Numbers: the folded letters glued after the digits ("er" in
    // "1er", "st" in "31st"), 0 for none. Punctuation: the normalised character.
    Key key = 0;
    const Lexeme *lexeme = nullptr;
    int value = 0; // numbers
    quint8 digits = 0; // numbers; 10 for longer runs
    TokenType type = TokenType::Punct;
    bool space = false; // whitespace before
    bool upper = false; // words: first letter in upper case
    bool caps = false; // words: every letter in upper case
};

constexpr qsizetype MaxFoldedWord = 24;

// The key of the word text[start, end).
Key wordKey(QStringView text, qsizetype start, qsizetype end)
{
    std::array<char16_t, MaxFoldedWord + 2> buffer;
    int length = 0;
    for (qsizetype i = start; i < end; ++i) {
        if (length > MaxFoldedWord)
            break;
        length += foldUnit(text[i].unicode(), buffer.data() + length);
    }
    if (length > MaxFoldedWord) { // no keyword is that long: hash the whole word
        QString folded;
        for (qsizetype i = start; i < end; ++i) {
            char16_t pair[2];
            const int n = foldUnit(text[i].unicode(), pair);
            folded.append(QStringView(pair, n));
        }
        return keyOf(std::u16string_view(reinterpret_cast<const char16_t *>(folded.utf16()),
                                         size_t(folded.size())));
    }
    return keyOf(std::u16string_view(buffer.data(), size_t(length)));
}

// Appends the tokens of text[from, to) to `tokens`, stopping at a line break; returns where it
// stopped. `keywords` may be null.
qsizetype tokenize(QStringView text, qsizetype from, qsizetype to, const KeywordTable *keywords,
                   std::vector<Token> &tokens)
{
    bool space = from > 0 && isSpace(text[from - 1].unicode());
    qsizetype i = from;
    while (i < to) {
        const char16_t c = text[i].unicode();
        if (isLineBreak(c))
            break;
        if (isSpace(c)) {
            space = true;
            ++i;
            continue;
        }
        Token token;
        token.start = i;
        token.space = space;
        space = false;
        if (isAsciiDigit(c)) {
            qsizetype j = i;
            qint64 value = 0;
            while (j < text.size() && isAsciiDigit(text[j].unicode())) {
                if (value < 1000000000)
                    value = value * 10 + (text[j].unicode() - u'0');
                ++j;
            }
            token.type = TokenType::Number;
            token.digits = quint8(qMin<qsizetype>(j - i, 10));
            token.value = int(qMin<qint64>(value, 1000000000));
            qsizetype k = j;
            while (k < text.size() && isWordChar(text[k].unicode()))
                ++k;
            if (k > j)
                token.key = wordKey(text, j, k);
            token.end = k;
        } else if (isWordChar(c)) {
            qsizetype j = i;
            bool anyLower = false;
            int letters = 0;
            while (j < text.size() && isWordChar(text[j].unicode())) {
                const QChar ch = text[j];
                if (ch.isLetter()) {
                    ++letters;
                    anyLower = anyLower || ch.isLower();
                }
                ++j;
            }
            token.type = TokenType::Word;
            token.key = wordKey(text, i, j);
            token.upper = QChar(c).isUpper();
            token.caps = letters >= 2 && !anyLower;
            if (keywords)
                token.lexeme = keywords->find(token.key);
            token.end = j;
        } else {
            token.type = TokenType::Punct;
            token.key = normalizedPunct(c);
            token.end = i + 1;
        }
        tokens.push_back(token);
        i = token.end;
    }
    return i;
}

// ---------------------------------------------------------------------------------------------
// What the grammar read, before it is resolved against the publication date.

struct Candidate
{
    enum class Form : quint8 {
        Date, // day, month, maybe year; maybe an end day
        Month,
        Year,
        Season,
        Quarter,
        WeekOf, // the week of a date
        Weekday,
        RelDay, // "hier": days from the publication
        RelUnit, // "la semaine dernière": weeks, months, quarters or years from it
        Ago, // "il y a deux semaines"
        Event,
        Fiscal, // a company's fiscal period: never a calendar date
        Suppress, // read and dropped, so that its parts are not read: "les années 1990"
    };

    Form form = Form::Date;
    int first = 0; // tokens [first, last)
    int last = 0;
    int year = 0; // 0: not written
    int yearOffset = 0; // "du deuxième trimestre de l'année prochaine"
    bool yearRelative = false;
    int month = 0;
    int day = 0;
    int endDay = 0;
    int weekday = 0;
    int season = 0;
    int quarter = 0;
    int offset = 0; // RelDay days; RelUnit, Ago units
    Unit unit = Unit::None;
    int dir = 0; // -1 "dernier", "last"; +1 "prochain", "next"
    bool deictic = false; // "ce printemps": the one around the publication
    bool ambiguous = false; // "l'hiver 2025": which winter?
    bool weekend = false; // a Weekday form for the Saturday, whose week is the value
    int event = -1;
    Prep prep = Prep::None; // the preposition before, outside the span: "jusqu'à", "since"
};

using Form = Candidate::Form;

struct Lead
{
    Prep prep = Prep::None;
    bool connector = false; // the preposition joins this date to the one before
    int spanStart = 0;
    int afterEvery = -1; // "a 31/01/2025 memo": a quantifier or an article is no part of it
    Det det = Det::None;
    bool detAfterThe = false; // "the last year" is a duration
    Mod mod = Mod::None;
    bool fiscal = false;
};

bool prepLicensesYear(Prep prep)
{
    switch (prep) {
    case Prep::In:
    case Prep::Since:
    case Prep::From:
    case Prep::Until:
    case Prep::Before:
    case Prep::After:
    case Prep::By:
    case Prep::Of:
    case Prep::During:
    case Prep::For:
    case Prep::Around:
    case Prep::Between: return true;
    default: return false;
    }
}

bool prepLicensesMonth(Prep prep)
{
    switch (prep) {
    case Prep::For:
    case Prep::In:
    case Prep::Since:
    case Prep::From:
    case Prep::Until:
    case Prep::Before:
    case Prep::After:
    case Prep::By:
    case Prep::During:
    case Prep::Between: return true;
    default: return false;
    }
}

// ---------------------------------------------------------------------------------------------
// Named events, their aliases tokenized once.

struct AliasToken
{
    TokenType type = TokenType::Word;
    Key key = 0;
    QString exact; // for words in capitals: matched as written
};

struct Alias
{
    int event = 0;
    std::vector<AliasToken> tokens;
};

// Everything a finder knows: its language's keywords, the named events, the publication date.
struct Engine
{
    explicit Engine(const QString &language);

    void compileEvents();
    const TextSegmenter &segmenter() const;

    bool french = false;
    QString language;
    Lexicon lexicon;
    KeywordTable keywords;
    NamedEvents events;
    QHash<Key, std::vector<Alias>> aliases; // by first word, longest first
    std::optional<PartialDate> published;
    mutable std::unique_ptr<TextSegmenter> sentenceSegmenter;
};

// ---------------------------------------------------------------------------------------------
// The grammar, over the tokens of one window.

class Parser
{
public:
    Parser(const Engine &d, QStringView text, std::span<const Token> tokens, qsizetype previousEnd)
        : m_d(d)
        , m_text(text)
        , m_tokens(tokens)
        , m_size(int(tokens.size()))
        , m_previousEnd(previousEnd)
    {
    }

    // The expression whose first token (prepositions included) is `s`.
    std::optional<Candidate> parseAt(int s) const;
    // The keyword that the last parseAt() refused because of the words before it: "every
    // Monday", "le lundi", "the last year". A later start must not read it anyway. -1: none.
    int blocked() const { return m_blocked; }

private:
    const Token &tok(int i) const { return m_tokens[size_t(i)]; }
    bool has(int i) const { return i >= 0 && i < m_size; }
    QStringView raw(int i) const { return m_text.sliced(tok(i).start, tok(i).end - tok(i).start); }
    bool isWord(int i, Key key) const
    {
        return has(i) && tok(i).type == TokenType::Word && tok(i).key == key;
    }
    bool isPunct(int i, char16_t c) const
    {
        return has(i) && tok(i).type == TokenType::Punct && tok(i).key == c;
    }
    bool glued(int i) const { return has(i) && !tok(i).space; }
    const Lexeme *lex(int i) const
    {
        return has(i) && tok(i).type == TokenType::Word ? tok(i).lexeme : nullptr;
    }
    bool isApostrophe(int i) const { return isPunct(i, u'\'') && glued(i); }
    // "d'", "l'", "qu'": the word `key`, then an apostrophe glued to it.
    bool isElided(int i, Key key) const { return isWord(i, key) && isApostrophe(i + 1); }
    bool hasAccent(int i) const
    {
        const QStringView r = raw(i);
        return std::any_of(r.begin(), r.end(), [](QChar c) { return c.unicode() >= 0x80; });
    }
    // A bare number: `min`..`max` digits, nothing glued after it.
    bool isNumber(int i, int min, int max) const
    {
        return has(i) && tok(i).type == TokenType::Number && tok(i).key == 0 && tok(i).digits >= min
            && tok(i).digits <= max;
    }
    int yearAt(int i, int min = 1000, int max = 2999) const;
    int dirAt(int i) const
    {
        const Lexeme *l = lex(i);
        return l ? l->dir : 0;
    }
    int dayAt(int i) const; // a day number with its ordinal suffix, or 0
    int monthAt(int i, int &next) const; // a month name (and its dot), or 0
    bool anaphoric(int i) const; // "-là" after "cette année"
    bool followsPrevious(int i) const;

    Lead readLead(int s, int &core) const;
    int readPrep(int i, Prep &prep, bool &connector) const;

    std::optional<Candidate> numberCore(int c, const Lead &lead) const;
    std::optional<Candidate> yearCore(int c, const Lead &lead) const;
    std::optional<Candidate> dayMonth(int c, const Lead &lead) const;
    std::optional<Candidate> monthCore(int c, const Lead &lead) const;
    std::optional<Candidate> weekdayCore(int c, const Lead &lead) const;
    std::optional<Candidate> seasonCore(int c, const Lead &lead) const;
    std::optional<Candidate> unitCore(int c, const Lead &lead) const;
    std::optional<Candidate> quarterTail(int q, int i, const Lead &lead, bool needYear) const;
    std::optional<Candidate> relDayCore(int c, const Lead &lead) const;
    std::optional<Candidate> weekendCore(int c, const Lead &lead) const;
    std::optional<Candidate> eventCore(int c) const;
    std::optional<Candidate> agoFrench(int s) const;
    std::optional<Candidate> agoEnglish(int c) const;
    int partOfDayAfter(int i) const; // tokens of "matin", "après-midi", "morning"

    const Engine &m_d;
    QStringView m_text;
    std::span<const Token> m_tokens;
    int m_size = 0;
    qsizetype m_previousEnd = -1;
    mutable int m_blocked = -1;
};

int Parser::yearAt(int i, int min, int max) const
{
    if (!isNumber(i, 4, 4) || !tok(i).space)
        return 0;
    const int year = tok(i).value;
    if (year < min || year > max)
        return 0;
    // "2025 000" is a number in groups, "2025,5" or "2025.5" a decimal.
    if (has(i + 1) && glued(i + 1)
        && (isPunct(i + 1, u',') || isPunct(i + 1, u'.') || isPunct(i + 1, u'/')) && has(i + 2)
        && tok(i + 2).type == TokenType::Number && glued(i + 2))
        return 0;
    if (isNumber(i + 1, 3, 3) && tok(i + 1).space)
        return 0;
    return year;
}

int Parser::dayAt(int i) const
{
    if (!has(i) || tok(i).type != TokenType::Number || tok(i).digits > 2)
        return 0;
    const Token &t = tok(i);
    if (t.value < 1 || t.value > 31)
        return 0;
    if (t.key == 0)
        return t.value;
    if (m_d.french)
        return (t.key == u"er"_k || t.key == u"re"_k) && t.value == 1 ? 1 : 0;
    const Key k = t.key;
    return k == u"st"_k || k == u"nd"_k || k == u"rd"_k || k == u"th"_k ? t.value : 0;
}

int Parser::monthAt(int i, int &next) const
{
    const Lexeme *l = lex(i);
    if (!l || !l->month)
        return 0;
    // English writes months with a capital: "may" is a verb, "march" a walk.
    if (!m_d.french && !tok(i).upper)
        return 0;
    next = i + 1;
    if (l->abbreviation && isPunct(i + 1, u'.') && glued(i + 1))
        next = i + 2;
    return l->month;
}

bool Parser::anaphoric(int i) const
{
    // "cette année-là", "ce jour-là": a time the text told of, not the publication's.
    return isPunct(i, u'-') && glued(i) && has(i + 1) && glued(i + 1) && tok(i + 1).key == u"la"_k
        && hasAccent(i + 1);
}

bool Parser::followsPrevious(int i) const
{
    if (m_previousEnd < 0 || !has(i) || tok(i).start < m_previousEnd)
        return false;
    for (qsizetype p = m_previousEnd; p < tok(i).start; ++p) {
        if (!isSpace(m_text[p].unicode()))
            return false;
    }
    return true;
}

int Parser::readPrep(int i, Prep &prep, bool &connector) const
{
    if (!has(i))
        return 0;
    // A dash or a slash between two dates: "2024-2025", "7-10 janvier" is read by the day.
    if ((isPunct(i, u'-') || isPunct(i, u'/')) && followsPrevious(i)) {
        prep = Prep::Connector;
        connector = true;
        return 1;
    }
    if (m_d.french) {
        if (isElided(i, u"d"_k) && isWord(i + 2, u"ici"_k)) {
            prep = Prep::By;
            return 3;
        }
        if (isElided(i, u"jusqu"_k)
            && (isWord(i + 2, u"en"_k) || isWord(i + 2, u"au"_k) || isWord(i + 2, u"a"_k))) {
            prep = Prep::Until;
            connector = followsPrevious(i);
            return 3;
        }
        if (isWord(i, u"a"_k) && hasAccent(i) && isWord(i + 1, u"partir"_k)) {
            if (isWord(i + 2, u"de"_k) || isWord(i + 2, u"du"_k)) {
                prep = Prep::From;
                return 3;
            }
            if (isElided(i + 2, u"d"_k)) {
                prep = Prep::From;
                return 4;
            }
        }
        if (isWord(i, u"lors"_k) || (isWord(i, u"au"_k) && isWord(i + 1, u"cours"_k))) {
            const int j = isWord(i, u"lors"_k) ? i + 1 : i + 2;
            if (isWord(j, u"de"_k) || isWord(j, u"du"_k)) {
                prep = Prep::During;
                return j + 1 - i;
            }
            if (isElided(j, u"d"_k)) {
                prep = Prep::During;
                return j + 2 - i;
            }
        }
    }
    const Lexeme *l = lex(i);
    if (!l)
        return 0;
    if (m_d.french) {
        // "avant-hier", "après-demain", "après-midi" are words of their own.
        if ((l->prep == Prep::Before || l->prep == Prep::After) && isPunct(i + 1, u'-')
            && glued(i + 1))
            return 0;
        if (isElided(i, u"d"_k)) {
            prep = Prep::Of;
            return 2;
        }
    }
    if (l->prep == Prep::None || (l->prepNeedsAccent && !hasAccent(i)))
        return 0;
    prep = l->prep;
    const bool joins = l->prep == Prep::Connector || isWord(i, u"a"_k) || isWord(i, u"au"_k)
        || isWord(i, u"until"_k) || isWord(i, u"through"_k) || isWord(i, u"till"_k);
    connector = joins && followsPrevious(i);
    if (l->prep == Prep::Connector && !connector)
        return 0; // "et", "and" license nothing on their own
    return 1;
}

Lead Parser::readLead(int s, int &core) const
{
    Lead lead;
    int i = s;
    for (int n = 0; n < 2; ++n) { // "d'ici à", "jusqu'à" then nothing more
        Prep prep = Prep::None;
        bool connector = false;
        const int length = readPrep(i, prep, connector);
        if (!length)
            break;
        if (lead.prep == Prep::None || lead.prep == Prep::Of)
            lead.prep = prep;
        lead.connector = lead.connector || connector;
        i += length;
    }
    lead.spanStart = i;

    auto readDet = [&](int j) -> int {
        if (m_d.french && isWord(j, u"tous"_k) && isWord(j + 1, u"les"_k)) {
            lead.det = Det::Every; // "tous les mois"
            return 2;
        }
        const Lexeme *l = lex(j);
        if (!l)
            return 0;
        if (m_d.french && isElided(j, u"l"_k)) {
            lead.det = Det::Def;
            return 2;
        }
        if (l->det == Det::None)
            return 0;
        if (!m_d.french && l->det == Det::Def && has(j + 1) && lex(j + 1)
            && (lex(j + 1)->det == Det::Last || lex(j + 1)->det == Det::Next)) {
            lead.det = lex(j + 1)->det;
            lead.detAfterThe = true;
            return 2;
        }
        lead.det = l->det;
        return 1;
    };
    i += readDet(i);
    if (lead.det == Det::Every || lead.det == Det::Some)
        lead.afterEvery = i;

    // Modifiers: "mi-janvier", "fin mars", "début 2025", "la fin de l'année", "early March",
    // "mid-2025", "the end of March", "earlier this year".
    const Lexeme *l = lex(i);
    int afterMod = 0;
    if (l && l->mod != Mod::None) {
        const Mod mod = l->mod;
        if (mod == Mod::Mid) {
            if (isPunct(i + 1, u'-') && glued(i + 1) && glued(i + 2))
                afterMod = i + 2;
            else if (!m_d.french)
                afterMod = i + 1;
        } else if (mod == Mod::Earlier || mod == Mod::Later) {
            if (has(i + 1) && lex(i + 1) && lex(i + 1)->det == Det::This)
                afterMod = i + 1;
        } else {
            afterMod = i + 1;
        }
        if (afterMod)
            lead.mod = mod;
    } else if (!m_d.french && lead.det == Det::Def
               && (isWord(i, u"end"_k) || isWord(i, u"beginning"_k) || isWord(i, u"start"_k)
                   || isWord(i, u"middle"_k))
               && isWord(i + 1, u"of"_k)) {
        lead.mod = isWord(i, u"end"_k) ? Mod::Late : isWord(i, u"middle"_k) ? Mod::Mid : Mod::Early;
        afterMod = i + 1;
    }
    if (afterMod) {
        i = afterMod;
        // "fin de l'année", "début d'année", "la fin du mois", "end of next year".
        bool contracted = false; // "du": "de le"
        if (isWord(i, u"de"_k) || isWord(i, u"of"_k)) {
            ++i;
        } else if (m_d.french && isWord(i, u"du"_k)) {
            ++i;
            contracted = true;
        } else if (m_d.french && isElided(i, u"d"_k)) {
            i += 2;
        }
        const Det before = lead.det;
        lead.det = contracted ? Det::Def : Det::None;
        if (const int length = contracted ? 0 : readDet(i))
            i += length;
        else if (before == Det::This || before == Det::Last || before == Det::Next)
            lead.det = before; // "earlier this year": "this" was read as the modifier's
    }
    if (!m_d.french && isWord(i, u"fiscal"_k) && has(i + 1) && lex(i + 1)
        && (lex(i + 1)->ordinal || lex(i + 1)->quarterCode)) {
        lead.fiscal = true;
        ++i;
    }
    core = i;
    return lead;
}

std::optional<Candidate> Parser::parseAt(int s) const
{
    m_blocked = -1;
    if (auto ago = m_d.french ? agoFrench(s) : agoEnglish(s))
        return ago;
    int c = s;
    const Lead lead = readLead(s, c);
    if (!has(c))
        return std::nullopt;
    std::optional<Candidate> found;
    const Token &t = tok(c);
    if (t.type == TokenType::Number) {
        found = numberCore(c, lead);
        if (!found && !m_d.french)
            found = agoEnglish(c);
    } else if (const Lexeme *l = t.type == TokenType::Word ? t.lexeme : nullptr) {
        if (l->event)
            found = eventCore(c);
        if (!found && l->month)
            found = monthCore(c, lead);
        if (!found && l->weekday)
            found = weekdayCore(c, lead);
        if (!found && l->season)
            found = seasonCore(c, lead);
        if (!found && l->weekend)
            found = weekendCore(c, lead);
        if (!found
            && (l->isRelDay || l->partOfDay || l->prep == Prep::Before || l->prep == Prep::After))
            found = relDayCore(c, lead);
        if (!found && l->unit != Unit::None)
            found = unitCore(c, lead);
        if (!found && l->ordinal) {
            // "premier mai", "deuxième trimestre", "second-quarter".
            int next = 0;
            if (m_d.french && l->ordinal == 1 && monthAt(c + 1, next)) {
                Candidate date;
                date.form = Form::Date;
                date.day = 1;
                date.month = lex(c + 1)->month;
                date.last = next;
                if (const int year = yearAt(next)) {
                    date.year = year;
                    date.last = next + 1;
                }
                found = date;
            } else {
                int q = c + 1;
                if (!m_d.french && isPunct(q, u'-') && glued(q))
                    ++q;
                if (has(q) && lex(q) && lex(q)->unit == Unit::Quarter && !lex(q)->plural)
                    found = quarterTail(l->ordinal, q + 1, lead, false);
            }
        }
        if (!found && l->quarterCode && tok(c).caps == false && tok(c).upper) {
            // "Q2 2025", "T2 2025"; "T2" alone is too many other things.
            const bool t2 = isWord(c, u"t1"_k) || isWord(c, u"t2"_k) || isWord(c, u"t3"_k)
                || isWord(c, u"t4"_k);
            found = quarterTail(l->quarterCode, c + 1, lead, t2);
        }
        if (!found && l->count && !m_d.french)
            found = agoEnglish(c);
    }
    if (!found)
        return std::nullopt;
    if (lead.det == Det::Every && found->form != Form::Event) {
        m_blocked = c; // "tous les 15 mai", "every January 1": a habit, no date
        return std::nullopt;
    }
    // Determiners and modifiers belong to the expression, not to an event's name.
    if (found->form != Form::Event)
        found->first = lead.afterEvery >= 0 ? lead.afterEvery : lead.spanStart;
    found->prep = lead.prep;
    return found;
}

std::optional<Candidate> Parser::numberCore(int c, const Lead &lead) const
{
    const Token &t = tok(c);
    // ISO 8601: 2025-01-31.
    if (isNumber(c, 4, 4) && isPunct(c + 1, u'-') && glued(c + 1) && isNumber(c + 2, 2, 2)
        && glued(c + 2) && isPunct(c + 3, u'-') && glued(c + 3) && isNumber(c + 4, 2, 2)
        && glued(c + 4)) {
        const QDate date(t.value, tok(c + 2).value, tok(c + 4).value);
        if (!date.isValid()
            || (has(c + 5) && glued(c + 5) && !isPunct(c + 5, u'.') && !isPunct(c + 5, u',')
                && !isPunct(c + 5, u')')))
            return std::nullopt;
        Candidate r;
        r.form = Form::Date;
        r.year = date.year();
        r.month = date.month();
        r.day = date.day();
        r.first = c;
        r.last = c + 5;
        return r;
    }
    // 31/01/2025 (French, and English when the first number cannot be a month), 01/31/2025.
    if (isNumber(c, 1, 2)) {
        for (const char16_t separator : {u'/', u'.'}) {
            // "31.01.2025", not "1.2.2025", a version.
            if (separator == u'.' && (!m_d.french || !isNumber(c, 2, 2) || !isNumber(c + 2, 2, 2)))
                continue;
            if (!(isPunct(c + 1, separator) && glued(c + 1) && isNumber(c + 2, 1, 2) && glued(c + 2)
                  && isPunct(c + 3, separator) && glued(c + 3) && isNumber(c + 4, 4, 4)
                  && glued(c + 4)))
                continue;
            if (has(c + 5) && glued(c + 5) && tok(c + 5).type != TokenType::Punct)
                return std::nullopt;
            if ((isPunct(c + 5, u'/') || isPunct(c + 5, u'.')) && has(c + 6)
                && tok(c + 6).type == TokenType::Number && glued(c + 6))
                return std::nullopt; // "1.2.2025.3", a version
            const int a = t.value;
            const int b = tok(c + 2).value;
            const bool dayFirst = m_d.french || a > 12;
            const QDate date(tok(c + 4).value, dayFirst ? b : a, dayFirst ? a : b);
            if (!date.isValid())
                return std::nullopt;
            Candidate r;
            r.form = Form::Date;
            r.year = date.year();
            r.month = date.month();
            r.day = date.day();
            r.first = c;
            r.last = c + 5;
            return r;
        }
    }
    if (t.digits == 4)
        return yearCore(c, lead);
    if (t.digits > 2)
        return std::nullopt;
    // "2e trimestre", "1er trimestre", "2nd quarter".
    if (t.key != 0 && t.value >= 1 && t.value <= 4) {
        const Key k = t.key;
        const bool ordinal = m_d.french
            ? (k == u"e"_k || k == u"eme"_k || k == u"er"_k || k == u"re"_k || k == u"nd"_k
               || k == u"d"_k)
            : (k == u"st"_k || k == u"nd"_k || k == u"rd"_k || k == u"th"_k);
        int q = c + 1;
        if (!m_d.french && isPunct(q, u'-') && glued(q))
            ++q;
        if (ordinal && has(q) && lex(q) && lex(q)->unit == Unit::Quarter && !lex(q)->plural)
            return quarterTail(t.value, q + 1, lead, false);
    }
    return dayMonth(c, lead);
}

std::optional<Candidate> Parser::yearCore(int c, const Lead &lead) const
{
    const Token &t = tok(c);
    if (t.key == u"s"_k && t.value % 10 == 0) {
        Candidate r; // "the 1990s": a decade, which no value can hold
        r.form = Form::Suppress;
        r.first = c;
        r.last = c + 1;
        return r;
    }
    if (t.key != 0 || t.value < 1800 || t.value > 2199)
        return std::nullopt;
    if (!lead.connector && lead.mod == Mod::None && !lead.fiscal && !prepLicensesYear(lead.prep))
        return std::nullopt;
    if (lead.det == Det::Def && !m_d.french) {
        m_blocked = c; // "the 2025 models"
        return std::nullopt;
    }
    if (has(c + 1)) {
        const Token &next = tok(c + 1);
        if (next.type == TokenType::Punct
            && (next.key == u'%' || next.key == u'€' || next.key == u'$'))
            return std::nullopt;
        if (next.type == TokenType::Word
            && std::find(std::begin(YearStopWords), std::end(YearStopWords), next.key)
                != std::end(YearStopWords))
            return std::nullopt;
        if (next.type == TokenType::Number && next.space && next.digits == 3)
            return std::nullopt; // "2 025 000"
        if ((next.key == u',' || next.key == u'.') && next.type == TokenType::Punct && glued(c + 1)
            && has(c + 2) && tok(c + 2).type == TokenType::Number && glued(c + 2))
            return std::nullopt; // "2025,5"
    }
    Candidate r;
    r.form = lead.fiscal ? Form::Fiscal : Form::Year;
    r.year = t.value;
    r.first = c;
    r.last = c + 1;
    return r;
}

std::optional<Candidate> Parser::dayMonth(int c, const Lead &lead) const
{
    Q_UNUSED(lead);
    const int day = dayAt(c);
    if (!day)
        return std::nullopt;
    int i = c + 1;
    int endDay = 0;
    // "7 au 10 janvier", "7-10 janvier", "7 et 8 mai", "7 to 10 January".
    {
        int j = i;
        const bool dash = isPunct(j, u'-');
        if (dash || isWord(j, u"au"_k) || isWord(j, u"et"_k) || isWord(j, u"to"_k)
            || isWord(j, u"and"_k) || (isWord(j, u"a"_k) && hasAccent(j)))
            ++j;
        if (j > i && !dash && (isWord(j, u"le"_k) || isWord(j, u"the"_k)))
            ++j; // "le 7 et le 8 avril"
        if (j > i && dayAt(j) > day) {
            int afterMonth = 0;
            if (monthAt(j + 1, afterMonth) || (!m_d.french && isWord(j + 1, u"of"_k))) {
                endDay = dayAt(j);
                i = j + 1;
            }
        }
    }
    if (!m_d.french && isWord(i, u"of"_k))
        ++i; // "the 31st of January"
    int next = 0;
    const int month = monthAt(i, next);
    if (!month)
        return std::nullopt;
    Candidate r;
    r.form = Form::Date;
    r.day = day;
    r.endDay = endDay;
    r.month = month;
    r.first = c;
    r.last = next;
    int y = next;
    if (!m_d.french && isPunct(y, u',') && yearAt(y + 1))
        ++y;
    if (const int year = yearAt(y)) {
        r.year = year;
        r.last = y + 1;
    } else if (const int dir = dirAt(next); dir && m_d.french) {
        r.dir = dir; // "le 3 mars dernier"
        r.last = next + 1;
    }
    return r;
}

std::optional<Candidate> Parser::monthCore(int c, const Lead &lead) const
{
    int next = 0;
    const int month = monthAt(c, next);
    if (!month)
        return std::nullopt;
    const Lexeme *l = lex(c);
    Candidate r;
    r.form = Form::Month;
    r.month = month;
    r.first = c;
    r.last = next;
    // English: "January 31, 2025", "Jan. 31", "May 5-7".
    if (!m_d.french) {
        if (const int day = dayAt(next); day && tok(next).space) {
            r.form = Form::Date;
            r.day = day;
            int i = next + 1;
            if ((isPunct(i, u'-') || isWord(i, u"to"_k)) && dayAt(i + 1) > day) {
                r.endDay = dayAt(i + 1);
                i += 2;
            }
            r.last = i;
            // "31, 2025": the comma goes with the year; "May 5, the company said" has none.
            int y = i;
            if (isPunct(y, u',') && yearAt(y + 1))
                ++y;
            if (const int year = yearAt(y)) {
                r.year = year;
                r.last = y + 1;
            }
            // Not a time ("May 5:30") nor a figure ("March 10 %").
            if (isPunct(i, u':') || isPunct(i, u'%'))
                return std::nullopt;
            return r;
        }
    }
    int y = next;
    if (!m_d.french && isWord(y, u"of"_k) && yearAt(y + 1))
        ++y;
    if (const int year = yearAt(y)) {
        r.year = year;
        r.last = y + 1;
        return r;
    }
    // Alone, a month needs words that make it one: "en mars", "fin mars", "mai dernier",
    // "last May". "Mars" in capitals is a planet unless such words say otherwise.
    if (l->abbreviation && next == c + 1)
        return std::nullopt;
    if (const int dir = dirAt(next); dir && m_d.french) {
        r.dir = dir;
        r.last = next + 1;
        return r;
    }
    if (!m_d.french && (lead.det == Det::Last || lead.det == Det::Next) && !lead.detAfterThe) {
        r.dir = lead.det == Det::Last ? -1 : 1;
        return r;
    }
    const bool licensed = lead.connector || lead.mod != Mod::None || prepLicensesMonth(lead.prep);
    if (!licensed)
        return std::nullopt;
    if (m_d.french && month == 3 && tok(c).upper && !tok(c).caps && !lead.connector
        && lead.mod == Mod::None && lead.prep != Prep::In)
        return std::nullopt; // "depuis Mars", "vers Mars": the planet
    return r;
}

std::optional<Candidate> Parser::weekdayCore(int c, const Lead &lead) const
{
    const Lexeme *l = lex(c);
    if (!m_d.french && !tok(c).upper)
        return std::nullopt;
    Candidate r;
    r.weekday = l->weekday;
    r.first = c;
    int i = c + 1;
    if (isPunct(i, u','))
        ++i;
    // "vendredi 31 janvier 2025", "Friday, January 31, 2025", "Friday 31 January".
    if (dayAt(i)) {
        if (auto date = dayMonth(i, Lead{})) {
            date->first = c;
            date->weekday = l->weekday;
            return date;
        }
    }
    int next = 0;
    if (!m_d.french && monthAt(i, next)) {
        if (auto date = monthCore(i, Lead{}); date && date->form == Form::Date) {
            date->first = c;
            date->weekday = l->weekday;
            return date;
        }
    }
    if (lead.det == Det::Every || lead.det == Det::Some || lead.detAfterThe) {
        m_blocked = c; // "chaque lundi", "every Monday"
        return std::nullopt;
    }
    // Days with a name of their own: "Black Friday", "Super Tuesday", "lundi noir", "Mardi
    // gras", "lundi de Pâques".
    if (m_d.french) {
        if (isWord(c + 1, u"noir"_k) || isWord(c + 1, u"noire"_k) || isWord(c + 1, u"saint"_k)
            || isWord(c + 1, u"gras"_k)
            || (isWord(c + 1, u"de"_k)
                && (isWord(c + 2, u"paques"_k) || isWord(c + 2, u"pentecote"_k))))
            return std::nullopt;
    } else if (has(c - 1) && tok(c - 1).upper
               && (isWord(c - 1, u"black"_k) || isWord(c - 1, u"cyber"_k)
                   || isWord(c - 1, u"super"_k) || isWord(c - 1, u"good"_k)
                   || isWord(c - 1, u"holy"_k) || isWord(c - 1, u"ash"_k)
                   || isWord(c - 1, u"easter"_k) || isWord(c - 1, u"giving"_k))) {
        return std::nullopt;
    }
    r.form = Form::Weekday;
    r.last = c + 1;
    if (m_d.french) {
        if (const int dir = dirAt(c + 1)) {
            r.dir = dir;
            r.last = c + 2;
        } else if (lead.det == Det::Def) {
            m_blocked = c; // "le lundi": every Monday, or a Monday the text tells of
            return std::nullopt;
        }
    } else if (lead.det == Det::Last || lead.det == Det::Next) {
        r.dir = lead.det == Det::Last ? -1 : 1;
    } else if (lead.det == Det::Def) {
        m_blocked = c;
        return std::nullopt;
    }
    r.last += partOfDayAfter(r.last);
    return r;
}

std::optional<Candidate> Parser::weekendCore(int c, const Lead &lead) const
{
    int i = c + 1;
    if (isWord(c, u"week"_k)) { // "week-end"
        if (!isPunct(c + 1, u'-') || !glued(c + 1) || !isWord(c + 2, u"end"_k) || !glued(c + 2))
            return std::nullopt;
        i = c + 3;
    }
    if (lead.det == Det::Every || lead.det == Det::Some || lead.detAfterThe) {
        m_blocked = c; // "chaque week-end", "the last weekend"
        return std::nullopt;
    }
    Candidate r;
    r.form = Form::Weekday;
    r.weekday = 6;
    r.weekend = true;
    r.first = c;
    r.last = i;
    if (const int dir = dirAt(i); dir && m_d.french) {
        r.dir = dir;
        r.last = i + 1;
        return r;
    }
    if (!m_d.french && (lead.det == Det::Last || lead.det == Det::Next)) {
        r.dir = lead.det == Det::Last ? -1 : 1;
        return r;
    }
    // "ce week-end", "this weekend", "pendant le week-end", "over the weekend"; "le week-end"
    // alone is every weekend.
    if (lead.det == Det::This
        || (lead.prep == Prep::During || lead.prep == Prep::At || lead.prep == Prep::Since
            || lead.prep == Prep::Until))
        return r;
    if (lead.det == Det::Def)
        m_blocked = c;
    return std::nullopt;
}

int Parser::partOfDayAfter(int i) const
{
    if (!has(i))
        return 0;
    if (m_d.french && isWord(i, u"apres"_k) && isPunct(i + 1, u'-') && isWord(i + 2, u"midi"_k))
        return 3;
    const Lexeme *l = lex(i);
    return l && l->partOfDay && !isWord(i, u"midi"_k) ? 1 : 0;
}

std::optional<Candidate> Parser::seasonCore(int c, const Lead &lead) const
{
    const Lexeme *l = lex(c);
    Candidate r;
    r.form = Form::Season;
    r.season = l->season;
    r.first = c;
    r.last = c + 1;
    int i = c + 1;
    if (anaphoric(i))
        return std::nullopt;
    if (isWord(i, u"de"_k) || isWord(i, u"of"_k))
        ++i;
    else if (isElided(i, u"d"_k))
        i += 2;
    if (const int year = yearAt(i)) {
        r.year = year;
        r.last = i + 1;
        // "l'hiver 2024-2025" says which winter; "l'hiver 2025" does not.
        if (r.season == 4) {
            const bool joined = (isPunct(i + 1, u'-') || isPunct(i + 1, u'/')) && glued(i + 1)
                && glued(i + 2) && has(i + 2) && tok(i + 2).type == TokenType::Number;
            const int second = joined ? tok(i + 2).value : 0;
            if (joined && (second == year + 1 || second == (year + 1) % 100)) {
                r.last = i + 3;
            } else {
                r.ambiguous = true;
            }
        }
        return r;
    }
    if (const int dir = dirAt(c + 1); dir && m_d.french) {
        r.dir = dir;
        r.last = c + 2;
        return r;
    }
    if (lead.det == Det::Every || lead.det == Det::Some || lead.detAfterThe) {
        m_blocked = c; // "chaque été", "the last summer"
        return std::nullopt;
    }
    if (!m_d.french && (lead.det == Det::Last || lead.det == Det::Next)) {
        r.dir = lead.det == Det::Last ? -1 : 1;
        return r;
    }
    if (lead.det == Det::This) {
        r.deictic = true;
        return r;
    }
    // "au printemps", "à l'automne", "en été", "in the spring": the nearest one. English
    // "fall" is a verb too often to stand without "this", "last", "next" or a year.
    if (!m_d.french && l->season == 3)
        return std::nullopt;
    const bool licensed = lead.connector || prepLicensesMonth(lead.prep) || lead.prep == Prep::At;
    if (!licensed || (lead.prep == Prep::At && !m_d.french))
        return std::nullopt;
    if (lead.prep == Prep::In && lead.det == Det::None)
        return std::nullopt; // "en été", "in spring": every summer, every spring
    return r;
}

std::optional<Candidate> Parser::relDayCore(int c, const Lead &lead) const
{
    Candidate r;
    r.form = Form::RelDay;
    r.first = c;
    int i = c + 1;
    if (m_d.french && (isWord(c, u"avant"_k) || isWord(c, u"apres"_k))) {
        // "avant-hier", "après-demain"; "cet après-midi".
        if (!isPunct(c + 1, u'-') || !glued(c + 1) || !glued(c + 2))
            return std::nullopt;
        if (isWord(c, u"avant"_k) && isWord(c + 2, u"hier"_k))
            r.offset = -2;
        else if (isWord(c, u"apres"_k) && isWord(c + 2, u"demain"_k))
            r.offset = 2;
        else if (isWord(c, u"apres"_k) && isWord(c + 2, u"midi"_k) && lead.det == Det::This)
            r.offset = 0;
        else
            return std::nullopt;
        r.last = c + 3;
        return r;
    }
    const Lexeme *l = lex(c);
    if (l->partOfDay) {
        // "ce matin", "ce soir", "cette nuit", "this morning", "last night".
        if (isWord(c, u"midi"_k))
            return std::nullopt;
        if (lead.det == Det::This)
            r.offset = 0;
        else if (!m_d.french && lead.det == Det::Last && isWord(c, u"night"_k) && !lead.detAfterThe)
            r.offset = -1;
        else
            return std::nullopt;
        r.last = c + 1;
        return r;
    }
    if (!l->isRelDay)
        return std::nullopt;
    if (isWord(c, u"aujourd"_k)) {
        if (!isApostrophe(c + 1) || !isWord(c + 2, u"hui"_k) || !glued(c + 2))
            return std::nullopt;
        i = c + 3;
    }
    r.offset = l->relDay;
    r.last = i + partOfDayAfter(i);
    return r;
}

std::optional<Candidate> Parser::unitCore(int c, const Lead &lead) const
{
    const Lexeme *l = lex(c);
    const Unit unit = l->unit;
    Candidate r;
    r.first = c;
    int i = c + 1;
    if (anaphoric(i))
        return std::nullopt;
    // "chaque semaine", "une semaine", "the last year": no date; but "une année 2025 record".
    const bool namesYear = unit == Unit::Year && yearAt(i);
    if (lead.det == Det::Every || (lead.det == Det::Some && !namesYear) || lead.detAfterThe) {
        m_blocked = c;
        return std::nullopt;
    }

    if (unit == Unit::Fiscal) {
        // "l'exercice 2026", "l'exercice fiscal 2026", "fiscal 2026", "fiscal year 2026": a
        // company's year, which starts when the company says.
        if (m_d.french && isWord(i, u"fiscal"_k))
            ++i;
        if (!m_d.french && isWord(i, u"year"_k))
            ++i;
        const int year = yearAt(i, 1900, 2199);
        if (!year)
            return std::nullopt;
        r.form = Form::Fiscal;
        r.year = year;
        r.last = i + 1;
        return r;
    }

    if (l->plural) {
        // "les années 1990", "les années 90": decades, which no value holds; read so that
        // "1990" is not taken for a year.
        if (m_d.french && unit == Unit::Year && isNumber(i, 2, 4) && tok(i).value % 10 == 0) {
            r.form = Form::Suppress;
            r.last = i + 1;
            return r;
        }
        return std::nullopt; // "il y a trois ans", "two years ago" start elsewhere
    }

    const bool french = m_d.french;
    // "ce mois-ci", "cette semaine-ci".
    bool here = false;
    if (french && isPunct(i, u'-') && glued(i) && isWord(i + 1, u"ci"_k) && glued(i + 1)) {
        here = true;
        i += 2;
    }
    auto relative = [&](int offset, int last) {
        r.form = Form::RelUnit;
        r.unit = unit;
        r.offset = offset;
        r.dir = offset;
        r.last = last;
        return r;
    };
    if (unit == Unit::Day)
        return std::nullopt;
    if (french) {
        if (lead.det == Det::This || here)
            return relative(0, i);
        if (const int dir = dirAt(i))
            return relative(dir, i + 1);
        if (isWord(i, u"en"_k) && isWord(i + 1, u"cours"_k))
            return relative(0, i + 2);
        if (unit == Unit::Year) {
            if (const int year = yearAt(i)) {
                r.form = Form::Year;
                r.year = year;
                r.last = i + 1;
                return r;
            }
        }
        // "fin d'année", "la fin de l'année", "le début de la semaine", "la fin du mois".
        if (lead.mod != Mod::None && (lead.det == Det::Def || lead.det == Det::None))
            return relative(0, i);
        if (unit == Unit::Week && isWord(i, u"du"_k)) {
            if (auto date = dayMonth(i + 1, Lead{})) {
                date->form = Form::WeekOf;
                date->first = c;
                return date;
            }
        }
        if (unit == Unit::Month && (isWord(i, u"de"_k) || isElided(i, u"d"_k))) {
            const int m = isWord(i, u"de"_k) ? i + 1 : i + 2;
            int next = 0;
            if (const int month = monthAt(m, next)) {
                r.form = Form::Month;
                r.month = month;
                r.last = next;
                if (const int year = yearAt(next)) {
                    r.year = year;
                    r.last = next + 1;
                }
                return r;
            }
        }
        return std::nullopt;
    }
    // English: "this week", "last month", "next year", "earlier this year".
    if (lead.det == Det::This)
        return relative(0, i);
    if (lead.det == Det::Last || lead.det == Det::Next)
        return relative(lead.det == Det::Last ? -1 : 1, i);
    if (unit == Unit::Year) {
        if (const int year = yearAt(i)) { // "the year 2025", "full year 2025"
            r.form = Form::Year;
            r.year = year;
            r.last = i + 1;
            return r;
        }
    }
    if (lead.mod != Mod::None && lead.det == Det::Def && unit != Unit::Quarter)
        return relative(0, i); // "the end of the year", "the start of the week"
    if (lead.det == Det::Def && unit == Unit::Week && isWord(i, u"of"_k)) {
        int next = 0;
        if (monthAt(i + 1, next)) {
            if (auto date = monthCore(i + 1, Lead{}); date && date->form == Form::Date) {
                date->form = Form::WeekOf;
                date->first = c;
                return date;
            }
        }
    }
    return std::nullopt;
}

std::optional<Candidate> Parser::quarterTail(int q, int i, const Lead &lead, bool needYear) const
{
    if (q < 1 || q > 4)
        return std::nullopt;
    Candidate r;
    r.form = lead.fiscal ? Form::Fiscal : Form::Quarter;
    r.quarter = q;
    r.last = i;
    auto fiscal = [&](int j) {
        r.form = Form::Fiscal;
        r.last = j;
        if (const int year = yearAt(j)) {
            r.year = year;
            r.last = j + 1;
        }
        return r;
    };
    if (const int year = yearAt(i)) {
        r.year = year;
        r.last = i + 1;
        return r;
    }
    if (isWord(i, u"fiscal"_k))
        return fiscal(i + 1);
    if (isWord(i, u"fy"_k) && glued(i + 1))
        return std::nullopt;
    int j = i;
    if (isWord(j, u"de"_k) || isWord(j, u"du"_k) || isWord(j, u"of"_k))
        ++j;
    else if (isElided(j, u"d"_k))
        j += 2;
    if (j > i) {
        if (const int year = yearAt(j)) {
            r.year = year;
            r.last = j + 1;
            return r;
        }
        Det det = Det::None;
        if (isElided(j, u"l"_k)) {
            det = Det::Def;
            j += 2;
        } else if (isWord(j, u"son"_k) || isWord(j, u"sa"_k) || isWord(j, u"its"_k)
                   || isWord(j, u"the"_k)) {
            det = Det::Def;
            ++j;
        } else if (has(j) && lex(j) && lex(j)->det != Det::None && lex(j)->det != Det::Every
                   && lex(j)->det != Det::Some) {
            det = lex(j)->det;
            ++j;
        }
        if (isWord(j, u"exercice"_k)) {
            ++j;
            if (isWord(j, u"fiscal"_k))
                ++j;
            return fiscal(j);
        }
        if (isWord(j, u"fiscal"_k)) {
            ++j;
            if (isWord(j, u"year"_k))
                ++j;
            return fiscal(j);
        }
        if (isWord(j, u"annee"_k) || isWord(j, u"an"_k) || isWord(j, u"year"_k)) {
            const int k = j + 1;
            if (const int year = yearAt(k)) {
                r.year = year;
                r.last = k + 1;
                return r;
            }
            if (const int dir = dirAt(k); dir && m_d.french) {
                r.yearRelative = true;
                r.yearOffset = dir;
                r.last = k + 1;
                return r;
            }
            if (det == Det::This || det == Det::Last || det == Det::Next
                || (m_d.french && det == Det::Def)) {
                r.yearRelative = true;
                r.yearOffset = det == Det::Last ? -1 : det == Det::Next ? 1 : 0;
                r.last = k;
                return r;
            }
        }
    }
    if (needYear && r.form != Form::Fiscal)
        return std::nullopt;
    // "second-quarter revenue of $46.7 billion for fiscal 2026": a fiscal quarter all the same.
    for (int k = r.last; r.form == Form::Quarter && has(k) && k < r.last + 16; ++k) {
        const Token &t = tok(k);
        if (t.type == TokenType::Punct && (t.key == u'.' || t.key == u'!' || t.key == u'?')
            && (!has(k + 1) || tok(k + 1).space))
            break; // the end of the sentence
        if (isWord(k, u"fiscal"_k) || isWord(k, u"exercice"_k) || isWord(k, u"fy"_k))
            r.form = Form::Fiscal;
    }
    return r;
}

std::optional<Candidate> Parser::eventCore(int c) const
{
    const auto it = m_d.aliases.constFind(tok(c).key);
    if (it == m_d.aliases.constEnd())
        return std::nullopt;
    for (const Alias &alias : it.value()) {
        int i = c;
        bool matched = true;
        for (const AliasToken &a : alias.tokens) {
            if (!has(i) || tok(i).type != a.type || tok(i).key != a.key
                || (!a.exact.isEmpty() && raw(i) != a.exact)) {
                matched = false;
                break;
            }
            ++i;
        }
        if (!matched)
            continue;
        const NamedEvent &event = m_d.events.events().at(alias.event);
        Candidate r;
        r.form = Form::Event;
        r.event = alias.event;
        r.first = c;
        r.last = i;
        // "CES 2025", "the G7 summit in 2025", "le sommet du G7 de 2025".
        int y = i;
        if (isWord(y, u"in"_k) || isWord(y, u"of"_k) || isWord(y, u"en"_k) || isWord(y, u"de"_k))
            ++y;
        if (const int year = yearAt(y)) {
            r.year = year;
            r.last = y + 1;
            return r;
        }
        if (!event.yearless)
            continue; // "GTC" alone: which of them?
        return r;
    }
    return std::nullopt;
}

std::optional<Candidate> Parser::agoFrench(int s) const
{
    // "il y a deux semaines", "il y a 3 ans".
    if (!isWord(s, u"il"_k) || !isWord(s + 1, u"y"_k) || !isWord(s + 2, u"a"_k) || hasAccent(s + 2))
        return std::nullopt;
    const int c = s + 3;
    int count = 0;
    if (isNumber(c, 1, 3))
        count = tok(c).value;
    else if (has(c) && lex(c) && lex(c)->count)
        count = lex(c)->count;
    if (!count || !has(c + 1) || !lex(c + 1))
        return std::nullopt;
    const Unit unit = lex(c + 1)->unit;
    if (unit == Unit::None || unit == Unit::Fiscal || unit == Unit::Quarter)
        return std::nullopt;
    if (count == 1 && lex(c + 1)->plural && unit != Unit::Month)
        return std::nullopt;
    Candidate r;
    r.form = Form::Ago;
    r.unit = unit;
    r.offset = -count;
    r.first = s;
    r.last = c + 2;
    return r;
}

std::optional<Candidate> Parser::agoEnglish(int c) const
{
    // "two weeks ago", "a year ago", "3 days ago".
    int count = 0;
    if (isNumber(c, 1, 3))
        count = tok(c).value;
    else if (has(c) && lex(c) && lex(c)->count)
        count = lex(c)->count;
    if (!count || !has(c + 1) || !lex(c + 1) || !isWord(c + 2, u"ago"_k))
        return std::nullopt;
    const Unit unit = lex(c + 1)->unit;
    if (unit == Unit::None || unit == Unit::Fiscal || unit == Unit::Quarter)
        return std::nullopt;
    Candidate r;
    r.form = Form::Ago;
    r.unit = unit;
    r.offset = -count;
    r.first = c;
    r.last = c + 3;
    return r;
}

// ---------------------------------------------------------------------------------------------
// Tense: does the sentence around an expression look forward? The nearest cue wins, and one
// in the same clause beats one further away: "X a déclaré jeudi qu'il rencontrera Y vendredi".

enum class Tense { Unknown, Past, Future };

struct TenseCues
{
    QRegularExpression future;
    QRegularExpression past;
    QRegularExpression clause;

    void check()
    {
        for (QRegularExpression *regex : {&future, &past, &clause}) {
            Q_ASSERT_X(regex->isValid(), "DateFinder", qPrintable(regex->errorString()));
            regex->optimize();
        }
    }
};

// French words that end like a future tense and are none: "vrai", "front", "caméra".
constexpr QStringView FrenchNotFuture[] = {
    u"vrai",      u"rai",      u"bras",   u"gras",      u"tras",      u"fatras",    u"embarras",
    u"extra",     u"ultra",    u"contra", u"opéra",     u"opera",     u"caméra",    u"camera",
    u"cobra",     u"mantra",   u"sierra", u"tiara",     u"hydra",     u"agora",     u"era",
    u"zebra",     u"flora",    u"front",  u"affront",   u"environs",  u"patrons",   u"marrons",
    u"citrons",   u"larrons",  u"hérons", u"vignerons", u"forgerons", u"bûcherons", u"biberons",
    u"escadrons", u"potirons", u"jurons", u"éperons",   u"macarons",  u"neurons",   u"rez",
    u"quadra",    u"tantra",   u"chakra", u"sutra",     u"ra",        u"mira",      u"aura",
};

const TenseCues &frenchCues()
{
    static const TenseCues cues = [] {
        TenseCues c;
        const auto options = QRegularExpression::UseUnicodePropertiesOption;
        c.future = QRegularExpression(
            uR"re((?<![\p{L}\p{N}])(?:devr(?:ait|aient|a|ont)|doi(?:t|vent)|va|vont|prochaine?s?)re"
            uR"re(|[àa]\s+venir|s['’]appr[êe]t(?:e|ent)|pr[ée]vue?s?|ira|iront)re"
            uR"re(|(?<verb>\p{Ll}+r(?:ai|as|a|ons|ez|ont)))(?![\p{L}\p{N}]))re"_s,
            options);
        c.past = QRegularExpression(
            uR"re((?<![\p{L}\p{N}'’])(?:(?:a|ont|avait|avaient|avons|avez|ai|eut|eurent)re"
            uR"re(|[ée]tait|[ée]taient|fut|furent|s['’](?:est|[ée]tait)|se\s+sont|se\s+[ée]taient))re"
            uR"re((?:\s+(?:d[ée]j[àa]|notamment|[ée]galement|aussi|r[ée]cemment|bien|finalement)re"
            uR"re(|alors|pas|jamais|ensuite|encore|longtemps|de\s+nouveau))*)re"
            uR"re(\s+\p{Ll}+(?:é|ée|és|ées|i|ie|is|ies|it|ite|u|ue|us|ues|ert|erte|int|eint|aint)re"
            uR"re(|ort|uit)(?![\p{L}\p{N}'’])|(?<imperfect>\p{Ll}{2,}(?:ait|aient))(?![\p{L}\p{N}])))re"_s,
            options);
        // Strong boundaries part clauses with verbs of their own; weak ones set a phrase apart
        // ("Vendredi, le président rencontrera…") and a cue may be borrowed across them.
        c.clause = QRegularExpression(
            uR"re((?<strong>[;:«»"“”]|,\s*(?:et|mais|ou|car|donc)(?![\p{L}\p{N}]))re"
            uR"re(|(?<![\p{L}\p{N}])(?:que|lorsque|quand|tandis)(?![\p{L}\p{N}]))re"
            uR"re(|(?<![\p{L}\p{N}])(?:lors|puis)?qu['’])|[,()—–]|\s-\s)re"_s,
            options);
        c.check();
        return c;
    }();
    return cues;
}

const TenseCues &englishCues()
{
    static const TenseCues cues = [] {
        TenseCues c;
        const auto options = QRegularExpression::UseUnicodePropertiesOption
            | QRegularExpression::CaseInsensitiveOption;
        c.future = QRegularExpression(
            uR"re((?<![\p{L}\p{N}])(?:will|shall|won['’]t|(?:is|are|was|were|be)\s+)re"
            uR"re((?:going|due|expected|set|scheduled|slated|poised|planning|about)\s+to)re"
            uR"re(|(?:plans?|planning|intends?|aims?)\s+to|upcoming|next|to\s+be\s+held)re"
            uR"re(|(?:is|are|was|were|be)\s+(?:set|scheduled|slated|planned|due)\s+(?:for|in|on)))re"
            uR"re((?![\p{L}\p{N}])|(?<=\p{L})['’]ll(?![\p{L}\p{N}]))re"_s,
            options);
        c.past = QRegularExpression(
            uR"re((?<![\p{L}\p{N}])(?:was|were|had|did|said|told|met|held|went|came|took|made)re"
            uR"re(|gave|saw|spoke|began|won|lost|sold|bought|wrote|ago)re"
            uR"re(|(?:has|have)\s+(?:\p{L}+\s+)?\p{L}+(?:ed|en|wn|ne|ld|ght)|\p{Ll}{2,}ed))re"
            uR"re((?![\p{L}\p{N}]))re"_s,
            options);
        c.clause = QRegularExpression(
            uR"re((?<strong>[;:"“”]|,\s*(?:and|but|or|so)(?![\p{L}\p{N}]))re"
            uR"re(|(?<![\p{L}\p{N}])(?:that|when|while|whereas|although)(?![\p{L}\p{N}])))re"
            uR"re(|[,()—–]|\s-\s)re"_s,
            options);
        c.check();
        return c;
    }();
    return cues;
}

bool isFalseFuture(QStringView word)
{
    for (const QStringView stop : FrenchNotFuture) {
        if (word == stop || (word.endsWith(u's') && word.chopped(1) == stop))
            return true;
    }
    return false;
}

struct Cue
{
    qsizetype start;
    qsizetype end;
    Tense tense;
};

struct Boundary
{
    qsizetype start;
    qsizetype end;
    bool strong;
};

// The tense cues and clause boundaries of one sentence, read once for all the dates in it.
struct SentenceCues
{
    QList<Cue> cues;
    QList<Boundary> boundaries;
};

SentenceCues readSentence(QStringView text, bool french)
{
    const TenseCues &cues = french ? frenchCues() : englishCues();
    const QString sentence = validUtf16(text);
    SentenceCues result;
    auto collect = [&](const QRegularExpression &regex, Tense tense) {
        QRegularExpressionMatchIterator it = regex.globalMatch(sentence);
        while (it.hasNext()) {
            const QRegularExpressionMatch m = it.next();
            if (tense == Tense::Future && m.hasCaptured(u"verb")
                && isFalseFuture(m.capturedView(u"verb")))
                continue;
            if (tense == Tense::Past && m.hasCaptured(u"imperfect")) {
                const QStringView verb = m.capturedView(u"imperfect");
                if (verb.endsWith(u"rait") || verb.endsWith(u"raient"))
                    continue; // a conditional
            }
            // A past cue inside a future one ("is expected to") does not count.
            if (tense == Tense::Past
                && std::any_of(result.cues.cbegin(), result.cues.cend(), [&](const Cue &other) {
                       return other.start < m.capturedEnd() && m.capturedStart() < other.end;
                   }))
                continue;
            result.cues.append({m.capturedStart(), m.capturedEnd(), tense});
        }
    };
    collect(cues.future, Tense::Future);
    collect(cues.past, Tense::Past);
    if (result.cues.isEmpty())
        return result;
    QRegularExpressionMatchIterator it = cues.clause.globalMatch(sentence);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        result.boundaries.append({m.capturedStart(), m.capturedEnd(), m.hasCaptured(u"strong")});
    }
    return result;
}

// The tense seen from the expression at [start, end) of a sentence of `length` units.
Tense tenseAt(const SentenceCues &sentence, qsizetype length, qsizetype start, qsizetype end)
{
    if (sentence.cues.isEmpty())
        return Tense::Unknown;
    // The phrase (between weak or strong boundaries) and the clause (between strong ones)
    // around the expression. A cue in the phrase wins, then one in the clause; a cue beyond a
    // strong boundary belongs to another verb ("ends April 27, and Nvidia will report…").
    qsizetype phraseStart = 0;
    qsizetype phraseEnd = length;
    qsizetype clauseStart = 0;
    qsizetype clauseEnd = length;
    for (const Boundary &b : sentence.boundaries) {
        if (b.end <= start) {
            phraseStart = qMax(phraseStart, b.end);
            if (b.strong)
                clauseStart = qMax(clauseStart, b.end);
        } else if (b.start >= end) {
            phraseEnd = qMin(phraseEnd, b.start);
            if (b.strong)
                clauseEnd = qMin(clauseEnd, b.start);
        }
    }
    auto distance
        = [&](const Cue &cue) { return cue.end <= start ? start - cue.end : cue.start - end; };
    auto nearestIn = [&](qsizetype from, qsizetype to) -> const Cue * {
        const Cue *best = nullptr;
        for (const Cue &cue : sentence.cues) {
            if (cue.start < from || cue.end > to)
                continue;
            if (cue.end > start && cue.start < end)
                continue; // the expression's own words: "prochain", "next"
            if (!best || distance(cue) < distance(*best)
                || (distance(cue) == distance(*best) && cue.tense == Tense::Future))
                best = &cue;
        }
        return best;
    };
    const Cue *best = nearestIn(phraseStart, phraseEnd);
    if (!best)
        best = nearestIn(clauseStart, clauseEnd);
    return best ? best->tense : Tense::Unknown;
}

// ---------------------------------------------------------------------------------------------
// Resolution against the publication date.

std::optional<PartialDate> dayValue(int year, int month, int day)
{
    const QDate date(year, month, day);
    if (!date.isValid())
        return std::nullopt;
    return PartialDate::day(date);
}

std::optional<PartialDate> weekValue(QDate day)
{
    if (!day.isValid())
        return std::nullopt;
    int weekYear = 0;
    const int week = day.weekNumber(&weekYear);
    return PartialDate::parse(
        u"%1-W%2"_s.arg(weekYear, 4, 10, QLatin1Char('0')).arg(week, 2, 10, QLatin1Char('0')));
}

std::optional<PartialDate> monthValue(int year, int month)
{
    if (year < 1 || year > 9999 || month < 1 || month > 12)
        return std::nullopt;
    return PartialDate::month(year, month);
}

std::optional<PartialDate> seasonValue(int year, int season)
{
    static constexpr QStringView codes[] = {u"SP", u"SU", u"FA", u"WI"};
    if (season < 1 || season > 4)
        return std::nullopt;
    const QString text = u"%1-"_s.arg(year, 4, 10, QLatin1Char('0')) + codes[season - 1];
    return PartialDate::parse(text);
}

std::optional<PartialDate> quarterValue(int year, int quarter)
{
    return PartialDate::parse(u"%1-Q%2"_s.arg(year, 4, 10, QLatin1Char('0')).arg(quarter));
}

std::optional<PartialDate> yearValue(int year)
{
    if (year < 1 || year > 9999)
        return std::nullopt;
    return PartialDate::year(year);
}

enum class Lean {
    Nearest, // no word and no tense says which: the occurrence nearest the publication
    Past, // "depuis", "since": the last that has begun by the publication
    Future, // a future tense, "jusqu'à", "by": the first that has not ended by the publication
    Last, // "dernier", "last": the last one over before the publication
    Next, // "prochain", "next": the first one after it
};

// The occurrence of a yearless expression ("le 15 mai", "au printemps") that the publication
// and the words point to. `occurrence(year)` gives the expression's span in a year.
template<typename Occurrence>
std::optional<PartialDate> pickOccurrence(const PartialDate &published, Lean lean,
                                          Occurrence occurrence)
{
    const QDate from = published.first();
    const QDate to = published.last();
    std::optional<PartialDate> best;
    qint64 bestDistance = std::numeric_limits<qint64>::max();
    for (int year = from.year() - 1; year <= to.year() + 1; ++year) {
        const std::optional<PartialDate> o = occurrence(year);
        if (!o)
            continue;
        switch (lean) {
        case Lean::Last:
            if (o->last() < from)
                best = o; // ascending years: the last assignment is the latest
            break;
        case Lean::Next:
            if (o->first() > to && !best)
                best = o;
            break;
        case Lean::Past:
            if (o->first() <= to)
                best = o;
            break;
        case Lean::Future:
            if (o->last() >= from && !best)
                best = o;
            break;
        case Lean::Nearest: {
            const qint64 distance = o->last() < from ? o->last().daysTo(from)
                : o->first() > to                    ? to.daysTo(o->first())
                                                     : 0;
            if (distance < bestDistance) {
                best = o;
                bestDistance = distance;
            }
            break;
        }
        }
    }
    return best;
}

// A value computed from the publication's first day and from its last: when they differ the
// publication is not precise enough ("vendredi" in an article of "2025-05"), and there is no
// value.
template<typename Compute>
std::optional<PartialDate> fromBothEnds(const PartialDate &published, Compute compute)
{
    const std::optional<PartialDate> a = compute(published.first());
    const std::optional<PartialDate> b = compute(published.last());
    if (!a || !b || *a != *b)
        return std::nullopt;
    return a;
}

QDate weekdayFrom(QDate day, int weekday, int dir, bool forward)
{
    const int today = day.dayOfWeek();
    if (dir < 0) {
        const int back = (today - weekday + 7) % 7;
        return day.addDays(-(back == 0 ? 7 : back));
    }
    if (dir > 0) {
        const int ahead = (weekday - today + 7) % 7;
        return day.addDays(ahead == 0 ? 7 : ahead);
    }
    if (forward)
        return day.addDays((weekday - today + 7) % 7);
    return day.addDays(-((today - weekday + 7) % 7)); // news tells of the past
}

int quarterIndex(QDate day)
{
    return day.year() * 4 + (day.month() - 1) / 3;
}

} // namespace

// ---------------------------------------------------------------------------------------------

namespace {

const Lexicon &baseLexicon(bool french)
{
    static const Lexicon frenchLexicon = buildLexicon(FrenchEntries);
    static const Lexicon englishLexicon = buildLexicon(EnglishEntries);
    return french ? frenchLexicon : englishLexicon;
}

bool isFrench(const QString &language)
{
    return language.size() >= 2 && language.first(2).compare(u"fr", Qt::CaseInsensitive) == 0
        && (language.size() == 2 || language[2] == u'_' || language[2] == u'-');
}

Engine::Engine(const QString &language)
    : french(isFrench(language))
    , language(french ? u"fr"_s : u"en"_s)
    , lexicon(baseLexicon(french))
    , events(NamedEvents::builtIn())
{
    compileEvents();
}

void Engine::compileEvents()
{
    aliases.clear();
    const QList<NamedEvent> &list = events.events();
    std::vector<Token> tokens;
    for (int e = 0; e < list.size(); ++e) {
        for (const QString &name : list.at(e).aliases) {
            tokens.clear();
            tokenize(name, 0, name.size(), nullptr, tokens);
            if (tokens.empty() || tokens.front().type != TokenType::Word)
                continue;
            Alias alias;
            alias.event = e;
            for (const Token &t : tokens) {
                AliasToken a;
                a.type = t.type;
                a.key = t.key;
                const QStringView text = QStringView(name).sliced(t.start, t.end - t.start);
                // Capitals are part of the name: "CES" is not "ces", "DC" not "dc".
                const bool capitals = t.type == TokenType::Word
                    && std::any_of(text.begin(), text.end(), [](QChar c) { return c.isUpper(); })
                    && std::none_of(text.begin(), text.end(), [](QChar c) { return c.isLower(); });
                if (capitals)
                    a.exact = text.toString();
                alias.tokens.push_back(std::move(a));
            }
            const Key first = tokens.front().key;
            const bool capitals = !alias.tokens.front().exact.isEmpty();
            aliases[first].push_back(std::move(alias));
            Lexeme &l = lexicon[first];
            l.eventInCapitals = (l.event ? l.eventInCapitals : !l.anchor) && capitals;
            l.event = true;
            l.anchor = true;
        }
    }
    keywords.build(lexicon);
    for (auto &list : aliases) {
        std::stable_sort(list.begin(), list.end(), [](const Alias &a, const Alias &b) {
            return a.tokens.size() > b.tokens.size();
        });
    }
}

const TextSegmenter &Engine::segmenter() const
{
    if (!sentenceSegmenter)
        sentenceSegmenter = std::make_unique<TextSegmenter>(language);
    return *sentenceSegmenter;
}

} // namespace

struct DateFinder::Private : Engine
{
    using Engine::Engine;
};

DateFinder::DateFinder(const QString &language)
    : d(std::make_unique<Private>(language))
{
}

DateFinder::~DateFinder() = default;

void DateFinder::setPublicationDate(std::optional<PartialDate> published)
{
    d->published = published && published->isValid() ? published : std::nullopt;
}

std::optional<PartialDate> DateFinder::publicationDate() const
{
    return d->published;
}

void DateFinder::addNamedEvent(const QString &name, PartialDate start,
                               std::optional<PartialDate> end)
{
    d->events.add(name, start, end);
    d->compileEvents();
}

namespace {

struct Found
{
    Candidate candidate;
    qsizetype start = 0;
    qsizetype end = 0;
};

// How far the window reaches around a keyword: "à la fin de l'année prochaine" and "GTC à
// Washington, D.C. 2025" fit.
constexpr qsizetype BackwardReach = 64;
constexpr qsizetype ForwardReach = 100;
constexpr int MaxLeadTokens = 10;
// How far around a date its sentence is looked for.
constexpr qsizetype SentenceReach = 1000;

// The tokens of the line being read, kept from one keyword to the next: in a text dense with
// dates the windows overlap.
struct TokenWindow
{
    std::vector<Token> tokens;
    qsizetype from = -1; // text[from, to) is tokenized
    qsizetype to = -1;
    bool atLineBreak = false; // `to` is a line break: the line ends there
};

std::optional<Found> readAround(const Engine &d, QStringView text, qsizetype anchor,
                                qsizetype previousEnd, TokenWindow &window)
{
    qsizetype from = qMax<qsizetype>(qMax<qsizetype>(previousEnd, 0), anchor - BackwardReach);
    for (qsizetype p = anchor; p > from; --p) {
        if (isLineBreak(text[p - 1].unicode())) {
            from = p;
            break;
        }
    }
    // Start on a word boundary.
    while (from < anchor && from > 0 && isWordChar(text[from - 1].unicode())
           && isWordChar(text[from].unicode()))
        ++from;
    qsizetype to = qMin(text.size(), anchor + ForwardReach);
    while (to < text.size() && to < anchor + ForwardReach + 32 && isWordChar(text[to].unicode()))
        ++to;
    const bool sameLine = window.from >= 0 && window.from <= from && from <= window.to
        && !(window.atLineBreak && anchor >= window.to);
    if (sameLine) {
        const auto first = std::find_if(window.tokens.begin(), window.tokens.end(),
                                        [&](const Token &t) { return t.start >= from; });
        window.tokens.erase(window.tokens.begin(), first);
        window.from = from;
        if (!window.atLineBreak && to > window.to) {
            window.to = tokenize(text, window.to, to, &d.keywords, window.tokens);
            window.atLineBreak = window.to < to;
        }
    } else {
        window.tokens.clear();
        window.from = from;
        window.to = tokenize(text, from, to, &d.keywords, window.tokens);
        window.atLineBreak = window.to < to;
    }
    const std::span<const Token> tokens(window.tokens);

    int anchorToken = -1;
    for (int i = 0; i < int(tokens.size()); ++i) {
        if (tokens[size_t(i)].start == anchor) {
            anchorToken = i;
            break;
        }
    }
    if (anchorToken < 0)
        return std::nullopt;
    const Parser parser(d, text, tokens, previousEnd);
    int refused = -1; // a keyword that the words before it made no date
    for (int s = qMax(0, anchorToken - MaxLeadTokens); s <= anchorToken; ++s) {
        std::optional<Candidate> candidate = parser.parseAt(s);
        if (!candidate && parser.blocked() >= 0) {
            if (parser.blocked() == anchorToken)
                return std::nullopt;
            refused = qMax(refused, parser.blocked());
        }
        if (!candidate || candidate->first > anchorToken || candidate->last <= anchorToken
            || (candidate->first <= refused && refused < candidate->last))
            continue;
        Found found;
        found.candidate = *candidate;
        found.start = tokens[size_t(candidate->first)].start;
        found.end = tokens[size_t(candidate->last - 1)].end;
        return found;
    }
    return std::nullopt;
}

// Only spaces and a joining word between two dates: "du 30 janvier au 2 février 2025".
bool joined(QStringView text, qsizetype from, qsizetype to)
{
    static const QRegularExpression joint(
        uR"re(^\s*(?:-|–|—|/|à|au|et|ou|to|and|or|through|until)\s*(?:le\s+|the\s+)?$)re"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (to - from > 16)
        return false;
    return joint.match(validUtf16(text.sliced(from, to - from))).hasMatch();
}

// The keyword scan: every word is folded and looked up in the keyword table, every run of four
// digits is a possible year; only there is a window tokenized and parsed.
std::vector<Found> scan(const Engine &d, QStringView text)
{
    std::vector<Found> found;
    TokenWindow tokens;
    tokens.tokens.reserve(64);
    const qsizetype n = text.size();
    qsizetype previousEnd = -1;
    qsizetype i = 0;
    std::array<char16_t, MaxFoldedWord + 2> buffer;
    while (i < n) {
        const char16_t c = text[i].unicode();
        if (c < 0x80 && !isAsciiLetter(c) && !isAsciiDigit(c)) {
            ++i;
            continue;
        }
        if (isAsciiDigit(c)) {
            qsizetype j = i;
            while (j < n && isAsciiDigit(text[j].unicode()))
                ++j;
            const bool year = j - i == 4 && (i == 0 || !isWordChar(text[i - 1].unicode()));
            if (year) {
                if (std::optional<Found> f = readAround(d, text, i, previousEnd, tokens)) {
                    previousEnd = f->end;
                    i = f->end;
                    found.push_back(*f);
                    continue;
                }
            }
            while (j < n && isWordChar(text[j].unicode()))
                ++j;
            i = j;
            continue;
        }
        if (c >= 0x80 && !isWordChar(c)) {
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        bool ascii = c < 0x80;
        while (j < n) {
            const char16_t w = text[j].unicode();
            if (w < 0x80) {
                if (!AsciiWordChars[w])
                    break;
            } else if (isWordChar(w)) {
                ascii = false;
            } else {
                break;
            }
            ++j;
        }
        if (ascii && !d.keywords.mayBeKeyword(char16_t(c | 0x20), j - i)) {
            i = j;
            continue;
        }
        int length = 0;
        for (qsizetype k = i; k < j && length <= MaxFoldedWord; ++k)
            length += foldUnit(text[k].unicode(), buffer.data() + length);
        if (length > MaxFoldedWord || !d.keywords.mayBeKeyword(buffer[0], length)) {
            i = j;
            continue;
        }
        const Lexeme *lexeme
            = d.keywords.find(keyOf(std::u16string_view(buffer.data(), size_t(length))));
        bool anchor = lexeme && lexeme->anchor;
        if (anchor && lexeme->eventInCapitals) {
            anchor = std::none_of(text.begin() + i, text.begin() + j,
                                  [](QChar ch) { return ch.isLower(); });
        }
        if (anchor) {
            if (std::optional<Found> f = readAround(d, text, i, previousEnd, tokens)) {
                previousEnd = f->end;
                i = qMax(f->end, i + 1);
                found.push_back(*f);
                continue;
            }
        }
        i = j;
    }

    return found;
}

// "du 30 janvier au 2 février 2025", "entre janvier et mars 2025": the year written once
// belongs to both.
void shareYears(QStringView text, std::vector<Found> &found)
{
    for (size_t k = found.size(); k-- > 1;) {
        Candidate &a = found[k - 1].candidate;
        const Candidate &b = found[k].candidate;
        if (a.year || b.year == 0 || !(a.form == Form::Date || a.form == Form::Month)
            || !(b.form == Form::Date || b.form == Form::Month) || a.weekday || a.month > b.month
            || !joined(text, found[k - 1].end, found[k].start))
            continue;
        a.year = b.year;
    }
}

// Resolves what the grammar read against the publication date. The tense of a sentence is read
// only when it decides something, and the sentences around the last date are kept: news
// sentences often hold several dates.
class Resolver
{
public:
    Resolver(const Engine &d, QStringView text)
        : m_d(d)
        , m_text(text)
    {
    }

    DateMatch resolve(const Found &found);

private:
    Tense tenseOf(qsizetype start, qsizetype end);
    void resolveDate(const Candidate &c, DateMatch &m);
    void resolveEvent(const Candidate &c, DateMatch &m);
    // Which occurrence: the words say it ("dernier", "next"), or the preposition ("jusqu'à
    // vendredi", "since May"), or else the tense of the sentence.
    Lean lean(const Candidate &c, int dir);

    const Engine &m_d;
    QStringView m_text;
    const Found *m_found = nullptr; // the date being resolved
    std::optional<Tense> m_tense; // its tense, once read

    struct
    {
        qsizetype from = -1;
        qsizetype to = -1;
        bool fromParagraph = false; // the window starts or ends a paragraph, not a sentence
        bool toParagraph = false;
        QList<TextSpan> spans;
    } m_sentences;
    struct
    {
        qsizetype start = -1;
        qsizetype end = -1;
        SentenceCues cues;
    } m_cues;
};

Tense Resolver::tenseOf(qsizetype start, qsizetype end)
{
    // A sentence that the window cut is not trusted, unless nothing else holds the date.
    auto covering = [&](bool whole) -> const TextSpan * {
        for (const TextSpan &s : m_sentences.spans) {
            if (s.start <= start && end <= s.end
                && (!whole
                    || ((s.start > m_sentences.from || m_sentences.fromParagraph)
                        && (s.end < m_sentences.to || m_sentences.toParagraph))))
                return &s;
        }
        return nullptr;
    };
    const TextSpan *sentence = covering(true);
    if (!sentence) {
        qsizetype from = qMax<qsizetype>(0, start - SentenceReach);
        bool fromParagraph = from == 0;
        for (qsizetype p = start; p > from; --p) {
            if (isLineBreak(m_text[p - 1].unicode())) {
                from = p;
                fromParagraph = true;
                break;
            }
        }
        qsizetype to = qMin(m_text.size(), end + SentenceReach);
        bool toParagraph = to == m_text.size();
        for (qsizetype p = end; p < to; ++p) {
            if (isLineBreak(m_text[p].unicode())) {
                to = p;
                toParagraph = true;
                break;
            }
        }
        m_sentences.from = from;
        m_sentences.to = to;
        m_sentences.fromParagraph = fromParagraph;
        m_sentences.toParagraph = toParagraph;
        m_sentences.spans.clear();
        for (const TextSpan &s : m_d.segmenter().sentences(m_text.sliced(from, to - from)))
            m_sentences.spans.append({s.start + from, s.end + from});
        sentence = covering(true);
        if (!sentence)
            sentence = covering(false);
        if (!sentence)
            return Tense::Unknown;
    }
    if (m_cues.start != sentence->start || m_cues.end != sentence->end) {
        m_cues.start = sentence->start;
        m_cues.end = sentence->end;
        m_cues.cues = readSentence(m_text.sliced(sentence->start, sentence->length()), m_d.french);
    }
    return tenseAt(m_cues.cues, sentence->length(), start - sentence->start, end - sentence->start);
}

Lean Resolver::lean(const Candidate &c, int dir)
{
    if (dir < 0)
        return Lean::Last;
    if (dir > 0)
        return Lean::Next;
    if (!m_tense)
        m_tense = tenseOf(m_found->start, m_found->end);
    if (*m_tense == Tense::Future)
        return Lean::Future;
    if (c.prep == Prep::Since)
        return Lean::Past;
    if (*m_tense == Tense::Unknown && (c.prep == Prep::Until || c.prep == Prep::By))
        return Lean::Future; // "jusqu'au 31 mars", "through Wednesday"
    return Lean::Nearest;
}

void Resolver::resolveDate(const Candidate &c, DateMatch &m)
{
    const std::optional<PartialDate> &published = m_d.published;
    m.kind = DateMatch::Kind::Absolute;
    std::optional<PartialDate> day;
    std::optional<PartialDate> endDay;
    if (c.year) {
        day = dayValue(c.year, c.month, c.day);
    } else {
        m.anchored = true;
        const Lean l = lean(c, c.dir);
        m.future = l == Lean::Future || l == Lean::Next;
        // A weekday picks the year by itself: "vendredi 31 janvier" is 2025.
        if (c.weekday && published) {
            int matchingYear = 0;
            int matching = 0;
            for (int y = published->first().year() - 1; y <= published->last().year() + 1; ++y) {
                const QDate date(y, c.month, c.day);
                if (date.isValid() && date.dayOfWeek() == c.weekday) {
                    matchingYear = y;
                    ++matching;
                }
            }
            if (matching == 1)
                day = dayValue(matchingYear, c.month, c.day);
        }
        if (!day && published) {
            day = pickOccurrence(*published, l, [&](int y) {
                // A range counts from its first day.
                return dayValue(y, c.month, c.day);
            });
        }
    }
    if (day && c.endDay)
        endDay = dayValue(day->first().year(), c.month, c.endDay);
    if (c.form == Form::WeekOf) {
        m.value = day ? weekValue(day->first()) : std::nullopt;
    } else {
        m.value = day;
        m.endValue = endDay;
    }
}

void Resolver::resolveEvent(const Candidate &c, DateMatch &m)
{
    const std::optional<PartialDate> &published = m_d.published;
    const NamedEvent &event = m_d.events.events().at(c.event);
    m.kind = DateMatch::Kind::NamedEvent;
    m.event = event.name;
    const EventEdition *edition = nullptr;
    if (c.year) {
        for (const EventEdition &e : event.editions) {
            if (e.start.first().year() == c.year)
                edition = &e;
        }
        if (!edition)
            m.value = yearValue(c.year); // an edition the table does not know
    } else if (!event.recurring) {
        if (!event.editions.isEmpty())
            edition = &event.editions.first();
    } else if (published) {
        m.anchored = true;
        // The edition of the publication's year, or of the year before when this
        // year's is still to come; never one the table cannot vouch for.
        const bool forward = lean(c, 0) == Lean::Future;
        m.future = forward;
        const EventEdition *pick = nullptr;
        for (const EventEdition &e : event.editions) {
            const QDate last = e.end ? e.end->last() : e.start.last();
            if (forward ? (last >= published->first() && !pick)
                        : e.start.first() <= published->last())
                pick = &e;
        }
        const int year = published->first().year();
        const bool sameYear = published->last().year() == year;
        const bool tableKnowsYear
            = std::any_of(event.editions.cbegin(), event.editions.cend(),
                          [&](const EventEdition &e) { return e.start.first().year() == year; });
        if (pick && sameYear && tableKnowsYear && qAbs(pick->start.first().year() - year) <= 1)
            edition = pick;
    } else {
        m.anchored = true;
    }
    if (edition) {
        m.value = edition->start;
        m.endValue = edition->end;
    }
}

DateMatch Resolver::resolve(const Found &found)
{
    m_found = &found;
    m_tense.reset();
    const Candidate &c = found.candidate;
    const std::optional<PartialDate> &published = m_d.published;
    DateMatch m;
    m.start = found.start;
    m.end = found.end;
    switch (c.form) {
    case Form::Date:
    case Form::WeekOf: resolveDate(c, m); break;
    case Form::Month:
        m.kind = DateMatch::Kind::Absolute;
        if (c.year) {
            m.value = monthValue(c.year, c.month);
        } else {
            m.anchored = true;
            const Lean l = lean(c, c.dir);
            m.future = l == Lean::Future || l == Lean::Next;
            if (published) {
                m.value
                    = pickOccurrence(*published, l, [&](int y) { return monthValue(y, c.month); });
            }
        }
        break;
    case Form::Year:
        m.kind = DateMatch::Kind::Absolute;
        m.value = yearValue(c.year);
        break;
    case Form::Fiscal:
        m.kind = DateMatch::Kind::Absolute; // a fiscal period: no calendar value
        break;
    case Form::Season:
        if (c.year) {
            m.kind = DateMatch::Kind::Absolute;
            if (!c.ambiguous)
                m.value = seasonValue(c.year, c.season);
        } else {
            m.kind = DateMatch::Kind::Relative;
            m.anchored = true;
            const Lean l = c.deictic ? Lean::Nearest : lean(c, c.dir);
            m.future = l == Lean::Future || l == Lean::Next;
            if (published) {
                m.value = pickOccurrence(*published, l,
                                         [&](int y) { return seasonValue(y, c.season); });
            }
        }
        break;
    case Form::Quarter:
        m.kind = DateMatch::Kind::Absolute;
        if (c.year) {
            m.value = quarterValue(c.year, c.quarter);
        } else if (c.yearRelative) {
            m.anchored = true;
            m.future = c.yearOffset > 0;
            if (published) {
                m.value = fromBothEnds(*published, [&](QDate day) {
                    return quarterValue(day.year() + c.yearOffset, c.quarter);
                });
            }
        } else {
            // The nearest: results are reported after their quarter, whatever the tense of
            // the verb ("will report its fourth-quarter results next month").
            m.anchored = true;
            if (published) {
                m.value = pickOccurrence(*published, Lean::Nearest,
                                         [&](int y) { return quarterValue(y, c.quarter); });
            }
        }
        break;
    case Form::Weekday:
        m.kind = DateMatch::Kind::Relative;
        m.anchored = true;
        {
            const Lean l = lean(c, c.dir);
            m.future = l == Lean::Future || l == Lean::Next;
            if (published) {
                m.value = fromBothEnds(*published, [&](QDate day) {
                    const QDate date = weekdayFrom(day, c.weekday, c.dir, l == Lean::Future);
                    return c.weekend ? weekValue(date)
                                     : std::optional<PartialDate>(PartialDate::day(date));
                });
            }
        }
        break;
    case Form::RelDay:
        m.kind = DateMatch::Kind::Relative;
        m.anchored = true;
        m.future = c.offset > 0;
        if (published) {
            m.value = fromBothEnds(*published, [&](QDate day) {
                return std::optional<PartialDate>(PartialDate::day(day.addDays(c.offset)));
            });
        }
        break;
    case Form::RelUnit:
    case Form::Ago:
        m.kind = DateMatch::Kind::Relative;
        m.anchored = true;
        m.future = c.offset > 0;
        if (published) {
            m.value = fromBothEnds(*published, [&](QDate day) -> std::optional<PartialDate> {
                switch (c.unit) {
                case Unit::Day: return PartialDate::day(day.addDays(c.offset));
                case Unit::Week: return weekValue(day.addDays(7 * c.offset));
                case Unit::Month: {
                    const QDate month = day.addMonths(c.offset);
                    return monthValue(month.year(), month.month());
                }
                case Unit::Quarter: {
                    const int index = quarterIndex(day) + c.offset;
                    return quarterValue(index / 4, index % 4 + 1);
                }
                case Unit::Year: return yearValue(day.year() + c.offset);
                default: return std::nullopt;
                }
            });
        }
        break;
    case Form::Event: resolveEvent(c, m); break;
    case Form::Suppress: break;
    }
    return m;
}

} // namespace

QList<DateMatch> DateFinder::find(QStringView text) const
{
    std::vector<Found> found = scan(*d, text);
    shareYears(text, found);
    Resolver resolver(*d, text);
    QList<DateMatch> matches;
    matches.reserve(qsizetype(found.size()));
    for (const Found &f : found) {
        if (f.candidate.form != Form::Suppress)
            matches.append(resolver.resolve(f));
    }
    return matches;
}

std::optional<PartialDate> DateFinder::findPublicationDate(QStringView text,
                                                           const QString &language)
{
    // The first lines only: a dateline is at the top.
    constexpr qsizetype HeadLength = 1200;
    constexpr int HeadLines = 8;
    qsizetype headEnd = 0;
    int lines = 0;
    while (headEnd < text.size() && headEnd < HeadLength) {
        if (isLineBreak(text[headEnd].unicode()) && headEnd > 0
            && !isLineBreak(text[headEnd - 1].unicode()) && ++lines >= HeadLines)
            break;
        ++headEnd;
    }
    const QStringView head = text.first(headEnd);
    const DateFinder finder(language);

    // Before the date on its line: nothing, a place ("PARIS, le", "SAN FRANCISCO (Reuters) —"),
    // or "Publié le", "Published:", "Updated". After it: the end of the line, a dash, a time.
    static const QRegularExpression before(
        uR"re(^[ \t]*(?:(?:publi[ée]e?|mise?\s+[àa]\s+jour|posted|published|updated|date))re"
        uR"re((?:\s+(?:le|on))?\s*:?\s*|\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}\s*)re"
        uR"re((?:\([^)\n]{1,30}\)\s*)?[,–—-]\s*(?:le\s+)?)?\z)re"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression after(
        uR"re(^[ \t]*(?:[\n\r]|$|[-–—|•·]|,?[ \t]*(?:[àa]|at)[ \t]+\d|,?[ \t]*\d{1,2}[:h]\d{2}))re"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    for (const DateMatch &m : finder.find(head)) {
        if (m.kind != DateMatch::Kind::Absolute || !m.value || m.anchored
            || m.value->precision() != Precision::Day)
            continue;
        const qsizetype lineStart = [&] {
            qsizetype p = m.start;
            while (p > 0 && !isLineBreak(head[p - 1].unicode()))
                --p;
            return p;
        }();
        const QString prefix = validUtf16(head.sliced(lineStart, m.start - lineStart));
        if (!before.match(prefix).hasMatch())
            continue;
        if (!after.match(validUtf16(head.sliced(m.end, qMin<qsizetype>(40, head.size() - m.end))))
                 .hasMatch())
            continue;
        return m.value;
    }
    return std::nullopt;
}

} // namespace storyline
