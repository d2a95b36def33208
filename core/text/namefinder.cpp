// SPDX-FileCopyrightText: 2026 The Storyline authors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "namefinder.h"

#include "textfolder.h"

#include <QHash>

#include <algorithm>
#include <array>
#include <unordered_map>
#include <vector>

using namespace Qt::StringLiterals;

namespace storyline {

namespace NameTables {
// The built-in tables, at the end of this file: one entry a line, variants separated by '|'; a
// variant written "=US" matches only as written.
extern const char16_t places[];
extern const char16_t organizations[];
extern const char16_t products[];
extern const char16_t events[];
} // namespace NameTables

namespace {

// What a word does around names. A word can do several things: "He" is an English stop word and
// a Chinese surname ("Vice Premier He Lifeng").
enum WordFlag : quint32 {
    Stop = 1u << 0, // never a name on its own; dropped from the start of a name
    Role = 1u << 1, // a title or role: the name beside it is a person
    Abbrev = 1u << 2, // takes a full stop that ends no sentence ("M.", "Sen.", "Inc.")
    OrgHead = 1u << 3, // heads an organization's name ("Banque de France", "Bureau of …")
    OrgSuffix = 1u << 4, // ends one ("Alibaba Group", "Commerce Department")
    OrgHeadLower = 1u << 5, // French, in lower case: "ministère du Commerce"
    FirstName = 1u << 6,
    Particle = 1u << 7, // von, van, bin: joins two capitalised words
    ParticleDe = 1u << 8, // de, du, des, d', la, l': after a first name or an org head
    ParticleOf = 1u << 9, // of, and, for, &: after an org head
    Demonym = 1u << 10, // "Chinese", "américain", "républicain": never a name
    Department = 1u << 11, // "Commerce", "Treasury": completes a title, never a name alone
    ChipContext = 1u << 12, // "puces", "GPU", "Nvidia": a code nearby is a product
    ProductFamily = 1u << 13, // takes a code or a number: "Ascend 910B", "RTX 4090"
    ProductModifier = 1u << 14, // "Ultra", "Pro" after a family
    ChineseSurname = 1u << 15, // first in a Chinese name: "Guo Jiakun" is a person
    ArticleWord = 1u << 16, // le, la, the, a: may stand between a comma and a role
    ModelContext = 1u << 17, // "modèle", "model": a short code after it is a product
    TitleFiller = 1u << 18, // "futur", "former", "adjoint": may stand in a title
    OrgContinuation = 1u << 19, // "étrangères" in "ministère des Affaires étrangères"
    EventSuffix = 1u << 20, // ends an event's name: "Investment Forum", "Supply Chain Expo"
    PlaceSuffix = 1u << 21, // ends a place's name: "Federal Hall", "Menlo Park"
    NotEntitySuffix = 1u << 22, // ends a law's name, which is none of our types: "GAIN AI Act"
    TitleFunction = 1u << 23, // capitalised inside a line, a sign of a title-case headline
    NameVerb = 1u << 24, // "said", "a annoncé": what follows a name, not an adjective's noun
};

struct FlagList
{
    quint32 flags;
    const char16_t *words; // separated by spaces
};

// Word lists, folded when loaded (so accents and case do not matter here).
const FlagList flagLists[] = {
    {Stop,
     u"le la les l un une des du de d ce cet cette ces son sa ses leur leurs notre nos votre vos "
     u"mon ma mes il elle ils elles on nous vous je tu j y en au aux a à c ça cela ceci celui "
     u"celle ceux celles qui que quoi dont où ou et mais donc or ni car si quand lorsque alors "
     u"ainsi aussi puis pourtant cependant toutefois néanmoins enfin depuis pendant avant après "
     u"dans pour par sur sous avec sans chez entre vers contre malgré parmi lors dès comme "
     u"comment pourquoi combien quel quelle quels quelles tout tous toute toutes chaque plusieurs "
     u"certains certaines aucun aucune autre autres même plus moins très trop bien déjà encore "
     u"toujours jamais ici là oui non voici voilà selon face outre grâce afin concernant "
     u"lire source sources photo crédit image vidéo article publicité mise jour publié "
     u"the a an this that these those it its he she they we i you his her their our my your "
     u"him them us me however but and or so yet if when while after before as at in on of for "
     u"to from by with without about under over since until during despite although though "
     u"because meanwhile also still even then there here what which who whom whose where why "
     u"how all some many most more other such each every both either neither no not yes last "
     u"next first new read related advertisement according earlier later now today yesterday "
     u"tomorrow moreover furthermore instead indeed thus therefore overall separately asked "
     u"speaking unlike like once just only well much very mr mrs ms dr "
     u"lundi mardi mercredi jeudi vendredi samedi dimanche janvier février mars avril mai juin "
     u"juillet août septembre octobre novembre décembre monday tuesday wednesday thursday "
     u"friday saturday sunday january february march april may june july august september "
     u"october november december jan feb mar apr jun jul aug sep sept oct nov dec "
     u"printemps été automne hiver spring summer autumn fall winter noël christmas "
     u"ia ai gpu gpus cpu cpus tpu npu hbm dram nand llm llms api asic fpga pib gdp ipo etf usd "
     u"eur rmb pdf tv pc it ok r&d m&a q1 q2 q3 q4 t1 t2 t3 t4 covid internet "
     u"état etat gouvernement government "
     u"nord sud est ouest north south east west "
     u"deux trois quatre cinq six sept huit neuf dix one two three four five six seven eight "
     u"nine ten"},
    {Role,
     u"président présidente vice-président vice-présidente ministre secrétaire sous-secrétaire "
     u"sénateur sénatrice député députée représentant représentante gouverneur gouverneure "
     u"maire pdg p.-d.g. ceo cfo cto coo directeur directrice patron patronne fondateur "
     u"fondatrice cofondateur cofondatrice co-fondateur co-fondatrice porte-parole ambassadeur "
     u"ambassadrice conseiller conseillère chancelier chancelière commissaire juge général "
     u"analyste chercheur chercheuse économiste professeur docteur m mme mlle mm dr pr me chef "
     u"cheffe dirigeant dirigeante président-directeur responsable négociateur négociatrice "
     u"émissaire envoyé envoyée homologue roi reine prince princesse pape candidat candidate "
     u"milliardaire entrepreneur investisseur avocat avocate "
     u"president vice secretary senator sen rep representative congressman congresswoman "
     u"governor gov mayor minister premier chancellor commissioner ambassador chairman "
     u"chairwoman chair chief executive director founder co-founder cofounder spokesperson "
     u"spokesman spokeswoman mr mrs ms prof judge gen adviser advisor analyst economist "
     u"professor lawmaker leader speaker envoy king queen pope czar tsar billionaire investor "
     u"head boss officer ceos"},
    {Abbrev,
     u"m mm mme mmes mlle me dr pr prof st ste mr mrs ms messrs sen rep gov gen lt col capt adm "
     u"hon rev jr sr inc corp co ltd no vs etc cf av env p art vol fig"},
    {OrgHead,
     u"banque bank ministère ministry département department bureau université university "
     u"agence agency commission conseil council office institut institute autorité authority "
     u"administration fédération federation association fondation foundation fonds fund cour "
     u"court tribunal parlement parliament assemblée chambre chamber comité committee "
     u"organisation organization union syndicat groupe group bourse centre center laboratoire "
     u"laboratory école school collège college académie academy service direction house "
     u"senate sénat"},
    {OrgSuffix,
     u"inc corp corporation co company compagnie ltd limited llc plc group groupe sa s.a. sas "
     u"ag gmbh nv n.v. bv se kk holdings holding technologies technology systems semiconductor "
     u"semiconductors electronics capital partners securities ventures labs lab research "
     u"motors industries bank banque university université department département commission "
     u"agency agence bureau council conseil institute institut exchange foundation fondation "
     u"fund committee comité administration authority autorité ministry post times journal "
     u"news network media airlines pharmaceuticals telecom communications software solutions "
     u"cloud robotics dynamics instruments devices foundry manufacturing microelectronics "
     u"computing computer micro intelligence ai association federation fédération club"},
    {OrgHeadLower, u"ministère ministere département departement secrétariat"},
    {FirstName,
     u"jensen donald joe howard lisa gina marco scott jamieson kevin karoline david elon sam "
     u"mark satya sundar tim jeff andy pat lip morris masayoshi ursula emmanuel thierry bruno "
     u"olaf rishi keir justin narendra kamala mike mitch chuck nancy ron josh tom ted jim bill "
     u"elizabeth john marsha rick jake antony janet jerome christopher michael robert richard "
     u"charles steven stephen paul peter brian daniel matthew andrew anthony jason eric ryan "
     u"gary larry dylan ben chris dan alex alexander alexandre jean pierre jacques michel "
     u"françois nicolas philippe alain patrick christophe laurent stéphane sébastien frédéric "
     u"olivier julien antoine marie anne sophie catherine isabelle nathalie valérie christine "
     u"sylvie martine claire julie céline sarah laura emma léa camille manon chloé louis hugo "
     u"lucas arthur gabriel raphaël jules thomas maxime mathieu guillaume vincent benoît "
     u"xavier yann yves gérald bernard henri georges george ségolène édouard élisabeth "
     u"margrethe kaja roberta giorgia pedro javier luis carlos juan josé maria ana luiz "
     u"vladimir sergei sergey dmitri dmitry volodymyr recep benjamin mohammed mohammad "
     u"muhammad mohamed ahmed ali omar khalid abdullah hassan salman tamim anwar lawrence "
     u"prabowo joko ferdinand fumio shigeru shinzo yoon narendra mukesh gautam ratan jack "
     u"pony robin sanjay raj priya arvind jay jayshree hock brad greg jared ivanka melania "
     u"barack hillary bernie alexandria nikki vivek jd susie steve pete doug kristi tulsi "
     u"marjorie lindsey mitt adam eli kent jamie jane jennifer jessica karen susan margaret "
     u"mary patricia linda barbara betsy amy cathie meg sheryl safra dario demis mustafa "
     u"colette eddie ren william james harris kristalina christine ngozi antonio wopke "
     u"valdis maroš maros teresa ted todd tony mario matteo angela friedrich annalena "
     u"boris liz theresa sadiq keith gordon nick nicholas simon martin jonathan ian "
     u"bob joseph kenneth kathy katherine rebecca rachel helen diane denis didier gilles "
     u"hervé jérôme franck fabien cédric arnaud aurélien damien florian romain clément "
     u"pascal éric dominique gérard marc luc rené roger serge thibault agnès brigitte "
     u"rachida ségolène edouard elisabeth lucie pauline mathilde alice juliette inès "
     u"lina adrien baptiste théo victor axel noah liam ethan oliver harry charlie grace "
     u"lily sofia olivia ava mia zoe hannah natalie victoria samantha rose ruth jordan "
     u"travis tyler kyle sean shawn derek craig carl frank fred henry howard gregory "
     u"raymond roy walter wayne willie albert arnold max"},
    {Particle, u"von van der den ter bin ibn al da di dos del della ben"},
    {ParticleDe, u"de du des d la l"},
    {ParticleOf, u"of and for & on"},
    {Demonym,
     u"chinese american americans french european europeans japanese korean koreans taiwanese "
     u"indian indians russian russians british german germans dutch canadian canadians "
     u"mexican mexicans israeli israelis saudi saudis emirati emiratis republican "
     u"republicans democrat democrats democratic western asian asians african africans arab "
     u"arabs english spanish italian swiss australian vietnamese malaysian singaporean thai "
     u"indonesian filipino iranian turkish ukrainian polish swedish belgian "
     u"chinois chinoise chinoises américain américaine américains américaines français "
     u"française françaises européen européenne européens européennes japonais japonaise "
     u"coréen coréenne coréens sud-coréen sud-coréenne sud-coréens taïwanais taïwanaise "
     u"indien indienne indiens russe russes britannique britanniques allemand allemande "
     u"allemands néerlandais canadien canadienne mexicain israélien saoudien saoudienne "
     u"émirati émiratie républicain républicaine républicains démocrate démocrates occidental "
     u"occidentaux occidentale asiatique asiatiques africain africains arabe arabes "
     u"espagnol italien suisse australien vietnamien malaisien singapourien thaïlandais "
     u"indonésien iranien turc ukrainien polonais suédois belge "
     u"us-chinese sino-américain sino-américaine sino-américaines"},
    {Department,
     u"commerce trésor treasury défense defense état state justice intérieur interior "
     u"industrie industry finances finance économie economy énergie energy affaires "
     u"sécurité security agriculture santé health travail labor transports transportation "
     u"éducation education culture numérique technologie technology recherche science "
     u"sciences innovation budget homeland trade armées environnement environment foreign "
     u"relations press presse"},
    {ChipContext,
     u"puce puces chip chips microchip microchips gpu gpus processeur processeurs processor "
     u"processors accélérateur accélérateurs accelerator accelerators semi-conducteur "
     u"semi-conducteurs semiconducteur semiconducteurs semiconductor semiconductors "
     u"graphique graphiques graphics carte cartes card cards circuit circuits silicium "
     u"superchip superchips serveur serveurs server servers nvidia amd intel huawei "
     u"qualcomm cambricon tsmc smic samsung broadcom modèle modèles model models "
     u"h20 h100 h200 h800 a100 a800 b200 b100 gb200 mi308 mi300x mi325x"},
    {ProductFamily,
     u"blackwell hopper rubin ampere ascend kunlun instinct geforce rtx quadro dgx hgx jetson "
     u"cuda xeon gaudi epyc ryzen snapdragon exynos gpt gemini llama grok qwen kimi ernie "
     u"mistral deepseek iphone ipad galaxy tesla"},
    {ProductModifier, u"ultra pro max mini plus super ti nano lite turbo"},
    {ChineseSurname,
     u"xi li wang zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao "
     u"liang zheng xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang "
     u"yu ye cheng wei su lu ding ren shen yao lei mao qin fu fang bai kong wen lai tsai "
     u"chang chiang hsu wong cheung leung ho lam tan lim ng"},
    {ArticleWord, u"le la les l un une the a an son sa leur its his her their"},
    {ModelContext, u"modèle modèles model models version"},
    {TitleFiller,
     u"futur future ancien ancienne former nouveau nouvelle new actuel actuelle current adjoint "
     u"adjointe deputy général générale general exécutif exécutive executive délégué déléguée "
     u"principal principale senior chief en charge interim intérim par intérim acting "
     u"démocrate républicain républicaine democratic republican démocrates financial "
     u"operating technical information marketing commercial strategy legal scientist"},
    {OrgContinuation, u"étrangères etrangeres extérieures intérieures numériques"},
    {EventSuffix,
     u"expo exposition summit sommet forum conference conférence show salon fair foire festival "
     u"games olympics week hackathon symposium"},
    {PlaceSuffix,
     u"hall street avenue square plaza park bridge tower palace palais airport aéroport valley "
     u"bay island islands lake river mountains county province region strait sea ocean canal "
     u"district hills heights springs beach city falls"},
    {NameVerb,
     u"said says has had is was will would announced released launched unveiled raised plans "
     u"told added reported a est dit annonce affirme lance prévoit"},
    {TitleFunction,
     u"to in on of for with from at by as and or the a an is are be was were over after amid "
     u"into about up out its his her their this that but not how why what vs via than will "
     u"could may might new"},
    {NotEntitySuffix,
     u"act bill law rule rules amendment treaty directive regulation loi règlement décret "
     u"doctrine plan"},
};

// Case and accent folding for keys, the same as TextFolder::fold: a table for Latin letters,
// TextFolder itself for the rest (rare in news text).
struct FoldTable
{
    static constexpr char16_t Size = 0x250;
    std::array<std::array<char16_t, 3>, Size> units{}; // up to three units, zero-terminated
    FoldTable()
    {
        for (char16_t c = 0; c < Size; ++c) {
            const QString folded = TextFolder::fold(QStringView(&c, 1));
            for (qsizetype k = 0; k < qMin<qsizetype>(folded.size(), 3); ++k)
                units[c][k] = folded.at(k).unicode();
        }
    }
};

const FoldTable &foldTable()
{
    static const FoldTable table;
    return table;
}

// Appends the folded form of `word` to `out`.
void foldInto(QStringView word, std::u16string &out)
{
    const FoldTable &table = foldTable();
    for (const QChar qc : word) {
        const char16_t c = qc.unicode();
        if (c < FoldTable::Size) {
            const auto &u = table.units[c];
            out.push_back(u[0]);
            if (u[1]) {
                out.push_back(u[1]);
                if (u[2])
                    out.push_back(u[2]);
            }
        } else if (c == 0x2019 || c == 0x2018 || c == 0x02BC) {
            out.push_back(u'\'');
        } else {
            const QString folded = TextFolder::fold(QStringView(&qc, 1));
            out.append(reinterpret_cast<const char16_t *>(folded.utf16()), size_t(folded.size()));
        }
    }
}

inline bool isApostrophe(char16_t c)
{
    return c == u'\'' || c == 0x2019 || c == 0x02BC;
}

inline bool isHyphen(char16_t c)
{
    return c == u'-' || c == 0x2010 || c == 0x2011;
}

inline bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80)
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9');
    return c.isLetterOrNumber() || c.isMark();
}

