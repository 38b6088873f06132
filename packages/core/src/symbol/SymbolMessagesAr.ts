import type { SymbolMessageKey } from "./SymbolMessagesEn";

/** The symbol parser's refusals and explanations in Arabic, with the names the United Nations uses in Arabic. */
export const ARABIC_SYMBOL_MESSAGES: Readonly<Record<SymbolMessageKey, string>> = {
  "error.message": "«{input}» ليست رمز وثيقة صحيحا: عند الحرف {offset} ({where})، {reason}.",
  "error.where": "{part}",
  "error.whereFound": "{part} «{found}»",
  "error.hinted": "{message} {hint}",
  part: "{part, select, symbol {الرمز} segment {المقطع} organ {الجهاز} series {عنصر السلسلة} category {الفئة} session {الدورة} year {السنة} document {رقم الوثيقة} modifier {المعدِّل} country {الدولة الطرف} body {الهيئة} kind {النوع} number {الرقم} note {ملاحظة} written {الصيغة المكتوبة} citation {الإشارة} other {{part}}}",

  organ:
    "{organ, select, A {الجمعية العامة} E {المجلس الاقتصادي والاجتماعي} S {مجلس الأمن} ST {الأمانة العامة} T {مجلس الوصاية} UNODC {مكتب الأمم المتحدة المعني بالمخدرات والجريمة} CTOC {مؤتمر الأطراف في اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية} CAC {مؤتمر الدول الأطراف في اتفاقية الأمم المتحدة لمكافحة الفساد} other {{organ}}}",
  treatyBody:
    "{body, select, CCPR {اللجنة المعنية بحقوق الإنسان} CESCR {اللجنة المعنية بالحقوق الاقتصادية والاجتماعية والثقافية} CERD {لجنة القضاء على التمييز العنصري} CEDAW {اللجنة المعنية بالقضاء على التمييز ضد المرأة} CAT {لجنة مناهضة التعذيب} SPT {اللجنة الفرعية لمنع التعذيب} CRC {لجنة حقوق الطفل} CMW {اللجنة المعنية بالعمال المهاجرين} CRPD {اللجنة المعنية بحقوق الأشخاص ذوي الإعاقة} CED {اللجنة المعنية بحالات الاختفاء القسري} other {{body}}}",
  organOf:
    "{organ, select, A {للجمعية العامة} E {للمجلس الاقتصادي والاجتماعي} S {لمجلس الأمن} ST {للأمانة العامة} T {لمجلس الوصاية} UNODC {لمكتب الأمم المتحدة المعني بالمخدرات والجريمة} CTOC {لمؤتمر الأطراف في اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية} CAC {لمؤتمر الدول الأطراف في اتفاقية الأمم المتحدة لمكافحة الفساد} other {({name})}}",
  treatyBodyOf:
    "{body, select, CCPR {للجنة المعنية بحقوق الإنسان} CESCR {للجنة المعنية بالحقوق الاقتصادية والاجتماعية والثقافية} CERD {للجنة القضاء على التمييز العنصري} CEDAW {للجنة المعنية بالقضاء على التمييز ضد المرأة} CAT {للجنة مناهضة التعذيب} SPT {للجنة الفرعية لمنع التعذيب} CRC {للجنة حقوق الطفل} CMW {للجنة المعنية بالعمال المهاجرين} CRPD {للجنة المعنية بحقوق الأشخاص ذوي الإعاقة} CED {للجنة المعنية بحالات الاختفاء القسري} other {({name})}}",
  protocol:
    "{protocol, select, OPAC {البروتوكول الاختياري بشأن اشتراك الأطفال في المنازعات المسلحة} OPSC {البروتوكول الاختياري بشأن بيع الأطفال واستغلال الأطفال في البغاء وفي المواد الإباحية} other {{protocol}}}",
  subsidiaryBody:
    "{code, select, AC {لجنة مخصصة} C {لجنة} CN {لجنة فنية} CONF {مؤتمر} EG {فريق خبراء} GC {مجلس إدارة} PC {لجنة تحضيرية} SC {لجنة فرعية} Sub {لجنة فرعية} WG {فريق عامل} other {{code}}}",
  category: "{category, select, RES {القرارات} PRST {البيانات الرئاسية} other {{category}}}",
  documentType:
    "{type, select, L {توزيع محدود} CRP {ورقة غرفة اجتماعات} PV {محضر حرفي} SR {محضر موجز} WP {ورقة عمل} R {توزيع مقيد} INF {سلسلة إعلامية} NGO {بيان مقدم من منظمة غير حكومية} PET {التماس} GC {تعليق عام أو توصية عامة} CO {ملاحظات ختامية} Q {قائمة مسائل} QPR {قائمة مسائل سابقة لتقديم التقرير} D {آراء أو قرار بشأن بلاغ} other {{type}}}",
  modifier: "{type, select, Add {إضافة} Rev {تنقيح} Corr {تصويب} Amend {تعديل} Summary {صيغة موجزة} other {{type}}}",
  generalTexts: "{kind, select, recommendation {توصية عامة} other {تعليق عام}}",
  territory:
    "{code, select, UNK {كوسوفو (تقارير بعثة الأمم المتحدة للإدارة المؤقتة في كوسوفو)} CHN-HKG {الصين، بشأن هونغ كونغ، الصين (منطقة هونغ كونغ الإدارية الخاصة)} CHN-MAC {الصين، بشأن ماكاو، الصين (منطقة ماكاو الإدارية الخاصة)} other {{code}}}",
  firstPeriod:
    "{organ, select, A {لم تدرج الجمعية العامة رقم دورتها في الرموز إلا منذ دورتها الحادية والثلاثين (1976)} E {لم يدرج المجلس الاقتصادي والاجتماعي السنة في رموزه إلا منذ عام 1978} CTOC {عقد مؤتمر الأطراف في اتفاقية الجريمة المنظمة أول دورة له في عام 2004} CAC {عقد مؤتمر الدول الأطراف في اتفاقية مكافحة الفساد أول دورة له في عام 2006} T {ترقَّم دورات مجلس الوصاية ابتداء من 1} treaty {ترقَّم دورات هيئة المعاهدة ابتداء من 1} other {لم تصدر الأمم المتحدة وثائق قبل عام 1946}}",

  empty: "الرمز فارغ",
  cannotAppear: "لا يجوز أن يرد «{character}» في الرمز",
  fullWidth: "«{character}» حرف كامل العرض أو حرف توافق؛ يكتب الرمز بحروف ASCII العادية",
  startsBlank: "لا يبدأ الرمز بمسافة",
  endsBlank: "لا ينتهي الرمز بمسافة",
  blankBesideSlash: "توجد مسافة بجوار الشرطة المائلة",
  spaceInComponent: "يحتوي أحد العناصر على مسافة",
  startsWithSlash: "يبدأ الرمز بشرطة مائلة",
  endsWithSlash: "ينتهي الرمز بشرطة مائلة",
  doubleSlash: "لا يوجد شيء بين شرطتين مائلتين",
  overlong: "لا يتجاوز الرمز {max} حرفا، وهذا النص فيه {length} حرفا",
  writtenAs: "«{typed}» يكتب «{written}»",
  numberZero: "تبدأ الأرقام في الرمز من 1",
  leadingZero: "لا يبدأ الرقم في الرمز بصفر",
  tooManyDigits: "لا يتجاوز الرقم في الرمز تسعة أرقام",
  noOrgan: "لا يتضمن الرمز جهازا",
  unknownOrgan: "«{text}» ليس جهازا يمكن أن يبدأ به الرمز",
  committeeExpected:
    "يلي {organ} في الرمز الحرف C ({body}){spt, select, yes { أو OP (اللجنة الفرعية لمنع التعذيب)} other {}}",
  bodyNeedsNumber: "يجب أن يلي {code} ({label}) رقمه",
  seriesTooLong: "لا يتجاوز اسم السلسلة 12 حرفا",
  requiredSeries: "يلي {organ} في الرمز {series}",
  treatySessionOnlyInViews: "لا تتضمن رموز هذه الهيئة ({body}) الدورة إلا في آرائها وقراراتها",
  serialNoPeriod: "لا تتضمن رموز هذا الجهاز ({organ}) دورة ولا سنة: ترقَّم وثائقه في سلسلة واحدة",
  sessionTooEarly: "الدورة {value} مبكرة جدا: {note}",
  tooEarly: "{value} مبكر جدا: {note}",
  noSuchAssemblySession:
    "لم تعقد الجمعية العامة الدورة {n} (تفتتح الدورة {n} في أيلول/سبتمبر {year}؛ وآخر دورة حتى {date} هي الدورة {latest}، التي افتتحت في أيلول/سبتمبر {latestYear})",
  notFourDigitYear: "يرقّم هذا الجهاز ({organ}) وثائقه حسب السنة، و«{text}» ليست سنة من أربعة أرقام",
  yearInFuture: "السنة {year} في المستقبل (التاريخ المرجعي هو {date})",
  noSuchCouncilSession:
    "لم يعقد مجلس حقوق الإنسان الدورة {n} (يعقد ثلاث دورات عادية في السنة منذ عام 2006، أي الدورة {latest} على الأكثر بحلول نهاية {year})",
  specialNotThisOrgan:
    "{emergency, select, yes {الدورة الاستثنائية الطارئة} other {الدورة الاستثنائية}} خاصة بالجمعية العامة: لا يعقد هذا الجهاز ({organ}) أيا منها",
  documentMissing: "ينتهي الرمز قبل رقم الوثيقة",
  typeAfterSlash: "ترقَّم وثائق {type} بعد شرطة مائلة",
  typeNeedsNumber: "يجب أن يلي {type} ({label}) رقم",
  modifierBeforeDocument: "يأتي المعدِّل بعد رقم الوثيقة، ولا يوجد رقم قبله",
  rangeNotHere: "الأرقام الموصولة بشرطة هي تقارير دورية جامعة لهيئة معاهدة، وتأتي بعد الدولة الطرف",
  partialEllipsis: "«{ellipsis}» تحل محل رقم وثيقة غير معروف، فهذا رمز جزئي وليس رمزا كاملا",
  seriesAfterCategory: "تأتي عناصر السلسلة مباشرة بعد الجهاز، قبل أي فئة أو دورة أو سنة",
  notDocumentNumber: "هذا ليس رقم وثيقة",
  unknownDocumentType: "«{code}» ليس نوع وثيقة معروفا",
  notModifier: "لا يجوز أن يلي «{text}» رقم الوثيقة",
  summaryNoNumber: "لا يأخذ Summary رقما",
  modifierNeedsNumber: "يجب أن يلي {type} ({label}) رقم",
  modifierTwice: "لا يتضمن الرمز أكثر من {type} ({label}) واحد",
  modifierOrder: "لا يجوز أن يلي {type} ({label}) {after, select, document {رقم الوثيقة} other {{after}}}",
  categoryNotHere: "لا تتضمن رموز هذا الجهاز ({organ}) الفئة {category}",
  jointFirstNotGeneral: "لا يوصل بشرطة بتعليق عام لهيئة أخرى إلا تعليق عام لهيئة معاهدة",
  jointSecondNotGeneral: "الشرطة بعد التعليق العام تصله بتعليق عام لهيئة معاهدة أخرى، كما في CEDAW/C/GC/31-CRC/C/GC/18",
  jointSameBody:
    "التعليق العام المشترك صادر عن هيئتين من هيئات المعاهدات، والجزءان هنا صادران عن الهيئة نفسها ({body})",
  yearOnlySecurityCouncil: "لا يحمل سنته بين قوسين إلا قرار مجلس الأمن",
  yearFourDigits: "سنة الاتخاذ من أربعة أرقام",
  notRoman: "«{text}» ليس رقم دورة بالأرقام الرومانية في صيغتها المعتادة",
  romanNotHere:
    "لا يحمل دورته بالأرقام الرومانية إلا قرار مجلس الوصاية (T/RES/n) أو القرارات الأولى للجمعية العامة (A/RES/n) أو للمجلس الاقتصادي والاجتماعي (E/RES/n)",
  romanTooLateAssembly:
    "منذ الدورة الحادية والثلاثين تدرج الجمعية العامة الدورة داخل الرمز (A/RES/31/1)، فليس للدورة {session} قرارات بهذه الصيغة",
  romanTooLateCouncil:
    "منذ عام 1978 يدرج المجلس الاقتصادي والاجتماعي السنة داخل الرمز (E/RES/1978/1)، وآخر دوراته المرقمة بالأرقام الرومانية هي الدورة 63، فليس للدورة {session} قرارات بهذه الصيغة",
  specialNotHere:
    "لا يحمل بعده دورة استثنائية أو دورة استثنائية طارئة بالأرقام الرومانية إلا قرار الجمعية العامة (A/RES/n)",
  specialTooLate:
    "ترقَّم قرارات {kind, select, emergency {الدورات الاستثنائية الطارئة} other {الدورات الاستثنائية}} بعد الدورة {last} داخل الرمز، فليس للدورة {n} قرارات بهذه الصيغة",
  specialInsideTooEarly:
    "رُقِّمت قرارات {kind, select, emergency {الدورة الاستثنائية الطارئة} other {الدورة الاستثنائية}} {n} في سلسلة الجمعية الواحدة، وتليها الدورة بالأرقام الرومانية",
  partNotHere:
    "يشار إلى جزء القرار بحرف بعد رقم قرار للجمعية العامة في دورة عادية (A/RES/72/255 A، A/RES/60/247 A-C)، أو بحرف واحد قبل دورته المكتوبة بالأرقام الرومانية (A/RES/2200 A (XXI))",
  partRangeBackwards: "تمتد الأجزاء الصادرة معاً من الحرف الأسبق إلى الحرف اللاحق، و{text} ليست كذلك",
  specialInArabic: "تكتب الدورة الاستثنائية {n} بعد رقم القرار بالأرقام العربية: {written}",
  specialInRoman:
    "تكتب {kind, select, emergency {الدورة الاستثنائية الطارئة} other {الدورة الاستثنائية}} {n} بعد رقم القرار بالأرقام الرومانية: {written}",
  numberAfterSlash: "يجب أن يلي {type} رقمه بعد شرطة مائلة",
  rangeBackwards: "تمتد التقارير الجامعة من الرقم الأصغر إلى الأكبر، و{text} ليست كذلك",
  reportNumberMissing: "رقم التقرير ناقص هنا",
  countryNotUpper: "«{code}» ليس بحروف كبيرة: اكتب «{upper}»",
  countryUnknown:
    "«{code}» ليس رمزا من رموز ISO 3166-1 الثلاثية المعروفة في تصنيف M49 للأمم المتحدة، ولا رمزا تستخدمه هيئات المعاهدات بدلا منه ({codes})",
  visitsOnly: "لا تصدر {body} {type}: تقاريرها عن زياراتها",
  endsAfterStateParty: "ينتهي الرمز بعد الدولة الطرف",
  cannotFollowStateParty: "لا يجوز أن يلي «{text}» الدولة الطرف",
  noCommunications: "ليس لدى هذه الهيئة ({body}) إجراء نافذ للبلاغات الفردية",
  communicationYear: "يلي رقم البلاغ سنة تسجيله من أربعة أرقام",
  communicationTooEarly: "{year} مبكر جدا: لم تتلق هذه الهيئة ({body}) البلاغات إلا منذ {first}",
  noGeneralComments: "لا تعتمد هذه الهيئة ({body}) تعليقات عامة",
  generalCommentSlash: "يرقَّم التعليق العام بعد شرطة مائلة",
  endsAfterProtocol: "ينتهي الرمز بعد البروتوكول الاختياري",
  protocolStateParty: "في إطار {protocol}، تتعلق الوثيقة بدولة طرف تذكر أولا",
  prefixOnly: "لا تتضمن بادئة الرمز إلا الجهاز وعناصر السلسلة",
  partialNoEllipsis: "ينتهي الرمز الجزئي بـ«{ellipsis}» بدلا من رقم الوثيقة غير المعروف",
  partialAfterEllipsis: "لا يجوز أن يلي «{ellipsis}» شيء: فهي تحل محل رقم الوثيقة، وهو وحده ما يحذفه الرمز الجزئي",
  partialNoPeriod:
    "يذكر الرمز الجزئي {period, select, session {دورته} other {سنته}} قبل «{ellipsis}»: لا يجوز أن يكون مجهولا إلا رقم الوثيقة",
  partialExtra:
    "يقع «{text}» بين {period, select, session {الدورة} other {السنة}} و«{ellipsis}»، والرمز الجزئي لا يحذف إلا رقم الوثيقة",

  "hint.example": "اكتبه كما في {example}.",
  "hint.modifierNumber": "رقّمه بدلا من ذلك، كما في {type}.2.",
  "hint.modifierEnds": "ينتهي الرمز بـ{type}.",
  "hint.modifierAfter":
    "لا يأتي بعد {after, select, document {رقم الوثيقة} other {{after}}} إلا {allowed}، كما في A/C.3/74/L.5/Rev.1/Add.1.",
  "hint.write": "اكتب {text}.",
  "hint.check": "تحقق من ذلك في المصدر.",
  "hint.oneForm": "للرمز صيغة مكتوبة واحدة؛ وتصحح خطوة التوحيد هذه الأخطاء وتبين ما غيرته.",
  "hint.characters": "لا يتضمن الرمز إلا حروفا وأرقاما ونقاطا وشرطات مائلة، كما في A/RES/74/173.",
  "hint.didYouMean": "هل تقصد {symbol}؟ تصحح خطوة التوحيد هذه الأخطاء وتبين ما غيرته.",
  "hint.organs": "يبدأ الرمز بأحد الرموز التالية: {codes}.",
  "hint.modifiers": "لا يليه إلا المعدِّلات: /Add.n أو /Rev.n أو /Corr.n أو /Amend.n أو /Summary.",
  "hint.document": "المتوقع رقم، أو {types}.",
  "hint.roman": "اكتب الدورة بالأرقام الرومانية الكبيرة في صيغتها المعتادة، كما في T/RES/2200 (LXI).",
  "hint.slash": "احذف الشرطة المائلة الزائدة: يفصل بين العناصر شرطة مائلة واحدة.",
  "hint.noSpaces": "اكتب كل عنصر دون مسافات، كما في A/RES/74/173.",
  "hint.partial": "اذكر الرقم، أو احفظ النص حيث يقبل الرمز الجزئي، كما في {example}.",
  "hint.prefix": "توقف قبل الفئة أو الدورة أو السنة أو رقم الوثيقة، كما في E/CN.15.",
  "hint.sessionOpens":
    "تفتتح كل دورة للجمعية العامة في أيلول/سبتمبر من السنة التي تساوي 1945 مضافا إليها رقم الدورة: تحقق من رقم الدورة في المصدر.",
  "hint.stateParty": "تسمي وثيقة هيئة المعاهدة المتعلقة بدولة طرف تلك الدولة برمزها، كما في {example}.",

  "mean.committee": "اللجنة",
  "mean.series": "السلسلة {name}",
  "mean.subsidiary": "{label} رقم {n}",
  "mean.session": "الدورة {nWords} {organ}",
  "mean.year": "صدرت في عام {year}",
  "mean.special": "{kind, select, emergency {الدورة الاستثنائية الطارئة} other {الدورة الاستثنائية}} {nWords} {organ}",
  "mean.documentType": "{label} رقم {n}",
  "mean.documentNumber": "الوثيقة رقم {n}",
  "mean.modifier": "{label} رقم {n}",
  "mean.reissue":
    "{count, plural, zero {أعيد إصدارها لأسباب فنية} one {أعيد إصدارها لأسباب فنية} two {أعيد إصدارها مرتين لأسباب فنية} few {أعيد إصدارها # مرات لأسباب فنية} many {أعيد إصدارها # مرة لأسباب فنية} other {أعيد إصدارها # مرة لأسباب فنية}}",
  "mean.part": "الجزء {letter} من قرار اتُّخذ في أجزاء",
  "mean.parts": "الأجزاء من {first} إلى {last} من قرار اتُّخذ في أجزاء، صادرة معاً",
  "mean.adoptedYear": "اتُّخذ في عام {year}",
  "mean.adoptedSession": "اتُّخذ في الدورة {nWordsOblique} {organ}",
  "mean.adoptedSpecial":
    "اتُّخذ في {kind, select, emergency {الدورة الاستثنائية الطارئة} other {الدورة الاستثنائية}} {nWordsOblique} {organ}",
  "mean.generalText": "{texts} {body}",
  "mean.generalTextNumber": "{texts} رقم {n}",
  "mean.viewsSession": "اعتُمد في الدورة {n} {body}",
  "mean.views": "آراء أو قرار بشأن بلاغ فردي",
  "mean.communication": "البلاغ رقم {n}/{year}",
  "mean.registered": "سُجّل البلاغ في عام {year}",
  "mean.stateParty": "الدولة الطرف: {name}",
  "mean.initialReport": "التقرير الأولي",
  "mean.periodicReport": "التقرير الدوري {n}",
  "mean.combinedReports": "التقرير الجامع للتقارير الدورية من {n} إلى {last}",
  "mean.visitReport": "التقرير عن الزيارة رقم {n}",
  "mean.submitted": "{reports} المقدم من الدولة الطرف",
  "mean.issuedOn":
    "{type, select, CO {ملاحظات ختامية بشأن التقرير} Q {قائمة مسائل بشأن التقرير} other {قائمة مسائل سابقة لتقديم التقرير}}",
  "mean.citationBody":
    "{body, select, ga {الجمعية العامة} ecosoc {المجلس الاقتصادي والاجتماعي} other {لجنة منع الجريمة والعدالة الجنائية}}",
  "mean.citationKind": "{kind, select, resolution {قرار} other {مقرر}}",
  "mean.citationSession": "الدورة {nWords}",
  "mean.citationNumber": "الرقم {n}",
  citation:
    "{kind, select, resolution {قرار} other {مقرر}} {bodyId, select, ga {الجمعية العامة} ecosoc {المجلس الاقتصادي والاجتماعي} other {لجنة منع الجريمة والعدالة الجنائية}} {number}",
  "citation.empty": "الإشارة فارغة",
  "citation.noBody": "لا تسمي الإشارة أي هيئة",
  "citation.unknownBody": "«{text}» ليست هيئة يمكن الإشارة إلى قراراتها هنا",
  "citation.leadingZero": "«{digits}» يبدأ بصفر",
  "citation.tooLong": "«{digits}» رقم أطول مما ينبغي",
  "citation.numberMissing": "الرقم ناقص",
  "citation.notNumber": "«{text}» ليس رقم قرار أو مقرر",
  "citation.councilByYear":
    "يرقّم المجلس الاقتصادي والاجتماعي {kind, select, resolution {قراراته} other {مقرراته}} حسب السنة، و«{text}» ليست سنة من أربعة أرقام",
  "citation.councilTooEarly":
    "السنة {year} مبكرة أكثر مما ينبغي: لا يرقّم المجلس الاقتصادي والاجتماعي {kind, select, resolution {قراراته} other {مقرراته}} حسب السنة إلا منذ عام {first}",
  "citation.commissionBySession":
    "ترقّم لجنة منع الجريمة والعدالة الجنائية {kind, select, resolution {قراراتها} other {مقرراتها}} حسب الدورة، و{session} يبدو سنة",
  "citation.assemblyTooEarly":
    "الدورة {session} مبكرة أكثر مما ينبغي: لا ترقّم الجمعية العامة {kind, select, resolution {قراراتها} other {مقرراتها}} حسب الدورة إلا منذ دورتها الحادية والثلاثين (1976)",
  "citation.chineseEnd": "تنتهي الإشارة الصينية بـ 决议 (قرار) أو 决定 (مقرر)",
  "citation.chineseNumber": "الرقم غير مكتوب بصيغة 第…号",
  "citation.kindMissing": "تذكر الإشارة قبل رقمها ما إذا كانت قراراً أو مقرراً",
  "citation.overlong": "للإشارة {max} حرفاً على الأكثر، وفي هذا النص {length}",
  "citation.hint.noBody": "سمّ الهيئة، كما في CCPCJ decision 18/1، أو مرّر defaultBodyId حين يحددها السياق.",
  "citation.hint.bodies":
    "المتوقع: الجمعية العامة (GA، 大会) أو المجلس الاقتصادي والاجتماعي (ECOSOC، 经济及社会理事会) أو لجنة منع الجريمة والعدالة الجنائية (CCPCJ، 预防犯罪和刑事司法委员会).",
  "citation.hint.leadingZero": "تكتب الأرقام بلا أصفار في أولها وتبدأ من 1.",
  "citation.hint.number": "اكتب الدورة/الرقم أو السنة/الرقم، كما في 22/8 أو 2010/243.",
  "citation.noSymbolDecision":
    "ليس لـ{citation} رمز وثيقة خاص به: لا تصدر مقررات {body} وثائق مستقلة؛ أشر إلى المقرر نفسه",
  "citation.noSymbolCommission":
    "ليس لـ{citation} رمز وثيقة خاص به: تنشر قرارات اللجنة في تقرير دورتها؛ أشر إلى القرار نفسه",
  "citation.error": "«{input}» ليست إشارة صحيحة: عند الحرف {offset} ({where})، {reason}.",
  "repair.foldedFullWidth": "حوّل الأشكال كاملة العرض إلى ASCII",
  "repair.removedBlanks": "حذف مسافات",
  "repair.addedDot": "أضاف النقطة قبل الرقم",
  "repair.case": "كتب الحروف بحالة الرمز",
  "repair.oneForm": "كتب العنصر بصيغته المكتوبة الوحيدة",
  "repair.blanksAround": "حذف المسافات حول الرمز",
  "repair.strayText": "حذف نصاً زائداً",
  "repair.blanksBesideSlash": "حذف المسافات بجانب الشرطة المائلة",
  "repair.jointHyphen": "حذف المسافات بجانب الواصلة التي تربط رمزي الهيئتين",
  "repair.plainSlash": "كتب الفاصل شرطة مائلة بسيطة",
  "repair.yearOfAdoption": "كتب سنة الاعتماد بصيغة « (yyyy)»",
  "repair.sessionOfAdoption":
    "كتب دورة الاعتماد بصيغتها المكتوبة: أرقام رومانية كبيرة بعد مسافة، كما في « (LXI)» أو « A (XXI)»",
  "repair.partsAfterNumber": "كتب أجزاء القرار بصيغتها المكتوبة: بعد مسافة واحدة، كما في « A» أو « A-C»",
  "repair.reissueMark": "كتب علامة إعادة الإصدار بعد الرمز مباشرة",
};
