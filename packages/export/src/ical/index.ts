/**
 * `@remit/export/ical`: sessions and meetings as an RFC 5545 calendar (via ical-generator):
 * stable UIDs, SEQUENCE counting reschedules, STATUS, LOCATION, LANGUAGE, all-day events on
 * the current dates, and the schedule history in the description.
 * @module
 */
export { exportICalendar, type SessionCalendarOptions } from "./SessionCalendar";
export { eventDays, eventStatus, addDays, type EventDays, type EventStatus } from "./SessionTiming";
export { sessionDescription, type DescriptionText } from "./ScheduleHistoryText";
