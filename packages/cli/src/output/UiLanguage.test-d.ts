import { LANGUAGES, type Language } from "@remit/core";
import { expectTypeOf, test } from "vitest";
import { UI_LANGUAGES, type UiLanguage } from "./UiLanguage";

test("the CLI's languages are core's six official languages, in the same order", () => {
  expectTypeOf<UiLanguage>().toEqualTypeOf<Language>();
  expectTypeOf(UI_LANGUAGES).toEqualTypeOf(LANGUAGES);
});
