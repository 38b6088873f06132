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

/** The rows of one table and width waiting for their statement, as flat positional values. */
interface RowBuffer {
  readonly table: WrittenTable;
  readonly width: number;
  values: unknown[];
}

/**
 * Buffers rows per table and writes them with multi-row INSERTs whose SQL is compiled once
 * per (table, row width, row count) by Kysely and then only re-bound: the per-row cost is binding values,
 * not building and compiling a query. On a dialect that copies (`copyFromStdin`), given as
 * `copying`, the rows go in with `COPY … FROM STDIN` instead. Memory is bounded by one
 * statement's rows per table.
 */
export class BatchInserter implements RowSink {
  /** Buffered values per table, by row width: rows of one width share statements. */
  private readonly pending = new Map<WrittenTable, RowBuffer[]>();
  private readonly compiled = new Map<string, string>();
  private readonly rowsPerStatement: (width: number) => number;

  constructor(
    private readonly connection: Connection,
    maxParameters: number,
    private readonly copying?: DialectInfo,
  ) {
    this.rowsPerStatement =
      copying?.copyFromStdin === true
        ? () => ROWS_PER_COPY
        : (width) => Math.max(1, Math.min(MAX_ROWS_PER_STATEMENT, Math.floor(maxParameters / width)));
  }

  /**
   * Buffers one row; call `flushFull` now and then to write the full statements. A row may
   * give fewer values than its table has columns: it fills the first ones (see `COLUMNS`).
   */
  add(table: WrittenTable, row: Row): void {
    let byWidth = this.pending.get(table);
    if (byWidth === undefined) {
      byWidth = [];
      this.pending.set(table, byWidth);
    }
    let buffer = byWidth[row.length];
    if (buffer === undefined) {
      buffer = { table, width: row.length, values: [] };
      byWidth[row.length] = buffer;
    }
    for (const value of row) buffer.values.push(value);
  }

  /** Every table's buffers, one per row width given. */
  private buffers(): RowBuffer[] {
    return [...this.pending.values()].flatMap((byWidth) => byWidth.filter((buffer) => buffer !== undefined));
  }

  /** Writes every full statement's worth of rows, keeping the rest buffered. */
  async flushFull(): Promise<void> {
    for (const buffer of this.buffers()) {
      const { table, width, values } = buffer;
      const perStatement = this.rowsPerStatement(width);
      const full = Math.floor(values.length / width / perStatement) * perStatement;
      if (full === 0) continue;
      for (let start = 0; start < full; start += perStatement) {
        await this.insert(table, width, values.slice(start * width, (start + perStatement) * width), perStatement);
      }
      buffer.values = values.slice(full * width);
    }
  }

  /** Writes every buffered row of one table. */
  async flushTable(table: WrittenTable): Promise<void> {
    for (const buffer of this.pending.get(table) ?? []) {
      if (buffer === undefined || buffer.values.length === 0) continue;
      const { width, values } = buffer;
      const perStatement = this.rowsPerStatement(width);
      const rows = values.length / width;
      for (let start = 0; start < rows; start += perStatement) {
        const count = Math.min(perStatement, rows - start);
        await this.insert(table, width, values.slice(start * width, (start + count) * width), count);
      }
      buffer.values = [];
    }
  }

  /** Writes every buffered row. */
  async flush(): Promise<void> {
    for (const table of this.pending.keys()) await this.flushTable(table);
  }

  private async insert(table: WrittenTable, width: number, values: unknown[], rows: number): Promise<void> {
    if (this.copying?.copyFromStdin === true) {
      const text = copyText(values as Row[number][], width);
      await this.connection.executeQuery(CompiledQuery.raw(this.copySqlFor(table, width, this.copying), [text]));
      return;
    }
    await this.connection.executeQuery(CompiledQuery.raw(this.sqlFor(table, width, rows), values));
  }

  private copySqlFor(table: WrittenTable, width: number, dialect: DialectInfo): string {
    const key = `${table}:${width}:copy`;
    let text = this.compiled.get(key);
    if (text === undefined) {
      const columns = sql.join(COLUMNS[table].slice(0, width).map((column) => sql.ref(column)));
      text = sql`copy ${tableIn(dialect, table)} (${columns}) from stdin`.compile(this.connection).sql;
      this.compiled.set(key, text);
    }
    return text;
  }

  private sqlFor(table: WrittenTable, width: number, rows: number): string {
    const key = `${table}:${width}:${rows}`;
    let text = this.compiled.get(key);
    if (text === undefined) {
      const parameterRow = Object.fromEntries(COLUMNS[table].slice(0, width).map((column) => [column, null]));
      text = this.connection
        .insertInto(table)
        .values(Array.from({ length: rows }, () => parameterRow))
        .compile().sql;
      this.compiled.set(key, text);
    }
    return text;
  }
}
