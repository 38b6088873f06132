import { describe, expectTypeOf, it } from "vitest";
import type { MessageSchemaOf, MessageSlotNames } from "./MessageSlots";

describe("a message's slots read from its text", () => {
  it("finds plain slots and slots with a format", () => {
    expectTypeOf<MessageSlotNames<"wrote {file} ({bytes, number} bytes)">>().toEqualTypeOf<"file" | "bytes">();
    expectTypeOf<MessageSlotNames<"{names, list, or}">>().toEqualTypeOf<"names">();
  });

  it("finds the slots inside a plural's and a select's branches, not the branches' words", () => {
    expectTypeOf<
      MessageSlotNames<"{count, plural, one {# record in {file}} other {records}} by {actor}">
    >().toEqualTypeOf<"count" | "file" | "actor">();
    expectTypeOf<MessageSlotNames<"{kind, select, postponement {to {session}} other {{reason}}}">>().toEqualTypeOf<
      "kind" | "session" | "reason"
    >();
  });

  it("finds none in plain text, and any name in a text typed only as a string", () => {
    expectTypeOf<MessageSlotNames<"records">>().toEqualTypeOf<never>();
    expectTypeOf<MessageSlotNames<string>>().toEqualTypeOf<string>();
  });

  it("gives a catalog's schema, with the slots another language adds", () => {
    type Schema = MessageSchemaOf<{ due: "at the {ordinal} session"; none: "nothing" }, { due: "session" }>;
    expectTypeOf<Schema["due"][number]>().toEqualTypeOf<"ordinal" | "session">();
    expectTypeOf<Schema["none"][number]>().toEqualTypeOf<never>();
  });
});
