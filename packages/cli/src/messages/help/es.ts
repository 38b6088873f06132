import type { HelpTranslations } from "../HelpTranslation";

/** The help of `remit` in Spanish, by the place of each text (see `HelpTranslations`). Working translations by the Remit project. */
export const SPANISH_HELP: HelpTranslations = {
  remit: {
    en: "Follow UN crime-prevention work from mandate to report: sessions, mandates, technical-assistance activities and metrics, in a SQLite file or a PostgreSQL database.",
    text: "Seguir la labor de las Naciones Unidas en materia de prevención del delito, desde el mandato hasta el informe: períodos de sesiones, mandatos, actividades de asistencia técnica e indicadores, en un archivo SQLite o una base de datos PostgreSQL.",
  },
  "--help": {
    en: "Show help information",
    text: "Mostrar la ayuda",
  },
  "--version": {
    en: "Show version information",
    text: "Mostrar la versión",
  },
  "--wizard": {
    en: "Start wizard mode for a command",
    text: "Iniciar el modo asistente para un comando",
  },
  "--completions": {
    en: "Print shell completion script (choices: bash, zsh, fish, powershell, sh, pwsh)",
    text: "Mostrar el script de autocompletado para el shell (valores posibles: bash, zsh, fish, powershell, sh, pwsh)",
  },
  "--log-level": {
    en: "Sets the minimum log level (choices: all, trace, debug, info, warn, warning, error, fatal, none)",
    text: "Establecer el nivel mínimo del registro de eventos (valores posibles: all, trace, debug, info, warn, warning, error, fatal, none)",
  },
  "--db": {
    en: "The store: a SQLite file (default ./remit.db, or REMIT_DB) or a postgres:// URL; add ?schema=NAME to a URL to use that schema",
    text: "El almacén de datos: un archivo SQLite (por defecto ./remit.db, o REMIT_DB) o una URL postgres://; añada ?schema=NAME a la URL para usar ese esquema",
  },
  "--lang": {
    en: "Language of labels, titles and reports (default REMIT_LANG, else the locale, else en); texts missing in it fall back to another language",
    text: "Idioma de las etiquetas, los títulos y los informes (por defecto REMIT_LANG; si no, el de la configuración regional; si no, en); los textos que faltan en ese idioma se muestran en otro",
  },
  "--json": {
    en: "Print one JSON document instead of a table (stable for scripts)",
    text: "Mostrar un único documento JSON en lugar de una tabla (formato estable para scripts)",
  },
  "--jsonl": {
    en: "Print JSON Lines: one JSON value per line (stable for scripts)",
    text: "Mostrar JSON Lines: un valor JSON por línea (formato estable para scripts)",
  },
  "--quiet": {
    en: "No progress bar and no summary lines; errors are still printed",
    text: "Sin barra de progreso ni líneas de resumen; los errores se siguen mostrando",
  },
  "--verbose": {
    en: "Add detail to errors: causes, store operations, stack traces",
    text: "Añadir detalles a los errores: causas, operaciones del almacén de datos, trazas de la pila",
  },
  "remit init (short)": {
    en: "Create or migrate a store",
    text: "Crear o migrar un almacén de datos",
  },
  "remit seed (short)": {
    en: "Load the two-document dataset",
    text: "Cargar el conjunto de datos de los dos documentos",
  },
  "remit import (short)": {
    en: "Import JSON, JSON Lines, CSV or XLSX files",
    text: "Importar archivos JSON, JSON Lines, CSV o XLSX",
  },
  "remit validate (short)": {
    en: "Check files without writing",
    text: "Comprobar archivos sin escribir nada",
  },
  "remit list (short)": {
    en: "List activities, mandates, sessions, instruments or observations",
    text: "Listar actividades, mandatos, períodos de sesiones, instrumentos u observaciones",
  },
  "remit show (short)": {
    en: "One record, in full, with its history",
    text: "Un registro completo, con su historial",
  },
  "remit symbol (short)": {
    en: "Parse and explain document symbols",
    text: "Analizar y explicar signaturas de documentos",
  },
  "remit due (short)": {
    en: "Reports due at a session, with deferrals",
    text: "Informes que deben presentarse en un período de sesiones, incluidos los aplazados",
  },
  "remit check (short)": {
    en: "Decision 18/1 rules for a session's thematic discussion",
    text: "Normas de la decisión 18/1 para el debate temático de un período de sesiones",
  },
  "remit lineage (short)": {
    en: "A mandate's lineage as a tree",
    text: "Genealogía de un mandato, en forma de árbol",
  },
  "remit report (short)": {
    en: "The report on a mandate, as md, html or docx",
    text: "Informe sobre un mandato, en formato md, html o docx",
  },
  "remit export (short)": {
    en: "Export as csv, xlsx, json, jsonl, iati or ics",
    text: "Exportar en formato csv, xlsx, json, jsonl, iati o ics",
  },
  "remit db (short)": {
    en: "migrate | status | backup FILE | restore FILE",
    text: "migrate | status | backup FILE | restore FILE",
  },
  "remit serve (short)": {
    en: "Serve the HTTP API",
    text: "Iniciar el servidor de la API HTTP",
  },
  "remit token (short)": {
    en: "create | revoke ID | list",
    text: "create | revoke ID | list",
  },
  "remit init": {
    en: "Create the store, or bring an existing one to this version's schema. SQLite file by default (./remit.db or REMIT_DB); a postgres:// URL for PostgreSQL.",
    text: "Crear el almacén de datos, o adaptar uno existente al esquema de esta versión. Por defecto, un archivo SQLite (./remit.db o REMIT_DB); una URL postgres:// para PostgreSQL.",
  },
  "remit init # remit init": {
    en: "A SQLite store in ./remit.db",
    text: "Un almacén de datos SQLite en ./remit.db",
  },
  "remit init # remit init --db postgres://127.0.0.1:5432/remit?schema=remit": {
    en: "PostgreSQL, tables in schema remit",
    text: "PostgreSQL, tablas en el esquema remit",
  },
  "remit seed": {
    en: "Load the curated dataset of the two UN documents (E/CN.15/2011/2 and the 2021 report of the Secretary-General on cybercrime technical assistance). Safe to run twice: the second run writes nothing.",
    text: "Cargar el conjunto de datos preparado a partir de los dos documentos de las Naciones Unidas (E/CN.15/2011/2 y el informe del Secretario General de 2021 sobre la asistencia técnica en materia de delito cibernético). Puede ejecutarse dos veces sin riesgo: la segunda ejecución no escribe nada.",
  },
  "remit import": {
    en: "Import records from JSON, JSON Lines, CSV or XLSX files in one transaction: with any invalid record nothing is written and every problem is listed (exit 1), unless --skip-invalid. Importing the same records again changes nothing.",
    text: "Importar registros de archivos JSON, JSON Lines, CSV o XLSX en una sola transacción: si algún registro no es válido, no se escribe nada y se enumeran todos los problemas (código de salida 1), salvo con --skip-invalid. Importar de nuevo los mismos registros no modifica nada.",
  },
  "remit import --entity": {
    en: "The kind of the records (activity, mandate, session, …) when the file's name and content do not say",
    text: "El tipo de los registros (activity, mandate, session, …) cuando ni el nombre ni el contenido del archivo lo indican",
  },
  "remit import --skip-invalid": {
    en: "Write the valid records and list the invalid ones, instead of writing nothing",
    text: "Escribir los registros válidos y enumerar los no válidos, en lugar de no escribir nada",
  },
  "remit import <file>": {
    en: "JSON, JSON Lines, CSV or XLSX files (the format is detected)",
    text: "Archivos JSON, JSON Lines, CSV o XLSX (el formato se detecta automáticamente)",
  },
  "remit validate": {
    en: "Check files as `remit import` would, without a store and without writing: every problem with file:line: field path (exit 1 if any).",
    text: "Comprobar archivos como lo haría `remit import`, sin almacén de datos y sin escribir nada: cada problema se indica con archivo:línea: ruta del campo (código de salida 1 si hay alguno).",
  },
  "remit validate --entity": {
    en: "The kind of the records (activity, mandate, session, …) when the file's name and content do not say",
    text: "El tipo de los registros (activity, mandate, session, …) cuando ni el nombre ni el contenido del archivo lo indican",
  },
  "remit validate <file>": {
    en: "JSON, JSON Lines, CSV or XLSX files (the format is detected)",
    text: "Archivos JSON, JSON Lines, CSV o XLSX (el formato se detecta automáticamente)",
  },
  "remit list": {
    en: "List records of a kind, filtered: a table on a terminal, tab-separated lines on a pipe, JSON with --json or --jsonl.",
    text: "Listar registros de un tipo, con filtros: una tabla en un terminal, líneas separadas por tabulaciones si la salida se redirige, JSON con --json o --jsonl.",
  },
  "remit list --country": {
    en: "Activities naming this country (ISO 3166 alpha-3, e.g. SLV); observations scoped to it",
    text: "Actividades que mencionan este país (ISO 3166 alfa-3, por ejemplo SLV); observaciones referidas a él",
  },
  "remit list --region": {
    en: "Activities in this UN M49 region (e.g. 035 South-eastern Asia)",
    text: "Actividades en esta región M49 de las Naciones Unidas (por ejemplo 035 Asia sudoriental)",
  },
  "remit list --topic": {
    en: "Activities on this topic (e.g. cryptocurrency, digital-forensics)",
    text: "Actividades sobre este tema (por ejemplo cryptocurrency, digital-forensics)",
  },
  "remit list --kind": {
    en: "Activities of this kind (e.g. training, webinar-series)",
    text: "Actividades de este tipo (por ejemplo training, webinar-series)",
  },
  "remit list --partner": {
    en: "Activities with this partner (acronym or name, e.g. INTERPOL)",
    text: "Actividades con este asociado (sigla o nombre, por ejemplo INTERPOL)",
  },
  "remit list --audience": {
    en: "Activities for this audience (e.g. prosecutors)",
    text: "Actividades destinadas a este público (por ejemplo prosecutors)",
  },
  "remit list --mandate": {
    en: "Activities serving this mandate (id, symbol or citation, e.g. A/RES/74/173)",
    text: "Actividades al servicio de este mandato (identificador, signatura o referencia, por ejemplo A/RES/74/173)",
  },
  "remit list --from": {
    en: "From this date on (YYYY, YYYY-MM or YYYY-MM-DD)",
    text: "A partir de esta fecha (YYYY, YYYY-MM o YYYY-MM-DD)",
  },
  "remit list --to": {
    en: "Up to this date (YYYY, YYYY-MM or YYYY-MM-DD)",
    text: "Hasta esta fecha (YYYY, YYYY-MM o YYYY-MM-DD)",
  },
  "remit list --text": {
    en: "Every word in the title or summary, in any language, ignoring case and accents",
    text: "Palabras que deben figurar todas en el título o el resumen, en cualquier idioma, sin distinguir mayúsculas ni acentos",
  },
  "remit list --body": {
    en: "Mandates adopted by, or sessions of, this body (e.g. ccpcj, ga)",
    text: "Mandatos aprobados por este órgano, o períodos de sesiones de este órgano (por ejemplo ccpcj, ga)",
  },
  "remit list --indicator": {
    en: "Observations of this indicator (e.g. people-trained)",
    text: "Observaciones de este indicador (por ejemplo people-trained)",
  },
  "remit list --limit": {
    en: "At most N records (default 50, at most 1000)",
    text: "Como máximo N registros (50 por defecto; límite: 1000)",
  },
  "remit list --sort": {
    en: "Order activities by id, start, title, country or kind; add :desc for the reverse order (e.g. start:desc)",
    text: "Ordenar las actividades por id, start, title, country o kind; añadir :desc para el orden inverso (por ejemplo, start:desc)",
  },
  "remit list --cursor": {
    en: "Continue after the previous page (the cursor it printed)",
    text: "Continuar después de la página anterior (con el cursor que esta mostró)",
  },
  "remit list <what>": {
    en: "What to list: activities, mandates, sessions, instruments or observations",
    text: "Qué listar: activities, mandates, sessions, instruments u observations",
  },
  "remit list # remit list activities --topic cryptocurrency --from 2020": {
    en: "Cryptocurrency activities since 2020",
    text: "Actividades relacionadas con las criptomonedas desde 2020",
  },
  "remit list # remit list activities --mandate A/RES/74/173 --lang zh": {
    en: "Activities under GA 74/173, titles in Chinese",
    text: "Actividades en el marco de la resolución 74/173 de la Asamblea General, con títulos en chino",
  },
  "remit list # remit list activities --country SLV --sort start:desc": {
    en: "Activities in El Salvador, latest first",
    text: "Actividades en El Salvador, las más recientes primero",
  },
  "remit show": {
    en: "Show one record in full, with its revision and its history of changes.",
    text: "Mostrar un registro completo, con su revisión y su historial de cambios.",
  },
  "remit show --kind": {
    en: "The kind of record, when the id names several (session, mandate, activity, …)",
    text: "El tipo de registro, cuando el identificador designa varios (session, mandate, activity, …)",
  },
  "remit show <id-or-symbol>": {
    en: "A record id (ccpcj-30) or a mandate's symbol or citation (A/RES/74/173)",
    text: "Un identificador de registro (ccpcj-30) o la signatura o referencia de un mandato (A/RES/74/173)",
  },
  "remit symbol": {
    en: "Parse and explain UN document symbols and citations; an invalid one is reported with where and what is wrong (exit 1).",
    text: "Analizar y explicar signaturas y referencias de documentos de las Naciones Unidas; si una no es válida, se indica dónde está el error y en qué consiste (código de salida 1).",
  },
  "remit symbol <symbol>": {
    en: 'Document symbols (A/RES/74/173) or citations ("CCPCJ resolution 22/8")',
    text: 'Signaturas de documentos (A/RES/74/173) o referencias ("CCPCJ resolution 22/8")',
  },
  "remit symbol # remit symbol A/624/123": {
    en: "A misprint in the 2011 guide: says the 624th session does not exist",
    text: "Una errata de la guía de 2011: indica que el 624º período de sesiones no existe",
  },
  "remit due": {
    en: "The reports due at a session after deferrals, and those that were due there and were deferred to a later session.",
    text: "Los informes que deben presentarse en un período de sesiones teniendo en cuenta los aplazamientos, y los que debían presentarse en él y se aplazaron a un período de sesiones posterior.",
  },
  "remit due --body": {
    en: "The body the reports go to (ccpcj, ga, ecosoc; any case)",
    text: "El órgano al que se presentan los informes (ccpcj, ga, ecosoc; en mayúsculas o minúsculas)",
  },
  "remit due --session": {
    en: "The session's number (30 for the 30th session)",
    text: "El número del período de sesiones (30 para el 30º período de sesiones)",
  },
  "remit due # remit due --body CCPCJ --session 30": {
    en: "74/173's report, deferred from the 29th",
    text: "El informe solicitado en la resolución 74/173, aplazado desde el 29º período de sesiones",
  },
  "remit check": {
    en: "Check a session's thematic discussion against CCPCJ decision 18/1: nominations and election of panellists, podium seats, time limits, the discussion guide in six languages. Each rule is ok, violated, or unknown when the record does not say.",
    text: "Comprobar el debate temático de un período de sesiones conforme a la decisión 18/1 de la Comisión de Prevención del Delito y Justicia Penal: candidaturas y elección de los panelistas, puestos en el estrado, límites de tiempo, guía para el debate en los seis idiomas. Cada norma se marca como cumplida, incumplida o, si el registro no permite determinarlo, indeterminada.",
  },
  "remit check --strict": {
    en: "Exit 1 when a rule is violated",
    text: "Salir con el código 1 si se incumple alguna norma",
  },
  "remit check <session>": {
    en: "A session id (ccpcj-20) or a thematic discussion id; `languages` checks each official language's completeness",
    text: "Un identificador de período de sesiones (ccpcj-20) o de debate temático; `languages` comprueba que los textos estén completos en cada idioma oficial",
  },
  "remit check # remit check languages --json": {
    en: "which record texts lack which languages",
    text: "qué textos de los registros faltan en qué idiomas",
  },
  "remit lineage": {
    en: "A mandate's lineage as a tree: the earlier mandates it reaffirms, builds on, updates, continues or endorses, and theirs.",
    text: "La genealogía de un mandato en forma de árbol: los mandatos anteriores que reafirma, desarrolla, actualiza, continúa o hace suyos, y, a su vez, los de estos.",
  },
  "remit lineage --descendants": {
    en: "Show the later mandates that build on it instead",
    text: "Mostrar en su lugar los mandatos posteriores que se basan en él",
  },
  "remit lineage <symbol>": {
    en: "A mandate's symbol, citation or id (A/RES/74/173)",
    text: "La signatura, referencia o identificador de un mandato (A/RES/74/173)",
  },
  "remit report": {
    en: "Write the Secretary-General's report on a mandate for a period, computed from the store: numbered paragraphs, every figure from the activities and observations with its sources. Markdown, HTML or DOCX, in the language of --lang.",
    text: "Redactar el informe del Secretario General sobre un mandato para un período, elaborado a partir del almacén de datos: párrafos numerados, cada cifra extraída de las actividades y observaciones, con sus fuentes. En Markdown, HTML o DOCX, en el idioma indicado por --lang.",
  },
  "remit report --mandate": {
    en: "The mandate that asked for the report (A/RES/74/173, a citation or an id)",
    text: "El mandato en virtud del cual se solicitó el informe (A/RES/74/173, una referencia o un identificador)",
  },
  "remit report --period": {
    en: "The reporting period: 2020, 2020-06, or START/END",
    text: "El período que abarca el informe: 2020, 2020-06, o START/END",
  },
  "remit report --format": {
    en: "md, html or docx (default: from -o's extension, else md) (choices: md, html, docx)",
    text: "md, html o docx (por defecto: según la extensión de -o; si no, md) (valores posibles: md, html, docx)",
  },
  "remit report --output": {
    en: "Write to FILE (atomically: a temporary file renamed when complete) instead of stdout",
    text: "Escribir en FILE (de forma atómica: un archivo temporal que se renombra al terminar) en lugar de en la salida estándar",
  },
  "remit report --obligation": {
    en: "Which report, when the mandate asks for several",
    text: "El informe de que se trate, cuando el mandato solicita varios",
  },
  "remit report --fallback": {
    en: "Write in this language when --lang has no report templates, marking every paragraph (without it, such a language is an error) (choices: ar, zh, en, fr, ru, es)",
    text: "Redactar en este idioma cuando no hay plantillas de informe para el idioma de --lang, marcando cada párrafo (sin esta opción, ese idioma produce un error) (valores posibles: ar, zh, en, fr, ru, es)",
  },
  "remit report --narratives": {
    en: 'A JSON file of texts for the paragraphs the records cannot hold: { "paragraph-id": { "text": { "en": "…" }, "provenance": [] } }',
    text: 'Un archivo JSON con los textos de los párrafos que los registros no pueden contener: { "paragraph-id": { "text": { "en": "…" }, "provenance": [] } }',
  },
  "remit export": {
    en: "Export records as CSV, XLSX, JSON, JSON Lines, IATI 2.03 or iCalendar, to a file (written atomically) or stdout. The filters of `remit list` select activities.",
    text: "Exportar registros en formato CSV, XLSX, JSON, JSON Lines, IATI 2.03 o iCalendar, a un archivo (escrito de forma atómica) o a la salida estándar. Los filtros de `remit list` seleccionan las actividades.",
  },
  "remit export --entity": {
    en: "Export this kind only (default: activities for csv and iati, sessions for ics, everything for xlsx, json and jsonl)",
    text: "Exportar solo este tipo (por defecto: las actividades para csv e iati, los períodos de sesiones para ics, todo para xlsx, json y jsonl)",
  },
  "remit export --country": {
    en: "Activities naming this country (ISO 3166 alpha-3, e.g. SLV); observations scoped to it",
    text: "Actividades que mencionan este país (ISO 3166 alfa-3, por ejemplo SLV); observaciones referidas a él",
  },
  "remit export --region": {
    en: "Activities in this UN M49 region (e.g. 035 South-eastern Asia)",
    text: "Actividades en esta región M49 de las Naciones Unidas (por ejemplo 035 Asia sudoriental)",
  },
  "remit export --topic": {
    en: "Activities on this topic (e.g. cryptocurrency, digital-forensics)",
    text: "Actividades sobre este tema (por ejemplo cryptocurrency, digital-forensics)",
  },
  "remit export --kind": {
    en: "Activities of this kind (e.g. training, webinar-series)",
    text: "Actividades de este tipo (por ejemplo training, webinar-series)",
  },
  "remit export --partner": {
    en: "Activities with this partner (acronym or name, e.g. INTERPOL)",
    text: "Actividades con este asociado (sigla o nombre, por ejemplo INTERPOL)",
  },
  "remit export --audience": {
    en: "Activities for this audience (e.g. prosecutors)",
    text: "Actividades destinadas a este público (por ejemplo prosecutors)",
  },
  "remit export --mandate": {
    en: "Activities serving this mandate (id, symbol or citation, e.g. A/RES/74/173)",
    text: "Actividades al servicio de este mandato (identificador, signatura o referencia, por ejemplo A/RES/74/173)",
  },
  "remit export --from": {
    en: "From this date on (YYYY, YYYY-MM or YYYY-MM-DD)",
    text: "A partir de esta fecha (YYYY, YYYY-MM o YYYY-MM-DD)",
  },
  "remit export --to": {
    en: "Up to this date (YYYY, YYYY-MM or YYYY-MM-DD)",
    text: "Hasta esta fecha (YYYY, YYYY-MM o YYYY-MM-DD)",
  },
  "remit export --text": {
    en: "Every word in the title or summary, in any language, ignoring case and accents",
    text: "Palabras que deben figurar todas en el título o el resumen, en cualquier idioma, sin distinguir mayúsculas ni acentos",
  },
  "remit export --body": {
    en: "Mandates adopted by, or sessions of, this body (e.g. ccpcj, ga)",
    text: "Mandatos aprobados por este órgano, o períodos de sesiones de este órgano (por ejemplo ccpcj, ga)",
  },
  "remit export --indicator": {
    en: "Observations of this indicator (e.g. people-trained)",
    text: "Observaciones de este indicador (por ejemplo people-trained)",
  },
  "remit export --output": {
    en: "Write to FILE (atomically: a temporary file renamed when complete) instead of stdout",
    text: "Escribir en FILE (de forma atómica: un archivo temporal que se renombra al terminar) en lugar de en la salida estándar",
  },
  "remit export --bom": {
    en: "Start a CSV file with a byte order mark, for Excel",
    text: "Empezar el archivo CSV con una marca de orden de bytes (BOM), para Excel",
  },
  "remit export <format>": {
    en: "csv, xlsx, json (one document), jsonl (JSON Lines), iati (IATI 2.03 XML) or ics (iCalendar of sessions)",
    text: "csv, xlsx, json (un solo documento), jsonl (JSON Lines), iati (XML IATI 2.03) o ics (calendario iCalendar de los períodos de sesiones)",
  },
  "remit db": {
    en: "Manage the store: migrate its schema, show its status, back it up and restore it.",
    text: "Gestionar el almacén de datos: migrar su esquema, mostrar su estado, hacer una copia de seguridad y restaurarlo.",
  },
  "remit db migrate (short)": {
    en: "Migrate the store's schema",
    text: "Migrar el esquema del almacén de datos",
  },
  "remit db status (short)": {
    en: "Schema version and record counts",
    text: "Versión del esquema y número de registros",
  },
  "remit db backup (short)": {
    en: "Back the store up to a file",
    text: "Hacer una copia de seguridad del almacén de datos en un archivo",
  },
  "remit db restore (short)": {
    en: "Restore the store from a backup",
    text: "Restaurar el almacén de datos a partir de una copia de seguridad",
  },
  "remit serve": {
    en: "Serve the store over HTTP: every record and query as JSON, the OpenAPI document at /openapi.json, a reference page at /docs, /healthz and /readyz. One JSON log line per request on stdout. Stops on Ctrl-C.",
    text: "Servir el almacén de datos por HTTP: todos los registros y consultas en JSON, el documento OpenAPI en /openapi.json, una página de referencia en /docs, /healthz y /readyz. Cada solicitud se registra en una línea JSON en la salida estándar. Se detiene con Ctrl-C.",
  },
  "remit serve --port": {
    en: "The port (default 4310; 0 picks a free one)",
    text: "El puerto (por defecto 4310; con 0 se elige uno libre)",
  },
  "remit serve --host": {
    en: "The address to listen on (default 127.0.0.1: this machine only)",
    text: "La dirección en la que escuchar (por defecto 127.0.0.1: solo este equipo)",
  },
  "remit serve --public-reads": {
    en: "Answer reads without a token (writes always need an editor token)",
    text: "Responder a las lecturas sin token (las escrituras siempre requieren un token editor)",
  },
  "remit serve --cors": {
    en: "Comma-separated origins whose pages may call the API (CORS), e.g. https://app.example.org",
    text: "Orígenes, separados por comas, cuyas páginas pueden llamar a la API (CORS), por ejemplo https://app.example.org",
  },
  "remit serve # remit serve --public-reads": {
    en: "http://127.0.0.1:4310, reads without a token",
    text: "http://127.0.0.1:4310, lectura sin token",
  },
  "remit token": {
    en: "Manage the HTTP API's access tokens: issue, revoke, list.",
    text: "Gestionar los tokens de acceso a la API HTTP: emitir, revocar, listar.",
  },
  "remit token create (short)": {
    en: "Issue a token",
    text: "Emitir un token",
  },
  "remit token revoke (short)": {
    en: "Revoke a token",
    text: "Revocar un token",
  },
  "remit token list (short)": {
    en: "List tokens",
    text: "Listar los tokens",
  },
  "remit db migrate": {
    en: "Bring the store's schema to this version of Remit (creating the store when there is none).",
    text: "Adaptar el esquema del almacén de datos a esta versión de Remit (y crear el almacén de datos si no existe).",
  },
  "remit db status": {
    en: "The store's schema version, whether it needs migrating, and its records by kind, read without changing it.",
    text: "La versión del esquema del almacén de datos, si es necesaria una migración, y el número de registros por tipo, sin modificar nada.",
  },
  "remit db backup": {
    en: "Copy the store to FILE, atomically: a SQLite store as a database file (online backup), a PostgreSQL store as JSON Lines records.",
    text: "Copiar el almacén de datos en FILE, de forma atómica: un almacén de datos SQLite como archivo de base de datos (copia de seguridad en caliente), un almacén de datos PostgreSQL como registros JSON Lines.",
  },
  "remit db backup --force": {
    en: "Replace what is there instead of stopping with a conflict (exit 4)",
    text: "Reemplazar lo que haya en lugar de detenerse por un conflicto (código de salida 4)",
  },
  "remit db backup <file>": {
    en: "Where to write the backup",
    text: "Archivo en el que escribir la copia de seguridad",
  },
  "remit db restore": {
    en: "Put a backup back into the store. A store that holds records is not overwritten unless --force.",
    text: "Volver a cargar una copia de seguridad en el almacén de datos. Un almacén de datos que contiene registros no se sobrescribe, salvo con --force.",
  },
  "remit db restore --force": {
    en: "Replace what is there instead of stopping with a conflict (exit 4)",
    text: "Reemplazar lo que haya en lugar de detenerse por un conflicto (código de salida 4)",
  },
  "remit db restore <file>": {
    en: "A backup written by `remit db backup` (a SQLite file or JSON Lines)",
    text: "Una copia de seguridad escrita por `remit db backup` (un archivo SQLite o JSON Lines)",
  },
  "remit token create": {
    en: "Issue an access token for the HTTP API. The secret is printed once; the store keeps only its SHA-256.",
    text: "Emitir un token de acceso para la API HTTP. El secreto se muestra una sola vez; el almacén de datos solo guarda su hash SHA-256.",
  },
  "remit token create --name": {
    en: "What the token is for (unique among active tokens)",
    text: "Para qué sirve el token (único entre los tokens activos)",
  },
  "remit token create --role": {
    en: "viewer reads; editor also writes and imports; admin also manages tokens (choices: viewer, editor, admin)",
    text: "viewer: lectura; editor: además, escritura e importación; admin: además, gestión de los tokens (valores posibles: viewer, editor, admin)",
  },
  "remit token revoke": {
    en: "Revoke an access token: it authenticates nobody from now on.",
    text: "Revocar un token de acceso: a partir de ahora no autentica a nadie.",
  },
  "remit token revoke <id-or-name>": {
    en: "The token's id (tok_…) or name",
    text: "El identificador (tok_…) o el nombre del token",
  },
  "remit token list": {
    en: "The access tokens, revoked ones included (never their secrets).",
    text: "Los tokens de acceso, incluidos los revocados (nunca sus secretos).",
  },
};