inline bool isLineBreak(char16_t c)
{
    return c == u'\n' || c == u'\r' || c == 0x2028 || c == 0x2029 || c == 0x85;
}

// What stands between a token and the one before it.
enum class Gap : quint8 {
    Start, // the text's first token
    Space, // spaces or tabs only
    Hyphen, // one hyphen, no space ("Jean-Luc")
    Apostrophe, // after an elided article ("l'Élysée")
    Newline, // a line break (maybe with other characters)
    DotSpace, // "M. Lutnick", "Sen. Banks", "J. Trump": an abbreviation's full stop
    Punct, // any other punctuation
};

enum TokenFlag : quint32 {
    Upper = 1u << 0, // starts with an upper-case letter
    AllUpper = 1u << 1, // two letters or more, all upper case
    HasLower = 1u << 2,
    HasDigit = 1u << 3,
    HasLetter = 1u << 4,
    Camel = 1u << 5, // starts lower case, has an upper-case letter later ("iPhone", "xAI")
    Elided = 1u << 6, // an elided article or preposition: "l'", "d'"
    Dotted = 1u << 7, // "U.S.", "D.C.", "J.D."
    Possessive = 1u << 8, // "'s" follows
    SentenceStart = 1u << 9,
    TitleLine = 1u << 10, // in a line written in title case
    CommaBefore = 1u << 11, // the gap before holds a comma
    ParenBefore = 1u << 12, // the gap before ends with "("
    ParenAfter = 1u << 13, // ")" follows
    DotAfter = 1u << 14, // "." follows at once
    Terminator = 1u << 15, // the gap before ends a sentence (., !, ?, …, :)
};

struct Token
{
    qsizetype start = 0;
    qsizetype end = 0;
    quint32 flags = 0;
    Gap gap = Gap::Start;
    int claim = -1; // index of the claim it overlaps
    int info = -2; // lexicon entry, -1 when none, -2 not looked up yet
    int candidate = -1; // the candidate it belongs to
    quint32 keyStart = 0; // its folded key in Private::keys, once computed
    quint32 keyLength = 0;
    bool keyed = false;
};

struct Phrase
{
    std::vector<std::u16string> keys; // the words after the first, folded
    std::vector<Gap> gaps; // what stands before each of them
    QString written; // the entry as written, for entries matched only that way
    bool exact = false;
    EntityType type = EntityType::Place;
};

struct WordInfo
{
    quint32 flags = 0;
    int type = -1; // an EntityType from the tables, -1 when none
    bool exact = false; // the type holds only when the word is written as in the table
    QString written;
    std::vector<int> phrases; // longest first
};

struct KeyHash
{
    using is_transparent = void;
    size_t operator()(std::u16string_view key) const
    {
        return qHash(QStringView(key.data(), qsizetype(key.size())));
    }
};

struct KeyEqual
{
    using is_transparent = void;
    bool operator()(std::u16string_view a, std::u16string_view b) const { return a == b; }
};

// A piece of a table entry or a text: its words and what stands between them.
struct Piece
{
    qsizetype start;
    qsizetype end;
    quint32 flags;
    Gap gap;
};

// The tables, folded and hashed once for the whole program.
class NameLexicon
{
public:
    static const NameLexicon &instance()
    {
        static const NameLexicon lexicon;
        return lexicon;
    }

    const WordInfo *find(std::u16string_view key) const
    {
        const auto it = m_words.find(key);
        return it == m_words.end() ? nullptr : &m_entries[it->second];
    }
    int indexOf(std::u16string_view key) const
    {
        const auto it = m_words.find(key);
        return it == m_words.end() ? -1 : it->second;
    }
    const WordInfo &entry(int index) const { return m_entries[size_t(index)]; }
    const Phrase &phrase(int index) const { return m_phrases[size_t(index)]; }

private:
    NameLexicon();
    WordInfo &slot(const std::u16string &key)
    {
        const auto it = m_words.find(key);
        if (it != m_words.end())
            return m_entries[it->second];
        m_words.emplace(key, int(m_entries.size()));
        m_entries.emplace_back();
        return m_entries.back();
    }
    void addName(QStringView name, EntityType type);
    void addTable(const char16_t *table, EntityType type);

    std::unordered_map<std::u16string, int, KeyHash, KeyEqual> m_words;
    std::vector<WordInfo> m_entries;
    std::vector<Phrase> m_phrases;
};

