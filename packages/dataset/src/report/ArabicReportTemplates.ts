import { ARABIC_FORMAT } from "@remit/core";
import type { ReportTemplateSet } from "@remit/core";

/**
 * The Arabic templates of the report on technical assistance against cybercrime, worded by
 * Remit in the register of UN Arabic ("المكتب" for UNODC after its full name, "الاستغلال
 * والانتهاك الجنسيين للأطفال عبر الإنترنت", "في دورتها التاسعة والعشرين"). A noun after a
 * count takes the form Arabic grammar gives that count, chosen by plural choices: 3–10 a
 * plural ("5 بلدان"), 11–99 an accusative singular ("64 بلداً"), 100 and up a genitive
 * singular ("1,000 معلم").
 */
export const ARABIC_REPORT_TEMPLATES: ReportTemplateSet = {
  language: "ar",
  headings: {
    introduction: "مقدِّمة",
    "introduction.mandate": "ولاية المكتب في مجال الجريمة السيبرانية",
    developments: "المستجدات والتقدُّم المحرز والممارسات الجيدة",
    capacity: "الدعم المعياري ودعم بناء القدرات",
    "capacity.forensics": "التحقيق في الجرائم السيبرانية والتحليل الجنائي الرقمي",
    "capacity.crypto": "التحقيقات المتعلقة بالعملات المشفَّرة والشبكة الخفية",
    "capacity.ocsea": "الاستغلال والانتهاك الجنسيان للأطفال عبر الإنترنت",
    "capacity.evidence": "التعاون الدولي في مجال الأدلة الإلكترونية",
    sharing: "تبادل المعلومات",
    research: "البحوث والتحليلات",
    prevention: "الوقاية",
    "expert-group": "فريق الخبراء المعني بإجراء دراسة شاملة عن الجريمة السيبرانية",
  },
  sentences: {
    "summary.mandate": [
      "أعدَّ الأمين العام هذا التقرير عملاً ب{mandate} المعنون ”{mandate.title}“، الذي طلبت فيه {mandate.body} تقديم تقرير إلى {receiver} في {fromSession, her} عن {subject}.",
      "أعدَّ الأمين العام هذا التقرير عملاً ب{mandate}، الذي طلبت فيه {mandate.body} تقديم تقرير إلى {receiver} في {fromSession, her} عن {subject}.",
      "أعدَّ الأمين العام هذا التقرير عملاً ب{mandate}.",
    ],
    "summary.deferral": [
      "ويُقدَّم التقرير إلى {receiver} في {toSession, her}، إذ {reason}.",
      "ويُقدَّم التقرير إلى {receiver} في {toSession, her}.",
    ],
    "summary.scope": [
      "ويستعرض التقرير ما قدَّمه مكتب الأمم المتحدة المعني بالمخدِّرات والجريمة (المكتب) {period, on} من مساعدة تقنية وبناء للقدرات في مجال مكافحة الجريمة السيبرانية، بما في ذلك تبادل المعلومات.",
    ],
    "introduction.chain": [
      "في عام {year}، وجَّهت {mandate.body}، في {mandate.short}، الطلب التالي إلى المكتب: {asks}.",
      "وجَّهت {mandate.body}، في {mandate.short}، الطلب التالي إلى المكتب: {asks}.",
    ],
    "developments.delivery": [
      "واستجابةً لتلك الولايات، قدَّم المكتب إلى الدول الأعضاء، أساساً من خلال {programme}، المساعدة التقنية والدعم في بناء القدرات في مجال الجريمة السيبرانية.",
    ],
    "developments.secretariat": ["واضطلع المكتب أيضاً بمهام أمانة {expertGroup}."],
    "developments.partners": [
      "وخطَّط المكتب لعمله في مكافحة الجريمة السيبرانية ونفَّذه بتعاون وثيق مع شركاء ومحافل رئيسيين قدَّم إليهم المشورة أيضاً، وهم: {partners}.",
    ],
    "developments.support": [
      "وشمل الدعم الذي قدَّمه المكتب إلى الدول الأعضاء {period, on} ما يلي: {titles}. {summary}.",
      "وشمل الدعم الذي قدَّمه المكتب إلى الدول الأعضاء {period, on} ما يلي: {titles}.",
    ],
    "developments.convention": [
      "وتابع المكتب التطورات المتعلقة ب{resolution} المعنون ”{resolution.title}“، الذي قرَّرت فيه {resolution.body}، في جملة أمور، ما يلي: {ask}.",
      "وتابع المكتب التطورات المتعلقة ب{resolution}، الذي قرَّرت فيه {resolution.body}، في جملة أمور، ما يلي: {ask}.",
    ],
    "developments.convene": ["ونصَّ القرار نفسه على أن تقوم اللجنة المخصَّصة بما يلي: {ask}."],
    "schedule.change": [
      "{change.kind, select, postponement {وبسبب {change.reason}، أرجأت الجمعية العامة، ب{change.decision}، الدورة التي كان مقرَّراً عقدها {change.from, on}، وقرَّرت عقدها {change.to, on}.} brought-forward {وقُدِّم موعد الدورة التي كان مقرَّراً عقدها {change.from, on}، لتُعقد {change.to, on}.} other {وفي {change.announced}، أُبلغت الدول الأعضاء بأنَّ الدورة ستُعقد {change.to, on} في {change.venue}.}}",
      "{change.kind, select, postponement {وبموجب {change.decision}، أُرجئت الدورة التي كان مقرَّراً عقدها {change.from, on}، على أن تُعقد {change.to, on}.} brought-forward {وقُدِّم موعد الدورة التي كان مقرَّراً عقدها {change.from, on}، لتُعقد {change.to, on}.} other {وفي {change.announced}، أُبلغت الدول الأعضاء بأنَّ الدورة ستُعقد {change.to, on}.}}",
      "{change.kind, select, postponement {وأُرجئت الدورة التي كان مقرَّراً عقدها {change.from, on}، على أن تُعقد {change.to, on}.} brought-forward {وقُدِّم موعد الدورة التي كان مقرَّراً عقدها {change.from, on}، لتُعقد {change.to, on}.} other {وتقرَّر عقد الدورة {change.to, on}.}}",
    ],
    "developments.committee-work": [
      "ويقدِّم المكتب الدعم إلى اللجنة المخصَّصة؛ وشمل عمله في هذا الصدد {period, on} ما يلي: {titles} ({summary}).",
      "ويقدِّم المكتب الدعم إلى اللجنة المخصَّصة؛ وشمل عمله في هذا الصدد {period, on} ما يلي: {titles}.",
    ],
    "capacity.mentors": [
      "وواصل الموجِّهون المعنيون بالجريمة السيبرانية، الذين يتَّخذون من {countries} مقراً لهم، مساعدة دول مناطقهم على مكافحة الجرائم السيبرانية والجرائم التي تُرتكب بوسائل سيبرانية، وعلى التعامل مع الأدلة الإلكترونية.",
    ],
    "capacity.remote": [
      "و{start, since}، يعمل البرنامج العالمي المعني بالجريمة السيبرانية عن بُعد بالكامل، وقد واصل إسداء المشورة إلى الدول الأعضاء بشأن ما حدَّدته من مواطن ضعف وتحديات.",
    ],
    "capacity.assessment": [
      "وبناءً على طلب {countries}، أجرى المكتب تقييماً شاملاً لقدرات أجهزة إنفاذ القانون والأجهزة القضائية الوطنية على مكافحة الجريمة السيبرانية.",
    ],
    "capacity.strategy": [
      "وفي {countries}، يساعد المكتب على صوغ استراتيجية وإجراءات تشغيل موحَّدة من شأنها أن تعزِّز تحقيقات الشرطة في الجرائم السيبرانية.",
    ],
    "forensics.encourage": ["وشجَّعت {resolution.body}، في {resolution.short}، الدول الأعضاء على ما يلي: {ask}."],
    "forensics.urge": ["وحثَّت {resolution.body}، في القرار نفسه، الدول الأعضاء على ما يلي: {ask}."],
    "forensics.training": [
      "{countries, plural, few {وخلال الفترة المشمولة بالتقرير، درَّب المكتب {trained} من {audiences, gen} من {countries} بلدان في المجالات التالية: {topics}.} many {وخلال الفترة المشمولة بالتقرير، درَّب المكتب {trained} من {audiences, gen} من {countries} بلداً في المجالات التالية: {topics}.} other {وخلال الفترة المشمولة بالتقرير، درَّب المكتب {trained} من {audiences, gen} من {countries} بلد في المجالات التالية: {topics}.}}",
      "وخلال الفترة المشمولة بالتقرير، درَّب المكتب {trained} من {audiences, gen} في المجالات التالية: {topics}.",
    ],
    "crypto.trainers": [
      "وفي {regions}، عزَّز المكتب، باتِّباع نهج تدريب المدرِّبين، قدرات {audiences, gen} العاملين في التحقيقات المتعلقة بالعملات المشفَّرة.",
    ],
    "crypto.advice": [
      "{advised, plural, one {وقدَّم المكتب أيضاً مشورة عملياتية إلى دولة عضو واحدة في تحقيق جنائي معقَّد يتعلق بالعملات المشفَّرة.} other {وقدَّم المكتب أيضاً مشورة عملياتية إلى دول أعضاء (عددها {advised}) في تحقيقات جنائية معقَّدة تتعلق بالعملات المشفَّرة.}}",
    ],
    "crypto.training": [
      "و{period, on}، تلقَّى {trained} من {audiences, gen} في {regions} تدريباً عملياً في المجالات التالية: {topics}.",
      "و{period, on}، تلقَّى {trained} من {audiences, gen} تدريباً عملياً في المجالات التالية: {topics}.",
    ],
    "crypto.working-group": [
      "وعُقد خلال الفترة المشمولة بالتقرير الاجتماع التالي: {titles}. {summary}.",
      "وعُقد خلال الفترة المشمولة بالتقرير الاجتماع التالي: {titles}.",
    ],
    "ocsea.mandate": ["وطلبت {resolution.body}، في {resolution.short}، إلى المكتب ما يلي: {ask}."],
    "ocsea.resources": ["وشجَّعت {resolution.body} أيضاً الدول الأعضاء على ما يلي: {ask}."],
    "ocsea.statistic": ["{indicator}: {value} ({country}، {period})."],
    "ocsea.reporting": [
      "وفي {countries}، تُبلِّغ شركات التكنولوجيا عن حالات الانتهاك {start, since} من خلال آلية يدعمها المكتب.",
    ],
    "ocsea.webinars": [
      "{countries, plural, many {ونظَّم المكتب سلسلة من الحلقات الدراسية الشبكية بشأن {topics} باللغات التالية: {languages}، لفائدة {regions}؛ وشارك فيها {participants} من {audiences, gen} من {countries} بلداً.} other {ونظَّم المكتب سلسلة من الحلقات الدراسية الشبكية بشأن {topics} باللغات التالية: {languages}؛ وبلغ عدد المشاركين فيها {participants}.}}",
      "ونظَّم المكتب سلسلة من الحلقات الدراسية الشبكية بشأن {topics} باللغات التالية: {languages}؛ وبلغ عدد المشاركين فيها {participants}.",
    ],
    "ocsea.course": [
      "{countries, plural, many {وبالتعاون مع {partners}، صمَّم المكتب دورة دراسية إلكترونية تُمنح عنها شهادة دبلوم بشأن {topics}، تُدرَّس باللغات التالية: {languages}، وقدَّمها إلى {trained} من {audiences, gen} من {countries} بلداً.} other {وبالتعاون مع {partners}، صمَّم المكتب دورة دراسية إلكترونية تُمنح عنها شهادة دبلوم بشأن {topics}، وقدَّمها إلى {trained} من {audiences, gen}.}}",
      "وبالتعاون مع {partners}، صمَّم المكتب دورة دراسية إلكترونية تُمنح عنها شهادة دبلوم بشأن {topics}، وقدَّمها إلى {trained} من {audiences, gen}.",
    ],
    "ocsea.conference": [
      "وبالتنسيق مع {partners}، عقد المكتب الاجتماع التالي: {titles}، الذي ناقش فيه المشاركون ({audiences}) المخاطر القائمة والناشئة التي يتعرَّض لها الأطفال على الإنترنت.",
      "وعقد المكتب الاجتماع التالي: {titles}.",
    ],
    "ocsea.teachers": [
      "وفي أمريكا الوسطى، درَّب المكتب، بالتنسيق مع وزارات التعليم والأمانات المعنية بمكافحة الاتجار بالأشخاص في {countries}، {teachers} من المعلمين في مجال الوقاية من الجريمة السيبرانية، مع التركيز على منع الاستغلال والانتهاك الجنسيين للأطفال عبر الإنترنت.",
      "وفي {countries}، درَّب المكتب {teachers} من المعلمين في مجال الوقاية من الجريمة السيبرانية، مع التركيز على منع الاستغلال والانتهاك الجنسيين للأطفال عبر الإنترنت.",
    ],
    "ocsea.victims": [
      "{victims, plural, many {وكنتيجة مباشرة لهذا التدريب، جرى التعرُّف على {victims} ضحية من {victimSex} تتراوح أعمارهن بين {victimAge}، وتوفير الحماية لهن.} other {وكنتيجة مباشرة لهذا التدريب، جرى التعرُّف على ضحايا بلغ عددهم {victims} وتوفير الحماية لهم.}}",
      "وكنتيجة مباشرة لهذا التدريب، جرى التعرُّف على ضحايا بلغ عددهم {victims} وتوفير الحماية لهم.",
    ],
    "ocsea.tool": ["وبالتعاون مع {partners}، أتاح المكتب ل{countries} الوصول المباشر إلى أداة لإدارة القضايا."],
    "ocsea.tool-purpose": ["{summary}."],
    "evidence.training": [
      "وتعاون المكتب مع شركات التكنولوجيا العالمية على تدريب سلطات العدالة الجنائية على كيفية طلب الأدلة الرقمية من تلك الشركات، مع التركيز بوجه خاص على الاستغلال والانتهاك الجنسيين للأطفال عبر الإنترنت؛ وناقش الممارسون وممثلو القطاع الخاص مسائل السياسات والإجراءات والولاية القضائية مع شركات مثل {companies}. واستفاد من هذه المبادرة ما مجموعه {trained} من الممارسين في المجال القضائي من {countries}.",
      "وتعاون المكتب مع شركات التكنولوجيا العالمية على تدريب {trained} من الممارسين في المجال القضائي على كيفية طلب الأدلة الرقمية.",
    ],
    "sharing.repository": [
      "وأعادت {resolution.body}، في {resolution.short}، تأكيد الدور الذي يضطلع به المكتب بموجب {target}، وهو: {ask}.",
    ],
    "sharing.sherloc": [
      "و{period, on}، واصل المكتب إضافة موارد تتعلق بالجريمة السيبرانية إلى بوابة إدارة المعارف التابعة له، المعروفة باسم شيرلوك (SHERLOC).",
    ],
    "sharing.sherloc-holdings": [
      "وفي {asOf}، كانت بوابة شيرلوك تضمُّ من قوانين الجريمة السيبرانية {laws}، ومن قضايا الجرائم السيبرانية أو الجرائم المرتكبة بوسائل سيبرانية {cases}.",
      "وكانت بوابة شيرلوك تضمُّ من قوانين الجريمة السيبرانية {laws}، ومن قضايا الجرائم السيبرانية أو الجرائم المرتكبة بوسائل سيبرانية {cases}.",
    ],
    "sharing.social": [
      "ونشر المكتب على وسائل التواصل الاجتماعي معلومات تتعلق بالفضاء السيبراني من أجل التوعية وتشجيع الوقاية، وبلغ عدد مرات ظهورها {impressions}.",
    ],
    "research.publication": [
      "و{period, on}، نشر المكتب تقريراً بعنوان ”{titles}“. {summary}.",
      "و{period, on}، نشر المكتب تقريراً بعنوان ”{titles}“.",
    ],
    "prevention.awareness": [
      "وأتاح نقل التدريب إلى الإنترنت للمكتب الوصول بأنشطة الوقاية من الجريمة السيبرانية إلى عدد أكبر من الفئات التالية: {audiences}؛ وبلغ عدد من وصلت إليهم أنشطة التوعية في {regions} {reached} شخص.",
      "وبلغ عدد من وصلت إليهم أنشطة التوعية {reached} شخص.",
    ],
    "prevention.campaigns": [
      "وأطلق المكتب حملات للوقاية من الجريمة السيبرانية موجَّهة إلى الفئات التالية: {audiences}، على وسائل التواصل الاجتماعي وفي التلفزيون في {regions}، وكذلك في {countries}.",
      "وأطلق المكتب حملات للوقاية من الجريمة السيبرانية موجَّهة إلى الفئات التالية: {audiences}، على وسائل التواصل الاجتماعي وفي التلفزيون في {regions}.",
    ],
    "prevention.campaign-languages": [
      "وفي {region}، نُظِّمت الحملات على وسائل التواصل الاجتماعي باللغات التالية: {languages}.",
    ],
    "prevention.television": ["وفي {countries}، بُثَّت الحملات على التلفزيون الوطني."],
    "prevention.campaign-views": [
      "وفي {countries}، أُطلقت الحملة المعنونة ”{titles}“ بالتعاون مع {partners}، وبلغ عدد مشاهداتها {views}.",
      "وبلغ عدد مشاهدات الحملة المعنونة ”{titles}“ {views}.",
    ],
    "prevention.incident": [
      "وفي {countries}، وضع المكتب بروتوكولاً للتصدي للحوادث السيبرانية أثناء الدروس الإلكترونية، ودرَّب على تطبيقه {trained} من {audiences, gen}.",
    ],
    "expert.mandate": ["ويدعم المكتب عمل {expertGroup} بتقديم الخدمات الفنية وخدمات الأمانة إليه."],
    "expert.establishment": [
      "وقد أنشأت اللجنةُ الفريقَ عملاً ب{lineage}، الذي أيَّدت فيه {lineage.body} {lineage.endorsed}؛ ثم حدَّث {lineage.update}، الذي أُيِّد في {lineage.updateEndorsedBy}، تلك الولاية.",
      "وقد أنشأت اللجنةُ الفريقَ عملاً ب{lineage}، الذي أيَّدت فيه {lineage.body} {lineage.endorsed}.",
    ],
    "expert.meetings": [
      "{meetings, plural, few {وعقد فريق الخبراء {meetings} اجتماعات، في الأعوام {years}.} many {وعقد فريق الخبراء {meetings} اجتماعاً، في الأعوام {years}.} other {وبلغ عدد الاجتماعات التي عقدها فريق الخبراء {meetings}، في الأعوام {years}.}}",
    ],
    "expert.continuation": [
      "وطلبت {resolution.body}، في {resolution.short}، إلى الفريق ما يلي: {continueAsk}؛ وقرَّرت ما يلي: {decideAsk}؛ وشجَّعته على ما يلي: {encourageAsk}.",
      "وطلبت {resolution.body}، في {resolution.short}، إلى الفريق ما يلي: {continueAsk}.",
    ],
    "expert.next": ["ومن المقرَّر أن يُعقد اجتماعه {next.ordinal} {next, on}."],
    "expert.postponed": [
      "وكان من المقرَّر عقد الاجتماع {meeting.ordinal} للفريق {meeting.planned, on}، لكنه أُرجئ {meeting.reason}؛ وعُقد {meeting.held, on} بصيغة {meeting.format}: {meeting.formatNote}.",
      "وكان من المقرَّر عقد الاجتماع {meeting.ordinal} للفريق {meeting.planned, on}، وعُقد {meeting.held, on} بصيغة {meeting.format}.",
    ],
  },
  statistics: {
    "share-of-cases-involving-ocsea": [
      "{breakdown.case-status.value, select, investigated {و{period, on}، حقَّقت وحدة مكافحة الجريمة السيبرانية في {country} في قضايا تتعلق ب{breakdown.crime-type} بلغ عددها {share.whole}، كان {share} منها يتعلق بالاستغلال والانتهاك الجنسيين للأطفال عبر الإنترنت.} other {وفي {country}، تعلَّق {share} من القضايا التي جرى تناولها {period, on}، وعددها {share.whole}، بالاستغلال والانتهاك الجنسيين للأطفال عبر الإنترنت.}}",
      "وفي {country}، تعلَّق {share} من القضايا التي جرى تناولها {period, on}، وعددها {share.whole}، بالاستغلال والانتهاك الجنسيين للأطفال عبر الإنترنت.",
      "{period.kind, select, by {وفي {country}، بلغت حصة التحقيقات المتعلقة بالاستغلال والانتهاك الجنسيين للأطفال عبر الإنترنت {share} من القضايا بحلول عام {period}.} other {وفي {country}، تعلَّق {share} من القضايا المسجَّلة {period, on} بالاستغلال والانتهاك الجنسيين للأطفال عبر الإنترنت.}}",
      "وفي {country}، تعلَّق {share} من القضايا المسجَّلة {period, on} بالاستغلال والانتهاك الجنسيين للأطفال عبر الإنترنت.",
    ],
    "share-of-cases-involving-online-sexual-exploitation-of-women": [
      "وفي {country}، تعلَّق {share} من القضايا المسجَّلة {period, on}، وعددها {share.whole}، بالاستغلال والانتهاك الجنسيين للنساء عبر الإنترنت.",
      "وفي {country}، تعلَّق {share} من القضايا المسجَّلة {period, on} بالاستغلال والانتهاك الجنسيين للنساء عبر الإنترنت.",
    ],
    "share-of-ocsea-child-victims-who-are-girls": [
      "وفي {country}، كانت {share.part} من كل {share.whole} من الأطفال ضحايا الاستغلال والانتهاك الجنسيين عبر الإنترنت {period, on} من الفتيات.",
    ],
  },
  labels: {
    reportBy: "تقرير الأمين العام",
    summary: "موجز",
    figures: "الأرقام الواردة في هذا التقرير",
    paragraph: "الفقرة",
    figure: "الرقم",
    value: "القيمة",
    sources: "المصادر",
    notes: "الحواشي",
    records: "السجلات التي حُسب منها الرقم",
    symbolPending: "لم يُذكر رمز الوثيقة في المصدر",
    paragraphsOf: "الفقرة {n}",
    paragraphsOfMany: "الفقرات {n}",
    // Arabic has a dual: two paragraphs are «الفقرتان», not «الفقرات».
    paragraphsOfTwo: "الفقرتان {n}",
  },
  words: {
    reportOfTheSecretaryGeneral: "تقرير الأمين العام",
    sessionFormats: { "in-person": "حضورية", hybrid: "مختلطة", online: "افتراضية", reduced: "مصغَّرة" },
    sexes: { female: "الإناث", male: "الذكور" },
    breakdowns: { "sexual-and-financial": "جرائم جنسية ومالية", investigated: "قيد التحقيق" },
    bodies: {
      ga: "الجمعية العامة",
      ecosoc: "المجلس الاقتصادي والاجتماعي",
      ccpcj: "لجنة منع الجريمة والعدالة الجنائية",
      "crime-congress": "مؤتمر الأمم المتحدة لمنع الجريمة والعدالة الجنائية",
      "eg-cybercrime": "فريق الخبراء المعني بإجراء دراسة شاملة عن الجريمة السيبرانية",
      "ahc-cybercrime":
        "اللجنة المخصَّصة لوضع اتفاقية دولية شاملة بشأن مكافحة استخدام تكنولوجيات المعلومات والاتصالات للأغراض الإجرامية",
      unodc: "مكتب الأمم المتحدة المعني بالمخدِّرات والجريمة",
      "unodc-gpc": "البرنامج العالمي المعني بالجريمة السيبرانية",
      "secretary-general": "الأمين العام",
    },
    sentenceSeparator: " ",
    countries: "البلدان",
    activities: "الأنشطة",
    meetings: "الاجتماعات المعقودة",
  },
  format: ARABIC_FORMAT,
};
