/** Latencies of one route, in milliseconds. */
class Latencies {
  private readonly samples: number[] = [];
  add(ms: number): void {
    this.samples.push(ms);
  }
  get count(): number {
    return this.samples.length;
  }
  percentile(p: number): number {
    const sorted = [...this.samples].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
  }
}

/** What a mixed load run measured. */
export interface LoadReport {
  readonly seconds: number;
  readonly requests: number;
  readonly status5xx: number;
  readonly otherErrors: number;
  readonly writes2xx: number;
  readonly writes412: number;
  readonly lostUpdates: number;
  readonly routes: Record<string, { count: number; p50: number; p99: number }>;
}

interface Stored {
  readonly revision: number;
  readonly record: { readonly id: string; readonly summary?: Record<string, string> };
}

/**
 * 50 clients (by default) for `seconds`: 80 % reads (a record, a page of 50, the reports due)
 * and 20 % writes (read, then PATCH with If-Match) on a small hot set of activities, so that
 * writers collide. A lost update is a 2xx write that did not advance the revision by exactly
 * one, or an activity whose final revision is not its first plus the 2xx writes on it, or
 * whose final text is not the text of its last 2xx write.
 */
export async function mixedLoad(options: {
  readonly url: string;
  readonly token: string;
  readonly ids: readonly string[];
  readonly hot: readonly string[];
  readonly clients: number;
  readonly seconds: number;
}): Promise<LoadReport> {
  const routes = new Map<string, Latencies>();
  let requests = 0;
  let status5xx = 0;
  let otherErrors = 0;
  let writes2xx = 0;
  let writes412 = 0;
  let lostUpdates = 0;
  const initial = new Map<string, number>();
  const successes = new Map<string, { count: number; last: { revision: number; text: string } | undefined }>();
  const auth = { authorization: `Bearer ${options.token}` };

  async function timed(route: string, path: string, init?: RequestInit): Promise<Response> {
    const started = performance.now();
    const response = await fetch(`${options.url}${path}`, init);
    const body = await response.arrayBuffer();
    const latencies = routes.get(route) ?? new Latencies();
    latencies.add(performance.now() - started);
    routes.set(route, latencies);
    requests += 1;
    if (response.status >= 500) status5xx += 1;
    return new Response(response.status === 204 || response.status === 304 ? null : body, {
      status: response.status,
      headers: response.headers,
    });
  }

  for (const id of options.hot) {
    const stored = (await (await fetch(`${options.url}/activities/${id}`)).json()) as Stored;
    initial.set(id, stored.revision);
    successes.set(id, { count: 0, last: undefined });
  }

  const deadline = performance.now() + options.seconds * 1000;
  let sequence = 0;
  const pick = <T>(items: readonly T[]) => items[Math.floor(Math.random() * items.length)] as T;
  async function client(worker: number): Promise<void> {
    while (performance.now() < deadline) {
      const roll = Math.random();
      try {
        if (roll < 0.4) await timed("GET /activities/{id}", `/activities/${pick(options.ids)}`);
        else if (roll < 0.65)
          await timed(
            "GET /activities?limit=50",
            `/activities?limit=50&topic=${pick(["cryptocurrency", "digital-forensics", "electronic-evidence"])}`,
          );
        else if (roll < 0.8) await timed("GET /reports-due", "/reports-due?body=ccpcj&session=30");
        else {
          const id = pick(options.hot);
          const read = (await (await timed("GET /activities/{id}", `/activities/${id}`)).json()) as Stored;
          const text = `worker ${worker} write ${(sequence += 1)}`;
          const written = await timed("PATCH /activities/{id}", `/activities/${id}`, {
            method: "PATCH",
            headers: { ...auth, "content-type": "application/merge-patch+json", "if-match": `"${read.revision}"` },
            body: JSON.stringify({ summary: { ...read.record.summary, en: text } }),
          });
          if (written.status === 200) {
            writes2xx += 1;
            const after = (await written.json()) as Stored;
            if (after.revision !== read.revision + 1) lostUpdates += 1;
            const tally = successes.get(id)!;
            tally.count += 1;
            if (tally.last === undefined || after.revision > tally.last.revision)
              tally.last = { revision: after.revision, text };
          } else if (written.status === 412) writes412 += 1;
          else if (written.status < 500) otherErrors += 1;
        }
      } catch {
        otherErrors += 1;
      }
    }
  }
  const started = performance.now();
  await Promise.all(Array.from({ length: options.clients }, (_, worker) => client(worker)));
  const seconds = (performance.now() - started) / 1000;

  for (const id of options.hot) {
    const final = (await (await fetch(`${options.url}/activities/${id}`)).json()) as Stored;
    const tally = successes.get(id)!;
    if (final.revision !== (initial.get(id) ?? 0) + tally.count) lostUpdates += 1;
    if (tally.last !== undefined && final.record.summary?.en !== tally.last.text) lostUpdates += 1;
  }
  return {
    seconds,
    requests,
    status5xx,
    otherErrors,
    writes2xx,
    writes412,
    lostUpdates,
    routes: Object.fromEntries(
      [...routes].map(([route, latencies]) => [
        route,
        { count: latencies.count, p50: round(latencies.percentile(50)), p99: round(latencies.percentile(99)) },
      ]),
    ),
  };
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
