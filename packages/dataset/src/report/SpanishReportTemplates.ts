import type { ReportTemplateSet } from "@remit/core";
import { SPANISH_FORMAT } from "@remit/core";

/**
 * The Spanish templates of the report on technical assistance against cybercrime, worded by
 * Remit in the register of UN Spanish ("la UNODC", "la resolución 74/173 de la Asamblea
 * General", "explotación y abusos sexuales de niños en línea", "30º período de sesiones");
 * figures, names, dates and asks come from the records through the slots.
 */
export const SPANISH_REPORT_TEMPLATES: ReportTemplateSet = {
  language: "es",
  headings: {
    introduction: "Introducción",
    "introduction.mandate": "Mandato de la UNODC en materia de delito cibernético",
    developments: "Novedades, progresos realizados y buenas prácticas",
    capacity: "Apoyo normativo y creación de capacidad",
    "capacity.forensics": "Investigación del delito cibernético y análisis forense digital",
    "capacity.crypto": "Investigaciones sobre criptomonedas y la red oscura",
    "capacity.ocsea": "Explotación y abusos sexuales de niños en línea",
    "capacity.evidence": "Cooperación internacional en materia de pruebas electrónicas",
    sharing: "Intercambio de información",
    research: "Investigación y análisis",
    prevention: "Prevención",
    "expert-group": "Grupo de Expertos encargado de Realizar un Estudio Exhaustivo sobre el Delito Cibernético",
  },
  sentences: {
    "summary.mandate": [
      "El presente informe se ha preparado en cumplimiento de la {mandate}, titulada “{mandate.title}”, en la que {mandate.body, the} solicitó que se presentara un informe {receiver, a} en su {fromSession} sobre {subject}.",
      "El presente informe se ha preparado en cumplimiento de la {mandate}, en la que {mandate.body, the} solicitó que se presentara un informe {receiver, a} en su {fromSession} sobre {subject}.",
      "El presente informe se ha preparado en cumplimiento de la {mandate}.",
    ],
    "summary.deferral": [
      "Se presenta {receiver, a} en su {toSession}: {reason}.",
      "Se presenta {receiver, a} en su {toSession}.",
    ],
    "summary.scope": [
      "En él se examinan la asistencia técnica y la creación de capacidad para combatir el delito cibernético, incluido el intercambio de información, que la UNODC prestó {period, on}.",
    ],
    "introduction.chain": [
      "En {year}, en su {mandate.short}, {mandate.body, the} dirigió a la UNODC la siguiente solicitud: {asks}.",
      "En su {mandate.short}, {mandate.body, the} dirigió a la UNODC la siguiente solicitud: {asks}.",
    ],
    "developments.delivery": [
      "En respuesta a esos mandatos, la UNODC, principalmente por conducto {programme, de}, prestó a los Estados Miembros asistencia técnica y apoyo para la creación de capacidad en materia de delito cibernético.",
    ],
    "developments.secretariat": ["La UNODC también actuó como secretaría {expertGroup, de}."],
    "developments.partners": [
      "La UNODC planificó y ejecutó su labor contra el delito cibernético en estrecha cooperación con asociados y foros clave, a los que también prestó asesoramiento: {partners}.",
    ],
    "developments.support": [
      "{period, on, cap}, su apoyo a los Estados Miembros consistió, entre otras cosas, en {titles, lower}. {summary}.",
      "{period, on, cap}, su apoyo a los Estados Miembros consistió, entre otras cosas, en {titles, lower}.",
    ],
    "developments.convention": [
      "La UNODC siguió de cerca la evolución de la situación en relación con la {resolution}, titulada “{resolution.title}”, en la que {resolution.body, the} decidió, entre otras cosas, {ask}.",
      "La UNODC siguió de cerca la evolución de la situación en relación con la {resolution}, en la que {resolution.body, the} decidió, entre otras cosas, {ask}.",
    ],
    "developments.convene": ["En la misma resolución se dispuso que el comité especial {ask}."],
    "schedule.change": [
      "{change.kind, select, postponement {Debido a {change.reason}, la Asamblea General, en su {change.decision}, aplazó el período de sesiones, previsto inicialmente {change.from, on}, y decidió que se celebrara {change.to, on}.} brought-forward {El período de sesiones, previsto inicialmente {change.from, on}, se adelantó para celebrarse {change.to, on}.} other {El {change.announced}, se informó a los Estados Miembros de que el período de sesiones se celebraría {change.to, on} en {change.venue}.}}",
      "{change.kind, select, postponement {En virtud de la {change.decision}, el período de sesiones, previsto inicialmente {change.from, on}, se aplazó para celebrarse {change.to, on}.} brought-forward {El período de sesiones, previsto inicialmente {change.from, on}, se adelantó para celebrarse {change.to, on}.} other {El {change.announced}, se informó a los Estados Miembros de que el período de sesiones se celebraría {change.to, on}.}}",
      "{change.kind, select, postponement {El período de sesiones, previsto inicialmente {change.from, on}, se aplazó para celebrarse {change.to, on}.} brought-forward {El período de sesiones, previsto inicialmente {change.from, on}, se adelantó para celebrarse {change.to, on}.} other {El período de sesiones debía celebrarse {change.to, on}.}}",
    ],
    "developments.committee-work": [
      "La UNODC presta apoyo al comité especial; {period, on}, su labor comprendió lo siguiente: {titles, lower} ({summary, lower}).",
      "La UNODC presta apoyo al comité especial; {period, on}, su labor comprendió lo siguiente: {titles, lower}.",
    ],
    "capacity.mentors": [
      "Los mentores sobre delito cibernético con sede en {countries} siguieron ayudando a los Estados de sus regiones a combatir los delitos cibernéticos y los delitos facilitados por medios cibernéticos, y a tratar las pruebas electrónicas.",
    ],
    "capacity.remote": [
      "Desde {start}, el Programa Mundial contra el Delito Cibernético trabaja totalmente a distancia y ha seguido asesorando a los Estados Miembros sobre las vulnerabilidades y los problemas que estos detectaron.",
    ],
    "capacity.assessment": [
      "A petición de {countries}, la UNODC llevó a cabo una evaluación exhaustiva de la capacidad nacional de las fuerzas del orden y del poder judicial para combatir el delito cibernético.",
    ],
    "capacity.strategy": [
      "En {countries}, la UNODC ayuda a elaborar una estrategia y procedimientos operativos estándar que reforzarán las investigaciones policiales del delito cibernético.",
    ],
    "forensics.encourage": ["En su {resolution.short}, {resolution.body, the} alentó a los Estados Miembros a {ask}."],
    "forensics.urge": ["En la misma resolución, {resolution.body, the} instó a los Estados Miembros a {ask}."],
    "forensics.training": [
      "Durante el período que se examina, la UNODC capacitó a {trained} {audiences, lower} de {countries} países en las siguientes materias: {topics, lower}.",
      "Durante el período que se examina, la UNODC capacitó a {trained} {audiences, lower} en las siguientes materias: {topics, lower}.",
    ],
    "crypto.trainers": [
      "En {regions}, la UNODC, aplicando un método de formación de instructores, fortaleció la capacidad de los {audiences, lower} que investigan casos relacionados con criptomonedas.",
    ],
    "crypto.advice": [
      "{advised, plural, one {La UNODC también prestó asesoramiento operacional a un Estado Miembro en una investigación penal compleja relacionada con criptomonedas.} other {La UNODC también prestó asesoramiento operacional a {advised} Estados Miembros en investigaciones penales complejas relacionadas con criptomonedas.}}",
    ],
    "crypto.training": [
      "{period, on, cap}, {trained} {audiences, lower} de {regions} recibieron capacitación práctica en las siguientes materias: {topics, lower}.",
      "{period, on, cap}, {trained} {audiences, lower} recibieron capacitación práctica en las siguientes materias: {topics, lower}.",
    ],
    "crypto.working-group": [
      "Durante el período que se examina se celebró la reunión siguiente: {titles}. {summary}.",
      "Durante el período que se examina se celebró la reunión siguiente: {titles}.",
    ],
    "ocsea.mandate": ["En su {resolution.short}, {resolution.body, the} encomendó a la UNODC la tarea de {ask}."],
    "ocsea.resources": ["{resolution.body, the, cap} también alentó a los Estados Miembros a {ask}."],
    "ocsea.statistic": ["{indicator}: {value} ({country}, {period})."],
    "ocsea.reporting": [
      "En {countries}, las empresas tecnológicas denuncian abusos desde {start} mediante un mecanismo que cuenta con el apoyo de la UNODC.",
    ],
    "ocsea.webinars": [
      "La UNODC organizó una serie de seminarios web sobre {topics, lower} en {languages}, dirigidos a {regions}; participaron {participants} personas de {countries} países ({audiences, lower}).",
      "La UNODC organizó una serie de seminarios web sobre {topics, lower} en {languages}; participaron {participants} personas.",
    ],
    "ocsea.course": [
      "Junto con {partners}, la UNODC elaboró un curso de diploma en línea sobre {topics, lower}, impartido en {languages}, que siguieron {trained} {audiences, lower} de {countries} países.",
      "Junto con {partners}, la UNODC elaboró un curso de diploma en línea sobre {topics, lower}, que siguieron {trained} {audiences, lower}.",
    ],
    "ocsea.conference": [
      "En coordinación con {partners}, la UNODC celebró la {titles}, en la que {audiences, lower} examinaron los riesgos existentes e incipientes a los que se exponen los niños en línea.",
      "La UNODC celebró la {titles}.",
    ],
    "ocsea.teachers": [
      "En Centroamérica, en coordinación con los ministerios de educación y las secretarías contra la trata de personas de {countries}, la UNODC capacitó a {teachers} docentes en prevención del delito cibernético, con especial atención a la prevención de la explotación y los abusos sexuales de niños en línea.",
      "En {countries}, la UNODC capacitó a {teachers} docentes en prevención del delito cibernético, con especial atención a la prevención de la explotación y los abusos sexuales de niños en línea.",
    ],
    "ocsea.victims": [
      "{victims, plural, one {Como resultado directo de la capacitación, se identificó y protegió a una víctima de sexo {victimSex} de {victimAge}.} other {Como resultado directo de la capacitación, se identificó y protegió a {victims} víctimas de sexo {victimSex} de {victimAge}.}}",
      "Como resultado directo de la capacitación, se identificó y protegió a {victims} víctimas.",
    ],
    "ocsea.tool": [
      "Junto con {partners}, la UNODC facilitó a {countries} acceso directo a una herramienta de gestión de casos.",
    ],
    "ocsea.tool-purpose": ["{summary}."],
    "evidence.training": [
      "La UNODC colaboró con empresas tecnológicas mundiales para capacitar a las autoridades de justicia penal en la forma de solicitarles pruebas digitales, con especial atención a la explotación y los abusos sexuales de niños en línea; profesionales y representantes del sector privado examinaron cuestiones de políticas, procedimientos y jurisdicción con empresas como {companies}. En total, {trained} profesionales del ámbito judicial de {countries} se beneficiaron de la iniciativa.",
      "La UNODC colaboró con empresas tecnológicas mundiales para capacitar a {trained} profesionales del ámbito judicial en la forma de solicitar pruebas digitales.",
    ],
    "sharing.repository": [
      "En su {resolution.short}, {resolution.body, the} reafirmó la función que desempeña la UNODC con arreglo a la {target}: {ask}.",
    ],
    "sharing.sherloc": [
      "{period, on, cap}, la UNODC siguió incorporando recursos sobre el delito cibernético a SHERLOC, su portal de gestión de conocimientos.",
    ],
    "sharing.sherloc-holdings": [
      "En {asOf}, SHERLOC contenía {laws} leyes sobre delito cibernético y {cases} casos de delitos cibernéticos o facilitados por medios cibernéticos.",
      "SHERLOC contenía {laws} leyes sobre delito cibernético y {cases} casos de delitos cibernéticos o facilitados por medios cibernéticos.",
    ],
    "sharing.social": [
      "La UNODC difundió en las redes sociales información relacionada con el ciberespacio para sensibilizar al público y alentar la prevención, lo que generó {impressions, n}impresiones.",
    ],
    "research.publication": [
      "{period, on, cap}, la UNODC publicó “{titles}”. En esa publicación se {summary, lower}.",
      "{period, on, cap}, la UNODC publicó “{titles}”.",
    ],
    "prevention.awareness": [
      "Al trasladar la capacitación a internet, la UNODC pudo llegar a más {audiences, lower} con sus actividades de prevención del delito cibernético; las actividades de sensibilización llegaron a {reached} personas en {regions}.",
      "Las actividades de sensibilización llegaron a {reached} personas.",
    ],
    "prevention.campaigns": [
      "La UNODC puso en marcha campañas de prevención del delito cibernético dirigidas a {audiences, lower} en las redes sociales y la televisión en {regions}, así como en {countries}.",
      "La UNODC puso en marcha campañas de prevención del delito cibernético dirigidas a {audiences, lower} en las redes sociales y la televisión en {regions}.",
    ],
    "prevention.campaign-languages": ["En {region}, las campañas se difundieron en las redes sociales en {languages}."],
    "prevention.television": ["En {countries}, las campañas se emitieron en la televisión nacional."],
    "prevention.campaign-views": [
      "En {countries}, la campaña titulada “{titles}” se puso en marcha en cooperación con {partners} y obtuvo {views, n}visualizaciones.",
      "La campaña “{titles}” obtuvo {views, n}visualizaciones.",
    ],
    "prevention.incident": [
      "En {countries}, la UNODC elaboró un protocolo de respuesta a incidentes cibernéticos para las clases en línea y capacitó en su aplicación a {trained} {audiences, lower}.",
    ],
    "expert.mandate": ["La UNODC apoya la labor {expertGroup, de} prestándole servicios sustantivos y de secretaría."],
    "expert.establishment": [
      "La Comisión estableció el Grupo en virtud de la {lineage}, en la que {lineage.body, the} hizo suya la {lineage.endorsed}; la {lineage.update}, hecha suya en la {lineage.updateEndorsedBy}, actualizó ese mandato.",
      "La Comisión estableció el Grupo en virtud de la {lineage}, en la que {lineage.body, the} hizo suya la {lineage.endorsed}.",
    ],
    "expert.meetings": ["El Grupo de Expertos se ha reunido en {meetings} ocasiones, en {years}."],
    "expert.continuation": [
      "En su {resolution.short}, {resolution.body, the} solicitó al Grupo {continueAsk}, decidió lo siguiente: {decideAsk}; y lo alentó a {encourageAsk}.",
      "En su {resolution.short}, {resolution.body, the} solicitó al Grupo {continueAsk}.",
    ],
    "expert.next": ["Está previsto que su {next.ordinal} reunión se celebre {next, on}."],
    "expert.postponed": [
      "La {meeting.ordinal} reunión del Grupo, prevista {meeting.planned, on}, tuvo que aplazarse {meeting.reason}; se celebró {meeting.held, on} en formato {meeting.format}: {meeting.formatNote}.",
      "La {meeting.ordinal} reunión del Grupo, prevista {meeting.planned, on}, se celebró {meeting.held, on} en formato {meeting.format}.",
    ],
  },
  statistics: {
    "share-of-cases-involving-ocsea": [
      "{breakdown.case-status.value, select, investigated {{period, on, cap}, en {country}, la dependencia de delitos cibernéticos investigó {share.whole} casos de {breakdown.crime-type}, {share, pct} de los cuales estaban relacionados con la explotación y los abusos sexuales de niños en línea.} other {En {country}, {share, pct} de los {share.whole} casos tramitados {period, on} estaban relacionados con la explotación y los abusos sexuales de niños en línea.}}",
      "En {country}, {share, pct} de los {share.whole} casos tramitados {period, on} estaban relacionados con la explotación y los abusos sexuales de niños en línea.",
      "{period.kind, select, by {En {country}, para {period}, {share, pct} de los casos correspondían a investigaciones de explotación y abusos sexuales de niños en línea.} other {En {country}, {share, pct} de los casos registrados {period, on} estaban relacionados con la explotación y los abusos sexuales de niños en línea.}}",
      "En {country}, {share, pct} de los casos registrados {period, on} estaban relacionados con la explotación y los abusos sexuales de niños en línea.",
    ],
    "share-of-cases-involving-online-sexual-exploitation-of-women": [
      "En {country}, {share, pct} de los {share.whole} casos registrados {period, on} estaban relacionados con la explotación y los abusos sexuales de mujeres en línea.",
      "En {country}, {share, pct} de los casos registrados {period, on} estaban relacionados con la explotación y los abusos sexuales de mujeres en línea.",
    ],
    "share-of-ocsea-child-victims-who-are-girls": [
      "En {country}, {period, on}, {share.part} de cada {share.whole} niños víctimas de explotación y abusos sexuales en línea eran niñas.",
    ],
  },
  labels: {
    reportBy: "Informe del Secretario General",
    summary: "Resumen",
    figures: "Cifras que figuran en el presente informe",
    paragraph: "Párr.",
    figure: "Cifra",
    value: "Valor",
    sources: "Fuentes",
    notes: "Notas",
    records: "Registros de los que se calculó",
    symbolPending: "la fuente no indica la signatura",
    paragraphsOf: "párr. {n}",
    paragraphsOfMany: "párrs. {n}",
  },
  words: {
    reportOfTheSecretaryGeneral: "Informe del Secretario General",
    sessionFormats: { "in-person": "presencial", hybrid: "híbrido", online: "virtual", reduced: "reducido" },
    sexes: { female: "femenino", male: "masculino" },
    breakdowns: { "sexual-and-financial": "delitos sexuales y financieros", investigated: "investigados" },
    bodies: {
      ga: "Asamblea General",
      ecosoc: "Consejo Económico y Social",
      ccpcj: "Comisión de Prevención del Delito y Justicia Penal",
      "crime-congress": "Congreso de las Naciones Unidas sobre Prevención del Delito y Justicia Penal",
      "eg-cybercrime": "Grupo de Expertos encargado de Realizar un Estudio Exhaustivo sobre el Delito Cibernético",
      "ahc-cybercrime":
        "Comité Especial encargado de Elaborar una Convención Internacional Integral sobre la Lucha contra la Utilización de las Tecnologías de la Información y las Comunicaciones con Fines Delictivos",
      unodc: "Oficina de las Naciones Unidas contra la Droga y el Delito",
      "unodc-gpc": "Programa Mundial contra el Delito Cibernético",
      "secretary-general": "Secretario General",
    },
    sentenceSeparator: " ",
    countries: "Países",
    activities: "Actividades",
    meetings: "Reuniones celebradas",
  },
  format: SPANISH_FORMAT,
};
