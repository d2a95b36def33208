// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentformat.h"

#include <QDate>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QRegularExpression>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace storyline {

namespace {

bool isAsciiAlpha(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isAsciiAlnum(QChar c)
{
    return isAsciiAlpha(c) || (c >= u'0' && c <= u'9');
}

bool isHtmlSpace(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\f' || c == u'\r';
}

bool isLineBreak(QChar c)
{
    return c == u'\n' || c == u'\r';
}

// "fr-FR", "FR", "fr_CA" → "fr"; empty for anything that is not a language code.
QString primaryLanguage(QStringView tag)
{
    tag = tag.trimmed();
    qsizetype end = 0;
    while (end < tag.size() && tag[end] != u'-' && tag[end] != u'_')
        ++end;
    const QStringView primary = tag.first(end);
    if (primary.size() < 2 || primary.size() > 3
        || !std::all_of(primary.begin(), primary.end(), isAsciiAlpha))
        return {};
    return primary.toString().toLower();
}

// A publication date as meta data writes it: ISO 8601 ("2025-01-31", "2025-01-31T10:00:00+01:00",
// "20250131"), "2025/01/31", "2025-01", "2025", or RFC 2822 ("Fri, 31 Jan 2025 10:00:00 GMT").
// The date is the one written, in the publisher's time zone.
std::optional<PartialDate> parseDateValue(QStringView value)
{
    const QString text = value.trimmed().toString();
    static const QRegularExpression dayForm(uR"(^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:$|[T\s]))"_s);
    static const QRegularExpression basicForm(uR"(^(\d{4})(\d{2})(\d{2})(?:$|T))"_s);
    static const QRegularExpression monthForm(uR"(^(\d{4})-(\d{2})$)"_s);
    static const QRegularExpression yearForm(uR"(^(\d{4})$)"_s);
    const auto toDay = [](const QRegularExpressionMatch &m) -> std::optional<PartialDate> {
        const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        if (!date.isValid() || date.year() < 1)
            return std::nullopt;
        return PartialDate::day(date);
    };
    if (const auto m = dayForm.match(text); m.hasMatch())
        return toDay(m);
    if (const auto m = basicForm.match(text); m.hasMatch())
        return toDay(m);
    if (const auto m = monthForm.match(text); m.hasMatch()) {
        const int month = m.captured(2).toInt();
        const int year = m.captured(1).toInt();
        if (month < 1 || month > 12 || year < 1)
            return std::nullopt;
        return PartialDate::month(year, month);
    }
    if (const auto m = yearForm.match(text); m.hasMatch()) {
        const int year = m.captured(1).toInt();
        return year < 1 ? std::nullopt : std::optional(PartialDate::year(year));
    }
    // RFC 2822, as in RSS: "Fri, 31 Jan 2025 10:00:00 GMT".
    static const QRegularExpression mailForm(
        uR"(^(?:[A-Za-z]{3},\s*)?(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\b)"_s);
    if (const auto m = mailForm.match(text); m.hasMatch()) {
        static const QStringList months
            = {u"jan"_s, u"feb"_s, u"mar"_s, u"apr"_s, u"may"_s, u"jun"_s,
               u"jul"_s, u"aug"_s, u"sep"_s, u"oct"_s, u"nov"_s, u"dec"_s};
        const qsizetype month = months.indexOf(m.captured(2).toLower());
        const QDate date(m.captured(3).toInt(), int(month) + 1, m.captured(1).toInt());
        if (month >= 0 && date.isValid() && date.year() >= 1)
            return PartialDate::day(date);
    }
    return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// HTML character references

// The named references news pages use: XML's five, Latin-1, and general punctuation. Others are
// left as written.
const QHash<QString, char16_t> &namedReferences()
{
    static const QHash<QString, char16_t> table = [] {
        struct Entry
        {
            const char *name;
            char16_t value;
        };
        static constexpr Entry entries[] = {
            {"quot", 0x22},      {"amp", 0x26},      {"apos", 0x27},        {"lt", 0x3C},
            {"gt", 0x3E},        {"nbsp", 0xA0},     {"iexcl", 0xA1},       {"cent", 0xA2},
            {"pound", 0xA3},     {"curren", 0xA4},   {"yen", 0xA5},         {"brvbar", 0xA6},
            {"sect", 0xA7},      {"uml", 0xA8},      {"copy", 0xA9},        {"ordf", 0xAA},
            {"laquo", 0xAB},     {"not", 0xAC},      {"shy", 0xAD},         {"reg", 0xAE},
            {"macr", 0xAF},      {"deg", 0xB0},      {"plusmn", 0xB1},      {"sup2", 0xB2},
            {"sup3", 0xB3},      {"acute", 0xB4},    {"micro", 0xB5},       {"para", 0xB6},
            {"middot", 0xB7},    {"cedil", 0xB8},    {"sup1", 0xB9},        {"ordm", 0xBA},
            {"raquo", 0xBB},     {"frac14", 0xBC},   {"frac12", 0xBD},      {"frac34", 0xBE},
            {"iquest", 0xBF},    {"Agrave", 0xC0},   {"Aacute", 0xC1},      {"Acirc", 0xC2},
            {"Atilde", 0xC3},    {"Auml", 0xC4},     {"Aring", 0xC5},       {"AElig", 0xC6},
            {"Ccedil", 0xC7},    {"Egrave", 0xC8},   {"Eacute", 0xC9},      {"Ecirc", 0xCA},
            {"Euml", 0xCB},      {"Igrave", 0xCC},   {"Iacute", 0xCD},      {"Icirc", 0xCE},
            {"Iuml", 0xCF},      {"ETH", 0xD0},      {"Ntilde", 0xD1},      {"Ograve", 0xD2},
            {"Oacute", 0xD3},    {"Ocirc", 0xD4},    {"Otilde", 0xD5},      {"Ouml", 0xD6},
            {"times", 0xD7},     {"Oslash", 0xD8},   {"Ugrave", 0xD9},      {"Uacute", 0xDA},
            {"Ucirc", 0xDB},     {"Uuml", 0xDC},     {"Yacute", 0xDD},      {"THORN", 0xDE},
            {"szlig", 0xDF},     {"agrave", 0xE0},   {"aacute", 0xE1},      {"acirc", 0xE2},
            {"atilde", 0xE3},    {"auml", 0xE4},     {"aring", 0xE5},       {"aelig", 0xE6},
            {"ccedil", 0xE7},    {"egrave", 0xE8},   {"eacute", 0xE9},      {"ecirc", 0xEA},
            {"euml", 0xEB},      {"igrave", 0xEC},   {"iacute", 0xED},      {"icirc", 0xEE},
            {"iuml", 0xEF},      {"eth", 0xF0},      {"ntilde", 0xF1},      {"ograve", 0xF2},
            {"oacute", 0xF3},    {"ocirc", 0xF4},    {"otilde", 0xF5},      {"ouml", 0xF6},
            {"divide", 0xF7},    {"oslash", 0xF8},   {"ugrave", 0xF9},      {"uacute", 0xFA},
            {"ucirc", 0xFB},     {"uuml", 0xFC},     {"yacute", 0xFD},      {"thorn", 0xFE},
            {"yuml", 0xFF},      {"OElig", 0x152},   {"oelig", 0x153},      {"Scaron", 0x160},
            {"scaron", 0x161},   {"Yuml", 0x178},    {"fnof", 0x192},       {"circ", 0x2C6},
            {"tilde", 0x2DC},    {"ensp", 0x2002},   {"emsp", 0x2003},      {"thinsp", 0x2009},
            {"zwnj", 0x200C},    {"zwj", 0x200D},    {"lrm", 0x200E},       {"rlm", 0x200F},
            {"hyphen", 0x2010},  {"ndash", 0x2013},  {"mdash", 0x2014},     {"lsquo", 0x2018},
            {"rsquo", 0x2019},   {"sbquo", 0x201A},  {"ldquo", 0x201C},     {"rdquo", 0x201D},
            {"bdquo", 0x201E},   {"dagger", 0x2020}, {"Dagger", 0x2021},    {"bull", 0x2022},
            {"hellip", 0x2026},  {"permil", 0x2030}, {"prime", 0x2032},     {"Prime", 0x2033},
            {"lsaquo", 0x2039},  {"rsaquo", 0x203A}, {"oline", 0x203E},     {"frasl", 0x2044},
            {"NoBreak", 0x2060}, {"euro", 0x20AC},   {"trade", 0x2122},     {"larr", 0x2190},
            {"uarr", 0x2191},    {"rarr", 0x2192},   {"darr", 0x2193},      {"harr", 0x2194},
            {"minus", 0x2212},   {"le", 0x2264},     {"ge", 0x2265},        {"ne", 0x2260},
            {"asymp", 0x2248},   {"infin", 0x221E},  {"deg", 0xB0},         {"numsp", 0x2007},
            {"puncsp", 0x2008},  {"hairsp", 0x200A}, {"ThinSpace", 0x2009}, {"nnbsp", 0x202F},
        };
        QHash<QString, char16_t> hash;
        for (const Entry &entry : entries)
            hash.insert(QString::fromLatin1(entry.name), entry.value);
        return hash;
    }();
    return table;
}

// Numeric references to 0x80-0x9F mean windows-1252's characters (HTML's rule).
constexpr std::array<char16_t, 32> Windows1252High = {
    0x20AC, 0x81,   0x201A, 0x192,  0x201E, 0x2026, 0x2020, 0x2021, 0x2C6,  0x2030, 0x160,
    0x2039, 0x152,  0x8D,   0x17D,  0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x2DC,  0x2122, 0x161,  0x203A, 0x153,  0x9D,   0x17E,  0x178,
};

// The character reference at text[at] (an '&'): appends what it stands for to `out` and returns
// the index after it, or returns `at` when there is none (the '&' is then literal).
qsizetype readReference(QStringView text, qsizetype at, QString &out)
{
    qsizetype i = at + 1;
    if (i < text.size() && text[i] == u'#') {
        ++i;
        const bool hex = i < text.size() && (text[i] == u'x' || text[i] == u'X');
        if (hex)
            ++i;
        const qsizetype digitsStart = i;
        char32_t value = 0;
        while (i < text.size()) {
            const char16_t c = text[i].unicode();
            int digit = -1;
            if (c >= u'0' && c <= u'9')
                digit = c - u'0';
            else if (hex && c >= u'a' && c <= u'f')
                digit = c - u'a' + 10;
            else if (hex && c >= u'A' && c <= u'F')
                digit = c - u'A' + 10;
            if (digit < 0)
                break;
            value = std::min<char32_t>(value * (hex ? 16 : 10) + char32_t(digit), 0x110000);
            ++i;
        }
        if (i == digitsStart)
            return at;
        if (i < text.size() && text[i] == u';')
            ++i;
        if (value >= 0x80 && value <= 0x9F)
            value = Windows1252High[value - 0x80];
        const bool control
            = (value < 0x20 && value != u'\t' && value != u'\n' && value != u'\r' && value != u'\f')
            || value == 0x7F;
        if (value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF) || control)
            value = 0xFFFD;
        const char32_t codePoint[] = {value};
        out += QString::fromUcs4(codePoint, 1);
        return i;
    }
    while (i < text.size() && i - at <= 32 && isAsciiAlnum(text[i]))
        ++i;
    if (i == at + 1)
        return at;
    const QStringView name = text.sliced(at + 1, i - at - 1);
    const bool semicolon = i < text.size() && text[i] == u';';
    const auto found = namedReferences().constFind(name.toString());
    if (found == namedReferences().constEnd())
        return at;
    if (!semicolon) {
        // Without its ';', only the oldest references are recognised, and not before '='
        // ("?a=1&copy=2" in a URL is not "©").
        static const QStringList legacy
            = {u"amp"_s, u"lt"_s, u"gt"_s, u"quot"_s, u"nbsp"_s, u"copy"_s, u"reg"_s};
        if (!legacy.contains(name) || (i < text.size() && text[i] == u'='))
            return at;
    }
    out += QChar(found.value());
    return semicolon ? i + 1 : i;
}

QString decodeReferences(QStringView text)
{
    if (!text.contains(u'&'))
        return text.toString();
    QString out;
    out.reserve(text.size());
    qsizetype i = 0;
    while (i < text.size()) {
        if (text[i] == u'&') {
            const qsizetype next = readReference(text, i, out);
            if (next != i) {
                i = next;
                continue;
            }
        }
        out += text[i++];
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// HTML: visible text

// Builds the visible text: runs of white space become one space, blocks become line breaks
// (at most one empty line), nothing leads or trails.
class TextBuilder final
{
public:
    // 1: a line break before the next text; 2: an empty line.
    void requestBreak(int level) { m_pendingBreak = std::max(m_pendingBreak, level); }
    void requestTab() { m_pendingTab = true; }

    void lineBreak()
    {
        m_pendingSpace = false;
        m_pendingTab = false;
        if (m_text.isEmpty() || trailingNewlines() >= 2)
            return;
        m_text += u'\n';
    }

    void append(QStringView text, bool preformatted)
    {
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text[i];
            if (preformatted) {
                if (c == u'\r') {
                    if (i + 1 < text.size() && text[i + 1] == u'\n')
                        continue;
                    appendChar(u'\n');
                } else {
                    appendChar(c);
                }
            } else if (isHtmlSpace(c)) {
                m_pendingSpace = true;
            } else {
                appendChar(c);
            }
        }
    }

    QString finish()
    {
        qsizetype end = m_text.size();
        while (end > 0 && m_text[end - 1].isSpace())
            --end;
        m_text.truncate(end);
        return m_text;
    }

private:
    qsizetype trailingNewlines() const
    {
        qsizetype count = 0;
        while (count < m_text.size() && m_text[m_text.size() - 1 - count] == u'\n')
            ++count;
        return count;
    }

    void appendChar(QChar c)
    {
        if (m_text.isEmpty()) {
            // Nothing leads the text; a leading line break in <pre> is dropped too.
            m_pendingBreak = 0;
            m_pendingSpace = false;
            m_pendingTab = false;
            if (c == u'\n')
                return;
        } else if (m_pendingBreak > 0) {
            // Spaces never end a line.
            while (!m_text.isEmpty() && (m_text.back() == u' ' || m_text.back() == u'\t'))
                m_text.chop(1);
            for (qsizetype n = trailingNewlines(); n < m_pendingBreak; ++n)
                m_text += u'\n';
            m_pendingBreak = 0;
            m_pendingSpace = false;
            m_pendingTab = false;
        } else if (m_pendingTab || m_pendingSpace) {
            if (!m_text.endsWith(u'\n') && !m_text.endsWith(u' ') && !m_text.endsWith(u'\t'))
                m_text += m_pendingTab ? u'\t' : u' ';
            m_pendingSpace = false;
            m_pendingTab = false;
        }
        if (c == u'\n' && trailingNewlines() >= 2)
            return; // at most one empty line, in <pre> too
        m_text += c;
    }

    QString m_text;
    int m_pendingBreak = 0;
    bool m_pendingSpace = false;
    bool m_pendingTab = false;
};

struct Attribute
{
    QString name; // lower case
    QString value; // references decoded
};

struct Tag
{
    QString name; // lower case
    QList<Attribute> attributes;
    bool end = false;
    bool selfClosing = false;

    QString attribute(QStringView attributeName) const
    {
        for (const Attribute &a : attributes) {
            if (a.name == attributeName)
                return a.value;
        }
        return {};
    }
    bool has(QStringView attributeName) const
    {
        return std::any_of(attributes.begin(), attributes.end(),
                           [&](const Attribute &a) { return a.name == attributeName; });
    }
};

bool isVoidElement(QStringView name)
{
    static const QStringList names
        = {u"area"_s,  u"base"_s,  u"br"_s,     u"col"_s,  u"embed"_s, u"hr"_s,
           u"img"_s,   u"input"_s, u"link"_s,   u"meta"_s, u"param"_s, u"source"_s,
           u"track"_s, u"wbr"_s,   u"keygen"_s, u"frame"_s};
    return names.contains(name);
}

// Elements whose content is never shown: never loaded, never run, or not text.
bool isHiddenElement(QStringView name)
{
    static const QStringList names
        = {u"template"_s, u"svg"_s,    u"math"_s,     u"object"_s, u"canvas"_s, u"audio"_s,
           u"video"_s,    u"select"_s, u"datalist"_s, u"button"_s, u"dialog"_s, u"frameset"_s};
    return names.contains(name);
}

// Elements whose content is raw text up to their end tag (no markup inside).
bool isRawTextElement(QStringView name)
{
    static const QStringList names
        = {u"script"_s,  u"style"_s,    u"title"_s,    u"textarea"_s, u"iframe"_s,
           u"noembed"_s, u"noframes"_s, u"noscript"_s, u"xmp"_s};
    return names.contains(name);
}

// 2: a paragraph (an empty line around it), 1: a line of its own, 0: inline.
int blockLevel(QStringView name)
{
    static const QStringList paragraphs
        = {u"p"_s,          u"h1"_s,       u"h2"_s,      u"h3"_s,     u"h4"_s,      u"h5"_s,
           u"h6"_s,         u"ul"_s,       u"ol"_s,      u"dl"_s,     u"pre"_s,     u"listing"_s,
           u"blockquote"_s, u"table"_s,    u"figure"_s,  u"hr"_s,     u"section"_s, u"article"_s,
           u"header"_s,     u"footer"_s,   u"main"_s,    u"aside"_s,  u"nav"_s,     u"address"_s,
           u"form"_s,       u"fieldset"_s, u"details"_s, u"hgroup"_s, u"menu"_s};
    static const QStringList lines
        = {u"div"_s,        u"li"_s,      u"dt"_s,     u"dd"_s,     u"tr"_s,     u"caption"_s,
           u"figcaption"_s, u"summary"_s, u"legend"_s, u"center"_s, u"body"_s,   u"html"_s,
           u"head"_s,       u"tbody"_s,   u"thead"_s,  u"tfoot"_s,  u"option"_s, u"search"_s};
    if (paragraphs.contains(name))
        return 2;
    if (lines.contains(name))
        return 1;
    return 0;
}

// Where the publication date came from: lower is more trustworthy.
enum DateRank {
    RankPublishedTime, // <meta property="article:published_time">
    RankJsonLd, // "datePublished" in JSON-LD
    RankItemprop, // itemprop="datePublished"
    RankDublinCore, // dc.date, dcterms.issued…
    RankOtherMeta, // date, pubdate, publish-date…
    RankTimeElement, // <time pubdate datetime="…">
    RankNone,
};

class HtmlReader final
{
public:
    explicit HtmlReader(QStringView source)
        : m_src(source)
        , m_lastGt(source.lastIndexOf(u'>'))
    {
    }

    PlainDocument read();

private:
    qsizetype markup(qsizetype lt);
    qsizetype readTag(qsizetype lt, Tag &tag, bool respectQuotes) const;
    qsizetype rawTextEnd(QStringView name, qsizetype from) const;
    void startTag(const Tag &tag, qsizetype contentStart, qsizetype &next);
    void endTag(const Tag &tag);
    void text(QStringView text);
    void readMeta(const Tag &tag);
    void readJsonLd(QStringView json);
    void searchJsonLd(const QJsonValue &value, int depth);
    void setDate(QStringView value, DateRank rank);

    QStringView m_src;
    const qsizetype m_lastGt;
    bool m_quotesUnreliable = false; // a quoted value ran to the end: later tags end at '>'
    TextBuilder m_builder;

    // While an element's content is hidden: its name and how deeply it is nested in itself.
    QString m_hiddenName;
    int m_hiddenDepth = 0;
    int m_preDepth = 0;
    int m_h1State = 0; // 0: no <h1> yet, 1: inside the first, 2: done

    QString m_title;
    QString m_ogTitle;
    QString m_jsonLdTitle;
    QString m_h1;
    QString m_language;
    QString m_fallbackLanguage; // og:locale, content-language, JSON-LD inLanguage
    bool m_htmlSeen = false;
    QString m_url;
    QString m_ogUrl;
    QString m_siteName;
    std::optional<PartialDate> m_published;
    DateRank m_publishedRank = RankNone;
};

PlainDocument HtmlReader::read()
{
    qsizetype pos = 0;
    while (pos < m_src.size()) {
        const qsizetype lt = m_src.indexOf(u'<', pos);
        const qsizetype textEnd = lt < 0 ? m_src.size() : lt;
        if (textEnd > pos)
            text(m_src.sliced(pos, textEnd - pos));
        if (lt < 0)
            break;
        pos = markup(lt);
    }
    PlainDocument doc;
    doc.text = m_builder.finish();
    doc.matchText = doc.text;
    for (const QString *title : {&m_ogTitle, &m_jsonLdTitle, &m_title, &m_h1}) {
        const QString simplified = title->simplified();
        if (!simplified.isEmpty()) {
            doc.title = simplified;
            break;
        }
    }
    doc.published = m_published;
    doc.language = m_language.isEmpty() ? m_fallbackLanguage : m_language;
    doc.url = m_url.isEmpty() ? m_ogUrl : m_url;
    doc.siteName = m_siteName.simplified();
    return doc;
}

void HtmlReader::text(QStringView raw)
{
    if (m_hiddenDepth > 0)
        return;
    const QString decoded = decodeReferences(raw);
    m_builder.append(decoded, m_preDepth > 0);
    if (m_h1State == 1)
        m_h1 += decoded;
}

// Reads the markup at m_src[lt] (a '<') and returns where the text resumes.
qsizetype HtmlReader::markup(qsizetype lt)
{
    const QStringView rest = m_src.sliced(lt);
    const auto skipTo = [&](QStringView terminator, qsizetype from) {
        const qsizetype at = m_src.indexOf(terminator, from);
        return at < 0 ? m_src.size() : at + terminator.size();
    };
    if (rest.startsWith(u"<!--")) {
        if (rest.startsWith(u"<!-->"))
            return lt + 5;
        if (rest.startsWith(u"<!--->"))
            return lt + 6;
        return skipTo(u"-->", lt + 4); // an unclosed comment runs to the end, as in browsers
    }
    if (rest.startsWith(u"<!") || rest.startsWith(u"<?"))
        return skipTo(u">", lt + 2); // doctype, CDATA, processing instruction
    const bool end = rest.startsWith(u"</");
    const qsizetype nameStart = end ? 2 : 1;
    if (rest.size() <= nameStart || !isAsciiAlpha(rest[nameStart])) {
        if (end && rest.size() > 2 && rest[2] == u'>')
            return lt + 3; // "</>" is dropped
        if (end)
            return skipTo(u">", lt + 2); // "</3>": a bogus comment
        text(u"<"); // "a < b", "<3"
        return lt + 1;
    }
    // A tag that never closes leaves its '<' as text: no '>' follows it at all.
    if (lt > m_lastGt) {
        text(u"<");
        return lt + 1;
    }
    Tag tag;
    qsizetype next = m_quotesUnreliable ? -1 : readTag(lt, tag, true);
    if (next < 0) {
        // A quote that never closed: from here on a tag ends at its first '>', which keeps the
        // reader linear however the quotes fall.
        m_quotesUnreliable = true;
        tag = Tag();
        next = readTag(lt, tag, false);
    }
    if (tag.end)
        endTag(tag);
    else
        startTag(tag, next, next);
    return next;
}

// Parses the tag at m_src[lt]; returns the index after its '>', or -1 when it does not close.
qsizetype HtmlReader::readTag(qsizetype lt, Tag &tag, bool respectQuotes) const
{
    const qsizetype size = m_src.size();
    qsizetype i = lt + 1;
    if (m_src[i] == u'/') {
        tag.end = true;
        ++i;
    }
    const qsizetype nameStart = i;
    while (i < size && !isHtmlSpace(m_src[i]) && m_src[i] != u'/' && m_src[i] != u'>')
        ++i;
    tag.name = m_src.sliced(nameStart, i - nameStart).toString().toLower();
    for (;;) {
        while (i < size && (isHtmlSpace(m_src[i]) || m_src[i] == u'/')) {
            if (m_src[i] == u'/' && i + 1 < size && m_src[i + 1] == u'>')
                tag.selfClosing = true;
            ++i;
        }
        if (i >= size)
            return -1;
        if (m_src[i] == u'>')
            return i + 1;
        // An attribute name, then an optional value.
        const qsizetype attrStart = i;
        ++i; // a name may start with '=' or a quote
        while (i < size && !isHtmlSpace(m_src[i]) && m_src[i] != u'/' && m_src[i] != u'>'
               && m_src[i] != u'=')
            ++i;
        Attribute attribute{m_src.sliced(attrStart, i - attrStart).toString().toLower(), {}};
        qsizetype j = i;
        while (j < size && isHtmlSpace(m_src[j]))
            ++j;
        if (j < size && m_src[j] == u'=') {
            ++j;
            while (j < size && isHtmlSpace(m_src[j]))
                ++j;
            if (j < size && respectQuotes && (m_src[j] == u'"' || m_src[j] == u'\'')) {
                const qsizetype close = m_src.indexOf(m_src[j], j + 1);
                if (close < 0)
                    return -1;
                attribute.value = decodeReferences(m_src.sliced(j + 1, close - j - 1));
                i = close + 1;
            } else {
                const qsizetype valueStart = j;
                while (j < size && !isHtmlSpace(m_src[j]) && m_src[j] != u'>')
                    ++j;
                QStringView value = m_src.sliced(valueStart, j - valueStart);
                if (!respectQuotes && value.size() >= 1
                    && (value.front() == u'"' || value.front() == u'\''))
                    value = value.sliced(1);
                if (!respectQuotes && !value.isEmpty()
                    && (value.back() == u'"' || value.back() == u'\''))
                    value.chop(1);
                attribute.value = decodeReferences(value);
                i = j;
            }
        }
        // Attributes past a few hundred are not read (their text still is skipped).
        if (tag.attributes.size() < 256)
            tag.attributes.append(std::move(attribute));
    }
}

// Where the raw text of `name` that starts at `from` ends: at "</name" followed by a space, '/'
// or '>', or at the end of the source.
qsizetype HtmlReader::rawTextEnd(QStringView name, qsizetype from) const
{
    const QString closing = u"</"_s + name;
    qsizetype at = from;
    for (;;) {
        at = m_src.indexOf(closing, at, Qt::CaseInsensitive);
        if (at < 0)
            return m_src.size();
        const qsizetype after = at + closing.size();
        if (after >= m_src.size() || isHtmlSpace(m_src[after]) || m_src[after] == u'/'
            || m_src[after] == u'>')
            return at;
        at = after;
    }
}

void HtmlReader::startTag(const Tag &tag, qsizetype contentStart, qsizetype &next)
{
    const QString &name = tag.name;
    readMeta(tag);

    if (isRawTextElement(name)) {
        const qsizetype contentEnd = rawTextEnd(name, contentStart);
        const QStringView content = m_src.sliced(contentStart, contentEnd - contentStart);
        const qsizetype close = contentEnd < m_src.size() ? m_src.indexOf(u'>', contentEnd) : -1;
        next = close < 0 ? m_src.size() : close + 1;
        if (name == u"script" && tag.attribute(u"type").contains(u"ld+json", Qt::CaseInsensitive))
            readJsonLd(content);
        if (m_hiddenDepth > 0)
            return;
        if (name == u"title" && m_title.isEmpty())
            m_title = decodeReferences(content);
        if (name == u"xmp") {
            m_builder.requestBreak(2);
            m_builder.append(content, true);
            m_builder.requestBreak(2);
        }
        return;
    }
    if (name == u"plaintext") { // the rest of the file is text, as written
        if (m_hiddenDepth == 0) {
            m_builder.requestBreak(2);
            m_builder.append(m_src.sliced(contentStart), true);
        }
        next = m_src.size();
        return;
    }
    const bool isVoid = isVoidElement(name) || (tag.selfClosing && isHiddenElement(name));
    if (m_hiddenDepth > 0) {
        if (name == m_hiddenName && !isVoid)
            ++m_hiddenDepth;
        return;
    }
    if (!isVoid
        && (isHiddenElement(name) || tag.has(u"hidden")
            || tag.attribute(u"style").remove(u' ').contains(u"display:none",
                                                             Qt::CaseInsensitive))) {
        m_hiddenName = name;
        m_hiddenDepth = 1;
        return;
    }
    if (name == u"html" && !m_htmlSeen) {
        m_htmlSeen = true;
        m_language = primaryLanguage(tag.has(u"lang") ? tag.attribute(u"lang")
                                                      : tag.attribute(u"xml:lang"));
    }
    if (name == u"br") {
        m_builder.lineBreak();
        return;
    }
    if (name == u"td" || name == u"th") {
        m_builder.requestTab();
        return;
    }
    if (name == u"pre" || name == u"listing")
        ++m_preDepth;
    if (name == u"h1" && m_h1State == 0)
        m_h1State = 1;
    if (const int level = blockLevel(name))
        m_builder.requestBreak(level);
}

void HtmlReader::endTag(const Tag &tag)
{
    const QString &name = tag.name;
    if (m_hiddenDepth > 0) {
        if (name == m_hiddenName && --m_hiddenDepth == 0)
            m_hiddenName.clear();
        return;
    }
    if ((name == u"pre" || name == u"listing") && m_preDepth > 0)
        --m_preDepth;
    if (name == u"h1" && m_h1State == 1)
        m_h1State = 2;
    if (name == u"br") // "</br>" is a line break in every browser
        m_builder.lineBreak();
    else if (const int level = blockLevel(name))
        m_builder.requestBreak(level);
}

void HtmlReader::setDate(QStringView value, DateRank rank)
{
    if (rank >= m_publishedRank)
        return;
    if (const auto date = parseDateValue(value)) {
        m_published = date;
        m_publishedRank = rank;
    }
}

void HtmlReader::readMeta(const Tag &tag)
{
    const QString &name = tag.name;
    if (tag.attribute(u"itemprop").compare(u"datePublished", Qt::CaseInsensitive) == 0) {
        const QString value
            = tag.has(u"content") ? tag.attribute(u"content") : tag.attribute(u"datetime");
        setDate(value, RankItemprop);
    }
    if (name == u"time" && tag.has(u"pubdate"))
        setDate(tag.attribute(u"datetime"), RankTimeElement);
    if (name == u"link") {
        const QStringList rel = tag.attribute(u"rel").toLower().split(u' ', Qt::SkipEmptyParts);
        if (rel.contains(u"canonical"_s) && m_url.isEmpty())
            m_url = tag.attribute(u"href").trimmed();
        return;
    }
    if (name != u"meta")
        return;
    const QString key = (tag.has(u"property")   ? tag.attribute(u"property")
                             : tag.has(u"name") ? tag.attribute(u"name")
                                                : tag.attribute(u"http-equiv"))
                            .trimmed()
                            .toLower();
    const QString content = tag.attribute(u"content");
    if (key == u"og:title" && m_ogTitle.isEmpty()) {
        m_ogTitle = content;
    } else if (key == u"og:url" && m_ogUrl.isEmpty()) {
        m_ogUrl = content.trimmed();
    } else if (key == u"og:site_name" && m_siteName.isEmpty()) {
        m_siteName = content;
    } else if (key == u"article:published_time") {
        setDate(content, RankPublishedTime);
    } else if (key == u"dc.date" || key == u"dc.date.issued" || key == u"dcterms.issued"
               || key == u"dcterms.date" || key == u"dcterms.created"
               || key == u"dc.date.created") {
        setDate(content, RankDublinCore);
    } else if (key == u"date" || key == u"pubdate" || key == u"publishdate"
               || key == u"publish-date" || key == u"publish_date" || key == u"parsely-pub-date"
               || key == u"sailthru.date" || key == u"article.published"
               || key == u"og:published_time" || key == u"datepublished") {
        setDate(content, RankOtherMeta);
    } else if ((key == u"og:locale" || key == u"content-language" || key == u"language")
               && m_fallbackLanguage.isEmpty()) {
        m_fallbackLanguage = primaryLanguage(content);
    }
}

void HtmlReader::readJsonLd(QStringView json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json.trimmed().toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return;
    searchJsonLd(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), 0);
}

// Schema.org's article properties, wherever they are in the graph (the first of each wins).
void HtmlReader::searchJsonLd(const QJsonValue &value, int depth)
{
    if (depth > 8)
        return;
    if (value.isArray()) {
        for (const QJsonValue &item : value.toArray())
            searchJsonLd(item, depth + 1);
        return;
    }
    if (!value.isObject())
        return;
    const QJsonObject object = value.toObject();
    if (const QJsonValue date = object.value(u"datePublished"); date.isString())
        setDate(date.toString(), RankJsonLd);
    if (const QJsonValue headline = object.value(u"headline");
        headline.isString() && m_jsonLdTitle.isEmpty())
        m_jsonLdTitle = headline.toString();
    if (const QJsonValue language = object.value(u"inLanguage");
        language.isString() && m_fallbackLanguage.isEmpty())
        m_fallbackLanguage = primaryLanguage(language.toString());
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.value().isObject() || it.value().isArray())
            searchJsonLd(it.value(), depth + 1);
    }
}

