import type { ReportTemplateSet } from "@remit/core";
import { RUSSIAN_FORMAT } from "@remit/core";

/**
 * The Russian templates of the report on technical assistance against cybercrime, worded by
 * Remit in the register of UN Russian ("ЮНОДК", "резолюция 74/173 Генеральной Ассамблеи",
 * "на своей двадцать девятой сессии"). Names take the case a sentence needs through
 * `{slot, gen}`, `{slot, dat}`, `{slot, ins}`, `{slot, prep}`; nouns after a count agree with it
 * through plural choices (`{cases, plural, one {дело} few {дела} other {дел}}`: "42 дела").
 */
export const RUSSIAN_REPORT_TEMPLATES: ReportTemplateSet = {
  language: "ru",
  headings: {
    introduction: "Введение",
    "introduction.mandate": "Мандат ЮНОДК в области борьбы с киберпреступностью",
    developments: "Новые события, достигнутый прогресс и передовая практика",
    capacity: "Нормативная поддержка и помощь в наращивании потенциала",
    "capacity.forensics": "Расследование киберпреступлений и цифровая криминалистика",
    "capacity.crypto": "Расследования, связанные с криптовалютами и даркнетом",
    "capacity.ocsea": "Сексуальная эксплуатация детей и надругательства над ними в Интернете",
    "capacity.evidence": "Международное сотрудничество в области электронных доказательств",
    sharing: "Обмен информацией",
    research: "Исследования и анализ",
    prevention: "Предупреждение",
    "expert-group": "Группа экспертов для проведения всестороннего исследования проблемы киберпреступности",
  },
  sentences: {
    "summary.mandate": [
      "Настоящий доклад подготовлен во исполнение {mandate, gen} «{mandate.title}», в которой {mandate.body} просила представить {receiver, dat} на ее {fromSession, prep} доклад по вопросу о {subject}.",
      "Настоящий доклад подготовлен во исполнение {mandate, gen}, в которой {mandate.body} просила представить {receiver, dat} на ее {fromSession, prep} доклад по вопросу о {subject}.",
      "Настоящий доклад подготовлен во исполнение {mandate, gen}.",
    ],
    "summary.deferral": [
      "Он представляется {receiver, dat} на ее {toSession, prep}: {reason}.",
      "Он представляется {receiver, dat} на ее {toSession, prep}.",
    ],
    "summary.scope": [
      "В нем рассматривается техническая помощь и деятельность по наращиванию потенциала в области борьбы с киберпреступностью, включая обмен информацией, которые ЮНОДК осуществляло {period, on}.",
    ],
    "introduction.chain": [
      "В {year} году в своей {mandate.short, prep} {mandate.body} обратилась к ЮНОДК со следующей просьбой: {asks}.",
      "В своей {mandate.short, prep} {mandate.body} обратилась к ЮНОДК со следующей просьбой: {asks}.",
    ],
    "developments.delivery": [
      "Во исполнение этих мандатов ЮНОДК, главным образом в рамках {programme, gen}, оказывало государствам-членам техническую помощь и поддержку в наращивании потенциала в области борьбы с киберпреступностью.",
    ],
    "developments.secretariat": ["ЮНОДК также выполняло функции секретариата {expertGroup, gen}."],
    "developments.partners": [
      "ЮНОДК планировало и осуществляло свою деятельность по борьбе с киберпреступностью в тесном сотрудничестве с ключевыми партнерами и форумами, которым оно также оказывало консультативную помощь: {partners}.",
    ],
    "developments.support": [
      "Поддержка, оказанная государствам-членам {period, on}, включала следующее: {titles, lower}. {summary}.",
      "Поддержка, оказанная государствам-членам {period, on}, включала следующее: {titles, lower}.",
    ],
    "developments.convention": [
      "ЮНОДК следило за событиями, связанными с {resolution, ins} «{resolution.title}», в которой {resolution.body}, в частности, постановила {ask}.",
      "ЮНОДК следило за событиями, связанными с {resolution, ins}, в которой {resolution.body}, в частности, постановила {ask}.",
    ],
    "developments.convene": ["В той же резолюции было предусмотрено, что специальный комитет {ask}."],
    "schedule.change": [
      "{change.kind, select, postponement {В связи с {change.reason} Генеральная Ассамблея своим {change.decision, ins} перенесла сессию, первоначально запланированную {change.from, on}, и постановила провести ее {change.to, on}.} brought-forward {Сессия, первоначально запланированная {change.from, on}, была перенесена на более ранний срок и должна была состояться {change.to, on}.} other {{change.announced} государства-члены были уведомлены о том, что сессия состоится {change.to, on} в {change.venue, prep}.}}",
      "{change.kind, select, postponement {В соответствии с {change.decision, ins} сессия, первоначально запланированная {change.from, on}, была перенесена и должна была состояться {change.to, on}.} brought-forward {Сессия, первоначально запланированная {change.from, on}, была перенесена на более ранний срок и должна была состояться {change.to, on}.} other {{change.announced} государства-члены были уведомлены о том, что сессия состоится {change.to, on}.}}",
      "{change.kind, select, postponement {Сессия, первоначально запланированная {change.from, on}, была перенесена и должна была состояться {change.to, on}.} brought-forward {Сессия, первоначально запланированная {change.from, on}, была перенесена на более ранний срок и должна была состояться {change.to, on}.} other {Сессия должна была состояться {change.to, on}.}}",
    ],
    "developments.committee-work": [
      "ЮНОДК оказывает поддержку специальному комитету; {period, on} эта работа включала следующее: {titles, lower} ({summary, lower}).",
      "ЮНОДК оказывает поддержку специальному комитету; {period, on} эта работа включала следующее: {titles, lower}.",
    ],
    "capacity.mentors": [
      "Наставники по вопросам киберпреступности, базирующиеся в {countries, prep}, продолжали помогать государствам своих регионов в борьбе с киберпреступлениями и преступлениями, совершаемыми с использованием киберсредств, а также в работе с электронными доказательствами.",
    ],
    "capacity.remote": [
      "{start, since, cap} Глобальная программа по киберпреступности работает полностью в дистанционном режиме и продолжает консультировать государства-члены по выявленным ими уязвимым местам и проблемам.",
    ],
    "capacity.assessment": [
      "По просьбе {countries, gen} ЮНОДК провело всестороннюю оценку потенциала национальных правоохранительных и судебных органов в области борьбы с киберпреступностью.",
    ],
    "capacity.strategy": [
      "В {countries, prep} ЮНОДК оказывает помощь в разработке стратегии и стандартных оперативных процедур, которые позволят повысить эффективность полицейских расследований киберпреступлений.",
    ],
    "forensics.encourage": ["В своей {resolution.short, prep} {resolution.body} призвала государства-члены {ask}."],
    "forensics.urge": ["В той же резолюции {resolution.body} настоятельно призвала государства-члены {ask}."],
    "forensics.training": [
      "В течение отчетного периода ЮНОДК провело обучение для {trained} {trained, plural, one {человека} other {человек}} ({audiences, lower}) из {countries} {countries, plural, one {страны} other {стран}} по следующим темам: {topics, lower}.",
      "В течение отчетного периода ЮНОДК провело обучение для {trained} {trained, plural, one {человека} other {человек}} ({audiences, lower}) по следующим темам: {topics, lower}.",
    ],
    "crypto.trainers": [
      "В {regions, prep} ЮНОДК, применяя методику подготовки инструкторов, укрепило потенциал сотрудников, занимающихся расследованиями, связанными с криптовалютами ({audiences, lower}).",
    ],
    "crypto.advice": [
      "{advised, plural, one {ЮНОДК также консультировало одно государство-член по оперативным вопросам в рамках сложного уголовного расследования, связанного с криптовалютой.} other {ЮНОДК также консультировало государства-члены (число: {advised}) по оперативным вопросам в рамках сложных уголовных расследований, связанных с криптовалютой.}}",
    ],
    "crypto.training": [
      "{period, on, cap} практическую подготовку по следующим темам: {topics, lower} — прошли {trained} {trained, plural, one {человек} few {человека} other {человек}} в {regions, prep} ({audiences, lower}).",
      "{period, on, cap} практическую подготовку по следующим темам: {topics, lower} — прошли {trained} {trained, plural, one {человек} few {человека} other {человек}} ({audiences, lower}).",
    ],
    "crypto.working-group": [
      "В течение отчетного периода состоялось следующее мероприятие: {titles}. {summary}.",
      "В течение отчетного периода состоялось следующее мероприятие: {titles}.",
    ],
    "ocsea.mandate": ["В своей {resolution.short, prep} {resolution.body} просила ЮНОДК {ask}."],
    "ocsea.resources": ["{resolution.body} также призвала государства-члены {ask}."],
    "ocsea.statistic": ["{indicator}: {value} ({country}, {period})."],
    "ocsea.reporting": [
      "В {countries, prep} технологические компании {start, since} сообщают о случаях надругательств через механизм, поддерживаемый ЮНОДК.",
    ],
    "ocsea.webinars": [
      "ЮНОДК провело серию вебинаров по следующим темам: {topics, lower} — на следующих языках: {languages} — для {regions, gen}; в них приняли участие {participants} {participants, plural, one {человек} few {человека} other {человек}} из {countries} {countries, plural, one {страны} other {стран}} ({audiences, lower}).",
      "ЮНОДК провело серию вебинаров по следующим темам: {topics, lower} — на следующих языках: {languages}; в них приняли участие {participants} {participants, plural, one {человек} few {человека} other {человек}}.",
    ],
    "ocsea.course": [
      "Совместно с {partners, ins} ЮНОДК разработало онлайновый курс с выдачей диплома по следующим темам: {topics, lower}; курс, преподаваемый на следующих языках: {languages}, прошли {trained} {trained, plural, one {человек} few {человека} other {человек}} ({audiences, lower}) из {countries} {countries, plural, one {страны} other {стран}}.",
      "Совместно с {partners, ins} ЮНОДК разработало онлайновый курс с выдачей диплома по следующим темам: {topics, lower}; курс прошли {trained} {trained, plural, one {человек} few {человека} other {человек}} ({audiences, lower}).",
    ],
    "ocsea.conference": [
      "В координации с {partners, ins} ЮНОДК провело следующее мероприятие: {titles}; его участники ({audiences, lower}) обсудили существующие и новые угрозы, которым дети подвергаются в Интернете.",
      "ЮНОДК провело следующее мероприятие: {titles}.",
    ],
    "ocsea.teachers": [
      "В Центральной Америке ЮНОДК в координации с министерствами образования и секретариатами по борьбе с торговлей людьми {countries, gen} обучило {teachers} {teachers, plural, one {учителя} other {учителей}} предупреждению киберпреступности, уделяя особое внимание предупреждению сексуальной эксплуатации детей и надругательств над ними в Интернете.",
      "В {countries, prep} ЮНОДК обучило {teachers} {teachers, plural, one {учителя} other {учителей}} предупреждению киберпреступности, уделяя особое внимание предупреждению сексуальной эксплуатации детей и надругательств над ними в Интернете.",
    ],
    "ocsea.victims": [
      "Непосредственно благодаря этому обучению были выявлены и взяты под защиту {victims} {victims, plural, one {жертва} few {жертвы} other {жертв}} (пол: {victimSex}; возраст: {victimAge}).",
      "Непосредственно благодаря этому обучению были выявлены и взяты под защиту {victims} {victims, plural, one {жертва} few {жертвы} other {жертв}}.",
    ],
    "ocsea.tool": [
      "Совместно с {partners, ins} ЮНОДК предоставило {countries, dat} прямой доступ к системе управления делами.",
    ],
    "ocsea.tool-purpose": ["{summary}."],
    "evidence.training": [
      "ЮНОДК сотрудничало с глобальными технологическими компаниями в обучении сотрудников органов уголовного правосудия порядку направления этим компаниям запросов о предоставлении цифровых доказательств, уделяя особое внимание сексуальной эксплуатации детей и надругательствам над ними в Интернете; практические работники и представители частного сектора обсудили вопросы политики, процедур и юрисдикции с такими компаниями, как {companies}. В общей сложности этой инициативой воспользовались {trained} {trained, plural, one {судебный работник} few {судебных работника} other {судебных работников}} из {countries, gen}.",
      "ЮНОДК сотрудничало с глобальными технологическими компаниями в обучении {trained} {trained, plural, one {судебного работника} other {судебных работников}} порядку направления запросов о предоставлении цифровых доказательств.",
    ],
    "sharing.repository": [
      "В своей {resolution.short, prep} {resolution.body} вновь подтвердила роль, которую ЮНОДК играет в соответствии с {target, ins}: {ask}.",
    ],
    "sharing.sherloc": [
      "{period, on, cap} ЮНОДК продолжало пополнять свой портал управления знаниями SHERLOC материалами, касающимися киберпреступности.",
    ],
    "sharing.sherloc-holdings": [
      "По состоянию на {asOf} в базе данных SHERLOC содержалось {laws} {laws, plural, one {закон} few {закона} other {законов}} о киберпреступности и {cases} {cases, plural, one {дело, связанное} few {дела, связанных} other {дел, связанных}} с киберпреступлениями или преступлениями, совершаемыми с использованием киберсредств.",
      "В базе данных SHERLOC содержалось {laws} {laws, plural, one {закон} few {закона} other {законов}} о киберпреступности и {cases} {cases, plural, one {дело, связанное} few {дела, связанных} other {дел, связанных}} с киберпреступлениями или преступлениями, совершаемыми с использованием киберсредств.",
    ],
    "sharing.social": [
      "Для повышения осведомленности общественности и содействия профилактике ЮНОДК распространяло в социальных сетях информацию о киберугрозах, что обеспечило {impressions} {impressions, plural, one {показ} few {показа} other {показов}}.",
    ],
    "research.publication": [
      "{period, on, cap} ЮНОДК опубликовало доклад «{titles}». {summary}.",
      "{period, on, cap} ЮНОДК опубликовало доклад «{titles}».",
    ],
    "prevention.awareness": [
      "Перевод обучения в онлайновый формат позволил ЮНОДК охватить деятельностью по предупреждению киберпреступности больше людей ({audiences, lower}); мероприятия по повышению осведомленности охватили {reached} {reached, plural, one {человека} other {человек}} в {regions, prep}.",
      "Мероприятия по повышению осведомленности охватили {reached} {reached, plural, one {человека} other {человек}}.",
    ],
    "prevention.campaigns": [
      "ЮНОДК провело в социальных сетях и на телевидении кампании по предупреждению киберпреступности, ориентированные на следующие группы: {audiences, lower}, — в {regions, prep}, а также в {countries, prep}.",
      "ЮНОДК провело в социальных сетях и на телевидении кампании по предупреждению киберпреступности, ориентированные на следующие группы: {audiences, lower}, — в {regions, prep}.",
    ],
    "prevention.campaign-languages": [
      "В {region, prep} кампании проводились в социальных сетях на следующих языках: {languages}.",
    ],
    "prevention.television": ["В {countries, prep} кампании транслировались по национальному телевидению."],
    "prevention.campaign-views": [
      "В {countries, prep} кампания «{titles}» была начата в сотрудничестве с {partners, ins}; она собрала {views} {views, plural, one {просмотр} few {просмотра} other {просмотров}}.",
      "Кампания «{titles}» собрала {views} {views, plural, one {просмотр} few {просмотра} other {просмотров}}.",
    ],
    "prevention.incident": [
      "В {countries, prep} ЮНОДК разработало протокол реагирования на киберинциденты во время онлайновых занятий и обучило его применению {trained} {trained, plural, one {человека} other {человек}} ({audiences, lower}).",
    ],
    "expert.mandate": [
      "ЮНОДК поддерживает работу {expertGroup, gen}, оказывая ей основное и секретариатское обслуживание.",
    ],
    "expert.establishment": [
      "Комиссия учредила Группу в соответствии с {lineage, ins}, в которой {lineage.body} одобрила {lineage.endorsed}; {lineage.update}, одобренная в {lineage.updateEndorsedBy, prep}, обновила этот мандат.",
      "Комиссия учредила Группу в соответствии с {lineage, ins}, в которой {lineage.body} одобрила {lineage.endorsed}.",
    ],
    "expert.meetings": [
      "{meetings, plural, one {Группа экспертов провела {meetings} совещание — в {years, yr} году.} few {Группа экспертов провела {meetings} совещания — в {years, yr} годах.} other {Группа экспертов провела {meetings} совещаний — в {years, yr} годах.}}",
    ],
    "expert.continuation": [
      "В своей {resolution.short, prep} {resolution.body} просила Группу {continueAsk}, постановила следующее: {decideAsk}; и призвала ее {encourageAsk}.",
      "В своей {resolution.short, prep} {resolution.body} просила Группу {continueAsk}.",
    ],
    "expert.next": ["Ее {next.ordinal} совещание запланировано на {next}."],
    "expert.postponed": [
      "{meeting.ordinal, cap} совещание Группы, запланированное на {meeting.planned}, пришлось перенести {meeting.reason}; оно состоялось {meeting.held} в {meeting.format} формате: {meeting.formatNote}.",
      "{meeting.ordinal, cap} совещание Группы, запланированное на {meeting.planned}, состоялось {meeting.held} в {meeting.format} формате.",
    ],
  },
  statistics: {
    "share-of-cases-involving-ocsea": [
      "{breakdown.case-status.value, select, investigated {{period, on, cap} в {country, prep} подразделение по борьбе с киберпреступностью расследовало {share.whole} дел ({breakdown.crime-type}), из которых {share} касались сексуальной эксплуатации детей и надругательств над ними в Интернете.} other {В {country, prep} {share} из {share.whole} дел, рассмотренных {period, on}, касались сексуальной эксплуатации детей и надругательств над ними в Интернете.}}",
      "В {country, prep} {share} из {share.whole} дел, рассмотренных {period, on}, касались сексуальной эксплуатации детей и надругательств над ними в Интернете.",
      "{period.kind, select, by {В {country, prep} {period, by} доля расследований по делам о сексуальной эксплуатации детей и надругательствах над ними в Интернете составила {share}.} other {В {country, prep} {share} дел, зарегистрированных {period, on}, касались сексуальной эксплуатации детей и надругательств над ними в Интернете.}}",
      "В {country, prep} {share} дел, зарегистрированных {period, on}, касались сексуальной эксплуатации детей и надругательств над ними в Интернете.",
    ],
    "share-of-cases-involving-online-sexual-exploitation-of-women": [
      "В {country, prep} {share} из {share.whole} дел, зарегистрированных {period, on}, касались сексуальной эксплуатации женщин и надругательств над ними в Интернете.",
      "В {country, prep} {share} дел, зарегистрированных {period, on}, касались сексуальной эксплуатации женщин и надругательств над ними в Интернете.",
    ],
    "share-of-ocsea-child-victims-who-are-girls": [
      "В {country, prep} {period, on} {share.part} из каждых {share.whole} детей — жертв сексуальной эксплуатации и надругательств в Интернете были девочками.",
    ],
  },
  labels: {
    reportBy: "Доклад Генерального секретаря",
    summary: "Резюме",
    figures: "Цифровые данные, приведенные в настоящем докладе",
    paragraph: "Пункт",
    figure: "Показатель",
    value: "Значение",
    sources: "Источники",
    notes: "Примечания",
    records: "Записи, на основе которых произведен расчет",
    symbolPending: "условное обозначение в источнике не указано",
    paragraphsOf: "пункт {n}",
    paragraphsOfMany: "пункты {n}",
  },
  words: {
    reportOfTheSecretaryGeneral: "Доклад Генерального секретаря",
    // In the prepositional case: "в гибридном формате".
    sessionFormats: { "in-person": "очном", hybrid: "гибридном", online: "онлайновом", reduced: "сокращенном" },
    sexes: { female: "женский", male: "мужской" },
    breakdowns: { "sexual-and-financial": "сексуальные и финансовые преступления", investigated: "расследованные" },
    bodies: {
      ga: "Генеральная Ассамблея",
      ecosoc: "Экономический и Социальный Совет",
      ccpcj: "Комиссия по предупреждению преступности и уголовному правосудию",
      "crime-congress":
        "Конгресс Организации Объединенных Наций по предупреждению преступности и уголовному правосудию",
      "eg-cybercrime": "Группа экспертов для проведения всестороннего исследования проблемы киберпреступности",
      "ahc-cybercrime":
        "Специальный комитет по разработке всеобъемлющей международной конвенции о противодействии использованию информационно-коммуникационных технологий в преступных целях",
      unodc: "Управление Организации Объединенных Наций по наркотикам и преступности",
      "unodc-gpc": "Глобальная программа по киберпреступности",
      "secretary-general": "Генеральный секретарь",
    },
    sentenceSeparator: " ",
    countries: "Страны",
    activities: "Мероприятия",
    meetings: "Проведенные совещания",
  },
  format: RUSSIAN_FORMAT,
};