// Splits `text` into words. Elided articles become words of their own ("l'", "d'"), a
// possessive "'s" is dropped, dotted acronyms stay whole ("U.S."), and hyphenated words in lower
// case become one word ("porte-parole"); hyphenated capitalised words stay apart, with
// Gap::Hyphen between them.
template<typename Sink> void tokenize(QStringView text, Sink &&sink)
{
    const qsizetype n = text.size();
    const QChar *s = text.data();
    qsizetype i = 0;
    qsizetype previousEnd = 0;
    bool first = true;
    bool afterElision = false;
    while (i < n) {
        if (!isWordChar(s[i])) {
            ++i;
            continue;
        }
        qsizetype start = i;
        quint32 flags = 0;
        int letters = 0;
        int uppers = 0;
        bool possessive = false;
        bool dotted = false;
        while (i < n) {
            const QChar c = s[i];
            if (isWordChar(c)) {
                if (c.isLetter()) {
                    ++letters;
                    if (c.isUpper()) {
                        ++uppers;
                        if (i == start)
                            flags |= Upper;
                        else if (!(flags & Upper) && !(flags & HasDigit) && i - start <= 3)
                            flags |= Camel; // "iPhone", "xAI", "macOS"; not "proposéÀ"
                    } else if (c.isLower()) {
                        flags |= HasLower;
                    }
                    flags |= HasLetter;
                } else if (c.isDigit()) {
                    flags |= HasDigit;
                }
                ++i;
                continue;
            }
            const char16_t u = c.unicode();
            if (isApostrophe(u) && i + 1 < n && s[i + 1].isLetter()) {
                // "l'Élysée", "qu'Intel": the elided word stands alone.
                const qsizetype length = i - start;
                bool elision = false;
                if (length == 1) {
                    const char16_t e = s[start].toLower().unicode();
                    elision = e == u'l' || e == u'd' || e == u'j' || e == u'm' || e == u'n'
                        || e == u's' || e == u't' || e == u'c';
                } else if (length <= 7) {
                    const QString lower = text.sliced(start, length).toString().toLower();
                    elision = lower == u"qu"_s || lower == u"jusqu"_s || lower == u"lorsqu"_s
                        || lower == u"puisqu"_s || lower == u"quoiqu"_s || lower == u"presqu"_s;
                }
                if (elision) {
                    sink(start, i, flags | Elided, first ? Gap::Start : Gap::Space, previousEnd,
                         afterElision);
                    first = false;
                    previousEnd = i + 1;
                    afterElision = true;
                    start = i + 1;
                    flags = 0;
                    letters = uppers = 0;
                    ++i;
                    continue;
                }
                const char16_t next = s[i + 1].unicode();
                if ((next == u's' || next == u'S') && (i + 2 >= n || !isWordChar(s[i + 2]))) {
                    possessive = true;
                    break;
                }
                ++i; // "O'Brien", "aujourd'hui"
                continue;
            }
            if (u == u'&' && i + 1 < n && i > start && s[i - 1].isUpper() && s[i + 1].isUpper()) {
                ++i; // "AT&T", "S&P"
                continue;
            }
            if (u == u'.' && i - start == 1 && s[start].isUpper() && i + 2 < n && s[i + 1].isUpper()
                && s[i + 2] == u'.') {
                // "U.S.", "D.C.", "J.D."
                i += 2;
                while (i + 2 < n && s[i] == u'.' && s[i + 1].isUpper() && s[i + 2] == u'.')
                    i += 2;
                ++i; // the last full stop
                dotted = true;
                uppers = letters = 2;
                flags |= HasLetter | Upper;
            }
            break;
        }
        if (letters >= 2 && uppers == letters)
            flags |= AllUpper;
        if (letters < 3)
            flags &= ~Camel; // "xAI", "iOS"; not "rÃ"
        if (dotted)
            flags |= Dotted | AllUpper;
        if (possessive)
            flags |= Possessive;
        sink(start, i, flags, first ? Gap::Start : Gap::Punct, previousEnd, afterElision);
        first = false;
        afterElision = false;
        previousEnd = i;
        if (possessive)
            i += 2;
    }
}

void NameLexicon::addName(QStringView name, EntityType type)
{
    bool exact = false;
    if (name.startsWith(u'=')) {
        exact = true;
        name = name.sliced(1);
    }
    std::vector<Piece> pieces;
    tokenize(name,
             [&](qsizetype s, qsizetype e, quint32 flags, Gap, qsizetype previousEnd,
                 bool afterElision) {
                 Gap gap = Gap::Start;
                 if (!pieces.empty()) {
                     const QStringView between = name.sliced(previousEnd, s - previousEnd);
                     gap = afterElision                                          ? Gap::Apostrophe
                         : between.size() == 1 && isHyphen(between[0].unicode()) ? Gap::Hyphen
                                                                                 : Gap::Space;
                 }
                 pieces.push_back({s, e, flags, gap});
             });
    if (pieces.empty())
        return;
    std::u16string firstKey;
    foldInto(name.sliced(pieces[0].start, pieces[0].end - pieces[0].start), firstKey);
    if (pieces.size() == 1) {
        WordInfo &info = slot(firstKey);
        if (info.type < 0) {
            info.type = int(type);
            info.exact = exact;
            info.written = name.toString();
        }
        return;
    }
    Phrase phrase;
    phrase.type = type;
    phrase.exact = exact;
    phrase.written = name.toString();
    for (size_t k = 1; k < pieces.size(); ++k) {
        std::u16string key;
        foldInto(name.sliced(pieces[k].start, pieces[k].end - pieces[k].start), key);
        phrase.keys.push_back(std::move(key));
        phrase.gaps.push_back(pieces[k].gap);
    }
    const int index = int(m_phrases.size());
    m_phrases.push_back(std::move(phrase));
    WordInfo &info = slot(firstKey);
    info.phrases.push_back(index);
    std::stable_sort(info.phrases.begin(), info.phrases.end(), [this](int a, int b) {
        return m_phrases[size_t(a)].keys.size() > m_phrases[size_t(b)].keys.size();
    });
}

void NameLexicon::addTable(const char16_t *table, EntityType type)
{
    const QStringView all(table);
    qsizetype from = 0;
    while (from < all.size()) {
        qsizetype end = from;
        while (end < all.size() && all[end] != u'\n' && all[end] != u'|')
            ++end;
        const QStringView name = all.sliced(from, end - from).trimmed();
        if (!name.isEmpty())
            addName(name, type);
        from = end + 1;
    }
}

NameLexicon::NameLexicon()
{
    m_entries.reserve(8192);
    for (const FlagList &list : flagLists) {
        const QStringView words(list.words);
        qsizetype from = 0;
        while (from < words.size()) {
            qsizetype end = words.indexOf(u' ', from);
            if (end < 0)
                end = words.size();
            if (end > from) {
                std::u16string key;
                foldInto(words.sliced(from, end - from), key);
                slot(key).flags |= list.flags;
            }
            from = end + 1;
        }
    }
    addTable(NameTables::places, EntityType::Place);
    addTable(NameTables::organizations, EntityType::Organization);
    addTable(NameTables::products, EntityType::Product);
    addTable(NameTables::events, EntityType::Event);
}

// A name being built: tokens [first, last], its type and how sure we are of it.
struct Candidate
{
    int first = 0;
    int last = 0;
    EntityType type = EntityType::Organization;
    bool typed = false; // a table, a cue or a suffix decided the type
    bool personCue = false;
    bool needsEvidence = false; // a lone word at the start of a sentence or in a title line
    bool replacesClaim = false;
    bool dropped = false;
    QString canonical; // set by coreference
};

} // namespace

struct NameFinder::Private
{
    explicit Private(const QString &language)
        : lexicon(NameLexicon::instance())
        , french(language.startsWith(u"fr"_s))
    {
    }

    // Per call.
    void reset(QStringView t, const QList<NameClaim> &claims);
    void tokenizeText();
    void markClaims();
    void markSentencesAndTitles();
    bool looksLikeTitle(int first, int end);
    void collectEvidence();
    void findCandidates();
    void resolve();
    QList<NameMatch> results() const;

    // NameLexicon access.
    std::u16string_view key(int t);
    const WordInfo *info(int t);
    quint32 wordFlags(int t)
    {
        const WordInfo *i = info(t);
        return i ? i->flags : 0;
    }
    size_t keyHash(int t)
    {
        const std::u16string_view k = key(t);
        return qHash(QStringView(k.data(), qsizetype(k.size())));
    }

    // Token tests.
    bool isCapitalised(int t) const
    {
        const quint32 f = tokens[size_t(t)].flags;
        return (f & (Upper | Camel)) && !(f & Elided);
    }
    bool isClaimed(int t) const { return tokens[size_t(t)].claim >= 0; }
    bool isNameWord(int t);
    bool hasEvidence(int t);
    bool isKnownWord(int t);
    bool isCode(int t) const;
    bool isShortCode(int t) const;
    int matchPhrase(int t, EntityType *type);
    bool joinedBySpace(int t) const
    {
        return t < int(tokens.size()) && tokens[size_t(t)].gap == Gap::Space;
    }
    QStringView word(int t) const
    {
        const Token &k = tokens[size_t(t)];
        return text.sliced(k.start, k.end - k.start);
    }

    // Candidates.
    int extendRun(int first, Candidate &candidate);
    void addRun(int first, int last, bool replacesClaim);
    void addSegment(int first, int last, bool cueBefore, bool replacesClaim);
    bool roleBefore(int first);
    bool roleAfter(int last);
    bool tryProduct(int t, int *last);
    bool tryLowerOrgHead(int t, int *last);
    bool chipContext(int t);
    QString canonicalOf(int first, int last) const;

    const NameLexicon &lexicon;
    const bool french;

    QStringView text;
    std::vector<Token> tokens;
    std::vector<NameClaim> claims; // sorted by start
    std::u16string keys;
    std::vector<size_t> evidence; // hashes of words written capitalised mid-sentence, sorted
    std::vector<size_t> lowerWords; // hashes of words written in lower case, built on demand
    std::vector<Candidate> candidates;
};

std::u16string_view NameFinder::Private::key(int t)
{
    Token &k = tokens[size_t(t)];
    if (!k.keyed) {
        k.keyStart = quint32(keys.size());
        foldInto(text.sliced(k.start, k.end - k.start), keys);
        k.keyLength = quint32(keys.size() - k.keyStart);
        k.keyed = true;
    }
    return std::u16string_view(keys).substr(k.keyStart, k.keyLength);
}

const WordInfo *NameFinder::Private::info(int t)
{
    Token &k = tokens[size_t(t)];
    if (k.info == -2)
        k.info = lexicon.indexOf(key(t));
    return k.info < 0 ? nullptr : &lexicon.entry(k.info);
}

void NameFinder::Private::reset(QStringView t, const QList<NameClaim> &claimList)
{
    text = t;
    tokens.clear();
    keys.clear();
    evidence.clear();
    lowerWords.clear();
    candidates.clear();
    claims.assign(claimList.cbegin(), claimList.cend());
    std::sort(claims.begin(), claims.end(),
              [](const NameClaim &a, const NameClaim &b) { return a.span.start < b.span.start; });
}

void NameFinder::Private::tokenizeText()
{
    tokens.reserve(size_t(text.size() / 5));
    tokenize(
        text,
        [this](qsizetype s, qsizetype e, quint32 flags, Gap gap, qsizetype previousEnd,
               bool afterElision) {
            quint32 extra = 0;
            if (gap != Gap::Start) {
                if (afterElision) {
                    gap = Gap::Apostrophe;
                } else {
                    const QStringView between = text.sliced(previousEnd, s - previousEnd);
                    bool spaces = true;
                    bool newline = false;
                    bool terminator = false;
                    for (const QChar c : between) {
                        const char16_t u = c.unicode();
                        if (isLineBreak(u)) {
                            newline = true;
                        } else if (u == u' ' || u == u'\t' || u == 0xA0 || u == 0x202F) {
                            continue;
                        } else {
                            spaces = false;
                            if (u == u'.' || u == u'!' || u == u'?' || u == 0x2026 || u == u':'
                                || u == u';')
                                terminator = true;
                            else if ((u == 0x2013 || u == 0x2014 || u == u'|')
                                     && between.size() >= 3)
                                terminator = true; // "DeepSeek – Exportations de puces"
                            else if (u == u',')
                                extra |= CommaBefore;
                            else if (u == 0xAB || u == 0x201C || u == u'"')
                                terminator = true; // a quotation starts
                        }
                    }
                    if (!between.isEmpty() && between.back() == u'(')
                        extra |= ParenBefore;
                    if (newline)
                        gap = Gap::Newline;
                    else if (spaces && !between.isEmpty())
                        gap = Gap::Space;
                    else if (between.size() == 1 && isHyphen(between[0].unicode()))
                        gap = Gap::Hyphen;
                    else if (between.size() >= 2 && between[0] == u'.'
                             && between.sliced(1).trimmed().isEmpty())
                        gap = Gap::DotSpace; // decided below: an abbreviation or a sentence's end
                    else
                        gap = Gap::Punct;
                    // "WDIO.com", "5.5": a full stop inside a word ends nothing.
                    if (terminator && !between.isEmpty()
                        && (between.back().isSpace()
                            || between.back().category() == QChar::Punctuation_InitialQuote
                            || between.back() == u'"' || between.back() == u'('
                            || between.back() == u'\u2013' || between.back() == u'\u2014')) {
                        extra |= Terminator;
                    }
                }
                // "porte-parole", "start-up": one word when both halves are in lower case.
                if (gap == Gap::Hyphen && !tokens.empty()) {
                    Token &previous = tokens.back();
                    const quint32 lowerOnly = HasLower | HasLetter;
                    if ((previous.flags & ~lowerOnly) == 0 && (flags & ~lowerOnly) == 0) {
                        previous.end = e;
                        return;
                    }
                }
            }
            Token token;
            token.start = s;
            token.end = e;
            token.flags = flags | extra;
            token.gap = gap;
            if (!tokens.empty()) {
                Token &previous = tokens.back();
                const QStringView between = text.sliced(previous.end, s - previous.end);
                if (!between.isEmpty() && between.front() == u'.')
                    previous.flags |= DotAfter;
                if (!between.isEmpty() && between.front() == u')')
                    previous.flags |= ParenAfter;
            }
            tokens.push_back(token);
        });
}