// ---------------------------------------------------------------------------------------------
// Markdown: the source, with a matching copy whose markup is blanked

// The longest inline HTML tag or autolink Markdown text is read for.
constexpr qsizetype MaxInlineMarkup = 4096;

// The starts of the backtick runs of one length in a line, and the first not yet passed.
struct BacktickRuns
{
    QList<qsizetype> starts;
    qsizetype next = 0;
};

class MarkdownReader final
{
public:
    explicit MarkdownReader(const QString &source)
        : m_src(source)
        , m_match(source)
    {
    }

    PlainDocument read();

private:
    struct Delimiter
    {
        qsizetype start;
        qsizetype length;
        QChar c;
        bool canOpen;
        bool canClose;
    };

    void blank(qsizetype from, qsizetype to);
    qsizetype frontMatter();
    void line(qsizetype start, qsizetype end);
    void inlines(qsizetype from, qsizetype to);
    void closeParagraph();
    void setTitle(qsizetype from, qsizetype to);
    qsizetype matchingBracket(qsizetype open, qsizetype to, QChar openChar, QChar closeChar) const;
    void indexBacktickRuns(qsizetype from, qsizetype to,
                           QHash<qsizetype, BacktickRuns> &runs) const;
    bool isBlankLine(qsizetype start, qsizetype end) const;

