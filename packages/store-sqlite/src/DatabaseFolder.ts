import { existsSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";

/**
 * Creates `folder` and its missing parents, one level at a time. Node's recursive
 * `mkdirSync` never returns under a folder where creation fails with ENOENT although the
 * parent exists (`/proc/nope`: probe defect 2); creating each level itself fails at once,
 * with the error of the level that cannot be made.
 */
export function createDatabaseFolder(folder: string): void {
  if (existsSync(folder)) return;
  const parent = dirname(folder);
  if (parent !== folder) createDatabaseFolder(parent);
  mkdirSync(folder);
}
