import { describe, expect, it } from "vitest";
import { readPostgresLocation } from "../src/location";

describe("a PostgreSQL store's URL", () => {
  it("takes the schema off the URL the driver gets, and names the store without its password", () => {
    expect(readPostgresLocation("postgres://remit:secret@db.example.org:5432/remit?schema=remit_2021")).toEqual({
      ok: true,
      value: {
        url: "postgres://remit:secret@db.example.org:5432/remit",
        schema: "remit_2021",
        shown: "postgres://remit:***@db.example.org:5432/remit (schema remit_2021)",
      },
    });
  });

  it("keeps the driver's own parameters, and names no schema when the URL names none", () => {
    const read = readPostgresLocation("postgresql://127.0.0.1/test?sslmode=verify-full");
    expect(read).toEqual({
      ok: true,
      value: {
        url: "postgresql://127.0.0.1/test?sslmode=verify-full",
        shown: "postgresql://127.0.0.1/test?sslmode=verify-full",
      },
    });
  });

  it("refuses another scheme, a schema that is no plain SQL name, and a text that is no URL", () => {
    const tags = ["mysql://127.0.0.1/remit", 'postgres://127.0.0.1/test?schema=a"b', "postgres://[::1"].map((text) => {
      const read = readPostgresLocation(text);
      return read.ok ? "ok" : read.error._tag;
    });
    expect(tags).toEqual(["NotPostgres", "InvalidSchemaName", "NotAUrl"]);
  });
});
