import type { MessageCatalog } from "@remit/core/message";
import type { CliMessageSlots } from "./CliMessageSchema";

/** The CLI's messages in Arabic: working translations by the Remit project, not United Nations texts. */
export const ARABIC_CLI_MESSAGES: MessageCatalog<CliMessageSlots> = {
  language: "ar",
  messages: {
    "cli.named": "remit: {problem}",
    "settings.language":
      '{source}: القيمة "{value}" ليست لغة رسمية من لغات الأمم المتحدة؛ استخدم إحدى اللغات التالية: ar أو zh أو en أو fr أو ru أو es',
    "settings.jsonAndJsonl": "لا يمكن استخدام --json و--jsonl معًا؛ اختر أحدهما",
    "settings.dbNotUrl":
      '{source}: القيمة "{value}" ليست عنوان URL صالحًا؛ اكتب postgres://USER@HOST:PORT/DATABASE أو مسار ملف SQLite',
    "settings.dbScheme":
      "{source}: عنوان URL من نوع {scheme}://، في حين أن remit يخزّن البيانات في ملف SQLite (يُحدَّد بمساره) أو في PostgreSQL (postgres://…)",
    "settings.dbSchema":
      '{source}: المخطط "{schema}" ليس اسم SQL بسيطًا؛ استخدم الحروف والأرقام والشرطة السفلية _ (63 حرفًا على الأكثر)',
    "settings.defaultDb": "الإعداد الافتراضي",
    "cli.unknownFlag": "الخيار {flag} غير معروف",
    "cli.unknownFlagOf": "الخيار {flag} غير معروف للأمر {command}",
    "cli.unknownCommand": 'الأمر "{command}" غير معروف',
    "cli.unknownCommandOf": 'الأمر الفرعي "{command}" غير معروف في {parent}',
    "cli.missingFlag": "الخيار --{flag} مطلوب",
    "cli.missingArgument": "الوسيطة {argument} مطلوبة",
    "cli.unexpectedArguments":
      "هذا الأمر لا يقبل {count, plural, zero {الوسيطات} one {الوسيطة} two {الوسيطتين} few {الوسيطات} many {الوسيطات} other {الوسيطات}} {arguments, list}",
    "cli.invalidValue": "{value} ليست قيمة صالحة لـ {flag}",
    "cli.didYouMean": " (هل تقصد {suggestions, list, or}؟)",
    "cli.seeHelp": "شغّل `{command} --help` لمعرفة طريقة الاستخدام",
    "cli.limit": "القيمة {value} المعطاة للخيار --limit ليست حجم صفحة؛ أدخل عددًا صحيحًا من 1 إلى {max}",
    "cli.sort":
      "القيمة {value} المعطاة للخيار --sort ليست ترتيبًا للأنشطة؛ أدخل أحد الترتيبات التالية: {sorts}، مع :desc للترتيب العكسي (مثلًا start:desc)",
    "cli.sortKind": "الخيار --sort يرتّب الأنشطة فقط؛ تُسرد «{what}» حسب المعرّف",
    "cli.port": "القيمة {port} المعطاة للخيار --port ليست رقم منفذ؛ أدخل عددًا من 0 إلى 65535",
    "cli.session": "القيمة {session} المعطاة للخيار --session ليست رقم دورة؛ أدخل عددًا صحيحًا، مثل 30",
    "cli.kind":
      'القيمة "{value}" المعطاة للخيار {flag} ليست نوعًا من أنواع السجلات؛ استخدم أحد الأنواع التالية: {kinds}',
    "cli.outputName": "يتطلب الخيار -o اسم ملف (أو - للكتابة في الإخراج القياسي)",
    "cli.binaryToStdout": "{format} تنسيق ثنائي؛ اكتبه في ملف باستخدام -o FILE (أو مرّره عبر أنبوب)",
    "cli.notAPeriod":
      "{flag} {input} ليست فترة؛ اكتب سنة (2020) أو شهراً (2020-06) أو يوماً، أو اثنين منها على شكل البداية/النهاية",
    "cli.filterNotApplicable": "{flag} لا يرشّح سجلات {kind}؛ مرشّحاتها هي {filters}",
    "cli.invalidFilter": "{flag}: {reason}{field, select, none {} other { [الحقل {field}]}}",
    "help.usage": "طريقة الاستخدام",
    "help.description": "الوصف",
    "help.arguments": "الوسيطات",
    "help.flags": "الخيارات",
    "help.globalFlags": "الخيارات العامة",
    "help.inheritedFlags": "الخيارات الموروثة",
    "help.optional": "(اختياري)",
    "help.subcommands": "الأوامر الفرعية",
    "help.examples": "أمثلة",
    "help.exitCodes": "رموز الخروج",
    "help.environment": "متغيرات البيئة",
    "exit.ok": "نجاح",
    "exit.invalidInput": "مدخلات غير صالحة (سجلات أو رموز وثائق لا تجتاز التحقق من الصحة، أو لا يوجد شيء بهذا الاسم)",
    "exit.usage": "خطأ في الاستخدام (أمر أو خيار غير معروف، أو وسيطة ناقصة أو غير سليمة الصيغة)",
    "exit.storeOrIo":
      "خطأ في المخزن أو في الإدخال/الإخراج (لا يوجد مخزن في الموضع المحدد، أو عطل في قاعدة البيانات، أو ملف تتعذر قراءته أو الكتابة فيه)",
    "exit.conflict": "تعارض (مراجعة لم تعد حديثة، أو الملف الهدف موجود، أو استعادة فوق مخزن يحتوي على سجلات)",
    "env.REMIT_DB":
      "المخزن عند عدم تحديد --db: مسار ملف SQLite أو عنوان URL من نوع postgres:// (القيمة الافتراضية ./remit.db)",
    "env.REMIT_LANG": "لغة الرسائل والتسميات والعناوين والتقارير عند عدم تحديد --lang (ar zh en fr ru es)",
    "env.locale": "الإعدادات المحلية، وتُستخدم لتحديد اللغة عند عدم تعيين --lang أو REMIT_LANG",
    "env.NO_COLOR": "عند تعيينه، لا تُستخدم الألوان في الطرفية",
    "io.failed":
      "{action, select, read {تعذّرت قراءة {file}} write {تعذّرت الكتابة في {file}} other {تعذّر فتح {file}}}: {reason}",
    "io.noFolder": "المجلد الذي يُفترض أن يحتويه غير موجود؛ أنشئ المجلد أولًا",
    "io.noFile": "لا يوجد ملف بهذا الاسم؛ تحقّق من المسار",
    "io.permission": "الإذن مرفوض؛ تحقّق من أذونات الملف",
    "io.isFolder": "هذا مجلد وليس ملفًا؛ حدّد ملفًا",
    "io.diskFull": "القرص ممتلئ؛ حرّر بعض المساحة ثم أعد المحاولة",
    "io.notFolder": "جزء من مساره ملف وليس مجلدًا؛ تحقّق من المسار",
    "io.readOnly": "نظام الملفات للقراءة فقط؛ اكتب في موضع آخر",
    "store.failed": "{problem} (تحقّق من --db أو REMIT_DB، ومن وجود المخزن، ومن إمكانية الوصول إلى قاعدة البيانات)",
    "store.conflict": "{problem} اقرأ السجل مرة أخرى، ثم أعد المحاولة.",
    "store.notFound": "{problem} (استخدم `remit list` لمعرفة المعرّفات الموجودة في هذا المخزن)",
    "store.noRecord": "لا يوجد سجل من نوع {kind} يحمل المعرّف {id}",
    "store.staleRevision":
      "كان من المتوقع أن يكون السجل {kind} {id} {expected, select, absent {غير موجود (سجلاً جديداً)} other {في النسخة {expected}}}، لكن المخزن {actual, select, absent {لا يحتوي عليه} other {يحتوي على النسخة {actual}}}: غيّره أحدٌ بعد أن قرأته، ولم يُكتب شيء.",
    "store.foreignCursor": "المؤشر {cursor} لم يصدر عن هذا المخزن؛ ابدأ من جديد بلا مؤشر واتبع nextCursor في كل صفحة",
    "store.importRejected":
      "لم يُستورد أي شيء: {records, plural, zero {لم يُقرأ أي سجل} one {قُرئ سجل واحد} two {قُرئ سجلان} few {قُرئت # سجلات} many {قُرئ # سجلًا} other {قُرئ # سجل}}، وتبيّن وجود {problems, plural, zero {# مشكلة} one {مشكلة واحدة} two {مشكلتين} few {# مشكلات} many {# مشكلة} other {# مشكلة}}؛ صحّح المشكلات، أو أعد التشغيل مع --skip-invalid لاستيراد السجلات الصالحة",
    "store.datasetInvalid":
      "مجموعة البيانات المضمّنة في الحزمة لا تجتاز التحقق من الصحة ({problem})؛ أعد تثبيت @remit/cli، أو أبلغ عن ذلك بوصفه خللًا برمجيًا",
    "store.missing":
      "لا يوجد مخزن Remit في {store}؛ أنشئ مخزنًا بالأمر `remit init`، أو وجّه --db أو REMIT_DB إلى مخزن موجود",
    "outcome.created": "أُنشئ مخزن Remit ({backend}) في {store}، إصدار المخطط {version}.",
    "outcome.upToDate": "مخزن Remit ({backend}) في {store} محدَّث، إصدار المخطط {version}.",
    "outcome.migrated": "رُحِّل مخزن Remit ({backend}) في {store} من إصدار المخطط {from} إلى {to} ({migrations}).",
    "failure.unexpected": "خطأ غير متوقع: {problem}",
    "failure.unexpectedVerbose": "خطأ غير متوقع: {problem} (أعد التشغيل مع --verbose لمزيد من التفاصيل)",
    "failure.detail": "التفاصيل:",
    "failure.invalidRecords":
      "السجلات غير الصالحة: {invalid, number} من أصل {read, plural, zero {# سجل} one {سجل واحد} two {سجلين} few {# سجلات} many {# سجلًا} other {# سجل}} (والصالحة: {valid, number})؛ صحّحها قبل الاستيراد، أو استورد مع --skip-invalid",
    "failure.noSuchRecord": "لا يوجد سجل بالمعرّف {id}؛ استخدم `remit list` للعثور على المعرّفات",
    "failure.noSuchRecordOfKind": "لا يوجد في هذا المخزن سجل من النوع {kind} بالمعرّف {id}",
    "failure.ambiguousId": "المعرّف {id} يشير إلى سجلات من عدة أنواع ({kinds})؛ أضف --kind {kind} لتحديد النوع",
    "failure.noSession": "لا توجد الدورة {id} في هذا المخزن؛ اعرض الدورات باستخدام `remit list sessions`",
    "failure.noDiscussion":
      "لا توجد في هذا المخزن مناقشة مواضيعية للدورة {id}؛ علمًا بأن المقرر 18/1 ينطبق على المناقشات المواضيعية",
    "failure.noReportContent":
      "لا يُعرف مخطط تقرير لـ {mandate}: يكتب remit تقرير الولاية من المحتوى المختار لها، ولا يتضمن إلا محتوى تقرير عام 2021 عن الجريمة السيبرانية، للقرار A/RES/74/173؛ تحقّق من --mandate",
    "failure.nothingToReport":
      "لا يوجد ما يُبلَّغ عنه للفترة {period}: لا يحتوي المخزن على أي نشاط ولا أي رقم في تلك الفترة، ولذلك لم يُكتب أي تقرير؛ تحقّق من --period، أو استورد أنشطة الفترة أولًا",
    "failure.unknownLayout":
      "تعذّر تحديد نوع السجلات الموجودة في {file}: لا يطابق سطر العناوين فيه تخطيطًا واحدًا بعينه؛ حدّد --entity KIND، أو سمِّ الملف باسم النوع (activities.csv)",
    "failure.cannotListen": "تعذّر الاستماع على العنوان {address}: {problem}",
    "failure.cannotServe": "تعذّرت إتاحة المخزن {store} عبر HTTP: {problem}",
    "failure.restoreOverRecords":
      "يحتوي المخزن في {store} على سجلات وستحلّ الاستعادة محلّها؛ استعد إلى مخزن جديد (--db)، أو أضف --force",
    "failure.backupExists": "{file} موجود؛ اختر اسم ملف آخر، أو أضف --force لاستبداله",
    "failure.cannotReadStatus":
      "تعذّرت قراءة حالة المخزن في {store}: {problem}؛ أنشئه بالأمر `remit init` إن لم يكن موجودًا",
    "outcome.imported":
      "استُورد {from}: {read, plural, zero {لم يُقرأ أي سجل} one {قُرئ سجل واحد} two {قُرئ سجلان} few {قُرئت # سجلات} many {قُرئ # سجلًا} other {قُرئ # سجل}}، وكُتب {written, number}، وبقي {unchanged, number} دون تغيير{rate}.",
    "outcome.importedSkipping":
      "استُورد {from}: {read, plural, zero {لم يُقرأ أي سجل} one {قُرئ سجل واحد} two {قُرئ سجلان} few {قُرئت # سجلات} many {قُرئ # سجلًا} other {قُرئ # سجل}}، وكُتب {written, number}، وبقي {unchanged, number} دون تغيير، وتُخطّي {skipped, number} من السجلات غير الصالحة{rate}.",
    "outcome.rate": "، خلال {seconds} ث ({rate, number} سجل/ث)",
    "outcome.files":
      "{count, plural, zero {# ملف} one {ملف واحد} two {ملفان} few {# ملفات} many {# ملفًا} other {# ملف}}",
    "outcome.valid":
      "{files}: {count, plural, zero {لا يوجد أي سجل} one {السجل صالح} two {السجلان كلاهما صالحان} few {جميع السجلات صالحة، وعددها #} many {جميع السجلات صالحة، وعددها #} other {جميع السجلات صالحة، وعددها #}}.",
    "outcome.seeded":
      "تمت تعبئة {store} بالبيانات الأولية من {documents, list}: {written, plural, zero {لم يُكتب أي سجل} one {كُتب سجل واحد} two {كُتب سجلان} few {كُتبت # سجلات} many {كُتب # سجلًا} other {كُتب # سجل}}، وعدد السجلات المخزّنة من قبل: {unchanged, number}.",
    "outcome.seededNothing":
      "تمت تعبئة {store} بالبيانات الأولية من {documents, list}: لا يوجد ما يُكتب، إذ {unchanged, plural, zero {لا توجد أي سجلات} one {إن السجل مخزّن من قبل} two {إن السجلين كليهما مخزّنان من قبل} few {إن جميع السجلات مخزّنة من قبل، وعددها #} many {إن جميع السجلات مخزّنة من قبل، وعددها #} other {إن جميع السجلات مخزّنة من قبل، وعددها #}}.",
    "outcome.backedUpSqlite":
      "نُسخ {store} احتياطيًا إلى {file} (قاعدة بيانات SQLite، {pages, plural, zero {# صفحة} one {صفحة واحدة} two {صفحتان} few {# صفحات} many {# صفحة} other {# صفحة}}، إصدار المخطط {version}).",
    "outcome.backedUpRecords":
      "نُسخ {store} احتياطيًا إلى {file} ({records, plural, zero {# سجل} one {سجل واحد} two {سجلان} few {# سجلات} many {# سجلًا} other {# سجل}} بتنسيق JSON Lines).",
    "outcome.restoredSqlite":
      "استُعيد {store} من {file} (قاعدة بيانات SQLite، {pages, plural, zero {# صفحة} one {صفحة واحدة} two {صفحتان} few {# صفحات} many {# صفحة} other {# صفحة}}، إصدار المخطط {version}).",
    "outcome.restoredRecords":
      "استُعيد {store} من {file}: {read, plural, zero {لم يُقرأ أي سجل} one {قُرئ سجل واحد} two {قُرئ سجلان} few {قُرئت # سجلات} many {قُرئ # سجلًا} other {قُرئ # سجل}}، وكُتب {written, number}، وبقي {unchanged, number} دون تغيير.",
    "outcome.tokenIssued":
      'أُصدر رمز الوصول {id} "{name}" ({role}) للمخزن {store}. السطر أعلاه هو قيمته السرية، ولن تُعرض إلا هذه المرة: أرسلها في صورة "Authorization: Bearer <secret>".',
    "outcome.tokenRevoked": 'أُلغي رمز الوصول {id} "{name}" ({role}).',
    "outcome.serving":
      "المخزن {store} متاح على {url} (الصفحة المرجعية على {url}/docs؛ {reads, select, public {القراءة متاحة دون رمز وصول} other {القراءة تتطلب رمز وصول}}). اضغط Ctrl-C للإيقاف.",
    "outcome.servingCors":
      "المخزن {store} متاح على {url} (الصفحة المرجعية على {url}/docs؛ {reads, select, public {القراءة متاحة دون رمز وصول} other {القراءة تتطلب رمز وصول}}؛ CORS مسموح للمصادر {origins, list}). اضغط Ctrl-C للإيقاف.",
    "outcome.reportsDue": "التقارير المستحق تقديمها إلى {body} في الدورة {session}: {count, number}",
    "due.deferredTo": "مؤجَّل إلى الدورة {session}",
    "list.summary":
      "{kind, select, activity {الأنشطة} mandate {الولايات} session {الدورات} instrument {الصكوك} other {المشاهدات}}: {count, number}{next, select, none {} other { · الصفحة التالية: {next}}}",
    "check.summary":
      "{discussion} (الدورة {session})، مقرر لجنة منع الجريمة والعدالة الجنائية 18/1: مستوفى {ok, number}، مخالفة {violation, number}، غير معروف {unknown, number}",
    "status.sqlite": "{store} (SQLite، {bytes, number} بايت)",
    "status.postgres": "{store} (PostgreSQL)",
    "status.schema":
      "إصدار المخطط {version} {state, select, behind {(يعتمد هذا الإصدار من Remit الإصدار {latest}: شغّل `remit db migrate`)} ahead {(أحدث من الإصدار {latest} الذي يعتمده هذا الإصدار من Remit: حدّث @remit/cli)} other {(محدَّث)}}",
    "status.records":
      "{count, plural, zero {# سجل} one {سجل واحد} two {سجلان} few {# سجلات} many {# سجلًا} other {# سجل}}",
    "languages.texts": "{present, number} من {total, number}",
    "languages.missing":
      "{texts, plural, zero {# نص} one {نص واحد} two {نصان} few {# نصوص} many {# نصًا} other {# نص}} في {records, plural, zero {# سجل} one {سجل واحد} two {سجلين} few {# سجلات} many {# سجلًا} other {# سجل}} (يسردها --json)",
    "show.head": "{kind} {id} · المراجعة {revision} · أُنشئ في {created} · حدّثه {by} في {updated}",
    "show.history": "السجل:",
    "show.action": "{action, select, create {إنشاء} update {تحديث} other {حذف}}",
    "report.fallback":
      "لا توجد قوالب تقارير باللغة {language}؛ كُتب التقرير باللغة {templates} (--fallback)، مع تمييز كل فقرة",
    "report.leftOut":
      "{count, plural, zero {لم تُحذف أي فقرة من المخطط} one {حُذفت فقرة واحدة من المخطط} two {حُذفت فقرتان من المخطط} few {حُذفت # فقرات من المخطط} many {حُذفت # فقرة من المخطط} other {حُذفت # فقرة من المخطط}} لأن السجلات لا تدعمها ({paragraphs})؛ يبيّن --verbose السبب، ويوفّر --narratives FILE النصوص",
    "report.leftOutOne": "حُذف: {problem}",
    "outcome.reportWritten": "كُتب التقرير عن {mandate} للفترة {period} ({format}، {language}) في {file}.",
    "outcome.exported":
      "صُدِّر {records, plural, zero {لا شيء} one {سجل واحد} two {سجلان} few {# سجلات} many {# سجلًا} other {# سجل}} ({kinds}) بصيغة {format} إلى {file} ({bytes, plural, zero {# بايت} one {بايت واحد} two {بايتان} few {# بايتات} many {# بايتًا} other {# بايت}}).",
    "progress.records": "السجلات",
    "progress.stored": "خُزّن {count, number}",
    "progress.importing": "جارٍ استيراد {source}",
    "progress.validating": "جارٍ التحقق من {source}",
    "progress.restoring": "جارٍ الاستعادة من {source}",
    "progress.backingUp": "جارٍ النسخ الاحتياطي إلى {file}",
    "progress.exporting": "جارٍ التصدير بتنسيق {format}",
    "progress.exportingTo": "جارٍ التصدير بتنسيق {format} إلى {file}",
    "progress.readingRecords": "جارٍ قراءة السجلات",
    "label.revision": "المراجعة",
    "label.action": "الإجراء",
    "label.actor": "بواسطة",
    "label.at": "الوقت",
    "label.mandate": "الولاية",
    "label.report": "التقرير",
    "label.dueAt": "موعد التقديم",
    "label.deferrals": "التأجيلات",
    "label.rule": "القاعدة",
    "label.result": "النتيجة",
    "label.provision": "الحكم",
    "label.reason": "السبب",
    "label.ok": "مستوفى",
    "label.violation": "مخالفة",
    "label.unknown": "غير معروف",
    "label.language": "اللغة",
    "label.reportTemplates": "قوالب التقرير",
    "label.recordTexts": "نصوص السجلات",
    "label.missing": "الناقص",
    "label.yes": "نعم",
    "label.no": "لا",
  },
};
