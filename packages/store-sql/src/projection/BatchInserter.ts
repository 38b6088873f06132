import { CompiledQuery, sql } from "kysely";
import { tableIn, type Connection, type DialectInfo } from "../DialectInfo";
import { copyText } from "./CopyText";
import { COLUMNS, type Row, type RowSink, type WrittenTable } from "./TableRows";

const MAX_ROWS_PER_STATEMENT = 500;

/**
 * Rows per COPY: no parameters to count, but every row buffered is alive when V8 sizes its
 * heap (at a multiple of what is alive), so a table's rows are copied every 2,000: with
 * 10,000, 40 batches' activity rows (search text and title key) waited for their COPY and a
 * 200,000-activity PostgreSQL import peaked at 217 MiB RSS, against 182 at the same CPU time.
 */
const ROWS_PER_COPY = 2_000;

/**
 * Buffers rows per table and writes them with multi-row INSERTs whose SQL is compiled once
 * per (table, row count) by Kysely and then only re-bound: the per-row cost is binding values,
 * not building and compiling a query. On a dialect that copies (`copyFromStdin`), given as
 * `copying`, the rows go in with `COPY … FROM STDIN` instead. Memory is bounded by one
 * statement's rows per table.
 */
export class BatchInserter implements RowSink {
  private readonly pending = new Map<WrittenTable, unknown[]>();
  private readonly compiled = new Map<string, string>();
  private readonly rowsPerStatement: (table: WrittenTable) => number;

  constructor(
    private readonly connection: Connection,
    maxParameters: number,
    private readonly copying?: DialectInfo,
  ) {
    this.rowsPerStatement =
      copying?.copyFromStdin === true
        ? () => ROWS_PER_COPY
        : (table) => Math.max(1, Math.min(MAX_ROWS_PER_STATEMENT, Math.floor(maxParameters / COLUMNS[table].length)));
  }

  /** Buffers one row; call `flushFull` now and then to write the full statements. */
  add(table: WrittenTable, row: Row): void {
    let values = this.pending.get(table);
    if (values === undefined) {
      values = [];
      this.pending.set(table, values);
    }
    for (const value of row) values.push(value);
  }

  /** Writes every full statement's worth of rows, keeping the rest buffered. */
  async flushFull(): Promise<void> {
    for (const [table, values] of this.pending) {
      const width = COLUMNS[table].length;
      const perStatement = this.rowsPerStatement(table);
      const full = Math.floor(values.length / width / perStatement) * perStatement;
      if (full === 0) continue;
      for (let start = 0; start < full; start += perStatement) {
        await this.insert(table, values.slice(start * width, (start + perStatement) * width), perStatement);
      }
      this.pending.set(table, values.slice(full * width));
    }
  }

  /** Writes every buffered row of one table. */
  async flushTable(table: WrittenTable): Promise<void> {
    const values = this.pending.get(table);
    if (values === undefined || values.length === 0) return;
    const width = COLUMNS[table].length;
    const perStatement = this.rowsPerStatement(table);
    const rows = values.length / width;
    for (let start = 0; start < rows; start += perStatement) {
      const count = Math.min(perStatement, rows - start);
      await this.insert(table, values.slice(start * width, (start + count) * width), count);
    }
    this.pending.set(table, []);
  }

  /** Writes every buffered row. */
  async flush(): Promise<void> {
    for (const table of this.pending.keys()) await this.flushTable(table);
  }

  private async insert(table: WrittenTable, values: unknown[], rows: number): Promise<void> {
    if (this.copying?.copyFromStdin === true) {
      const text = copyText(values as Row[number][], COLUMNS[table].length);
      await this.connection.executeQuery(CompiledQuery.raw(this.copySqlFor(table, this.copying), [text]));
      return;
    }
    await this.connection.executeQuery(CompiledQuery.raw(this.sqlFor(table, rows), values));
  }

  private copySqlFor(table: WrittenTable, dialect: DialectInfo): string {
    const key = `${table}:copy`;
    let text = this.compiled.get(key);
    if (text === undefined) {
      const columns = sql.join(COLUMNS[table].map((column) => sql.ref(column)));
      text = sql`copy ${tableIn(dialect, table)} (${columns}) from stdin`.compile(this.connection).sql;
      this.compiled.set(key, text);
    }
    return text;
  }

  private sqlFor(table: WrittenTable, rows: number): string {
    const key = `${table}:${rows}`;
    let text = this.compiled.get(key);
    if (text === undefined) {
      const parameterRow = Object.fromEntries(COLUMNS[table].map((column) => [column, null]));
      text = this.connection
        .insertInto(table)
        .values(Array.from({ length: rows }, () => parameterRow))
        .compile().sql;
      this.compiled.set(key, text);
    }
    return text;
  }
}
