/**
 * A store was opened to read, but there is no Remit store at that place: no database, or a
 * database (or schema) without Remit's tables. Opening to read never creates one; only
 * opening to create (`init`, `migrate`) does.
 */
export class StoreNotFound extends Error {
  override readonly name = "StoreNotFound";
  constructor(
    /** The place, as messages name it: "SQLite database at …", "PostgreSQL database … (schema …)". */
    readonly where: string,
    /** Why there is none, when the database says more than "no tables". */
    readonly reason?: string,
  ) {
    super(
      `There is no Remit store in the ${where}${reason === undefined ? "" : ` (${reason})`}: nothing was created. ` +
        `Check the name, or create the store first (\`remit init\`, or the store's migrate).`,
    );
  }
}
