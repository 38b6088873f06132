import type { Effect, Stream } from "effect";
import { describe, expectTypeOf, it } from "vitest";
import type { Activity } from "../activity";
import type { Mandate } from "../mandate";
import type { Session } from "../session";
import type { EntityOf } from "./EntityKind";
import type { ImportReport } from "./ImportEntry";
import type { Store, StoreShape } from "./Store";
import type { StoreChange } from "./StoreChange";
import type { ImportRejected, InvalidCursor, NotFound, RevisionConflict, StoreFailure } from "./StoreErrors";
import type { Page, Stored } from "./Stored";
import { decodeRecord } from "../record/decodeRecord";
import type { InvalidRecord } from "../record/InvalidRecord";

type Success<T> = T extends Effect.Effect<infer A, infer _E, infer _R> ? A : never;
type Failure<T> = T extends Effect.Effect<infer _A, infer E, infer _R> ? E : never;

declare const store: StoreShape;
declare const mandate: Mandate;

describe("the Store port's types", () => {
  it("the changes are a stream of store changes that can fail only with a store failure", () => {
    expectTypeOf(store.changes).toEqualTypeOf<Stream.Stream<StoreChange, StoreFailure>>();
  });

  it("reading a mandate yields a Stored mandate whose record is a Mandate", () => {
    expectTypeOf(store.get("mandate", "a-res-74-173")).toEqualTypeOf<
      Effect.Effect<Stored<"mandate">, NotFound | StoreFailure>
    >();
    type Read = Success<ReturnType<typeof store.get<"mandate">>>;
    expectTypeOf<Read["record"]>().toEqualTypeOf<Mandate>();
    expectTypeOf<Read["kind"]>().toEqualTypeOf<"mandate">();
  });

  it("a put can fail only with a conflict, an invalid record or a store failure", () => {
    expectTypeOf(store.put("mandate", mandate, { actor: "editor", expectedRevision: 1 })).toEqualTypeOf<
      Effect.Effect<Stored<"mandate">, RevisionConflict | InvalidRecord | StoreFailure>
    >();
    expectTypeOf<Failure<ReturnType<typeof store.put<"session">>>>().toEqualTypeOf<
      RevisionConflict | InvalidRecord | StoreFailure
    >();
  });

  it("a put takes only a record of the kind it names", () => {
    // @ts-expect-error a mandate is not a session
    store.put("session", mandate, { actor: "editor" });
    expectTypeOf<EntityOf<"session">>().toEqualTypeOf<Session>();
  });

  it("lists and activity searches are pages that can refuse a cursor", () => {
    expectTypeOf(store.findActivities({}, { limit: 10 })).toEqualTypeOf<
      Effect.Effect<Page<Stored<"activity">>, InvalidCursor | StoreFailure>
    >();
    expectTypeOf<
      Success<ReturnType<typeof store.findActivities>>["items"][number]["record"]
    >().toEqualTypeOf<Activity>();
    expectTypeOf<Failure<ReturnType<typeof store.list>>>().toEqualTypeOf<InvalidCursor | StoreFailure>();
  });

  it("a removal fails with NotFound, a conflict or a store failure", () => {
    expectTypeOf<Failure<ReturnType<typeof store.remove>>>().toEqualTypeOf<
      NotFound | RevisionConflict | StoreFailure
    >();
  });

  it("an import reports, or is rejected as a whole", () => {
    expectTypeOf<Success<ReturnType<typeof store.importRecords>>>().toEqualTypeOf<ImportReport>();
    expectTypeOf<Failure<ReturnType<typeof store.importRecords>>>().toEqualTypeOf<ImportRejected | StoreFailure>();
  });

  it("the Store tag yields the StoreShape", () => {
    expectTypeOf<Store["Service"]>().toEqualTypeOf<StoreShape>();
  });

  it("decodeRecord narrows to the record type of its kind", () => {
    const result = decodeRecord("mandate", {});
    if (result.ok) expectTypeOf(result.value).toEqualTypeOf<Mandate>();
    else expectTypeOf(result.error).toEqualTypeOf<InvalidRecord>();
  });
});
