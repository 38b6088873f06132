import { Predicate } from "effect";
import { describe, expect, it } from "vitest";
import { readDemoConfig, shownDatabase } from "../src/server/DemoConfig";

describe("the demo's options", () => {
  it("keeps SQLite in the git-ignored .remit-demo folder by default", () => {
    const config = readDemoConfig([], {}, "/web");
    expect(config.database).toEqual({ kind: "sqlite", path: expect.stringMatching(/\.remit-demo\/remit\.db$/) });
    expect(config.port).toBe(4321);
  });

  it("switches to PostgreSQL with --db postgres://…, and hides its password when shown", () => {
    const config = readDemoConfig(["--db", "postgres://remit:secret@127.0.0.1:5432/test"], {}, "/web");
    expect(config.database).toMatchObject({ kind: "postgres", url: "postgres://remit:secret@127.0.0.1:5432/test" });
    expect(shownDatabase(config.database)).toBe("postgres://remit:***@127.0.0.1:5432/test");
  });

  it("reads a schema off the URL as remit --db does, and refuses one that is no plain SQL name", () => {
    const config = readDemoConfig(["--db", "postgres://127.0.0.1:5432/test?schema=demo_2021"], {}, "/web");
    expect(config.database).toMatchObject({
      kind: "postgres",
      url: "postgres://127.0.0.1:5432/test",
      schema: "demo_2021",
    });
    expect(shownDatabase(config.database)).toBe("postgres://127.0.0.1:5432/test (schema demo_2021)");
    expect(() => readDemoConfig(["--db", 'postgres://127.0.0.1/test?schema=a"b'], {}, "/web")).toThrow(/--db: schema/);
  });

  it("refuses an unknown option, a missing value and a port that is not one, saying which", () => {
    expect(() => readDemoConfig(["--lang", "ar"], {}, "/web")).toThrow(/--lang: unknown option/);
    expect(() => readDemoConfig(["--db"], {}, "/web")).toThrow(/--db needs a value/);
    expect(() => readDemoConfig(["--port", "80a"], {}, "/web")).toThrow(/--port 80a: expected a port number/);
    expect(() => readDemoConfig([], { PORT: "70000" }, "/web")).toThrow(/--port 70000/);
  });

  it("tags a usage mistake DemoUsageError, the tag the command exits 2 on", () => {
    let refusal: unknown;
    try {
      readDemoConfig(["--port", "80a"], {}, "/web");
    } catch (caught) {
      refusal = caught;
    }
    expect(Predicate.isTagged(refusal, "DemoUsageError")).toBe(true);
  });
});