    const QString &m_src;
    QString m_match;
    QList<Delimiter> m_delimiters; // emphasis runs of the current paragraph

    // A fenced code block: its fence character and length (0 outside one).
    QChar m_fenceChar;
    qsizetype m_fenceLength = 0;
    bool m_inComment = false;
    bool m_inTable = false;
    qsizetype m_paragraphStart = -1; // where the current paragraph's text starts
    qsizetype m_previousStart = -1; // the previous line (a table's header row)
    qsizetype m_previousEnd = -1;
    bool m_previousIsParagraph = false;

    QString m_title;
    std::optional<PartialDate> m_published;
    QString m_language;
    QString m_url;
};

void MarkdownReader::blank(qsizetype from, qsizetype to)
{
    for (qsizetype i = from; i < to; ++i) {
        if (!isLineBreak(m_match[i]))
            m_match[i] = u' ';
    }
}

bool MarkdownReader::isBlankLine(qsizetype start, qsizetype end) const
{
    for (qsizetype i = start; i < end; ++i) {
        if (!m_src[i].isSpace())
            return false;
    }
    return true;
}

void MarkdownReader::setTitle(qsizetype from, qsizetype to)
{
    if (!m_title.isEmpty())
        return;
    m_title = QStringView(m_match).sliced(from, to - from).toString().simplified();
}

