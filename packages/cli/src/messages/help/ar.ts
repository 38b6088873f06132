import type { HelpTranslations } from "../HelpTranslation";

/** The help of `remit` in Arabic, by the place of each text (see `HelpTranslations`). Working translations by the Remit project. */
export const ARABIC_HELP: HelpTranslations = {
  remit: {
    en: "Follow UN crime-prevention work from mandate to report: sessions, mandates, technical-assistance activities and metrics, in a SQLite file or a PostgreSQL database.",
    text: "متابعة أعمال الأمم المتحدة في مجال منع الجريمة من الولاية إلى التقرير: الدورات، والولايات، وأنشطة المساعدة التقنية ومقاييسها، في ملف SQLite أو في قاعدة بيانات PostgreSQL.",
  },
  "--help": {
    en: "Show help information",
    text: "عرض التعليمات",
  },
  "--version": {
    en: "Show version information",
    text: "عرض معلومات الإصدار",
  },
  "--wizard": {
    en: "Start wizard mode for a command",
    text: "بدء وضع المعالج لأمر ما",
  },
  "--completions": {
    en: "Print shell completion script (choices: bash, zsh, fish, powershell, sh, pwsh)",
    text: "طباعة البرنامج النصي للإكمال التلقائي في الصدفة (القيم المتاحة: bash، zsh، fish، powershell، sh، pwsh)",
  },
  "--log-level": {
    en: "Sets the minimum log level (choices: all, trace, debug, info, warn, warning, error, fatal, none)",
    text: "تعيين الحد الأدنى لمستوى تسجيل الأحداث (القيم المتاحة: all، trace، debug، info، warn، warning، error، fatal، none)",
  },
  "--db": {
    en: "The store: a SQLite file (default ./remit.db, or REMIT_DB) or a postgres:// URL; add ?schema=NAME to a URL to use that schema",
    text: "المخزن: ملف SQLite (القيمة الافتراضية ./remit.db، أو REMIT_DB) أو عنوان URL من نوع postgres://؛ أضف ?schema=NAME إلى عنوان URL لاستخدام ذلك المخطط",
  },
  "--lang": {
    en: "Language of labels, titles and reports (default REMIT_LANG, else the locale, else en); texts missing in it fall back to another language",
    text: "لغة التسميات والعناوين والتقارير (القيمة الافتراضية REMIT_LANG، وإلا فالإعدادات المحلية، وإلا فـen)؛ وتُعرض النصوص غير المتوفرة بهذه اللغة بلغة أخرى",
  },
  "--json": {
    en: "Print one JSON document instead of a table (stable for scripts)",
    text: "طباعة مستند JSON واحد بدلًا من جدول (بنية ثابتة تصلح للبرامج النصية)",
  },
  "--jsonl": {
    en: "Print JSON Lines: one JSON value per line (stable for scripts)",
    text: "طباعة JSON Lines: قيمة JSON واحدة في كل سطر (بنية ثابتة تصلح للبرامج النصية)",
  },
  "--quiet": {
    en: "No progress bar and no summary lines; errors are still printed",
    text: "عدم عرض شريط التقدم وأسطر الملخص؛ مع استمرار طباعة الأخطاء",
  },
  "--verbose": {
    en: "Add detail to errors: causes, store operations, stack traces",
    text: "إضافة تفاصيل إلى الأخطاء: الأسباب، وعمليات المخزن، وتتبع المكدس",
  },
  "remit init (short)": {
    en: "Create or migrate a store",
    text: "إنشاء مخزن أو ترحيله",
  },
  "remit seed (short)": {
    en: "Load the two-document dataset",
    text: "تحميل مجموعة البيانات المستمدة من الوثيقتين",
  },
  "remit import (short)": {
    en: "Import JSON, JSON Lines, CSV or XLSX files",
    text: "استيراد ملفات JSON أو JSON Lines أو CSV أو XLSX",
  },
  "remit validate (short)": {
    en: "Check files without writing",
    text: "التحقق من الملفات دون كتابة",
  },
  "remit list (short)": {
    en: "List activities, mandates, sessions, instruments or observations",
    text: "سرد الأنشطة أو الولايات أو الدورات أو الصكوك أو المشاهدات",
  },
  "remit show (short)": {
    en: "One record, in full, with its history",
    text: "عرض سجل واحد بالكامل مع تاريخ تغييراته",
  },
  "remit symbol (short)": {
    en: "Parse and explain document symbols",
    text: "تحليل رموز الوثائق وشرحها",
  },
  "remit due (short)": {
    en: "Reports due at a session, with deferrals",
    text: "التقارير المستحقة في دورة ما، مع التأجيلات",
  },
  "remit check (short)": {
    en: "Decision 18/1 rules for a session's thematic discussion",
    text: "قواعد المقرر 18/1 الخاصة بالمناقشة المواضيعية في دورة ما",
  },
  "remit lineage (short)": {
    en: "A mandate's lineage as a tree",
    text: "تسلسل ولاية ما في شكل شجرة",
  },
  "remit report (short)": {
    en: "The report on a mandate, as md, html or docx",
    text: "التقرير عن ولاية ما، بتنسيق md أو html أو docx",
  },
  "remit export (short)": {
    en: "Export as csv, xlsx, json, jsonl, iati or ics",
    text: "التصدير بتنسيق csv أو xlsx أو json أو jsonl أو iati أو ics",
  },
  "remit db (short)": {
    en: "migrate | status | backup FILE | restore FILE",
    text: "migrate | status | backup FILE | restore FILE",
  },
  "remit serve (short)": {
    en: "Serve the HTTP API",
    text: "إتاحة واجهة HTTP API",
  },
  "remit token (short)": {
    en: "create | revoke ID | list",
    text: "create | revoke ID | list",
  },
  "remit init": {
    en: "Create the store, or bring an existing one to this version's schema. SQLite file by default (./remit.db or REMIT_DB); a postgres:// URL for PostgreSQL.",
    text: "إنشاء المخزن، أو ترقية مخزن موجود إلى مخطط هذا الإصدار. يُستخدم ملف SQLite افتراضيًا (./remit.db أو REMIT_DB)، أو عنوان URL من نوع postgres:// لقاعدة بيانات PostgreSQL.",
  },
  "remit init # remit init": {
    en: "A SQLite store in ./remit.db",
    text: "مخزن SQLite في ./remit.db",
  },
  "remit init # remit init --db postgres://127.0.0.1:5432/remit?schema=remit": {
    en: "PostgreSQL, tables in schema remit",
    text: "PostgreSQL، مع وضع الجداول في المخطط remit",
  },
  "remit seed": {
    en: "Load the curated dataset of the two UN documents (E/CN.15/2011/2 and the 2021 report of the Secretary-General on cybercrime technical assistance). Safe to run twice: the second run writes nothing.",
    text: "تحميل مجموعة البيانات المنتقاة المستمدة من وثيقتين من وثائق الأمم المتحدة (E/CN.15/2011/2، وتقرير الأمين العام لعام 2021 عن المساعدة التقنية في مجال مكافحة الجريمة السيبرانية). ويمكن تشغيل الأمر مرتين دون أي ضرر: فالتشغيل الثاني لا يكتب شيئًا.",
  },
  "remit import": {
    en: "Import records from JSON, JSON Lines, CSV or XLSX files in one transaction: with any invalid record nothing is written and every problem is listed (exit 1), unless --skip-invalid. Importing the same records again changes nothing.",
    text: "استيراد السجلات من ملفات JSON أو JSON Lines أو CSV أو XLSX في معاملة واحدة: إذا وُجد أي سجل غير صالح، لا يُكتب أي شيء وتُسرد جميع المشكلات (رمز الخروج 1)، ما لم يُحدَّد الخيار --skip-invalid. ولا يؤدي استيراد السجلات نفسها مرة أخرى إلى أي تغيير.",
  },
  "remit import --entity": {
    en: "The kind of the records (activity, mandate, session, …) when the file's name and content do not say",
    text: "نوع السجلات (activity، mandate، session، …) عندما لا يدل عليه اسم الملف ولا محتواه",
  },
  "remit import --skip-invalid": {
    en: "Write the valid records and list the invalid ones, instead of writing nothing",
    text: "كتابة السجلات الصالحة وسرد السجلات غير الصالحة، بدلًا من عدم كتابة أي شيء",
  },
  "remit import <file>": {
    en: "JSON, JSON Lines, CSV or XLSX files (the format is detected)",
    text: "ملفات JSON أو JSON Lines أو CSV أو XLSX (يُكتشف التنسيق تلقائيًا)",
  },
  "remit validate": {
    en: "Check files as `remit import` would, without a store and without writing: every problem with file:line: field path (exit 1 if any).",
    text: "التحقق من الملفات كما يفعل `remit import`، ولكن دون مخزن ودون كتابة: تُعرض كل مشكلة مع موضعها في صورة file:line: مسار الحقل (رمز الخروج 1 عند وجود أي مشكلة).",
  },
  "remit validate --entity": {
    en: "The kind of the records (activity, mandate, session, …) when the file's name and content do not say",
    text: "نوع السجلات (activity، mandate، session، …) عندما لا يدل عليه اسم الملف ولا محتواه",
  },
  "remit validate <file>": {
    en: "JSON, JSON Lines, CSV or XLSX files (the format is detected)",
    text: "ملفات JSON أو JSON Lines أو CSV أو XLSX (يُكتشف التنسيق تلقائيًا)",
  },
  "remit list": {
    en: "List records of a kind, filtered: a table on a terminal, tab-separated lines on a pipe, JSON with --json or --jsonl.",
    text: "سرد السجلات من نوع معيّن مع تصفيتها: في صورة جدول في الطرفية، وأسطر مفصولة بعلامات الجدولة عند التوجيه إلى أنبوب، وJSON مع --json أو --jsonl.",
  },
  "remit list --country": {
    en: "Activities naming this country (ISO 3166 alpha-3, e.g. SLV); observations scoped to it",
    text: "الأنشطة التي تذكر هذا البلد (رمزه الثلاثي الأحرف وفق ISO 3166 alpha-3، مثل SLV)؛ والمشاهدات المتعلقة به",
  },
  "remit list --region": {
    en: "Activities in this UN M49 region (e.g. 035 South-eastern Asia)",
    text: "الأنشطة في هذه المنطقة وفق تصنيف M49 للأمم المتحدة (مثل 035 جنوب شرق آسيا)",
  },
  "remit list --topic": {
    en: "Activities on this topic (e.g. cryptocurrency, digital-forensics)",
    text: "الأنشطة المتعلقة بهذا الموضوع (مثل cryptocurrency أو digital-forensics)",
  },
  "remit list --kind": {
    en: "Activities of this kind (e.g. training, webinar-series)",
    text: "الأنشطة من هذا النوع (مثل training أو webinar-series)",
  },
  "remit list --partner": {
    en: "Activities with this partner (acronym or name, e.g. INTERPOL)",
    text: "الأنشطة المنفذة مع هذا الشريك (الاسم المختصر أو الاسم الكامل، مثل INTERPOL)",
  },
  "remit list --audience": {
    en: "Activities for this audience (e.g. prosecutors)",
    text: "الأنشطة الموجهة إلى هذه الفئة (مثل prosecutors)",
  },
  "remit list --mandate": {
    en: "Activities serving this mandate (id, symbol or citation, e.g. A/RES/74/173)",
    text: "الأنشطة التي تخدم هذه الولاية (المعرّف أو رمز الوثيقة أو الإحالة المرجعية، مثل A/RES/74/173)",
  },
  "remit list --from": {
    en: "From this date on (YYYY, YYYY-MM or YYYY-MM-DD)",
    text: "ابتداءً من هذا التاريخ (YYYY أو YYYY-MM أو YYYY-MM-DD)",
  },
  "remit list --to": {
    en: "Up to this date (YYYY, YYYY-MM or YYYY-MM-DD)",
    text: "حتى هذا التاريخ (YYYY أو YYYY-MM أو YYYY-MM-DD)",
  },
  "remit list --text": {
    en: "Every word in the title or summary, in any language, ignoring case and accents",
    text: "السجلات التي ترد في عنوانها أو ملخصها جميع هذه الكلمات، بأي لغة، مع تجاهل حالة الأحرف وعلامات التشكيل",
  },
  "remit list --body": {
    en: "Mandates adopted by, or sessions of, this body (e.g. ccpcj, ga)",
    text: "الولايات التي اعتمدتها هذه الهيئة، أو دوراتها (مثل ccpcj أو ga)",
  },
  "remit list --indicator": {
    en: "Observations of this indicator (e.g. people-trained)",
    text: "المشاهدات الخاصة بهذا المؤشر (مثل people-trained)",
  },
  "remit list --limit": {
    en: "At most N records (default 50, at most 1000)",
    text: "ما لا يزيد على N من السجلات (القيمة الافتراضية 50، والحد الأقصى 1000)",
  },
  "remit list --sort": {
    en: "Order activities by id, start, title, country or kind; add :desc for the reverse order (e.g. start:desc)",
    text: "ترتيب الأنشطة حسب id أو start أو title أو country أو kind؛ أضف :desc للترتيب العكسي (مثلًا start:desc)",
  },
  "remit list --cursor": {
    en: "Continue after the previous page (the cursor it printed)",
    text: "المتابعة بعد الصفحة السابقة (باستخدام مؤشر الصفحة الذي طبعته)",
  },
  "remit list <what>": {
    en: "What to list: activities, mandates, sessions, instruments or observations",
    text: "ما يُراد سرده: activities (الأنشطة) أو mandates (الولايات) أو sessions (الدورات) أو instruments (الصكوك) أو observations (المشاهدات)",
  },
  "remit list # remit list activities --topic cryptocurrency --from 2020": {
    en: "Cryptocurrency activities since 2020",
    text: "الأنشطة المتعلقة بالعملات المشفرة منذ عام 2020",
  },
  "remit list # remit list activities --mandate A/RES/74/173 --lang zh": {
    en: "Activities under GA 74/173, titles in Chinese",
    text: "الأنشطة المنفذة بموجب قرار الجمعية العامة 74/173، مع العناوين باللغة الصينية",
  },
  "remit list # remit list activities --country SLV --sort start:desc": {
    en: "Activities in El Salvador, latest first",
    text: "الأنشطة في السلفادور، الأحدث أولًا",
  },
  "remit show": {
    en: "Show one record in full, with its revision and its history of changes.",
    text: "عرض سجل واحد بالكامل، مع رقم مراجعته وتاريخ التغييرات التي طرأت عليه.",
  },
  "remit show --kind": {
    en: "The kind of record, when the id names several (session, mandate, activity, …)",
    text: "نوع السجل، عندما يشير المعرّف إلى عدة أنواع (session، mandate، activity، …)",
  },
  "remit show <id-or-symbol>": {
    en: "A record id (ccpcj-30) or a mandate's symbol or citation (A/RES/74/173)",
    text: "معرّف سجل (ccpcj-30) أو رمز وثيقة الولاية أو الإحالة المرجعية إليها (A/RES/74/173)",
  },
  "remit symbol": {
    en: "Parse and explain UN document symbols and citations; an invalid one is reported with where and what is wrong (exit 1).",
    text: "تحليل رموز وثائق الأمم المتحدة والإحالات المرجعية وشرحها؛ ويُبلَّغ عن الرمز غير الصالح مع بيان موضع الخطأ وطبيعته (رمز الخروج 1).",
  },
  "remit symbol <symbol>": {
    en: 'Document symbols (A/RES/74/173) or citations ("CCPCJ resolution 22/8")',
    text: 'رموز الوثائق (A/RES/74/173) أو الإحالات المرجعية ("CCPCJ resolution 22/8")',
  },
  "remit symbol # remit symbol A/624/123": {
    en: "A misprint in the 2011 guide: says the 624th session does not exist",
    text: "خطأ مطبعي في دليل عام 2011: يبيّن الأمر أن الدورة 624 غير موجودة",
  },
  "remit due": {
    en: "The reports due at a session after deferrals, and those that were due there and were deferred to a later session.",
    text: "التقارير المستحقة في دورة ما بعد احتساب التأجيلات، والتقارير التي كانت مستحقة فيها ثم أُجّلت إلى دورة لاحقة.",
  },
  "remit due --body": {
    en: "The body the reports go to (ccpcj, ga, ecosoc; any case)",
    text: "الهيئة التي تُقدَّم إليها التقارير (ccpcj أو ga أو ecosoc؛ بأحرف كبيرة أو صغيرة)",
  },
  "remit due --session": {
    en: "The session's number (30 for the 30th session)",
    text: "رقم الدورة (30 للدورة الثلاثين)",
  },
  "remit due # remit due --body CCPCJ --session 30": {
    en: "74/173's report, deferred from the 29th",
    text: "التقرير المطلوب بموجب القرار 74/173، المؤجَّل من الدورة التاسعة والعشرين",
  },
  "remit check": {
    en: "Check a session's thematic discussion against CCPCJ decision 18/1: nominations and election of panellists, podium seats, time limits, the discussion guide in six languages. Each rule is ok, violated, or unknown when the record does not say.",
    text: "التحقق من مطابقة المناقشة المواضيعية في دورة ما لمقرر لجنة منع الجريمة والعدالة الجنائية 18/1: ترشيح أعضاء حلقة النقاش وانتخابهم، والمقاعد على المنصة، والحدود الزمنية، ودليل المناقشة باللغات الست. وتُقيَّم كل قاعدة بأنها مستوفاة، أو مخالَفة، أو غير معروفة عندما لا يتضمن السجل ما يدل على ذلك.",
  },
  "remit check --strict": {
    en: "Exit 1 when a rule is violated",
    text: "الخروج بالرمز 1 عند مخالفة أي قاعدة",
  },
  "remit check <session>": {
    en: "A session id (ccpcj-20) or a thematic discussion id; `languages` checks each official language's completeness",
    text: "معرّف دورة (ccpcj-20) أو معرّف مناقشة مواضيعية؛ وتتحقق القيمة `languages` من اكتمال النصوص بكل لغة من اللغات الرسمية",
  },
  "remit check # remit check languages --json": {
    en: "which record texts lack which languages",
    text: "نصوص السجلات التي تنقصها لغات، وما هي هذه اللغات",
  },
  "remit lineage": {
    en: "A mandate's lineage as a tree: the earlier mandates it reaffirms, builds on, updates, continues or endorses, and theirs.",
    text: "تسلسل ولاية ما في شكل شجرة: الولايات السابقة التي تعيد تأكيدها أو تستند إليها أو تحدّثها أو تواصلها أو تؤيدها، والولايات السابقة لتلك الولايات بدورها.",
  },
  "remit lineage --descendants": {
    en: "Show the later mandates that build on it instead",
    text: "عرض الولايات اللاحقة التي تستند إليها بدلًا من ذلك",
  },
  "remit lineage <symbol>": {
    en: "A mandate's symbol, citation or id (A/RES/74/173)",
    text: "رمز وثيقة الولاية أو الإحالة المرجعية إليها أو معرّفها (A/RES/74/173)",
  },
  "remit report": {
    en: "Write the Secretary-General's report on a mandate for a period, computed from the store: numbered paragraphs, every figure from the activities and observations with its sources. Markdown, HTML or DOCX, in the language of --lang.",
    text: "كتابة تقرير الأمين العام عن ولاية ما لفترة معيّنة، محسوبًا من بيانات المخزن: فقرات مرقّمة، وكل رقم فيها مستمد من الأنشطة والمشاهدات مع ذكر مصادره. بتنسيق Markdown أو HTML أو DOCX، وباللغة المحددة في --lang.",
  },
  "remit report --mandate": {
    en: "The mandate that asked for the report (A/RES/74/173, a citation or an id)",
    text: "الولاية التي طُلب فيها التقرير (A/RES/74/173، أو إحالة مرجعية، أو معرّف)",
  },
  "remit report --period": {
    en: "The reporting period: 2020, 2020-06, or START/END",
    text: "فترة التقرير: 2020، أو 2020-06، أو START/END",
  },
  "remit report --format": {
    en: "md, html or docx (default: from -o's extension, else md) (choices: md, html, docx)",
    text: "md أو html أو docx (القيمة الافتراضية: حسب امتداد الملف المحدد في -o، وإلا md) (القيم المتاحة: md، html، docx)",
  },
  "remit report --output": {
    en: "Write to FILE (atomically: a temporary file renamed when complete) instead of stdout",
    text: "الكتابة في FILE (بصورة ذرية: يُكتب ملف مؤقت ثم تُغيَّر تسميته عند اكتماله) بدلًا من الإخراج القياسي",
  },
  "remit report --obligation": {
    en: "Which report, when the mandate asks for several",
    text: "التقرير المقصود، عندما تطلب الولاية عدة تقارير",
  },
  "remit report --fallback": {
    en: "Write in this language when --lang has no report templates, marking every paragraph (without it, such a language is an error) (choices: ar, zh, en, fr, ru, es)",
    text: "الكتابة بهذه اللغة عندما لا تتوفر قوالب تقارير للغة المحددة في --lang، مع وسم كل فقرة (ودون هذا الخيار، يُعد اختيار تلك اللغة خطأً) (القيم المتاحة: ar، zh، en، fr، ru، es)",
  },
  "remit report --narratives": {
    en: 'A JSON file of texts for the paragraphs the records cannot hold: { "paragraph-id": { "text": { "en": "…" }, "provenance": [] } }',
    text: 'ملف JSON يتضمن نصوص الفقرات التي لا يمكن أن تتضمنها السجلات: { "paragraph-id": { "text": { "en": "…" }, "provenance": [] } }',
  },
  "remit export": {
    en: "Export records as CSV, XLSX, JSON, JSON Lines, IATI 2.03 or iCalendar, to a file (written atomically) or stdout. The filters of `remit list` select activities.",
    text: "تصدير السجلات بتنسيق CSV أو XLSX أو JSON أو JSON Lines أو IATI 2.03 أو iCalendar، إلى ملف (يُكتب بصورة ذرية) أو إلى الإخراج القياسي. وتُحدِّد عوامل التصفية الخاصة بالأمر `remit list` الأنشطةَ المصدَّرة.",
  },
  "remit export --entity": {
    en: "Export this kind only (default: activities for csv and iati, sessions for ics, everything for xlsx, json and jsonl)",
    text: "تصدير هذا النوع فقط (القيمة الافتراضية: الأنشطة في csv وiati، والدورات في ics، وكل شيء في xlsx وjson وjsonl)",
  },
  "remit export --country": {
    en: "Activities naming this country (ISO 3166 alpha-3, e.g. SLV); observations scoped to it",
    text: "الأنشطة التي تذكر هذا البلد (رمزه الثلاثي الأحرف وفق ISO 3166 alpha-3، مثل SLV)؛ والمشاهدات المتعلقة به",
  },
  "remit export --region": {
    en: "Activities in this UN M49 region (e.g. 035 South-eastern Asia)",
    text: "الأنشطة في هذه المنطقة وفق تصنيف M49 للأمم المتحدة (مثل 035 جنوب شرق آسيا)",
  },
  "remit export --topic": {
    en: "Activities on this topic (e.g. cryptocurrency, digital-forensics)",
    text: "الأنشطة المتعلقة بهذا الموضوع (مثل cryptocurrency أو digital-forensics)",
  },
  "remit export --kind": {
    en: "Activities of this kind (e.g. training, webinar-series)",
    text: "الأنشطة من هذا النوع (مثل training أو webinar-series)",
  },
  "remit export --partner": {
    en: "Activities with this partner (acronym or name, e.g. INTERPOL)",
    text: "الأنشطة المنفذة مع هذا الشريك (الاسم المختصر أو الاسم الكامل، مثل INTERPOL)",
  },
  "remit export --audience": {
    en: "Activities for this audience (e.g. prosecutors)",
    text: "الأنشطة الموجهة إلى هذه الفئة (مثل prosecutors)",
  },
  "remit export --mandate": {
    en: "Activities serving this mandate (id, symbol or citation, e.g. A/RES/74/173)",
    text: "الأنشطة التي تخدم هذه الولاية (المعرّف أو رمز الوثيقة أو الإحالة المرجعية، مثل A/RES/74/173)",
  },
  "remit export --from": {
    en: "From this date on (YYYY, YYYY-MM or YYYY-MM-DD)",
    text: "ابتداءً من هذا التاريخ (YYYY أو YYYY-MM أو YYYY-MM-DD)",
  },
  "remit export --to": {
    en: "Up to this date (YYYY, YYYY-MM or YYYY-MM-DD)",
    text: "حتى هذا التاريخ (YYYY أو YYYY-MM أو YYYY-MM-DD)",
  },
  "remit export --text": {
    en: "Every word in the title or summary, in any language, ignoring case and accents",
    text: "السجلات التي ترد في عنوانها أو ملخصها جميع هذه الكلمات، بأي لغة، مع تجاهل حالة الأحرف وعلامات التشكيل",
  },
  "remit export --body": {
    en: "Mandates adopted by, or sessions of, this body (e.g. ccpcj, ga)",
    text: "الولايات التي اعتمدتها هذه الهيئة، أو دوراتها (مثل ccpcj أو ga)",
  },
  "remit export --indicator": {
    en: "Observations of this indicator (e.g. people-trained)",
    text: "المشاهدات الخاصة بهذا المؤشر (مثل people-trained)",
  },
  "remit export --output": {
    en: "Write to FILE (atomically: a temporary file renamed when complete) instead of stdout",
    text: "الكتابة في FILE (بصورة ذرية: يُكتب ملف مؤقت ثم تُغيَّر تسميته عند اكتماله) بدلًا من الإخراج القياسي",
  },
  "remit export --bom": {
    en: "Start a CSV file with a byte order mark, for Excel",
    text: "بدء ملف CSV بعلامة ترتيب البايت (BOM)، لبرنامج Excel",
  },
  "remit export <format>": {
    en: "csv, xlsx, json (one document), jsonl (JSON Lines), iati (IATI 2.03 XML) or ics (iCalendar of sessions)",
    text: "csv، أو xlsx، أو json (مستند واحد)، أو jsonl (JSON Lines)، أو iati (IATI 2.03 XML)، أو ics (تقويم iCalendar للدورات)",
  },
  "remit db": {
    en: "Manage the store: migrate its schema, show its status, back it up and restore it.",
    text: "إدارة المخزن: ترحيل مخططه، وعرض حالته، ونسخه احتياطيًا، واستعادته.",
  },
  "remit db migrate (short)": {
    en: "Migrate the store's schema",
    text: "ترحيل مخطط المخزن",
  },
  "remit db status (short)": {
    en: "Schema version and record counts",
    text: "إصدار المخطط وأعداد السجلات",
  },
  "remit db backup (short)": {
    en: "Back the store up to a file",
    text: "نسخ المخزن احتياطيًا إلى ملف",
  },
  "remit db restore (short)": {
    en: "Restore the store from a backup",
    text: "استعادة المخزن من نسخة احتياطية",
  },
  "remit serve": {
    en: "Serve the store over HTTP: every record and query as JSON, the OpenAPI document at /openapi.json, a reference page at /docs, /healthz and /readyz. One JSON log line per request on stdout. Stops on Ctrl-C.",
    text: "إتاحة المخزن عبر HTTP: جميع السجلات والاستعلامات بتنسيق JSON، ومستند OpenAPI على /openapi.json، وصفحة مرجعية على /docs، و/healthz و/readyz. ويُكتب في الإخراج القياسي سطر واحد لكل طلب في سجل الأحداث بتنسيق JSON. ويتوقف عند الضغط على Ctrl-C.",
  },
  "remit serve --port": {
    en: "The port (default 4310; 0 picks a free one)",
    text: "المنفذ (القيمة الافتراضية 4310؛ والقيمة 0 تختار منفذًا متاحًا)",
  },
  "remit serve --host": {
    en: "The address to listen on (default 127.0.0.1: this machine only)",
    text: "العنوان الذي يُستمع عليه (القيمة الافتراضية 127.0.0.1: هذا الجهاز فقط)",
  },
  "remit serve --public-reads": {
    en: "Answer reads without a token (writes always need an editor token)",
    text: "الاستجابة لطلبات القراءة دون رمز وصول (أما الكتابة فتتطلب دائمًا رمز وصول بدور editor)",
  },
  "remit serve --cors": {
    en: "Comma-separated origins whose pages may call the API (CORS), e.g. https://app.example.org",
    text: "المصادر، مفصولةً بفواصل، التي يُسمح لصفحاتها باستدعاء واجهة API (CORS)، مثل https://app.example.org",
  },
  "remit serve # remit serve --public-reads": {
    en: "http://127.0.0.1:4310, reads without a token",
    text: "http://127.0.0.1:4310، مع إتاحة القراءة دون رمز وصول",
  },
  "remit token": {
    en: "Manage the HTTP API's access tokens: issue, revoke, list.",
    text: "إدارة رموز الوصول إلى واجهة HTTP API: إصدارها، وإلغاؤها، وسردها.",
  },
  "remit token create (short)": {
    en: "Issue a token",
    text: "إصدار رمز وصول",
  },
  "remit token revoke (short)": {
    en: "Revoke a token",
    text: "إلغاء رمز وصول",
  },
  "remit token list (short)": {
    en: "List tokens",
    text: "سرد رموز الوصول",
  },
  "remit db migrate": {
    en: "Bring the store's schema to this version of Remit (creating the store when there is none).",
    text: "ترقية مخطط المخزن إلى هذا الإصدار من Remit (مع إنشاء المخزن إذا لم يكن موجودًا).",
  },
  "remit db status": {
    en: "The store's schema version, whether it needs migrating, and its records by kind, read without changing it.",
    text: "إصدار مخطط المخزن، وما إذا كان يحتاج إلى ترحيل، وسجلاته حسب النوع، وتُقرأ هذه المعلومات دون إجراء أي تغيير.",
  },
  "remit db backup": {
    en: "Copy the store to FILE, atomically: a SQLite store as a database file (online backup), a PostgreSQL store as JSON Lines records.",
    text: "نسخ المخزن إلى FILE بصورة ذرية: مخزن SQLite في صورة ملف قاعدة بيانات (نسخ احتياطي أثناء التشغيل)، ومخزن PostgreSQL في صورة سجلات JSON Lines.",
  },
  "remit db backup --force": {
    en: "Replace what is there instead of stopping with a conflict (exit 4)",
    text: "استبدال الموجود بدلًا من التوقف بسبب تعارض (رمز الخروج 4)",
  },
  "remit db backup <file>": {
    en: "Where to write the backup",
    text: "موضع كتابة النسخة الاحتياطية",
  },
  "remit db restore": {
    en: "Put a backup back into the store. A store that holds records is not overwritten unless --force.",
    text: "إعادة نسخة احتياطية إلى المخزن. ولا يُستبدل مخزن يحتوي على سجلات إلا مع الخيار --force.",
  },
  "remit db restore --force": {
    en: "Replace what is there instead of stopping with a conflict (exit 4)",
    text: "استبدال الموجود بدلًا من التوقف بسبب تعارض (رمز الخروج 4)",
  },
  "remit db restore <file>": {
    en: "A backup written by `remit db backup` (a SQLite file or JSON Lines)",
    text: "نسخة احتياطية كتبها الأمر `remit db backup` (ملف SQLite أو JSON Lines)",
  },
  "remit token create": {
    en: "Issue an access token for the HTTP API. The secret is printed once; the store keeps only its SHA-256.",
    text: "إصدار رمز وصول إلى واجهة HTTP API. تُطبع القيمة السرية مرة واحدة فقط؛ ولا يحتفظ المخزن إلا بتجزئتها SHA-256.",
  },
  "remit token create --name": {
    en: "What the token is for (unique among active tokens)",
    text: "الغرض من رمز الوصول (يجب أن يكون فريدًا بين رموز الوصول النشطة)",
  },
  "remit token create --role": {
    en: "viewer reads; editor also writes and imports; admin also manages tokens (choices: viewer, editor, admin)",
    text: "viewer للقراءة؛ وeditor للكتابة والاستيراد أيضًا؛ وadmin لإدارة رموز الوصول أيضًا (القيم المتاحة: viewer، editor، admin)",
  },
  "remit token revoke": {
    en: "Revoke an access token: it authenticates nobody from now on.",
    text: "إلغاء رمز وصول: فلا يُصادَق به على هوية أي أحد بعد الآن.",
  },
  "remit token revoke <id-or-name>": {
    en: "The token's id (tok_…) or name",
    text: "معرّف رمز الوصول (tok_…) أو اسمه",
  },
  "remit token list": {
    en: "The access tokens, revoked ones included (never their secrets).",
    text: "رموز الوصول، بما فيها الملغاة (دون قيمها السرية في أي حال).",
  },
};
