import { describe, expect, it } from "vitest";
import { messageSchemaOf } from "./MessageSlots";

describe("a catalog's schema read from its messages", () => {
  it("gives each key the slots its message uses, branches included", () => {
    expect(
      messageSchemaOf({
        wrote: "wrote {file} ({bytes, number} bytes)",
        read: "{count, plural, one {# record in {file}} other {# records in {file}}}",
        none: "reading records",
      }),
    ).toEqual({ wrote: ["file", "bytes"], read: ["count", "file"], none: [] });
  });

  it("adds the slots another language's message uses where this one does not", () => {
    expect(messageSchemaOf({ due: "at the {ordinal} session" }, { due: ["session"] })).toEqual({
      due: ["ordinal", "session"],
    });
  });
});
