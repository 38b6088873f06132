import { formatMessage } from "../message/MessageCatalog";
import { languageNameIn } from "../report/PlaceNames";
import { citationLabelIn } from "../symbol/CitationLabel";
import type { Language } from "../text/Language";
import { display } from "../text/LocalizedText";
import type { LineageNode } from "./LineageView";
import { LINEAGE_WORDS } from "./LineageWords";

/** A mandate on one line: its label (marked when written in another language), its date and title. */
function nodeLine(node: LineageNode, language: Language): string {
  const adopted = node.adoptedOn === undefined ? "" : ` (${node.adoptedOn})`;
  const title = node.title === undefined ? "" : ` — ${display(node.title, [language]).text}`;
  const onlyIn =
    node.labelLanguage === undefined || node.labelLanguage === language
      ? ""
      : ` ${formatMessage(LINEAGE_WORDS[language], "onlyIn", { language: languageNameIn(node.labelLanguage, language) })}`;
  return `${citationLabelIn(node.label, language)}${onlyIn}${adopted}${title}`;
}

/**
 * A lineage as lines of text in the reader's language, drawn with box characters: one mandate
 * a line, each branch led by its relation as the tree reads it, marked when inferred, and
 * ending at a mandate not in the store or one already above (a cycle).
 * @example lineageLines(lineageView(tree, "ancestors", ["en"]), "en")
 * // ["A/RES/74/173 (2019-12-18)", "└─ reaffirms A/RES/65/230 (2010-12-21)", …]
 */
export function lineageLines(root: LineageNode, language: Language): string[] {
  const words = LINEAGE_WORDS[language];
  const lines = [nodeLine(root, language)];
  const walk = (node: LineageNode, prefix: string): void => {
    node.branches.forEach((branch, index) => {
      const last = index === node.branches.length - 1;
      const inferred = branch.inferred ? ` ${formatMessage(words, "inferred", {})}` : "";
      const lead = `${prefix}${last ? "└─ " : "├─ "}${branch.reads}${inferred} `;
      if (branch.kind === "mandate") {
        lines.push(`${lead}${nodeLine(branch.mandate, language)}`);
        walk(branch.mandate, `${prefix}${last ? "   " : "│  "}`);
      } else if (branch.kind === "unresolved") {
        lines.push(
          `${lead}${formatMessage(words, "notStored", { mandate: citationLabelIn(branch.target, language) })}`,
        );
      } else {
        lines.push(`${lead}${formatMessage(words, "cycle", { mandate: branch.mandateId })}`);
      }
    });
  };
  walk(root, "");
  return lines;
}
