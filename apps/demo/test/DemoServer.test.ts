import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DemoConfig } from "../src/server/DemoConfig";
import { demoApp } from "../src/server/DemoServer";
import { editorToken, seedDemo } from "../src/server/DemoStore";

const folder = mkdtempSync(join(tmpdir(), "remit-demo-"));
const webRoot = join(folder, "web");
const config: DemoConfig = { database: { kind: "sqlite", path: join(folder, "remit.db") }, folder, port: 0, webRoot };
const { app, api } = demoApp(config);

beforeAll(() => {
  mkdirSync(join(webRoot, "assets"), { recursive: true });
  writeFileSync(join(webRoot, "index.html"), "<!doctype html><title>app</title>");
  writeFileSync(join(webRoot, "assets", "index-abc.js"), "export {}");
  writeFileSync(join(folder, "secret.txt"), "not served");
});
afterAll(async () => {
  await api.close();
  rmSync(folder, { recursive: true, force: true });
});

describe("the demo's site", () => {
  it("loads the dataset once: the second start writes nothing", async () => {
    const first = await seedDemo(config);
    const second = await seedDemo(config);
    expect(first.written).toBeGreaterThan(100);
    expect(second).toEqual({ written: 0, unchanged: first.written });
  });

  it("keeps one editor token across starts, in a file only its owner reads", async () => {
    const first = await editorToken(config);
    const second = await editorToken(config);
    expect(first.issued).toBe(true);
    expect(second).toEqual({ ...first, issued: false });
    const put = await app.request("/api/bodies/demo-body", {
      method: "PUT",
      headers: { "content-type": "application/json", authorization: "Bearer wrong", "if-none-match": "*" },
      body: "{}",
    });
    expect(put.status).toBe(401);
  });

  it("serves the API under /api with public reads", async () => {
    const answer = await app.request("/api/mandates/A%2FRES%2F74%2F173");
    expect(answer.status).toBe(200);
    expect(((await answer.json()) as { record: { id: string } }).record.id).toBe("a-res-74-173");
  });

  it("writes the 2021 report whole, the paragraphs no record holds taken from the dataset, as remit report does", async () => {
    const answer = await app.request("/api/reports/A%2FRES%2F74%2F173?period=2020");
    expect(answer.status).toBe(200);
    const gaps = ((await answer.json()) as { gaps: { specId: string }[] }).gaps.map((gap) => gap.specId);
    expect(gaps).not.toContain("developments.context");
  });

  it("serves the app for every path under a language, and its hashed assets for a year", async () => {
    for (const path of ["/ar/", "/zh/activities?topic=darknet", "/en/mandates/a-res-74-173"]) {
      const page = await app.request(path);
      expect(page.status, path).toBe(200);
      expect(await page.text()).toContain("<title>app</title>");
      expect(page.headers.get("content-security-policy")).toContain("script-src 'self'");
    }
    const asset = await app.request("/assets/index-abc.js");
    expect(asset.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(asset.headers.get("cache-control")).toContain("immutable");
  });

  it("sends / to the reader's language and finds nothing outside the app", async () => {
    const arabic = await app.request("/", { headers: { "accept-language": "ar-EG,ar;q=0.9,en;q=0.5" } });
    expect(arabic.headers.get("location")).toBe("/ar/");
    expect((await app.request("/")).headers.get("location")).toBe("/en/");
    expect((await app.request("/de/")).status).toBe(404);
    expect((await app.request("/assets/..%2F..%2Fsecret.txt")).status).toBe(404);
  });
});
