import type { FindingCatalog } from "./FindingSlots";

/** The findings of decision 18/1 in Spanish. */
export const SPANISH_FINDINGS: FindingCatalog = {
  language: "es",
  messages: {
    "nomination.none":
      "no hay candidaturas registradas; añádalas a panel.nominations con sus fechas para cotejarlas con el plazo ({due})",
    "nomination.noDate": "{who} no tiene fecha; registre su fecha «on» para cotejarla con el plazo ({due})",
    "nomination.onTime": "{who} se presentó el {on}, dentro del plazo ({due})",
    "nomination.late":
      "{who} se presentó el {on}, fuera del plazo ({due}); la decisión 18/1 insta a presentar las candidaturas al menos dos meses antes del período de sesiones",
    "nomination.undetermined":
      "{who} del {on} no puede cotejarse con el plazo ({due}); registre ambas fechas con el día",
    "election.none":
      "no está registrada la fecha de elección del grupo de expertos; indique panel.electedOn para cotejarla con el plazo ({due})",
    "election.onTime": "los miembros del grupo de expertos fueron elegidos el {on}, dentro del plazo ({due})",
    "election.late":
      "los miembros del grupo de expertos fueron elegidos el {on}, fuera del plazo ({due}); la decisión 18/1 prevé su elección un mes antes del período de sesiones",
    "election.undetermined":
      "la elección del {on} no puede cotejarse con el plazo ({due}); registre ambas fechas con el día",
    "podium.none":
      "no hay puestos en el estrado registrados; añada los puestos de los grupos regionales a panel.podiumSeats",
    "podium.ok": "cinco puestos en el estrado, uno para cada grupo regional",
    "podium.violation":
      "el estrado tiene {seats} puestos de grupos regionales: {problems}; la decisión 18/1 asigna a cada uno de los cinco grupos regionales uno de los cinco puestos",
    "experts.none": "no hay expertos independientes registrados, por lo que no puede juzgarse el equilibrio regional",
    "experts.unplaced":
      "los expertos independientes {experts} no tienen grupo regional; indique regionalGroup para cada experto a fin de juzgar el equilibrio regional",
    "experts.single": "un solo experto independiente (grupo {group}) no permite juzgar el equilibrio regional",
    "experts.oneGroup":
      "los {count} expertos independientes proceden todos del grupo {group}; la decisión 18/1 pide que se tengan en cuenta factores regionales al invitarlos",
    "experts.ok": "los {count} expertos independientes proceden de {groupCount} grupos regionales: {groups}",
    "limit.none":
      "no hay {noun, select, keynote {ponencias del orador principal} other {intervenciones}} registradas en la lista de oradores; nada que cotejar con el límite de {bound}",
    "limit.noDuration": "{who} no tiene duración registrada; indique usedSeconds para cotejar el límite de {bound}",
    "limit.over":
      "{who} {basis, select, used {duró} other {está prevista para}} {time}, por encima del límite de {bound} en {excess} segundos",
    "limit.within":
      "{who} {basis, select, used {duró} other {está prevista para}} {time}, dentro del límite de {bound}",
    "distribution.none":
      "no hay ponencias del orador principal registradas en la lista de oradores, por lo que no puede comprobarse su distribución previa",
    "distribution.ok": "{who} se distribuyó con antelación",
    "distribution.violation":
      "{who} no se distribuyó con antelación, como la decisión 18/1 alienta a hacer a los miembros del grupo de expertos",
    "distribution.unknown": "{who}: no consta si se distribuyó con antelación; indique distributedInAdvance",
    "guide.none":
      "no hay guía de debate registrada; registre su signatura y sus fechas de publicación para cotejarlas con el plazo ({due})",
    "guide.violation":
      "guía de debate {guide}: {problems}; los seis idiomas deben estar disponibles dentro del plazo ({due})",
    "guide.unknown":
      "guía de debate {guide}: la publicación en {languages} no está registrada con el día, o no lo está en absoluto; registre guide.issued con las fechas para cotejarlas con el plazo ({due})",
    "guide.ok": "la guía de debate {guide} se publicó en los seis idiomas dentro del plazo ({due})",
    "guide.notIssuedIn": "no publicada en {languages}",
    "guide.lateIn": "publicada con retraso en {issues}",
    "guide.issuedOn": "{language} el {on}",
    "guide.notKnownFor": "se desconoce en {languages}",
    "podium.noSeat": "ningún puesto para el grupo {groups}",
    "podium.seatsFor": "{count} puestos para el grupo {group}",
    "who.nomination": "la candidatura {index} (de {by})",
    "who.nominationOf": "la candidatura {index} (de {nominee}, por {by})",
    "by.state": "{country}",
    "by.group": "el grupo {group}",
    "who.speaker":
      "{noun, select, keynote {la ponencia del orador principal} other {la intervención}} en speakersList[{index}]",
    "who.speakerNamed":
      "{noun, select, keynote {la ponencia del orador principal} other {la intervención}} en speakersList[{index}] ({speaker})",
    "who.speakerOfGroup":
      "{noun, select, keynote {la ponencia del orador principal} other {la intervención}} en speakersList[{index}] (un orador del grupo {group})",
    "seconds.whole": "{seconds} segundos ({min} min)",
    "seconds.part": "{seconds} segundos ({min} min {sec} s)",
    "due.known": "{when}, {span, select, one {un mes} other {dos meses}} antes de que {opening}",
    "due.unknown": "fecha desconocida, {span, select, one {un mes} other {dos meses}} antes de que {opening}",
    "window.day": "{day}",
    "window.between": "entre el {from} y el {to}",
    "window.noLaterThan": "a más tardar el {day}",
    "window.noEarlierThan": "no antes del {day}",
    "opening.on": "se abra el período de sesiones el {when}",
    "opening.within": "se abra el período de sesiones ({when})",
    "opening.notKnown": "se abra el período de sesiones (fecha de apertura desconocida: {dates})",
    "opening.otherSession":
      "se abra el período de sesiones (desconocido: el período de sesiones indicado, {given}, no es el de este debate, {own})",
    "group.african": "de los Estados de África",
    "group.asia-pacific": "de los Estados de Asia y el Pacífico",
    "group.eastern-european": "de los Estados de Europa Oriental",
    "group.latin-american-caribbean": "de los Estados de América Latina y el Caribe",
    "group.western-european-other": "de los Estados de Europa Occidental y otros Estados",
    "language.ar": "árabe",
    "language.zh": "chino",
    "language.en": "inglés",
    "language.fr": "francés",
    "language.ru": "ruso",
    "language.es": "español",
    "list.comma": ", ",
    "list.semicolon": "; ",
  },
};
