import { AccessTokens, type AccessRole, type AccessToken } from "@remit/core";
import { Effect } from "effect";

function base64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function randomText(bytes: number): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}

/** Lowercase hex SHA-256 of a token's secret: what the store keeps (Web Crypto, so any runtime). */
export async function hashSecret(secret: string): Promise<string> {
  const digest = await crypto.subtle.digest("SHA-256", new TextEncoder().encode(secret));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, "0")).join("");
}

/** A new token: its record for the store, and the secret to show once. */
export interface IssuedToken {
  readonly token: AccessToken;
  readonly secret: string;
}

/**
 * Makes a new access token: a secret of 256 random bits (`remit_…`), its SHA-256 for the
 * store, and a short public id (`tok_…`) to name it by in lists and logs.
 * @example const { token, secret } = await issueToken({ name: "ci-import", role: "editor", by: "admin", at: new Date() });
 */
export async function issueToken(options: {
  readonly name: string;
  readonly role: AccessRole;
  readonly by: string;
  readonly at: Date;
}): Promise<IssuedToken> {
  const secret = `remit_${randomText(32)}`;
  return {
    secret,
    token: {
      id: `tok_${randomText(9)}`,
      name: options.name,
      role: options.role,
      secretHash: await hashSecret(secret),
      createdAt: options.at.toISOString(),
      createdBy: options.by,
    },
  };
}

/**
 * Issues a token (`issueToken`) and keeps it in the store's `AccessTokens`: the record as
 * kept, and the secret to show once. The API's `POST /tokens`, `remit token create` and the
 * demo's editor token all issue this way; a name an active token has is AccessTokenNameTaken,
 * and nothing is kept.
 * @example const { token, secret } = yield* addNewToken({ name: "ci-import", role: "editor", by: "admin", at: new Date() });
 */
export function addNewToken(options: Parameters<typeof issueToken>[0]) {
  return Effect.gen(function* () {
    const issued = yield* Effect.promise(() => issueToken(options));
    const token = yield* (yield* AccessTokens).add(issued.token);
    return { token, secret: issued.secret } satisfies IssuedToken;
  });
}

/** A token as the API shows it: never the secret's hash. */
export function tokenView(token: AccessToken) {
  const { secretHash: _hash, ...view } = token;
  return view;
}
