/**
 * Sessions and meetings of bodies (one entity, `designation` tells which): schedules with
 * partial or bounded dates, a schedule history kept through every postponement, and the
 * provisional agenda with its items and sub-items ("6(d)").
 * @module
 */
export * from "./SessionDates";
export * from "./SessionSchedule";
export * from "./DecisionReference";
export * from "./ScheduleChange";
export * from "./Session";
export * from "./ScheduleHistory";
export * from "./AgendaItemNumber";
export * from "./ProvisionalAgenda";
export * from "./SessionFilter";
export * from "./SessionDatesText";
export * from "./SessionLabels";
