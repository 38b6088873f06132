#!/usr/bin/env node
// Brings data/translations/<lang>.json up to date with the records: every localized text that
// lacks <lang> gets an entry keyed by file, record id and field path, holding the English it
// translates; entries already translated keep their text, and an entry whose English has
// changed since is listed as stale so a translator sees what to redo.
// Usage: node scripts/translation-skeleton.mjs fr [es ru ar]
import { readFileSync, writeFileSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const DATA = join(dirname(fileURLToPath(import.meta.url)), "..", "data");
const RECORD_FILES = [
  "bodies.json",
  "mandates.json",
  "instruments.json",
  "sessions.json",
  "thematic-discussions.json",
  "activities.json",
  "indicators.json",
  "observations.json",
];
const LANGUAGES = new Set(["ar", "zh", "en", "fr", "ru", "es"]);
const STATUS =
  "Working translation by the Remit project of the records' English text (checked against the Chinese seed); not an official United Nations translation.";

function isLocalizedText(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  return keys.length > 0 && keys.every((key) => LANGUAGES.has(key));
}

function* localizedTexts(value, pointer) {
  if (isLocalizedText(value)) yield { pointer, text: value };
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* localizedTexts(v, `${pointer}/${i}`);
  else if (typeof value === "object" && value !== null)
    for (const [k, v] of Object.entries(value)) yield* localizedTexts(v, `${pointer}/${k}`);
}

function* recordTexts() {
  for (const file of RECORD_FILES) {
    for (const record of JSON.parse(readFileSync(join(DATA, file), "utf8")))
      for (const found of localizedTexts(record, "")) yield { key: `${file}#${record.id}${found.pointer}`, ...found };
  }
  const narratives = JSON.parse(readFileSync(join(DATA, "report-narratives.json"), "utf8"));
  for (const [name, narrative] of Object.entries(narratives))
    for (const found of localizedTexts(narrative, ""))
      yield { key: `report-narratives.json#${name}${found.pointer}`, ...found };
}

for (const language of process.argv.slice(2)) {
  if (!LANGUAGES.has(language) || language === "en") throw new Error(`not a language to translate into: ${language}`);
  const path = join(DATA, "translations", `${language}.json`);
  const old = existsSync(path) ? JSON.parse(readFileSync(path, "utf8")).texts : {};
  const texts = {};
  let todo = 0;
  let stale = 0;
  for (const { key, text } of recordTexts()) {
    if (text[language] !== undefined || text.en === undefined) continue;
    const kept = old[key];
    const current = kept !== undefined && kept.en === text.en;
    if (kept !== undefined && !current) stale += 1;
    if (!current || kept.text === "") todo += 1;
    texts[key] = { en: text.en, ...(text.zh === undefined ? {} : { zh: text.zh }), text: current ? kept.text : "" };
  }
  writeFileSync(path, `${JSON.stringify({ language, status: STATUS, texts }, null, 2)}\n`);
  console.log(`${language}: ${Object.keys(texts).length} texts, ${todo} to translate (${stale} stale)`);
}
