import { describe, expect, it } from "vitest";
import { ENTITY_KIND_LABELS } from "../store/EntityKindLabels";
import { codeLabelIn } from "./CodeLabel";

describe("a code in the reader's words", () => {
  it("names a kind of record as the language names it", () => {
    expect(codeLabelIn(ENTITY_KIND_LABELS, "thematicDiscussion", "zh")).toBe("专题讨论");
    expect(codeLabelIn(ENTITY_KIND_LABELS, "session", "es")).toBe("períodos de sesiones");
  });

  it("keeps a code no table knows, and never reads a name off the object's prototype", () => {
    expect(codeLabelIn(ENTITY_KIND_LABELS, "hearing", "fr")).toBe("hearing");
    expect(codeLabelIn(ENTITY_KIND_LABELS, "toString", "fr")).toBe("toString");
  });
});
