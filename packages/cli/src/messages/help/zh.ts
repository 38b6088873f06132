import type { HelpTranslations } from "../HelpTranslation";

/** The help of `remit` in Chinese, by the place of each text (see `HelpTranslations`). Working translations by the Remit project. */
export const CHINESE_HELP: HelpTranslations = {
  remit: {
    en: "Follow UN crime-prevention work from mandate to report: sessions, mandates, technical-assistance activities and metrics, in a SQLite file or a PostgreSQL database.",
    text: "跟踪联合国预防犯罪工作从任务授权到报告的全过程：届会、任务授权、技术援助活动和指标，数据存放在 SQLite 文件或 PostgreSQL 数据库中。",
  },
  "--help": {
    en: "Show help information",
    text: "显示帮助信息",
  },
  "--version": {
    en: "Show version information",
    text: "显示版本信息",
  },
  "--wizard": {
    en: "Start wizard mode for a command",
    text: "以向导模式启动命令",
  },
  "--completions": {
    en: "Print shell completion script (choices: bash, zsh, fish, powershell, sh, pwsh)",
    text: "输出 shell 补全脚本（可选值：bash、zsh、fish、powershell、sh、pwsh）",
  },
  "--log-level": {
    en: "Sets the minimum log level (choices: all, trace, debug, info, warn, warning, error, fatal, none)",
    text: "设置最低日志级别（可选值：all、trace、debug、info、warn、warning、error、fatal、none）",
  },
  "--db": {
    en: "The store: a SQLite file (default ./remit.db, or REMIT_DB) or a postgres:// URL; add ?schema=NAME to a URL to use that schema",
    text: "存储库：SQLite 文件（默认为 ./remit.db 或 REMIT_DB）或 postgres:// URL；在 URL 后添加 ?schema=NAME 可使用该模式",
  },
  "--lang": {
    en: "Language of labels, titles and reports (default REMIT_LANG, else the locale, else en); texts missing in it fall back to another language",
    text: "标签、标题和报告的语言（默认为 REMIT_LANG，其次为区域设置，最后为 en）；该语言缺少的文本将以其他语言显示",
  },
  "--json": {
    en: "Print one JSON document instead of a table (stable for scripts)",
    text: "输出单个 JSON 文档而不是表格（格式稳定，适合脚本使用）",
  },
  "--jsonl": {
    en: "Print JSON Lines: one JSON value per line (stable for scripts)",
    text: "输出 JSON Lines：每行一个 JSON 值（格式稳定，适合脚本使用）",
  },
  "--quiet": {
    en: "No progress bar and no summary lines; errors are still printed",
    text: "不显示进度条和摘要行；仍会输出错误",
  },
  "--verbose": {
    en: "Add detail to errors: causes, store operations, stack traces",
    text: "为错误添加详细信息：原因、存储库操作、堆栈跟踪",
  },
  "remit init (short)": {
    en: "Create or migrate a store",
    text: "创建存储库或迁移其模式",
  },
  "remit seed (short)": {
    en: "Load the two-document dataset",
    text: "载入由两份文件构成的数据集",
  },
  "remit import (short)": {
    en: "Import JSON, JSON Lines, CSV or XLSX files",
    text: "导入 JSON、JSON Lines、CSV 或 XLSX 文件",
  },
  "remit validate (short)": {
    en: "Check files without writing",
    text: "检查文件，不写入",
  },
  "remit list (short)": {
    en: "List activities, mandates, sessions, instruments or observations",
    text: "列出活动、任务授权、届会、文书或观测值",
  },
  "remit show (short)": {
    en: "One record, in full, with its history",
    text: "完整显示一条记录及其历史",
  },
  "remit symbol (short)": {
    en: "Parse and explain document symbols",
    text: "解析并解释文号",
  },
  "remit due (short)": {
    en: "Reports due at a session, with deferrals",
    text: "应提交某届会议的报告（含推迟情况）",
  },
  "remit check (short)": {
    en: "Decision 18/1 rules for a session's thematic discussion",
    text: "按第18/1号决定的规则检查某届会议的专题讨论",
  },
  "remit lineage (short)": {
    en: "A mandate's lineage as a tree",
    text: "以树形显示任务授权的沿革",
  },
  "remit report (short)": {
    en: "The report on a mandate, as md, html or docx",
    text: "关于某项任务授权的报告，格式为 md、html 或 docx",
  },
  "remit export (short)": {
    en: "Export as csv, xlsx, json, jsonl, iati or ics",
    text: "导出为 csv、xlsx、json、jsonl、iati 或 ics",
  },
  "remit db (short)": {
    en: "migrate | status | backup FILE | restore FILE",
    text: "migrate | status | backup FILE | restore FILE",
  },
  "remit serve (short)": {
    en: "Serve the HTTP API",
    text: "提供 HTTP API 服务",
  },
  "remit token (short)": {
    en: "create | revoke ID | list",
    text: "create | revoke ID | list",
  },
  "remit init": {
    en: "Create the store, or bring an existing one to this version's schema. SQLite file by default (./remit.db or REMIT_DB); a postgres:// URL for PostgreSQL.",
    text: "创建存储库，或将现有存储库升级到本版本的模式。默认为 SQLite 文件（./remit.db 或 REMIT_DB）；如使用 PostgreSQL，请指定 postgres:// URL。",
  },
  "remit init # remit init": {
    en: "A SQLite store in ./remit.db",
    text: "位于 ./remit.db 的 SQLite 存储库",
  },
  "remit init # remit init --db postgres://127.0.0.1:5432/remit?schema=remit": {
    en: "PostgreSQL, tables in schema remit",
    text: "PostgreSQL，表位于 remit 模式中",
  },
  "remit seed": {
    en: "Load the curated dataset of the two UN documents (E/CN.15/2011/2 and the 2021 report of the Secretary-General on cybercrime technical assistance). Safe to run twice: the second run writes nothing.",
    text: "载入经过整理的两份联合国文件的数据集（E/CN.15/2011/2 和 2021 年秘书长关于网络犯罪技术援助的报告）。可放心重复运行：第二次运行不会写入任何内容。",
  },
  "remit import": {
    en: "Import records from JSON, JSON Lines, CSV or XLSX files in one transaction: with any invalid record nothing is written and every problem is listed (exit 1), unless --skip-invalid. Importing the same records again changes nothing.",
    text: "在一个事务中从 JSON、JSON Lines、CSV 或 XLSX 文件导入记录：只要有一条记录无效，就不写入任何内容，并列出所有问题（退出代码 1），除非指定 --skip-invalid。再次导入相同的记录不会产生任何更改。",
  },
  "remit import --entity": {
    en: "The kind of the records (activity, mandate, session, …) when the file's name and content do not say",
    text: "当文件名和内容都无法表明记录类型时，指定记录类型（activity、mandate、session 等）",
  },
  "remit import --skip-invalid": {
    en: "Write the valid records and list the invalid ones, instead of writing nothing",
    text: "写入有效记录并列出无效记录，而不是什么都不写入",
  },
  "remit import <file>": {
    en: "JSON, JSON Lines, CSV or XLSX files (the format is detected)",
    text: "JSON、JSON Lines、CSV 或 XLSX 文件（自动检测格式）",
  },
  "remit validate": {
    en: "Check files as `remit import` would, without a store and without writing: every problem with file:line: field path (exit 1 if any).",
    text: "按 `remit import` 的方式检查文件，但不使用存储库，也不写入：以“文件:行: 字段路径”的形式列出每个问题（如有问题，退出代码为 1）。",
  },
  "remit validate --entity": {
    en: "The kind of the records (activity, mandate, session, …) when the file's name and content do not say",
    text: "当文件名和内容都无法表明记录类型时，指定记录类型（activity、mandate、session 等）",
  },
  "remit validate <file>": {
    en: "JSON, JSON Lines, CSV or XLSX files (the format is detected)",
    text: "JSON、JSON Lines、CSV 或 XLSX 文件（自动检测格式）",
  },
  "remit list": {
    en: "List records of a kind, filtered: a table on a terminal, tab-separated lines on a pipe, JSON with --json or --jsonl.",
    text: "列出某一类型的记录，可加筛选条件：在终端中显示为表格，通过管道输出时为制表符分隔的行，使用 --json 或 --jsonl 时为 JSON。",
  },
  "remit list --country": {
    en: "Activities naming this country (ISO 3166 alpha-3, e.g. SLV); observations scoped to it",
    text: "涉及该国家的活动（ISO 3166 alpha-3 代码，例如 SLV）；限于该国的观测值",
  },
  "remit list --region": {
    en: "Activities in this UN M49 region (e.g. 035 South-eastern Asia)",
    text: "位于该联合国 M49 区域的活动（例如 035 东南亚）",
  },
  "remit list --topic": {
    en: "Activities on this topic (e.g. cryptocurrency, digital-forensics)",
    text: "该主题的活动（例如 cryptocurrency、digital-forensics）",
  },
  "remit list --kind": {
    en: "Activities of this kind (e.g. training, webinar-series)",
    text: "该类型的活动（例如 training、webinar-series）",
  },
  "remit list --partner": {
    en: "Activities with this partner (acronym or name, e.g. INTERPOL)",
    text: "有该合作伙伴参与的活动（缩写或名称，例如 INTERPOL）",
  },
  "remit list --audience": {
    en: "Activities for this audience (e.g. prosecutors)",
    text: "面向该受众的活动（例如 prosecutors）",
  },
  "remit list --mandate": {
    en: "Activities serving this mandate (id, symbol or citation, e.g. A/RES/74/173)",
    text: "服务于该任务授权的活动（ID、文号或引文，例如 A/RES/74/173）",
  },
  "remit list --from": {
    en: "From this date on (YYYY, YYYY-MM or YYYY-MM-DD)",
    text: "自该日期起（YYYY、YYYY-MM 或 YYYY-MM-DD）",
  },
  "remit list --to": {
    en: "Up to this date (YYYY, YYYY-MM or YYYY-MM-DD)",
    text: "截至该日期（YYYY、YYYY-MM 或 YYYY-MM-DD）",
  },
  "remit list --text": {
    en: "Every word in the title or summary, in any language, ignoring case and accents",
    text: "标题或摘要中包含每一个词（任何语言，不区分大小写和重音符号）",
  },
  "remit list --body": {
    en: "Mandates adopted by, or sessions of, this body (e.g. ccpcj, ga)",
    text: "该机构通过的任务授权，或该机构的届会（例如 ccpcj、ga）",
  },
  "remit list --indicator": {
    en: "Observations of this indicator (e.g. people-trained)",
    text: "该指标的观测值（例如 people-trained）",
  },
  "remit list --limit": {
    en: "At most N records (default 50, at most 1000)",
    text: "最多 N 条记录（默认 50，最多 1000）",
  },
  "remit list --sort": {
    en: "Order activities by id, start, title, country or kind; add :desc for the reverse order (e.g. start:desc)",
    text: "按 id、start、title、country 或 kind 排列活动；加 :desc 表示倒序（例如 start:desc）",
  },
  "remit list --cursor": {
    en: "Continue after the previous page (the cursor it printed)",
    text: "从上一页之后继续（使用上一页输出的游标）",
  },
  "remit list <what>": {
    en: "What to list: activities, mandates, sessions, instruments or observations",
    text: "要列出的内容：activities、mandates、sessions、instruments 或 observations",
  },
  "remit list # remit list activities --topic cryptocurrency --from 2020": {
    en: "Cryptocurrency activities since 2020",
    text: "2020 年以来与加密货币有关的活动",
  },
  "remit list # remit list activities --mandate A/RES/74/173 --lang zh": {
    en: "Activities under GA 74/173, titles in Chinese",
    text: "大会第74/173号决议下的活动，标题显示为中文",
  },
  "remit list # remit list activities --country SLV --sort start:desc": {
    en: "Activities in El Salvador, latest first",
    text: "在萨尔瓦多的活动，最新的在前",
  },
  "remit show": {
    en: "Show one record in full, with its revision and its history of changes.",
    text: "完整显示一条记录，包括其修订版本和变更历史。",
  },
  "remit show --kind": {
    en: "The kind of record, when the id names several (session, mandate, activity, …)",
    text: "当 ID 对应多种记录时，指定记录类型（session、mandate、activity 等）",
  },
  "remit show <id-or-symbol>": {
    en: "A record id (ccpcj-30) or a mandate's symbol or citation (A/RES/74/173)",
    text: "记录 ID（ccpcj-30），或任务授权的文号或引文（A/RES/74/173）",
  },
  "remit symbol": {
    en: "Parse and explain UN document symbols and citations; an invalid one is reported with where and what is wrong (exit 1).",
    text: "解析并解释联合国文号和引文；对无效的文号或引文，报告出错的位置和原因（退出代码 1）。",
  },
  "remit symbol <symbol>": {
    en: 'Document symbols (A/RES/74/173) or citations ("CCPCJ resolution 22/8")',
    text: "文号（A/RES/74/173）或引文（“预防犯罪和刑事司法委员会第22/8号决议”或“CCPCJ resolution 22/8”）",
  },
  "remit symbol # remit symbol A/624/123": {
    en: "A misprint in the 2011 guide: says the 624th session does not exist",
    text: "2011 年指南中的一处印刷错误：命令会指出大会第624届会议并不存在",
  },
  "remit due": {
    en: "The reports due at a session after deferrals, and those that were due there and were deferred to a later session.",
    text: "考虑推迟情况后应提交某届会议的报告，以及原定提交该届会议但已推迟到以后届会的报告。",
  },
  "remit due --body": {
    en: "The body the reports go to (ccpcj, ga, ecosoc; any case)",
    text: "报告的提交对象机构（ccpcj、ga、ecosoc；不区分大小写）",
  },
  "remit due --session": {
    en: "The session's number (30 for the 30th session)",
    text: "届会编号（30 表示第三十届会议）",
  },
  "remit due # remit due --body CCPCJ --session 30": {
    en: "74/173's report, deferred from the 29th",
    text: "大会第74/173号决议要求的报告，由第二十九届会议推迟至此",
  },
  "remit check": {
    en: "Check a session's thematic discussion against CCPCJ decision 18/1: nominations and election of panellists, podium seats, time limits, the discussion guide in six languages. Each rule is ok, violated, or unknown when the record does not say.",
    text: "对照预防犯罪和刑事司法委员会第18/1号决定检查某届会议的专题讨论：专题小组成员的提名和选举、主席台席位、发言时限、六种语文的讨论指南。每条规则的结果为符合、违反，或在记录未载明时为未知。",
  },
  "remit check --strict": {
    en: "Exit 1 when a rule is violated",
    text: "有规则被违反时以退出代码 1 退出",
  },
  "remit check <session>": {
    en: "A session id (ccpcj-20) or a thematic discussion id; `languages` checks each official language's completeness",
    text: "届会 ID（ccpcj-20）或专题讨论 ID；`languages` 检查每种正式语文的完整性",
  },
  "remit check # remit check languages --json": {
    en: "which record texts lack which languages",
    text: "哪些记录文本缺少哪些语文",
  },
  "remit lineage": {
    en: "A mandate's lineage as a tree: the earlier mandates it reaffirms, builds on, updates, continues or endorses, and theirs.",
    text: "以树形显示任务授权的沿革：它所重申、依据、更新、延续或认可的先前任务授权，以及这些任务授权各自的沿革。",
  },
  "remit lineage --descendants": {
    en: "Show the later mandates that build on it instead",
    text: "改为显示以其为依据的后续任务授权",
  },
  "remit lineage <symbol>": {
    en: "A mandate's symbol, citation or id (A/RES/74/173)",
    text: "任务授权的文号、引文或 ID（A/RES/74/173）",
  },
  "remit report": {
    en: "Write the Secretary-General's report on a mandate for a period, computed from the store: numbered paragraphs, every figure from the activities and observations with its sources. Markdown, HTML or DOCX, in the language of --lang.",
    text: "根据存储库中的数据，生成秘书长关于某项任务授权在某一期间的报告：段落按顺序编号，每个数字均来自活动和观测值并注明来源。格式为 Markdown、HTML 或 DOCX，语言由 --lang 指定。",
  },
  "remit report --mandate": {
    en: "The mandate that asked for the report (A/RES/74/173, a citation or an id)",
    text: "要求提交该报告的任务授权（A/RES/74/173、引文或 ID）",
  },
  "remit report --period": {
    en: "The reporting period: 2020, 2020-06, or START/END",
    text: "报告所涉期间：2020、2020-06 或 START/END",
  },
  "remit report --format": {
    en: "md, html or docx (default: from -o's extension, else md) (choices: md, html, docx)",
    text: "md、html 或 docx（默认根据 -o 的扩展名确定，否则为 md）（可选值：md、html、docx）",
  },
  "remit report --output": {
    en: "Write to FILE (atomically: a temporary file renamed when complete) instead of stdout",
    text: "写入 FILE（原子写入：完成后再将临时文件重命名），而不是写到标准输出",
  },
  "remit report --obligation": {
    en: "Which report, when the mandate asks for several",
    text: "当任务授权要求提交多份报告时，指定是哪一份",
  },
  "remit report --fallback": {
    en: "Write in this language when --lang has no report templates, marking every paragraph (without it, such a language is an error) (choices: ar, zh, en, fr, ru, es)",
    text: "当 --lang 所指语言没有报告模板时，改用该语言撰写，并标记每个段落（不指定此选项时，这种语言会导致错误）（可选值：ar、zh、en、fr、ru、es）",
  },
  "remit report --narratives": {
    en: 'A JSON file of texts for the paragraphs the records cannot hold: { "paragraph-id": { "text": { "en": "…" }, "provenance": [] } }',
    text: 'JSON 文件，为无法从记录生成的段落提供文本：{ "paragraph-id": { "text": { "en": "…" }, "provenance": [] } }',
  },
  "remit export": {
    en: "Export records as CSV, XLSX, JSON, JSON Lines, IATI 2.03 or iCalendar, to a file (written atomically) or stdout. The filters of `remit list` select activities.",
    text: "将记录导出为 CSV、XLSX、JSON、JSON Lines、IATI 2.03 或 iCalendar，写入文件（原子写入）或标准输出。使用 `remit list` 的筛选选项选择活动。",
  },
  "remit export --entity": {
    en: "Export this kind only (default: activities for csv and iati, sessions for ics, everything for xlsx, json and jsonl)",
    text: "仅导出该类型（默认：csv 和 iati 导出 activities，ics 导出 sessions，xlsx、json 和 jsonl 导出全部类型）",
  },
  "remit export --country": {
    en: "Activities naming this country (ISO 3166 alpha-3, e.g. SLV); observations scoped to it",
    text: "涉及该国家的活动（ISO 3166 alpha-3 代码，例如 SLV）；限于该国的观测值",
  },
  "remit export --region": {
    en: "Activities in this UN M49 region (e.g. 035 South-eastern Asia)",
    text: "位于该联合国 M49 区域的活动（例如 035 东南亚）",
  },
  "remit export --topic": {
    en: "Activities on this topic (e.g. cryptocurrency, digital-forensics)",
    text: "该主题的活动（例如 cryptocurrency、digital-forensics）",
  },
  "remit export --kind": {
    en: "Activities of this kind (e.g. training, webinar-series)",
    text: "该类型的活动（例如 training、webinar-series）",
  },
  "remit export --partner": {
    en: "Activities with this partner (acronym or name, e.g. INTERPOL)",
    text: "有该合作伙伴参与的活动（缩写或名称，例如 INTERPOL）",
  },
  "remit export --audience": {
    en: "Activities for this audience (e.g. prosecutors)",
    text: "面向该受众的活动（例如 prosecutors）",
  },
  "remit export --mandate": {
    en: "Activities serving this mandate (id, symbol or citation, e.g. A/RES/74/173)",
    text: "服务于该任务授权的活动（ID、文号或引文，例如 A/RES/74/173）",
  },
  "remit export --from": {
    en: "From this date on (YYYY, YYYY-MM or YYYY-MM-DD)",
    text: "自该日期起（YYYY、YYYY-MM 或 YYYY-MM-DD）",
  },
  "remit export --to": {
    en: "Up to this date (YYYY, YYYY-MM or YYYY-MM-DD)",
    text: "截至该日期（YYYY、YYYY-MM 或 YYYY-MM-DD）",
  },
  "remit export --text": {
    en: "Every word in the title or summary, in any language, ignoring case and accents",
    text: "标题或摘要中包含每一个词（任何语言，不区分大小写和重音符号）",
  },
  "remit export --body": {
    en: "Mandates adopted by, or sessions of, this body (e.g. ccpcj, ga)",
    text: "该机构通过的任务授权，或该机构的届会（例如 ccpcj、ga）",
  },
  "remit export --indicator": {
    en: "Observations of this indicator (e.g. people-trained)",
    text: "该指标的观测值（例如 people-trained）",
  },
  "remit export --output": {
    en: "Write to FILE (atomically: a temporary file renamed when complete) instead of stdout",
    text: "写入 FILE（原子写入：完成后再将临时文件重命名），而不是写到标准输出",
  },
  "remit export --bom": {
    en: "Start a CSV file with a byte order mark, for Excel",
    text: "在 CSV 文件开头写入字节顺序标记（BOM），以便 Excel 识别",
  },
  "remit export <format>": {
    en: "csv, xlsx, json (one document), jsonl (JSON Lines), iati (IATI 2.03 XML) or ics (iCalendar of sessions)",
    text: "csv、xlsx、json（单个文档）、jsonl（JSON Lines）、iati（IATI 2.03 XML）或 ics（届会的 iCalendar 日历）",
  },
  "remit db": {
    en: "Manage the store: migrate its schema, show its status, back it up and restore it.",
    text: "管理存储库：迁移模式、显示状态、备份和还原。",
  },
  "remit db migrate (short)": {
    en: "Migrate the store's schema",
    text: "迁移存储库的模式",
  },
  "remit db status (short)": {
    en: "Schema version and record counts",
    text: "模式版本和记录数",
  },
  "remit db backup (short)": {
    en: "Back the store up to a file",
    text: "将存储库备份到文件",
  },
  "remit db restore (short)": {
    en: "Restore the store from a backup",
    text: "从备份还原存储库",
  },
  "remit serve": {
    en: "Serve the store over HTTP: every record and query as JSON, the OpenAPI document at /openapi.json, a reference page at /docs, /healthz and /readyz. One JSON log line per request on stdout. Stops on Ctrl-C.",
    text: "通过 HTTP 提供存储库服务：所有记录和查询均以 JSON 提供，OpenAPI 文档位于 /openapi.json，参考页面位于 /docs，另有 /healthz 和 /readyz。每个请求在标准输出中写入一行 JSON 日志。按 Ctrl-C 停止。",
  },
  "remit serve --port": {
    en: "The port (default 4310; 0 picks a free one)",
    text: "端口（默认 4310；0 表示自动选择空闲端口）",
  },
  "remit serve --host": {
    en: "The address to listen on (default 127.0.0.1: this machine only)",
    text: "监听地址（默认 127.0.0.1：仅限本机）",
  },
  "remit serve --public-reads": {
    en: "Answer reads without a token (writes always need an editor token)",
    text: "无需令牌即可读取（写入始终需要 editor 角色的令牌）",
  },
  "remit serve --cors": {
    en: "Comma-separated origins whose pages may call the API (CORS), e.g. https://app.example.org",
    text: "允许调用 API 的网页来源（CORS），以逗号分隔，例如 https://app.example.org",
  },
  "remit serve # remit serve --public-reads": {
    en: "http://127.0.0.1:4310, reads without a token",
    text: "http://127.0.0.1:4310，读取无需令牌",
  },
  "remit token": {
    en: "Manage the HTTP API's access tokens: issue, revoke, list.",
    text: "管理 HTTP API 的访问令牌：签发、撤销、列出。",
  },
  "remit token create (short)": {
    en: "Issue a token",
    text: "签发令牌",
  },
  "remit token revoke (short)": {
    en: "Revoke a token",
    text: "撤销令牌",
  },
  "remit token list (short)": {
    en: "List tokens",
    text: "列出令牌",
  },
  "remit db migrate": {
    en: "Bring the store's schema to this version of Remit (creating the store when there is none).",
    text: "将存储库的模式升级到本版本 Remit 所用的模式（如尚无存储库则创建）。",
  },
  "remit db status": {
    en: "The store's schema version, whether it needs migrating, and its records by kind, read without changing it.",
    text: "存储库的模式版本、是否需要迁移，以及按类型统计的记录数；只读取，不作任何更改。",
  },
  "remit db backup": {
    en: "Copy the store to FILE, atomically: a SQLite store as a database file (online backup), a PostgreSQL store as JSON Lines records.",
    text: "以原子方式将存储库复制到 FILE：SQLite 存储库复制为数据库文件（在线备份），PostgreSQL 存储库复制为 JSON Lines 记录。",
  },
  "remit db backup --force": {
    en: "Replace what is there instead of stopping with a conflict (exit 4)",
    text: "替换已有内容，而不是因冲突而停止（退出代码 4）",
  },
  "remit db backup <file>": {
    en: "Where to write the backup",
    text: "备份的写入位置",
  },
  "remit db restore": {
    en: "Put a backup back into the store. A store that holds records is not overwritten unless --force.",
    text: "将备份放回存储库。已有记录的存储库不会被覆盖，除非指定 --force。",
  },
  "remit db restore --force": {
    en: "Replace what is there instead of stopping with a conflict (exit 4)",
    text: "替换已有内容，而不是因冲突而停止（退出代码 4）",
  },
  "remit db restore <file>": {
    en: "A backup written by `remit db backup` (a SQLite file or JSON Lines)",
    text: "由 `remit db backup` 写入的备份（SQLite 文件或 JSON Lines）",
  },
  "remit token create": {
    en: "Issue an access token for the HTTP API. The secret is printed once; the store keeps only its SHA-256.",
    text: "为 HTTP API 签发访问令牌。密钥只输出一次；存储库只保存其 SHA-256 哈希值。",
  },
  "remit token create --name": {
    en: "What the token is for (unique among active tokens)",
    text: "令牌的用途（在有效令牌中必须唯一）",
  },
  "remit token create --role": {
    en: "viewer reads; editor also writes and imports; admin also manages tokens (choices: viewer, editor, admin)",
    text: "viewer 可读取；editor 还可写入和导入；admin 还可管理令牌（可选值：viewer、editor、admin）",
  },
  "remit token revoke": {
    en: "Revoke an access token: it authenticates nobody from now on.",
    text: "撤销访问令牌：此后不能再用它进行身份验证。",
  },
  "remit token revoke <id-or-name>": {
    en: "The token's id (tok_…) or name",
    text: "令牌的 ID（tok_…）或名称",
  },
  "remit token list": {
    en: "The access tokens, revoked ones included (never their secrets).",
    text: "列出访问令牌，包括已撤销的令牌（从不显示其密钥）。",
  },
};
