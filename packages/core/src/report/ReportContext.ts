import type { Activity } from "../activity/Activity";
import type { Body } from "../body/Body";
import type { LineageGraph } from "../mandate/LineageGraph";
import { resolveMandateLink } from "../mandate/LineageGraph";
import type { Mandate } from "../mandate/Mandate";
import type { Indicator } from "../metric/Indicator";
import type { Observation } from "../metric/Observation";
import type { Quantity } from "../metric/Quantity";
import { formatQuantity } from "../metric/QuantityFormat";
import type { Session } from "../session/Session";
import type { Language } from "../text/Language";
import type { LocalizedText } from "../text/LocalizedText";
import { display } from "../text/LocalizedText";
import type { Period } from "../time/Period";
import type { MandateChoice } from "./ReportOutline";
import type { MandateName, ReportTemplateSet } from "./ReportTemplates";
import { joinItemsIn } from "./ListJoining";

/**
 * The records a report is computed from. `bodies` is optional: without it, bodies are named
 * by the template set's own names for the contract's body ids.
 */
export interface ReportRecords {
  readonly mandates: readonly Mandate[];
  readonly sessions: readonly Session[];
  readonly activities: readonly Activity[];
  readonly observations: readonly Observation[];
  readonly indicators: readonly Indicator[];
  readonly bodies?: readonly Body[];
}

/** A mandate's name in the report's language, with the adopting body and the title. */
export interface NamedMandate extends MandateName {
  readonly body?: string;
  readonly title?: string;
}

/** What every part of the builder needs: the records, indexed, and the report's language. */
export interface ReportContext {
  readonly records: ReportRecords;
  readonly period: Period;
  readonly templates: ReportTemplateSet;
  readonly language: Language;
  readonly mandate: Mandate;
  readonly graph: LineageGraph;
  readonly indicators: ReadonlyMap<string, Indicator>;
  readonly activities: ReadonlyMap<string, Activity>;
}

/** A localized text in the report's language (another language when it has none). */
export function textIn(context: ReportContext, value: LocalizedText): string {
  return display(value, [context.language]).text;
}

/**
 * Items joined as the report's language lists them: "a, b and c" (UN English has no serial
 * comma), "a、b和c"; items that hold an "and" of their own are joined with "as well as".
 */
export function joinList(context: ReportContext, items: readonly string[]): string {
  return joinItemsIn(context.language, items);
}

/** A quantity as the report writes it: "more than 5,600", "5,600多". */
export function quantityText(context: ReportContext, quantity: Quantity): string {
  return formatQuantity(quantity, context.language);
}

/**
 * The plural category of a quantity in the report's language, for the plural choices of
 * templates. In Russian, "около", "более", "не менее", "менее" and "не более" put the noun
 * after the number into the genitive, so "более 2 человек" takes the plural of "5 человек"
 * ("few" becomes "many"); "почти" leaves the case to the sentence.
 */
export function pluralOf(context: Pick<ReportContext, "language">, quantity: Quantity): Intl.LDMLPluralRule {
  const category = new Intl.PluralRules(context.language).select(quantity.value);
  const governsGenitive = quantity.qualifier !== "exact" && quantity.qualifier !== "nearly";
  return context.language === "ru" && governsGenitive && category === "few" ? "many" : category;
}

/**
 * A body's name: from its record when the record has it in the report's language, else the
 * template set's name, else the record's name in another language, else its id. (A record
 * named only in English and Chinese must not put "General Assembly" into a French report
 * whose templates know "Assemblée générale".)
 */
export function bodyName(context: ReportContext, bodyId: string): string {
  const record = context.records.bodies?.find((body) => body.id === bodyId);
  const shown = record === undefined ? undefined : display(record.name, [context.language]);
  if (shown !== undefined && !shown.isFallback) return shown.text;
  return context.templates.words.bodies[bodyId] ?? shown?.text ?? bodyId;
}

/**
 * The mandate an outline names: the report's own for `"report"`, else the mandate whose
 * symbol or citation matches (compared in canonical form, so "GA resolution 74/247" finds
 * "A/RES/74/247").
 */
export function resolveMandate(context: ReportContext, choice: MandateChoice): Mandate | undefined {
  if (choice === "report") return context.mandate;
  return resolveMandateLink(context.graph, { reference: choice });
}

/** The number a symbol or citation carries: "74/173" in "A/RES/74/173" or "GA decision 74/567". */
function mandateNumber(reference: string | undefined): string | undefined {
  return reference === undefined ? undefined : /(\d+\/\d+)$/.exec(reference)?.[1];
}

/** A mandate named in the report's language: "General Assembly resolution 74/173", "大会第74/173号决议". */
export function nameMandate(context: ReportContext, mandate: Mandate): NamedMandate {
  const body = mandate.adoptingBodyId === undefined ? undefined : bodyName(context, mandate.adoptingBodyId);
  const title = mandate.title === undefined ? undefined : textIn(context, mandate.title);
  const number = mandateNumber(mandate.symbol);
  const parts = {
    kind: mandate.kind,
    ...(body !== undefined ? { body } : {}),
    ...(number !== undefined ? { number } : {}),
    ...(title !== undefined ? { title } : {}),
  };
  const name = context.templates.format.mandate(parts);
  return { ...name, ...parts };
}
