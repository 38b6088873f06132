import type { RuleCatalog } from "./RuleSlots";

/** The rules in Russian, as a reader of UN documents in Russian writes them. */
export const RUSSIAN_RULES: RuleCatalog = {
  language: "ru",
  messages: {
    "activity.partOfItself": "мероприятие не может быть частью самого себя",
    "activity.overlapsItself":
      "показатели мероприятия всегда пересекаются с его собственными: укажите только другие мероприятия",
    "activity.overlapsWhole":
      "целое, частью которого является мероприятие, заведомо пересекается с ним: укажите его только в partOf",
    "activity.placeTwice": "место указано дважды с одной и той же ролью",
    "activity.topicTwice": "тема указана дважды",
    "activity.languageTwice": "язык указан дважды",
    "activity.audienceTwice": "целевая аудитория указана дважды",
    "activity.mandateTwice": "мандат указан дважды",
    "list.activityTwice": "мероприятие указано дважды",
    "text.noLanguage": "локализованный текст должен быть хотя бы на одном из языков ar, zh, en, fr, ru, es",
    "share.sameUnit": "числитель и знаменатель должны выражаться в одной единице",
    "share.wholeNotPositive": "для доли нужно целое больше нуля",
    "share.partOverWhole": "часть больше целого",
    "share.percentOver100": "процент не может быть больше 100",
    "share.percentWithUnit": "у процента нет ни единицы, ни множителя",
    "observation.ageBandForm": "возрастная группа записывается как «9-12» (сначала меньший возраст) или «18+»",
    "observation.dimensionTwice": "признак разбивки указан дважды",
    "coverage.countryTwice": "страна названа дважды; называйте каждую страну один раз",
    "coverage.countUnit": "у числа стран единица «country» (или никакой)",
    "coverage.countWhole": "число стран — целое число",
    "coverage.countBelowNamed": "это число меньше числа названных стран",
    "coverage.regionTwice": "регион M49 указан дважды; указывайте каждый регион один раз",
    "coverage.namedRegionListed":
      "названный регион соответствует району M49, который тоже указан: оставьте только один из них",
    "indicator.distinctCountUnit": "показатель числа различных значений считает страны: его единица — «country»",
    "quantity.strictQualifier": "strict («более», «менее») применяется только к определителям atLeast и atMost",
    "country.notUpperCase":
      "«{code}» записан не прописными буквами: пишите «{upper}» (коды ISO 3166-1 alpha-3 пишутся прописными)",
    "country.unknown": "«{code}» не является кодом ISO 3166-1 alpha-3, известным стандарту M49 ООН",
    "country.form":
      "«{code}» не является кодом ISO 3166-1 alpha-3, известным стандарту M49 ООН: ожидаются три прописные буквы, например «SLV»",
    "region.form": "«{code}» не является кодом региона M49 ООН: ожидаются три цифры, например «419»",
    "region.unknown": "«{code}» не является кодом района M49 ООН",
    "region.isCountry":
      "«{code}» обозначает страну или район, а не регион: используйте его код alpha-3 «{alpha3}» как код страны",
    "body.ownParent": "орган «{body}» не может быть собственным вышестоящим органом",
    "body.citationNumbering":
      "«{body}» цитируется {numbering, select, by-year {по году (2010/243)} other {по сессии (74/173, 22/8)}}: sessionNumbering должно быть «{numbering}»",
    "body.organNumbering":
      "документы с префиксом условного обозначения «{prefix}» нумеруются {numbering, select, by-year {по годам} other {по сессиям}}, поэтому sessionNumbering должно быть «{numbering}»",
    "question.pointTwice": "в вопросе {paragraph}({letter}) пункт ({numeral}) встречается дважды",
    "questionGroup.questionTwice": "в группе вопросов {group} вопрос ({letter}) встречается дважды",
    "discussion.timerBeyondList":
      "таймер предоставляет слово записи {current}, но в списке ораторов такой записи нет (число записей: {count}, нумерация с 0)",
    "discussion.subTopicTwice": "подтема ({letter}) встречается в {discussion} дважды",
    "discussion.groupTwice": "группа вопросов {group} встречается в {discussion} дважды",
    "discussion.unlistedSubTopic":
      "группа вопросов {group} относится к подтеме {subTopic}, которой нет в {discussion}; свяжите её с одной из subTopics",
    "subTopic.partTwice": "в подтеме ({letter}) часть ({numeral}) встречается дважды",
    "subTopic.approvedBeforeRecommended": "подтемы не могут быть утверждены раньше, чем рекомендованы",
    "chairSummary.textOrSymbol": "для резюме Председателя нужен его текст, условное обозначение или и то и другое",
    "guide.issueTwice": "в руководстве {guide} его вариант на языке {language} указан дважды",
    "guide.languageTwice":
      "руководство {guide}: язык {language} указан дважды или одновременно как изданный и неизданный",
    "speakers.advanceKeynoteOnly":
      "заранее распространяются только основные доклады; уберите distributedInAdvance у выступления",
    "sessionDates.durationMismatch": "durationDays не совпадает с первым и последним днём периода",
    "sessionDates.noBound": "для границы нужен notBefore, notAfter или оба; если границ нет, используйте вид «unknown»",
    "sessionDates.boundsReversed": "notBefore позже notAfter",
    "schedule.formatNoteWithoutFormat": "formatNote описывает формат: укажите и format",
    "agenda.documentSymbolOrTitle": "для документа повестки дня нужно условное обозначение, название или и то и другое",
    "agenda.itemLikeSubItem": "пункт «{number}» пронумерован как подпункт; поместите его в subItems пункта {item}",
    "agenda.itemTwice": "пункт {item} встречается в повестке дня {agenda} дважды",
    "agenda.subItemNumbering": "подпункт «{number}» пункта {item} должен нумероваться «{item}(a)», «{item}(b)», …",
    "agenda.subItemTwice": "подпункт {number} встречается в пункте {item} дважды",
    "session.needsNumber": "сессия {session} обозначена как «session», и для неё нужен номер (20 для двадцатой сессии)",
    "session.historyVenue":
      "история расписания нарушена на изменении {change}: оно перенесло сессию в {moved}, но {next, select, none {текущее расписание} other {исходное место изменения {next}}} указывает {said}",
    "session.historyDates":
      "история расписания нарушена на изменении {change}: оно назначило сессию на {moved}, но {next, select, none {текущее расписание указывает} other {исходные даты изменения {next} указывают}} {said}",
    "scheduleChange.postponedEarlier":
      "отсрочка не может перенести сессию на более ранний срок (прежние сроки: {from}; новые сроки: {to}); используйте «brought-forward»",
    "scheduleChange.broughtForwardLater":
      "перенос на более ранний срок не может сдвинуть сессию на более поздний срок (прежние сроки: {from}; новые сроки: {to}); используйте «postponement»",
    "scheduleChange.datesSetOutside":
      "установленные сроки ({to}) выходят за пределы ранее принятого решения ({from}); используйте «postponement» или «brought-forward»",
    "instrument.ownParent":
      "{instrument} указывает сам себя как основной документ: основной документ протокола — конвенция, которую он дополняет",
    "instrument.beforeAdoption":
      "{instrument} {event, select, openedForSignatureOn {открывается для подписания} other {вступает в силу}} {date}, до своего принятия ({adopted})",
    "instrument.forceBeforeSignature":
      "{instrument} вступает в силу {inForce}, раньше чем открывается для подписания {opened}",
    "instrument.countTwice":
      "у {instrument} два числа {measure, select, parties {участников} ratifications {ратификаций} other {подписавших государств}} на {asOf}: оставьте одно или уточните даты",
    "parties.countWhole": "число участников — целое число государств, ноль или больше",
    "deferral.laterSession":
      "отсрочка переносит доклад на более позднюю сессию: toSession должно быть больше fromSession",
    "deferral.startsWhereDue":
      "отсрочка {deferral} начинается с сессии {from}, но тогда доклад ожидался на сессии {due}: каждая отсрочка начинается с той сессии, на которой ожидался доклад",
    "obligation.deferredWithoutDeferral":
      "статус «deferred», но отсрочка не записана: добавьте отсрочку или укажите «pending»",
    "obligation.issuedNotSubmitted":
      "доклад издан под условным обозначением {symbol}, поэтому его статус должен быть «submitted», а не «{status}»",
    "provision.needsAddressee":
      "пункт постановляющей части к кому-то обращён: укажите хотя бы одного адресата (без адресата могут быть только действия {actions}, которые выполняет сам принимающий орган)",
    "mandate.inferredWithoutStatus":
      "{mandate}: statusInferred поясняет статус, но у мандата его нет: укажите status или уберите statusInferred",
    "mandate.needsSymbol":
      "{mandate}: для {kind, select, resolution {резолюции} decision {решения} other {акта}} нужно условное обозначение («A/RES/74/173») или ссылка («GA decision 74/567»)",
    "mandate.needsAdoptingBody":
      "{mandate}: {kind, select, resolution {резолюцию принимает} decision {решение принимает} other {акт принимает}} орган, названный в условном обозначении или ссылке; укажите adoptingBodyId («ga», «ecosoc», «ccpcj»)",
    "mandate.obligationIdTwice":
      "{mandate}: идентификатор обязательства представить доклад «{obligation}» использован дважды; дайте каждому докладу свой идентификатор",
    "mandate.lineageToItself":
      "{mandate} ссылается на самого себя ({relation}): преемственность указывает на более ранний и другой мандат",
    "period.endBeforeStart": "период не может закончиться раньше, чем начался",
    "date.noSuchDay": "такого дня в этом месяце нет",
    "format.languageCode": "ожидается код языка ISO 639-1, например «en» или «pt»",
    "format.unit": "ожидается единица в единственном числе строчными буквами, например «person» или «case»",
    "format.letter": "ожидается одна строчная буква, например «a» для «(a)»",
    "format.romanNumeral": "ожидается римская цифра строчными буквами, например «i», «iv» или «x»",
    "format.recordId": "ожидается идентификатор строчными буквами (буквы, цифры, «.» и «-»)",
    "format.citedPart":
      "пишите {part, select, article {номер статьи} paragraph {пункт} other {подпункт}} без скобок и пробелов по краям: «h», а не «(h)»",
    "format.date": "ожидается дата в виде ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД",
  },
};
