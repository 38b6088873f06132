import { compareActivities, type Activity, type Mandate, type Session } from "@remit/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS, type Backend } from "./Backends";
import { lines, remit, remitJson } from "./RemitProcess";

interface ListOutput<T> {
  readonly kind: string;
  readonly items: readonly T[];
  readonly nextCursor?: string;
}

describe.each(BACKENDS)("querying a seeded store on $name", ({ make }) => {
  let backend: Backend;
  const list = <T>(...args: string[]) =>
    remitJson<ListOutput<T>>(["list", ...args, "--limit", "1000", "--db", backend.db]);

  beforeAll(async () => {
    backend = make();
    expect((await remit(["init", "--db", backend.db])).code).toBe(0);
    expect((await remit(["seed", "--db", backend.db])).code).toBe(0);
  });
  afterAll(() => backend.cleanup());

  it("lists activities filtered by topic, country, mandate, partner, region and period", async () => {
    const crypto = await list<Activity>("activities", "--topic", "cryptocurrency");
    expect(crypto.items.length).toBeGreaterThan(0);
    for (const activity of crypto.items) expect(activity.topics).toContain("cryptocurrency");
    const salvador = await list<Activity>("activities", "--country", "slv");
    expect(salvador.items.length).toBeGreaterThan(0);
    for (const activity of salvador.items) expect(activity.countries.named).toContain("SLV");
    const mandated = await list<Activity>("activities", "--mandate", "A/RES/74/173");
    expect(mandated.items.length).toBeGreaterThan(0);
    for (const activity of mandated.items) expect(activity.mandateIds).toContain("a-res-74-173");
    const interpol = await list<Activity>("activities", "--partner", "INTERPOL");
    for (const activity of interpol.items)
      expect(activity.partners.map((partner) => partner.acronym)).toContain("INTERPOL");
    const both = await list<Activity>(
      "activities",
      "--topic",
      "cryptocurrency",
      "--region",
      "035",
      "--from",
      "2020",
      "--to",
      "2020",
    );
    expect(both.items.length).toBeLessThanOrEqual(crypto.items.length);
    expect((await list<Activity>("activities", "--from", "2030")).items).toEqual([]);
  });

  it("pages through activities with --limit and --cursor, in id order, without gaps", async () => {
    const all = (await list<Activity>("activities")).items.map((activity) => activity.id);
    const first = await remitJson<ListOutput<Activity>>(["list", "activities", "--limit", "7", "--db", backend.db]);
    expect(first.items.map((activity) => activity.id)).toEqual(all.slice(0, 7));
    expect(first.nextCursor).toBeDefined();
    const second = await remitJson<ListOutput<Activity>>([
      "list",
      "activities",
      "--limit",
      "7",
      "--cursor",
      first.nextCursor ?? "",
      "--db",
      backend.db,
    ]);
    expect(second.items.map((activity) => activity.id)).toEqual(all.slice(7, 14));
  });

  it("sorts activities with --sort, continues a page in its order, and says when an order does not apply", async () => {
    const latest = (await list<Activity>("activities", "--topic", "cryptocurrency", "--sort", "start:desc")).items;
    expect(latest.length).toBeGreaterThan(3);
    expect(latest.map((activity) => activity.id)).toEqual(
      [...latest].sort(compareActivities({ by: "start", direction: "desc" })).map((activity) => activity.id),
    );
    const sorted = ["list", "activities", "--topic", "cryptocurrency", "--sort", "start:desc", "--db", backend.db];
    const first = await remitJson<ListOutput<Activity>>([...sorted, "--limit", "2"]);
    const second = await remitJson<ListOutput<Activity>>([
      ...sorted,
      "--limit",
      "2",
      "--cursor",
      first.nextCursor ?? "",
    ]);
    expect([...first.items, ...second.items].map((activity) => activity.id)).toEqual(
      latest.slice(0, 4).map((activity) => activity.id),
    );
    const unknown = await remit(["list", "activities", "--sort", "people", "--db", backend.db]);
    expect(unknown.code).toBe(2);
    expect(lines(unknown.stderr)[0]).toContain("--sort people is not an order of activities");
    const mandates = await remit(["list", "mandates", "--sort", "title", "--db", backend.db]);
    expect(mandates.code).toBe(2);
    expect(lines(mandates.stderr)[0]).toContain("--sort orders activities only");
  });

  it("lists mandates by body and sessions by body, each kind with the filters that apply to it", async () => {
    const ccpcj = await list<Mandate>("mandates", "--body", "ccpcj");
    expect(ccpcj.items.map((mandate) => mandate.id)).toContain("ccpcj-res-22-8");
    for (const mandate of ccpcj.items) expect(mandate.adoptingBodyId).toBe("ccpcj");
    const sessions = await list<Session>("sessions", "--body", "CCPCJ");
    expect(sessions.items.map((session) => session.id)).toEqual(
      expect.arrayContaining(["ccpcj-20", "ccpcj-29", "ccpcj-30"]),
    );
    const wrong = await remit(["list", "mandates", "--country", "SLV", "--db", backend.db]);
    expect(wrong.code).toBe(2);
    expect(lines(wrong.stderr)).toEqual([
      "remit: --country does not filter mandates; the filters of mandates are --body --from --to --text",
    ]);
  });

  it("prints plain tab-separated lines on a pipe, with labels and titles in the language asked for", async () => {
    const plain = await remit(["list", "activities", "--topic", "cryptocurrency", "--lang", "zh", "--db", backend.db]);
    expect(plain.code).toBe(0);
    const rows = lines(plain.stdout).map((line) => line.split("\t"));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toHaveLength(5);
    expect(rows.some((row) => /[\u4e00-\u9fff]/.test(row[4] ?? ""))).toBe(true);
    const arabic = await remit(["list", "activities", "--kind", "training", "--db", backend.db], {
      env: { REMIT_LANG: "ar" },
    });
    expect(lines(arabic.stdout)[0]?.split("\t")[1]).toBe("تدريب");
  });

  it("shows a record in full with its history, by symbol or by id", async () => {
    const mandate = await remitJson<{
      kind: string;
      id: string;
      revision: number;
      record: Mandate;
      history: { action: string }[];
    }>(["show", "A/RES/74/173", "--db", backend.db]);
    expect(mandate).toMatchObject({ kind: "mandate", id: "a-res-74-173", revision: 1 });
    expect(mandate.record.symbol).toBe("A/RES/74/173");
    expect(mandate.history.map((entry) => entry.action)).toEqual(["create"]);
    const session = await remitJson<{ kind: string; record: Session }>(["show", "ccpcj-30", "--db", backend.db]);
    expect(session.kind).toBe("session");
    const human = await remit(["show", "GA resolution 74/173", "--db", backend.db]);
    expect(human.stdout).toContain("mandate a-res-74-173 · revision 1");
    const missing = await remit(["show", "no-such-record", "--db", backend.db]);
    expect(missing.code).toBe(1);
    expect(lines(missing.stderr)).toEqual(["remit: no record has the id no-such-record; find ids with `remit list`"]);
  });

  it("tells a missing id apart from a missing symbol, for every form core allows an id (dots included)", async () => {
    const missing = await remit(["show", "act-2020.no-such-webinar", "--db", backend.db]);
    expect(missing.code).toBe(1);
    expect(lines(missing.stderr)).toEqual([
      "remit: no record has the id act-2020.no-such-webinar; find ids with `remit list`",
    ]);
  });

  it("finds 74/173's report due at the CCPCJ 30th session, deferred from the 29th", async () => {
    const due = await remitJson<{
      reports: { mandate: string; disposition: string; deferrals: { fromSession: number; toSession: number }[] }[];
    }>(["due", "--body", "CCPCJ", "--session", "30", "--db", backend.db]);
    const report = due.reports.find((entry) => entry.mandate === "A/RES/74/173");
    expect(report).toMatchObject({ disposition: "due", deferrals: [{ fromSession: 29, toSession: 30 }] });
    const at29 = await remitJson<{ reports: { mandate: string; disposition: string }[] }>([
      "due",
      "--body",
      "ccpcj",
      "--session",
      "29",
      "--db",
      backend.db,
    ]);
    expect(at29.reports).toContainEqual(
      expect.objectContaining({ mandate: "A/RES/74/173", disposition: "deferred-away" }),
    );
  });

  it("checks the CCPCJ 20th session's thematic discussion against decision 18/1, rule by rule", async () => {
    const check = await remitJson<{
      discussionId: string;
      findings: { rule: string; status: string; reason: string }[];
    }>(["check", "ccpcj-20", "--db", backend.db]);
    expect(check.discussionId).toBe("ccpcj-20-thematic-discussion");
    expect(check.findings.map((finding) => finding.rule)).toEqual(
      expect.arrayContaining([
        "nomination-deadline",
        "panel-election",
        "podium-seats",
        "keynote-length",
        "intervention-length",
        "guide-languages",
      ]),
    );
    for (const finding of check.findings) expect(["ok", "violation", "unknown"]).toContain(finding.status);
    const none = await remit(["check", "ccpcj-30", "--db", backend.db]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain("session ccpcj-30 has no thematic discussion");
  });

  it("gives decision 18/1's reasons in Chinese with --lang zh", async () => {
    const chinese = await remit(["check", "ccpcj-20", "--lang", "zh", "--db", backend.db]);
    expect(chinese.code).toBe(0);
    expect(chinese.stdout).toContain(
      "讨论指南 E/CN.15/2011/2：阿拉伯文、中文、英文、法文、俄文、西班牙文版本的印发没有记录到日，或根本没有记录",
    );
    expect(chinese.stdout).toContain("截止日期2011年3月11日（届会开幕前一个月：届会于2011年4月11日开幕）");
    expect(chinese.stdout).not.toContain("is not recorded");
  });

  it("draws the lineage of A/RES/74/173 as a tree", async () => {
    const tree = await remitJson<{
      id: string;
      branches: { relation: string; kind: string; mandate?: { id: string } }[];
    }>(["lineage", "A/RES/74/173", "--db", backend.db]);
    expect(tree.id).toBe("a-res-74-173");
    expect(tree.branches.length).toBeGreaterThan(0);
    const drawn = await remit(["lineage", "A/RES/74/173", "--db", backend.db]);
    const [root, ...branches] = lines(drawn.stdout);
    expect(root).toMatch(/^A\/RES\/74\/173 \(2019\)/);
    expect(branches[0]).toMatch(/^[└├]─ \w/);
    const descendants = lines((await remit(["lineage", "A/RES/74/247", "--descendants", "--db", backend.db])).stdout);
    expect(descendants).toContain("├─ updated by GA decision 74/567");
    const declarations = (await remit(["lineage", "A/RES/65/230", "--descendants", "--db", backend.db])).stdout;
    expect(declarations).toContain("updated by Doha Declaration");
    expect(declarations).not.toContain("doha-declaration");
    expect(declarations).toContain("continued by (inferred) CCPCJ resolution 26/4");
    const unknown = await remit(["lineage", "A/RES/70/999", "--db", backend.db]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain("no mandate A/RES/70/999 in this store");
  });
});
