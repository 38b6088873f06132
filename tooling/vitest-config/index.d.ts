import type { UserWorkspaceConfig } from "vitest/config";
/** A Vitest project for one package, resolving workspace packages to source. */
export declare function remitProject(
  name: string,
  options?: { typecheck?: boolean; testTimeout?: number },
): UserWorkspaceConfig;
