import type { FindingCatalog } from "./FindingSlots";

/** The findings of decision 18/1 in French. */
export const FRENCH_FINDINGS: FindingCatalog = {
  language: "fr",
  messages: {
    "nomination.none":
      "aucune désignation n’est enregistrée ; ajoutez-les à panel.nominations avec leurs dates pour les vérifier par rapport à {due}",
    "nomination.noDate": "{who} n’a pas de date ; enregistrez sa date « on » pour la vérifier par rapport à {due}",
    "nomination.onTime": "{who} a été faite le {on}, au plus tard à {due}",
    "nomination.late":
      "{who} a été faite le {on}, après {due} ; la décision 18/1 demande instamment que les désignations soient faites au moins deux mois avant la session",
    "nomination.undetermined":
      "{who} du {on} ne peut être jugée par rapport à {due} ; enregistrez l’une et l’autre au jour près",
    "election.none":
      "la date d’élection du groupe de discussion n’est pas enregistrée ; renseignez panel.electedOn pour la vérifier par rapport à {due}",
    "election.onTime": "les membres du groupe de discussion ont été élus le {on}, au plus tard à {due}",
    "election.late":
      "les membres du groupe de discussion ont été élus le {on}, après {due} ; la décision 18/1 prévoit leur élection un mois avant la session",
    "election.undetermined":
      "l’élection du {on} ne peut être jugée par rapport à {due} ; enregistrez l’une et l’autre au jour près",
    "podium.none":
      "aucun siège à la tribune n’est enregistré ; ajoutez les sièges des groupes régionaux à panel.podiumSeats",
    "podium.ok": "cinq sièges à la tribune, un pour chaque groupe régional",
    "podium.violation":
      "la tribune compte {seats} sièges de groupes régionaux : {problems} ; la décision 18/1 attribue à chacun des cinq groupes régionaux l’un des cinq sièges",
    "experts.none": "aucun expert indépendant n’est enregistré ; l’équilibre régional ne peut donc être jugé",
    "experts.unplaced":
      "le ou les experts indépendants {experts} n’ont pas de groupe régional ; renseignez regionalGroup pour chaque expert afin de juger l’équilibre régional",
    "experts.single":
      "un seul expert indépendant (groupe {group}) ne permet de conclure ni pour ni contre l’équilibre régional",
    "experts.oneGroup":
      "les {count} experts indépendants viennent tous du groupe {group} ; la décision 18/1 demande de tenir compte des facteurs régionaux pour les inviter",
    "experts.ok": "les {count} experts indépendants viennent de {groupCount} groupes régionaux : {groups}",
    "limit.none":
      "aucun{noun, select, keynote { exposé de l’orateur principal} other {e intervention}} n’est enregistré{noun, select, keynote {} other {e}} dans la liste des orateurs ; rien à vérifier par rapport à la limite de {bound}",
    "limit.noDuration":
      "{who} n’a pas de durée enregistrée ; renseignez usedSeconds pour vérifier la limite de {bound}",
    "limit.over":
      "{who} {basis, select, used {a duré} other {est prévu(e) pour}} {time}, au-delà de la limite de {bound} de {excess} secondes",
    "limit.within": "{who} {basis, select, used {a duré} other {est prévu(e) pour}} {time}, dans la limite de {bound}",
    "distribution.none":
      "aucun exposé de l’orateur principal n’est enregistré dans la liste des orateurs ; la distribution préalable ne peut donc être vérifiée",
    "distribution.ok": "{who} a été distribué à l’avance",
    "distribution.violation":
      "{who} n’a pas été distribué à l’avance, comme la décision 18/1 y encourage les membres du groupe de discussion",
    "distribution.unknown": "{who} : sa distribution préalable n’est pas enregistrée ; renseignez distributedInAdvance",
    "guide.none":
      "aucun guide de discussion n’est enregistré ; enregistrez sa cote et ses dates de parution pour les vérifier par rapport à {due}",
    "guide.violation": "guide de discussion {guide} : {problems} ; les six langues sont attendues au plus tard à {due}",
    "guide.unknown":
      "guide de discussion {guide} : la parution en {languages} n’est pas enregistrée au jour près, ou pas du tout ; enregistrez guide.issued avec les dates pour les vérifier par rapport à {due}",
    "guide.ok": "le guide de discussion {guide} a paru dans les six langues au plus tard à {due}",
    "guide.notIssuedIn": "non paru en {languages}",
    "guide.lateIn": "paru en retard en {issues}",
    "guide.issuedOn": "{language} le {on}",
    "guide.notKnownFor": "inconnu pour {languages}",
    "podium.noSeat": "aucun siège pour le ou les groupes {groups}",
    "podium.seatsFor": "{count} sièges pour le groupe {group}",
    "who.nomination": "la désignation {index} (par {by})",
    "who.nominationOf": "la désignation {index} (de {nominee} par {by})",
    "by.state": "{country}",
    "by.group": "le groupe {group}",
    "who.speaker":
      "{noun, select, keynote {l’exposé de l’orateur principal} other {l’intervention}} à speakersList[{index}]",
    "who.speakerNamed":
      "{noun, select, keynote {l’exposé de l’orateur principal} other {l’intervention}} à speakersList[{index}] ({speaker})",
    "who.speakerOfGroup":
      "{noun, select, keynote {l’exposé de l’orateur principal} other {l’intervention}} à speakersList[{index}] (un orateur du groupe {group})",
    "seconds.whole": "{seconds} secondes ({min} min)",
    "seconds.part": "{seconds} secondes ({min} min {sec} s)",
    "due.known": "l’échéance du {when}, {span, select, one {un mois} other {deux mois}} avant que {opening}",
    "due.unknown": "une échéance inconnue, {span, select, one {un mois} other {deux mois}} avant que {opening}",
    "window.day": "{day}",
    "window.between": "entre le {from} et le {to}",
    "window.noLaterThan": "au plus tard le {day}",
    "window.noEarlierThan": "au plus tôt le {day}",
    "opening.on": "la session s’ouvre le {when}",
    "opening.within": "la session s’ouvre ({when})",
    "opening.notKnown": "la session s’ouvre (date d’ouverture inconnue : {dates})",
    "opening.otherSession":
      "la session s’ouvre (inconnu : la session indiquée, {given}, n’est pas celle de cette discussion, {own})",
    "group.african": "des États d’Afrique",
    "group.asia-pacific": "des États d’Asie et du Pacifique",
    "group.eastern-european": "des États d’Europe orientale",
    "group.latin-american-caribbean": "des États d’Amérique latine et des Caraïbes",
    "group.western-european-other": "des États d’Europe occidentale et autres États",
    "language.ar": "arabe",
    "language.zh": "chinois",
    "language.en": "anglais",
    "language.fr": "français",
    "language.ru": "russe",
    "language.es": "espagnol",
    "list.comma": ", ",
    "list.semicolon": " ; ",
  },
};
