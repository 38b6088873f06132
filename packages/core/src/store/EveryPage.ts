/** One page of a list answer as a client receives it: the items and, unless it is the last, the next cursor. */
export interface ListAnswerPage<T> {
  readonly items: readonly T[];
  readonly nextCursor?: string | undefined;
}

/**
 * Every item of a paged list answer, following `nextCursor` from the first page to the last:
 * for callers outside Effect, such as a page in a browser reading the HTTP API through its
 * client. Only for the lists a caller needs whole and that are small (mandates, indicators,
 * a year's observations); stream the large ones (`streamAll`).
 * @example const mandates = await everyPage((cursor) => client.listMandates({ query: { limit: 1000, cursor } }))
 */
export async function everyPage<T>(page: (cursor: string | undefined) => Promise<ListAnswerPage<T>>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const next = await page(cursor);
    items.push(...next.items);
    cursor = next.nextCursor;
  } while (cursor !== undefined);
  return items;
}
