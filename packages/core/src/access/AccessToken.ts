/**
 * What a bearer of an access token may do. Each role includes the ones before it:
 * a viewer reads, an editor also writes records and imports, an admin also manages tokens.
 */
export const ACCESS_ROLES = ["viewer", "editor", "admin"] as const;

/** A role an access token grants: viewer, editor or admin. */
export type AccessRole = (typeof ACCESS_ROLES)[number];

/** Whether `granted` includes `needed` (an admin may do what an editor may, and so on). */
export function roleAllows(granted: AccessRole, needed: AccessRole): boolean {
  return ACCESS_ROLES.indexOf(granted) >= ACCESS_ROLES.indexOf(needed);
}

/** Whether a text is one of the roles. */
export function isAccessRole(text: string): text is AccessRole {
  return (ACCESS_ROLES as readonly string[]).includes(text);
}

/**
 * An access token as a store keeps it: never the secret itself, only its SHA-256 digest, so a
 * copy of the database gives nobody a usable token. The secret is shown once, when issued.
 */
export interface AccessToken {
  /** A short public id (`tok_…`), safe to print and log. */
  readonly id: string;
  /** What the token is for, chosen by whoever issued it ("ci-import", "Ana's laptop"). */
  readonly name: string;
  readonly role: AccessRole;
  /** Lowercase hex SHA-256 of the secret. */
  readonly secretHash: string;
  /** ISO 8601 timestamp. */
  readonly createdAt: string;
  /** Who issued it. */
  readonly createdBy: string;
  /** ISO 8601 timestamp of its revocation; a revoked token authenticates nobody. */
  readonly revokedAt?: string;
}

/** A token name in use by another token that is not revoked. */
export interface AccessTokenNameTaken {
  readonly _tag: "AccessTokenNameTaken";
  readonly name: string;
  readonly message: string;
}

/** No token, or no token that is still active, has that id or name. */
export interface AccessTokenNotFound {
  readonly _tag: "AccessTokenNotFound";
  readonly reference: string;
  readonly message: string;
}