// YAML front matter ("---" … "---" at the very top): read for the title, date, language and
// URL, then blanked. Returns where the Markdown starts.
qsizetype MarkdownReader::frontMatter()
{
    static const QRegularExpression open(uR"(\A---[ \t]*\r?\n)"_s);
    static const QRegularExpression close(uR"(^(?:---|\.\.\.)[ \t]*$)"_s,
                                          QRegularExpression::MultilineOption);
    const QRegularExpressionMatch start = open.match(m_src);
    if (!start.hasMatch())
        return 0;
    const QRegularExpressionMatch end = close.match(m_src, start.capturedEnd());
    if (!end.hasMatch())
        return 0;
    static const QRegularExpression entry(
        uR"(^([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:[ \t]*(.*?)[ \t]*\r?$)"_s,
        QRegularExpression::MultilineOption);
    const QString block
        = m_src.sliced(start.capturedEnd(), end.capturedStart() - start.capturedEnd());
    for (auto it = entry.globalMatch(block); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        const QString key = m.captured(1).toLower();
        QString value = m.captured(2);
        if (value.size() >= 2
            && ((value.startsWith(u'"') && value.endsWith(u'"'))
                || (value.startsWith(u'\'') && value.endsWith(u'\''))))
            value = value.sliced(1, value.size() - 2);
        if (key == u"title" && m_title.isEmpty())
            m_title = value.simplified();
        else if ((key == u"date" || key == u"published" || key == u"pubdate"
                  || key == u"publishdate" || key == u"published_at")
                 && !m_published)
            m_published = parseDateValue(value);
        else if ((key == u"lang" || key == u"language" || key == u"locale") && m_language.isEmpty())
            m_language = primaryLanguage(value);
        else if ((key == u"url" || key == u"canonical_url" || key == u"canonical")
                 && m_url.isEmpty())
            m_url = value;
    }
    qsizetype after = end.capturedEnd();
    blank(0, after);
    return after;
}

