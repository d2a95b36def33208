<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
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
        <source>Find entities, money and percentages in article files.</source>
        <translation>Trouve les entités, montants et pourcentages dans des fichiers d’articles.</translation>
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
        <source>Output format: text, json or csv (default: text).</source>
        <translation>Format de sortie : text, json ou csv (par défaut : text).</translation>
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
        <source>%1: cannot read: %2</source>
        <translation>%1 : lecture impossible : %2</translation>
    </message>
    <message>
        <source>%1: byte %2: not valid UTF-8</source>
        <translation>%1 : octet %2 : UTF-8 non valide</translation>
    </message>
    <message>
        <source>Storyline shows a news story as a chronology: dated events, the articles that report them with their named entities, and the figures they state.</source>
        <translation>Storyline présente une affaire d’actualité sous forme de chronologie : les événements datés, les articles qui les rapportent avec leurs entités nommées, et les chiffres qu’ils citent.</translation>
    </message>
    <message>
        <source>A story folder or its story.json (default: the bundled story).</source>
        <translation>Un dossier d’histoire ou son story.json (par défaut : l’histoire fournie).</translation>
    </message>
    <message>
        <source>[PATH]</source>
        <translation>[CHEMIN]</translation>
    </message>
    <message>
        <source>expected one story, got %1 paths</source>
        <translation>une seule histoire attendue, %1 chemins donnés</translation>
    </message>
    <message>
        <source>unknown command or path “%1”</source>
        <translation>commande ou chemin « %1 » inconnu</translation>
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
</TS>
