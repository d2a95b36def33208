<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ArticleBatch</name>
    <message>
        <source>Imported from “%1” (%2).</source>
        <translation>Importé de « %1 » (%2).</translation>
    </message>
</context>
<context>
    <name>ArticleImporter</name>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>the page has no visible text</source>
        <translation>la page n’a aucun texte visible</translation>
    </message>
    <message>
        <source>the file holds no text</source>
        <translation>le fichier ne contient aucun texte</translation>
    </message>
</context>
<context>
    <name>AxisLabels</name>
    <message>
        <source>%1s</source>
        <extracomment>A decade on the timeline axis: &quot;2020s&quot;</extracomment>
        <translation>années %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Try “storyline --help”.</source>
        <translation>Essayez « storyline --help ».</translation>
    </message>
    <message>
        <source>List the story&apos;s events in date order.</source>
        <translation>Liste les événements de l’histoire dans l’ordre chronologique.</translation>
    </message>
    <message>
        <source>List the story&apos;s people, organizations, places, products and events, with their mention counts.</source>
        <translation>Liste les personnes, organisations, lieux, produits et événements de l’histoire, avec leur nombre de mentions.</translation>
    </message>
    <message>
        <source>List the figures the articles state, with conflicts between sources.</source>
        <translation>Liste les chiffres cités par les articles, avec les désaccords entre sources.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commandes :</translation>
    </message>
    <message>
        <source>Read the story folder &lt;path&gt; instead of the bundled story.</source>
        <translation>Lit le dossier d’histoire &lt;chemin&gt; au lieu de l’histoire fournie.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Language of titles and subjects: en or fr (default: the system&apos;s).</source>
        <translation>Langue des titres et des sujets : en ou fr (par défaut : celle du système).</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>unknown language “%1” (expected en or fr)</source>
        <translation>langue « %1 » inconnue (attendu : en ou fr)</translation>
    </message>
    <message>
        <source>unexpected argument “%1”</source>
        <translation>argument inattendu « %1 »</translation>
    </message>
    <message>
        <source>unknown format “%1” (expected text, json or csv)</source>
        <translation>format « %1 » inconnu (attendu : text, json ou csv)</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Montants</translation>
    </message>
    <message>
        <source>Percentages</source>
        <translation>Pourcentages</translation>
    </message>
    <message>
        <source>Language of the articles: fr, en or auto (default).</source>
        <translation>Langue des articles : fr, en ou auto (par défaut).</translation>
    </message>
    <message>
        <source>Publication date of the articles (YYYY-MM-DD).</source>
        <translation>Date de publication des articles (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Output format: json (default) or text.</source>
        <translation>Format de sortie : json (par défaut) ou text.</translation>
    </message>
    <message>
        <source>Article files to analyse.</source>
        <translation>Fichiers d’articles à analyser.</translation>
    </message>
    <message>
        <source>FILE…</source>
        <translation>FICHIER…</translation>
    </message>
    <message>
        <source>analyze needs at least one file</source>
        <translation>analyze demande au moins un fichier</translation>
    </message>
    <message>
        <source>unknown language “%1” (expected fr, en or auto)</source>
        <translation>langue « %1 » inconnue (attendu : fr, en ou auto)</translation>
    </message>
    <message>
        <source>invalid publication date “%1” (expected YYYY-MM-DD)</source>
        <translation>date de publication « %1 » invalide (attendu : AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>unknown format “%1” (expected json or text)</source>
        <translation>format « %1 » inconnu (attendu : json ou text)</translation>
    </message>
    <message>
        <source>Usage: storyline [PATH] [--event ID] [--screenshot FILE.png [--size WxH]]
       storyline COMMAND [OPTIONS]

Storyline shows a news story as a chronology: dated events, the articles that report them with their named entities, and the figures they state. Without a PATH it opens the bundled story.

</source>
        <translation>Usage : storyline [CHEMIN] [--event ID] [--screenshot FICHIER.png [--size LxH]]
        storyline COMMANDE [OPTIONS]

Storyline présente une affaire d’actualité sous forme de chronologie : les événements datés, les articles qui les rapportent avec leurs entités nommées, et les chiffres qu’ils citent. Sans CHEMIN, il ouvre l’histoire fournie.

</translation>
    </message>
    <message>
        <source>Run “storyline COMMAND --help” for a command&apos;s options.</source>
        <translation>Lancez « storyline COMMANDE --help » pour les options d’une commande.</translation>
    </message>
    <message>
        <source>Draw the figures chart to a PNG, SVG or PDF file.</source>
        <translation>Dessiner le graphique des chiffres dans un fichier PNG, SVG ou PDF.</translation>
    </message>
    <message>
        <source>Draw the timeline to a PNG, SVG or PDF file.</source>
        <translation>Dessiner la chronologie dans un fichier PNG, SVG ou PDF.</translation>
    </message>
    <message>
        <source>Output format: text, json or csv (default: text); events also timelinejs.</source>
        <translation>Format de sortie : text, json ou csv (par défaut : text) ; timelinejs aussi pour events.</translation>
    </message>
    <message>
        <source>unknown format “%1” (expected text, json, csv or timelinejs)</source>
        <translation>format « %1 » inconnu (text, json, csv ou timelinejs attendu)</translation>
    </message>
    <message>
        <source>Write to &lt;file&gt;; its extension, .png, .svg or .pdf, chooses the format.</source>
        <translation>Écrire dans &lt;fichier&gt; ; son extension, .png, .svg ou .pdf, choisit le format.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Width in pixels (default: 1600).</source>
        <translation>Largeur en pixels (par défaut : 1600).</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>pixels</translation>
    </message>
    <message>
        <source>Height in pixels (default: 900).</source>
        <translation>Hauteur en pixels (par défaut : 900).</translation>
    </message>
    <message>
        <source>Device pixels per pixel of a PNG, 1 to 4: 2 gives the same picture twice as sharp (default: 1).</source>
        <translation>Pixels de l’écran par pixel d’un PNG, de 1 à 4 : 2 donne la même image deux fois plus nette (par défaut : 1).</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>facteur</translation>
    </message>
    <message>
        <source>Colours: light, dark or print (default: light).</source>
        <translation>Couleurs : light (clair), dark (sombre) ou print (impression) (par défaut : light).</translation>
    </message>
    <message>
        <source>theme</source>
        <translation>thème</translation>
    </message>
    <message>
        <source>Language of the labels: en or fr (default: the system&apos;s).</source>
        <translation>Langue des libellés : en ou fr (par défaut : celle du système).</translation>
    </message>
    <message>
        <source>missing --output FILE (.png, .svg or .pdf)</source>
        <translation>--output FICHIER manque (.png, .svg ou .pdf)</translation>
    </message>
    <message>
        <source>%1: unknown image format (expected a .png, .svg or .pdf file name)</source>
        <translation>%1 : format d’image inconnu (nom de fichier en .png, .svg ou .pdf attendu)</translation>
    </message>
    <message>
        <source>invalid width “%1”</source>
        <translation>largeur « %1 » non valable</translation>
    </message>
    <message>
        <source>invalid height “%1”</source>
        <translation>hauteur « %1 » non valable</translation>
    </message>
    <message>
        <source>invalid scale “%1”</source>
        <translation>échelle « %1 » non valable</translation>
    </message>
    <message>
        <source>unknown theme “%1” (expected light, dark or print)</source>
        <translation>thème « %1 » inconnu (light, dark ou print attendu)</translation>
    </message>
    <message>
        <source>Draw the figures chart to a PNG, SVG or PDF file: every figure the articles state, with the conflicts between sources and the sources cited.</source>
        <translation>Dessiner le graphique des chiffres dans un fichier PNG, SVG ou PDF : chaque chiffre que citent les articles, avec les désaccords entre sources et les sources citées.</translation>
    </message>
    <message>
        <source>Draw the timeline to a PNG, SVG or PDF file: the whole story, or the days from --from to --to, with a caption citing the sources shown.</source>
        <translation>Dessiner la chronologie dans un fichier PNG, SVG ou PDF : toute l’histoire, ou les jours de --from à --to, avec une légende qui cite les sources montrées.</translation>
    </message>
    <message>
        <source>First day shown: YYYY-MM-DD, or a week, month, season, quarter or year (2025-W05, 2025-01, 2025-SP, 2025-Q2, 2025) from its first day (default: the story&apos;s first event).</source>
        <translation>Premier jour montré : AAAA-MM-JJ, ou une semaine, un mois, une saison, un trimestre ou une année (2025-W05, 2025-01, 2025-SP, 2025-Q2, 2025) à partir de son premier jour (par défaut : le premier événement de l’histoire).</translation>
    </message>
    <message>
        <source>Last day shown, in the same forms, to its last day (default: the story&apos;s last event).</source>
        <translation>Dernier jour montré, sous les mêmes formes, jusqu’à son dernier jour (par défaut : le dernier événement de l’histoire).</translation>
    </message>
    <message>
        <source>invalid date “%1” for --%2 (expected YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY-SP|SU|FA|WI, YYYY-Qn or YYYY)</source>
        <translation>date « %1 » non valable pour --%2 (AAAA-MM-JJ, AAAA-Www, AAAA-MM, AAAA-SP|SU|FA|WI, AAAA-Qn ou AAAA attendu)</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 est après --to %2</translation>
    </message>
    <message>
        <source>the window from %1 to %2 is empty: the story runs from %3 to %4</source>
        <translation>la fenêtre du %1 au %2 est vide : l’histoire va du %3 au %4</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Find entities, dates, money and percentages in article files.</source>
        <translation>Trouve les entités, dates, montants et pourcentages dans des fichiers d’articles.</translation>
    </message>
</context>
<context>
    <name>ExportPicture</name>
    <message>
        <source>Money and percentages as the articles state them</source>
        <translation>Montants et pourcentages tels que les articles les citent</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>no file name</source>
        <translation>aucun nom de fichier</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>est un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>cannot write: the folder “%1” does not exist</source>
        <translation>écriture impossible : le dossier « %1 » n’existe pas</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>écriture impossible : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>the size %1×%2 is out of range (%3 to %4 pixels a side)</source>
        <translation>la taille %1×%2 est hors limites (de %3 à %4 pixels par côté)</translation>
    </message>
    <message>
        <source>the scale %1 is out of range (1 to %2)</source>
        <translation>l’échelle %1 est hors limites (de 1 à %2)</translation>
    </message>
    <message>
        <source>%1×%2 pixels is too large an image</source>
        <translation>une image de %1×%2 pixels est trop grande</translation>
    </message>
    <message>
        <source>cannot draw a %1×%2 image</source>
        <translation>impossible de dessiner une image de %1×%2</translation>
    </message>
    <message>
        <source>cannot draw the %1 document</source>
        <translation>impossible de dessiner le document %1</translation>
    </message>
    <message>
        <source>export cancelled; the file was not changed</source>
        <translation>export annulé ; le fichier n’a pas changé</translation>
    </message>
</context>
<context>
    <name>FiguresChart</name>
    <message>
        <source>As stated in the article</source>
        <translation>Tel que l’article l’indique</translation>
    </message>
    <message>
        <source>Approximate (≈)</source>
        <translation>Approximatif (≈)</translation>
    </message>
    <message>
        <source>Sources disagree</source>
        <translation>Sources en désaccord</translation>
    </message>
    <message>
        <source>Percentages</source>
        <translation>Pourcentages</translation>
    </message>
    <message>
        <source>Amounts in US dollars</source>
        <translation>Montants en dollars américains</translation>
    </message>
    <message>
        <source>Amounts in %1</source>
        <translation>Montants en %1</translation>
    </message>
    <message>
        <source>%1 (logarithmic scale)</source>
        <translation>%1 (échelle logarithmique)</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <source>US dollars, logarithmic scale: each gridline is ten times the previous one</source>
        <translation>Dollars américains, échelle logarithmique : chaque graduation vaut dix fois la précédente</translation>
    </message>
    <message>
        <source>US dollars</source>
        <translation>Dollars américains</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n more do not fit: enlarge the chart or filter</source>
        <translation>
            <numerusform>%1 · %n autre n’a pas la place : agrandissez le graphique ou filtrez</numerusform>
            <numerusform>%1 · %n autres n’ont pas la place : agrandissez le graphique ou filtrez</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gui</name>
    <message>
        <source>Storyline shows a news story as a chronology: dated events, the articles that report them with their named entities, and the figures they state.</source>
        <translation>Storyline présente une affaire d’actualité sous forme de chronologie : les événements datés, les articles qui les rapportent avec leurs entités nommées, et les chiffres qu’ils citent.</translation>
    </message>
    <message>
        <source>Select the event &lt;id&gt; at start.</source>
        <translation>Sélectionne l’événement &lt;id&gt; au démarrage.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Save the window as a PNG image to &lt;file&gt; and quit.</source>
        <translation>Enregistre la fenêtre en image PNG dans &lt;fichier&gt; puis quitte.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Window size for --screenshot, as WIDTHxHEIGHT.</source>
        <translation>Taille de la fenêtre pour --screenshot, en LARGEURxHAUTEUR.</translation>
    </message>
    <message>
        <source>size</source>
        <translation>taille</translation>
    </message>
    <message>
        <source>unknown command or path “%1”</source>
        <translation>commande ou chemin « %1 » inconnu</translation>
    </message>
    <message>
        <source>invalid size “%1” (expected WIDTHxHEIGHT)</source>
        <translation>taille « %1 » invalide (attendu : LARGEURxHAUTEUR)</translation>
    </message>
    <message>
        <source>no event “%1” in this story</source>
        <translation>aucun événement « %1 » dans cette histoire</translation>
    </message>
    <message>
        <source>%1: cannot write the screenshot</source>
        <translation>%1 : impossible d’écrire la capture</translation>
    </message>
    <message>
        <source>A story folder or its story.json (default: the bundled story), or article files (.txt, .md, .markdown, .html, .htm) for a new story that holds them.</source>
        <translation>Un dossier d’histoire ou son story.json (par défaut : l’histoire fournie), ou des fichiers d’articles (.txt, .md, .markdown, .html, .htm) pour une nouvelle histoire qui les contient.</translation>
    </message>
    <message>
        <source>[PATH…]</source>
        <translation>[CHEMIN…]</translation>
    </message>
    <message>
        <source>expected one story, or article files, got %1 paths</source>
        <translation>une histoire ou des fichiers d’articles attendus, %1 chemins reçus</translation>
    </message>
</context>
<context>
    <name>StoryCommands</name>
    <message>
        <source>Accept Event</source>
        <translation>Accepter l’évènement</translation>
    </message>
    <message>
        <source>Dismiss Proposed Event</source>
        <translation>Écarter l’évènement proposé</translation>
    </message>
    <message>
        <source>Delete Event</source>
        <translation>Supprimer l’évènement</translation>
    </message>
    <message>
        <source>Edit Event</source>
        <translation>Modifier l’évènement</translation>
    </message>
    <message numerus="yes">
        <source>Add %n Article(s)</source>
        <translation>
            <numerusform>Ajouter %n article</numerusform>
            <numerusform>Ajouter %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the publication date of %1</source>
        <translation>Indiquer la date de publication de %1</translation>
    </message>
</context>
<context>
    <name>StoryError</name>
    <message>
        <source>%1: byte %2: %3</source>
        <translation>%1 : octet %2 : %3</translation>
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
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>le document</translation>
    </message>
    <message>
        <source>unknown field “%1”</source>
        <translation>champ « %1 » inconnu</translation>
    </message>
    <message>
        <source>missing field “%1”</source>
        <translation>champ « %1 » manquant</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>chaîne attendue, trouvé %1</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>objet attendu, trouvé %1</translation>
    </message>
    <message>
        <source>expected an array, found %1</source>
        <translation>tableau attendu, trouvé %1</translation>
    </message>
    <message>
        <source>needs a text in at least one language</source>
        <translation>demande un texte dans au moins une langue</translation>
    </message>
    <message>
        <source>invalid date “%1” (expected YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY-SP|SU|FA|WI, YYYY-Qn or YYYY)</source>
        <translation>date « %1 » invalide (attendu : YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY-SP|SU|FA|WI, YYYY-Qn ou YYYY)</translation>
    </message>
    <message>
        <source>invalid precision “%1” (expected day, week, month, season, quarter or year)</source>
        <translation>précision « %1 » invalide (attendu : day, week, month, season, quarter ou year)</translation>
    </message>
    <message>
        <source>date “%1” does not have the precision “%2”</source>
        <translation>la date « %1 » n’a pas la précision « %2 »</translation>
    </message>
    <message>
        <source>duplicate id “%1”</source>
        <translation>identifiant « %1 » en double</translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation>JSON mal formé : %1</translation>
    </message>
    <message>
        <source>unknown format “%1” (expected “storyline-story”)</source>
        <translation>format « %1 » inconnu (attendu : « storyline-story »)</translation>
    </message>
    <message>
        <source>expected a number, found %1</source>
        <translation>nombre attendu, trouvé %1</translation>
    </message>
    <message>
        <source>unsupported version %1 (this Storyline reads version %2)</source>
        <translation>version %1 non prise en charge (ce Storyline lit la version %2)</translation>
    </message>
    <message>
        <source>unknown entity type “%1” (expected person, organization, place, product or event)</source>
        <translation>type d’entité « %1 » inconnu (attendu : person, organization, place, product ou event)</translation>
    </message>
    <message>
        <source>needs at least one source</source>
        <translation>demande au moins une source</translation>
    </message>
    <message>
        <source>ends (%1) before it starts (%2)</source>
        <translation>finit (%1) avant de commencer (%2)</translation>
    </message>
    <message>
        <source>invalid basis “%1” (expected text, relative or public-record)</source>
        <translation>fondement « %1 » invalide (attendu : text, relative ou public-record)</translation>
    </message>
    <message>
        <source>article path “%1” is absolute; it must be relative to the story folder</source>
        <translation>le chemin d’article « %1 » est absolu ; il doit être relatif au dossier de l’histoire</translation>
    </message>
    <message>
        <source>article path “%1” must use forward slashes</source>
        <translation>le chemin d’article « %1 » doit utiliser des barres obliques (/)</translation>
    </message>
    <message>
        <source>article path “%1” leaves the story folder</source>
        <translation>le chemin d’article « %1 » sort du dossier de l’histoire</translation>
    </message>
    <message>
        <source>article file “%1” does not exist</source>
        <translation>le fichier d’article « %1 » n’existe pas</translation>
    </message>
    <message>
        <source>article path “%1” leads out of the story folder (to “%2”)</source>
        <translation>le chemin d’article « %1 » mène hors du dossier de l’histoire (vers « %2 »)</translation>
    </message>
    <message>
        <source>article path “%1” is not a file</source>
        <translation>le chemin d’article « %1 » n’est pas un fichier</translation>
    </message>
    <message>
        <source>cannot read article file “%1”: %2</source>
        <translation>impossible de lire le fichier d’article « %1 » : %2</translation>
    </message>
    <message>
        <source>not valid UTF-8 (byte 0x%1)</source>
        <translation>UTF-8 non valide (octet 0x%1)</translation>
    </message>
    <message>
        <source>quote “%1” does not occur in article “%2”</source>
        <translation>la citation « %1 » ne figure pas dans l’article « %2 »</translation>
    </message>
    <message>
        <source>quote “%1” states no amount of money and no percentage</source>
        <translation>la citation « %1 » n’indique ni montant ni pourcentage</translation>
    </message>
    <message>
        <source>no such story (expected a story folder or its story.json)</source>
        <translation>histoire introuvable (attendu : un dossier d’histoire ou son story.json)</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>lecture impossible : %1</translation>
    </message>
    <message>
        <source>unknown article “%1”</source>
        <translation>article « %1 » inconnu</translation>
    </message>
    <message>
        <source>unknown entity “%1”</source>
        <translation>entité « %1 » inconnue</translation>
    </message>
    <message>
        <source>unknown event “%1”</source>
        <translation>événement « %1 » inconnu</translation>
    </message>
    <message>
        <source>expected a boolean, found %1</source>
        <translation>booléen attendu, trouvé %1</translation>
    </message>
    <message>
        <source>article path “%1” holds control characters</source>
        <translation>le chemin d’article « %1 » contient des caractères de contrôle</translation>
    </message>
    <message>
        <source>not UTF-8 text: it holds NUL bytes (a binary file, or UTF-16?)</source>
        <translation>pas un texte UTF-8 : il contient des octets NUL (un fichier binaire, ou de l’UTF-16 ?)</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>too large to be a story (%1 MiB; the limit is %2 MiB)</source>
        <translation>trop volumineux pour une histoire (%1 Mio ; la limite est de %2 Mio)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>duplicate field “%1” (each field may appear only once)</source>
        <translation>champ « %1 » en double (chaque champ ne peut figurer qu’une fois)</translation>
    </message>
    <message>
        <source>story.json changed while it was read</source>
        <translation>story.json a changé pendant sa lecture</translation>
    </message>
</context>
<context>
    <name>StoryWriter</name>
    <message>
        <source>cannot write: %1</source>
        <translation>écriture impossible : %1</translation>
    </message>
    <message>
        <source>cannot create its folder</source>
        <translation>impossible de créer son dossier</translation>
    </message>
</context>
<context>
    <name>TextDecoder</name>
    <message>
        <source>not a text file: it holds NUL bytes</source>
        <translation>pas un fichier texte : il contient des octets NUL</translation>
    </message>
    <message>
        <source>not a text file: too many control characters</source>
        <translation>pas un fichier texte : trop de caractères de contrôle</translation>
    </message>
    <message>
        <source>not valid %1, although it starts with a %1 byte-order mark</source>
        <translation>%1 non valide, bien que le fichier commence par une marque d’ordre des octets %1</translation>
    </message>
    <message>
        <source>not valid UTF-8 (byte 0x%1), although it starts with a UTF-8 byte-order mark</source>
        <translation>UTF-8 non valide (octet 0x%1), bien que le fichier commence par une marque d’ordre des octets UTF-8</translation>
    </message>
    <message>
        <source>the text encoding could not be recognised</source>
        <translation>l’encodage du texte n’a pas pu être reconnu</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>a folder, not a file</source>
        <translation>un dossier, pas un fichier</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>lecture impossible : %1</translation>
    </message>
    <message>
        <source>too large to be an article (%1 MiB; the limit is %2 MiB)</source>
        <translation>trop volumineux pour un article (%1 Mio ; la limite est de %2 Mio)</translation>
    </message>
</context>
<context>
    <name>TextOutput</name>
    <message>
        <source>stated in the text</source>
        <translation>indiquée dans le texte</translation>
    </message>
    <message>
        <source>from the publication date</source>
        <translation>déduite de la date de publication</translation>
    </message>
    <message>
        <source>public record</source>
        <translation>source publique</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>conflicts with: %1</source>
        <translation>en désaccord avec : %1</translation>
    </message>
</context>
<context>
    <name>TimelineExport</name>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>events involving %1</source>
        <translation>événements impliquant %1</translation>
    </message>
    <message>
        <source>one lane per group of actors</source>
        <translation>une ligne par groupe d’acteurs</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>No sources: no events in this window.</source>
        <translation>Aucune source : aucun événement dans cette fenêtre.</translation>
    </message>
    <message>
        <source>A yellow “!” marks an event whose sources disagree on a figure.</source>
        <translation>Un « ! » jaune signale un événement dont les sources divergent sur un chiffre.</translation>
    </message>
    <message>
        <source>No events to show.</source>
        <translation>Aucun événement à afficher.</translation>
    </message>
    <message>
        <source>No event involves all the selected entities.</source>
        <translation>Aucun événement n’implique toutes les entités choisies.</translation>
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
        <translation>un booléen</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>the document</source>
        <translation>le document</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>%1 attendu, trouvé %2</translation>
    </message>
    <message>
        <source>“%1” must be a whole number</source>
        <translation>« %1 » doit être un nombre entier</translation>
    </message>
    <message>
        <source>missing field “year”</source>
        <translation>champ « year » manquant</translation>
    </message>
    <message>
        <source>the year must be between 1 and 9999</source>
        <translation>l’année doit être comprise entre 1 et 9999</translation>
    </message>
    <message>
        <source>a day needs a month</source>
        <translation>un jour demande un mois</translation>
    </message>
    <message>
        <source>the month must be between 1 and 12</source>
        <translation>le mois doit être compris entre 1 et 12</translation>
    </message>
    <message>
        <source>%1-%2 has no day %3</source>
        <translation>%1-%2 n’a pas de jour %3</translation>
    </message>
    <message>
        <source>missing field “start_date”</source>
        <translation>champ « start_date » manquant</translation>
    </message>
    <message>
        <source>the end is before the start</source>
        <translation>la fin précède le début</translation>
    </message>
    <message>
        <source>malformed JSON: %1</source>
        <translation>JSON mal formé : %1</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>objet attendu</translation>
    </message>
    <message>
        <source>missing field “events”</source>
        <translation>champ « events » manquant</translation>
    </message>
    <message>
        <source>duplicate id “%1”</source>
        <translation>identifiant « %1 » en double</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>impossible de lire le fichier : %1</translation>
    </message>
</context>
<context>
    <name>UiStyle</name>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>date stated in the text</source>
        <translation>date indiquée dans le texte</translation>
    </message>
    <message>
        <source>date worked out from the publication date</source>
        <translation>date déduite de la date de publication</translation>
    </message>
    <message>
        <source>date from the public record</source>
        <translation>date de source publique</translation>
    </message>
    <message>
        <source>unnamed outlet</source>
        <translation>média non nommé</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
</context>
<context>
    <name>storyline::ArticleView</name>
    <message>
        <source>Article to read</source>
        <translation>Article à lire</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Sources of the selected event</source>
        <translation>Sources de l’événement sélectionné</translation>
    </message>
    <message>
        <source>Article text</source>
        <translation>Texte de l’article</translation>
    </message>
    <message>
        <source>Find in this article (accents and case ignored)</source>
        <translation>Rechercher dans cet article (sans tenir compte des accents ni de la casse)</translation>
    </message>
    <message>
        <source>Find in article</source>
        <translation>Rechercher dans l’article</translation>
    </message>
    <message>
        <source>Previous match (Shift+F3)</source>
        <translation>Résultat précédent (Maj+F3)</translation>
    </message>
    <message>
        <source>Next match (F3)</source>
        <translation>Résultat suivant (F3)</translation>
    </message>
    <message>
        <source>Close the find bar (Esc)</source>
        <translation>Fermer la barre de recherche (Échap)</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <source>Legend of highlights</source>
        <translation>Légende des surlignages</translation>
    </message>
    <message>
        <source>Outlet not named</source>
        <translation>Média non nommé</translation>
    </message>
    <message>
        <source>published %1</source>
        <translation>publié le %1</translation>
    </message>
    <message>
        <source>in French</source>
        <translation>en français</translation>
    </message>
    <message>
        <source>in English</source>
        <translation>en anglais</translation>
    </message>
    <message>
        <source>≈ %1 (approximate: “%2”)</source>
        <translation>≈ %1 (approximatif : « %2 »)</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Figure: %1</source>
        <translation>Chiffre : %1</translation>
    </message>
    <message>
        <source>Another source gives a different figure.</source>
        <translation>Une autre source donne un chiffre différent.</translation>
    </message>
    <message>
        <source>%1 — %2
Click to show its events; Ctrl+click to add it to the filter.</source>
        <translation>%1 — %2
Cliquez pour afficher ses événements ; Ctrl+clic pour l’ajouter au filtre.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Date: the text does not say which (no publication date to read it against, or an ambiguous season or quarter)</source>
        <translation>Date : le texte ne dit pas laquelle (pas de date de publication à laquelle la rapporter, ou saison ou trimestre ambigu)</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date : %1</translation>
    </message>
    <message>
        <source>Worked out from the publication date.</source>
        <translation>Déduite de la date de publication.</translation>
    </message>
    <message>
        <source>The dates of %1.</source>
        <translation>Les dates de %1.</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Date de publication</translation>
    </message>
    <message>
        <source>When was this article published? (YYYY-MM-DD)
Relative dates such as “hier” or “last Friday” are worked out from it.</source>
        <translation>Quand cet article a-t-il été publié ? (AAAA-MM-JJ)
Les dates relatives comme « hier » ou « vendredi dernier » en sont déduites.</translation>
    </message>
    <message>
        <source>Set publication date…</source>
        <translation>Indiquer la date de publication…</translation>
    </message>
    <message>
        <source>This article has no publication date, so its relative dates are not resolved</source>
        <translation>Cet article n’a pas de date de publication : ses dates relatives ne sont pas résolues</translation>
    </message>
</context>
<context>
    <name>storyline::EntityPanel</name>
    <message>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Mentions</translation>
    </message>
    <message>
        <source>%1 — also “%2”</source>
        <translation>%1 — aussi « %2 »</translation>
    </message>
    <message>
        <source>Filter entities (accents and case ignored)</source>
        <translation>Filtrer les entités (sans tenir compte des accents ni de la casse)</translation>
    </message>
    <message>
        <source>Filter entities</source>
        <translation>Filtrer les entités</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
    <message>
        <source>Select entities to show only the events that involve all of them</source>
        <translation>Sélectionnez des entités pour n’afficher que les événements qui les impliquent toutes</translation>
    </message>
    <message>
        <source>Select one or more to show only the events that involve them (Ctrl+click to add).</source>
        <translation>Sélectionnez-en une ou plusieurs pour n’afficher que les événements qui les impliquent (Ctrl+clic pour ajouter).</translation>
    </message>
    <message>
        <source>Show all events</source>
        <translation>Afficher tous les événements</translation>
    </message>
    <message>
        <source>Clear the entity filter</source>
        <translation>Effacer le filtre d’entités</translation>
    </message>
</context>
<context>
    <name>storyline::EventDetails</name>
    <message>
        <source>Select an event on the timeline to see its details and sources.</source>
        <translation>Sélectionnez un événement sur la chronologie pour voir ses détails et ses sources.</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Qui :</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Sources :</translation>
    </message>
    <message>
        <source>Sources disagree: %1 vs %2</source>
        <translation>Les sources divergent : %1 contre %2</translation>
    </message>
    <message>
        <source>Figures:</source>
        <translation>Chiffres :</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Détails de l’événement</translation>
    </message>
    <message>
        <source>extracted</source>
        <translation>extrait</translation>
    </message>
    <message>
        <source>Proposed from a dated sentence of the article; not yet accepted.</source>
        <translation>Proposé d’après une phrase datée de l’article ; pas encore accepté.</translation>
    </message>
    <message>
        <source>Proposed event</source>
        <translation>Évènement proposé</translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation>&amp;Accepter</translation>
    </message>
    <message>
        <source>Keep this event in the story</source>
        <translation>Garder cet évènement dans l’histoire</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change its title, date or precision</source>
        <translation>Changer son titre, sa date ou sa précision</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>É&amp;carter</translation>
    </message>
    <message>
        <source>Remove this proposal from the story</source>
        <translation>Retirer cette proposition de l’histoire</translation>
    </message>
</context>
<context>
    <name>storyline::EventEditDialog</name>
    <message>
        <source>Edit Event</source>
        <translation>Modifier l’évènement</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Season</source>
        <translation>Saison</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>&amp;Precision:</source>
        <translation>&amp;Précision :</translation>
    </message>
</context>
<context>
    <name>storyline::ExportActions</name>
    <message>
        <source>The chart is on the clipboard.</source>
        <translation>Le graphique est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>The timeline is on the clipboard.</source>
        <translation>La chronologie est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>Tableau CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>Exporter les données</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Export &amp;Chart…</source>
        <translation>Exporter le &amp;graphique…</translation>
    </message>
    <message>
        <source>Save the figures chart as a PNG, SVG or PDF file</source>
        <translation>Enregistrer le graphique des chiffres en PNG, SVG ou PDF</translation>
    </message>
    <message>
        <source>Export &amp;Timeline…</source>
        <translation>Exporter la &amp;chronologie…</translation>
    </message>
    <message>
        <source>Save the timeline, the visible window or the whole story, as a PNG, SVG or PDF file</source>
        <translation>Enregistrer la chronologie, la fenêtre visible ou toute l’histoire, en PNG, SVG ou PDF</translation>
    </message>
    <message>
        <source>Export &amp;Data</source>
        <translation>Exporter les &amp;données</translation>
    </message>
    <message>
        <source>Events as &amp;TimelineJS…</source>
        <translation>Événements en &amp;TimelineJS…</translation>
    </message>
    <message>
        <source>&amp;Events as CSV…</source>
        <translation>&amp;Événements en CSV…</translation>
    </message>
    <message>
        <source>E&amp;ntities as CSV…</source>
        <translation>E&amp;ntités en CSV…</translation>
    </message>
    <message>
        <source>&amp;Figures as CSV…</source>
        <translation>&amp;Chiffres en CSV…</translation>
    </message>
    <message>
        <source>Events as &amp;JSON…</source>
        <translation>Événements en &amp;JSON…</translation>
    </message>
    <message>
        <source>Entities as J&amp;SON…</source>
        <translation>Entités en J&amp;SON…</translation>
    </message>
    <message>
        <source>Figures as JS&amp;ON…</source>
        <translation>Chiffres en JS&amp;ON…</translation>
    </message>
    <message>
        <source>Save the events as a Knight Lab TimelineJS document</source>
        <translation>Enregistrer les événements dans un document TimelineJS de Knight Lab</translation>
    </message>
    <message>
        <source>Copy C&amp;hart</source>
        <translation>Copier le grap&amp;hique</translation>
    </message>
    <message>
        <source>Copy the figures chart to the clipboard as an image</source>
        <translation>Copier le graphique des chiffres dans le presse-papiers, en image</translation>
    </message>
    <message>
        <source>Copy Time&amp;line</source>
        <translation>Copier la chrono&amp;logie</translation>
    </message>
    <message>
        <source>Copy the visible timeline to the clipboard as an image</source>
        <translation>Copier la chronologie visible dans le presse-papiers, en image</translation>
    </message>
</context>
<context>
    <name>storyline::ExportDialog</name>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>The chart is on the clipboard.</source>
        <translation>Le graphique est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>The timeline is on the clipboard.</source>
        <translation>La chronologie est dans le presse-papiers.</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>Dessin SVG (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>Document PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation>Exporter la chronologie</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Image PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Dessin SVG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Document PDF</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Taille :</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>Largeur en pixels</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>Hauteur en pixels</translation>
    </message>
    <message>
        <source>Sc&amp;ale:</source>
        <translation>Éc&amp;helle :</translation>
    </message>
    <message>
        <source>Pixels per point of the layout: 2× and 3× give the same picture, sharper</source>
        <translation>Pixels par point de la mise en page : 2× et 3× donnent la même image, plus nette</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>T&amp;hème :</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Print (white paper, black text)</source>
        <translation>Impression (papier blanc, texte noir)</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Montrer :</translation>
    </message>
    <message>
        <source>The &amp;visible window</source>
        <translation>La fenêtre &amp;visible</translation>
    </message>
    <message>
        <source>The &amp;whole story</source>
        <translation>&amp;Toute l’histoire</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the picture to the clipboard (PNG and SVG)</source>
        <translation>Copier l’image dans le presse-papiers (PNG et SVG)</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <source>Vector drawing, %1 × %2 units</source>
        <translation>Dessin vectoriel, %1 × %2 unités</translation>
    </message>
    <message>
        <source>One page, %1 × %2 mm</source>
        <translation>Une page, %1 × %2 mm</translation>
    </message>
</context>
<context>
    <name>storyline::FiguresChart</name>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>No story is open.</source>
        <translation>Aucune histoire n’est ouverte.</translation>
    </message>
    <message>
        <source>This story states no figures.</source>
        <translation>Cette histoire ne cite aucun chiffre.</translation>
    </message>
    <message>
        <source>No figures match the filters.</source>
        <translation>Aucun chiffre ne correspond aux filtres.</translation>
    </message>
    <message>
        <source>Sources: %1.</source>
        <translation>Sources : %1.</translation>
    </message>
    <message>
        <source>Money and percentages as the articles state them</source>
        <translation>Montants et pourcentages tels que les articles les citent</translation>
    </message>
    <message>
        <source>figures shown: %1</source>
        <translation>chiffres affichés : %1</translation>
    </message>
    <message>
        <source>events involving %1</source>
        <translation>événements impliquant %1</translation>
    </message>
    <message>
        <source>event: %1</source>
        <translation>événement : %1</translation>
    </message>
    <message>
        <source>measure: %1</source>
        <translation>mesure : %1</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>source : %1</translation>
    </message>
    <message>
        <source>money only</source>
        <translation>montants seulement</translation>
    </message>
    <message>
        <source>percentages only</source>
        <translation>pourcentages seulement</translation>
    </message>
    <message>
        <source>All measures</source>
        <translation>Toutes les mesures</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Mesure :</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Montants</translation>
    </message>
    <message>
        <source>Percentages</source>
        <translation>Pourcentages</translation>
    </message>
    <message>
        <source>Selected &amp;event only</source>
        <translation>Événement &amp;sélectionné seulement</translation>
    </message>
    <message>
        <source>Show only the figures of the event selected in the timeline</source>
        <translation>N’afficher que les chiffres de l’événement sélectionné sur la chronologie</translation>
    </message>
    <message>
        <source>&amp;Log scale</source>
        <translation>Échelle &amp;logarithmique</translation>
    </message>
    <message>
        <source>Each gridline is ten times the previous one, so amounts of very different sizes stay readable</source>
        <translation>Chaque graduation vaut dix fois la précédente : des montants d’ordres de grandeur très différents restent lisibles</translation>
    </message>
    <message>
        <source>Figures chart</source>
        <translation>Graphique des chiffres</translation>
    </message>
    <message>
        <source>figures shown: the first %1 of %2 (filter to see others)</source>
        <translation>chiffres affichés : les %1 premiers sur %2 (filtrez pour voir les autres)</translation>
    </message>
</context>
<context>
    <name>storyline::FiguresModel</name>
    <message numerus="yes">
        <source>%n sources disagree: %1</source>
        <extracomment>%1 lists the values: &quot;$2T vs ≈ $1T&quot;</extracomment>
        <translation>
            <numerusform>%n source en désaccord : %1</numerusform>
            <numerusform>%n sources en désaccord : %1</numerusform>
        </translation>
    </message>
    <message>
        <source> vs </source>
        <translation> contre </translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
</context>
<context>
    <name>storyline::FindPanel</name>
    <message>
        <source>No match in the articles</source>
        <translation>Aucun résultat dans les articles</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n article(s)</source>
        <translation>
            <numerusform>dans %n article</numerusform>
            <numerusform>dans %n articles</numerusform>
        </translation>
    </message>
    <message>
        <source>Find in all articles (accents and case ignored)</source>
        <translation>Rechercher dans tous les articles (sans tenir compte des accents ni de la casse)</translation>
    </message>
    <message>
        <source>Find in all articles</source>
        <translation>Rechercher dans tous les articles</translation>
    </message>
    <message>
        <source>Matches in the articles</source>
        <translation>Résultats dans les articles</translation>
    </message>
    <message>
        <source>Searching the articles…</source>
        <translation>Recherche dans les articles…</translation>
    </message>
    <message>
        <source>%1 so far, still searching…</source>
        <translation>%1 pour l’instant, recherche en cours…</translation>
    </message>
    <message>
        <source>%1 (the first %2 listed)</source>
        <translation>%1 (les %2 premières listées)</translation>
    </message>
    <message numerus="yes">
        <source>Indexing %n article(s)… the search runs when it is ready</source>
        <translation>
            <numerusform>Indexation de %n article… la recherche se lance dès qu’il est prêt</numerusform>
            <numerusform>Indexation de %n articles… la recherche se lance dès qu’ils sont prêts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storyline::MainWindow</name>
    <message>
        <source>Open a story folder</source>
        <translation>Ouvrir un dossier d’histoire</translation>
    </message>
    <message>
        <source>About Storyline</source>
        <translation>À propos de Storyline</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Storyline %1&lt;/h3&gt;&lt;p&gt;A news story as a zoomable chronology: dated events, the articles that report them with their named entities, and the figures they state.&lt;/p&gt;&lt;p&gt;Built with Qt %2 (LGPL-3.0) and ICU (Unicode licence). Storyline is free software under the GPL-3.0-or-later.&lt;/p&gt;&lt;p&gt;&lt;b&gt;This story&apos;s sources:&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%3&lt;/ul&gt;</source>
        <translation>&lt;h3&gt;Storyline %1&lt;/h3&gt;&lt;p&gt;Une affaire d’actualité sous forme de chronologie zoomable : les événements datés, les articles qui les rapportent avec leurs entités nommées, et les chiffres qu’ils citent.&lt;/p&gt;&lt;p&gt;Construit avec Qt %2 (LGPL-3.0) et ICU (licence Unicode). Storyline est un logiciel libre sous GPL-3.0 ou ultérieure.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Les sources de cette histoire :&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%3&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entités</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Find in All Articles</source>
        <translation>Rechercher dans tous les articles</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <source>&amp;Open Story…</source>
        <translation>&amp;Ouvrir une histoire…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit Storyline</source>
        <translation>Quitter Storyline</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom in on the timeline (Ctrl+=)</source>
        <translation>Zoom avant sur la chronologie (Ctrl+=)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>Zoom out of the timeline (Ctrl+-)</source>
        <translation>Zoom arrière sur la chronologie (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom to &amp;Fit</source>
        <translation>&amp;Tout afficher</translation>
    </message>
    <message>
        <source>Show the whole story (Ctrl+0)</source>
        <translation>Afficher toute l’histoire (Ctrl+0)</translation>
    </message>
    <message>
        <source>Zoom to &amp;Selection</source>
        <translation>Zoomer sur la &amp;sélection</translation>
    </message>
    <message>
        <source>Zoom to the selected event</source>
        <translation>Zoomer sur l’événement sélectionné</translation>
    </message>
    <message>
        <source>Show &amp;Lanes</source>
        <translation>Afficher les &amp;couloirs</translation>
    </message>
    <message>
        <source>Group events in lanes by who acts</source>
        <translation>Regrouper les événements en couloirs selon les acteurs</translation>
    </message>
    <message>
        <source>&amp;Previous Event</source>
        <translation>Événement &amp;précédent</translation>
    </message>
    <message>
        <source>Select the previous event in time (Left or P on the timeline)</source>
        <translation>Sélectionner l’événement précédent (Gauche ou P sur la chronologie)</translation>
    </message>
    <message>
        <source>&amp;Next Event</source>
        <translation>Événement &amp;suivant</translation>
    </message>
    <message>
        <source>Select the next event in time (Right or N on the timeline)</source>
        <translation>Sélectionner l’événement suivant (Droite ou N sur la chronologie)</translation>
    </message>
    <message>
        <source>&amp;First Event</source>
        <translation>P&amp;remier événement</translation>
    </message>
    <message>
        <source>Select the first event (Home on the timeline)</source>
        <translation>Sélectionner le premier événement (Début sur la chronologie)</translation>
    </message>
    <message>
        <source>&amp;Last Event</source>
        <translation>&amp;Dernier événement</translation>
    </message>
    <message>
        <source>Select the last event (End on the timeline)</source>
        <translation>Sélectionner le dernier événement (Fin sur la chronologie)</translation>
    </message>
    <message>
        <source>&amp;Find in Article…</source>
        <translation>&amp;Rechercher dans l’article…</translation>
    </message>
    <message>
        <source>Find in the article (Ctrl+F)</source>
        <translation>Rechercher dans l’article (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find in &amp;All Articles…</source>
        <translation>Rechercher dans &amp;tous les articles…</translation>
    </message>
    <message>
        <source>Find in every article of the story</source>
        <translation>Rechercher dans chaque article de l’histoire</translation>
    </message>
    <message>
        <source>Show &amp;All Events</source>
        <translation>Afficher &amp;tous les événements</translation>
    </message>
    <message>
        <source>Clear the entity filter</source>
        <translation>Effacer le filtre d’entités</translation>
    </message>
    <message>
        <source>&amp;About Storyline</source>
        <translation>À &amp;propos de Storyline</translation>
    </message>
    <message>
        <source>Version, licences and this story&apos;s sources</source>
        <translation>Version, licences et sources de cette histoire</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>The Qt version Storyline uses</source>
        <translation>La version de Qt utilisée par Storyline</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Events in time. Left and Right step through them; Ctrl+= and Ctrl+- zoom.</source>
        <translation>Les événements dans le temps. Gauche et Droite les parcourent ; Ctrl+= et Ctrl+- zooment.</translation>
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
        <translation>Affichage du %1 au %2</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in view</source>
        <translation>
            <numerusform>%n événement visible</numerusform>
            <numerusform>%n événements visibles</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 of %3 match the filter</source>
        <translation>%1 · %2 sur %3 correspondent au filtre</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n event(s) in the story</source>
        <translation>
            <numerusform>%1 · %n événement dans l’histoire</numerusform>
            <numerusform>%1 · %n événements dans l’histoire</numerusform>
        </translation>
    </message>
    <message>
        <source>No recent stories</source>
        <translation>Aucune histoire récente</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <source>Cannot open the story</source>
        <translation>Impossible d’ouvrir l’histoire</translation>
    </message>
    <message>
        <source>Storyline cannot open this story; the current story stays open.</source>
        <translation>Storyline ne peut pas ouvrir cette histoire ; l’histoire actuelle reste ouverte.</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Previous / next event (timeline)</source>
        <translation>Événement précédent / suivant (chronologie)</translation>
    </message>
    <message>
        <source>Left / Right, P / N</source>
        <translation>Gauche / Droite, P / N</translation>
    </message>
    <message>
        <source>First / last event (timeline)</source>
        <translation>Premier / dernier événement (chronologie)</translation>
    </message>
    <message>
        <source>Home / End</source>
        <translation>Début / Fin</translation>
    </message>
    <message>
        <source>Pan the timeline</source>
        <translation>Déplacer la chronologie</translation>
    </message>
    <message>
        <source>Shift+Left / Shift+Right, drag, scroll</source>
        <translation>Maj+Gauche / Maj+Droite, glisser, défiler</translation>
    </message>
    <message>
        <source>Zoom around the pointer</source>
        <translation>Zoomer autour du pointeur</translation>
    </message>
    <message>
        <source>Ctrl+wheel or wheel, pinch</source>
        <translation>Ctrl+molette ou molette, pincement</translation>
    </message>
    <message>
        <source>Zoom to a range</source>
        <translation>Zoomer sur une période</translation>
    </message>
    <message>
        <source>Drag on the time axis</source>
        <translation>Glisser sur l’axe du temps</translation>
    </message>
    <message>
        <source>Add an entity to the filter</source>
        <translation>Ajouter une entité au filtre</translation>
    </message>
    <message>
        <source>Ctrl+click</source>
        <translation>Ctrl+clic</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every shortcut, in the menus and on the timeline</source>
        <translation>Tous les raccourcis, dans les menus et sur la chronologie</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>Langue du &amp;système</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;Système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>Open Articles</source>
        <translation>Ouvrir des articles</translation>
    </message>
    <message>
        <source>Articles (*.txt *.md *.markdown *.html *.htm);;All files (*)</source>
        <translation>Articles (*.txt *.md *.markdown *.html *.htm);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;New Story</source>
        <translation>&amp;Nouvelle histoire</translation>
    </message>
    <message>
        <source>Start an empty story and add articles to it</source>
        <translation>Commencer une histoire vide et y ajouter des articles</translation>
    </message>
    <message>
        <source>Open &amp;Articles…</source>
        <translation>Ouvrir des &amp;articles…</translation>
    </message>
    <message>
        <source>Add article files (text, Markdown, HTML) to the story</source>
        <translation>Ajouter des fichiers d’articles (texte, Markdown, HTML) à l’histoire</translation>
    </message>
    <message>
        <source>&amp;Save Story</source>
        <translation>&amp;Enregistrer l’histoire</translation>
    </message>
    <message>
        <source>Save the story in its folder</source>
        <translation>Enregistrer l’histoire dans son dossier</translation>
    </message>
    <message>
        <source>Save Story &amp;As…</source>
        <translation>Enregistrer l’histoire &amp;sous…</translation>
    </message>
    <message>
        <source>Save the story in another folder</source>
        <translation>Enregistrer l’histoire dans un autre dossier</translation>
    </message>
    <message>
        <source>Undo the last change to the story</source>
        <translation>Annuler la dernière modification de l’histoire</translation>
    </message>
    <message>
        <source>Redo the change last undone</source>
        <translation>Rétablir la dernière modification annulée</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop reading the articles; none is added</source>
        <translation>Arrêter la lecture des articles ; aucun n’est ajouté</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progression de l’import</translation>
    </message>
    <message>
        <source>Reading articles: %1 of %2</source>
        <translation>Lecture des articles : %1 sur %2</translation>
    </message>
    <message>
        <source>Adding the articles…</source>
        <translation>Ajout des articles…</translation>
    </message>
    <message>
        <source>Import cancelled: no article added.</source>
        <translation>Import annulé : aucun article ajouté.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) added.</source>
        <translation>
            <numerusform>%n article ajouté.</numerusform>
            <numerusform>%n articles ajoutés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read: %1</source>
        <translation>
            <numerusform>%n fichier illisible : %1</numerusform>
            <numerusform>%n fichiers illisibles : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Some articles were not added</source>
        <translation>Des articles n’ont pas été ajoutés</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read.</source>
        <translation>
            <numerusform>%n fichier n’a pas pu être lu.</numerusform>
            <numerusform>%n fichiers n’ont pas pu être lus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved.</source>
        <translation>« %1 » a des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Save them first?</source>
        <translation>Les enregistrer d’abord ?</translation>
    </message>
    <message>
        <source>Save the story in a folder</source>
        <translation>Enregistrer l’histoire dans un dossier</translation>
    </message>
    <message>
        <source>Replace the story?</source>
        <translation>Remplacer l’histoire ?</translation>
    </message>
    <message>
        <source>This folder already holds a story. Replace it with this one?</source>
        <translation>Ce dossier contient déjà une histoire. La remplacer par celle-ci ?</translation>
    </message>
    <message>
        <source>Cannot save the story</source>
        <translation>Impossible d’enregistrer l’histoire</translation>
    </message>
    <message>
        <source>Storyline cannot save the story; the files already in the folder are as they were.</source>
        <translation>Storyline ne peut pas enregistrer l’histoire ; les fichiers déjà présents dans le dossier sont restés tels quels.</translation>
    </message>
    <message>
        <source>Saved in %1</source>
        <translation>Enregistrée dans %1</translation>
    </message>
    <message>
        <source>New story</source>
        <translation>Nouvelle histoire</translation>
    </message>
    <message>
        <source>Not an article file (.txt, .md, .markdown, .html, .htm): %1</source>
        <translation>Pas un fichier d’article (.txt, .md, .markdown, .html, .htm) : %1</translation>
    </message>
    <message>
        <source>Opening “%1”…</source>
        <translation>Ouverture de « %1 »…</translation>
    </message>
    <message>
        <source>Opening the story</source>
        <translation>Ouverture de l’histoire</translation>
    </message>
    <message>
        <source>Opening cancelled; the current story stays open.</source>
        <translation>Ouverture annulée ; l’histoire actuelle reste ouverte.</translation>
    </message>
</context>
<context>
    <name>storyline::StoryDocument</name>
    <message>
        <source>the story has no folder yet: save it as a new story folder</source>
        <translation>l’histoire n’a pas encore de dossier : enregistrez-la comme nouveau dossier d’histoire</translation>
    </message>
</context>
<context>
    <name>storyline::TimelineView</name>
    <message>
        <source>Nvidia and industry</source>
        <translation>Nvidia et l’industrie</translation>
    </message>
    <message>
        <source>US government</source>
        <translation>Gouvernement américain</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Chine</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autres</translation>
    </message>
    <message>
        <source>No event involves all the selected entities.</source>
        <translation>Aucun événement n’implique toutes les entités sélectionnées.</translation>
    </message>
    <message>
        <source>No events to show.</source>
        <translation>Aucun événement à afficher.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Sources : %1</translation>
    </message>
    <message>
        <source>The sources disagree on a figure of this event.</source>
        <translation>Les sources divergent sur un chiffre de cet événement.</translation>
    </message>
    <message numerus="yes">
        <source>%n events</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Click to zoom in.</source>
        <translation>Cliquez pour zoomer.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Left and Right step through the events, Home and End go to the first and the last, Ctrl+plus and Ctrl+minus zoom, Shift+Left and Shift+Right pan, Enter zooms to the selected event.</source>
        <translation>Gauche et Droite parcourent les événements, Début et Fin vont au premier et au dernier, Ctrl+plus et Ctrl+moins zooment, Maj+Gauche et Maj+Droite déplacent la vue, Entrée zoome sur l’événement sélectionné.</translation>
    </message>
    <message>
        <source>extracted</source>
        <translation>extrait</translation>
    </message>
    <message>
        <source>proposed from the text; right-click to accept, edit or dismiss</source>
        <translation>proposé d’après le texte ; clic droit pour l’accepter, le modifier ou l’écarter</translation>
    </message>
    <message>
        <source>&amp;Accept Event</source>
        <translation>&amp;Accepter l’évènement</translation>
    </message>
    <message>
        <source>&amp;Edit Event…</source>
        <translation>&amp;Modifier l’évènement…</translation>
    </message>
    <message>
        <source>&amp;Dismiss Event</source>
        <translation>É&amp;carter l’évènement</translation>
    </message>
</context>
</TS>