PlainDocument MarkdownReader::read()
{
    qsizetype pos = frontMatter();
    while (pos <= m_src.size()) {
        qsizetype end = m_src.indexOf(u'\n', pos);
        if (end < 0)
            end = m_src.size();
        qsizetype lineEnd = end;
        if (lineEnd > pos && m_src[lineEnd - 1] == u'\r')
            --lineEnd;
        line(pos, lineEnd);
        pos = end + 1;
    }
    closeParagraph();
    PlainDocument doc;
    doc.text = m_src;
    doc.matchText = m_match;
    doc.title = m_title;
    doc.published = m_published;
    doc.language = m_language;
    doc.url = m_url;
    return doc;
}

// Resolves the paragraph's emphasis: a closing run pairs with the nearest opening run of the
// same character before it, and runs between them are left as text (as CommonMark pairs them).
// One stack per character keeps this linear.
void MarkdownReader::closeParagraph()
{
    std::array<QList<qsizetype>, 3> openers; // indexes into m_delimiters, for '*', '_', '~'
    const auto stackOf = [](QChar c) { return c == u'*' ? 0 : c == u'_' ? 1 : 2; };
    for (qsizetype i = 0; i < m_delimiters.size(); ++i) {
        const Delimiter &d = m_delimiters[i];
        QList<qsizetype> &own = openers[stackOf(d.c)];
        if (d.canClose && !own.isEmpty()) {
            const qsizetype opener = own.takeLast();
            const Delimiter &o = m_delimiters[opener];
            blank(o.start, o.start + o.length);
            blank(d.start, d.start + d.length);
            for (QList<qsizetype> &other : openers) {
                while (!other.isEmpty() && other.back() > opener)
                    other.removeLast();
            }
            continue;
        }
        if (d.canOpen)
            own.append(i);
    }
    m_delimiters.clear();
    m_paragraphStart = -1;
}

