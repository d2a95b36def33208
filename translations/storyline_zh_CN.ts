<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ArticleBatch</name>
    <message>
        <source>Imported from “%1” (%2).</source>
        <translation>导入自“%1”（%2）。</translation>
    </message>
</context>
<context>
    <name>ArticleImporter</name>
    <message>
        <source>the file is empty</source>
        <translation>文件为空</translation>
    </message>
    <message>
        <source>the page has no visible text</source>
        <translation>页面没有可见文本</translation>
    </message>
    <message>
        <source>the file holds no text</source>
        <translation>文件不含文本</translation>
    </message>
</context>
<context>
    <name>AxisLabels</name>
    <message>
        <source>%1s</source>
        <extracomment>A decade on the timeline axis: &quot;2020s&quot;</extracomment>
        <translation>%1 年代</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Try “storyline --help”.</source>
        <translation>请尝试“storyline --help”。</translation>
    </message>
    <message>
        <source>List the story&apos;s events in date order.</source>
        <translation>按日期顺序列出故事中的事件。</translation>
    </message>
    <message>
        <source>List the story&apos;s people, organizations, places, products and events, with their mention counts.</source>
        <translation>列出故事中的人物、组织、地点、产品和事件，以及各自的提及次数。</translation>
    </message>
    <message>
        <source>List the figures the articles state, with conflicts between sources.</source>
        <translation>列出文章给出的数据，以及来源之间的冲突。</translation>
    </message>
    <message>
        <source>Draw the figures chart to a PNG, SVG or PDF file.</source>
        <translation>将数据图表绘制为 PNG、SVG 或 PDF 文件。</translation>
    </message>
    <message>
        <source>Draw the timeline to a PNG, SVG or PDF file.</source>
        <translation>将时间线绘制为 PNG、SVG 或 PDF 文件。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Read the story folder &lt;path&gt; instead of the bundled story.</source>
        <translation>读取故事文件夹 &lt;路径&gt;，而不是内置故事。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <source>Output format: text, json or csv (default: text); events also timelinejs.</source>
        <translation>输出格式：text、json 或 csv（默认：text）；events 还支持 timelinejs。</translation>
    </message>
    <message>
        <source>format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>Language of titles and subjects: en or fr (default: the system&apos;s).</source>
        <translation>标题和主题的语言：en 或 fr（默认：系统语言）。</translation>
    </message>
    <message>
        <source>language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>unknown language “%1” (expected en or fr)</source>
        <translation>未知语言“%1”（应为 en 或 fr）</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>意外的参数“%1”</translation>
    </message>
    <message>
        <source>unknown format “%1” (expected text, json, csv or timelinejs)</source>
        <translation>未知格式“%1”（应为 text、json、csv 或 timelinejs）</translation>
    </message>
    <message>
        <source>unknown format “%1” (expected text, json or csv)</source>
        <translation>未知格式“%1”（应为 text、json 或 csv）</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Percentages</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>Language of the articles: fr, en or auto (default).</source>
        <translation>文章的语言：fr、en 或 auto（默认）。</translation>
    </message>
    <message>
        <source>Publication date of the articles (YYYY-MM-DD).</source>
        <translation>文章的发布日期（YYYY-MM-DD）。</translation>
    </message>
    <message>
        <source>date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Output format: json (default) or text.</source>
        <translation>输出格式：json（默认）或 text。</translation>
    </message>
    <message>
        <source>Article files to analyse.</source>
        <translation>要分析的文章文件。</translation>
    </message>
    <message>
        <source>FILE…</source>
        <translation>文件…</translation>
    </message>
    <message>
        <source>analyze needs at least one file</source>
        <translation>analyze 至少需要一个文件</translation>
    </message>
    <message>
        <source>unknown language “%1” (expected fr, en or auto)</source>
        <translation>未知语言“%1”（应为 fr、en 或 auto）</translation>
    </message>
    <message>
        <source>invalid publication date “%1” (expected YYYY-MM-DD)</source>
        <translation>无效的发布日期“%1”（应为 YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>unknown format “%1” (expected json or text)</source>
        <translation>未知格式“%1”（应为 json 或 text）</translation>
    </message>
    <message>
        <source>Usage: storyline [PATH] [--event ID] [--screenshot FILE.png [--size WxH]]
       storyline COMMAND [OPTIONS]

Storyline shows a news story as a chronology: dated events, the articles that report them with their named entities, and the figures they state. Without a PATH it opens the bundled story.

</source>
        <translation>用法：storyline [路径] [--event ID] [--screenshot 文件.png [--size 宽x高]]
      storyline 命令 [选项]

Storyline 以时间线形式呈现一则新闻故事：带日期的事件、报道这些事件的文章及其中的命名实体，以及文章给出的数据。未指定路径时，将打开内置故事。

