import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OPERATIONS, ROUTES, type OperationId } from "../src";
import { BACKENDS, startApi, type TestApi } from "./ApiHarness";

const WRITES = (Object.keys(OPERATIONS) as OperationId[]).filter((id) => OPERATIONS[id].access === "write");
const ADMIN = (Object.keys(OPERATIONS) as OperationId[]).filter((id) => OPERATIONS[id].access === "admin");

function pathOf(id: OperationId): string {
  return ROUTES[id].path.replace(/\{(\w+)\}/g, "no-such-id");
}

describe.each(BACKENDS)("who may write, on %s", (backend) => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi(backend, { seed: false, publicReads: true });
  });
  afterAll(async () => api?.stop());

  const request = (id: OperationId, role?: "viewer" | "editor" | "admin") =>
    api.call(pathOf(id), {
      method: ROUTES[id].method.toUpperCase(),
      ...(role === undefined ? {} : { role }),
      headers: { "content-type": "application/json", "if-match": '"1"' },
      ...(ROUTES[id].method === "delete" || ROUTES[id].method === "get" ? {} : { body: "{}" }),
    });

  it.each(WRITES)(
    "%s refuses a caller without a token (401), a viewer (403), and lets an editor through",
    async (id) => {
      const anonymous = await request(id);
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers.get("www-authenticate")).toBe('Bearer realm="remit"');
      expect(await anonymous.json()).toMatchObject({ _tag: "Unauthorized" });
      const viewer = await request(id, "viewer");
      expect(viewer.status).toBe(403);
      expect(await viewer.json()).toMatchObject({ _tag: "Forbidden", role: "editor" });
      const editor = await request(id, "editor");
      expect([401, 403]).not.toContain(editor.status);
    },
  );

  it.each(ADMIN)("%s is for admins only", async (id) => {
    expect((await request(id)).status).toBe(401);
    expect((await request(id, "viewer")).status).toBe(403);
    expect((await request(id, "editor")).status).toBe(403);
    expect([401, 403]).not.toContain((await request(id, "admin")).status);
  });

  it("reads are public by the setting, and a revoked or made-up token is refused", async () => {
    expect((await api.call("/activities")).status).toBe(200);
    const made = await api.call("/activities", { headers: { authorization: "Bearer remit_madeup" } });
    expect(made.status).toBe(401);
    const issued = (await (
      await api.call("/tokens", {
        role: "admin",
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ name: "short-lived", role: "editor" }),
      })
    ).json()) as { secret: string };
    const bearer = { authorization: `Bearer ${issued.secret}` };
    expect((await api.call("/activities", { headers: bearer })).status).toBe(200);
    expect((await api.call("/tokens/short-lived", { role: "admin", method: "DELETE" })).status).toBe(200);
    expect((await api.call("/activities", { headers: bearer })).status).toBe(401);
  });
});

describe("reads when they are not public", () => {
  it("need a token of any role", async () => {
    const api = await startApi("sqlite", { seed: false, publicReads: false });
    try {
      expect((await api.call("/activities")).status).toBe(401);
      expect((await api.call("/activities", { role: "viewer" })).status).toBe(200);
      expect((await api.call("/healthz")).status).toBe(200);
    } finally {
      await api.stop();
    }
  });
});
