import type { DocumentSymbol } from "../symbol/DocumentSymbol";
import { parseSymbolPrefix, symbolHasPrefix } from "../symbol/SymbolPrefix";
import type { Body } from "./Body";
import type { Result } from "../result/Result";

/**
 * The body a document belongs to: the one whose `symbolPrefix` is the longest prefix of the
 * symbol (`E/CN.15/2011/2` belongs to the body with prefix `E/CN.15` rather than to the one
 * with `E`). `undefined` when no body's prefix matches.
 * @example bodyForSymbol(bodies, parsed("E/CN.15/2021/1"))?.id // "ccpcj"
 */
export function bodyForSymbol(bodies: readonly Body[], symbol: DocumentSymbol): Body | undefined {
  let best: { body: Body; length: number } | undefined;
  for (const body of bodies) {
    if (body.symbolPrefix === undefined) continue;
    const prefix = parseSymbolPrefix(body.symbolPrefix);
    if (!prefix.ok || !symbolHasPrefix(symbol, prefix.value)) continue;
    if (best === undefined || prefix.value.series.length > best.length)
      best = { body, length: prefix.value.series.length };
  }
  return best?.body;
}

/** Why a body's chain of parents cannot be followed. */
export interface BrokenBodyChain {
  readonly _tag: "BrokenBodyChain";
  /** The body whose parent is missing or closes a cycle. */
  readonly bodyId: string;
  readonly message: string;
}

/**
 * The ids of the bodies above a body, nearest first: `ccpcj` → `["ecosoc"]`. A parent that
 * is not among `bodies`, or a cycle of parents, is an error value naming the body at fault.
 * @example bodyAncestors(bodies, "ccpcj") // { ok: true, value: ["ecosoc"] }
 */
export function bodyAncestors(bodies: readonly Body[], bodyId: string): Result<string[], BrokenBodyChain> {
  const byId = new Map(bodies.map((body) => [body.id, body]));
  const ancestorIds: string[] = [];
  const seen = new Set([bodyId]);
  for (let body = byId.get(bodyId); body?.parentId !== undefined;) {
    const parentId: string = body.parentId;
    if (seen.has(parentId)) {
      return {
        ok: false,
        error: {
          _tag: "BrokenBodyChain",
          bodyId: body.id,
          message: `body "${body.id}" has parent "${parentId}", which closes a cycle of parents; give one of them no parent`,
        },
      };
    }
    const parent = byId.get(parentId);
    if (parent === undefined) {
      return {
        ok: false,
        error: {
          _tag: "BrokenBodyChain",
          bodyId: body.id,
          message: `body "${body.id}" has parent "${parentId}", which is not among the bodies; add it or correct parentId`,
        },
      };
    }
    ancestorIds.push(parentId);
    seen.add(parentId);
    body = parent;
  }
  return { ok: true, value: ancestorIds };
}
