import type { Result } from "../result/Result";
import type { Mandate } from "../mandate/Mandate";
import { readMandateReference, referenceKey } from "../mandate/MandateReference";
import { NotFound } from "./StoreErrors";

/**
 * The key a stored mandate is found by when named by symbol or citation: its symbol's
 * reference key (`referenceKey`), so that "A/RES/74/173", "GA resolution 74/173" and
 * "大会第74/173号决议" all find it. A mandate without a symbol (a declaration known by its
 * title) has none and is found by id only. Stores index mandates by this key.
 * @example mandateLookupKey({ symbol: "A/RES/74/173" }) // "A/RES/74/173"
 */
export function mandateLookupKey(mandate: Pick<Mandate, "symbol">): string | undefined {
  return mandate.symbol === undefined ? undefined : referenceKey(mandate.symbol);
}

/** How `Store.findMandate` reads a name: the key to look up, or why there is none to look up. */
export type MandateNameReading = Result<{ readonly reference: string; readonly key: string }, NotFound>;

/**
 * Reads the text `Store.findMandate` is given once no mandate has it as its id: a symbol or a
 * citation in any of the forms `readMandateReference` accepts gives the key to look up;
 * anything else is NotFound, with both parsers' reasons.
 * @example readMandateName("GA resolution 74/173") // { ok: true, value: { reference: "A/RES/74/173", key: "A/RES/74/173" } }
 */
export function readMandateName(text: string): MandateNameReading {
  const reading = readMandateReference(text);
  if (reading.ok) return { ok: true, value: { reference: reading.value, key: referenceKey(reading.value) } };
  const { asSymbol, asCitation } = reading.error;
  return {
    ok: false,
    error: new NotFound({
      kind: "mandate",
      id: text,
      message:
        `${JSON.stringify(text)} names no mandate: no mandate has it as its id, and it is no symbol or citation ` +
        `(as a document symbol: ${asSymbol} As a citation: ${asCitation}). Write an id such as "a-res-74-173", ` +
        `a symbol such as "A/RES/74/173" or a citation such as "GA decision 74/567".`,
    }),
  };
}

/** The NotFound of a well-formed reference that no stored mandate has. */
export function noMandateWith(text: string, reference: string): NotFound {
  return new NotFound({ kind: "mandate", id: text, message: `There is no mandate ${reference} in this store.` });
}

/**
 * The mandate a name names among `mandates` (in id order): the one with that id, else the
 * first whose symbol has the name's reference key. The pure definition `Store.findMandate`
 * answers by; a store looks the key up in an index instead of reading every mandate.
 * @example findMandateIn(mandates, "CCPCJ resolution 22/8") // the mandate "ccpcj-res-22-8"
 */
export function findMandateIn(mandates: readonly Mandate[], text: string): Mandate | undefined {
  const byId = mandates.find((mandate) => mandate.id === text);
  if (byId !== undefined) return byId;
  const name = readMandateName(text);
  if (!name.ok) return undefined;
  return mandates.find((mandate) => mandateLookupKey(mandate) === name.value.key);
}
