import type { HelpTranslations } from "../HelpTranslation";

/** The help of `remit` in French, by the place of each text (see `HelpTranslations`). Working translations by the Remit project. */
export const FRENCH_HELP: HelpTranslations = {
  remit: {
    en: "Follow UN crime-prevention work from mandate to report: sessions, mandates, technical-assistance activities and metrics, in a SQLite file or a PostgreSQL database.",
    text: "Suivre les travaux de l’ONU en matière de prévention du crime, du mandat au rapport : sessions, mandats, activités d’assistance technique et indicateurs, dans un fichier SQLite ou une base de données PostgreSQL.",
  },
  "--help": {
    en: "Show help information",
    text: "Afficher l’aide",
  },
  "--version": {
    en: "Show version information",
    text: "Afficher la version",
  },
  "--wizard": {
    en: "Start wizard mode for a command",
    text: "Lancer le mode assistant pour une commande",
  },
  "--completions": {
    en: "Print shell completion script (choices: bash, zsh, fish, powershell, sh, pwsh)",
    text: "Afficher le script d’autocomplétion pour le shell (valeurs possibles : bash, zsh, fish, powershell, sh, pwsh)",
  },
  "--log-level": {
    en: "Sets the minimum log level (choices: all, trace, debug, info, warn, warning, error, fatal, none)",
    text: "Définir le niveau minimal de journalisation (valeurs possibles : all, trace, debug, info, warn, warning, error, fatal, none)",
  },
  "--db": {
    en: "The store: a SQLite file (default ./remit.db, or REMIT_DB) or a postgres:// URL; add ?schema=NAME to a URL to use that schema",
    text: "La base : un fichier SQLite (par défaut ./remit.db, ou REMIT_DB) ou une URL postgres:// ; ajoutez ?schema=NAME à l’URL pour utiliser ce schéma",
  },
  "--lang": {
    en: "Language of labels, titles and reports (default REMIT_LANG, else the locale, else en); texts missing in it fall back to another language",
    text: "Langue des libellés, titres et rapports (par défaut REMIT_LANG, sinon celle des paramètres régionaux, sinon en) ; les textes qui manquent dans cette langue sont affichés dans une autre",
  },
  "--json": {
    en: "Print one JSON document instead of a table (stable for scripts)",
    text: "Afficher un seul document JSON au lieu d’un tableau (format stable pour les scripts)",
  },
  "--jsonl": {
    en: "Print JSON Lines: one JSON value per line (stable for scripts)",
    text: "Afficher du JSON Lines : une valeur JSON par ligne (format stable pour les scripts)",
  },
  "--quiet": {
    en: "No progress bar and no summary lines; errors are still printed",
    text: "Ni barre de progression ni lignes de résumé ; les erreurs restent affichées",
  },
  "--verbose": {
    en: "Add detail to errors: causes, store operations, stack traces",
    text: "Détailler les erreurs : causes, opérations sur la base, traces de pile",
  },
  "remit init (short)": {
    en: "Create or migrate a store",
    text: "Créer ou migrer une base",
  },
  "remit seed (short)": {
    en: "Load the two-document dataset",
    text: "Charger le jeu de données des deux documents",
  },
  "remit import (short)": {
    en: "Import JSON, JSON Lines, CSV or XLSX files",
    text: "Importer des fichiers JSON, JSON Lines, CSV ou XLSX",
  },
  "remit validate (short)": {
    en: "Check files without writing",
    text: "Vérifier des fichiers sans rien écrire",
  },
  "remit list (short)": {
    en: "List activities, mandates, sessions, instruments or observations",
    text: "Lister les activités, mandats, sessions, instruments ou observations",
  },
  "remit show (short)": {
    en: "One record, in full, with its history",
    text: "Un enregistrement complet, avec son historique",
  },
  "remit symbol (short)": {
    en: "Parse and explain document symbols",
    text: "Analyser et expliquer des cotes de documents",
  },
  "remit due (short)": {
    en: "Reports due at a session, with deferrals",
    text: "Rapports attendus à une session, y compris ceux qui ont été reportés",
  },
  "remit check (short)": {
    en: "Decision 18/1 rules for a session's thematic discussion",
    text: "Règles de la décision 18/1 applicables au débat thématique d’une session",
  },
  "remit lineage (short)": {
    en: "A mandate's lineage as a tree",
    text: "Filiation d’un mandat, sous forme d’arbre",
  },
  "remit report (short)": {
    en: "The report on a mandate, as md, html or docx",
    text: "Rapport sur un mandat, au format md, html ou docx",
  },
  "remit export (short)": {
    en: "Export as csv, xlsx, json, jsonl, iati or ics",
    text: "Exporter au format csv, xlsx, json, jsonl, iati ou ics",
  },
  "remit db (short)": {
    en: "migrate | status | backup FILE | restore FILE",
    text: "migrate | status | backup FILE | restore FILE",
  },
  "remit serve (short)": {
    en: "Serve the HTTP API",
    text: "Lancer le serveur de l’API HTTP",
  },
  "remit token (short)": {
    en: "create | revoke ID | list",
    text: "create | revoke ID | list",
  },
  "remit init": {
    en: "Create the store, or bring an existing one to this version's schema. SQLite file by default (./remit.db or REMIT_DB); a postgres:// URL for PostgreSQL.",
    text: "Créer la base, ou mettre une base existante au niveau du schéma de cette version. Fichier SQLite par défaut (./remit.db ou REMIT_DB) ; une URL postgres:// pour PostgreSQL.",
  },
  "remit init # remit init": {
    en: "A SQLite store in ./remit.db",
    text: "Une base SQLite dans ./remit.db",
  },
  "remit init # remit init --db postgres://127.0.0.1:5432/remit?schema=remit": {
    en: "PostgreSQL, tables in schema remit",
    text: "PostgreSQL, tables dans le schéma remit",
  },
  "remit seed": {
    en: "Load the curated dataset of the two UN documents (E/CN.15/2011/2 and the 2021 report of the Secretary-General on cybercrime technical assistance). Safe to run twice: the second run writes nothing.",
    text: "Charger le jeu de données établi à partir des deux documents de l’ONU (E/CN.15/2011/2 et le rapport du Secrétaire général de 2021 sur l’assistance technique en matière de cybercriminalité). La commande peut être relancée sans risque : la deuxième exécution n’écrit rien.",
  },
  "remit import": {
    en: "Import records from JSON, JSON Lines, CSV or XLSX files in one transaction: with any invalid record nothing is written and every problem is listed (exit 1), unless --skip-invalid. Importing the same records again changes nothing.",
    text: "Importer des enregistrements à partir de fichiers JSON, JSON Lines, CSV ou XLSX en une seule transaction : si un enregistrement n’est pas valide, rien n’est écrit et chaque problème est signalé (code de sortie 1), sauf avec --skip-invalid. Importer de nouveau les mêmes enregistrements ne modifie rien.",
  },
  "remit import --entity": {
    en: "The kind of the records (activity, mandate, session, …) when the file's name and content do not say",
    text: "Le type des enregistrements (activity, mandate, session, …) lorsque ni le nom ni le contenu du fichier ne l’indiquent",
  },
  "remit import --skip-invalid": {
    en: "Write the valid records and list the invalid ones, instead of writing nothing",
    text: "Écrire les enregistrements valides et lister ceux qui ne le sont pas, au lieu de ne rien écrire",
  },
  "remit import <file>": {
    en: "JSON, JSON Lines, CSV or XLSX files (the format is detected)",
    text: "Fichiers JSON, JSON Lines, CSV ou XLSX (le format est détecté automatiquement)",
  },
  "remit validate": {
    en: "Check files as `remit import` would, without a store and without writing: every problem with file:line: field path (exit 1 if any).",
    text: "Vérifier des fichiers comme le ferait `remit import`, sans base et sans rien écrire : chaque problème est signalé sous la forme fichier:ligne: chemin du champ (code de sortie 1 s’il y en a).",
  },
  "remit validate --entity": {
    en: "The kind of the records (activity, mandate, session, …) when the file's name and content do not say",
    text: "Le type des enregistrements (activity, mandate, session, …) lorsque ni le nom ni le contenu du fichier ne l’indiquent",
  },
  "remit validate <file>": {
    en: "JSON, JSON Lines, CSV or XLSX files (the format is detected)",
    text: "Fichiers JSON, JSON Lines, CSV ou XLSX (le format est détecté automatiquement)",
  },
  "remit list": {
    en: "List records of a kind, filtered: a table on a terminal, tab-separated lines on a pipe, JSON with --json or --jsonl.",
    text: "Lister les enregistrements d’un type, avec des filtres : un tableau dans un terminal, des lignes séparées par des tabulations si la sortie est redirigée, du JSON avec --json ou --jsonl.",
  },
  "remit list --country": {
    en: "Activities naming this country (ISO 3166 alpha-3, e.g. SLV); observations scoped to it",
    text: "Activités qui mentionnent ce pays (ISO 3166 alpha-3, par exemple SLV) ; observations limitées à ce pays",
  },
  "remit list --region": {
    en: "Activities in this UN M49 region (e.g. 035 South-eastern Asia)",
    text: "Activités dans cette région M49 de l’ONU (par exemple 035 Asie du Sud-Est)",
  },
  "remit list --topic": {
    en: "Activities on this topic (e.g. cryptocurrency, digital-forensics)",
    text: "Activités sur ce thème (par exemple cryptocurrency, digital-forensics)",
  },
  "remit list --kind": {
    en: "Activities of this kind (e.g. training, webinar-series)",
    text: "Activités de ce type (par exemple training, webinar-series)",
  },
  "remit list --partner": {
    en: "Activities with this partner (acronym or name, e.g. INTERPOL)",
    text: "Activités menées avec ce partenaire (sigle ou nom, par exemple INTERPOL)",
  },
  "remit list --audience": {
    en: "Activities for this audience (e.g. prosecutors)",
    text: "Activités destinées à ce public (par exemple prosecutors)",
  },
  "remit list --mandate": {
    en: "Activities serving this mandate (id, symbol or citation, e.g. A/RES/74/173)",
    text: "Activités relevant de ce mandat (identifiant, cote ou référence, par exemple A/RES/74/173)",
  },
  "remit list --from": {
    en: "From this date on (YYYY, YYYY-MM or YYYY-MM-DD)",
    text: "À partir de cette date (YYYY, YYYY-MM ou YYYY-MM-DD)",
  },
  "remit list --to": {
    en: "Up to this date (YYYY, YYYY-MM or YYYY-MM-DD)",
    text: "Jusqu’à cette date (YYYY, YYYY-MM ou YYYY-MM-DD)",
  },
  "remit list --text": {
    en: "Every word in the title or summary, in any language, ignoring case and accents",
    text: "Mots devant tous figurer dans le titre ou le résumé, dans n’importe quelle langue, sans tenir compte de la casse ni des accents",
  },
  "remit list --body": {
    en: "Mandates adopted by, or sessions of, this body (e.g. ccpcj, ga)",
    text: "Mandats adoptés par cet organe, ou sessions de cet organe (par exemple ccpcj, ga)",
  },
  "remit list --indicator": {
    en: "Observations of this indicator (e.g. people-trained)",
    text: "Observations de cet indicateur (par exemple people-trained)",
  },
  "remit list --limit": {
    en: "At most N records (default 50, at most 1000)",
    text: "Au plus N enregistrements (50 par défaut, 1000 au maximum)",
  },
  "remit list --sort": {
    en: "Order activities by id, start, title, country or kind; add :desc for the reverse order (e.g. start:desc)",
    text: "Trier les activités par id, start, title, country ou kind ; ajouter :desc pour l’ordre inverse (par exemple start:desc)",
  },
  "remit list --cursor": {
    en: "Continue after the previous page (the cursor it printed)",
    text: "Reprendre après la page précédente (au curseur qu’elle a affiché)",
  },
  "remit list <what>": {
    en: "What to list: activities, mandates, sessions, instruments or observations",
    text: "Ce qu’il faut lister : activities, mandates, sessions, instruments ou observations",
  },
  "remit list # remit list activities --topic cryptocurrency --from 2020": {
    en: "Cryptocurrency activities since 2020",
    text: "Activités relatives aux cryptomonnaies depuis 2020",
  },
  "remit list # remit list activities --mandate A/RES/74/173 --lang zh": {
    en: "Activities under GA 74/173, titles in Chinese",
    text: "Activités relevant de la résolution 74/173 de l’Assemblée générale, titres en chinois",
  },
  "remit list # remit list activities --country SLV --sort start:desc": {
    en: "Activities in El Salvador, latest first",
    text: "Activités au Salvador, les plus récentes d’abord",
  },
  "remit show": {
    en: "Show one record in full, with its revision and its history of changes.",
    text: "Afficher un enregistrement complet, avec sa révision et l’historique de ses modifications.",
  },
  "remit show --kind": {
    en: "The kind of record, when the id names several (session, mandate, activity, …)",
    text: "Le type d’enregistrement, lorsque l’identifiant en désigne plusieurs (session, mandate, activity, …)",
  },
  "remit show <id-or-symbol>": {
    en: "A record id (ccpcj-30) or a mandate's symbol or citation (A/RES/74/173)",
    text: "Un identifiant d’enregistrement (ccpcj-30), ou la cote ou la référence d’un mandat (A/RES/74/173)",
  },
  "remit symbol": {
    en: "Parse and explain UN document symbols and citations; an invalid one is reported with where and what is wrong (exit 1).",
    text: "Analyser et expliquer les cotes et les références de documents de l’ONU ; pour une cote non valide, indiquer où se trouve l’erreur et en quoi elle consiste (code de sortie 1).",
  },
  "remit symbol <symbol>": {
    en: 'Document symbols (A/RES/74/173) or citations ("CCPCJ resolution 22/8")',
    text: "Cotes de documents (A/RES/74/173) ou références (« CCPCJ resolution 22/8 »)",
  },
  "remit symbol # remit symbol A/624/123": {
    en: "A misprint in the 2011 guide: says the 624th session does not exist",
    text: "Une coquille du guide de 2011 : indique que la 624e session n’existe pas",
  },
  "remit due": {
    en: "The reports due at a session after deferrals, and those that were due there and were deferred to a later session.",
    text: "Les rapports attendus à une session compte tenu des reports, et ceux qui y étaient attendus et ont été reportés à une session ultérieure.",
  },
  "remit due --body": {
    en: "The body the reports go to (ccpcj, ga, ecosoc; any case)",
    text: "L’organe auquel les rapports sont destinés (ccpcj, ga, ecosoc ; majuscules ou minuscules)",
  },
  "remit due --session": {
    en: "The session's number (30 for the 30th session)",
    text: "Le numéro de la session (30 pour la 30e session)",
  },
  "remit due # remit due --body CCPCJ --session 30": {
    en: "74/173's report, deferred from the 29th",
    text: "Le rapport demandé dans la résolution 74/173, reporté de la 29e session",
  },
  "remit check": {
    en: "Check a session's thematic discussion against CCPCJ decision 18/1: nominations and election of panellists, podium seats, time limits, the discussion guide in six languages. Each rule is ok, violated, or unknown when the record does not say.",
    text: "Vérifier le débat thématique d’une session au regard de la décision 18/1 de la Commission pour la prévention du crime et la justice pénale : candidatures et élection des intervenants, places à la tribune, temps de parole, guide de discussion dans les six langues. Chaque règle est déclarée respectée, enfreinte, ou indéterminée si l’enregistrement ne permet pas de conclure.",
  },
  "remit check --strict": {
    en: "Exit 1 when a rule is violated",
    text: "Sortir avec le code 1 si une règle est enfreinte",
  },
  "remit check <session>": {
    en: "A session id (ccpcj-20) or a thematic discussion id; `languages` checks each official language's completeness",
    text: "Un identifiant de session (ccpcj-20) ou de débat thématique ; `languages` vérifie que les textes sont complets dans chaque langue officielle",
  },
  "remit check # remit check languages --json": {
    en: "which record texts lack which languages",
    text: "quels textes des enregistrements manquent dans quelles langues",
  },
  "remit lineage": {
    en: "A mandate's lineage as a tree: the earlier mandates it reaffirms, builds on, updates, continues or endorses, and theirs.",
    text: "La filiation d’un mandat sous forme d’arbre : les mandats antérieurs qu’il réaffirme, prolonge, actualise, poursuit ou approuve, et la filiation de ceux-ci.",
  },
  "remit lineage --descendants": {
    en: "Show the later mandates that build on it instead",
    text: "Afficher plutôt les mandats ultérieurs qui s’appuient sur lui",
  },
  "remit lineage <symbol>": {
    en: "A mandate's symbol, citation or id (A/RES/74/173)",
    text: "La cote, la référence ou l’identifiant d’un mandat (A/RES/74/173)",
  },
  "remit report": {
    en: "Write the Secretary-General's report on a mandate for a period, computed from the store: numbered paragraphs, every figure from the activities and observations with its sources. Markdown, HTML or DOCX, in the language of --lang.",
    text: "Rédiger le rapport du Secrétaire général sur un mandat pour une période donnée, établi à partir de la base : paragraphes numérotés, chaque chiffre étant tiré des activités et des observations, avec ses sources. Markdown, HTML ou DOCX, dans la langue indiquée par --lang.",
  },
  "remit report --mandate": {
    en: "The mandate that asked for the report (A/RES/74/173, a citation or an id)",
    text: "Le mandat au titre duquel le rapport est demandé (A/RES/74/173, une référence ou un identifiant)",
  },
  "remit report --period": {
    en: "The reporting period: 2020, 2020-06, or START/END",
    text: "La période considérée : 2020, 2020-06, ou START/END",
  },
  "remit report --format": {
    en: "md, html or docx (default: from -o's extension, else md) (choices: md, html, docx)",
    text: "md, html ou docx (par défaut : d’après l’extension de -o, sinon md) (valeurs possibles : md, html, docx)",
  },
  "remit report --output": {
    en: "Write to FILE (atomically: a temporary file renamed when complete) instead of stdout",
    text: "Écrire dans FILE (de manière atomique : fichier temporaire renommé une fois terminé) au lieu de la sortie standard",
  },
  "remit report --obligation": {
    en: "Which report, when the mandate asks for several",
    text: "Le rapport visé, lorsque le mandat en demande plusieurs",
  },
  "remit report --fallback": {
    en: "Write in this language when --lang has no report templates, marking every paragraph (without it, such a language is an error) (choices: ar, zh, en, fr, ru, es)",
    text: "Rédiger dans cette langue lorsqu’il n’existe pas de modèle de rapport pour la langue de --lang, en signalant chaque paragraphe (sans cette option, une telle langue provoque une erreur) (valeurs possibles : ar, zh, en, fr, ru, es)",
  },
  "remit report --narratives": {
    en: 'A JSON file of texts for the paragraphs the records cannot hold: { "paragraph-id": { "text": { "en": "…" }, "provenance": [] } }',
    text: 'Un fichier JSON contenant les textes des paragraphes que les enregistrements ne peuvent pas fournir : { "paragraph-id": { "text": { "en": "…" }, "provenance": [] } }',
  },
  "remit export": {
    en: "Export records as CSV, XLSX, JSON, JSON Lines, IATI 2.03 or iCalendar, to a file (written atomically) or stdout. The filters of `remit list` select activities.",
    text: "Exporter des enregistrements au format CSV, XLSX, JSON, JSON Lines, IATI 2.03 ou iCalendar, dans un fichier (écrit de manière atomique) ou sur la sortie standard. Les filtres de `remit list` sélectionnent les activités.",
  },
  "remit export --entity": {
    en: "Export this kind only (default: activities for csv and iati, sessions for ics, everything for xlsx, json and jsonl)",
    text: "Exporter uniquement ce type (par défaut : les activités pour csv et iati, les sessions pour ics, tout pour xlsx, json et jsonl)",
  },
  "remit export --country": {
    en: "Activities naming this country (ISO 3166 alpha-3, e.g. SLV); observations scoped to it",
    text: "Activités qui mentionnent ce pays (ISO 3166 alpha-3, par exemple SLV) ; observations limitées à ce pays",
  },
  "remit export --region": {
    en: "Activities in this UN M49 region (e.g. 035 South-eastern Asia)",
    text: "Activités dans cette région M49 de l’ONU (par exemple 035 Asie du Sud-Est)",
  },
  "remit export --topic": {
    en: "Activities on this topic (e.g. cryptocurrency, digital-forensics)",
    text: "Activités sur ce thème (par exemple cryptocurrency, digital-forensics)",
  },
  "remit export --kind": {
    en: "Activities of this kind (e.g. training, webinar-series)",
    text: "Activités de ce type (par exemple training, webinar-series)",
  },
  "remit export --partner": {
    en: "Activities with this partner (acronym or name, e.g. INTERPOL)",
    text: "Activités menées avec ce partenaire (sigle ou nom, par exemple INTERPOL)",
  },
  "remit export --audience": {
    en: "Activities for this audience (e.g. prosecutors)",
    text: "Activités destinées à ce public (par exemple prosecutors)",
  },
  "remit export --mandate": {
    en: "Activities serving this mandate (id, symbol or citation, e.g. A/RES/74/173)",
    text: "Activités relevant de ce mandat (identifiant, cote ou référence, par exemple A/RES/74/173)",
  },
  "remit export --from": {
    en: "From this date on (YYYY, YYYY-MM or YYYY-MM-DD)",
    text: "À partir de cette date (YYYY, YYYY-MM ou YYYY-MM-DD)",
  },
  "remit export --to": {
    en: "Up to this date (YYYY, YYYY-MM or YYYY-MM-DD)",
    text: "Jusqu’à cette date (YYYY, YYYY-MM ou YYYY-MM-DD)",
  },
  "remit export --text": {
    en: "Every word in the title or summary, in any language, ignoring case and accents",
    text: "Mots devant tous figurer dans le titre ou le résumé, dans n’importe quelle langue, sans tenir compte de la casse ni des accents",
  },
  "remit export --body": {
    en: "Mandates adopted by, or sessions of, this body (e.g. ccpcj, ga)",
    text: "Mandats adoptés par cet organe, ou sessions de cet organe (par exemple ccpcj, ga)",
  },
  "remit export --indicator": {
    en: "Observations of this indicator (e.g. people-trained)",
    text: "Observations de cet indicateur (par exemple people-trained)",
  },
  "remit export --output": {
    en: "Write to FILE (atomically: a temporary file renamed when complete) instead of stdout",
    text: "Écrire dans FILE (de manière atomique : fichier temporaire renommé une fois terminé) au lieu de la sortie standard",
  },
  "remit export --bom": {
    en: "Start a CSV file with a byte order mark, for Excel",
    text: "Commencer le fichier CSV par une marque d’ordre des octets (BOM), pour Excel",
  },
  "remit export <format>": {
    en: "csv, xlsx, json (one document), jsonl (JSON Lines), iati (IATI 2.03 XML) or ics (iCalendar of sessions)",
    text: "csv, xlsx, json (un seul document), jsonl (JSON Lines), iati (XML IATI 2.03) ou ics (calendrier iCalendar des sessions)",
  },
  "remit db": {
    en: "Manage the store: migrate its schema, show its status, back it up and restore it.",
    text: "Gérer la base : migrer son schéma, afficher son état, la sauvegarder et la restaurer.",
  },
  "remit db migrate (short)": {
    en: "Migrate the store's schema",
    text: "Migrer le schéma de la base",
  },
  "remit db status (short)": {
    en: "Schema version and record counts",
    text: "Version du schéma et nombre d’enregistrements",
  },
  "remit db backup (short)": {
    en: "Back the store up to a file",
    text: "Sauvegarder la base dans un fichier",
  },
  "remit db restore (short)": {
    en: "Restore the store from a backup",
    text: "Restaurer la base à partir d’une sauvegarde",
  },
  "remit serve": {
    en: "Serve the store over HTTP: every record and query as JSON, the OpenAPI document at /openapi.json, a reference page at /docs, /healthz and /readyz. One JSON log line per request on stdout. Stops on Ctrl-C.",
    text: "Mettre la base à disposition via HTTP : chaque enregistrement et chaque requête en JSON, le document OpenAPI à /openapi.json, une page de référence à /docs, /healthz et /readyz. Une ligne de journal JSON par requête sur la sortie standard. Arrêt avec Ctrl-C.",
  },
  "remit serve --port": {
    en: "The port (default 4310; 0 picks a free one)",
    text: "Le port (4310 par défaut ; avec 0, un port libre est choisi)",
  },
  "remit serve --host": {
    en: "The address to listen on (default 127.0.0.1: this machine only)",
    text: "L’adresse d’écoute (127.0.0.1 par défaut : cette machine uniquement)",
  },
  "remit serve --public-reads": {
    en: "Answer reads without a token (writes always need an editor token)",
    text: "Répondre aux lectures sans jeton (les écritures exigent toujours un jeton editor)",
  },
  "remit serve --cors": {
    en: "Comma-separated origins whose pages may call the API (CORS), e.g. https://app.example.org",
    text: "Origines, séparées par des virgules, dont les pages peuvent appeler l’API (CORS), par exemple https://app.example.org",
  },
  "remit serve # remit serve --public-reads": {
    en: "http://127.0.0.1:4310, reads without a token",
    text: "http://127.0.0.1:4310, lecture sans jeton",
  },
  "remit token": {
    en: "Manage the HTTP API's access tokens: issue, revoke, list.",
    text: "Gérer les jetons d’accès à l’API HTTP : émettre, révoquer, lister.",
  },
  "remit token create (short)": {
    en: "Issue a token",
    text: "Émettre un jeton",
  },
  "remit token revoke (short)": {
    en: "Revoke a token",
    text: "Révoquer un jeton",
  },
  "remit token list (short)": {
    en: "List tokens",
    text: "Lister les jetons",
  },
  "remit db migrate": {
    en: "Bring the store's schema to this version of Remit (creating the store when there is none).",
    text: "Mettre le schéma de la base au niveau de cette version de Remit (en créant la base s’il n’y en a pas).",
  },
  "remit db status": {
    en: "The store's schema version, whether it needs migrating, and its records by kind, read without changing it.",
    text: "La version du schéma de la base, la nécessité éventuelle d’une migration et le nombre d’enregistrements par type, sans rien modifier.",
  },
  "remit db backup": {
    en: "Copy the store to FILE, atomically: a SQLite store as a database file (online backup), a PostgreSQL store as JSON Lines records.",
    text: "Copier la base dans FILE, de manière atomique : une base SQLite sous forme de fichier de base de données (sauvegarde à chaud), une base PostgreSQL sous forme d’enregistrements JSON Lines.",
  },
  "remit db backup --force": {
    en: "Replace what is there instead of stopping with a conflict (exit 4)",
    text: "Remplacer ce qui s’y trouve au lieu de s’arrêter sur un conflit (code de sortie 4)",
  },
  "remit db backup <file>": {
    en: "Where to write the backup",
    text: "Fichier dans lequel écrire la sauvegarde",
  },
  "remit db restore": {
    en: "Put a backup back into the store. A store that holds records is not overwritten unless --force.",
    text: "Réintégrer une sauvegarde dans la base. Une base qui contient des enregistrements n’est pas écrasée, sauf avec --force.",
  },
  "remit db restore --force": {
    en: "Replace what is there instead of stopping with a conflict (exit 4)",
    text: "Remplacer ce qui s’y trouve au lieu de s’arrêter sur un conflit (code de sortie 4)",
  },
  "remit db restore <file>": {
    en: "A backup written by `remit db backup` (a SQLite file or JSON Lines)",
    text: "Une sauvegarde écrite par `remit db backup` (fichier SQLite ou JSON Lines)",
  },
  "remit token create": {
    en: "Issue an access token for the HTTP API. The secret is printed once; the store keeps only its SHA-256.",
    text: "Émettre un jeton d’accès pour l’API HTTP. Le secret n’est affiché qu’une fois ; la base n’en conserve que l’empreinte SHA-256.",
  },
  "remit token create --name": {
    en: "What the token is for (unique among active tokens)",
    text: "L’usage du jeton (unique parmi les jetons actifs)",
  },
  "remit token create --role": {
    en: "viewer reads; editor also writes and imports; admin also manages tokens (choices: viewer, editor, admin)",
    text: "viewer : lecture ; editor : en outre, écriture et import ; admin : en outre, gestion des jetons (valeurs possibles : viewer, editor, admin)",
  },
  "remit token revoke": {
    en: "Revoke an access token: it authenticates nobody from now on.",
    text: "Révoquer un jeton d’accès : il n’authentifie plus personne désormais.",
  },
  "remit token revoke <id-or-name>": {
    en: "The token's id (tok_…) or name",
    text: "L’identifiant (tok_…) ou le nom du jeton",
  },
  "remit token list": {
    en: "The access tokens, revoked ones included (never their secrets).",
    text: "Les jetons d’accès, y compris les jetons révoqués (jamais leurs secrets).",
  },
};
