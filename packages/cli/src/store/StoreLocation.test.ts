import { cliText } from "../messages/CliMessage";
import { describe, expect, it } from "vitest";
import { storeLocation } from "./StoreLocation";

describe("where the store is", () => {
  it("is ./remit.db when neither --db nor REMIT_DB is given", () => {
    expect(storeLocation(undefined, {})).toEqual({
      ok: true,
      value: { kind: "sqlite", path: "./remit.db", shown: "./remit.db" },
    });
  });

  it("takes --db over REMIT_DB", () => {
    const chosen = storeLocation("team.db", { REMIT_DB: "other.db" });
    expect(chosen.ok && chosen.value.kind === "sqlite" && chosen.value.path).toBe("team.db");
    const fallback = storeLocation(undefined, { REMIT_DB: "other.db" });
    expect(fallback.ok && fallback.value.kind === "sqlite" && fallback.value.path).toBe("other.db");
  });

  it("selects PostgreSQL for a postgres:// URL, takes the schema off it and hides the password", () => {
    const chosen = storeLocation("postgres://remit:secret@db.example.org:5432/remit?schema=remit_2021", {});
    expect(chosen).toEqual({
      ok: true,
      value: {
        kind: "postgres",
        url: "postgres://remit:secret@db.example.org:5432/remit",
        schema: "remit_2021",
        shown: "postgres://remit:***@db.example.org:5432/remit (schema remit_2021)",
      },
    });
  });

  it("accepts postgresql:// as well", () => {
    const chosen = storeLocation("postgresql://127.0.0.1/test", {});
    expect(chosen.ok && chosen.value.kind).toBe("postgres");
  });

  it("refuses another kind of URL, saying what it takes", () => {
    const chosen = storeLocation("mysql://127.0.0.1/remit", {});
    expect(chosen.ok).toBe(false);
    if (chosen.ok) return;
    expect(cliText("en", chosen.error)).toContain("SQLite file (a path) or PostgreSQL (postgres://…)");
    expect(cliText("fr", chosen.error)).toContain("mysql://");
  });

  it("refuses a schema name that is not a plain SQL name", () => {
    const chosen = storeLocation('postgres://127.0.0.1/test?schema=a"b', {});
    expect(chosen.ok).toBe(false);
  });
});