</translation>
    </message>
    <message>
        <source>Run “storyline COMMAND --help” for a command&apos;s options.</source>
        <translation>运行“storyline 命令 --help”可查看该命令的选项。</translation>
    </message>
    <message>
        <source>Write to &lt;file&gt;; its extension, .png, .svg or .pdf, chooses the format.</source>
        <translation>写入 &lt;文件&gt;；由其扩展名 .png、.svg 或 .pdf 决定格式。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Width in pixels (default: 1600).</source>
        <translation>宽度，单位为像素（默认：1600）。</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>像素</translation>
    </message>
    <message>
        <source>Height in pixels (default: 900).</source>
        <translation>高度，单位为像素（默认：900）。</translation>
    </message>
    <message>
        <source>Device pixels per pixel of a PNG, 1 to 4: 2 gives the same picture twice as sharp (default: 1).</source>
        <translation>PNG 每个像素对应的设备像素数，1 到 4：取 2 时画面相同，清晰度加倍（默认：1）。</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>倍数</translation>
    </message>
    <message>
        <source>Colours: light, dark or print (default: light).</source>
        <translation>配色：light、dark 或 print（默认：light）。</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Language of the labels: en or fr (default: the system&apos;s).</source>
        <translation>标签的语言：en 或 fr（默认：系统语言）。</translation>
    </message>
    <message>
        <source>missing --output FILE (.png, .svg or .pdf)</source>
        <translation>缺少 --output 文件（.png、.svg 或 .pdf）</translation>
    </message>
    <message>
        <source>%1: unknown image format (expected a .png, .svg or .pdf file name)</source>
        <translation>%1：未知图像格式（应为 .png、.svg 或 .pdf 文件名）</translation>
    </message>
    <message>
        <source>invalid width “%1”</source>
        <translation>无效的宽度“%1”</translation>
    </message>
    <message>
        <source>invalid height “%1”</source>
        <translation>无效的高度“%1”</translation>
    </message>
    <message>
        <source>invalid scale “%1”</source>
        <translation>无效的缩放倍数“%1”</translation>
    </message>
    <message>
        <source>unknown theme “%1” (expected light, dark or print)</source>
        <translation>未知主题“%1”（应为 light、dark 或 print）</translation>
    </message>
    <message>
        <source>Draw the figures chart to a PNG, SVG or PDF file: every figure the articles state, with the conflicts between sources and the sources cited.</source>
        <translation>将数据图表绘制为 PNG、SVG 或 PDF 文件：包含文章给出的每项数据、来源之间的冲突以及所引用的来源。</translation>
    </message>
    <message>
        <source>Draw the timeline to a PNG, SVG or PDF file: the whole story, or the days from --from to --to, with a caption citing the sources shown.</source>
        <translation>将时间线绘制为 PNG、SVG 或 PDF 文件：整个故事，或从 --from 到 --to 的日期范围，并附上注明所示来源的说明文字。</translation>
    </message>
    <message>
        <source>First day shown: YYYY-MM-DD, or a week, month, season, quarter or year (2025-W05, 2025-01, 2025-SP, 2025-Q2, 2025) from its first day (default: the story&apos;s first event).</source>
        <translation>显示的第一天：YYYY-MM-DD，或某一周、月、季节、季度或年份（2025-W05、2025-01、2025-SP、2025-Q2、2025），从其第一天开始（默认：故事的第一个事件）。</translation>
    </message>
    <message>
        <source>Last day shown, in the same forms, to its last day (default: the story&apos;s last event).</source>
        <translation>显示的最后一天，格式同上，截至其最后一天（默认：故事的最后一个事件）。</translation>
    </message>
    <message>
        <source>invalid date “%1” for --%2 (expected YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY-SP|SU|FA|WI, YYYY-Qn or YYYY)</source>
        <translation>--%2 的日期“%1”无效（应为 YYYY-MM-DD、YYYY-Www、YYYY-MM、YYYY-SP|SU|FA|WI、YYYY-Qn 或 YYYY）</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 晚于 --to %2</translation>
    </message>
    <message>
        <source>the window from %1 to %2 is empty: the story runs from %3 to %4</source>
        <translation>从 %1 到 %2 的范围内没有内容：故事的时间跨度为 %3 到 %4</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Find entities, dates, money and percentages in article files.</source>
        <translation>在文章文件中查找实体、日期、金额和百分比。</translation>
    </message>
</context>
<context>
    <name>ExportPicture</name>
    <message>
        <source>Money and percentages as the articles state them</source>
        <translation>文章所述的金额和百分比</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>no file name</source>
        <translation>没有文件名</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>是文件夹，而不是文件</translation>
    </message>
    <message>
        <source>cannot write: the folder “%1” does not exist</source>
        <translation>无法写入：文件夹“%1”不存在</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>the size %1×%2 is out of range (%3 to %4 pixels a side)</source>
        <translation>尺寸 %1×%2 超出范围（每边 %3 到 %4 像素）</translation>
    </message>
    <message>
        <source>the scale %1 is out of range (1 to %2)</source>
        <translation>缩放倍数 %1 超出范围（1 到 %2）</translation>
    </message>
    <message>
        <source>%1×%2 pixels is too large an image</source>
        <translation>%1×%2 像素的图像过大</translation>
    </message>
    <message>
        <source>cannot draw a %1×%2 image</source>
        <translation>无法绘制 %1×%2 的图像</translation>
    </message>
    <message>
        <source>cannot draw the %1 document</source>
        <translation>无法绘制 %1 文档</translation>
    </message>
    <message>
        <source>export cancelled; the file was not changed</source>
        <translation>导出已取消；文件未更改</translation>
    </message>
</context>
<context>
    <name>FiguresChart</name>
    <message>
        <source>As stated in the article</source>
        <translation>按文章所述</translation>
    </message>
    <message>
        <source>Approximate (≈)</source>
        <translation>约数（≈）</translation>
    </message>
    <message>
        <source>Sources disagree</source>
        <translation>来源不一致</translation>
    </message>
    <message>
        <source>Percentages</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>Amounts in US dollars</source>
        <translation>金额（美元）</translation>
    </message>
    <message>
        <source>Amounts in %1</source>
        <translation>金额（%1）</translation>
    </message>
    <message>
        <source>%1 (logarithmic scale)</source>
        <translation>%1（对数刻度）</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>US dollars, logarithmic scale: each gridline is ten times the previous one</source>
        <translation>美元，对数刻度：每条网格线是前一条的十倍</translation>
    </message>
    <message>
        <source>US dollars</source>
        <translation>美元</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n more do not fit: enlarge the chart or filter</source>
        <translation>
            <numerusform>%1 · 另有 %n 个放不下：请放大图表或筛选</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>Storyline shows a news story as a chronology: dated events, the articles that report them with their named entities, and the figures they state.</source>
        <translation>Storyline 以时间线形式呈现一则新闻故事：带日期的事件、报道这些事件的文章及其中的命名实体，以及文章给出的数据。</translation>
    </message>
    <message>
        <source>Select the event &lt;id&gt; at start.</source>
        <translation>启动时选中事件 &lt;id&gt;。</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Save the window as a PNG image to &lt;file&gt; and quit.</source>
        <translation>将窗口保存为 PNG 图像到 &lt;文件&gt;，然后退出。</translation>
    </message>
    <message>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Window size for --screenshot, as WIDTHxHEIGHT.</source>
        <translation>--screenshot 的窗口尺寸，格式为 宽x高。</translation>
    </message>
    <message>
        <source>size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>unknown command or path “%1”</source>
        <translation>未知的命令或路径“%1”</translation>
    </message>
    <message>
        <source>invalid size “%1” (expected WIDTHxHEIGHT)</source>
        <translation>无效的尺寸“%1”（应为 宽x高）</translation>
    </message>
    <message>
        <source>no event “%1” in this story</source>
        <translation>此故事中没有事件“%1”</translation>
    </message>
    <message>
        <source>%1: cannot write the screenshot</source>
        <translation>%1：无法写入截图</translation>
    </message>
    <message>
        <source>A story folder or its story.json (default: the bundled story), or article files (.txt, .md, .markdown, .html, .htm) for a new story that holds them.</source>
        <translation>故事文件夹或其 story.json（默认：内置故事），或文章文件（.txt、.md、.markdown、.html、.htm），用于新建包含它们的故事。</translation>
    </message>
    <message>
        <source>[PATH…]</source>
        <translation>[路径…]</translation>
    </message>
    <message>
        <source>expected one story, or article files, got %1 paths</source>
        <translation>应为一个故事或若干文章文件，却收到 %1 个路径</translation>
    </message>
