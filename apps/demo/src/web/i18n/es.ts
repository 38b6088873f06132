import type { MessageCatalog } from "@remit/core";
import type { UiMessageSlots } from "./UiMessages";

/** The app's messages in Spanish. */
export const ES: MessageCatalog<UiMessageSlots> = {
  language: "es",
  messages: {
    appName: "Remit",
    tagline: "La labor de las Naciones Unidas en prevención del delito, del mandato al informe",
    skipToContent: "Ir al contenido",
    mainNavigation: "Navegación principal",
    navDashboard: "Panel",
    navActivities: "Actividades",
    navMandates: "Mandatos",
    navSessions: "Períodos de sesiones",
    navReport: "Informe",
    navExports: "Exportaciones",
    navSignIn: "Iniciar sesión",
    navSignedIn: "Sesión iniciada (edición)",
    languageLabel: "Idioma",
    loading: "Cargando…",
    loadFailed: "No se pudo cargar esta página: {reason}",
    notFound: "No hay ninguna página en esta dirección.",
    backToDashboard: "Ir al panel",
    onlyIn: "solo en {language}",
    dashboardTitle: "{mandate}: {period}",
    dashboardIntro:
      "Lo que, según los registros, se hizo en virtud de este mandato en este período, con la fuente de cada cifra.",
    chooseMandate: "Mandato",
    choosePeriod: "Año",
    show: "Mostrar",
    headlineFigures: "Cifras principales",
    noFigures: "No hay cifras registradas para este mandato y este año.",
    sourcesOf: "Fuentes de «{figure}»",
    sourceParagraphs: "{symbol}, párrafo {paragraphs}",
    sourceRecords: "calculado a partir de {count, plural, one {# registro} many {# de registros} other {# registros}}",
    sourceRecordList: "Registros",
    countriesReached: "Países alcanzados",
    countriesNamed:
      "En las actividades se {count, plural, one {nombra # país} many {nombran # de países} other {nombran # países}}.",
    countriesCountedOnly:
      "{count, plural, one {# actividad indica} many {# de actividades indican} other {# actividades indican}} solo un número de países, sin nombrarlos:",
    countriesCountedItem: "{activity}: {count}",
    trainedByRegionYear: "Personas capacitadas, por región y año",
    activitiesByTopic: "Actividades por tema",
    activitiesByKind: "Actividades por tipo",
    showTable: "Mostrar las cifras en una tabla",
    hideTable: "Ocultar la tabla",
    columnRegion: "Región",
    columnYear: "Año",
    columnPeople: "Personas",
    columnTopic: "Tema",
    columnKind: "Tipo",
    columnActivities: "Actividades",
    columnCountry: "País",
    noTopic: "Sin tema indicado",
    worldRegion: "Sin región concreta",
    mapCaption:
      "Mapa de {count, plural, one {el # país nombrado} many {los # de países nombrados} other {los # países nombrados}} en las actividades",
    footer:
      "Remit: bibliotecas abiertas para seguir la labor de las Naciones Unidas en prevención del delito. Datos: los dos documentos de las Naciones Unidas del conjunto de datos.",
  },
};
