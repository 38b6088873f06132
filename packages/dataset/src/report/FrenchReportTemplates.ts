import { FRENCH_FORMAT } from "@remit/core";
import type { ReportTemplateSet } from "@remit/core";

/**
 * The French templates of the report on technical assistance against cybercrime, worded by
 * Remit in the register of UN French ("l'ONUDC", "la résolution 74/173 de l'Assemblée
 * générale", "exploitation et atteintes sexuelles visant des enfants en ligne"); figures,
 * names, dates and asks come from the records through the slots. A name takes its article
 * through `{slot, the}`, `{slot, de}` and `{slot, a}` (see `FRENCH_FORMAT.inflect`).
 */
export const FRENCH_REPORT_TEMPLATES: ReportTemplateSet = {
  language: "fr",
  headings: {
    introduction: "Introduction",
    "introduction.mandate": "Mandat de l'ONUDC en matière de cybercriminalité",
    developments: "Faits nouveaux, progrès accomplis et bonnes pratiques",
    capacity: "Appui normatif et renforcement des capacités",
    "capacity.forensics": "Enquêtes sur la cybercriminalité et criminalistique numérique",
    "capacity.crypto": "Enquêtes sur les cryptomonnaies et le darknet",
    "capacity.ocsea": "Exploitation et atteintes sexuelles visant des enfants en ligne",
    "capacity.evidence": "Coopération internationale en matière de preuves électroniques",
    sharing: "Échange d'informations",
    research: "Recherche et analyse",
    prevention: "Prévention",
    "expert-group": "Groupe d'experts chargé de réaliser une étude approfondie sur la cybercriminalité",
  },
  sentences: {
    "summary.mandate": [
      "Le présent rapport a été établi en application de la {mandate}, intitulée « {mandate.title} », dans laquelle {mandate.body, the} a prié le Secrétaire général de faire rapport {receiver, a}, à sa {fromSession}, sur {subject}.",
      "Le présent rapport a été établi en application de la {mandate}, dans laquelle {mandate.body, the} a prié le Secrétaire général de faire rapport {receiver, a}, à sa {fromSession}, sur {subject}.",
      "Le présent rapport a été établi en application de la {mandate}.",
    ],
    "summary.deferral": [
      "Il est présenté {receiver, a} à sa {toSession} : {reason}.",
      "Il est présenté {receiver, a} à sa {toSession}.",
    ],
    "summary.scope": [
      "Il rend compte de l'assistance technique et du renforcement des capacités, y compris l'échange d'informations, que l'ONUDC a fournis en {period} pour lutter contre la cybercriminalité.",
    ],
    "introduction.chain": [
      "En {year}, dans sa {mandate.short}, {mandate.body, the} a adressé la demande suivante à l'ONUDC : {asks}.",
      "Dans sa {mandate.short}, {mandate.body, the} a adressé la demande suivante à l'ONUDC : {asks}.",
    ],
    "developments.delivery": [
      "Pour donner suite à ces mandats, l'ONUDC, principalement par l'intermédiaire {programme, de}, a fourni aux États Membres une assistance technique et un appui au renforcement des capacités en matière de cybercriminalité.",
    ],
    "developments.secretariat": ["L'ONUDC a également assuré le secrétariat {expertGroup, de}."],
    "developments.partners": [
      "L'ONUDC a planifié et mené son action contre la cybercriminalité en étroite coopération avec des partenaires et des instances clefs, qu'il a également conseillés : {partners}.",
    ],
    "developments.support": [
      "En {period}, l'appui qu'il a apporté aux États Membres a notamment consisté à {titles, lower}. {summary}.",
      "En {period}, l'appui qu'il a apporté aux États Membres a notamment consisté à {titles, lower}.",
    ],
    "developments.convention": [
      "L'ONUDC a suivi l'évolution de la situation concernant la {resolution}, intitulée « {resolution.title} », dans laquelle {resolution.body, the} a notamment décidé {ask, part}.",
      "L'ONUDC a suivi l'évolution de la situation concernant la {resolution}, dans laquelle {resolution.body, the} a notamment décidé {ask, part}.",
    ],
    "developments.convene": ["Dans la même résolution, il était prévu que le comité spécial {ask}."],
    "schedule.change": [
      "{change.kind, select, postponement {En raison de {change.reason}, l'Assemblée générale, par sa {change.decision}, a reporté la session, initialement prévue {change.from, on}, et décidé qu'elle se tiendrait {change.to, on}.} brought-forward {La session, initialement prévue {change.from, on}, a été avancée et devait se tenir {change.to, on}.} other {Le {change.announced}, les États Membres ont été informés que la session se tiendrait {change.to, on}, à {change.venue}.}}",
      "{change.kind, select, postponement {Par la {change.decision}, la session, initialement prévue {change.from, on}, a été reportée et devait se tenir {change.to, on}.} brought-forward {La session, initialement prévue {change.from, on}, a été avancée et devait se tenir {change.to, on}.} other {Le {change.announced}, les États Membres ont été informés que la session se tiendrait {change.to, on}.}}",
      "{change.kind, select, postponement {La session, initialement prévue {change.from, on}, a été reportée et devait se tenir {change.to, on}.} brought-forward {La session, initialement prévue {change.from, on}, a été avancée et devait se tenir {change.to, on}.} other {La session devait se tenir {change.to, on}.}}",
    ],
    "developments.committee-work": [
      "L'ONUDC appuie le comité spécial ; en {period}, ses travaux ont notamment porté sur les points suivants : {titles, lower} ({summary, lower}).",
      "L'ONUDC appuie le comité spécial ; en {period}, ses travaux ont notamment porté sur les points suivants : {titles, lower}.",
    ],
    "capacity.mentors": [
      "Les mentors en matière de cybercriminalité basés {countries, in} ont continué d'aider les États de leur région à lutter contre la cybercriminalité proprement dite et la criminalité facilitée par l'informatique, et à traiter les preuves électroniques.",
    ],
    "capacity.remote": [
      "Depuis {start}, le Programme mondial contre la cybercriminalité fonctionne entièrement à distance et continue de conseiller les États Membres sur les vulnérabilités et les problèmes qu'ils ont recensés.",
    ],
    "capacity.assessment": [
      "À la demande {countries, de}, l'ONUDC a procédé à une évaluation complète des capacités nationales des services de détection et de répression et de l'appareil judiciaire en matière de lutte contre la cybercriminalité.",
    ],
    "capacity.strategy": [
      "L'ONUDC aide les autorités {countries, de} à élaborer une stratégie et des procédures opérationnelles permanentes qui renforceront les enquêtes de police sur la cybercriminalité.",
    ],
    "forensics.encourage": [
      "Dans sa {resolution.short}, {resolution.body, the} a encouragé les États Membres à {ask}.",
    ],
    "forensics.urge": ["Dans la même résolution, {resolution.body, the} a exhorté les États Membres à {ask}."],
    "forensics.training": [
      "Au cours de la période considérée, l'ONUDC a formé {trained} {audiences, lower} de {countries} pays dans les domaines suivants : {topics, lower}.",
      "Au cours de la période considérée, l'ONUDC a formé {trained} {audiences, lower} dans les domaines suivants : {topics, lower}.",
    ],
    "crypto.trainers": [
      "{regions, in, cap}, l'ONUDC a renforcé, selon une méthode de formation de formateurs, les capacités des {audiences, lower} chargés d'enquêtes sur les cryptomonnaies.",
    ],
    "crypto.advice": [
      "{advised, plural, one {L'ONUDC a également fourni à un État Membre des conseils opérationnels dans le cadre d'une enquête pénale complexe portant sur des cryptomonnaies.} other {L'ONUDC a également fourni à {advised} États Membres des conseils opérationnels dans le cadre d'enquêtes pénales complexes portant sur des cryptomonnaies.}}",
    ],
    "crypto.training": [
      "En {period}, {trained} {audiences, lower} {regions, in} ont suivi une formation pratique dans les domaines suivants : {topics, lower}.",
      "En {period}, {trained} {audiences, lower} ont suivi une formation pratique dans les domaines suivants : {topics, lower}.",
    ],
    "crypto.working-group": [
      "La réunion suivante s'est tenue pendant la période considérée : {titles}. {summary}.",
      "La réunion suivante s'est tenue pendant la période considérée : {titles}.",
    ],
    "ocsea.mandate": ["Dans sa {resolution.short}, {resolution.body, the} a prié l'ONUDC {ask, part}."],
    "ocsea.resources": ["{resolution.body, the, cap} a également encouragé les États Membres à {ask}."],
    "ocsea.statistic": ["{indicator} : {value} ({country}, {period})."],
    "ocsea.reporting": [
      "{countries, in, cap}, les entreprises technologiques signalent des cas d'abus depuis {start} au moyen d'un mécanisme soutenu par l'ONUDC.",
    ],
    "ocsea.webinars": [
      "L'ONUDC a organisé une série de webinaires sur les thèmes suivants : {topics, lower}, en {languages}, à l'intention des pays {regions, de} ; {participants} personnes de {countries} pays y ont participé ({audiences, lower}).",
      "L'ONUDC a organisé une série de webinaires sur les thèmes suivants : {topics, lower}, en {languages} ; {participants} personnes y ont participé.",
    ],
    "ocsea.course": [
      "Avec {partners}, l'ONUDC a conçu un cours diplômant en ligne sur les thèmes suivants : {topics, lower}, dispensé en {languages}, qu'ont suivi {trained} {audiences, lower} de {countries} pays.",
      "Avec {partners}, l'ONUDC a conçu un cours diplômant en ligne sur les thèmes suivants : {topics, lower}, qu'ont suivi {trained} {audiences, lower}.",
    ],
    "ocsea.conference": [
      "En coordination avec {partners}, l'ONUDC a organisé la manifestation suivante : {titles}, au cours de laquelle des {audiences, lower} ont examiné les risques existants et nouveaux auxquels les enfants sont exposés en ligne.",
      "L'ONUDC a organisé la manifestation suivante : {titles}.",
    ],
    "ocsea.teachers": [
      "En Amérique centrale, en coordination avec les ministères de l'éducation et les secrétariats chargés de la lutte contre la traite des personnes {countries, de}, l'ONUDC a formé {teachers} enseignants à la prévention de la cybercriminalité, l'accent étant mis sur la prévention de l'exploitation et des atteintes sexuelles visant des enfants en ligne.",
      "{countries, in, cap}, l'ONUDC a formé {teachers} enseignants à la prévention de la cybercriminalité, l'accent étant mis sur la prévention de l'exploitation et des atteintes sexuelles visant des enfants en ligne.",
    ],
    "ocsea.victims": [
      "{victims, plural, one {Cette formation a directement permis d'identifier et de protéger une victime de sexe {victimSex} âgée de {victimAge}.} other {Cette formation a directement permis d'identifier et de protéger {victims} victimes de sexe {victimSex} âgées de {victimAge}.}}",
      "Cette formation a directement permis d'identifier et de protéger {victims} victimes.",
    ],
    "ocsea.tool": [
      "Avec {partners}, l'ONUDC a donné {countries, a} un accès direct à un outil de gestion des dossiers.",
    ],
    "ocsea.tool-purpose": ["{summary}."],
    "evidence.training": [
      "L'ONUDC a collaboré avec des entreprises technologiques mondiales pour former les autorités de justice pénale à la présentation de demandes de preuves numériques à ces entreprises, l'accent étant mis en particulier sur l'exploitation et les atteintes sexuelles visant des enfants en ligne ; des praticiens et des représentants du secteur privé ont examiné des questions de politique générale, de procédure et de compétence avec des entreprises telles que {companies}. Au total, {trained} praticiens du système judiciaire {countries, de} ont bénéficié de l'initiative.",
      "L'ONUDC a collaboré avec des entreprises technologiques mondiales pour former {trained} praticiens du système judiciaire à la présentation de demandes de preuves numériques.",
    ],
    "sharing.repository": [
      "Dans sa {resolution.short}, {resolution.body, the} a réaffirmé le rôle que joue l'ONUDC en application de la {target}, à savoir {ask}.",
    ],
    "sharing.sherloc": [
      "En {period}, l'ONUDC a continué d'enrichir SHERLOC, son portail de gestion des connaissances, de ressources consacrées à la cybercriminalité.",
    ],
    "sharing.sherloc-holdings": [
      "En {asOf}, SHERLOC recensait {laws} lois relatives à la cybercriminalité et {cases} affaires de cybercriminalité proprement dite ou de criminalité facilitée par l'informatique.",
      "SHERLOC recensait {laws} lois relatives à la cybercriminalité et {cases} affaires de cybercriminalité proprement dite ou de criminalité facilitée par l'informatique.",
    ],
    "sharing.social": [
      "L'ONUDC a diffusé sur les médias sociaux des informations relatives à la cybercriminalité afin de sensibiliser le public et d'encourager la prévention, ce qui a généré {impressions, nv}impressions.",
    ],
    "research.publication": [
      "En {period}, l'ONUDC a publié « {titles} ». Cette étude {summary, lower}.",
      "En {period}, l'ONUDC a publié « {titles} ».",
    ],
    "prevention.awareness": [
      "Le passage de la formation en ligne a permis à l'ONUDC de toucher davantage {audiences, lower, part} en matière de prévention de la cybercriminalité ; les activités de sensibilisation ont atteint {reached} personnes {regions, in}.",
      "Les activités de sensibilisation ont atteint {reached} personnes.",
    ],
    "prevention.campaigns": [
      "L'ONUDC a lancé des campagnes de prévention de la cybercriminalité à l'intention des {audiences, lower} sur les médias sociaux et à la télévision {regions, in} ; d'autres campagnes ont été menées {countries, in}.",
      "L'ONUDC a lancé des campagnes de prévention de la cybercriminalité à l'intention des {audiences, lower} sur les médias sociaux et à la télévision {regions, in}.",
    ],
    "prevention.campaign-languages": [
      "{region, in, cap}, les campagnes ont été diffusées sur les médias sociaux en {languages}.",
    ],
    "prevention.television": ["{countries, in, cap}, les campagnes ont été diffusées à la télévision nationale."],
    "prevention.campaign-views": [
      "{countries, in, cap}, la campagne intitulée « {titles} » a été lancée en coopération avec {partners} ; elle a été vue {views, nc}fois.",
      "La campagne « {titles} » a été vue {views, nc}fois.",
    ],
    "prevention.incident": [
      "{countries, in, cap}, l'ONUDC a élaboré un protocole d'intervention en cas d'incident informatique pendant les cours en ligne et y a formé {trained} {audiences, lower}.",
    ],
    "expert.mandate": [
      "L'ONUDC appuie les travaux {expertGroup, de} en lui fournissant des services fonctionnels et des services de secrétariat.",
    ],
    "expert.establishment": [
      "La Commission a créé le Groupe en application de la {lineage}, dans laquelle {lineage.body, the} a fait sienne la {lineage.endorsed} ; la {lineage.update}, approuvée dans la {lineage.updateEndorsedBy}, a actualisé ce mandat.",
      "La Commission a créé le Groupe en application de la {lineage}, dans laquelle {lineage.body, the} a fait sienne la {lineage.endorsed}.",
    ],
    "expert.meetings": ["Le Groupe d'experts a tenu {meetings} réunions, en {years}."],
    "expert.continuation": [
      "Dans sa {resolution.short}, {resolution.body, the} a prié le Groupe {continueAsk, part}, a décidé ce qui suit : {decideAsk} ; et l'a encouragé à {encourageAsk}.",
      "Dans sa {resolution.short}, {resolution.body, the} a prié le Groupe {continueAsk, part}.",
    ],
    "expert.next": ["Sa {next.ordinal} réunion doit se tenir {next, on}."],
    "expert.postponed": [
      "La {meeting.ordinal} réunion du Groupe, prévue {meeting.planned, on}, a dû être reportée {meeting.reason} ; elle s'est tenue {meeting.held, on} selon une formule {meeting.format} : {meeting.formatNote}.",
      "La {meeting.ordinal} réunion du Groupe, prévue {meeting.planned, on}, s'est tenue {meeting.held, on} selon une formule {meeting.format}.",
    ],
  },
  statistics: {
    "share-of-cases-involving-ocsea": [
      "{breakdown.case-status.value, select, investigated {En {period}, {country, in}, le service de lutte contre la cybercriminalité a enquêté sur {share.whole} affaires de {breakdown.crime-type}, dont {share} concernaient l'exploitation et les atteintes sexuelles visant des enfants en ligne.} other {{country, in, cap}, {share} des {share.whole} affaires traitées {period, on} concernaient l'exploitation et les atteintes sexuelles visant des enfants en ligne.}}",
      "{country, in, cap}, {share} des {share.whole} affaires traitées {period, on} concernaient l'exploitation et les atteintes sexuelles visant des enfants en ligne.",
      "{period.kind, select, by {{country, in, cap}, la part des affaires donnant lieu à des enquêtes sur l'exploitation et les atteintes sexuelles visant des enfants en ligne avait atteint {share} en {period}.} other {{country, in, cap}, {share} des affaires enregistrées {period, on} concernaient l'exploitation et les atteintes sexuelles visant des enfants en ligne.}}",
      "{country, in, cap}, {share} des affaires enregistrées {period, on} concernaient l'exploitation et les atteintes sexuelles visant des enfants en ligne.",
    ],
    "share-of-cases-involving-online-sexual-exploitation-of-women": [
      "{country, in, cap}, {share} des {share.whole} affaires enregistrées {period, on} concernaient l'exploitation et les atteintes sexuelles visant des femmes en ligne.",
      "{country, in, cap}, {share} des affaires enregistrées {period, on} concernaient l'exploitation et les atteintes sexuelles visant des femmes en ligne.",
    ],
    "share-of-ocsea-child-victims-who-are-girls": [
      "{country, in, cap}, en {period}, {share.part} enfants victimes d'exploitation et d'atteintes sexuelles en ligne sur {share.whole} étaient des filles.",
    ],
  },
  labels: {
    reportBy: "Rapport du Secrétaire général",
    summary: "Résumé",
    figures: "Chiffres figurant dans le présent rapport",
    paragraph: "Par.",
    figure: "Donnée",
    value: "Valeur",
    sources: "Sources",
    notes: "Notes",
    records: "Données de base",
    symbolPending: "cote non indiquée dans la source",
    paragraphsOf: "par. {n}",
    paragraphsOfMany: "par. {n}",
  },
  words: {
    reportOfTheSecretaryGeneral: "Rapport du Secrétaire général",
    sessionFormats: { "in-person": "en présentiel", hybrid: "hybride", online: "en ligne", reduced: "restreinte" },
    sexes: { female: "féminin", male: "masculin" },
    breakdowns: {
      "sexual-and-financial": "criminalité sexuelle et financière",
      investigated: "ayant fait l'objet d'une enquête",
    },
    bodies: {
      ga: "Assemblée générale",
      ecosoc: "Conseil économique et social",
      ccpcj: "Commission pour la prévention du crime et la justice pénale",
      "crime-congress": "Congrès des Nations Unies pour la prévention du crime et la justice pénale",
      "eg-cybercrime": "Groupe d'experts chargé de réaliser une étude approfondie sur la cybercriminalité",
      "ahc-cybercrime":
        "Comité spécial chargé d'élaborer une convention internationale générale sur la lutte contre l'utilisation des technologies de l'information et des communications à des fins criminelles",
      unodc: "Office des Nations Unies contre la drogue et le crime",
      "unodc-gpc": "Programme mondial contre la cybercriminalité",
      "secretary-general": "Secrétaire général",
    },
    sentenceSeparator: " ",
    countries: "Pays",
    activities: "Activités",
    meetings: "Réunions tenues",
  },
  format: FRENCH_FORMAT,
};