</context>
<context>
    <name>StoryCommands</name>
    <message>
        <source>Accept Event</source>
        <translation>接受事件</translation>
    </message>
    <message>
        <source>Dismiss Proposed Event</source>
        <translation>驳回提议的事件</translation>
    </message>
    <message>
        <source>Delete Event</source>
        <translation>删除事件</translation>
    </message>
    <message>
        <source>Edit Event</source>
        <translation>编辑事件</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Article(s)</source>
        <translation>
            <numerusform>添加 %n 篇文章</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the publication date of %1</source>
        <translation>设置 %1 的发布日期</translation>
    </message>
</context>
<context>
    <name>StoryError</name>
    <message>
        <source>%1: byte %2: %3</source>
        <translation>%1：第 %2 字节：%3</translation>
    </message>
</context>
<context>
    <name>StoryReader</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无内容</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>unknown field “%1”</source>
        <translation>未知字段“%1”</translation>
    </message>
    <message>
        <source>missing field “%1”</source>
        <translation>缺少字段“%1”</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>应为字符串，实际为 %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>应为对象，实际为 %1</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>应为数组，实际为 %1</translation>
    </message>
    <message>
        <source>needs a text in at least one language</source>
        <translation>至少需要一种语言的文本</translation>
    </message>
    <message>
        <source>invalid date “%1” (expected YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY-SP|SU|FA|WI, YYYY-Qn or YYYY)</source>
        <translation>无效的日期“%1”（应为 YYYY-MM-DD、YYYY-Www、YYYY-MM、YYYY-SP|SU|FA|WI、YYYY-Qn 或 YYYY）</translation>
    </message>
    <message>
        <source>invalid precision “%1” (expected day, week, month, season, quarter or year)</source>
        <translation>无效的精度“%1”（应为 day、week、month、season、quarter 或 year）</translation>
    </message>
    <message>
        <source>date “%1” does not have the precision “%2”</source>
        <translation>日期“%1”不具有精度“%2”</translation>
    </message>
    <message>
        <source>duplicate id “%1”</source>
        <translation>重复的 id“%1”</translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation>JSON 格式错误：%1</translation>
    </message>
    <message>
        <source>unknown format “%1” (expected “storyline-story”)</source>
        <translation>未知格式“%1”（应为“storyline-story”）</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>应为数字，实际为 %1</translation>
    </message>
    <message>
        <source>unsupported version %1 (this Storyline reads version %2)</source>
        <translation>不支持的版本 %1（此 Storyline 读取版本 %2）</translation>
    </message>
    <message>
        <source>unknown entity type “%1” (expected person, organization, place, product or event)</source>
        <translation>未知的实体类型“%1”（应为 person、organization、place、product 或 event）</translation>
    </message>
    <message>
        <source>needs at least one source</source>
        <translation>至少需要一个来源</translation>
    </message>
    <message>
        <source>unknown article “%1”</source>
        <translation>未知文章“%1”</translation>
    </message>
    <message>
        <source>ends (%1) before it starts (%2)</source>
        <translation>结束时间（%1）早于开始时间（%2）</translation>
    </message>
    <message>
        <source>invalid basis “%1” (expected text, relative or public-record)</source>
        <translation>无效的依据“%1”（应为 text、relative 或 public-record）</translation>
    </message>
    <message>
        <source>unknown entity “%1”</source>
        <translation>未知实体“%1”</translation>
    </message>
    <message>
        <source>unknown event “%1”</source>
        <translation>未知事件“%1”</translation>
    </message>
    <message>
        <source>article path “%1” is absolute; it must be relative to the story folder</source>
        <translation>文章路径“%1”是绝对路径；必须是相对于故事文件夹的路径</translation>
    </message>
    <message>
        <source>article path “%1” must use forward slashes</source>
        <translation>文章路径“%1”必须使用正斜杠（/）</translation>
    </message>
    <message>
        <source>article path “%1” leaves the story folder</source>
        <translation>文章路径“%1”超出了故事文件夹</translation>
    </message>
    <message>
        <source>article file “%1” does not exist</source>
        <translation>文章文件“%1”不存在</translation>
    </message>
    <message>
        <source>article path “%1” leads out of the story folder (to “%2”)</source>
        <translation>文章路径“%1”指向故事文件夹之外（指向“%2”）</translation>
    </message>
    <message>
        <source>article path “%1” is not a file</source>
        <translation>文章路径“%1”不是文件</translation>
    </message>
    <message>
        <source>cannot read article file “%1”: %2</source>
        <translation>无法读取文章文件“%1”：%2</translation>
    </message>
    <message>
        <source>not valid UTF-8 (byte 0x%1)</source>
        <translation>不是有效的 UTF-8（字节 0x%1）</translation>
    </message>
    <message>
        <source>quote “%1” does not occur in article “%2”</source>
        <translation>引文“%1”未出现在文章“%2”中</translation>
    </message>
    <message>
        <source>quote “%1” states no amount of money and no percentage</source>
        <translation>引文“%1”中既没有金额，也没有百分比</translation>
    </message>
    <message>
        <source>no such story (expected a story folder or its story.json)</source>
        <translation>找不到该故事（应为故事文件夹或其中的 story.json）</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>expected a boolean, found %1</source>
        <translation>应为布尔值，实为%1</translation>
    </message>
    <message>
        <source>article path “%1” holds control characters</source>
        <translation>文章路径“%1”包含控制字符</translation>
    </message>
    <message>
        <source>not UTF-8 text: it holds NUL bytes (a binary file, or UTF-16?)</source>
        <translation>不是 UTF-8 文本：其中含有 NUL 字节（二进制文件，或 UTF-16？）</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>too large to be a story (%1 MiB; the limit is %2 MiB)</source>
        <translation>文件过大，不能作为故事（%1 MiB；上限为 %2 MiB）</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>duplicate field “%1” (each field may appear only once)</source>
        <translation>字段“%1”重复（每个字段只能出现一次）</translation>
    </message>
    <message>
        <source>story.json changed while it was read</source>
        <translation>story.json 在读取期间被修改</translation>
    </message>
