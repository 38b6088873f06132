import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Where IATI's own ruleset and its Python runner are: `IATI_RULESETS_DIR`, else
 * `../shared/iati-rulesets` beside the repository (the folder `.ci/run` points at). Read from
 * there, never copied into the repository.
 */
export const IATI_RULESETS_DIR =
  process.env.IATI_RULESETS_DIR ?? resolve(dirname(fileURLToPath(import.meta.url)), "../../../../shared/iati-rulesets");
const HAS_IATI_RULESETS = existsSync(join(IATI_RULESETS_DIR, "testrules.py"));

/** Debian's Python, which has python3-lxml, python3-dateutil and python3-tz (a pyenv shim may not). */
const PYTHON = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

/** Why the ruleset cannot run here, or `undefined` when it can. */
export function rulesetUnavailable(): string | undefined {
  if (!HAS_IATI_RULESETS) return `IATI's ruleset is not at ${IATI_RULESETS_DIR} (set IATI_RULESETS_DIR)`;
  const probe = spawnSync(PYTHON, ["-c", "import lxml, dateutil, pytz"], { encoding: "utf8" });
  if (probe.status !== 0)
    return "python3 with lxml, dateutil and pytz is missing (apt-get install python3-lxml python3-dateutil python3-tz)";
  return undefined;
}

/** One broken rule, as the runner prints it. */
export interface RuleFinding {
  readonly identifier: string;
  readonly context: string;
  readonly rule: string;
  readonly case: string;
}

/**
 * Runs `rulesets/standard_py.json` over an IATI activity file. Every line the runner prints
 * is one broken rule; a Python traceback (or any other exit but 0) is a failure to check and
 * throws, so that it can never pass as "no findings".
 */
export function rulesetFindings(file: string): RuleFinding[] {
  const run = spawnSync(PYTHON, ["testrules.py", "rulesets/standard_py.json", file], {
    cwd: IATI_RULESETS_DIR,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  if (run.error !== undefined) throw run.error;
  if (run.status !== 0 || run.stderr.includes("Traceback")) {
    throw new Error(`IATI's ruleset could not check ${file} (exit ${run.status}):\n${run.stderr.slice(-4000)}`);
  }
  return run.stdout
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => {
      const [identifier = "", context = "", rule = "", ...rest] = line.split("\t");
      return { identifier, context, rule, case: rest.join("\t") };
    });
}

/**
 * Whether a finding is the runner's `only_one_of` slip rather than a broken rule. The rule
 * means "recipients on the activity, or on every transaction, not both"; the runner's
 * `only_one_of` (iatirulesets/__init__.py) returns after looking at the first excluded path,
 * `recipient-region`, so an activity with recipient countries, no region and no
 * transactions — which the rule allows — is reported. Only that exact shape is set aside,
 * and the caller checks the shape in the XML itself (`hasCountriesOnly`).
 */
export function isCountryOnlySlip(finding: RuleFinding): boolean {
  return finding.rule === "only_one_of" && finding.case.includes("'recipient-region', 'recipient-country'");
}
