import type { Connection } from "../DialectInfo";
import type { PartnerAlias } from "./PartnerForms";

/**
 * Aliases remembered as written: an import meets the same few partners on most of its
 * activities, and each is written once. The bound keeps memory flat whatever an import
 * holds; past it, an alias may be written twice, which the insert ignores.
 */
const REMEMBERED = 10_000;

/**
 * Writes `partner_alias` rows inside a write transaction, each once: repeated ones are
 * dropped here, and one stored before is left as it is (`on conflict do nothing`). Rows are
 * never deleted when an activity goes: a stale alias only leads a filter to a form no
 * activity holds, and core's predicate decides every match anyway.
 */
export class PartnerAliasWriter {
  private readonly written = new Set<string>();
  private pending: PartnerAlias[] = [];

  constructor(
    private readonly connection: Connection,
    private readonly maxParameters: number,
  ) {}

  /** Buffers the aliases not written yet; `flush` writes them. */
  add(aliases: readonly PartnerAlias[]): void {
    for (const alias of aliases) {
      const key = `${alias[0]}\u0000${alias[1]}`;
      if (this.written.has(key)) continue;
      if (this.written.size >= REMEMBERED) this.written.clear();
      this.written.add(key);
      this.pending.push(alias);
    }
  }

  /** Writes the buffered aliases. */
  async flush(): Promise<void> {
    const rows = this.pending;
    if (rows.length === 0) return;
    this.pending = [];
    const perStatement = Math.max(1, Math.min(500, Math.floor(this.maxParameters / 2)));
    for (let start = 0; start < rows.length; start += perStatement) {
      await this.connection
        .insertInto("partner_alias")
        .values(rows.slice(start, start + perStatement).map(([alias, form]) => ({ alias, form })))
        .onConflict((conflict) => conflict.columns(["alias", "form"]).doNothing())
        .execute();
    }
  }
}
