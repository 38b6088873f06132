import type { HelpTranslations } from "../HelpTranslation";

/** The help of `remit` in Russian, by the place of each text (see `HelpTranslations`). Working translations by the Remit project. */
export const RUSSIAN_HELP: HelpTranslations = {
  remit: {
    en: "Follow UN crime-prevention work from mandate to report: sessions, mandates, technical-assistance activities and metrics, in a SQLite file or a PostgreSQL database.",
    text: "Отслеживание работы ООН в области предупреждения преступности от мандата до доклада: сессии, мандаты, мероприятия по оказанию технической помощи и показатели — в файле SQLite или базе данных PostgreSQL.",
  },
  "--help": {
    en: "Show help information",
    text: "Показать справку",
  },
  "--version": {
    en: "Show version information",
    text: "Показать сведения о версии",
  },
  "--wizard": {
    en: "Start wizard mode for a command",
    text: "Запустить команду в режиме мастера",
  },
  "--completions": {
    en: "Print shell completion script (choices: bash, zsh, fish, powershell, sh, pwsh)",
    text: "Вывести скрипт автодополнения для командной оболочки (варианты: bash, zsh, fish, powershell, sh, pwsh)",
  },
  "--log-level": {
    en: "Sets the minimum log level (choices: all, trace, debug, info, warn, warning, error, fatal, none)",
    text: "Задать минимальный уровень журналирования (варианты: all, trace, debug, info, warn, warning, error, fatal, none)",
  },
  "--db": {
    en: "The store: a SQLite file (default ./remit.db, or REMIT_DB) or a postgres:// URL; add ?schema=NAME to a URL to use that schema",
    text: "Хранилище: файл SQLite (по умолчанию ./remit.db или REMIT_DB) или URL postgres://; чтобы использовать определённую схему, добавьте к URL ?schema=NAME",
  },
  "--lang": {
    en: "Language of labels, titles and reports (default REMIT_LANG, else the locale, else en); texts missing in it fall back to another language",
    text: "Язык подписей, заголовков и докладов (по умолчанию REMIT_LANG, затем локаль, затем en); тексты, которых нет на этом языке, выводятся на другом языке",
  },
  "--json": {
    en: "Print one JSON document instead of a table (stable for scripts)",
    text: "Вывести один документ JSON вместо таблицы (стабильный формат для скриптов)",
  },
  "--jsonl": {
    en: "Print JSON Lines: one JSON value per line (stable for scripts)",
    text: "Вывести JSON Lines: по одному значению JSON в строке (стабильный формат для скриптов)",
  },
  "--quiet": {
    en: "No progress bar and no summary lines; errors are still printed",
    text: "Не выводить индикатор выполнения и итоговые строки; ошибки по-прежнему выводятся",
  },
  "--verbose": {
    en: "Add detail to errors: causes, store operations, stack traces",
    text: "Выводить подробные сведения об ошибках: причины, операции с хранилищем, трассировки стека",
  },
  "remit init (short)": {
    en: "Create or migrate a store",
    text: "Создать хранилище или обновить его схему",
  },
  "remit seed (short)": {
    en: "Load the two-document dataset",
    text: "Загрузить набор данных из двух документов",
  },
  "remit import (short)": {
    en: "Import JSON, JSON Lines, CSV or XLSX files",
    text: "Импортировать файлы JSON, JSON Lines, CSV или XLSX",
  },
  "remit validate (short)": {
    en: "Check files without writing",
    text: "Проверить файлы без записи",
  },
  "remit list (short)": {
    en: "List activities, mandates, sessions, instruments or observations",
    text: "Вывести список мероприятий, мандатов, сессий, правовых документов или наблюдений",
  },
  "remit show (short)": {
    en: "One record, in full, with its history",
    text: "Показать одну запись полностью, с историей изменений",
  },
  "remit symbol (short)": {
    en: "Parse and explain document symbols",
    text: "Разобрать и пояснить условные обозначения документов",
  },
  "remit due (short)": {
    en: "Reports due at a session, with deferrals",
    text: "Доклады, подлежащие представлению на сессии, с учётом переносов",
  },
  "remit check (short)": {
    en: "Decision 18/1 rules for a session's thematic discussion",
    text: "Проверить тематическую дискуссию сессии по правилам решения 18/1",
  },
  "remit lineage (short)": {
    en: "A mandate's lineage as a tree",
    text: "Преемственность мандата в виде дерева",
  },
  "remit report (short)": {
    en: "The report on a mandate, as md, html or docx",
    text: "Доклад по мандату в формате md, html или docx",
  },
  "remit export (short)": {
    en: "Export as csv, xlsx, json, jsonl, iati or ics",
    text: "Экспортировать в формате csv, xlsx, json, jsonl, iati или ics",
  },
  "remit db (short)": {
    en: "migrate | status | backup FILE | restore FILE",
    text: "migrate | status | backup FILE | restore FILE",
  },
  "remit serve (short)": {
    en: "Serve the HTTP API",
    text: "Запустить сервер HTTP API",
  },
  "remit token (short)": {
    en: "create | revoke ID | list",
    text: "create | revoke ID | list",
  },
  "remit init": {
    en: "Create the store, or bring an existing one to this version's schema. SQLite file by default (./remit.db or REMIT_DB); a postgres:// URL for PostgreSQL.",
    text: "Создать хранилище или обновить схему существующего хранилища до версии, которую использует эта программа. По умолчанию используется файл SQLite (./remit.db или REMIT_DB); для PostgreSQL укажите URL postgres://.",
  },
  "remit init # remit init": {
    en: "A SQLite store in ./remit.db",
    text: "Хранилище SQLite в файле ./remit.db",
  },
  "remit init # remit init --db postgres://127.0.0.1:5432/remit?schema=remit": {
    en: "PostgreSQL, tables in schema remit",
    text: "PostgreSQL, таблицы в схеме remit",
  },
  "remit seed": {
    en: "Load the curated dataset of the two UN documents (E/CN.15/2011/2 and the 2021 report of the Secretary-General on cybercrime technical assistance). Safe to run twice: the second run writes nothing.",
    text: "Загрузить выверенный набор данных из двух документов ООН (E/CN.15/2011/2 и доклад Генерального секретаря 2021 года о технической помощи в борьбе с киберпреступностью). Повторный запуск безопасен: при втором запуске ничего не записывается.",
  },
  "remit import": {
    en: "Import records from JSON, JSON Lines, CSV or XLSX files in one transaction: with any invalid record nothing is written and every problem is listed (exit 1), unless --skip-invalid. Importing the same records again changes nothing.",
    text: "Импортировать записи из файлов JSON, JSON Lines, CSV или XLSX в одной транзакции: если хотя бы одна запись недопустима, ничего не записывается и выводится список всех ошибок (код завершения 1), если только не указан флаг --skip-invalid. Повторный импорт тех же записей ничего не меняет.",
  },
  "remit import --entity": {
    en: "The kind of the records (activity, mandate, session, …) when the file's name and content do not say",
    text: "Тип записей (activity, mandate, session, …), если его нельзя определить по имени и содержимому файла",
  },
  "remit import --skip-invalid": {
    en: "Write the valid records and list the invalid ones, instead of writing nothing",
    text: "Записать допустимые записи и вывести список недопустимых, а не отказываться от записи полностью",
  },
  "remit import <file>": {
    en: "JSON, JSON Lines, CSV or XLSX files (the format is detected)",
    text: "Файлы JSON, JSON Lines, CSV или XLSX (формат определяется автоматически)",
  },
  "remit validate": {
    en: "Check files as `remit import` would, without a store and without writing: every problem with file:line: field path (exit 1 if any).",
    text: "Проверить файлы так же, как это делает `remit import`, но без хранилища и без записи: каждая ошибка выводится в виде «файл:строка: путь к полю» (код завершения 1, если ошибки есть).",
  },
  "remit validate --entity": {
    en: "The kind of the records (activity, mandate, session, …) when the file's name and content do not say",
    text: "Тип записей (activity, mandate, session, …), если его нельзя определить по имени и содержимому файла",
  },
  "remit validate <file>": {
    en: "JSON, JSON Lines, CSV or XLSX files (the format is detected)",
    text: "Файлы JSON, JSON Lines, CSV или XLSX (формат определяется автоматически)",
  },
  "remit list": {
    en: "List records of a kind, filtered: a table on a terminal, tab-separated lines on a pipe, JSON with --json or --jsonl.",
    text: "Вывести записи одного типа с фильтрацией: в терминале — таблицей, при передаче через конвейер — строками с разделителями-табуляциями, с флагом --json или --jsonl — в формате JSON.",
  },
  "remit list --country": {
    en: "Activities naming this country (ISO 3166 alpha-3, e.g. SLV); observations scoped to it",
    text: "Мероприятия, в которых упоминается эта страна (ISO 3166 alpha-3, например SLV); наблюдения, относящиеся к ней",
  },
  "remit list --region": {
    en: "Activities in this UN M49 region (e.g. 035 South-eastern Asia)",
    text: "Мероприятия в этом регионе по классификации M49 ООН (например, 035 Юго-Восточная Азия)",
  },
  "remit list --topic": {
    en: "Activities on this topic (e.g. cryptocurrency, digital-forensics)",
    text: "Мероприятия по этой теме (например, cryptocurrency, digital-forensics)",
  },
  "remit list --kind": {
    en: "Activities of this kind (e.g. training, webinar-series)",
    text: "Мероприятия этого вида (например, training, webinar-series)",
  },
  "remit list --partner": {
    en: "Activities with this partner (acronym or name, e.g. INTERPOL)",
    text: "Мероприятия с участием этого партнёра (аббревиатура или название, например INTERPOL)",
  },
  "remit list --audience": {
    en: "Activities for this audience (e.g. prosecutors)",
    text: "Мероприятия для этой целевой аудитории (например, prosecutors)",
  },
  "remit list --mandate": {
    en: "Activities serving this mandate (id, symbol or citation, e.g. A/RES/74/173)",
    text: "Мероприятия в рамках этого мандата (идентификатор, условное обозначение или ссылка, например A/RES/74/173)",
  },
  "remit list --from": {
    en: "From this date on (YYYY, YYYY-MM or YYYY-MM-DD)",
    text: "Начиная с этой даты (YYYY, YYYY-MM или YYYY-MM-DD)",
  },
  "remit list --to": {
    en: "Up to this date (YYYY, YYYY-MM or YYYY-MM-DD)",
    text: "Вплоть до этой даты (YYYY, YYYY-MM или YYYY-MM-DD)",
  },
  "remit list --text": {
    en: "Every word in the title or summary, in any language, ignoring case and accents",
    text: "Все слова должны встречаться в названии или кратком описании (на любом языке, без учёта регистра и диакритических знаков)",
  },
  "remit list --body": {
    en: "Mandates adopted by, or sessions of, this body (e.g. ccpcj, ga)",
    text: "Мандаты, принятые этим органом, или сессии этого органа (например, ccpcj, ga)",
  },
  "remit list --indicator": {
    en: "Observations of this indicator (e.g. people-trained)",
    text: "Наблюдения по этому показателю (например, people-trained)",
  },
  "remit list --limit": {
    en: "At most N records (default 50, at most 1000)",
    text: "Не более N записей (по умолчанию 50, максимум 1000)",
  },
  "remit list --sort": {
    en: "Order activities by id, start, title, country or kind; add :desc for the reverse order (e.g. start:desc)",
    text: "Упорядочить мероприятия по id, start, title, country или kind; добавьте :desc для обратного порядка (например, start:desc)",
  },
  "remit list --cursor": {
    en: "Continue after the previous page (the cursor it printed)",
    text: "Продолжить с места, где закончилась предыдущая страница (укажите выведенный для неё курсор)",
  },
  "remit list <what>": {
    en: "What to list: activities, mandates, sessions, instruments or observations",
    text: "Что вывести: activities, mandates, sessions, instruments или observations",
  },
  "remit list # remit list activities --topic cryptocurrency --from 2020": {
    en: "Cryptocurrency activities since 2020",
    text: "Мероприятия по теме криптовалют начиная с 2020 года",
  },
  "remit list # remit list activities --mandate A/RES/74/173 --lang zh": {
    en: "Activities under GA 74/173, titles in Chinese",
    text: "Мероприятия в рамках резолюции 74/173 Генеральной Ассамблеи, названия на китайском языке",
  },
  "remit list # remit list activities --country SLV --sort start:desc": {
    en: "Activities in El Salvador, latest first",
    text: "Мероприятия в Сальвадоре, сначала самые поздние",
  },
  "remit show": {
    en: "Show one record in full, with its revision and its history of changes.",
    text: "Показать одну запись полностью, с её текущей редакцией и историей изменений.",
  },
  "remit show --kind": {
    en: "The kind of record, when the id names several (session, mandate, activity, …)",
    text: "Тип записи, если идентификатор соответствует записям нескольких типов (session, mandate, activity, …)",
  },
  "remit show <id-or-symbol>": {
    en: "A record id (ccpcj-30) or a mandate's symbol or citation (A/RES/74/173)",
    text: "Идентификатор записи (ccpcj-30) либо условное обозначение мандата или ссылка на него (A/RES/74/173)",
  },
  "remit symbol": {
    en: "Parse and explain UN document symbols and citations; an invalid one is reported with where and what is wrong (exit 1).",
    text: "Разобрать и пояснить условные обозначения документов ООН и ссылки на документы; для недопустимого обозначения указывается, где и в чём ошибка (код завершения 1).",
  },
  "remit symbol <symbol>": {
    en: 'Document symbols (A/RES/74/173) or citations ("CCPCJ resolution 22/8")',
    text: "Условные обозначения документов (A/RES/74/173) или ссылки на английском или китайском языке («CCPCJ resolution 22/8»)",
  },
  "remit symbol # remit symbol A/624/123": {
    en: "A misprint in the 2011 guide: says the 624th session does not exist",
    text: "Опечатка в руководстве 2011 года: программа сообщает, что 624-й сессии не существует",
  },
  "remit due": {
    en: "The reports due at a session after deferrals, and those that were due there and were deferred to a later session.",
    text: "Доклады, подлежащие представлению на сессии с учётом переносов, а также доклады, которые должны были быть представлены на ней, но были перенесены на более позднюю сессию.",
  },
  "remit due --body": {
    en: "The body the reports go to (ccpcj, ga, ecosoc; any case)",
    text: "Орган, которому представляются доклады (ccpcj, ga, ecosoc; регистр не важен)",
  },
  "remit due --session": {
    en: "The session's number (30 for the 30th session)",
    text: "Номер сессии (30 для тридцатой сессии)",
  },
  "remit due # remit due --body CCPCJ --session 30": {
    en: "74/173's report, deferred from the 29th",
    text: "Доклад по резолюции 74/173, перенесённый с 29-й сессии",
  },
  "remit check": {
    en: "Check a session's thematic discussion against CCPCJ decision 18/1: nominations and election of panellists, podium seats, time limits, the discussion guide in six languages. Each rule is ok, violated, or unknown when the record does not say.",
    text: "Проверить тематическую дискуссию сессии на соответствие решению 18/1 Комиссии по предупреждению преступности и уголовному правосудию: выдвижение кандидатур и выборы участников дискуссии, места в президиуме, регламент выступлений, руководство для обсуждения на шести языках. По каждому правилу выдаётся результат: соблюдено, нарушено или неизвестно (если в записи нет нужных сведений).",
  },
  "remit check --strict": {
    en: "Exit 1 when a rule is violated",
    text: "Завершиться с кодом 1, если нарушено хотя бы одно правило",
  },
  "remit check <session>": {
    en: "A session id (ccpcj-20) or a thematic discussion id; `languages` checks each official language's completeness",
    text: "Идентификатор сессии (ccpcj-20) или тематической дискуссии; `languages` проверяет полноту текстов на каждом официальном языке",
  },
  "remit check # remit check languages --json": {
    en: "which record texts lack which languages",
    text: "на каких языках не хватает текстов записей",
  },
  "remit lineage": {
    en: "A mandate's lineage as a tree: the earlier mandates it reaffirms, builds on, updates, continues or endorses, and theirs.",
    text: "Преемственность мандата в виде дерева: предшествующие мандаты, которые он подтверждает, развивает, обновляет, продлевает или одобряет, и их собственные предшественники.",
  },
  "remit lineage --descendants": {
    en: "Show the later mandates that build on it instead",
    text: "Вместо этого показать более поздние мандаты, основанные на данном",
  },
  "remit lineage <symbol>": {
    en: "A mandate's symbol, citation or id (A/RES/74/173)",
    text: "Условное обозначение мандата, ссылка на него или его идентификатор (A/RES/74/173)",
  },
  "remit report": {
    en: "Write the Secretary-General's report on a mandate for a period, computed from the store: numbered paragraphs, every figure from the activities and observations with its sources. Markdown, HTML or DOCX, in the language of --lang.",
    text: "Составить доклад Генерального секретаря по мандату за указанный период на основе данных хранилища: пункты пронумерованы, каждая цифра взята из мероприятий и наблюдений с указанием источников. Формат Markdown, HTML или DOCX, язык задаётся флагом --lang.",
  },
  "remit report --mandate": {
    en: "The mandate that asked for the report (A/RES/74/173, a citation or an id)",
    text: "Мандат, в котором запрошен доклад (A/RES/74/173, ссылка или идентификатор)",
  },
  "remit report --period": {
    en: "The reporting period: 2020, 2020-06, or START/END",
    text: "Отчётный период: 2020, 2020-06 или START/END",
  },
  "remit report --format": {
    en: "md, html or docx (default: from -o's extension, else md) (choices: md, html, docx)",
    text: "md, html или docx (по умолчанию — по расширению файла в -o, иначе md) (варианты: md, html, docx)",
  },
  "remit report --output": {
    en: "Write to FILE (atomically: a temporary file renamed when complete) instead of stdout",
    text: "Записать в FILE (атомарно: временный файл переименовывается после завершения записи) вместо stdout",
  },
  "remit report --obligation": {
    en: "Which report, when the mandate asks for several",
    text: "Какой именно доклад составить, если мандат предусматривает несколько",
  },
  "remit report --fallback": {
    en: "Write in this language when --lang has no report templates, marking every paragraph (without it, such a language is an error) (choices: ar, zh, en, fr, ru, es)",
    text: "Составить доклад на этом языке, если для языка --lang нет шаблонов доклада, с пометкой у каждого пункта (без этого флага такой язык вызывает ошибку) (варианты: ar, zh, en, fr, ru, es)",
  },
  "remit report --narratives": {
    en: 'A JSON file of texts for the paragraphs the records cannot hold: { "paragraph-id": { "text": { "en": "…" }, "provenance": [] } }',
    text: 'Файл JSON с текстами для пунктов, которые нельзя составить по записям: { "paragraph-id": { "text": { "en": "…" }, "provenance": [] } }',
  },
  "remit export": {
    en: "Export records as CSV, XLSX, JSON, JSON Lines, IATI 2.03 or iCalendar, to a file (written atomically) or stdout. The filters of `remit list` select activities.",
    text: "Экспортировать записи в формате CSV, XLSX, JSON, JSON Lines, IATI 2.03 или iCalendar в файл (атомарная запись) или в stdout. Мероприятия отбираются с помощью фильтров команды `remit list`.",
  },
  "remit export --entity": {
    en: "Export this kind only (default: activities for csv and iati, sessions for ics, everything for xlsx, json and jsonl)",
    text: "Экспортировать только этот тип записей (по умолчанию: activities для csv и iati, sessions для ics, все типы для xlsx, json и jsonl)",
  },
  "remit export --country": {
    en: "Activities naming this country (ISO 3166 alpha-3, e.g. SLV); observations scoped to it",
    text: "Мероприятия, в которых упоминается эта страна (ISO 3166 alpha-3, например SLV); наблюдения, относящиеся к ней",
  },
  "remit export --region": {
    en: "Activities in this UN M49 region (e.g. 035 South-eastern Asia)",
    text: "Мероприятия в этом регионе по классификации M49 ООН (например, 035 Юго-Восточная Азия)",
  },
  "remit export --topic": {
    en: "Activities on this topic (e.g. cryptocurrency, digital-forensics)",
    text: "Мероприятия по этой теме (например, cryptocurrency, digital-forensics)",
  },
  "remit export --kind": {
    en: "Activities of this kind (e.g. training, webinar-series)",
    text: "Мероприятия этого вида (например, training, webinar-series)",
  },
  "remit export --partner": {
    en: "Activities with this partner (acronym or name, e.g. INTERPOL)",
    text: "Мероприятия с участием этого партнёра (аббревиатура или название, например INTERPOL)",
  },
  "remit export --audience": {
    en: "Activities for this audience (e.g. prosecutors)",
    text: "Мероприятия для этой целевой аудитории (например, prosecutors)",
  },
  "remit export --mandate": {
    en: "Activities serving this mandate (id, symbol or citation, e.g. A/RES/74/173)",
    text: "Мероприятия в рамках этого мандата (идентификатор, условное обозначение или ссылка, например A/RES/74/173)",
  },
  "remit export --from": {
    en: "From this date on (YYYY, YYYY-MM or YYYY-MM-DD)",
    text: "Начиная с этой даты (YYYY, YYYY-MM или YYYY-MM-DD)",
  },
  "remit export --to": {
    en: "Up to this date (YYYY, YYYY-MM or YYYY-MM-DD)",
    text: "Вплоть до этой даты (YYYY, YYYY-MM или YYYY-MM-DD)",
  },
  "remit export --text": {
    en: "Every word in the title or summary, in any language, ignoring case and accents",
    text: "Все слова должны встречаться в названии или кратком описании (на любом языке, без учёта регистра и диакритических знаков)",
  },
  "remit export --body": {
    en: "Mandates adopted by, or sessions of, this body (e.g. ccpcj, ga)",
    text: "Мандаты, принятые этим органом, или сессии этого органа (например, ccpcj, ga)",
  },
  "remit export --indicator": {
    en: "Observations of this indicator (e.g. people-trained)",
    text: "Наблюдения по этому показателю (например, people-trained)",
  },
  "remit export --output": {
    en: "Write to FILE (atomically: a temporary file renamed when complete) instead of stdout",
    text: "Записать в FILE (атомарно: временный файл переименовывается после завершения записи) вместо stdout",
  },
  "remit export --bom": {
    en: "Start a CSV file with a byte order mark, for Excel",
    text: "Добавить в начало CSV-файла метку порядка байтов (BOM) для Excel",
  },
  "remit export <format>": {
    en: "csv, xlsx, json (one document), jsonl (JSON Lines), iati (IATI 2.03 XML) or ics (iCalendar of sessions)",
    text: "csv, xlsx, json (один документ), jsonl (JSON Lines), iati (IATI 2.03 XML) или ics (календарь сессий iCalendar)",
  },
  "remit db": {
    en: "Manage the store: migrate its schema, show its status, back it up and restore it.",
    text: "Управление хранилищем: миграция схемы, просмотр состояния, резервное копирование и восстановление.",
  },
  "remit db migrate (short)": {
    en: "Migrate the store's schema",
    text: "Выполнить миграцию схемы хранилища",
  },
  "remit db status (short)": {
    en: "Schema version and record counts",
    text: "Версия схемы и число записей",
  },
  "remit db backup (short)": {
    en: "Back the store up to a file",
    text: "Создать резервную копию хранилища в файле",
  },
  "remit db restore (short)": {
    en: "Restore the store from a backup",
    text: "Восстановить хранилище из резервной копии",
  },
  "remit serve": {
    en: "Serve the store over HTTP: every record and query as JSON, the OpenAPI document at /openapi.json, a reference page at /docs, /healthz and /readyz. One JSON log line per request on stdout. Stops on Ctrl-C.",
    text: "Предоставить доступ к хранилищу по HTTP: все записи и запросы в формате JSON, документ OpenAPI по адресу /openapi.json, справочная страница по адресу /docs, а также /healthz и /readyz. Для каждого запроса в stdout выводится одна строка журнала в формате JSON. Для остановки нажмите Ctrl-C.",
  },
  "remit serve --port": {
    en: "The port (default 4310; 0 picks a free one)",
    text: "Порт (по умолчанию 4310; 0 — выбрать свободный порт)",
  },
  "remit serve --host": {
    en: "The address to listen on (default 127.0.0.1: this machine only)",
    text: "Адрес для прослушивания (по умолчанию 127.0.0.1: только этот компьютер)",
  },
  "remit serve --public-reads": {
    en: "Answer reads without a token (writes always need an editor token)",
    text: "Отвечать на запросы чтения без токена (для записи всегда нужен токен с ролью editor)",
  },
  "remit serve --cors": {
    en: "Comma-separated origins whose pages may call the API (CORS), e.g. https://app.example.org",
    text: "Список источников через запятую, страницам которых разрешено обращаться к API (CORS), например https://app.example.org",
  },
  "remit serve # remit serve --public-reads": {
    en: "http://127.0.0.1:4310, reads without a token",
    text: "http://127.0.0.1:4310, чтение без токена",
  },
  "remit token": {
    en: "Manage the HTTP API's access tokens: issue, revoke, list.",
    text: "Управление токенами доступа к HTTP API: выдача, отзыв, просмотр списка.",
  },
  "remit token create (short)": {
    en: "Issue a token",
    text: "Выдать токен",
  },
  "remit token revoke (short)": {
    en: "Revoke a token",
    text: "Отозвать токен",
  },
  "remit token list (short)": {
    en: "List tokens",
    text: "Вывести список токенов",
  },
  "remit db migrate": {
    en: "Bring the store's schema to this version of Remit (creating the store when there is none).",
    text: "Привести схему хранилища к этой версии Remit (и создать хранилище, если его ещё нет).",
  },
  "remit db status": {
    en: "The store's schema version, whether it needs migrating, and its records by kind, read without changing it.",
    text: "Версия схемы хранилища, необходимость миграции и число записей по типам; хранилище только читается и не изменяется.",
  },
  "remit db backup": {
    en: "Copy the store to FILE, atomically: a SQLite store as a database file (online backup), a PostgreSQL store as JSON Lines records.",
    text: "Атомарно скопировать хранилище в FILE: хранилище SQLite — в виде файла базы данных (оперативное резервное копирование), хранилище PostgreSQL — в виде записей JSON Lines.",
  },
  "remit db backup --force": {
    en: "Replace what is there instead of stopping with a conflict (exit 4)",
    text: "Заменить существующее содержимое вместо остановки с конфликтом (код завершения 4)",
  },
  "remit db backup <file>": {
    en: "Where to write the backup",
    text: "Куда записать резервную копию",
  },
  "remit db restore": {
    en: "Put a backup back into the store. A store that holds records is not overwritten unless --force.",
    text: "Загрузить резервную копию обратно в хранилище. Хранилище, в котором уже есть записи, перезаписывается только с флагом --force.",
  },
  "remit db restore --force": {
    en: "Replace what is there instead of stopping with a conflict (exit 4)",
    text: "Заменить существующее содержимое вместо остановки с конфликтом (код завершения 4)",
  },
  "remit db restore <file>": {
    en: "A backup written by `remit db backup` (a SQLite file or JSON Lines)",
    text: "Резервная копия, созданная командой `remit db backup` (файл SQLite или JSON Lines)",
  },
  "remit token create": {
    en: "Issue an access token for the HTTP API. The secret is printed once; the store keeps only its SHA-256.",
    text: "Выдать токен доступа к HTTP API. Секретное значение выводится один раз; в хранилище сохраняется только его хеш SHA-256.",
  },
  "remit token create --name": {
    en: "What the token is for (unique among active tokens)",
    text: "Назначение токена (должно быть уникальным среди действующих токенов)",
  },
  "remit token create --role": {
    en: "viewer reads; editor also writes and imports; admin also manages tokens (choices: viewer, editor, admin)",
    text: "viewer — чтение; editor — также запись и импорт; admin — также управление токенами (варианты: viewer, editor, admin)",
  },
  "remit token revoke": {
    en: "Revoke an access token: it authenticates nobody from now on.",
    text: "Отозвать токен доступа: с этого момента он ни для кого не действует.",
  },
  "remit token revoke <id-or-name>": {
    en: "The token's id (tok_…) or name",
    text: "Идентификатор токена (tok_…) или его имя",
  },
  "remit token list": {
    en: "The access tokens, revoked ones included (never their secrets).",
    text: "Токены доступа, включая отозванные (секретные значения никогда не выводятся).",
  },
};
