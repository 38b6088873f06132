import type { Store } from "@remit/core";
import { seedStore } from "@remit/dataset";
import { SqliteStore } from "@remit/store-sqlite";
import { Effect } from "effect";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readDemoConfig } from "../src/DemoConfig";
import { renderSite, serveSite } from "../src/DemoSite";
import { walkthrough } from "../src/Walkthrough";

const folder = mkdtempSync(join(tmpdir(), "remit-demo-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function run<A, E>(program: Effect.Effect<A, E, Store>, file: string): Promise<A> {
  return Effect.runPromise(
    program.pipe(Effect.scoped, Effect.provide(SqliteStore.layer({ path: join(folder, file) }))),
  );
}

describe("the demo", () => {
  it("loads the dataset once and finds it there the second time", async () => {
    const first = await run(seedStore, "twice.db");
    const second = await run(seedStore, "twice.db");
    expect(first.written).toBeGreaterThan(100);
    expect(second).toMatchObject({ written: 0, unchanged: first.written, rejected: 0 });
  });

  it("walks from symbols to the report's figures", async () => {
    const lines = await run(
      Effect.flatMap(seedStore, () => walkthrough("en")),
      "walk.db",
    );
    const text = lines.join("\n");
    expect(text).toMatch(/✗ A\/624\/123: .*no 624th session/);
    expect(text).toContain("no later than 2021-03-01 (GA decision 74/567)");
    expect(text).toContain("→ 2021-05-10 to 2021-05-12 (GA decision 75/555)");
    expect(text).toMatch(/A\/RES\/74\/173 .*\(deferred from session 29\)/);
    expect(lines.filter((line) => line.startsWith("  [unknown]"))).toHaveLength(8);
    expect(lines.some((line) => line.startsWith("  [violation]"))).toBe(false);
    expect(text).toContain("2,440 People trained — E/CN.15/2021/… ¶17");
    expect(text).toContain("40% of 263");
  });

  it("serves its pages on localhost and answers 404 elsewhere", async () => {
    const pages = await run(
      Effect.flatMap(seedStore, () => renderSite("zh", ["line <one>"])),
      "site.db",
    );
    const server = await serveSite(pages, 0);
    try {
      const address = server.address();
      const port = typeof address === "object" && address !== null ? address.port : 0;
      const home = await fetch(`http://127.0.0.1:${port}/`);
      const html = await home.text();
      expect(home.status).toBe(200);
      expect(html).toContain('lang="zh"');
      expect(html).toContain("line &#60;one&#62;");
      expect(html).toContain("Sessions and meetings");
      expect((await fetch(`http://127.0.0.1:${port}/nowhere`)).status).toBe(404);
      const report = await fetch(`http://127.0.0.1:${port}/report`);
      expect(report.headers.get("content-type")).toContain("text/html");
      expect(await report.text()).toContain("2,440");
      const docx = new Uint8Array(await (await fetch(`http://127.0.0.1:${port}/report.docx`)).arrayBuffer());
      expect([...docx.slice(0, 2)]).toEqual([0x50, 0x4b]);
      const calendar = await (await fetch(`http://127.0.0.1:${port}/calendar.ics`)).text();
      expect(calendar).toContain("BEGIN:VCALENDAR");
      expect(calendar).toContain("UID:ahc-cybercrime-org@remit");
    } finally {
      server.close();
    }
  });
});

describe("the demo's configuration", () => {
  it("defaults to English on port 4321 and serves", () => {
    const config = readDemoConfig([], {});
    expect(config).toMatchObject({ port: 4321, serve: true, language: "en" });
    expect(config.databasePath).toMatch(/\.remit-demo\/remit\.db$/);
  });

  it("refuses a language that is not one of the six", () => {
    expect(() => readDemoConfig(["--lang", "de"], {})).toThrow(/expected one of ar, zh, en, fr, ru, es/);
  });
});
