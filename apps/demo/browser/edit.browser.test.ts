import { readFileSync } from "node:fs";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { seriousViolations, TESTED_LANGUAGES, useDemoBrowser } from "./DemoBrowser";

const { open, demo } = useDemoBrowser();

/** The editor token the demo wrote into its folder on start. */
function editorToken(): string {
  return readFileSync(`${demo().folder}/.remit-demo/editor-token`, "utf8").trim();
}

/** Signs the page's tab in the way the sign-in page does, then goes to `path`. */
async function signedIn(page: Page, path: string): Promise<void> {
  await page.evaluate((secret) => {
    const storage = (globalThis as unknown as { sessionStorage: { setItem: (key: string, value: string) => void } })
      .sessionStorage;
    storage.setItem("remit-editor-token", secret);
  }, editorToken());
  await page.goto(`${demo().url}${path}`, { waitUntil: "networkidle" });
  await page.locator(path.includes("/edit") ? "main form" : "main h1").waitFor();
}

/** The editor token the page's tab keeps, if any. */
function keptToken(page: Page): Promise<string | null> {
  return page.evaluate(() =>
    (globalThis as unknown as { sessionStorage: { getItem: (key: string) => string | null } }).sessionStorage.getItem(
      "remit-editor-token",
    ),
  );
}

/** Stores an activity of 2020 with the given title through the API, as another editor would. */
function putActivity(id: string, title: string): Promise<Response> {
  const activity = {
    id,
    title: { en: title },
    kind: "training",
    topics: [],
    countries: { named: [] },
    regions: { m49: [], named: [] },
    period: { start: "2020" },
    languages: [],
    partners: [],
    audiences: [],
    mandateIds: [],
    provenance: [{ source: "document", symbol: "E/CN.15/2021/2", paragraphs: [17] }],
  };
  return fetch(`${demo().url}/api/activities/${id}`, {
    method: "PUT",
    headers: { authorization: `Bearer ${editorToken()}`, "content-type": "application/json", "if-none-match": "*" },
    body: JSON.stringify(activity),
  });
}

