import { Store } from "@remit/core";
import { Effect } from "effect";

/**
 * The stored mandate a reference names: an id (`a-res-74-173`), a symbol (`A/RES/74/173`) or
 * a citation ("GA resolution 74/173") in any form — the store's `findMandate`. NotFound when
 * none is stored, with a message that says why.
 */
export function findMandate(reference: string) {
  return Effect.gen(function* () {
    const store = yield* Store;
    return yield* store.findMandate(reference);
  });
}
