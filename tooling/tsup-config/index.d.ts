import type { Options } from "tsup";
/** The tsup config for one package: entry subpath name -> source file. */
export declare function remitBuild(entry: Record<string, string>, overrides?: Options): Options | Options[];
