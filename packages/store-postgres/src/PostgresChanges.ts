import { ChangeHub, storeChanged, type ChangeSource, type StoreChange } from "@remit/core";
import type { ChangeWatch } from "@remit/store-sql";
import { sql } from "kysely";
import pg from "pg";

/** The NOTIFY channel of the store in `schema`: stores in other schemas of the database do not hear it. */
function changeChannel(schema: string | undefined): string {
  // The colon keeps a schema's channel apart from the search path's ("remit_changes").
  return schema === undefined ? "remit_changes" : `remit_changes:${schema}`;
}

/** What a notification's payload says; anything unreadable counts as an unnamed change. */
function readPayload(payload: string | undefined): StoreChange {
  try {
    const change = JSON.parse(payload ?? "") as Partial<StoreChange> | null;
    if (change?._tag === "RecordChanged" && typeof change.id === "string" && typeof change.revision === "number")
      return change as StoreChange;
    if (change?._tag === "StoreChanged" && typeof change.reason === "string") return change as StoreChange;
  } catch {
    // not JSON: said below
  }
  return storeChanged("unnamed");
}

/** First and longest wait before connecting again after the listening connection was lost. */
const RECONNECT_FIRST_MS = 100;
const RECONNECT_MOST_MS = 5_000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms).unref());

/**
 * One dedicated connection (outside the pool, which would hand it to queries) that LISTENs on
 * the store's channel for as long as the store is open. When it is lost it connects again,
 * waiting longer each time, and then says `resumed`: what was committed meanwhile was not heard.
 */
class ChangeListener implements ChangeSource {
  private client: pg.Client | undefined;
  private stopped = false;
  private heard: (change: StoreChange) => void = () => undefined;

  constructor(
    private readonly connectionString: string,
    private readonly channel: string,
  ) {}

  async start(heard: (change: StoreChange) => void): Promise<void> {
    this.heard = heard;
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({
      connectionString: this.connectionString,
      application_name: "remit-changes",
      keepAlive: true,
      connectionTimeoutMillis: 10_000,
    });
    client.on("notification", (message) => {
      if (message.channel === this.channel) this.heard(readPayload(message.payload));
    });
    client.on("error", () => this.lost(client));
    client.on("end", () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN "${this.channel.replaceAll('"', '""')}"`);
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
    if (this.stopped) await client.end().catch(() => undefined);
    else this.client = client;
  }

  private lost(client: pg.Client): void {
    if (this.client !== client) return;
    this.client = undefined;
    void client.end().catch(() => undefined);
    void this.reconnect();
  }

  private async reconnect(): Promise<void> {
    for (let wait = RECONNECT_FIRST_MS; !this.stopped; wait = Math.min(wait * 2, RECONNECT_MOST_MS)) {
      await sleep(wait);
      if (this.stopped) return;
      try {
        await this.connect();
        if (!this.stopped) this.heard(storeChanged("resumed"));
        return;
      } catch {
        // the server is still away: wait longer and try again
      }
    }
  }
}

/**
 * The PostgreSQL store's changes: every write transaction issues `pg_notify` on the schema's
 * channel (delivered when it commits, to every listening process, this one included), and one
 * listening connection per store hears them.
 */
export function postgresChangeWatch(connectionString: string, schema: string | undefined): ChangeWatch {
  const channel = changeChannel(schema);
  return {
    hub: new ChangeHub(new ChangeListener(connectionString, channel)),
    hearsOwnChanges: true,
    announce: async (connection, change) => {
      await sql`select pg_notify(${channel}, ${JSON.stringify(change)})`.execute(connection);
    },
  };
}
