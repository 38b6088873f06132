import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import type { PostgresPool, PostgresPoolClient } from "kysely";
import type pg from "pg";
import { from as copyFrom } from "pg-copy-streams";

/** The statements this pool's clients run as COPY: their rows come as their one parameter. */
const COPY_FROM_STDIN = /^copy\s[\s\S]*\sfrom\s+stdin$/i;

/** A pg client whose `query` runs `COPY … FROM STDIN` with the rows given as the one parameter. */
function copyingClient(client: pg.PoolClient): PostgresPoolClient {
  const query = async (text: string, parameters: readonly unknown[]) => {
    if (!COPY_FROM_STDIN.test(text)) return client.query(text, [...(parameters ?? [])]);
    const rows = parameters[0];
    if (typeof rows !== "string" || parameters.length !== 1)
      throw new TypeError("A COPY … FROM STDIN statement takes its rows, in COPY's text format, as its one parameter.");
    const copy = client.query(copyFrom(text));
    await pipeline(Readable.from([rows]), copy);
    return { command: "COPY", rowCount: copy.rowCount, rows: [] };
  };
  // Kysely calls query(cursor) only when given a cursor class, which the store never gives it.
  return { query, release: (destroy?: boolean) => client.release(destroy) } as unknown as PostgresPoolClient;
}

/**
 * The pool Kysely is given: `pool`'s clients, whose `query` also runs `COPY … FROM STDIN`
 * (with pg-copy-streams), taking the rows in COPY's text format as the statement's one
 * parameter, so that the shared SQL code can copy rows through Kysely, inside its
 * transaction (see `DialectInfo.copyFromStdin`). Each client keeps one wrapper, so that Kysely
 * recognises a client it has seen before.
 */
export function copyingPool(pool: pg.Pool): PostgresPool {
  const wrapped = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  return {
    connect: async () => {
      const client = await pool.connect();
      let copying = wrapped.get(client);
      if (copying === undefined) {
        copying = copyingClient(client);
        wrapped.set(client, copying);
      }
      return copying;
    },
    end: () => pool.end(),
  };
}
