import type { RuleCatalog } from "./RuleSlots";

/** The rules in Arabic, as a reader of UN documents in Arabic writes them. */
export const ARABIC_RULES: RuleCatalog = {
  language: "ar",
  messages: {
    "activity.partOfItself": "لا يمكن أن يكون النشاط جزءاً من نفسه",
    "activity.overlapsItself": "أرقام النشاط تتداخل دائماً مع أرقامه هو: لا تذكر إلا أنشطة أخرى",
    "activity.overlapsWhole": "الكل الذي يشكّل النشاط جزءاً منه يتداخل معه حتماً: اذكره في partOf فقط",
    "activity.placeTwice": "مكان مذكور مرتين بالدور نفسه",
    "activity.topicTwice": "موضوع مذكور مرتين",
    "activity.languageTwice": "لغة مذكورة مرتين",
    "activity.audienceTwice": "فئة مستهدفة مذكورة مرتين",
    "activity.mandateTwice": "ولاية مذكورة مرتين",
    "list.activityTwice": "نشاط مذكور مرتين",
    "text.noLanguage": "يجب أن يوجد النص المترجم بلغة واحدة على الأقل من اللغات ar وzh وen وfr وru وes",
    "share.sameUnit": "يجب أن يعدّ البسط والمقام الوحدة نفسها",
    "share.wholeNotPositive": "تتطلب النسبة مجموعاً أكبر من الصفر",
    "share.partOverWhole": "الجزء أكبر من المجموع",
    "share.percentOver100": "لا تتجاوز النسبة المئوية 100",
    "share.percentWithUnit": "النسبة المئوية لا وحدة لها ولا مضاعِف",
    "observation.ageBandForm": "تُكتب الفئة العمرية «9-12» (العمر الأصغر أولاً) أو «18+»",
    "observation.dimensionTwice": "بُعد من أبعاد التصنيف مذكور مرتين",
    "coverage.countryTwice": "بلد مذكور مرتين؛ اذكر كل بلد مرة واحدة",
    "coverage.countUnit": "وحدة عدد البلدان هي «country» (أو لا وحدة)",
    "coverage.countWhole": "عدد البلدان عدد صحيح",
    "coverage.countBelowNamed": "هذا العدد أصغر من عدد البلدان المذكورة بأسمائها",
    "coverage.regionTwice": "منطقة من مناطق M49 مذكورة مرتين؛ اذكر كل منطقة مرة واحدة",
    "coverage.namedRegionListed": "منطقة مذكورة باسمها تقابل منطقة من مناطق M49 مذكورة أيضاً: أبقِ على واحدة منهما",
    "indicator.distinctCountUnit": "مؤشر العدّ المتمايز يعدّ البلدان: وحدته «country»",
    "quantity.strictQualifier": "لا ينطبق strict («أكثر من»، «أقل من») إلا على الوصفين atLeast وatMost",
    "country.notUpperCase":
      "«{code}» ليس مكتوباً بأحرف كبيرة: اكتب «{upper}» (تُكتب رموز ISO 3166-1 alpha-3 بأحرف كبيرة)",
    "country.unknown": "«{code}» ليس رمزاً من رموز ISO 3166-1 alpha-3 المعروفة في معيار M49 للأمم المتحدة",
    "country.form":
      "«{code}» ليس رمزاً من رموز ISO 3166-1 alpha-3 المعروفة في معيار M49 للأمم المتحدة: المتوقع ثلاثة أحرف كبيرة، مثل «SLV»",
    "region.form": "«{code}» ليس رمز منطقة في معيار M49 للأمم المتحدة: المتوقع ثلاثة أرقام، مثل «419»",
    "region.unknown": "«{code}» ليس رمز منطقة في معيار M49 للأمم المتحدة",
    "region.isCountry": "«{code}» يدل على بلد أو منطقة، لا على إقليم: استخدم رمزه الثلاثي «{alpha3}» بوصفه بلداً",
    "body.ownParent": "لا يمكن أن تكون الهيئة «{body}» الهيئة الأم لنفسها",
    "body.citationNumbering":
      "يُستشهد بـ«{body}» {numbering, select, by-year {بالسنة (2010/243)} other {بالدورة (74/173، 22/8)}}: يجب أن تكون قيمة sessionNumbering «{numbering}»",
    "body.organNumbering":
      "الوثائق ذات البادئة «{prefix}» مرقّمة {numbering, select, by-year {بالسنة} other {بالدورة}}، ولذا يجب أن تكون قيمة sessionNumbering «{numbering}»",
    "question.pointTwice": "في السؤال {paragraph}({letter}) تَرِد النقطة ({numeral}) مرتين",
    "questionGroup.questionTwice": "في مجموعة الأسئلة {group} يَرِد السؤال ({letter}) مرتين",
    "discussion.timerBeyondList":
      "يعطي المؤقت الكلمة للبند {current}، لكن قائمة المتكلمين لا تبلغه (عدد البنود: {count}، والترقيم يبدأ من 0)",
    "discussion.subTopicTwice": "الموضوع الفرعي ({letter}) يَرِد مرتين في {discussion}",
    "discussion.groupTwice": "مجموعة الأسئلة {group} تَرِد مرتين في {discussion}",
    "discussion.unlistedSubTopic":
      "مجموعة الأسئلة {group} تتناول الموضوع الفرعي {subTopic} الذي لا يذكره {discussion}؛ اربطها بأحد مواضيعه الفرعية في subTopics",
    "subTopic.partTwice": "في الموضوع الفرعي ({letter}) يَرِد الجزء ({numeral}) مرتين",
    "subTopic.approvedBeforeRecommended": "لا يمكن إقرار المواضيع الفرعية قبل التوصية بها",
    "chairSummary.textOrSymbol": "يتطلب موجز الرئيس نصه أو رمز وثيقته أو كليهما",
    "guide.issueTwice": "يذكر الدليل {guide} صيغته باللغة {language} مرتين",
    "guide.languageTwice": "الدليل {guide}: اللغة {language} مذكورة مرتين، أو مذكورة بوصفها صادرة وغير صادرة معاً",
    "speakers.advanceKeynoteOnly": "لا تُوزَّع مسبقاً إلا العروض الرئيسية؛ احذف distributedInAdvance من المداخلة",
    "sessionDates.durationMismatch": "قيمة durationDays لا تطابق اليوم الأول واليوم الأخير من الفترة",
    "sessionDates.noBound": "يتطلب الحد notBefore أو notAfter أو كليهما؛ استخدم النوع «unknown» إن لم يوجد أي منهما",
    "sessionDates.boundsReversed": "notBefore يقع بعد notAfter",
    "schedule.formatNoteWithoutFormat": "formatNote يصف شكل الاجتماع: حدِّد format أيضاً",
    "agenda.documentSymbolOrTitle": "تتطلب وثيقة جدول الأعمال رمزاً أو عنواناً أو كليهما",
    "agenda.itemLikeSubItem": "البند «{number}» مرقّم كبند فرعي؛ ضعه ضمن subItems للبند {item}",
    "agenda.itemTwice": "البند {item} يَرِد مرتين في جدول الأعمال {agenda}",
    "agenda.subItemNumbering": "يجب أن يُرقَّم البند الفرعي «{number}» من البند {item} هكذا: «{item}(a)»، «{item}(b)»، …",
    "agenda.subItemTwice": "البند الفرعي {number} يَرِد مرتين تحت البند {item}",
    "session.needsNumber": "الدورة {session} موصوفة بأنها «session» وتتطلب رقمها (20 للدورة العشرين)",
    "session.historyVenue":
      "سجل الجدول الزمني منقطع عند التغيير {change}: فقد نقل الدورة إلى {moved}، لكن {next, select, none {الجدول الزمني الحالي} other {مكان الانطلاق في التغيير {next}}} يذكر {said}",
    "session.historyDates":
      "سجل الجدول الزمني منقطع عند التغيير {change}: فقد حدّد موعد الدورة في {moved}، لكن {next, select, none {الجدول الزمني الحالي يذكر} other {مواعيد الانطلاق في التغيير {next} تذكر}} {said}",
    "scheduleChange.postponedEarlier":
      "لا يجوز أن يؤدي التأجيل إلى تقديم موعد الدورة (المواعيد السابقة: {from}؛ المواعيد الجديدة: {to})؛ استخدم «brought-forward»",
    "scheduleChange.broughtForwardLater":
      "لا يجوز أن يؤدي تقديم الموعد إلى تأخير الدورة (المواعيد السابقة: {from}؛ المواعيد الجديدة: {to})؛ استخدم «postponement»",
    "scheduleChange.datesSetOutside":
      "المواعيد المحدَّدة ({to}) تقع خارج ما تقرَّر سابقاً ({from})؛ استخدم «postponement» أو «brought-forward»",
    "instrument.ownParent": "{instrument} يذكر نفسه صكاً أماً: الصك الأم للبروتوكول هو الاتفاقية التي يكمّلها",
    "instrument.beforeAdoption":
      "{instrument} {event, select, openedForSignatureOn {يُفتح باب التوقيع عليه} other {يبدأ نفاذه}} في {date}، قبل اعتماده ({adopted})",
    "instrument.forceBeforeSignature": "{instrument} يبدأ نفاذه في {inForce}، قبل أن يُفتح باب التوقيع عليه في {opened}",
    "instrument.countTwice":
      "لدى {instrument} عددان {measure, select, parties {للأطراف} ratifications {للتصديقات} other {للدول الموقّعة}} في {asOf}: أبقِ على واحد منهما أو حدّد تاريخيهما بدقة أكبر",
    "parties.countWhole": "عدد الأطراف عدد صحيح من الدول، صفر أو أكثر",
    "deferral.laterSession": "التأجيل ينقل التقرير إلى دورة لاحقة: يجب أن تكون قيمة toSession أكبر من fromSession",
    "deferral.startsWhereDue":
      "التأجيل {deferral} يبدأ من الدورة {from}، لكن التقرير كان مطلوباً حينئذ في الدورة {due}: يبدأ كل تأجيل من الدورة التي كان التقرير مطلوباً فيها",
    "obligation.deferredWithoutDeferral": "الحالة «deferred» لكن لم يُسجَّل أي تأجيل: أضف التأجيل أو استخدم «pending»",
    "obligation.issuedNotSubmitted": "صدر التقرير بالرمز {symbol}، ولذا يجب أن تكون حالته «submitted» لا «{status}»",
    "provision.needsAddressee":
      "الفقرة من المنطوق موجّهة إلى جهة ما: اذكر جهة واحدة على الأقل (لا يجوز خلوّها من جهة إلا للإجراءات {actions} التي تقوم بها الهيئة المعتمِدة نفسها)",
    "mandate.inferredWithoutStatus":
      "{mandate}: statusInferred يفسّر حالة، لكن الولاية بلا حالة: حدِّد status أو احذف statusInferred",
    "mandate.needsSymbol":
      "{mandate}: {kind, select, resolution {يتطلب القرار} decision {يتطلب المقرر} other {يتطلب الصك}} رمزه («A/RES/74/173») أو إحالته («GA decision 74/567»)",
    "mandate.needsAdoptingBody":
      "{mandate}: {kind, select, resolution {القرار تعتمده} decision {المقرر تعتمده} other {الصك تعتمده}} الهيئة التي يسمّيها رمزه أو إحالته؛ حدِّد adoptingBodyId («ga» أو «ecosoc» أو «ccpcj»)",
    "mandate.obligationIdTwice":
      "{mandate}: معرِّف التزام تقديم التقرير «{obligation}» مستخدم مرتين؛ أعطِ كل تقرير معرّفاً خاصاً به",
    "mandate.lineageToItself": "{mandate} يحيل إلى نفسه ({relation}): التسلسل يشير إلى ولاية سابقة ومختلفة",
    "period.endBeforeStart": "لا يمكن أن تنتهي الفترة قبل أن تبدأ",
    "date.noSuchDay": "لا يوجد هذا اليوم في ذلك الشهر",
    "format.languageCode": "المتوقع رمز لغة وفق ISO 639-1، مثل «en» أو «pt»",
    "format.unit": "المتوقع وحدة بصيغة المفرد وبأحرف صغيرة، مثل «person» أو «case»",
    "format.letter": "المتوقع حرف صغير واحد، مثل «a» لـ«(a)»",
    "format.romanNumeral": "المتوقع رقم روماني بأحرف صغيرة، مثل «i» أو «iv» أو «x»",
    "format.recordId": "المتوقع معرِّف بأحرف صغيرة (أحرف وأرقام و«.» و«-»)",
    "format.citedPart":
      "اكتب {part, select, article {رقم المادة} paragraph {الفقرة} other {الفقرة الفرعية}} بلا أقواس ولا مسافات حولها: «h» لا «(h)»",
    "format.date": "المتوقع تاريخ بالشكل YYYY أو YYYY-MM أو YYYY-MM-DD",
  },
};
