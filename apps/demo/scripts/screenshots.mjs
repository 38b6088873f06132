#!/usr/bin/env node
// `pnpm demo:screenshots`: starts the built demo on a fresh store and writes 1280×800 PNGs of
// the main pages in English, Arabic and Chinese to apps/demo/screenshots/, to be looked at.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const app = dirname(dirname(fileURLToPath(import.meta.url)));
const out = join(app, "screenshots");
const PAGES = [
  ["dashboard", "/"],
  ["activities", "/activities"],
  ["activity", "/activities/act-2020-central-america-teacher-training"],
  ["mandates", "/mandates"],
  ["mandate", "/mandates/a-res-65-230"],
  // The same page at its lineage, the graph and the trees both ways.
  ["mandate-lineage", "/mandates/a-res-65-230", { scrollTo: "#lineage-heading" }],
  ["sessions", "/sessions"],
  ["session", "/sessions/ccpcj-20"],
  ["session-rescheduled", "/sessions/ahc-cybercrime-org"],
  ["report", "/report"],
  ["exports", "/exports?topic=cryptocurrency"],
  ["sign-in", "/sign-in"],
  // The edit pages as an editor sees them (signed in through the demo's sign-in link), one
  // with the field errors of an empty form.
  ["edit-activity", "/edit/act-2020-central-america-teacher-training", { signIn: true }],
  ["edit-errors", "/edit", { signIn: true, submit: true }],
  ["edit-result", "/edit/act-2020-central-america-teacher-training?observation=new", { signIn: true }],
  // The moderator's screen of the live session mode (signed in) and the projector's view.
  ["live", "/live/ccpcj-20-thematic-discussion", { signIn: true }],
  ["projector", "/projector/ccpcj-20-thematic-discussion"],
];
// `pnpm demo:screenshots mandates session` takes only the pages named.
const chosen = process.argv.slice(2);
const shown = chosen.length === 0 ? PAGES : PAGES.filter(([name]) => chosen.includes(name));

const folder = mkdtempSync(join(tmpdir(), "remit-demo-shots-"));
const demo = spawn(process.execPath, [join(app, "dist", "main.js"), "--port", "0", "--db", join(folder, "remit.db")], {
  cwd: folder,
  stdio: ["ignore", "pipe", "inherit"],
});
const url = await new Promise((resolve, reject) => {
  let output = "";
  demo.stdout.on("data", (chunk) => {
    output += chunk.toString();
    const found = /Open (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
    if (found !== null) resolve(found[1]);
  });
  demo.once("exit", () => reject(new Error(`the demo stopped before serving:\n${output}`)));
});
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox"],
});
try {
  for (const language of ["en", "ar", "zh"]) {
    for (const [name, path, options = {}] of shown) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      if (options.signIn) {
        const token = readFileSync(join(folder, ".remit-demo", "editor-token"), "utf8").trim();
        await page.goto(`${url}/${language}/sign-in#token=${encodeURIComponent(token)}`, { waitUntil: "networkidle" });
        await page.locator("main [role=status]").waitFor();
      }
      const answers = [];
      page.on("requestfinished", (request) => {
        const timing = request.timing();
        if (new URL(request.url()).pathname.startsWith("/api/"))
          answers.push({ request: request.url().replace(url, ""), ms: Math.round(timing.responseEnd) });
      });
      await page.goto(`${url}/${language}${path}`, { waitUntil: "networkidle" });
      await page.locator("main h1").first().waitFor();
      // The heading comes before the data: a page is shot once none of its parts still says
      // "Loading…" (a page's own chunk, then each of its loads), however long the API takes.
      await page.locator("main .loading").first().waitFor({ state: "detached", timeout: 60_000 });
      if (options.submit) {
        await page.locator("main form button[type=submit]").click();
        await page.locator(".error-summary").waitFor();
      }
      if (options.scrollTo) await page.locator(options.scrollTo).evaluate((element) => element.scrollIntoView());
      // Text drawn after the data arrives asks for more font pieces (unicode-range): wait for them.
      await page.evaluate(() => globalThis.document.fonts.ready);
      await page.waitForLoadState("networkidle");
      const file = join(out, `${name}-${language}.png`);
      await page.screenshot({ path: file });
      // An answer slower than a reader waits without noticing is named, to find out why.
      const slow = answers.filter((answer) => answer.ms > 500).map((answer) => ` ${answer.ms} ms ${answer.request}`);
      process.stdout.write(`${file}${slow.length === 0 ? "" : `\n  slow API answers:${slow.join(",")}`}\n`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  demo.kill("SIGTERM");
  rmSync(folder, { recursive: true, force: true });
}
