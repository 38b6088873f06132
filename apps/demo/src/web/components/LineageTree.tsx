import {
  citationLabelIn,
  displayText,
  LINEAGE_RELATION_WORDS,
  type Language,
  type LineageReading,
  type LineageRelation,
} from "@remit/core";
import type { ClientOutput } from "@remit/web/client";
import { useLocale } from "../i18n/Locale";
import { hrefOf } from "../routing/Route";
import { RecordText } from "./RecordText";

/** A node of a lineage tree as the API answers it. */
export type LineageNodeShape = ClientOutput<"getMandateLineage">;
type Branch = LineageNodeShape["branches"][number];

/** A mandate of the tree, linked to its page: its symbol, or its title when it has none (a declaration). */
function NodeName(props: { readonly node: LineageNodeShape }) {
  const { language } = useLocale();
  const { node } = props;
  const name =
    node.label === node.id && node.title !== undefined ? (
      <RecordText text={node.title} />
    ) : (
      citationLabelIn(node.label, language)
    );
  return <a href={hrefOf({ language, page: "mandate", id: node.id })}>{name}</a>;
}

/** A lineage relation in words, read from the mandate nearer the one whose page it is. */
export function relationWords(relation: string, reading: LineageReading, language: Language) {
  const words = LINEAGE_RELATION_WORDS[relation as LineageRelation] as
    (typeof LINEAGE_RELATION_WORDS)[LineageRelation] | undefined;
  return words === undefined ? relation : displayText(words[reading], [language]);
}

function BranchItem(props: { readonly branch: Branch; readonly reading: LineageReading }) {
  const { language, t } = useLocale();
  const { branch, reading } = props;
  return (
    <li>
      <span class="lineage-relation">{relationWords(branch.relation, reading, language)}</span>{" "}
      {branch.kind === "mandate" ? (
        <>
          <NodeName node={branch.mandate} />
          <Branches node={branch.mandate} reading={reading} />
        </>
      ) : branch.kind === "unresolved" ? (
        <span>{t("lineageNotStored", { mandate: citationLabelIn(branch.target, language) })}</span>
      ) : (
        <a href={hrefOf({ language, page: "mandate", id: branch.mandateId })}>
          {t("lineageShownAbove", { mandate: branch.mandateId })}
        </a>
      )}
    </li>
  );
}

function Branches(props: { readonly node: LineageNodeShape; readonly reading: LineageReading }) {
  if (props.node.branches.length === 0) return null;
  return (
    <ul>
      {props.node.branches.map((branch, index) => (
        <BranchItem key={index} branch={branch} reading={props.reading} />
      ))}
    </ul>
  );
}

/**
 * A mandate's lineage one way, drawn as a tree of nested lists (a screen reader announces
 * the depth; the lines are CSS): `ancestors` reads from the later mandate ("reaffirms …"),
 * `descendants` from the earlier one ("updated by …"), so every relation reads the right way.
 */
export function LineageTree(props: {
  readonly root: LineageNodeShape;
  readonly reading: LineageReading;
  readonly headingId: string;
}) {
  const { t } = useLocale();
  if (props.root.branches.length === 0) return <p>{t("lineageNone")}</p>;
  return (
    <div class="lineage-tree" aria-labelledby={props.headingId} role="group">
      <strong aria-current="page">
        {props.root.label === props.root.id && props.root.title !== undefined ? (
          <RecordText text={props.root.title} />
        ) : (
          props.root.label
        )}
      </strong>
      <Branches node={props.root} reading={props.reading} />
    </div>
  );
}