void NameFinder::Private::markClaims()
{
    size_t c = 0;
    for (size_t t = 0; t < tokens.size(); ++t) {
        Token &token = tokens[t];
        while (c < claims.size() && claims[c].span.end <= token.start)
            ++c;
        // Claims may overlap one another: look at the few that start before the token ends.
        for (size_t k = c; k < claims.size() && claims[k].span.start < token.end; ++k) {
            if (claims[k].span.end > token.start) {
                token.claim = int(k);
                break;
            }
        }
    }
}

void NameFinder::Private::markSentencesAndTitles()
{
    const int n = int(tokens.size());
    for (int t = 0; t < n; ++t) {
        Token &token = tokens[size_t(t)];
        bool start = token.gap == Gap::Start || token.gap == Gap::Newline;
        if (!start && (token.flags & Terminator)) {
            start = true;
            // "M. Lutnick", "Sen. Banks", "Donald J. Trump", "Nvidia Corp. said": no new sentence.
            if (token.gap == Gap::DotSpace && t > 0) {
                const Token &previous = tokens[size_t(t - 1)];
                const bool initial = previous.end - previous.start == 1 && (previous.flags & Upper);
                if (initial || (previous.flags & Dotted) || (wordFlags(t - 1) & Abbrev))
                    start = false;
            }
        }
        if (start)
            token.flags |= SentenceStart;
        else if (token.gap == Gap::DotSpace)
            token.gap = Gap::Space; // an abbreviation's full stop joins like a space
    }
    // Title-case lines: most long words capitalised.
    int lineStart = 0;
    for (int t = 0; t <= n; ++t) {
        if (t < n && (t == 0 || tokens[size_t(t)].gap != Gap::Newline))
            continue;
        int capitalised = 0;
        int lower = 0;
        for (int k = lineStart; k < t; ++k) {
            const Token &token = tokens[size_t(k)];
            if (token.end - token.start < 4 || !(token.flags & HasLetter) || (token.flags & Elided))
                continue;
            if (token.flags & (Upper | Camel))
                ++capitalised;
            else
                ++lower;
        }
        if (capitalised >= 3 && capitalised * 5 >= (capitalised + lower) * 4
            && looksLikeTitle(lineStart, t)) {
            for (int k = lineStart; k < t; ++k)
                tokens[size_t(k)].flags |= TitleLine;
        }
        lineStart = t;
    }
}

// A line of capitalised words is a headline in title case ("Nvidia Urges Trump To Rethink Chip
// Curbs") rather than a list of names ("By Karen Freifeld and Stephen Nellis") when a function
// word is capitalised inside it, or when two of its words are written in lower case elsewhere.
bool NameFinder::Private::looksLikeTitle(int first, int end)
{
    // French headlines are written in sentence case: only a line in capitals is a title there.
    if (french) {
        for (int k = first; k < end; ++k) {
            const Token &token = tokens[size_t(k)];
            if ((token.flags & HasLower) && !(token.flags & Elided))
                return false;
        }
        return true;
    }
    // A headline does not end with a full stop.
    const Token &lastToken = tokens[size_t(end - 1)];
    qsizetype after = lastToken.end;
    while (after < text.size() && !isLineBreak(text[after].unicode())) {
        if (text[after] == u'.')
            return false;
        ++after;
    }
    int common = 0;
    for (int k = first + 1; k < end; ++k) {
        const Token &token = tokens[size_t(k)];
        if (!(token.flags & Upper) || token.end - token.start < 2 || (token.flags & AllUpper))
            continue; // initials and acronyms say nothing
        const quint32 flags = wordFlags(k);
        EntityType type;
        if ((flags & TitleFunction) && !matchPhrase(k, &type))
            return true; // "To", "With", "The"; not "New" in "New York"
        if (token.end - token.start < 4 || isKnownWord(k))
            continue;
        if (lowerWords.empty()) {
            for (int j = 0; j < int(tokens.size()); ++j) {
                const Token &other = tokens[size_t(j)];
                if ((other.flags & (HasLower | Upper | Camel | HasDigit)) == HasLower
                    && other.end - other.start >= 4)
                    lowerWords.push_back(keyHash(j));
            }
            lowerWords.push_back(0); // built, even when empty
            std::sort(lowerWords.begin(), lowerWords.end());
        }
        if (std::binary_search(lowerWords.begin(), lowerWords.end(), keyHash(k)) && ++common >= 2)
            return true;
    }
    return false;
}

void NameFinder::Private::collectEvidence()
{
    for (int t = 0; t < int(tokens.size()); ++t) {
        const Token &token = tokens[size_t(t)];
        if ((token.flags & (SentenceStart | TitleLine)) || !isCapitalised(t))
            continue;
        evidence.push_back(keyHash(t));
    }
    std::sort(evidence.begin(), evidence.end());
}

bool NameFinder::Private::hasEvidence(int t)
{
    return std::binary_search(evidence.begin(), evidence.end(), keyHash(t));
}

bool NameFinder::Private::isKnownWord(int t)
{
    const WordInfo *i = info(t);
    return i && (i->type >= 0 || (i->flags & (FirstName | ProductFamily)));
}

// A word that can be part of a name: capitalised, not an elided article, not a stop word.
bool NameFinder::Private::isNameWord(int t)
{
    const Token &token = tokens[size_t(t)];
    if (!(token.flags & HasLetter) || (token.flags & Elided))
        return false;
    if (!(token.flags & (Upper | Camel)))
        return false;
    // Words with digits are names only as products ("H200", "Ascend 910B") or when a table
    // knows them ("G20"): not "AF1234" or "B12".
    if (token.flags & HasDigit) {
        const WordInfo *i = info(t);
        return i && i->type >= 0;
    }
    return true;
}

bool NameFinder::Private::isCode(int t) const
{
    // [A-Z]{1,3}\d{2,4}[A-Z]{0,2}: H20, H200, GB200, MI300X, B30A.
    const QStringView w = word(t);
    qsizetype i = 0;
    while (i < w.size() && w[i] >= u'A' && w[i] <= u'Z')
        ++i;
    if (i < 1 || i > 3)
        return false;
    const qsizetype letters = i;
    while (i < w.size() && w[i] >= u'0' && w[i] <= u'9')
        ++i;
    const qsizetype digits = i - letters;
    if (digits < 2 || digits > 4)
        return false;
    const qsizetype tail = w.size() - i;
    if (tail > 2)
        return false;
    for (; i < w.size(); ++i) {
        if (w[i] < u'A' || w[i] > u'Z')
            return false;
    }
    return true;
}

// A letter and a digit: "R2", "V3", "K2".
bool NameFinder::Private::isShortCode(int t) const
{
    const QStringView w = word(t);
    return w.size() == 2 && w[0] >= u'A' && w[0] <= u'Z' && w[1] >= u'0' && w[1] <= u'9';
}

// The longest table phrase that starts at token t; its token count, 0 when none.
int NameFinder::Private::matchPhrase(int t, EntityType *type)
{
    const WordInfo *first = info(t);
    if (!first || first->phrases.empty())
        return 0;
    const int n = int(tokens.size());
    for (const int index : first->phrases) {
        const Phrase &phrase = lexicon.phrase(index);
        const int length = int(phrase.keys.size()) + 1;
        if (t + length > n)
            continue;
        bool ok = true;
        for (int k = 1; k < length && ok; ++k) {
            const Token &token = tokens[size_t(t + k)];
            const Gap want = phrase.gaps[size_t(k - 1)];
            const Gap have = token.gap;
            ok = (want == have || (want == Gap::Space && have == Gap::Space))
                && key(t + k) == phrase.keys[size_t(k - 1)];
        }
        if (!ok)
            continue;
        if (phrase.exact) {
            const QStringView written
                = text.sliced(tokens[size_t(t)].start,
                              tokens[size_t(t + length - 1)].end - tokens[size_t(t)].start);
            if (written != phrase.written)
                continue;
        }
        *type = phrase.type;
        return length;
    }
    return 0;
}

bool NameFinder::Private::chipContext(int t)
{
    // Eight words either side, on the same line: a word about chips, a chip maker, a product
    // family, or a product the caller knows ("les puces H20 et MI308").
    auto speaksOfChips = [this](int k) {
        const Token &token = tokens[size_t(k)];
        if (token.claim >= 0) {
            const NameClaim &claim = claims[size_t(token.claim)];
            if (claim.entityType && *claim.entityType == EntityType::Product)
                return true;
        }
        return (wordFlags(k) & (ChipContext | ProductFamily)) != 0;
    };
    const int n = int(tokens.size());
    for (int k = t - 1; k >= 0 && k >= t - 8; --k) {
        if (speaksOfChips(k))
            return true;
        if (tokens[size_t(k + 1)].gap == Gap::Newline)
            break;
    }
    for (int k = t + 1; k < n && k <= t + 8; ++k) {
        if (tokens[size_t(k)].gap == Gap::Newline)
            break;
        if (speaksOfChips(k))
            return true;
    }
    return false;
}

// "H200", "MI300X", "GB200 NVL72", "Ascend 910B", "RTX 4090", "Blackwell Ultra", "GPT-4o".
bool NameFinder::Private::tryProduct(int t, int *last)
{
    const int n = int(tokens.size());
    const quint32 flags = wordFlags(t);
    if (flags & ProductFamily) {
        int end = t;
        // GPT-4o, DeepSeek-V3.
        while (end + 1 < n && !isClaimed(end + 1) && tokens[size_t(end + 1)].gap == Gap::Hyphen
               && (tokens[size_t(end + 1)].flags & HasDigit))
            ++end;
        while (end + 1 < n && !isClaimed(end + 1) && joinedBySpace(end + 1)) {
            const int next = end + 1;
            const Token &token = tokens[size_t(next)];
            if ((wordFlags(next) & (ProductModifier | ProductFamily)) && (token.flags & Upper)) {
                end = next;
            } else if ((token.flags & HasDigit)
                       && !(token.flags & HasLower && !(token.flags & Upper))
                       && word(next).size() <= 6) {
                end = next;
                break;
            } else {
                break;
            }
        }
        if (end == t && !(tokens[size_t(t)].flags & (Upper | Camel)))
            return false;
        *last = end;
        return true;
    }
    if (isShortCode(t)) {
        // "R2", "K2": a model's name, next to "model", "modèle", "version".
        bool model = false;
        for (int k = std::max(0, t - 3); k < std::min(n, t + 4) && !model; ++k)
            model = k != t && (wordFlags(k) & ModelContext);
        if (!model)
            return false;
        *last = t;
        return true;
    }
    if (!isCode(t))
        return false;
    // A code is a product where chips are spoken of.
    if (!chipContext(t))
        return false;
    int end = t;
    while (end + 1 < n && !isClaimed(end + 1) && joinedBySpace(end + 1)
           && (isCode(end + 1)
               || (word(end + 1).size() <= 5 && (tokens[size_t(end + 1)].flags & AllUpper)
                   && (tokens[size_t(end + 1)].flags & HasDigit))))
        ++end;
    *last = end;
    return true;
}

