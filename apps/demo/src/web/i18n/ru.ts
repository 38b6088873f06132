import type { MessageCatalog } from "@remit/core";
import type { UiMessageSlots } from "./UiMessages";

/** The app's messages in Russian. */
export const RU: MessageCatalog<UiMessageSlots> = {
  language: "ru",
  messages: {
    appName: "Remit",
    tagline: "Работа ООН по предупреждению преступности: от мандата до доклада",
    skipToContent: "Перейти к содержанию",
    mainNavigation: "Главное меню",
    navDashboard: "Обзор",
    navActivities: "Мероприятия",
    navMandates: "Мандаты",
    navSessions: "Сессии",
    navReport: "Доклад",
    navExports: "Выгрузка",
    navSignIn: "Войти",
    navSignedIn: "Вход выполнен (редактор)",
    languageLabel: "Язык",
    loading: "Загрузка…",
    loadFailed: "Не удалось загрузить страницу: {reason}",
    notFound: "По этому адресу страницы нет.",
    backToDashboard: "Перейти к обзору",
    onlyIn: "только на языке: {language}",
    dashboardTitle: "{mandate}: {period}",
    dashboardIntro:
      "Что, согласно записям, было сделано в рамках этого мандата за этот период, с источником каждой цифры.",
    chooseMandate: "Мандат",
    choosePeriod: "Год",
    show: "Показать",
    headlineFigures: "Основные показатели",
    noFigures: "Для этого мандата и года цифры не записаны.",
    sourcesOf: "Источники показателя «{figure}»",
    sourceParagraphs: "{symbol}, пункт {paragraphs}",
    sourceRecords: "вычислено по {count, plural, one {# записи} few {# записям} many {# записям} other {# записи}}",
    sourceRecordList: "Записи",
    countriesReached: "Охваченные страны",
    countriesNamed:
      "В мероприятиях {count, plural, one {названа # страна} few {названы # страны} many {названо # стран} other {названо # страны}}.",
    countriesCountedOnly:
      "{count, plural, one {# мероприятие указывает} few {# мероприятия указывают} many {# мероприятий указывают} other {# мероприятия указывают}} лишь число стран, не называя их:",
    countriesCountedItem: "{activity}: {count}",
    trainedByRegionYear: "Обученные специалисты по регионам и годам",
    activitiesByTopic: "Мероприятия по темам",
    activitiesByKind: "Мероприятия по видам",
    showTable: "Показать цифры в таблице",
    hideTable: "Скрыть таблицу",
    columnRegion: "Регион",
    columnYear: "Год",
    columnPeople: "Человек",
    columnTopic: "Тема",
    columnKind: "Вид",
    columnActivities: "Мероприятия",
    columnCountry: "Страна",
    noTopic: "Тема не указана",
    worldRegion: "Без привязки к региону",
    mapCaption:
      "Карта {count, plural, one {# страны, названной} few {# стран, названных} many {# стран, названных} other {# страны, названной}} в мероприятиях",
    footer:
      "Remit: открытые библиотеки для отслеживания работы ООН по предупреждению преступности. Данные: два документа ООН из набора данных.",
  },
};
