import { Effect, Exit } from "effect";
import { afterEach, describe, expect, it } from "vitest";
import { PostgresStore, resolveDatabaseUrl } from "../src";
import { dropSchema, onServer, tempSchemaName } from "./TempSchema";

const schemas: string[] = [];
afterEach(async () => {
  for (const schema of schemas.splice(0)) await dropSchema(schema);
});

async function tablesIn(schema: string): Promise<number> {
  const tables = await onServer((db) => db.introspection.getTables());
  return tables.filter((table) => table.schema === schema).length;
}

async function schemaExists(schema: string): Promise<boolean> {
  const schemas = await onServer((db) => db.introspection.getSchemas());
  return schemas.some((found) => found.name === schema);
}

/** The message a store opened to read fails with, from listing its sessions. */
async function readFailure(options: Parameters<typeof PostgresStore.make>[0]): Promise<string> {
  const exit = await Effect.runPromiseExit(
    Effect.scoped(PostgresStore.make(options).pipe(Effect.flatMap((store) => store.sessionsOf("ccpcj")))),
  );
  if (Exit.isSuccess(exit)) throw new Error("the read succeeded");
  return String(exit.cause);
}

describe("opening a PostgreSQL store to read", () => {
  it("a schema that does not exist is refused by name, and neither it nor any table is created", async () => {
    const schema = tempSchemaName();
    schemas.push(schema);
    const message = await readFailure({ schema, create: false });
    expect(message).toContain(`There is no Remit store in the PostgreSQL database`);
    expect(message).toContain(`(schema ${schema})`);
    expect(await schemaExists(schema)).toBe(false);
    expect(await tablesIn(schema)).toBe(0);
  });

  it("an existing schema without Remit's tables is refused and stays empty", async () => {
    const schema = tempSchemaName();
    schemas.push(schema);
    await onServer((db) => db.schema.createSchema(schema).execute());
    expect(await readFailure({ schema, create: false })).toContain("There is no Remit store");
    expect(await tablesIn(schema)).toBe(0);
  });

  it("a store made by migrate reads", async () => {
    const schema = tempSchemaName();
    schemas.push(schema);
    await Effect.runPromise(PostgresStore.migrate({ schema, create: false }));
    const sessions = await Effect.runPromise(
      Effect.scoped(PostgresStore.make({ schema, create: false }).pipe(Effect.flatMap((s) => s.sessionsOf("ccpcj")))),
    );
    expect(sessions).toEqual([]);
  });

  it("a database the server does not have is named as such, for reading and for creating", async () => {
    const url = new URL(resolveDatabaseUrl(undefined));
    url.pathname = "/remit_no_such_database";
    for (const create of [false, true]) {
      const message = await readFailure({ url: url.toString(), schema: "remit", create });
      expect(message).toContain("There is no Remit store in the PostgreSQL database");
      expect(message).toContain('database "remit_no_such_database" does not exist');
    }
  });
});
