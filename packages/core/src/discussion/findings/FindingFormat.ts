import { formatMessage } from "../../message/MessageCatalog";
import { describeDates } from "../../session/SessionDates";
import { describeDatesIn } from "../../session/SessionDatesText";
import { formatPartialDateIn } from "../../time/PartialDateText";
import type { FindingCatalog, FindingKey, FindingSlots, FindingValue, FindingWording } from "./FindingSlots";

// A day the records give (a deadline, a nomination's date), as opposed to a code or a count.
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/u;

/** A slot's value as the catalog's reader reads it; phrases are worded by the same catalog. */
function valueIn(catalog: FindingCatalog, value: FindingValue): string | number {
  // A day reads as the language writes it (2011年2月11日); English keeps the records' ISO form.
  if (typeof value === "string" && ISO_DAY.test(value)) return formatPartialDateIn(value, catalog.language);
  if (typeof value !== "object") return value;
  const word = (key: FindingKey) => formatWording(catalog, { key, values: {} });
  if ("key" in value) return formatWording(catalog, value);
  if ("phrases" in value) {
    const separator = word(value.separator === "comma" ? "list.comma" : "list.semicolon");
    return value.phrases.map((phrase) => formatWording(catalog, phrase)).join(separator);
  }
  if ("groups" in value) return value.groups.map((group) => word(`group.${group}`)).join(word("list.comma"));
  if ("languages" in value) {
    return value.languages.map((language) => word(`language.${language}`)).join(word("list.comma"));
  }
  // English keeps the dates as the session record writes them (ISO), as the reasons always did.
  return catalog.language === "en" ? describeDates(value.dates) : describeDatesIn(value.dates, catalog.language);
}

/** A finding's wording in the catalog's language, its phrases worded in turn. */
export function formatWording(catalog: FindingCatalog, wording: FindingWording): string {
  const values = Object.fromEntries(
    Object.entries(wording.values).map(([slot, value]) => [slot, valueIn(catalog, value)]),
  );
  return formatMessage<FindingSlots, FindingKey>(catalog, wording.key, values as never);
}
