import packageJson from "../../package.json" with { type: "json" };

/** The version `remit --version` prints: the package's own, bundled at build time. */
export const REMIT_VERSION: string = packageJson.version;