// "ministère du Commerce", "ministère chinois des Affaires étrangères", "département du
// Commerce américain" (the adjective after stays out).
bool NameFinder::Private::tryLowerOrgHead(int t, int *last)
{
    if (!(wordFlags(t) & OrgHeadLower))
        return false;
    const int n = int(tokens.size());
    int k = t + 1;
    while (k < n && joinedBySpace(k) && (wordFlags(k) & Demonym) && !isCapitalised(k))
        ++k;
    // du, de la, des, d', de l'
    int particles = 0;
    while (k < n && particles < 2 && (wordFlags(k) & ParticleDe) && !isCapitalised(k)
           && (tokens[size_t(k)].gap == Gap::Space || tokens[size_t(k)].gap == Gap::Apostrophe)) {
        ++k;
        ++particles;
    }
    if (particles == 0 || k >= n || !isCapitalised(k) || isClaimed(k))
        return false;
    if (tokens[size_t(k)].gap != Gap::Space && tokens[size_t(k)].gap != Gap::Apostrophe)
        return false;
    int end = k;
    while (end + 1 < n && joinedBySpace(end + 1) && !isClaimed(end + 1)
           && (isCapitalised(end + 1) || (wordFlags(end + 1) & OrgContinuation)))
        ++end;
    while (end + 1 < n && tokens[size_t(end + 1)].gap == Gap::Hyphen && isCapitalised(end + 1))
        ++end;
    *last = end;
    return true;
}

// Whether a role stands before the name that starts at token `first`: "le président américain
// Donald Trump", "le PDG de Nvidia, Jensen Huang", "le secrétaire au Commerce, Howard Lutnick".
bool NameFinder::Private::roleBefore(int first)
{
    int k = first - 1;
    for (int steps = 0; k >= 0 && steps < 8; ++steps) {
        const Token &after = tokens[size_t(k + 1)];
        if (after.gap == Gap::Newline || (after.flags & SentenceStart && k + 1 != first))
            return false;
        if (after.gap == Gap::Punct && !(after.flags & CommaBefore))
            return false;
        const Token &token = tokens[size_t(k)];
        if (token.claim >= 0) {
            const NameClaim &claim = claims[size_t(token.claim)];
            if (!claim.entityType || *claim.entityType == EntityType::Person)
                return false;
            // Skip the whole claim: "de Nvidia", "de la Maison Blanche".
            while (k >= 0 && tokens[size_t(k)].claim == token.claim)
                --k;
            continue;
        }
        if (token.candidate >= 0) {
            const Candidate &c = candidates[size_t(token.candidate)];
            if (c.dropped || c.type == EntityType::Person)
                return false;
            k = c.first - 1;
            continue;
        }
        const quint32 flags = wordFlags(k);
        if (flags & Role)
            return true;
        if (flags & (Department | Demonym | ParticleDe | ParticleOf | ArticleWord | TitleFiller)) {
            --k;
            continue;
        }
        // "au", "aux", "à": the lexicon holds them as stop words.
        const std::u16string_view w = key(k);
        if (w == u"au" || w == u"aux" || w == u"à" || w == u"a" || w == u"at")
            --k;
        else
            return false;
    }
    return false;
}

// ", PDG de Nvidia", ", la présidente d'AMD", ", the chief executive", " (CEO of …)".
bool NameFinder::Private::roleAfter(int last)
{
    const int n = int(tokens.size());
    int k = last + 1;
    if (k >= n || !(tokens[size_t(k)].flags & (CommaBefore | ParenBefore)))
        return false;
    if (tokens[size_t(k)].gap == Gap::Newline)
        return false;
    for (int steps = 0; k < n && steps < 4; ++steps, ++k) {
        if (steps > 0 && tokens[size_t(k)].gap != Gap::Space && tokens[size_t(k)].gap != Gap::Hyphen
            && tokens[size_t(k)].gap != Gap::Apostrophe)
            return false;
        const quint32 flags = wordFlags(k);
        if (flags & Role)
            return true;
        if (!(flags & (ArticleWord | TitleFiller | Demonym)))
            return false;
    }
    return false;
}

QString NameFinder::Private::canonicalOf(int first, int last) const
{
    const QStringView written = text.sliced(tokens[size_t(first)].start,
                                            tokens[size_t(last)].end - tokens[size_t(first)].start);
    QString out;
    out.reserve(written.size());
    bool space = false;
    for (const QChar c : written) {
        if (c.isSpace()) {
            space = true;
            continue;
        }
        if (space && !out.isEmpty())
            out += u' ';
        space = false;
        out += c;
    }
    return out;
}

// Extends a run of name words from `first`; returns its last token.
int NameFinder::Private::extendRun(int first, Candidate &candidate)
{
    const int n = int(tokens.size());
    int last = first;
    // Whether the run so far has an organization's head word, and whether its name words (after
    // stop words and titles) are all first names or initials.
    auto orgHeadSoFar = [&] {
        for (int k = first; k <= last; ++k) {
            if (wordFlags(k) & OrgHead)
                return true;
        }
        return false;
    };
    auto firstNamesSoFar = [&] {
        int names = 0;
        for (int k = first; k <= last; ++k) {
            const quint32 flags = wordFlags(k);
            if (names == 0 && (flags & (Stop | Role | Demonym)) && !(flags & FirstName))
                continue;
            if (!(flags & (FirstName | ChineseSurname)) && word(k).size() > 1)
                return false;
            ++names;
        }
        return names > 0;
    };
    bool sawOf = false;
    // A table phrase at the start is taken whole: "Corée du Sud", "Bureau de l'industrie …".
    EntityType phraseType;
    if (const int length = matchPhrase(first, &phraseType)) {
        bool free = true;
        for (int k = first; k < first + length; ++k)
            free = free && !isClaimed(k);
        if (free)
            last = first + length - 1;
    }
    while (last + 1 < n) {
        const int next = last + 1;
        const Token &token = tokens[size_t(next)];
        if (tokens[size_t(last)].flags & Possessive)
            break;
        if (isClaimed(next)) {
            // "George Washington", "Silicon Valley Bank", "Bank of China": a place claim
            // swallowed by the name around it.
            const NameClaim &claim = claims[size_t(token.claim)];
            if (token.gap != Gap::Space || !claim.entityType
                || *claim.entityType != EntityType::Place)
                break;
            if (!firstNamesSoFar())
                break;
            int end = next;
            while (end + 1 < n && tokens[size_t(end + 1)].claim == token.claim)
                ++end;
            // The claim must be whole words.
            if (claim.span.start != token.start || claim.span.end != tokens[size_t(end)].end)
                break;
            last = end;
            candidate.replacesClaim = true;
            continue;
        }
        if (token.gap == Gap::Hyphen && (isNameWord(next) || (token.flags & HasDigit))) {
            last = next;
            continue;
        }
        if (token.gap != Gap::Space)
            break;
        if (isNameWord(next)) {
            if ((tokens[size_t(next)].flags & TitleLine) && !hasEvidence(next) && !isKnownWord(next)
                && !(wordFlags(next) & Role))
                break;
            const quint32 nextFlags = wordFlags(next);
            // "Max A. Cherney": an initial, whatever word the letter also is.
            const Token &nextToken = tokens[size_t(next)];
            const bool initial = nextToken.end - nextToken.start == 1
                && (nextToken.flags & DotAfter) && joinedBySpace(next + 1) && isNameWord(next + 1);
            if ((nextFlags & (Stop | Demonym)) && !(nextFlags & Role) && !initial) {
                // "Vice Premier He Lifeng": a Chinese surname that is also an English word.
                const bool surname = (nextFlags & ChineseSurname) && joinedBySpace(next + 1)
                    && isNameWord(next + 1) && !(wordFlags(next + 1) & Stop);
                // "Moonshot AI", "GAIN AI Act"; not "Baidu AI chips".
                const bool ai = key(next) == u"ai" && !(wordFlags(last) & Stop)
                    && !(joinedBySpace(next + 1) && !isCapitalised(next + 1)
                         && !(wordFlags(next + 1) & (Stop | NameVerb)));
                if (!surname && !ai)
                    break;
            }
            last = next;
            continue;
        }
        // Particles between two capitalised words.
        const quint32 flags = wordFlags(next);
        if (flags & (Particle | ParticleDe | ParticleOf)) {
            int k = next;
            int count = 0;
            while (k < n && count < 3 && !isClaimed(k) && !isCapitalised(k)
                   && (wordFlags(k) & (Particle | ParticleDe | ParticleOf))
                   && (tokens[size_t(k)].gap == Gap::Space
                       || tokens[size_t(k)].gap == Gap::Apostrophe)) {
                ++k;
                ++count;
            }
            if (k >= n
                || (tokens[size_t(k)].gap != Gap::Space
                    && tokens[size_t(k)].gap != Gap::Apostrophe))
                break;
            const bool orgHead = orgHeadSoFar();
            bool allowed = false;
            if (flags & Particle)
                allowed = true;
            else if (flags & ParticleDe)
                allowed = orgHead || firstNamesSoFar();
            else if (flags & ParticleOf) {
                const std::u16string_view w = key(next);
                // "Bureau of Industry and Security", "Committee on Foreign Investment".
                allowed = orgHead
                    && (w == u"of" || w == u"for" || (sawOf && w == u"and")
                        || (w == u"on" && (wordFlags(last) & OrgHead)));
                sawOf = sawOf || w == u"of";
            }
            if (!allowed)
                break;
            if (isClaimed(k)) {
                const NameClaim &claim = claims[size_t(tokens[size_t(k)].claim)];
                if (!orgHead || !claim.entityType || *claim.entityType != EntityType::Place)
                    break;
                int end = k;
                while (end + 1 < n && tokens[size_t(end + 1)].claim == tokens[size_t(k)].claim)
                    ++end;
                if (claim.span.start != tokens[size_t(k)].start
                    || claim.span.end != tokens[size_t(end)].end)
                    break;
                last = end;
                candidate.replacesClaim = true;
                continue;
            }
            if (!isNameWord(k) || (wordFlags(k) & (Stop | Demonym)))
                break;
            last = k;
            continue;
        }
        break;
    }
    return last;
}

