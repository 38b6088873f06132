import type { Options } from "tsup";
/** The tsup config for one package: entry subpath name -> source file. */
export declare function remitBuild(entry: Record<string, string>, overrides?: Options): Options | Options[];
/** One output module per source module (for core); declarations for the public entries only. */
export declare function remitModuleBuild(
  publicEntries: Record<string, string>,
  overrides?: Options,
): Options | Options[];