void MarkdownReader::line(qsizetype start, qsizetype end)
{
    const QStringView text = QStringView(m_src).sliced(start, end - start);
    const bool previousIsParagraph = m_previousIsParagraph;
    const qsizetype previousStart = m_previousStart;
    const qsizetype previousEnd = m_previousEnd;
    m_previousStart = start;
    m_previousEnd = end;
    m_previousIsParagraph = false;

    // Inside a fenced code block: code is not prose, so all of it is blanked.
    if (m_fenceLength > 0) {
        static const QRegularExpression fenceEnd(uR"(^ {0,3}(`{3,}|~{3,})[ \t]*$)"_s);
        const QRegularExpressionMatch m = fenceEnd.match(text);
        if (m.hasMatch() && m.captured(1).front() == m_fenceChar
            && m.capturedLength(1) >= m_fenceLength)
            m_fenceLength = 0;
        blank(start, end);
        return;
    }
    qsizetype from = start;
    if (m_inComment) {
        const qsizetype close = QStringView(m_src).sliced(start, end - start).indexOf(u"-->");
        if (close < 0) {
            blank(start, end);
            return;
        }
        blank(start, start + close + 3);
        m_inComment = false;
        from = start + close + 3;
    }
    if (isBlankLine(from, end)) {
        closeParagraph();
        m_inTable = false;
        return;
    }
    if (from == start) {
        static const QRegularExpression fenceStart(uR"(^ {0,3}(`{3,}|~{3,}))"_s);
        if (const QRegularExpressionMatch m = fenceStart.match(text); m.hasMatch()) {
            closeParagraph();
            m_fenceChar = m.captured(1).front();
            m_fenceLength = m.capturedLength(1);
            blank(start, end);
            return;
        }
        static const QRegularExpression linkDefinition(uR"(^ {0,3}\[[^\]]+\]:[ \t]*\S+)"_s);
        static const QRegularExpression setext(uR"(^ {0,3}(=+|-+)[ \t]*$)"_s);
        static const QRegularExpression thematicBreak(
            uR"(^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$)"_s);
        static const QRegularExpression tableDelimiter(uR"(^[ \t]*\|?[ \t]*:?-[-:| \t]*$)"_s);
        if (linkDefinition.match(text).hasMatch()) {
            blank(start, end);
            return;
        }
        if (previousIsParagraph && setext.match(text).hasMatch()) {
            // The paragraph above is a heading.
            const qsizetype headingStart = m_paragraphStart;
            closeParagraph();
            if (headingStart >= 0)
                setTitle(headingStart, previousEnd);
            blank(start, end);
            return;
        }
        if (thematicBreak.match(text).hasMatch()) {
            closeParagraph();
            blank(start, end);
            return;
        }
        if (previousIsParagraph && previousStart >= 0 && text.contains(u'|')
            && tableDelimiter.match(text).hasMatch()
            && QStringView(m_src)
                   .sliced(previousStart, previousEnd - previousStart)
                   .contains(u'|')) {
            // The line above is the header row.
            for (qsizetype i = previousStart; i < previousEnd; ++i) {
                if (m_src[i] == u'|' && (i == 0 || m_src[i - 1] != u'\\'))
                    m_match[i] = u' ';
            }
            closeParagraph();
            blank(start, end);
            m_inTable = true;
            return;
        }
    }
    if (m_inTable && !text.contains(u'|'))
        m_inTable = false;

    // Block prefixes: block quote marks, bullets and task boxes are blanked; the number of an
    // ordered list item is text (it may be a year: "2025. A turning point").
    static const QRegularExpression prefix(
        uR"(^((?:[ \t]{0,3}>[ \t]?)*)[ \t]*)" // block quote marks
        uR"((?:([-+*](?:[ \t]+|$)(?:\[[ xX]\][ \t]+)?)|(\d{1,9}[.)](?:[ \t]+|$)))?)"_s);
    if (from == start) {
        const QRegularExpressionMatch m = prefix.match(text);
        if (m.hasMatch()) {
            blank(start, start + (m.hasCaptured(3) ? m.capturedStart(3) : m.capturedEnd()));
            from = start + m.capturedEnd();
            if (m.hasCaptured(2) || m.hasCaptured(3))
                closeParagraph();
        }
    }
    static const QRegularExpression atx(uR"(^#{1,6}(?:[ \t]+|$))"_s);
    if (const QRegularExpressionMatch m = atx.match(text.sliced(from - start)); m.hasMatch()) {
        closeParagraph();
        const qsizetype contentStart = from + m.capturedEnd();
        blank(from, contentStart);
        qsizetype contentEnd = end;
        // A closing sequence: spaces, then only '#'.
        qsizetype i = end;
        while (i > contentStart && (m_src[i - 1] == u' ' || m_src[i - 1] == u'\t'))
            --i;
        qsizetype hashes = i;
        while (hashes > contentStart && m_src[hashes - 1] == u'#')
            --hashes;
        if (hashes < i
            && (hashes == contentStart || m_src[hashes - 1] == u' '
                || m_src[hashes - 1] == u'\t')) {
            blank(hashes, i);
            contentEnd = hashes;
        }
        inlines(contentStart, contentEnd);
        closeParagraph();
        setTitle(contentStart, contentEnd);
        return;
    }
    if (m_inTable) {
        for (qsizetype i = from; i < end; ++i) {
            if (m_src[i] == u'|' && (i == 0 || m_src[i - 1] != u'\\'))
                m_match[i] = u' ';
        }
    }
    if (m_paragraphStart < 0)
        m_paragraphStart = from;
    inlines(from, end);
    m_previousIsParagraph = !m_inTable;
}