void NameFinder::Private::findCandidates()
{
    const int n = int(tokens.size());
    for (int t = 0; t < n; ++t) {
        const Token &token = tokens[size_t(t)];
        if (token.claim >= 0 || (token.flags & Elided))
            continue;
        int last = t;
        if ((token.flags & HasDigit) || (token.flags & (Upper | Camel))) {
            if (tryProduct(t, &last)) {
                Candidate c;
                c.first = t;
                c.last = last;
                c.type = EntityType::Product;
                c.typed = true;
                // A lone family word at the start of a sentence still needs to be known: it is.
                const int index = int(candidates.size());
                for (int k = t; k <= last; ++k)
                    tokens[size_t(k)].candidate = index;
                candidates.push_back(std::move(c));
                t = last;
                continue;
            }
        }
        if (!(token.flags & (Upper | Camel | HasLetter)))
            continue;
        if (!(token.flags & (Upper | Camel))) {
            // Only "ministère", "département", "secrétariat" head a name in lower case.
            const char16_t initial = text[token.start].unicode();
            if (token.end - token.start >= 9
                && (initial == u'm' || initial == u'd' || initial == u's')
                && tryLowerOrgHead(t, &last)) {
                Candidate c;
                c.first = t;
                c.last = last;
                c.type = EntityType::Organization;
                c.typed = true;
                const int index = int(candidates.size());
                for (int k = t; k <= last; ++k)
                    tokens[size_t(k)].candidate = index;
                candidates.push_back(std::move(c));
                t = last;
            }
            continue;
        }
        if (!isNameWord(t))
            continue;
        Candidate run;
        run.first = t;
        last = extendRun(t, run);
        int first = t;
        // "China International Supply Chain Expo", "Silicon Valley Bank": a place claim before
        // a name that ends like an event's or a company's is part of it.
        if (t > 0 && tokens[size_t(t)].gap == Gap::Space && isClaimed(t - 1)
            && (wordFlags(last) & (OrgSuffix | EventSuffix)) && !(wordFlags(t) & (Stop | Role))) {
            const int claimIndex = tokens[size_t(t - 1)].claim;
            const NameClaim &claim = claims[size_t(claimIndex)];
            int start = t - 1;
            while (start > 0 && tokens[size_t(start - 1)].claim == claimIndex)
                --start;
            if (claim.entityType && *claim.entityType == EntityType::Place
                && claim.span.start == tokens[size_t(start)].start
                && claim.span.end == tokens[size_t(t - 1)].end) {
                first = start;
                run.replacesClaim = true;
            }
        }
        addRun(first, last, run.replacesClaim);
        t = last;
    }
}

// A run of capitalised words, split at roles: "Commerce Secretary Howard Lutnick" gives the
// person "Howard Lutnick"; "Intel CEO Lip-Bu Tan" gives "Intel" and "Lip-Bu Tan".
void NameFinder::Private::addRun(int first, int last, bool replacesClaim)
{
    int segment = first;
    bool cue = false;
    for (int k = first; k <= last; ++k) {
        if (isClaimed(k))
            continue;
        const quint32 flags = wordFlags(k);
        EntityType phraseType;
        if (k == segment && matchPhrase(k, &phraseType) > 1)
            continue;
        if (!(flags & Role) || (flags & FirstName))
            continue;
        // A role: what comes before it is a complement ("Commerce" Secretary) or an employer
        // ("Intel" CEO); what follows it is a person.
        if (k > segment) {
            bool complement = true;
            for (int j = segment; j < k; ++j)
                complement = complement
                    && (wordFlags(j) & (Department | Demonym | Role | Stop | TitleFiller));
            if (!complement)
                addSegment(segment, k - 1, false, false);
        }
        cue = true;
        segment = k + 1;
        // "Secretary of State", "ministre des Affaires étrangères": the complement is the
        // title's.
        while (
            segment <= last
            && (wordFlags(segment) & (Department | ParticleDe | ParticleOf | TitleFiller | Role)))
            ++segment;
        k = segment - 1;
    }
    if (segment <= last)
        addSegment(segment, last, cue, replacesClaim);
}

void NameFinder::Private::addSegment(int first, int last, bool cueBefore, bool replacesClaim)
{
    // Drop stop words, demonyms and lone initials from the start: "Selon Reuters", "The Chinese
    // company", "Le Monde" is kept whole by its table entry.
    EntityType phraseType = EntityType::Organization;
    int phraseLength = 0;
    bool initialName = false;
    while (first <= last) {
        phraseLength = matchPhrase(first, &phraseType);
        if (phraseLength > 0)
            break;
        const quint32 flags = wordFlags(first);
        const Token &token = tokens[size_t(first)];
        const bool initial = token.end - token.start == 1;
        const bool hyphenated = first < last && tokens[size_t(first + 1)].gap == Gap::Hyphen;
        // "K. Shanmugam", "J.D. Vance": an initial before a name belongs to it.
        if (initial && (token.flags & DotAfter) && first < last && isNameWord(first + 1)
            && !(flags & Role)) {
            initialName = true;
            break;
        }
        const bool surname = (flags & ChineseSurname) && last == first + 1 && isNameWord(last);
        if (((flags & (Stop | Demonym | Department)) && !hyphenated && !surname)
            || (flags & Role && !(flags & FirstName)) || initial
            || (isClaimed(first) && !replacesClaim)) {
            // A word dropped from the start leaves the next one at the start of the sentence.
            if (token.flags & SentenceStart && first + 1 <= last)
                tokens[size_t(first + 1)].flags |= SentenceStart;
            ++first;
            continue;
        }
        break;
    }
    // And from the end: "Nvidia CEO" leaves "CEO" to the person after it.
    while (last >= first && !isClaimed(last) && (wordFlags(last) & (Stop | Demonym | Role))
           && !(wordFlags(last) & (FirstName | OrgSuffix)) && last - first + 1 > phraseLength)
        --last;
    if (first > last)
        return;

    Candidate c;
    c.first = first;
    c.last = last;
    c.replacesClaim = replacesClaim;
    const int length = last - first + 1;
    const quint32 firstFlags = wordFlags(first);
    const quint32 lastFlags = wordFlags(last);
    const WordInfo *firstInfo = info(first);

    if (phraseLength == length) {
        c.type = phraseType;
        c.typed = true;
    } else if (lastFlags & NotEntitySuffix) {
        return; // "GAIN AI Act", "loi Climat"
    } else if (length == 1 && firstInfo && firstInfo->type >= 0
               && (!firstInfo->exact || word(first) == firstInfo->written)) {
        c.type = EntityType(firstInfo->type);
        c.typed = true;
    } else if (length >= 2 && (lastFlags & EventSuffix)) {
        c.type = EntityType::Event;
        c.typed = true;
    } else if (length >= 2 && ((lastFlags & OrgSuffix) || (firstFlags & OrgHead))) {
        c.type = EntityType::Organization;
        c.typed = true;
    } else if (length >= 2 && (lastFlags & PlaceSuffix)) {
        c.type = EntityType::Place;
        c.typed = true;
    } else if (cueBefore || initialName || (tokens[size_t(first)].flags & Dotted && length >= 2)
               || roleBefore(first) || roleAfter(last)) {
        c.type = EntityType::Person;
        c.typed = true;
        c.personCue = true;
    } else if (length >= 2 && (firstFlags & (FirstName | ChineseSurname))
               && !(tokens[size_t(first + 1)].flags & AllUpper)) {
        c.type = EntityType::Person;
        c.typed = true;
    } else if (length == 1
               && (firstFlags & (OrgSuffix | OrgHead | Department | EventSuffix | PlaceSuffix))) {
        return; // "Corp", "Technologies", "Commerce" alone
    } else if (length == 1 && (firstFlags & FirstName) && !hasEvidence(first)) {
        return; // a lone first name ("Jensen" is the gazetteer's)
    } else if (length >= 2) {
        // Two or three capitalised words, or initials between them ("Max A. Cherney"), are
        // most often a person in news text.
        bool namey = true;
        int words = 0;
        bool initialInside = false;
        for (int k = first; k <= last && namey; ++k) {
            const Token &token = tokens[size_t(k)];
            if (token.end - token.start == 1 && (token.flags & Upper) && (token.flags & DotAfter)) {
                initialInside = true;
                continue;
            }
            ++words;
            namey = (token.flags & Upper) && (token.flags & HasLower)
                && !(token.flags & (HasDigit | AllUpper));
        }
        c.type = namey && (words <= 3 || initialInside) ? EntityType::Person
                                                        : EntityType::Organization;
        c.typed = initialInside && namey;
    } else {
        c.type = EntityType::Organization;
    }

    // A lone capitalised word at the start of a sentence or in a title line needs more: to be
    // known, or written capitalised mid-sentence elsewhere in the document.
    const Token &head = tokens[size_t(first)];
    if (length == 1 && !c.typed && (head.flags & (SentenceStart | TitleLine))
        && !(head.flags & Camel))
        c.needsEvidence = true;
    // Single upper-case letters are initials, not names.
    if (length == 1 && head.end - head.start == 1)
        return;
    const int index = int(candidates.size());
    for (int k = first; k <= last; ++k)
        tokens[size_t(k)].candidate = index;
    candidates.push_back(std::move(c));
}

