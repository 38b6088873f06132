/**
 * Every string the app shows that is not a record's own text: the keys and the slots each
 * message may use, declared once for the six catalogs (core's message format: ICU subset).
 */
export const UI_MESSAGE_SLOTS = {
  appName: [],
  tagline: [],
  skipToContent: [],
  mainNavigation: [],
  navDashboard: [],
  navActivities: [],
  navMandates: [],
  navSessions: [],
  navReport: [],
  navExports: [],
  navSignIn: [],
  navSignedIn: [],
  languageLabel: [],
  loading: [],
  loadFailed: ["reason"],
  notFound: [],
  backToDashboard: [],
  onlyIn: ["language"],
  dashboardTitle: ["mandate", "period"],
  dashboardIntro: [],
  chooseMandate: [],
  choosePeriod: [],
  show: [],
  headlineFigures: [],
  noFigures: [],
  sourcesOf: ["figure"],
  sourceParagraphs: ["symbol", "paragraphs"],
  sourceRecords: ["count"],
  sourceRecordList: [],
  countriesReached: [],
  countriesNamed: ["count"],
  countriesCountedOnly: ["count"],
  countriesCountedItem: ["activity", "count"],
  trainedByRegionYear: [],
  activitiesByTopic: [],
  activitiesByKind: [],
  showTable: [],
  hideTable: [],
  columnRegion: [],
  columnYear: [],
  columnPeople: [],
  columnTopic: [],
  columnKind: [],
  columnActivities: [],
  columnCountry: [],
  noTopic: [],
  worldRegion: [],
  mapCaption: ["count"],
  footer: [],
} as const;

/** The schema of the app's messages. */
export type UiMessageSlots = typeof UI_MESSAGE_SLOTS;
/** A key of the app's messages. */
export type UiMessageKey = keyof UiMessageSlots;
/** A key of a message without slots. */
export type PlainMessageKey = {
  readonly [K in UiMessageKey]: UiMessageSlots[K] extends readonly [] ? K : never;
}[UiMessageKey];