// The index of the bracket closing the one at `open`, before `to`, or -1. Nesting deeper than
// CommonMark's limit (32) is not a link, which bounds the work on a line full of brackets.
qsizetype MarkdownReader::matchingBracket(qsizetype open, qsizetype to, QChar openChar,
                                          QChar closeChar) const
{
    int depth = 0;
    for (qsizetype i = open; i < to; ++i) {
        const QChar c = m_src[i];
        if (c == u'\\') {
            ++i;
        } else if (c == openChar) {
            if (++depth > 32)
                return -1;
        } else if (c == closeChar && --depth == 0) {
            return i;
        }
    }
    return -1;
}

void MarkdownReader::indexBacktickRuns(qsizetype from, qsizetype to,
                                       QHash<qsizetype, BacktickRuns> &runs) const
{
    qsizetype i = from;
    while (i < to) {
        if (m_src[i] != u'`') {
            ++i;
            continue;
        }
        const qsizetype start = i;
        while (i < to && m_src[i] == u'`')
            ++i;
        runs[i - start].starts.append(start);
    }
}

void MarkdownReader::inlines(qsizetype from, qsizetype to)
{
    static const QRegularExpression autolink(
        uR"(^<(?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)" // a URI
        uR"(|[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9.-]+)>)"_s); // an e-mail address
    static const QRegularExpression htmlTag(
        uR"(^</?[A-Za-z][A-Za-z0-9-]*)" // the name, then attributes
        uR"((?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*/?>)"_s);
    const QStringView line = QStringView(m_src).first(to);
    // Code spans: the backtick runs of the line by length, indexed at the first backtick.
    QHash<qsizetype, BacktickRuns> runsByLength;
    bool runsIndexed = false;
    qsizetype i = from;
    while (i < to) {
        const QChar c = m_src[i];
        if (c == u'\\' && i + 1 < to && m_src[i + 1].unicode() < 0x80
            && m_src[i + 1].isPunct() + m_src[i + 1].isSymbol() > 0) {
            blank(i, i + 1); // the escaped character is text
            i += 2;
            continue;
        }
        if (c == u'`') {
            if (!runsIndexed) {
                indexBacktickRuns(i, to, runsByLength);
                runsIndexed = true;
            }
            qsizetype run = i;
            while (run < to && m_src[run] == u'`')
                ++run;
            const qsizetype length = run - i;
            // The closing run is the next run of exactly the same length.
            qsizetype close = -1;
            if (auto it = runsByLength.find(length); it != runsByLength.end()) {
                BacktickRuns &runs = it.value();
                while (runs.next < runs.starts.size() && runs.starts[runs.next] <= i)
                    ++runs.next;
                if (runs.next < runs.starts.size())
                    close = runs.starts[runs.next];
            }
            if (close < 0) {
                i = run;
                continue;
            }
            blank(i, run);
            blank(close, close + length);
            i = close + length;
            continue;
        }
        if (c == u'<') {
            if (QStringView(m_src).sliced(i).startsWith(u"<!--")) {
                const qsizetype close = line.sliced(i + 4).indexOf(u"-->");
                if (close >= 0) {
                    blank(i, i + 4 + close + 3);
                    i = i + 4 + close + 3;
                } else {
                    blank(i, to);
                    m_inComment = true;
                    i = to;
                }
                continue;
            }
            // PCRE checks the whole subject on every match: a window keeps a line full of '<'
            // linear. Longer tags and links are left as text.
            const QStringView window = line.sliced(i, qMin<qsizetype>(to - i, MaxInlineMarkup));
            if (const QRegularExpressionMatch m = autolink.match(window); m.hasMatch()) {
                blank(i, i + 1);
                blank(i + m.capturedEnd() - 1, i + m.capturedEnd());
                i += m.capturedEnd();
                continue;
            }
            if (const QRegularExpressionMatch m = htmlTag.match(window); m.hasMatch()) {
                blank(i, i + m.capturedEnd());
                i += m.capturedEnd();
                continue;
            }
        }
        if (c == u'!' && i + 1 < to && m_src[i + 1] == u'[') {
            // An image: not text, all of it goes.
            const qsizetype close = matchingBracket(i + 1, to, u'[', u']');
            if (close > 0 && close + 1 < to
                && (m_src[close + 1] == u'(' || m_src[close + 1] == u'[')) {
                const QChar open = m_src[close + 1];
                const qsizetype end
                    = matchingBracket(close + 1, to, open, open == u'(' ? u')' : u']');
                if (end > 0) {
                    blank(i, end + 1);
                    i = end + 1;
                    continue;
                }
            }
        }
        if (c == u'[') {
            // A link keeps its text: "[text](url)" and "[text][ref]" lose the rest.
            const qsizetype close = matchingBracket(i, to, u'[', u']');
            if (close > 0 && close + 1 < to
                && (m_src[close + 1] == u'(' || m_src[close + 1] == u'[')) {
                const QChar open = m_src[close + 1];
                const qsizetype end
                    = matchingBracket(close + 1, to, open, open == u'(' ? u')' : u']');
                if (end > 0) {
                    blank(i, i + 1);
                    blank(close, end + 1);
                    inlines(i + 1, close);
                    i = end + 1;
                    continue;
                }
            }
        }
        if (c == u'*' || c == u'_' || c == u'~') {
            qsizetype run = i;
            while (run < to && m_src[run] == c)
                ++run;
            const qsizetype length = run - i;
            // CommonMark's flanking rules: a run opens before text and closes after it; '_'
            // inside a word ("snake_case") is neither.
            const QChar before = i > 0 ? m_src[i - 1] : QChar(u' ');
            const QChar after = run < m_src.size() ? m_src[run] : QChar(u' ');
            const auto isPunct = [](QChar ch) { return ch.isPunct() || ch.isSymbol(); };
            const bool left
                = !after.isSpace() && (!isPunct(after) || before.isSpace() || isPunct(before));
            const bool right
                = !before.isSpace() && (!isPunct(before) || after.isSpace() || isPunct(after));
            bool canOpen = left;
            bool canClose = right;
            if (c == u'_') {
                canOpen = left && (!right || isPunct(before));
                canClose = right && (!left || isPunct(after));
            }
            if (c != u'~' || length == 2)
                m_delimiters.append({i, length, c, canOpen, canClose});
            i = run;
            continue;
        }
        ++i;
    }
}

} // namespace