void NameFinder::Private::resolve()
{
    // Surnames of the people named in full: "Huang" → "Jensen Huang", and for Chinese names the
    // first word: "Guo" → "Guo Jiakun".
    struct Person
    {
        size_t hash;
        QString canonical;
    };
    std::vector<Person> surnames;
    auto addPerson = [&](int first, int last, const QString &canonical) {
        int words = 0;
        for (int k = first; k <= last; ++k)
            words += word(k).size() > 1 && isCapitalised(k);
        if (words < 2)
            return;
        surnames.push_back({keyHash(last), canonical});
        if (wordFlags(first) & ChineseSurname)
            surnames.push_back({keyHash(first), canonical});
    };
    for (Candidate &c : candidates) {
        if (c.type == EntityType::Person && !c.needsEvidence && c.last > c.first)
            addPerson(c.first, c.last, canonicalOf(c.first, c.last));
    }
    // People the caller knows, named in full in this text.
    for (size_t t = 0; t < tokens.size();) {
        const int claim = tokens[t].claim;
        if (claim < 0) {
            ++t;
            continue;
        }
        size_t end = t;
        while (end + 1 < tokens.size() && tokens[end + 1].claim == claim)
            ++end;
        const NameClaim &nc = claims[size_t(claim)];
        if (nc.entityType && *nc.entityType == EntityType::Person && end > t)
            addPerson(int(t), int(end), canonicalOf(int(t), int(end)));
        t = end + 1;
    }

    // Looked up by hash; among equal hashes the first named wins.
    std::stable_sort(surnames.begin(), surnames.end(),
                     [](const Person &a, const Person &b) { return a.hash < b.hash; });
    const auto byHash = [](const auto &item, size_t hash) { return item.hash < hash; };

    // Acronyms in brackets after a name: "Bureau of Industry and Security (BIS)".
    struct Acronym
    {
        size_t hash;
        EntityType type;
        QString canonical;
    };
    std::vector<Acronym> acronyms;

    for (size_t i = 0; i < candidates.size(); ++i) {
        Candidate &c = candidates[i];
        if (c.first != c.last)
            continue;
        const Token &token = tokens[size_t(c.first)];
        const size_t hash = keyHash(c.first);
        if (token.flags & AllUpper && token.flags & ParenBefore && token.flags & ParenAfter
            && c.first > 0) {
            const int before = c.first - 1;
            const Token &previous = tokens[size_t(before)];
            if (previous.candidate >= 0 && size_t(previous.candidate) != i
                && !candidates[size_t(previous.candidate)].dropped) {
                const Candidate &full = candidates[size_t(previous.candidate)];
                c.type = full.type;
                c.typed = true;
                c.needsEvidence = false;
                c.canonical = full.canonical.isEmpty() ? canonicalOf(full.first, full.last)
                                                       : full.canonical;
                acronyms.push_back({hash, c.type, c.canonical});
                continue;
            }
            if (previous.claim >= 0 && claims[size_t(previous.claim)].entityType) {
                const NameClaim &claim = claims[size_t(previous.claim)];
                c.type = *claim.entityType;
                c.typed = true;
                c.needsEvidence = false;
                c.canonical = text.sliced(claim.span.start, claim.span.length()).toString();
                acronyms.push_back({hash, c.type, c.canonical});
                continue;
            }
        }
        // A surname: the person named in full elsewhere in the text (the first such person).
        if (!c.typed || c.personCue || c.needsEvidence) {
            const auto p = std::lower_bound(surnames.cbegin(), surnames.cend(), hash, byHash);
            if (p != surnames.cend() && p->hash == hash) {
                c.type = EntityType::Person;
                c.typed = true;
                c.needsEvidence = false;
                c.canonical = p->canonical;
            }
        }
    }
    std::stable_sort(acronyms.begin(), acronyms.end(),
                     [](const Acronym &a, const Acronym &b) { return a.hash < b.hash; });
    for (Candidate &c : candidates) {
        if (c.first != c.last || !c.canonical.isEmpty())
            continue;
        const size_t hash = keyHash(c.first);
        const auto a = std::lower_bound(acronyms.cbegin(), acronyms.cend(), hash, byHash);
        if (a != acronyms.cend() && a->hash == hash) {
            c.type = a->type;
            c.canonical = a->canonical;
            c.needsEvidence = false;
        }
    }
    // A code once read as a product is that product everywhere in the text: "R2's progress"
    // after "its R2 model".
    std::vector<size_t> products;
    for (const Candidate &c : candidates) {
        if (!c.dropped && c.type == EntityType::Product && c.first == c.last)
            products.push_back(keyHash(c.first));
    }
    if (!products.empty()) {
        std::sort(products.begin(), products.end());
        for (int t = 0; t < int(tokens.size()); ++t) {
            const Token &token = tokens[size_t(t)];
            if (token.candidate >= 0 || token.claim >= 0 || !(isCode(t) || isShortCode(t))
                || !std::binary_search(products.begin(), products.end(), keyHash(t)))
                continue;
            Candidate c;
            c.first = c.last = t;
            c.type = EntityType::Product;
            c.typed = true;
            tokens[size_t(t)].candidate = int(candidates.size());
            candidates.push_back(std::move(c));
        }
    }

    // A word that needs evidence gets it from a name written mid-sentence: "Lutnick" at the start
    // of a sentence after "Howard Lutnick"; not "Chip" in a headline after the "Chip Security
    // Act", which is no name.
    std::vector<size_t> named;
    for (const Candidate &c : candidates) {
        if (c.dropped || c.needsEvidence)
            continue;
        for (int k = c.first; k <= c.last; ++k) {
            if (!(tokens[size_t(k)].flags & (SentenceStart | TitleLine)))
                named.push_back(keyHash(k));
        }
    }
    std::sort(named.begin(), named.end());
    for (Candidate &c : candidates) {
        if (c.needsEvidence && !isKnownWord(c.first)
            && !std::binary_search(named.begin(), named.end(), keyHash(c.first)))
            c.dropped = true;
        // A Chinese surname alone, with nobody of that name in the text: "Tang suit".
        if (c.first == c.last && !c.typed && c.canonical.isEmpty()
            && (wordFlags(c.first) & ChineseSurname))
            c.dropped = true;
        if (!c.dropped && c.canonical.isEmpty())
            c.canonical = canonicalOf(c.first, c.last);
    }
}

QList<NameMatch> NameFinder::Private::results() const
{
    QList<NameMatch> matches;
    matches.reserve(qsizetype(candidates.size()));
    for (const Candidate &c : candidates) {
        if (c.dropped)
            continue;
        matches.append({{tokens[size_t(c.first)].start, tokens[size_t(c.last)].end},
                        c.type,
                        c.canonical,
                        c.replacesClaim});
    }
    std::sort(matches.begin(), matches.end(),
              [](const NameMatch &a, const NameMatch &b) { return a.span.start < b.span.start; });
    return matches;
}

NameFinder::NameFinder(const QString &language)
    : d(std::make_unique<Private>(language))
{
}

NameFinder::~NameFinder() = default;

QList<NameMatch> NameFinder::find(QStringView text, const QList<NameClaim> &claims) const
{
    d->reset(text, claims);
    d->tokenizeText();
    d->markClaims();
    d->markSentencesAndTitles();
    d->collectEvidence();
    d->findCandidates();
    d->resolve();
    return d->results();
}

std::optional<EntityType> NameFinder::knownType(QStringView name)
{
    static thread_local NameFinder finder(u"en"_s);
    Private &p = *finder.d;
    p.reset(name, {});
    p.tokenizeText();
    const int n = int(p.tokens.size());
    if (n == 0)
        return std::nullopt;
    if (n == 1) {
        const WordInfo *info = p.info(0);
        if (info && info->type >= 0 && (!info->exact || p.word(0) == info->written))
            return EntityType(info->type);
        return std::nullopt;
    }
    EntityType type;
    if (p.matchPhrase(0, &type) == n)
        return type;
    return std::nullopt;
}

