import type { FindingCatalog } from "./FindingSlots";

/** The findings of decision 18/1 in Russian. */
export const RUSSIAN_FINDINGS: FindingCatalog = {
  language: "ru",
  messages: {
    "nomination.none":
      "выдвижения кандидатур не записаны; внесите их в panel.nominations с датами, чтобы сверить со сроком: {due}",
    "nomination.noDate": "{who}: дата не указана; запишите дату «on», чтобы сверить её со сроком: {due}",
    "nomination.onTime": "{who}: выдвижение {on}, не позднее срока: {due}",
    "nomination.late":
      "{who}: выдвижение {on}, позже срока: {due}; решение 18/1 настоятельно призывает выдвигать кандидатуры не менее чем за два месяца до сессии",
    "nomination.undetermined":
      "{who}: выдвижение {on} нельзя сверить со сроком ({due}); запишите обе даты с точностью до дня",
    "election.none":
      "дата избрания группы экспертов не записана; укажите panel.electedOn, чтобы сверить её со сроком: {due}",
    "election.onTime": "члены группы экспертов избраны {on}, не позднее срока: {due}",
    "election.late":
      "члены группы экспертов избраны {on}, позже срока: {due}; по решению 18/1 их избирают за месяц до сессии",
    "election.undetermined": "избрание {on} нельзя сверить со сроком ({due}); запишите обе даты с точностью до дня",
    "podium.none": "места в президиуме не записаны; внесите места региональных групп в panel.podiumSeats",
    "podium.ok": "пять мест в президиуме, по одному для каждой региональной группы",
    "podium.violation":
      "в президиуме мест региональных групп: {seats}; {problems}; решение 18/1 отводит каждой из пяти региональных групп одно из пяти мест",
    "experts.none": "независимые эксперты не записаны, поэтому о региональном балансе судить нельзя",
    "experts.unplaced":
      "у независимых экспертов {experts} не указана региональная группа; укажите regionalGroup для каждого эксперта, чтобы судить о региональном балансе",
    "experts.single": "один независимый эксперт ({group}) не позволяет судить о региональном балансе",
    "experts.oneGroup":
      "все независимые эксперты ({count}) относятся к одной группе: {group}; решение 18/1 требует учитывать региональные факторы при их приглашении",
    "experts.ok": "независимые эксперты ({count}) относятся к разным региональным группам ({groupCount}): {groups}",
    "limit.none":
      "в списке ораторов не записано ни {noun, select, keynote {одного выступления основного докладчика} other {одного выступления}}; нечего сверять с лимитом {bound}",
    "limit.noDuration": "{who}: продолжительность не записана; укажите usedSeconds, чтобы проверить лимит {bound}",
    "limit.over":
      "{who}: {basis, select, used {длилось} other {запланировано на}} {time}, что превышает лимит {bound} на {excess} с",
    "limit.within": "{who}: {basis, select, used {длилось} other {запланировано на}} {time}, в пределах лимита {bound}",
    "distribution.none":
      "в списке ораторов не записано ни одного выступления основного докладчика, поэтому нельзя проверить его заблаговременное распространение",
    "distribution.ok": "{who}: текст распространён заблаговременно",
    "distribution.violation":
      "{who}: текст не распространён заблаговременно, хотя решение 18/1 призывает к этому членов группы экспертов",
    "distribution.unknown":
      "{who}: не записано, был ли текст распространён заблаговременно; укажите distributedInAdvance",
    "guide.none":
      "руководство для обсуждения не записано; запишите его условное обозначение и даты выпуска, чтобы сверить их со сроком: {due}",
    "guide.violation":
      "руководство для обсуждения {guide}: {problems}; на всех шести языках оно должно выйти не позднее срока: {due}",
    "guide.unknown":
      "руководство для обсуждения {guide}: выпуск на языках ({languages}) не записан с точностью до дня или не записан вовсе; укажите guide.issued с датами, чтобы сверить их со сроком: {due}",
    "guide.ok": "руководство для обсуждения {guide} выпущено на всех шести языках не позднее срока: {due}",
    "guide.notIssuedIn": "не выпущено на языках: {languages}",
    "guide.lateIn": "выпущено с опозданием: {issues}",
    "guide.issuedOn": "{language} — {on}",
    "guide.notKnownFor": "нет сведений о языках: {languages}",
    "podium.noSeat": "нет места для групп: {groups}",
    "podium.seatsFor": "{group}: мест {count}",
    "who.nomination": "кандидатура {index} (выдвинута: {by})",
    "who.nominationOf": "кандидатура {index} ({nominee}, выдвинута: {by})",
    "by.state": "{country}",
    "by.group": "{group}",
    "who.speaker":
      "{noun, select, keynote {выступление основного докладчика} other {выступление}} в speakersList[{index}]",
    "who.speakerNamed":
      "{noun, select, keynote {выступление основного докладчика} other {выступление}} в speakersList[{index}] ({speaker})",
    "who.speakerOfGroup":
      "{noun, select, keynote {выступление основного докладчика} other {выступление}} в speakersList[{index}] (оратор от группы: {group})",
    "seconds.whole": "{seconds} с ({min} мин)",
    "seconds.part": "{seconds} с ({min} мин {sec} с)",
    "due.known": "{when}, за {span, select, one {один месяц} other {два месяца}} до того, как {opening}",
    "due.unknown": "срок неизвестен, за {span, select, one {один месяц} other {два месяца}} до того, как {opening}",
    "window.day": "{day}",
    "window.between": "между {from} и {to}",
    "window.noLaterThan": "не позднее {day}",
    "window.noEarlierThan": "не ранее {day}",
    "opening.on": "сессия открывается {when}",
    "opening.within": "сессия открывается ({when})",
    "opening.notKnown": "сессия открывается (дата открытия неизвестна: {dates})",
    "opening.otherSession":
      "сессия открывается (неизвестно: указанная сессия {given} не является сессией этого обсуждения {own})",
    "group.african": "Группа африканских государств",
    "group.asia-pacific": "Группа азиатско-тихоокеанских государств",
    "group.eastern-european": "Группа восточноевропейских государств",
    "group.latin-american-caribbean": "Группа государств Латинской Америки и Карибского бассейна",
    "group.western-european-other": "Группа западноевропейских и других государств",
    "language.ar": "арабский",
    "language.zh": "китайский",
    "language.en": "английский",
    "language.fr": "французский",
    "language.ru": "русский",
    "language.es": "испанский",
    "list.comma": ", ",
    "list.semicolon": "; ",
  },
};