DocumentFormat formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"md" || suffix == u"markdown")
        return DocumentFormat::Markdown;
    if (suffix == u"html" || suffix == u"htm" || suffix == u"xhtml")
        return DocumentFormat::Html;
    return DocumentFormat::PlainText;
}

QString formatName(DocumentFormat format)
{
    switch (format) {
    case DocumentFormat::PlainText: return u"text"_s;
    case DocumentFormat::Markdown: return u"markdown"_s;
    case DocumentFormat::Html: return u"html"_s;
    }
    return {};
}

PlainDocument toPlainDocument(const QString &source, DocumentFormat format)
{
    switch (format) {
    case DocumentFormat::Markdown: return MarkdownReader(source).read();
    case DocumentFormat::Html: return HtmlReader(source).read();
    case DocumentFormat::PlainText: break;
    }
    PlainDocument doc;
    doc.text = source;
    doc.matchText = source;
    return doc;
}

QString declaredHtmlCharset(QByteArrayView bytes)
{
    const QString head = QString::fromLatin1(bytes.first(qMin<qsizetype>(bytes.size(), 1024)));
    static const QRegularExpression meta(
        uR"(<meta\s[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.+-]+))"_s,
        QRegularExpression::CaseInsensitiveOption);
    return meta.match(head).captured(1);
}

} // namespace storyline
