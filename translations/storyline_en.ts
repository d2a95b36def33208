<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CommandLine</name>
    <message>
        <source>Try “storyline --help”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the story&apos;s events in date order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the story&apos;s people, organizations, places, products and events, with their mention counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the figures the articles state, with conflicts between sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find entities, money and percentages in article files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the story folder &lt;path&gt; instead of the bundled story.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text, json or csv (default: text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of titles and subjects: en or fr (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language “%1” (expected en or fr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format “%1” (expected text, json or csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the articles: fr, en or auto (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication date of the articles (YYYY-MM-DD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: json (default) or text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article files to analyse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>analyze needs at least one file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown language “%1” (expected fr, en or auto)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid publication date “%1” (expected YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format “%1” (expected json or text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: byte %2: not valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storyline shows a news story as a chronology: dated events, the articles that report them with their named entities, and the figures they state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A story folder or its story.json (default: the bundled story).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[PATH]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one story, got %1 paths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command or path “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoryError</name>
    <message>
        <source>%1: byte %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoryReader</name>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown field “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing field “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a text in at least one language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid date “%1” (expected YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY-SP|SU|FA|WI, YYYY-Qn or YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid precision “%1” (expected day, week, month, season, quarter or year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date “%1” does not have the precision “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate id “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format “%1” (expected “storyline-story”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported version %1 (this Storyline reads version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown entity type “%1” (expected person, organization, place, product or event)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs at least one source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends (%1) before it starts (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid basis “%1” (expected text, relative or public-record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article path “%1” is absolute; it must be relative to the story folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article path “%1” must use forward slashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article path “%1” leaves the story folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article file “%1” does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article path “%1” leads out of the story folder (to “%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article path “%1” is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read article file “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid UTF-8 (byte 0x%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quote “%1” does not occur in article “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quote “%1” states no amount of money and no percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such story (expected a story folder or its story.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown article “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown entity “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown event “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoryWriter</name>
    <message>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create its folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextOutput</name>
    <message>
        <source>stated in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the publication date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflicts with: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
