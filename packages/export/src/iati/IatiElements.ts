import { LANGUAGES, type LocalizedText } from "@remit/core";
import { escapeXmlAttribute, escapeXmlText } from "./XmlText";

/** Attribute values of an element; `undefined` leaves the attribute out. */
export type Attributes = Readonly<Record<string, string | undefined>>;

function attributes(values: Attributes): string {
  let text = "";
  for (const name in values) {
    const value = values[name];
    if (value !== undefined) text += ` ${name}="${escapeXmlAttribute(value)}"`;
  }
  return text;
}

/** An element with no content: `<activity-status code="2"/>`. */
export function emptyElement(indent: string, name: string, values: Attributes = {}): string {
  return `${indent}<${name}${attributes(values)}/>\n`;
}

/** An element whose children are already written (each line indented and ended). */
export function parentElement(indent: string, name: string, values: Attributes, children: string): string {
  if (children === "") return emptyElement(indent, name, values);
  return `${indent}<${name}${attributes(values)}>\n${children}${indent}</${name}>\n`;
}

/** An element holding text: `<iati-identifier>XM-DAC-41128-act-1</iati-identifier>`. */
export function textElement(indent: string, name: string, text: string, values: Attributes = {}): string {
  return `${indent}<${name}${attributes(values)}>${escapeXmlText(text)}</${name}>\n`;
}

/**
 * One `<narrative xml:lang="…">` per language of a localized text, in UN order (ar, zh, en,
 * fr, ru, es). IATI repeats narrative for translations of the same text.
 */
function narratives(indent: string, text: LocalizedText): string {
  let xml = "";
  for (const language of LANGUAGES) {
    const value = text[language];
    if (value !== undefined) xml += textElement(indent, "narrative", value, { "xml:lang": language });
  }
  return xml;
}

/** An element whose content is the narratives of a localized text: `<title>…</title>`. */
export function narrativeElement(indent: string, name: string, text: LocalizedText, values: Attributes = {}): string {
  return parentElement(indent, name, values, narratives(`${indent}  `, text));
}
