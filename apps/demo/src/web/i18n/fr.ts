import type { MessageCatalog } from "@remit/core";
import type { UiMessageSlots } from "./UiMessages";

/** The app's messages in French. */
export const FR: MessageCatalog<UiMessageSlots> = {
  language: "fr",
  messages: {
    appName: "Remit",
    tagline: "Le travail de l’ONU en matière de prévention du crime, du mandat au rapport",
    skipToContent: "Aller au contenu",
    mainNavigation: "Navigation principale",
    navDashboard: "Tableau de bord",
    navActivities: "Activités",
    navMandates: "Mandats",
    navSessions: "Sessions",
    navReport: "Rapport",
    navExports: "Exportations",
    navSignIn: "Se connecter",
    navSignedIn: "Connecté (rédaction)",
    languageLabel: "Langue",
    loading: "Chargement…",
    loadFailed: "Impossible de charger cette page : {reason}",
    notFound: "Il n’y a pas de page à cette adresse.",
    backToDashboard: "Aller au tableau de bord",
    onlyIn: "uniquement en {language}",
    dashboardTitle: "{mandate} : {period}",
    dashboardIntro:
      "Ce que les données indiquent avoir été fait au titre de ce mandat pendant cette période, avec la source de chaque chiffre.",
    chooseMandate: "Mandat",
    choosePeriod: "Année",
    show: "Afficher",
    headlineFigures: "Chiffres clés",
    noFigures: "Aucun chiffre n’est enregistré pour ce mandat et cette année.",
    sourcesOf: "Sources de « {figure} »",
    sourceParagraphs: "{symbol}, paragraphe {paragraphs}",
    sourceRecords:
      "calculé à partir {count, plural, one {d’# enregistrement} many {de # d’enregistrements} other {de # enregistrements}}",
    sourceRecordList: "Enregistrements",
    countriesReached: "Pays touchés",
    countriesNamed:
      "{count, plural, one {# pays est nommé} many {# de pays sont nommés} other {# pays sont nommés}} dans les activités.",
    countriesCountedOnly:
      "{count, plural, one {# activité ne donne} many {# d’activités ne donnent} other {# activités ne donnent}} qu’un nombre de pays, sans les nommer :",
    countriesCountedItem: "{activity} : {count}",
    trainedByRegionYear: "Personnes formées, par région et par année",
    activitiesByTopic: "Activités par thème",
    activitiesByKind: "Activités par type",
    showTable: "Afficher les chiffres sous forme de tableau",
    hideTable: "Masquer le tableau",
    columnRegion: "Région",
    columnYear: "Année",
    columnPeople: "Personnes",
    columnTopic: "Thème",
    columnKind: "Type",
    columnActivities: "Activités",
    columnCountry: "Pays",
    noTopic: "Sans thème indiqué",
    worldRegion: "Sans région précise",
    mapCaption:
      "Carte {count, plural, one {du # pays nommé} many {des # de pays nommés} other {des # pays nommés}} dans les activités",
    footer:
      "Remit : bibliothèques ouvertes pour suivre le travail de l’ONU en matière de prévention du crime. Données : les deux documents de l’ONU du jeu de données.",
  },
};
