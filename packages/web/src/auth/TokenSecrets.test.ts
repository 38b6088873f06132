import { AccessTokens, makeInMemoryAccessTokens } from "@remit/core";
import { Effect } from "effect";
import { describe, expect, it } from "vitest";
import { addNewToken, hashSecret } from "./TokenSecrets";

const at = new Date("2026-12-05T20:00:00Z");

describe("addNewToken", () => {
  it("keeps the token's record, found by its secret's hash, and gives the secret once", async () => {
    const tokens = makeInMemoryAccessTokens();
    const program = Effect.gen(function* () {
      const { token, secret } = yield* addNewToken({ name: "ci-import", role: "editor", by: "admin", at });
      const found = yield* tokens.findBySecretHash(yield* Effect.promise(() => hashSecret(secret)));
      return { token, secret, found };
    });
    const { token, secret, found } = await Effect.runPromise(program.pipe(Effect.provideService(AccessTokens, tokens)));
    expect(secret).toMatch(/^remit_[A-Za-z0-9_-]{43}$/);
    expect(token).toMatchObject({ name: "ci-import", role: "editor", createdBy: "admin", createdAt: at.toISOString() });
    expect(found?.id).toBe(token.id);
  });

  it("refuses a name an active token has, and keeps nothing more", async () => {
    const tokens = makeInMemoryAccessTokens();
    const add = addNewToken({ name: "ci-import", role: "viewer", by: "admin", at });
    const program = Effect.gen(function* () {
      yield* add;
      const second = yield* Effect.flip(add);
      return { second, kept: yield* tokens.list() };
    });
    const { second, kept } = await Effect.runPromise(program.pipe(Effect.provideService(AccessTokens, tokens)));
    expect(second._tag).toBe("AccessTokenNameTaken");
    expect(kept).toHaveLength(1);
  });
});
