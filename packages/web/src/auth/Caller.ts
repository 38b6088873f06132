import { roleAllows, type AccessRole, type AccessTokensShape, type StoreFailure } from "@remit/core";
import { Effect } from "effect";
import type { Access } from "../contract/Operation";
import { apiProblem, type TaggedProblem } from "../http/Problem";
import { hashSecret } from "./TokenSecrets";

/** Who is calling: a token's holder, or nobody (a public read). */
export type Caller =
  { readonly role: AccessRole; readonly actor: string } | { readonly role: undefined; readonly actor: "anonymous" };

/** How the API authenticates. */
export interface AuthSettings {
  /** Reads without a token (writes always need one). Default false. */
  readonly publicReads?: boolean;
}

const NEEDED: Readonly<Record<Exclude<Access, "open">, AccessRole>> = {
  read: "viewer",
  write: "editor",
  admin: "admin",
};

/**
 * The caller of a request without a token, when the operation lets it in: anyone may call an
 * open operation, and read when reads are public. Undefined when a token is needed
 * (`authorize` then says 401).
 */
export function anonymousCaller(access: Access, settings: AuthSettings): Caller | undefined {
  if (access === "open" || (access === "read" && settings.publicReads === true))
    return { role: undefined, actor: "anonymous" };
  return undefined;
}

/**
 * The caller of a request and whether it may call an operation: a bearer token is looked
 * up by the SHA-256 of its secret (revoked tokens find nothing); no token is anonymous, which
 * may only read, and only when reads are public. 401 without a valid token, 403 when the
 * token's role is too low.
 */
export function authorize(
  tokens: AccessTokensShape,
  authorization: string | undefined,
  access: Access,
  settings: AuthSettings,
): Effect.Effect<Caller, TaggedProblem | StoreFailure> {
  return Effect.gen(function* () {
    let caller: Caller = { role: undefined, actor: "anonymous" };
    if (authorization !== undefined) {
      const secret = /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1];
      if (secret === undefined)
        return yield* Effect.fail(apiProblem("Unauthorized", "The Authorization header must be `Bearer <token>`."));
      const hash = yield* Effect.promise(() => hashSecret(secret));
      const token = yield* tokens.findBySecretHash(hash);
      if (token === undefined)
        return yield* Effect.fail(
          apiProblem(
            "Unauthorized",
            "The bearer token is unknown or revoked; ask an admin for a token (`remit token create`).",
          ),
        );
      caller = { role: token.role, actor: `token:${token.name}` };
    }
    if (access === "open") return caller;
    if (access === "read" && settings.publicReads === true) return caller;
    const needed = NEEDED[access];
    if (caller.role === undefined)
      return yield* Effect.fail(
        apiProblem("Unauthorized", `This operation needs a bearer token with the ${needed} role.`, { role: needed }),
      );
    if (!roleAllows(caller.role, needed))
      return yield* Effect.fail(
        apiProblem("Forbidden", `This operation needs the ${needed} role; the token has the ${caller.role} role.`, {
          role: needed,
        }),
      );
    return caller;
  });
}