</context>
<context>
    <name>StoryWriter</name>
    <message>
        <source>cannot write: %1</source>
        <translation>无法写入：%1</translation>
    </message>
    <message>
        <source>cannot create its folder</source>
        <translation>无法创建其文件夹</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>not a text file: it holds NUL bytes</source>
        <translation>不是文本文件：含有 NUL 字节</translation>
    </message>
    <message>
        <source>not a text file: too many control characters</source>
        <translation>不是文本文件：控制字符过多</translation>
    </message>
    <message>
        <source>not valid %1, although it starts with a %1 byte-order mark</source>
        <translation>不是有效的 %1，尽管文件以 %1 字节顺序标记开头</translation>
    </message>
    <message>
        <source>not valid UTF-8 (byte 0x%1), although it starts with a UTF-8 byte-order mark</source>
        <translation>不是有效的 UTF-8（字节 0x%1），尽管文件以 UTF-8 字节顺序标记开头</translation>
    </message>
    <message>
        <source>the text encoding could not be recognised</source>
        <translation>无法识别文本编码</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>a folder, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>too large to be an article (%1 MiB; the limit is %2 MiB)</source>
        <translation>文件过大，不能作为文章（%1 MiB；上限为 %2 MiB）</translation>
    </message>
</context>
<context>
    <name>TextOutput</name>
    <message>
        <source>stated in the text</source>
        <translation>文中所述</translation>
    </message>
    <message>
        <source>from the publication date</source>
        <translation>根据发布日期推算</translation>
    </message>
    <message>
        <source>public record</source>
        <translation>公开记录</translation>
    </message>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>conflicts with: %1</source>
        <translation>与以下数据冲突：%1</translation>
    </message>
</context>
<context>
    <name>TimelineExport</name>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>events involving %1</source>
        <translation>涉及 %1 的事件</translation>
    </message>
    <message>
        <source>one lane per group of actors</source>
        <translation>每组参与方一条泳道</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>No sources: no events in this window.</source>
        <translation>无来源：此范围内没有事件。</translation>
    </message>
    <message>
        <source>A yellow “!” marks an event whose sources disagree on a figure.</source>
        <translation>黄色“!”标记表示该事件的来源在某项数据上不一致。</translation>
    </message>
    <message>
        <source>No events to show.</source>
        <translation>没有可显示的事件。</translation>
    </message>
    <message>
        <source>No event involves all the selected entities.</source>
        <translation>没有事件同时涉及所有选中的实体。</translation>
    </message>
</context>
<context>
    <name>TimelineJs</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>无内容</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>应为 %1，实际为 %2</translation>
    </message>
    <message>
        <source>“%1” must be a whole number</source>
        <translation>“%1”必须是整数</translation>
    </message>
    <message>
        <source>missing field “year”</source>
        <translation>缺少字段“year”</translation>
    </message>
    <message>
        <source>the year must be between 1 and 9999</source>
        <translation>年份必须介于 1 到 9999 之间</translation>
    </message>
    <message>
        <source>a day needs a month</source>
        <translation>指定日期时必须同时指定月份</translation>
    </message>
    <message>
        <source>the month must be between 1 and 12</source>
        <translation>月份必须介于 1 到 12 之间</translation>
    </message>
    <message>
        <source>%1-%2 has no day %3</source>
        <translation>%1-%2 没有第 %3 日</translation>
    </message>
    <message>
        <source>missing field “start_date”</source>
        <translation>缺少字段“start_date”</translation>
    </message>
    <message>
        <source>the end is before the start</source>
        <translation>结束早于开始</translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation>JSON 格式错误：%1</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>missing field “events”</source>
        <translation>缺少字段“events”</translation>
    </message>
    <message>
        <source>duplicate id “%1”</source>
        <translation>重复的 id“%1”</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
</context>
<context>
    <name>UiStyle</name>
    <message>
        <source>People</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>人物</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>地点</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>date stated in the text</source>
        <translation>日期为文中所述</translation>
    </message>
    <message>
        <source>date worked out from the publication date</source>
        <translation>日期根据发布日期推算</translation>
    </message>
    <message>
        <source>date from the public record</source>
        <translation>日期来自公开记录</translation>
    </message>
    <message>
        <source>unnamed outlet</source>
        <translation>未具名媒体</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1，%2（%3）</translation>
    </message>
