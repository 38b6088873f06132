import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Where the official IATI 2.03 XSD is: `IATI_XSD_DIR`, else `../shared/iati-2.03` beside the
 * repository (the folder `.ci/run` points at). The schema is read from there, never copied
 * into the repository.
 */
export const IATI_XSD_DIR =
  process.env.IATI_XSD_DIR ?? resolve(dirname(fileURLToPath(import.meta.url)), "../../../../shared/iati-2.03");
export const IATI_XSD = join(IATI_XSD_DIR, "iati-activities-schema.xsd");
export const HAS_IATI_XSD = existsSync(IATI_XSD);

/** Whether xmllint (Debian's libxml2-utils) is on the PATH. */
export function hasXmllint(): boolean {
  return spawnSync("xmllint", ["--version"]).status === 0;
}

/**
 * Why a test that needs the XSD and xmllint is skipped, as a suffix for its title, or "" when
 * it runs: a skipped test says what to install.
 */
export function xsdSkipReason(needs: { readonly xmllint: boolean }): string {
  if (!HAS_IATI_XSD) return ` (skipped: no IATI XSD at ${IATI_XSD_DIR}; set IATI_XSD_DIR)`;
  if (needs.xmllint && !hasXmllint()) return " (skipped: xmllint is not installed; apt-get install libxml2-utils)";
  return "";
}

/**
 * Validates an XML file against the IATI XSD with xmllint; returns xmllint's complaints,
 * empty when the file validates.
 */
export function xsdProblems(file: string): string {
  const run = spawnSync("xmllint", ["--noout", "--nonet", "--schema", IATI_XSD, file], {
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error !== undefined) throw run.error;
  return run.status === 0 ? "" : `${run.stderr}`.split("\n").slice(0, 20).join("\n");
}

/** Checks only that a file is well-formed XML; returns xmllint's complaints. */
export function wellFormednessProblems(file: string): string {
  try {
    execFileSync("xmllint", ["--noout", "--nonet", file], { encoding: "utf8", stdio: "pipe" });
    return "";
  } catch (error) {
    return String((error as { stderr?: unknown }).stderr ?? error);
  }
}
