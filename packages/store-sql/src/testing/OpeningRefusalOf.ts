import type { StoreFailure } from "@remit/core";
import type { Effect } from "effect";
import { isStoreOpeningRefusal, type StoreOpeningRefusal } from "../opening/StoreOpeningRefusal";
import { fails } from "./StoreAccess";

/**
 * Runs an opening of a store (a layer, `migrate`, `status`, `restore`) that must be refused,
 * and returns the refusal: the store fails with a StoreFailure that repeats the refusal's
 * message and carries the refusal as its cause. Throws when any of that does not hold.
 */
export async function openingRefusalOf<A>(effect: Effect.Effect<A, StoreFailure>): Promise<StoreOpeningRefusal> {
  const failure = await fails(effect);
  if (!isStoreOpeningRefusal(failure.cause)) {
    throw new Error(`the StoreFailure's cause is no refusal to open: ${failure.message}`);
  }
  if (failure.message !== failure.cause.message) {
    throw new Error(`the StoreFailure says "${failure.message}", not its refusal's "${failure.cause.message}"`);
  }
  return failure.cause;
}