</context>
<context>
    <name>storyline::ArticleView</name>
    <message>
        <source>Article to read</source>
        <translation>要阅读的文章</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>文章</translation>
    </message>
    <message>
        <source>Sources of the selected event</source>
        <translation>所选事件的来源</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>文章正文</translation>
    </message>
    <message>
        <source>Find in this article (accents and case ignored)</source>
        <translation>在本文中查找（忽略重音符号和大小写）</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>在文章中查找</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>上一个匹配项（Shift+F3）</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>下一个匹配项（F3）</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>关闭查找栏（Esc）</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Legend of highlights</source>
        <translation>高亮图例</translation>
    </message>
    <message>
        <source>Outlet not named</source>
        <translation>未具名媒体</translation>
    </message>
    <message>
        <source>published %1</source>
        <translation>发布于 %1</translation>
    </message>
    <message>
        <source>in French</source>
        <translation>法语</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>≈ %1 (approximate: “%2”)</source>
        <translation>≈ %1（约数：“%2”）</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>无匹配</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Figure: %1</source>
        <translation>数据：%1</translation>
    </message>
    <message>
        <source>Another source gives a different figure.</source>
        <translation>另一来源给出了不同的数据。</translation>
    </message>
    <message>
        <source>%1 — %2
Click to show its events; Ctrl+click to add it to the filter.</source>
        <translation>%1 — %2
单击显示其相关事件；Ctrl+单击将其添加到筛选条件。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Date: the text does not say which (no publication date to read it against, or an ambiguous season or quarter)</source>
        <translation>日期：文中未说明具体是哪一天（没有可参照的发布日期，或季节、季度含糊）</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>日期：%1</translation>
    </message>
    <message>
        <source>Worked out from the publication date.</source>
        <translation>根据发布日期推算。</translation>
    </message>
    <message>
        <source>The dates of %1.</source>
        <translation>%1 的日期。</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>When was this article published? (YYYY-MM-DD)
Relative dates such as “hier” or “last Friday” are worked out from it.</source>
        <translation>这篇文章是何时发布的？（YYYY-MM-DD）
“hier”或“last Friday”等相对日期将据此推算。</translation>
    </message>
    <message>
        <source>Set publication date…</source>
        <translation>设置发布日期…</translation>
    </message>
    <message>
        <source>This article has no publication date, so its relative dates are not resolved</source>
        <translation>这篇文章没有发布日期，因此其相对日期无法推算</translation>
    </message>
</context>
<context>
    <name>storyline::EntityPanel</name>
    <message>
        <source>Entity</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>提及次数</translation>
    </message>
    <message>
        <source>%1 — also “%2”</source>
        <translation>%1 — 又称“%2”</translation>
    </message>
    <message>
        <source>Filter entities (accents and case ignored)</source>
        <translation>筛选实体（忽略重音符号和大小写）</translation>
    </message>
    <message>
        <source>Filter entities</source>
        <translation>筛选实体</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Select entities to show only the events that involve all of them</source>
        <translation>选择实体，仅显示同时涉及所有选中实体的事件</translation>
    </message>
    <message>
        <source>Select one or more to show only the events that involve them (Ctrl+click to add).</source>
        <translation>选择一个或多个实体，仅显示涉及它们的事件（Ctrl+单击可添加）。</translation>
    </message>
    <message>
        <source>Show all events</source>
        <translation>显示所有事件</translation>
    </message>
    <message>
        <source>Clear the entity filter</source>
        <translation>清除实体筛选</translation>
    </message>
</context>
<context>
    <name>storyline::EventDetails</name>
    <message>
        <source>Select an event on the timeline to see its details and sources.</source>
        <translation>在时间线上选择一个事件，以查看其详细信息和来源。</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>参与方：</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Sources disagree: %1 vs %2</source>
        <translation>来源不一致：%1 与 %2</translation>
    </message>
    <message>
        <source>Figures:</source>
        <translation>数据：</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>事件详情</translation>
    </message>
    <message>
        <source>extracted</source>
        <translation>提取</translation>
    </message>
    <message>
        <source>Proposed from a dated sentence of the article; not yet accepted.</source>
        <translation>根据文章中带日期的句子提议；尚未接受。</translation>
    </message>
    <message>
        <source>Proposed event</source>
        <translation>提议的事件</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>接受(&amp;A)</translation>
    </message>
    <message>
        <source>Keep this event in the story</source>
        <translation>将此事件保留在故事中</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Change its title, date or precision</source>
        <translation>更改其标题、日期或精度</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>驳回(&amp;D)</translation>
    </message>
    <message>
        <source>Remove this proposal from the story</source>
        <translation>从故事中移除此提议</translation>
    </message>