describe("signing in", () => {
  it("takes the token from the demo's sign-in link, drops it from the address, and signs out", async () => {
    const { page, errors } = await open("/en/");
    await page.goto(`${demo().url}/en/sign-in#token=${encodeURIComponent(editorToken())}`, {
      waitUntil: "networkidle",
    });
    await page.getByRole("status").filter({ hasText: "You are signed in as an editor in this tab." }).waitFor();
    expect(page.url()).not.toContain("#token");
    expect(await page.locator(".site-nav .sign-in").textContent()).toBe("Signed in (editor)");
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("status").filter({ hasText: "You are signed out." }).waitFor();
    expect(await keptToken(page)).toBeNull();
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("refuses a token the server does not know, saying so", async () => {
    const { page } = await open("/en/sign-in");
    await page.getByLabel("Editor token").fill("not-a-token");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("alert").filter({ hasText: "The server does not know this token" }).waitFor();
    expect(await keptToken(page)).toBeNull();
    await page.context().close();
  });
});

describe("editing activities", () => {
  it("creates an activity with the form, then edits it", async () => {
    const { page, errors } = await open("/en/activities");
    await signedIn(page, "/en/edit");
    await page.getByLabel("Identifier").fill("act-edit-workshop");
    await page.getByLabel("Title (English)").fill("Workshop on digital evidence");
    await page.getByLabel("Kind").selectOption("training");
    await page.getByLabel("From").fill("2020-03");
    await page.getByLabel("Countries assisted").fill("GTM, hnd");
    await page.getByLabel("Document").fill("E/CN.15/2021/2");
    await page.getByLabel("Paragraphs").fill("17, 18");
    await page.getByRole("button", { name: "Create" }).click();
    await page.waitForURL(/\/en\/activities\/act-edit-workshop$/);
    await expect.poll(() => page.locator("main h1").textContent()).toBe("Workshop on digital evidence");
    expect(await page.locator("main dl").textContent()).toContain("Honduras");

    await page.getByRole("link", { name: "Edit this activity" }).click();
    await page.locator("main form").waitFor();
    expect(await page.getByLabel("Title (English)").inputValue()).toBe("Workshop on digital evidence");
    await page.getByLabel("Title (English)").fill("Workshop on digital evidence for prosecutors");
    await page.getByRole("button", { name: "Save" }).click();
    await page.waitForURL(/\/en\/activities\/act-edit-workshop$/);
    await expect.poll(() => page.locator("main h1").textContent()).toBe("Workshop on digital evidence for prosecutors");

    // A result of the activity, through the result form.
    await page.getByRole("link", { name: "Add a result" }).click();
    await page.locator("main form").waitFor();
    await page.getByLabel("Identifier").fill("obs-edit-workshop-trained");
    await page.getByLabel("What is counted").selectOption({ index: 1 });
    await page.getByLabel("How it is known").selectOption("atLeast");
    await page.getByLabel("Figure").fill("120");
    await page.getByLabel("From").fill("2020");
    await page.getByRole("button", { name: "Create" }).click();
    await page.waitForURL(/\/en\/activities\/act-edit-workshop$/);
    await expect.poll(() => page.locator("main ul li", { hasText: "120" }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it("shows each field's problem beside it, announces them, and focuses their summary", async () => {
    const { page } = await open("/en/activities");
    await signedIn(page, "/en/edit");
    await page.getByLabel("Identifier").fill("Not An Id");
    await page.getByLabel("From").fill("March 2020");
    await page.getByLabel("Countries assisted").fill("Guatemala");
    await page.getByLabel("Paragraphs").fill("seventeen");
    await page.getByRole("button", { name: "Create" }).click();
    const summary = page.locator(".error-summary[role=alert]");
    await summary.waitFor();
    expect(
      await summary.evaluate(
        (element) =>
          element === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement,
      ),
    ).toBe(true);
    expect(await summary.textContent()).toMatch(/\d fields need attention before saving/);
    const expected = [
      ["Identifier", "Use only lower-case letters, digits, '.' and '-'"],
      ["Title (English)", "This is required."],
      ["From", "Write a year, a month or a day"],
      ["Countries assisted (optional)", "Each country is a three-letter ISO code"],
      ["Paragraphs", "Write paragraph numbers separated by commas"],
      ["Document", "This is required."],
    ] as const;
    for (const [label, message] of expected) {
      const field = page.getByLabel(label, { exact: true });
      expect(await field.getAttribute("aria-invalid"), label).toBe("true");
      const described = (await field.getAttribute("aria-describedby")) ?? "";
      const error = page.locator(`[id="${described.split(" ").find((id) => id.endsWith("-error"))}"]`);
      expect(await error.textContent(), label).toContain(message);
    }
    // The summary links to the fields.
    await summary.getByRole("link", { name: /^Identifier:/ }).click();
    expect(
      await page.evaluate(
        () =>
          (globalThis as unknown as { document: { activeElement: { id: string } | null } }).document.activeElement?.id,
      ),
    ).toBe("edit-id");
    await page.context().close();
  });

  it("says the problems in the page's language", async () => {
    const { page } = await open("/ar/activities");
    await signedIn(page, "/ar/edit");
    await page.locator("form button[type=submit]").click();
    await page.locator(".error-summary[role=alert]").waitFor();
    expect(await page.locator("#edit-title-error").textContent()).toBe("هذا الحقل مطلوب.");
    await page.context().close();
  });

  it("tells a stale edit (412) and reloads the record saved meanwhile", async () => {
    expect((await putActivity("act-edit-stale", "A seminar")).ok).toBe(true);
    const first = await open("/en/activities");
    const second = await open("/en/activities");
    await signedIn(first.page, "/en/edit/act-edit-stale");
    await signedIn(second.page, "/en/edit/act-edit-stale");

    await first.page.getByLabel("Title (English)").fill("A seminar on cybercrime");
    await first.page.getByRole("button", { name: "Save" }).click();
    await first.page.waitForURL(/\/en\/activities\/act-edit-stale$/);

    await second.page.getByLabel("Title (English)").fill("A regional seminar");
    await second.page.getByRole("button", { name: "Save" }).click();
    const notice = second.page.getByRole("alert").filter({ hasText: "Someone else saved this record" });
    await notice.waitFor();
    await notice.getByRole("button", { name: "Reload the record" }).click();
    await second.page.getByRole("status").filter({ hasText: "this is the version saved last" }).waitFor();
    await expect.poll(() => second.page.getByLabel("Title (English)").inputValue()).toBe("A seminar on cybercrime");
    expect(first.errors).toEqual([]);
    expect(second.errors).toEqual([]);
    await first.page.context().close();
    await second.page.context().close();
  });

  it("without a token, says saving needs one and links to the sign-in page", async () => {
    const { page } = await open("/en/edit");
    const link = page.locator("main .save-notice a", { hasText: "Sign in" });
    expect(await link.getAttribute("href")).toBe("/en/sign-in?back=%2Fen%2Fedit");
    await page.getByLabel("Identifier").fill("act-edit-anonymous");
    await page.getByLabel("Title (English)").fill("Not saved");
    await page.getByLabel("From").fill("2020");
    await page.getByLabel("Document").fill("E/CN.15/2021/2");
    await page.getByRole("button", { name: "Create" }).click();
    await page.getByRole("alert").filter({ hasText: "Saving needs an editor token." }).waitFor();
    await page.context().close();
  });

  it("shows a stored title with markup as text in the edit form", async () => {
    const payload = `<img src=x onerror="window.__xss=1">Edited <script>window.__xss=2</script>`;
    expect((await putActivity("act-edit-xss", payload)).ok).toBe(true);
    const { page } = await open("/en/activities");
    await signedIn(page, "/en/edit/act-edit-xss");
    expect(await page.locator("main .lead").textContent()).toBe(payload);
    expect(await page.getByLabel("Title (English)").inputValue()).toBe(payload);
    expect(await page.locator("main img").count()).toBe(0);
    expect(await page.evaluate(() => (globalThis as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await page.context().close();
  });
});

describe.each(TESTED_LANGUAGES)("the sign-in and edit pages in %s", (language) => {
  it("have no serious or critical accessibility violation, with and without field errors", async () => {
    expect((await putActivity(`act-edit-axe-${language}`, "An activity to edit")).ok).toBe(true);
    const paths = [
      "/sign-in",
      "/edit",
      `/edit/act-edit-axe-${language}`,
      `/edit/act-edit-axe-${language}?observation=new`,
    ];
    for (const path of paths) {
      const { page, errors } = await open(`/${language}/activities`);
      await signedIn(page, `/${language}${path}`);
      expect(await page.getAttribute("html", "dir")).toBe(language === "ar" ? "rtl" : "ltr");
      expect(await seriousViolations(page), path).toEqual([]);
      if (path !== "/sign-in") {
        await page.locator("#edit-periodStart").fill("x");
        await page.locator("form button[type=submit]").click();
        await page.locator(".error-summary").waitFor();
        expect(await seriousViolations(page), `${path} with errors`).toEqual([]);
      }
      expect(errors).toEqual([]);
      await page.context().close();
    }
  });
});
