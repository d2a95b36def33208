<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ArticleBatch</name>
    <message>
        <source>Imported from “%1” (%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleImporter</name>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the page has no visible text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds no text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AxisLabels</name>
    <message>
        <source>%1s</source>
        <extracomment>A decade on the timeline axis: &quot;2020s&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <source>Usage: storyline [PATH] [--event ID] [--screenshot FILE.png [--size WxH]]
       storyline COMMAND [OPTIONS]

Storyline shows a news story as a chronology: dated events, the articles that report them with their named entities, and the figures they state. Without a PATH it opens the bundled story.

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run “storyline COMMAND --help” for a command&apos;s options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the figures chart to a PNG, SVG or PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the timeline to a PNG, SVG or PDF file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output format: text, json or csv (default: text); events also timelinejs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format “%1” (expected text, json, csv or timelinejs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to &lt;file&gt;; its extension, .png, .svg or .pdf, chooses the format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width in pixels (default: 1600).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height in pixels (default: 900).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device pixels per pixel of a PNG, 1 to 4: 2 gives the same picture twice as sharp (default: 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours: light, dark or print (default: light).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the labels: en or fr (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing --output FILE (.png, .svg or .pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown image format (expected a .png, .svg or .pdf file name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid width “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid height “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid scale “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown theme “%1” (expected light, dark or print)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the figures chart to a PNG, SVG or PDF file: every figure the articles state, with the conflicts between sources and the sources cited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw the timeline to a PNG, SVG or PDF file: the whole story, or the days from --from to --to, with a caption citing the sources shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day shown: YYYY-MM-DD, or a week, month, season, quarter or year (2025-W05, 2025-01, 2025-SP, 2025-Q2, 2025) from its first day (default: the story&apos;s first event).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day shown, in the same forms, to its last day (default: the story&apos;s last event).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid date “%1” for --%2 (expected YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY-SP|SU|FA|WI, YYYY-Qn or YYYY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the window from %1 to %2 is empty: the story runs from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find entities, dates, money and percentages in article files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportPicture</name>
    <message>
        <source>Money and percentages as the articles state them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>no file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write: the folder “%1” does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the size %1×%2 is out of range (%3 to %4 pixels a side)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the scale %1 is out of range (1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×%2 pixels is too large an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot draw a %1×%2 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot draw the %1 document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>export cancelled; the file was not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiguresChart</name>
    <message>
        <source>As stated in the article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approximate (≈)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts in US dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (logarithmic scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US dollars, logarithmic scale: each gridline is ten times the previous one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n more do not fit: enlarge the chart or filter</source>
        <translation>
            <numerusform>%1 · %n more does not fit: enlarge the chart or filter</numerusform>
            <numerusform>%1 · %n more do not fit: enlarge the chart or filter</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>Storyline shows a news story as a chronology: dated events, the articles that report them with their named entities, and the figures they state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the event &lt;id&gt; at start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the window as a PNG image to &lt;file&gt; and quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size for --screenshot, as WIDTHxHEIGHT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command or path “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid size “%1” (expected WIDTHxHEIGHT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no event “%1” in this story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write the screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A story folder or its story.json (default: the bundled story), or article files (.txt, .md, .markdown, .html, .htm) for a new story that holds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[PATH…]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected one story, or article files, got %1 paths</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoryCommands</name>
    <message>
        <source>Accept Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss Proposed Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add %n Article(s)</source>
        <translation>
            <numerusform>Add %n Article</numerusform>
            <numerusform>Add %n Articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the publication date of %1</source>
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
    <message>
        <source>expected a boolean, found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>article path “%1” holds control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not UTF-8 text: it holds NUL bytes (a binary file, or UTF-16?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large to be a story (%1 MiB; the limit is %2 MiB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate field “%1” (each field may appear only once)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>story.json changed while it was read</source>
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
    <name>TextDecoder</name>
    <message>
        <source>not a text file: it holds NUL bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a text file: too many control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid %1, although it starts with a %1 byte-order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid UTF-8 (byte 0x%1), although it starts with a UTF-8 byte-order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the text encoding could not be recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too large to be an article (%1 MiB; the limit is %2 MiB)</source>
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
<context>
    <name>TimelineExport</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events involving %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one lane per group of actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>No sources: no events in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A yellow “!” marks an event whose sources disagree on a figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event involves all the selected entities.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineJs</name>
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
        <source>expected %1, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” must be a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing field “year”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year must be between 1 and 9999</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a day needs a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the month must be between 1 and 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-%2 has no day %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing field “start_date”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end is before the start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing field “events”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate id “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UiStyle</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date stated in the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date worked out from the publication date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date from the public record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unnamed outlet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storyline::ArticleView</name>
    <message>
        <source>Article to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources of the selected event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in this article (accents and case ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend of highlights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outlet not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈ %1 (approximate: “%2”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another source gives a different figure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2
Click to show its events; Ctrl+click to add it to the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: the text does not say which (no publication date to read it against, or an ambiguous season or quarter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worked out from the publication date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When was this article published? (YYYY-MM-DD)
Relative dates such as “hier” or “last Friday” are worked out from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set publication date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article has no publication date, so its relative dates are not resolved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storyline::EntityPanel</name>
    <message>
        <source>Entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — also “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter entities (accents and case ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select entities to show only the events that involve all of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one or more to show only the events that involve them (Ctrl+click to add).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the entity filter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storyline::EventDetails</name>
    <message>
        <source>Select an event on the timeline to see its details and sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources disagree: %1 vs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extracted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed from a dated sentence of the article; not yet accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this event in the story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change its title, date or precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this proposal from the story</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storyline::EventEditDialog</name>
    <message>
        <source>Edit Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Season</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storyline::ExportActions</name>
    <message>
        <source>The chart is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the figures chart as a PNG, SVG or PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Timeline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the timeline, the visible window or the whole story, as a PNG, SVG or PDF file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events as &amp;TimelineJS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Events as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;ntities as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Figures as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities as J&amp;SON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures as JS&amp;ON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the events as a Knight Lab TimelineJS document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy C&amp;hart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the figures chart to the clipboard as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Time&amp;line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the visible timeline to the clipboard as an image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storyline::ExportDialog</name>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The timeline is on the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sc&amp;ale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixels per point of the layout: 2× and 3× give the same picture, sharper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print (white paper, black text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;visible window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;whole story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the picture to the clipboard (PNG and SVG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vector drawing, %1 × %2 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One page, %1 × %2 mm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storyline::FiguresChart</name>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No story is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This story states no figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No figures match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money and percentages as the articles state them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figures shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events involving %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>money only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percentages only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
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
        <source>Selected &amp;event only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only the figures of the event selected in the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each gridline is ten times the previous one, so amounts of very different sizes stay readable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>figures shown: the first %1 of %2 (filter to see others)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storyline::FiguresModel</name>
    <message numerus="yes">
        <source>%n sources disagree: %1</source>
        <extracomment>%1 lists the values: &quot;$2T vs ≈ $1T&quot;</extracomment>
        <translation>
            <numerusform>%n source disagrees: %1</numerusform>
            <numerusform>%n sources disagree: %1</numerusform>
        </translation>
    </message>
    <message>
        <source> vs </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storyline::FindPanel</name>
    <message>
        <source>No match in the articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n article(s)</source>
        <translation>
            <numerusform>in %n article</numerusform>
            <numerusform>in %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Find in all articles (accents and case ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in all articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches in the articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching the articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 so far, still searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (the first %2 listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Indexing %n article(s)… the search runs when it is ready</source>
        <translation>
            <numerusform>Indexing %n article… the search runs when it is ready</numerusform>
            <numerusform>Indexing %n articles… the search runs when it is ready</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyline::MainWindow</name>
    <message>
        <source>Open a story folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Storyline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Storyline %1&lt;/h3&gt;&lt;p&gt;A news story as a zoomable chronology: dated events, the articles that report them with their named entities, and the figures they state.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPL-3.0) and ICU (Unicode licence). Storyline is free software under the GPL-3.0-or-later.&lt;/p&gt;&lt;p&gt;&lt;b&gt;This story&apos;s sources:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%3&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in All Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Story…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Storyline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in on the timeline (Ctrl+=)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out of the timeline (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole story (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to the selected event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group events in lanes by who acts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the previous event in time (Left or P on the timeline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the next event in time (Right or N on the timeline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the first event (Home on the timeline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the last event (End on the timeline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in the article (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in &amp;All Articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in every article of the story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;All Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the entity filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Storyline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version, licences and this story&apos;s sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt version Storyline uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events in time. Left and Right step through them; Ctrl+= and Ctrl+- zoom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storyline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Storyline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing %1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in view</source>
        <translation>
            <numerusform>%n event in view</numerusform>
            <numerusform>%n events in view</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 of %3 match the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n event(s) in the story</source>
        <translation>
            <numerusform>%1 · %n event in the story</numerusform>
            <numerusform>%1 · %n events in the story</numerusform>
        </translation>
    </message>
    <message>
        <source>No recent stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storyline cannot open this story; the current story stays open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous / next event (timeline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left / Right, P / N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First / last event (timeline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pan the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+Left / Shift+Right, drag, scroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom around the pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+wheel or wheel, pinch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to a range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag on the time axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an entity to the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every shortcut, in the menus and on the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an empty story and add articles to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add article files (text, Markdown, HTML) to the story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the story in its folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Story &amp;As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the story in another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the last change to the story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo the change last undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop reading the articles; none is added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading articles: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the articles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: no article added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) added.</source>
        <translation>
            <numerusform>%n article added.</numerusform>
            <numerusform>%n articles added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read: %1</source>
        <translation>
            <numerusform>%n file could not be read: %1</numerusform>
            <numerusform>%n files could not be read: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Some articles were not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read.</source>
        <translation>
            <numerusform>%n file could not be read.</numerusform>
            <numerusform>%n files could not be read.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save them first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the story in a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the story?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This folder already holds a story. Replace it with this one?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storyline cannot save the story; the files already in the folder are as they were.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an article file (.txt, .md, .markdown, .html, .htm): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening cancelled; the current story stays open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storyline::StoryDocument</name>
    <message>
        <source>the story has no folder yet: save it as a new story folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>storyline::TimelineView</name>
    <message>
        <source>Nvidia and industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>China</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event involves all the selected entities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sources disagree on a figure of this event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to zoom in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left and Right step through the events, Home and End go to the first and the last, Ctrl+plus and Ctrl+minus zoom, Shift+Left and Shift+Right pan, Enter zooms to the selected event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extracted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed from the text; right-click to accept, edit or dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss Event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