</context>
<context>
    <name>storyline::EventEditDialog</name>
    <message>
        <source>Edit Event</source>
        <translation>编辑事件</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>周</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>季节</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>季度</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation>精度(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>storyline::ExportActions</name>
    <message>
        <source>The chart is on the clipboard.</source>
        <translation>图表已复制到剪贴板。</translation>
    </message>
    <message>
        <source>The timeline is on the clipboard.</source>
        <translation>时间线已复制到剪贴板。</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>导出数据</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Export &amp;Chart…</source>
        <translation>导出图表(&amp;C)…</translation>
    </message>
    <message>
        <source>Save the figures chart as a PNG, SVG or PDF file</source>
        <translation>将数据图表保存为 PNG、SVG 或 PDF 文件</translation>
    </message>
    <message>
        <source>Export &amp;Timeline…</source>
        <translation>导出时间线(&amp;T)…</translation>
    </message>
    <message>
        <source>Save the timeline, the visible window or the whole story, as a PNG, SVG or PDF file</source>
        <translation>将时间线（可见范围或整个故事）保存为 PNG、SVG 或 PDF 文件</translation>
    </message>
    <message>
        <source>Export &amp;Data</source>
        <translation>导出数据(&amp;D)</translation>
    </message>
    <message>
        <source>Events as &amp;TimelineJS…</source>
        <translation>TimelineJS 格式的事件(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Events as CSV…</source>
        <translation>CSV 格式的事件(&amp;E)…</translation>
    </message>
    <message>
        <source>E&amp;ntities as CSV…</source>
        <translation>CSV 格式的实体(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Figures as CSV…</source>
        <translation>CSV 格式的数据(&amp;F)…</translation>
    </message>
    <message>
        <source>Events as &amp;JSON…</source>
        <translation>JSON 格式的事件(&amp;J)…</translation>
    </message>
    <message>
        <source>Entities as J&amp;SON…</source>
        <translation>JSON 格式的实体(&amp;S)…</translation>
    </message>
    <message>
        <source>Figures as JS&amp;ON…</source>
        <translation>JSON 格式的数据(&amp;O)…</translation>
    </message>
    <message>
        <source>Save the events as a Knight Lab TimelineJS document</source>
        <translation>将事件保存为 Knight Lab TimelineJS 文档</translation>
    </message>
    <message>
        <source>Copy C&amp;hart</source>
        <translation>复制图表(&amp;H)</translation>
    </message>
    <message>
        <source>Copy the figures chart to the clipboard as an image</source>
        <translation>将数据图表作为图像复制到剪贴板</translation>
    </message>
    <message>
        <source>Copy Time&amp;line</source>
        <translation>复制时间线(&amp;L)</translation>
    </message>
    <message>
        <source>Copy the visible timeline to the clipboard as an image</source>
        <translation>将可见的时间线作为图像复制到剪贴板</translation>
    </message>
</context>
<context>
    <name>storyline::ExportDialog</name>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>The chart is on the clipboard.</source>
        <translation>图表已复制到剪贴板。</translation>
    </message>
    <message>
        <source>The timeline is on the clipboard.</source>
        <translation>时间线已复制到剪贴板。</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation>导出时间线</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图像</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG 矢量图</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>尺寸(&amp;S)：</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>宽度（像素）</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>高度（像素）</translation>
    </message>
    <message>
        <source>Sc&amp;ale:</source>
        <translation>缩放(&amp;A)：</translation>
    </message>
    <message>
        <source>Pixels per point of the layout: 2× and 3× give the same picture, sharper</source>
        <translation>布局中每点对应的像素数：2× 和 3× 生成的画面相同，但更清晰</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Print (white paper, black text)</source>
        <translation>打印（白纸黑字）</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>The &amp;visible window</source>
        <translation>可见范围(&amp;V)</translation>
    </message>
    <message>
        <source>The &amp;whole story</source>
        <translation>整个故事(&amp;W)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the picture to the clipboard (PNG and SVG)</source>
        <translation>将图片复制到剪贴板（PNG 和 SVG）</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <source>Vector drawing, %1 × %2 units</source>
        <translation>矢量图，%1 × %2 单位</translation>
    </message>
    <message>
        <source>One page, %1 × %2 mm</source>
        <translation>单页，%1 × %2 毫米</translation>
    </message>
</context>
<context>
    <name>storyline::FiguresChart</name>
    <message>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>No story is open.</source>
        <translation>没有打开的故事。</translation>
    </message>
    <message>
        <source>This story states no figures.</source>
        <translation>此故事中没有数据。</translation>
    </message>
    <message>
        <source>No figures match the filters.</source>
        <translation>没有符合筛选条件的数据。</translation>
    </message>
    <message>
        <source>Sources: %1.</source>
        <translation>来源：%1。</translation>
    </message>
    <message>
        <source>Money and percentages as the articles state them</source>
        <translation>文章所述的金额和百分比</translation>
    </message>
    <message>
        <source>figures shown: %1</source>
        <translation>显示的数据：%1</translation>
    </message>
    <message>
        <source>events involving %1</source>
        <translation>涉及 %1 的事件</translation>
    </message>
    <message>
        <source>event: %1</source>
        <translation>事件：%1</translation>
    </message>
    <message>
        <source>measure: %1</source>
        <translation>指标：%1</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>money only</source>
        <translation>仅金额</translation>
    </message>
    <message>
        <source>percentages only</source>
        <translation>仅百分比</translation>
    </message>
    <message>
        <source>All measures</source>
        <translation>所有指标</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>所有来源</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>指标(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Percentages</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>Selected &amp;event only</source>
        <translation>仅所选事件(&amp;E)</translation>
    </message>
    <message>
        <source>Show only the figures of the event selected in the timeline</source>
        <translation>仅显示时间线中所选事件的数据</translation>
    </message>
    <message>
        <source>&amp;Log scale</source>
        <translation>对数刻度(&amp;L)</translation>
    </message>
    <message>
        <source>Each gridline is ten times the previous one, so amounts of very different sizes stay readable</source>
        <translation>每条网格线是前一条的十倍，使数量级相差很大的金额也清晰可读</translation>
    </message>
    <message>
        <source>Figures chart</source>
        <translation>数据图表</translation>
    </message>
    <message>
        <source>figures shown: the first %1 of %2 (filter to see others)</source>
        <translation>显示的数字：%2 个中的前 %1 个（筛选以查看其他）</translation>
    </message>
</context>
<context>
    <name>storyline::FiguresModel</name>
    <message numerus="yes">
        <source>%n sources disagree: %1</source>
        <extracomment>%1 lists the values: &quot;$2T vs ≈ $1T&quot;</extracomment>
        <translation>
            <numerusform>%n 个来源不一致：%1</numerusform>
        </translation>
    </message>
    <message>
        <source> vs </source>
        <translation> 与 </translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
</context>
<context>
    <name>storyline::FindPanel</name>
    <message>
        <source>No match in the articles</source>
        <translation>文章中无匹配</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>共 %n 个匹配项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n article(s)</source>
        <translation>
            <numerusform>分布在 %n 篇文章中</numerusform>
        </translation>
    </message>
    <message>
        <source>Find in all articles (accents and case ignored)</source>
        <translation>在所有文章中查找（忽略重音符号和大小写）</translation>
    </message>
    <message>
        <source>Find in all articles</source>
        <translation>在所有文章中查找</translation>
    </message>
    <message>
        <source>Matches in the articles</source>
        <translation>文章中的匹配项</translation>
    </message>
    <message>
        <source>Searching the articles…</source>
        <translation>正在搜索文章…</translation>
    </message>
    <message>
        <source>%1 so far, still searching…</source>
        <translation>目前 %1，仍在搜索…</translation>
    </message>
    <message>
        <source>%1 (the first %2 listed)</source>
        <translation>%1（列出前 %2 个）</translation>
    </message>
    <message numerus="yes">
        <source>Indexing %n article(s)… the search runs when it is ready</source>
        <translation>
            <numerusform>正在为 %n 篇文章建立索引… 完成后即开始搜索</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyline::MainWindow</name>
    <message>
        <source>Open a story folder</source>
        <translation>打开故事文件夹</translation>
    </message>
    <message>
        <source>About Storyline</source>
        <translation>关于 Storyline</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Storyline %1&lt;/h3&gt;&lt;p&gt;A news story as a zoomable chronology: dated events, the articles that report them with their named entities, and the figures they state.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPL-3.0) and ICU (Unicode licence). Storyline is free software under the GPL-3.0-or-later.&lt;/p&gt;&lt;p&gt;&lt;b&gt;This story&apos;s sources:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%3&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Storyline %1&lt;/h3&gt;&lt;p&gt;以可缩放时间线呈现的新闻故事：带日期的事件、报道这些事件的文章及其中的命名实体，以及文章给出的数据。&lt;/p&gt;&lt;p&gt;基于 Qt %2（LGPL-3.0）和 ICU（Unicode 许可证）构建。Storyline 是自由软件，采用 GPL-3.0-or-later 许可证。&lt;/p&gt;&lt;p&gt;&lt;b&gt;本故事的来源：&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%3&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Previous / next event (timeline)</source>
        <translation>上一个/下一个事件（时间线）</translation>
    </message>
    <message>
        <source>Left / Right, P / N</source>
        <translation>左/右方向键，P / N</translation>
    </message>
    <message>
        <source>First / last event (timeline)</source>
        <translation>第一个/最后一个事件（时间线）</translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation>Home / End</translation>
    </message>
    <message>
        <source>Pan the timeline</source>
        <translation>平移时间线</translation>
    </message>
    <message>
        <source>Shift+Left / Shift+Right, drag, scroll</source>
        <translation>Shift+左/右方向键，拖动，滚动</translation>
    </message>
    <message>
        <source>Zoom around the pointer</source>
        <translation>以指针为中心缩放</translation>
    </message>
    <message>
        <source>Ctrl+wheel or wheel, pinch</source>
        <translation>Ctrl+滚轮或滚轮，双指缩放</translation>
    </message>
    <message>
        <source>Zoom to a range</source>
        <translation>缩放到某一范围</translation>
    </message>
    <message>
        <source>Drag on the time axis</source>
        <translation>在时间轴上拖动</translation>
    </message>
    <message>
        <source>Add an entity to the filter</source>
        <translation>将实体添加到筛选条件</translation>
    </message>
    <message>
        <source>Ctrl+click</source>
        <translation>Ctrl+单击</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>实体</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Find in All Articles</source>
        <translation>在所有文章中查找</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>&amp;Open Story…</source>
        <translation>打开故事(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Quit Storyline</source>
        <translation>退出 Storyline</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom in on the timeline (Ctrl+=)</source>
        <translation>放大时间线（Ctrl+=）</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Zoom out of the timeline (Ctrl+-)</source>
        <translation>缩小时间线（Ctrl+-）</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>显示全部(&amp;F)</translation>
    </message>
    <message>
        <source>Show the whole story (Ctrl+0)</source>
        <translation>显示整个故事（Ctrl+0）</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>缩放到所选(&amp;S)</translation>
    </message>
    <message>
        <source>Zoom to the selected event</source>
        <translation>缩放到所选事件</translation>
    </message>
    <message>
        <source>Show &amp;Lanes</source>
        <translation>显示泳道(&amp;L)</translation>
    </message>
    <message>
        <source>Group events in lanes by who acts</source>
        <translation>按参与方将事件分组到泳道中</translation>
    </message>
    <message>
        <source>&amp;Previous Event</source>
        <translation>上一个事件(&amp;P)</translation>
    </message>
    <message>
        <source>Select the previous event in time (Left or P on the timeline)</source>
        <translation>选择时间上的上一个事件（在时间线上按左方向键或 P）</translation>
    </message>
    <message>
        <source>&amp;Next Event</source>
        <translation>下一个事件(&amp;N)</translation>
    </message>
    <message>
        <source>Select the next event in time (Right or N on the timeline)</source>
        <translation>选择时间上的下一个事件（在时间线上按右方向键或 N）</translation>
    </message>
    <message>
        <source>&amp;First Event</source>
        <translation>第一个事件(&amp;F)</translation>
    </message>
    <message>
        <source>Select the first event (Home on the timeline)</source>
        <translation>选择第一个事件（在时间线上按 Home）</translation>
    </message>
    <message>
        <source>&amp;Last Event</source>
        <translation>最后一个事件(&amp;L)</translation>
    </message>
    <message>
        <source>Select the last event (End on the timeline)</source>
        <translation>选择最后一个事件（在时间线上按 End）</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>在文章中查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Find in the article (Ctrl+F)</source>
        <translation>在文章中查找（Ctrl+F）</translation>
    </message>
    <message>
        <source>Find in &amp;All Articles…</source>
        <translation>在所有文章中查找(&amp;A)…</translation>
    </message>
    <message>
        <source>Find in every article of the story</source>
        <translation>在故事的每篇文章中查找</translation>
    </message>
    <message>
        <source>Show &amp;All Events</source>
        <translation>显示所有事件(&amp;A)</translation>
    </message>
    <message>
        <source>Clear the entity filter</source>
        <translation>清除实体筛选</translation>
    </message>
    <message>
        <source>&amp;About Storyline</source>
        <translation>关于 Storyline(&amp;A)</translation>
    </message>
    <message>
        <source>Version, licences and this story&apos;s sources</source>
        <translation>版本、许可证和本故事的来源</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>The Qt version Storyline uses</source>
        <translation>Storyline 使用的 Qt 版本</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Every shortcut, in the menus and on the timeline</source>
        <translation>菜单和时间线中的所有快捷键</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>系统语言(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>浅色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Events in time. Left and Right step through them; Ctrl+= and Ctrl+- zoom.</source>
        <translation>按时间排列的事件。左/右方向键逐个浏览；Ctrl+= 和 Ctrl+- 缩放。</translation>
    </message>
    <message>
        <source>Storyline</source>
        <translation>Storyline</translation>
    </message>
    <message>
        <source>%1 — Storyline</source>
        <translation>%1 — Storyline</translation>
    </message>
    <message>
        <source>Showing %1 – %2</source>
        <translation>显示 %1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in view</source>
        <translation>
            <numerusform>可见 %n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 of %3 match the filter</source>
        <translation>%1 · %3 个中有 %2 个符合筛选条件</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n event(s) in the story</source>
        <translation>
            <numerusform>%1 · 故事共 %n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>No recent stories</source>
        <translation>没有最近打开的故事</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>清除列表</translation>
    </message>
    <message>
        <source>Cannot open the story</source>
        <translation>无法打开故事</translation>
    </message>
    <message>
        <source>Storyline cannot open this story; the current story stays open.</source>
        <translation>Storyline 无法打开此故事；当前故事保持打开。</translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation>打开文章</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)</source>
        <translation>文章 (*.txt *.md *.markdown *.html *.htm);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;New Story</source>
        <translation>新建故事(&amp;N)</translation>
    </message>
    <message>
        <source>Start an empty story and add articles to it</source>
        <translation>新建空故事并向其中添加文章</translation>
    </message>
    <message>
        <source>Open &amp;Articles…</source>
        <translation>打开文章(&amp;A)…</translation>
    </message>
    <message>
        <source>Add article files (text, Markdown, HTML) to the story</source>
        <translation>向故事添加文章文件（文本、Markdown、HTML）</translation>
    </message>
    <message>
        <source>&amp;Save Story</source>
        <translation>保存故事(&amp;S)</translation>
    </message>
    <message>
        <source>Save the story in its folder</source>
        <translation>将故事保存到其文件夹</translation>
    </message>
    <message>
        <source>Save Story &amp;As…</source>
        <translation>故事另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the story in another folder</source>
        <translation>将故事保存到另一个文件夹</translation>
    </message>
    <message>
        <source>Undo the last change to the story</source>
        <translation>撤销对故事的最后一次更改</translation>
    </message>
    <message>
        <source>Redo the change last undone</source>
        <translation>重做上次撤销的更改</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop reading the articles; none is added</source>
        <translation>停止读取文章；不添加任何文章</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <source>Reading articles: %1 of %2</source>
        <translation>正在读取文章：%1 / %2</translation>
    </message>
    <message>
        <source>Adding the articles…</source>
        <translation>正在添加文章…</translation>
    </message>
    <message>
        <source>Import cancelled: no article added.</source>
        <translation>导入已取消：未添加任何文章。</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) added.</source>
        <translation>
            <numerusform>已添加 %n 篇文章。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read: %1</source>
        <translation>
            <numerusform>%n 个文件无法读取：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Some articles were not added</source>
        <translation>部分文章未添加</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read.</source>
        <translation>
            <numerusform>%n 个文件无法读取。</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved.</source>
        <translation>“%1”有尚未保存的更改。</translation>
    </message>
    <message>
        <source>Save them first?</source>
        <translation>先保存吗？</translation>
    </message>
    <message>
        <source>Save the story in a folder</source>
        <translation>将故事保存到文件夹</translation>
    </message>
    <message>
        <source>Replace the story?</source>
        <translation>替换该故事？</translation>
    </message>
    <message>
        <source>This folder already holds a story. Replace it with this one?</source>
        <translation>此文件夹已有一个故事。用当前故事替换它吗？</translation>
    </message>
    <message>
        <source>Cannot save the story</source>
        <translation>无法保存故事</translation>
    </message>
    <message>
        <source>Storyline cannot save the story; the files already in the folder are as they were.</source>
        <translation>Storyline 无法保存故事；文件夹中原有的文件保持不变。</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>New story</source>
        <translation>新故事</translation>
    </message>
    <message>
        <source>Not an article file (.txt, .md, .markdown, .html, .htm): %1</source>
        <translation>不是文章文件（.txt、.md、.markdown、.html、.htm）：%1</translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation>正在打开“%1”…</translation>
    </message>
    <message>
        <source>Opening the story</source>
        <translation>正在打开故事</translation>
    </message>
    <message>
        <source>Opening cancelled; the current story stays open.</source>
        <translation>已取消打开；当前故事保持打开。</translation>
    </message>
</context>
<context>
    <name>storyline::StoryDocument</name>
    <message>
        <source>the story has no folder yet: save it as a new story folder</source>
        <translation>该故事尚无文件夹：请将其另存为新的故事文件夹</translation>
    </message>
</context>
<context>
    <name>storyline::TimelineView</name>
    <message>
        <source>Nvidia and industry</source>
        <translation>英伟达及业界</translation>
    </message>
    <message>
        <source>US government</source>
        <translation>美国政府</translation>
    </message>
    <message>
        <source>China</source>
        <translation>中国</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>No event involves all the selected entities.</source>
        <translation>没有事件同时涉及所有选中的实体。</translation>
    </message>
    <message>
        <source>No events to show.</source>
        <translation>没有可显示的事件。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>The sources disagree on a figure of this event.</source>
        <translation>各来源在此事件的某项数据上不一致。</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Click to zoom in.</source>
        <translation>单击以放大。</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <source>Left and Right step through the events, Home and End go to the first and the last, Ctrl+plus and Ctrl+minus zoom, Shift+Left and Shift+Right pan, Enter zooms to the selected event.</source>
        <translation>左/右方向键逐个浏览事件，Home 和 End 跳到第一个和最后一个事件，Ctrl+加号和 Ctrl+减号缩放，Shift+左/右方向键平移，Enter 缩放到所选事件。</translation>
    </message>
    <message>
        <source>extracted</source>
        <translation>提取</translation>
    </message>
    <message>
        <source>proposed from the text; right-click to accept, edit or dismiss</source>
        <translation>根据文本提议；右键单击可接受、编辑或驳回</translation>
    </message>
    <message>
        <source>&amp;Accept Event</source>
        <translation>接受事件(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Edit Event…</source>
        <translation>编辑事件(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Dismiss Event</source>
        <translation>驳回事件(&amp;D)</translation>
    </message>
</context>
</TS>