// The tables. Every UN member state and its capital in English and French, then places that are
// not member states, regions, US states and the cities news about technology mentions most.
const char16_t NameTables::places[] = uR"(
Afghanistan|Kabul|Kaboul
Albania|Albanie|Tirana
Algeria|Algérie|Algiers|Alger
Andorra|Andorre|Andorra la Vella|Andorre-la-Vieille
Angola|Luanda
Antigua and Barbuda|Antigua-et-Barbuda|Saint John's
Argentina|Argentine|Buenos Aires
Armenia|Arménie|Yerevan|Erevan
Australia|Australie|Canberra
Austria|Autriche|Vienna|Vienne
Azerbaijan|Azerbaïdjan|Baku|Bakou
Bahamas|Nassau
Bahrain|Bahreïn|Manama
Bangladesh|Dhaka|Dacca
Barbados|Barbade|Bridgetown
Belarus|Biélorussie|Bélarus|Minsk
Belgium|Belgique|Brussels|Bruxelles
Belize|Belmopan
Benin|Bénin|Porto-Novo
Bhutan|Bhoutan|Thimphu|Thimphou
Bolivia|Bolivie|Sucre|La Paz
Bosnia and Herzegovina|Bosnie-Herzégovine|Sarajevo
Botswana|Gaborone
Brazil|Brésil|Brasília|Brasilia
Brunei|Bandar Seri Begawan
Bulgaria|Bulgarie|Sofia
Burkina Faso|Ouagadougou
Burundi|Gitega|Bujumbura
Cabo Verde|Cape Verde|Cap-Vert|Praia
Cambodia|Cambodge|Phnom Penh
Cameroon|Cameroun|Yaoundé
Canada|Ottawa
Central African Republic|République centrafricaine|Centrafrique|Bangui
Chad|Tchad|N'Djamena
Chile|Chili|Santiago
China|Chine|Beijing|Pékin|People's Republic of China|République populaire de Chine|Chine continentale|Mainland China
Colombia|Colombie|Bogotá|Bogota
Comoros|Comores|Moroni
Congo|Brazzaville|Republic of the Congo|République du Congo
Democratic Republic of the Congo|République démocratique du Congo|=RDC|=DRC|Kinshasa
Costa Rica|San José|San Jose
Côte d'Ivoire|Ivory Coast|Yamoussoukro|Abidjan
Croatia|Croatie|Zagreb
Cuba|Havana|La Havane
Cyprus|Chypre|Nicosia|Nicosie
Czech Republic|Czechia|République tchèque|Tchéquie|Prague
Denmark|Danemark|Copenhagen|Copenhague
Djibouti
Dominica|Roseau
Dominican Republic|République dominicaine|Santo Domingo|Saint-Domingue
Ecuador|Équateur|Quito
Egypt|Égypte|Cairo|Le Caire
El Salvador|San Salvador
Equatorial Guinea|Guinée équatoriale|Malabo
Eritrea|Érythrée|Asmara
Estonia|Estonie|Tallinn
Eswatini|Swaziland|Mbabane
Ethiopia|Éthiopie|Addis Ababa|Addis-Abeba
Fiji|Fidji|Suva
Finland|Finlande|Helsinki
France|Paris
Gabon|Libreville
Gambia|Gambie|Banjul
Georgia|Géorgie|Tbilisi|Tbilissi
Germany|Allemagne|Berlin
Ghana|Accra
Greece|Grèce|Athens|Athènes
Grenada|St. George's
Guatemala|Guatemala City
Guinea|Guinée|Conakry
Guinea-Bissau|Guinée-Bissau|Bissau
Guyana|Georgetown
Haiti|Haïti|Port-au-Prince
Honduras|Tegucigalpa
Hungary|Hongrie|Budapest
Iceland|Islande|Reykjavik|Reykjavík
India|Inde|New Delhi|Delhi
Indonesia|Indonésie|Jakarta|Djakarta
Iran|Tehran|Téhéran
Iraq|Irak|Baghdad|Bagdad
Ireland|Irlande|Dublin
Israel|Israël|Jerusalem|Jérusalem
Italy|Italie|Rome
Jamaica|Jamaïque|Kingston
Japan|Japon|Tokyo
Jordan|Jordanie|Amman
Kazakhstan|Astana
Kenya|Nairobi
Kiribati|Tarawa
Kuwait|Koweït|Kuwait City
Kyrgyzstan|Kirghizistan|Bishkek|Bichkek
Laos|Vientiane
Latvia|Lettonie|Riga
Lebanon|Liban|Beirut|Beyrouth
Lesotho|Maseru
Liberia|Libéria|Monrovia
Libya|Libye|Tripoli
Liechtenstein|Vaduz
Lithuania|Lituanie|Vilnius
Luxembourg
Madagascar|Antananarivo|Tananarive
Malawi|Lilongwe
Malaysia|Malaisie|Kuala Lumpur
Maldives
Mali|Bamako
Malta|Malte|Valletta|La Valette
Marshall Islands|Îles Marshall|Majuro
Mauritania|Mauritanie|Nouakchott
Mauritius|Île Maurice|Port Louis|Port-Louis
Mexico|Mexique|Mexico City
Micronesia|Micronésie|Palikir
Moldova|Moldavie|Chișinău|Chisinau
Monaco
Mongolia|Mongolie|Ulaanbaatar|Oulan-Bator
Montenegro|Monténégro|Podgorica
Morocco|Maroc|Rabat
Mozambique|Maputo
Myanmar|Birmanie|Burma|Naypyidaw
Namibia|Namibie|Windhoek
Nauru
Nepal|Népal|Kathmandu|Katmandou
Netherlands|Pays-Bas|Amsterdam|The Hague|La Haye|Holland|Hollande
New Zealand|Nouvelle-Zélande|Wellington
Nicaragua|Managua
Niger|Niamey
Nigeria|Abuja|Lagos
North Korea|Corée du Nord|Pyongyang
North Macedonia|Macédoine du Nord|Skopje
Norway|Norvège|Oslo
Oman|Muscat|Mascate
Pakistan|Islamabad
Palau|Palaos|Ngerulmud
Panama|Panama City
Papua New Guinea|Papouasie-Nouvelle-Guinée|Port Moresby
Paraguay|Asunción|Asuncion
Peru|Pérou|Lima
Philippines|Manila|Manille
Poland|Pologne|Warsaw|Varsovie
Portugal|Lisbon|Lisbonne
Qatar|Doha
Romania|Roumanie|Bucharest|Bucarest
Russia|Russie|Moscow|Moscou|Russian Federation|Fédération de Russie
Rwanda|Kigali
Saint Kitts and Nevis|Saint-Christophe-et-Niévès|Basseterre
Saint Lucia|Sainte-Lucie|Castries
Saint Vincent and the Grenadines|Saint-Vincent-et-les-Grenadines|Kingstown
Samoa|Apia
San Marino|Saint-Marin
Sao Tome and Principe|São Tomé-et-Principe|Sao Tomé-et-Principe|São Tomé
Saudi Arabia|Arabie saoudite|Riyadh|Riyad
Senegal|Sénégal|Dakar
Serbia|Serbie|Belgrade
Seychelles
Sierra Leone|Freetown
Singapore|Singapour
Slovakia|Slovaquie|Bratislava
Slovenia|Slovénie|Ljubljana
Solomon Islands|Îles Salomon|Honiara
Somalia|Somalie|Mogadishu|Mogadiscio
South Africa|Afrique du Sud|Pretoria|Cape Town|Le Cap|Johannesburg
South Korea|Corée du Sud|Seoul|Séoul|Republic of Korea|Korea|Corée
South Sudan|Soudan du Sud|Juba|Djouba
Spain|Espagne|Madrid
Sri Lanka|Colombo
Sudan|Soudan|Khartoum
Suriname|Paramaribo
Sweden|Suède|Stockholm
Switzerland|Suisse|Bern|Berne
Syria|Syrie|Damascus|Damas
Tajikistan|Tadjikistan|Dushanbe|Douchanbé
Tanzania|Tanzanie|Dodoma
Thailand|Thaïlande|Bangkok
Timor-Leste|East Timor|Timor oriental|Dili
Togo|Lomé
Tonga|Nuku'alofa
Trinidad and Tobago|Trinité-et-Tobago|Port of Spain|Port-d'Espagne
Tunisia|Tunisie|Tunis
Turkey|Türkiye|Turquie|Ankara|Istanbul
Turkmenistan|Turkménistan|Ashgabat|Achgabat
Tuvalu|Funafuti
Uganda|Ouganda|Kampala
Ukraine|Kyiv|Kiev|Kyïv
United Arab Emirates|Émirats arabes unis|=UAE|=EAU|Abu Dhabi|Abou Dhabi|Dubai|Dubaï
United Kingdom|Royaume-Uni|=UK|=U.K.|Britain|Great Britain|Grande-Bretagne|London|Londres|England|Angleterre|Scotland|Écosse|Wales|Pays de Galles
United States|United States of America|États-Unis|Etats-Unis|États-Unis d'Amérique|=USA|=U.S.A.|=US|=U.S.|America|Amérique|Washington
Uruguay|Montevideo
Uzbekistan|Ouzbékistan|Tashkent|Tachkent
Vanuatu|Port Vila
Venezuela|Caracas
Vietnam|Viet Nam|Viêt Nam|Hanoi|Hanoï|Ho Chi Minh City|Hô Chi Minh-Ville
Yemen|Yémen|Sanaa
Zambia|Zambie|Lusaka
Zimbabwe|Harare
Taiwan|Taïwan|Taipei|Taipeh|Kosovo|Pristina|Palestine|Gaza|Cisjordanie|West Bank|Vatican|Holy See|Saint-Siège
Hong Kong|Macau|Macao|Greenland|Groenland|Puerto Rico|Porto Rico|Tibet|Xinjiang|Crimea|Crimée
Europe|Asia|Asie|Africa|Afrique|North America|Amérique du Nord|South America|Amérique du Sud
Latin America|Amérique latine|Central America|Amérique centrale|Oceania|Océanie
Middle East|Moyen-Orient|Near East|Proche-Orient|Southeast Asia|South-East Asia|Asie du Sud-Est
East Asia|Asie de l'Est|South Asia|Asie du Sud|Central Asia|Asie centrale|Asia-Pacific|Asie-Pacifique
Indo-Pacific|Indo-Pacifique|Eastern Europe|Europe de l'Est|Western Europe|Europe de l'Ouest
Scandinavia|Scandinavie|Balkans|Caucasus|Caucase|Maghreb|Sahel|Arctic|Arctique|Antarctica|Antarctique
Persian Gulf|Gulf|Golfe|Occident|Silicon Valley|Wall Street|Bay Area|Greater Bay Area
Pacific|Pacifique|Atlantic|Atlantique|Mediterranean|Méditerranée|Île-de-France|Ile-de-France
Alabama|Alaska|Arizona|Arkansas|California|Californie|Colorado|Connecticut|Delaware|Florida|Floride
Hawaii|Hawaï|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Louisiane|Maine|Maryland
Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire
New Jersey|New Mexico|Nouveau-Mexique|New York|North Carolina|Caroline du Nord|North Dakota
Dakota du Nord|Ohio|Oklahoma|Oregon|Pennsylvania|Pennsylvanie|Rhode Island|South Carolina
Caroline du Sud|South Dakota|Dakota du Sud|Tennessee|Texas|Utah|Vermont|Virginia|Virginie
Washington State|État de Washington|West Virginia|Virginie-Occidentale|Wisconsin|Wyoming
New York City|=NYC|Los Angeles|San Francisco|Santa Clara|Palo Alto|Mountain View|Cupertino
Menlo Park|Sunnyvale|Redmond|Seattle|Austin|Dallas|Houston|Boston|Chicago|Atlanta|Miami
Detroit|Phoenix|Las Vegas|Denver|Philadelphia|Philadelphie|Pittsburgh|Portland|San Diego
Mar-a-Lago|Hsinchu|Kaohsiung|Tainan|Taichung|Shanghai|Shenzhen|Guangzhou|Canton|Hangzhou
Hefei|Wuhan|Chengdu|Chongqing|Tianjin|Nanjing|Nankin|Suzhou|Dongguan|Xi'an|Qingdao|Dalian
Xiamen|Zhuhai|Osaka|Kyoto|Yokohama|Kumamoto|Busan|Gyeongju|Incheon|Mumbai|Bombay|Bangalore
Bengaluru|Hyderabad|Chennai|Johor|Johor Bahru|Penang|Jeddah|Djeddah|Davos|Geneva|Genève
Zurich|Munich|Frankfurt|Francfort|Hamburg|Hambourg|Dresden|Dresde|Milan|Barcelona|Barcelone
Eindhoven|Veldhoven|Lyon|Marseille|Toulouse|Bordeaux|Lille|Grenoble|Strasbourg|Nantes|Nice
Cambridge|Oxford|Manchester|Edinburgh|Édimbourg|Saint Petersburg|Saint-Pétersbourg|Toronto
Montreal|Montréal|Vancouver|Sydney|Melbourne|Tel Aviv|Haifa|Capitol Hill
)";

// Organizations that news about chips, AI and trade names most, and the institutions around them.
const char16_t NameTables::organizations[] = uR"(
Intel|=TSMC|Taiwan Semiconductor Manufacturing Company|Microsoft|Google|Alphabet|Meta|Amazon|=AWS
Samsung|Samsung Electronics|SK Hynix|Amazon Web Services|Micron|=ASML|Arm|Qualcomm|Broadcom|Marvell|Oracle|=IBM
Dell|=HP|=HPE|Supermicro|Super Micro|Foxconn|Hon Hai|Wistron|Quanta|Pegatron|MediaTek|Lenovo
Xiaomi|Alibaba|Tencent|Baidu|ByteDance|TikTok|JD.com|=SMIC|Hua Hong|=YMTC|=CXMT|Cambricon
Moore Threads|Biren|Hygon|Zhipu|Moonshot|MiniMax|Baichuan|iFlytek|SenseTime|Megvii|Hikvision
=ZTE|=BYD|=CATL|Anthropic|xAI|Mistral AI|Hugging Face|Perplexity|Cohere|Scale AI|CoreWeave
Cerebras|Groq|SambaNova|SpaceX|Goldman Sachs|Morgan Stanley|JPMorgan|JPMorgan Chase|Citigroup
Citi|=UBS|Barclays|=HSBC|BNP Paribas|Bernstein|Jefferies|Wedbush|Evercore|Mizuho|Nomura
Gartner|=IDC|TrendForce|Counterpoint|SemiAnalysis|Morningstar|Nasdaq|Dow Jones|=NYSE|S&P|S&P 500
CAC 40|=CNBC|=CNN|=BBC|=AFP|Associated Press|Wall Street Journal|The Wall Street Journal
New York Times|The New York Times|Washington Post|The Washington Post|The Information|Axios
Politico|Nikkei|South China Morning Post|Xinhua|Chine Nouvelle|Global Times|Caixin|Le Monde
Les Echos|Le Figaro|Libération|L'Usine Nouvelle|BFM Business|France 24|Le Parisien|La Tribune
Fox News|Fox Business|=CBS|=NBC|The Verge|TechCrunch|Wired|Engadget|Tom's Hardware|DigiTimes
Pentagone|Pentagon|Congrès|Congress|Sénat|Senate|Chambre des représentants|House of Representatives
Élysée|Elysée|Kremlin|Matignon|Quai d'Orsay|Zhongnanhai|Parti communiste chinois|Chinese Communist Party
Commission européenne|European Commission|Union européenne|European Union|=UE|=EU|=ONU|=UN
United Nations|Nations unies|=OMC|=WTO|=FMI|=IMF|Banque mondiale|World Bank|=OTAN|=NATO|=OCDE|=OECD
Bureau of Industry and Security|Bureau de l'industrie et de la sécurité|Department of Commerce
Commerce Department|Cyberspace Administration of China|=CAC|=SAMR|=MOFCOM|=NDRC|Federal Reserve
Réserve fédérale|=BCE|=ECB|=FTC|=SEC|=DOJ|=FBI|=CIA|=NSA|=DARPA|=NIST|=BIS|=USTR|Conseil d'État
Assemblée nationale|Parlement européen|European Parliament|Banque centrale européenne
European Central Bank|Forum économique mondial|World Economic Forum|Cour suprême|Supreme Court
Nvidia|=AMD|Huawei|Apple|OpenAI|DeepSeek|Reuters|Bloomberg|Financial Times
)";

// Product families and well-known products (codes are recognised by their shape).
const char16_t NameTables::products[] = uR"(
Blackwell|Blackwell Ultra|Hopper|Rubin|Vera Rubin|Ampere|Ascend|Kunlun|Instinct|GeForce|=RTX
Quadro|=DGX|=HGX|Jetson|=CUDA|Xeon|Gaudi|=EPYC|Epyc|Ryzen|Snapdragon|Exynos|ChatGPT|=GPT|Gemini
Llama|Grok|Qwen|Kimi|Ernie|Copilot|Sora|iPhone|iPad|Android|Windows|Trainium|Inferentia|Maia
Dojo|Grace Blackwell|Grace Hopper|DeepSeek-R1|DeepSeek-V3|App Store|Truth Social|Twitter|Facebook
Air Force One
Instagram|WeChat|Weibo|Douyin|YouTube|LinkedIn|WhatsApp|Telegram
)";

const char16_t NameTables::events[] = uR"(
=G7|=G20|=APEC|VivaTech|Viva Technology|Web Summit|Mobile World Congress|=MWC|Hot Chips
=SEMICON|=WAIC|World Artificial Intelligence Conference|=CES|Computex|=GTC|AI Action Summit
Sommet pour l'action sur l'IA|Consumer Electronics Show|Jeux olympiques|Olympic Games
)";

} // namespace storyline
