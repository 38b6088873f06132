import {
  citationLabelIn,
  displayText,
  LINEAGE_RELATION_WORDS,
  type Language,
  type LineageReading,
  type LineageRelation,
  type LocalizedText,
  type Mandate,
} from "@remit/core";
import type { ClientOutput } from "@remit/web/client";
import { useLocale, type Locale } from "../i18n/Locale";
import { hrefOf } from "../routing/Route";
import { RecordText, recordTextPlain } from "./RecordText";

/** A node of a lineage tree as the API answers it. */
export type LineageNodeShape = ClientOutput<"getMandateLineage">;
type Branch = LineageNodeShape["branches"][number];

/** The mandates of the records by id, for the names the lineage's nodes are drawn with. */
export type LineageMandates = ReadonlyMap<string, Pick<Mandate, "symbol" | "title">>;

/**
 * The title a node is named by when its mandate has no symbol (a declaration), else undefined:
 * the API labels such a node with its English title, so the record's own title is read instead,
 * to be shown in the reader's language or marked as being in another one.
 */
export function declarationTitle(node: LineageNodeShape, mandates: LineageMandates): LocalizedText | undefined {
  const mandate = mandates.get(node.id);
  if (mandate === undefined) return node.label === node.id ? node.title : undefined;
  return mandate.symbol === undefined ? mandate.title : undefined;
}

/** A mandate of the tree by its symbol or citation, or its title when it has none (a declaration). */
function NodeLabel(props: { readonly node: LineageNodeShape; readonly mandates: LineageMandates }) {
  const { language } = useLocale();
  const title = declarationTitle(props.node, props.mandates);
  return title === undefined ? <>{citationLabelIn(props.node.label, language)}</> : <RecordText text={title} />;
}

/** A mandate the tree already shows, named in plain text: its citation, or its title with its marker. */
export function shownAboveName(id: string, mandates: LineageMandates, locale: Locale): string {
  const mandate = mandates.get(id);
  if (mandate?.symbol !== undefined) return citationLabelIn(mandate.symbol, locale.language);
  return mandate?.title === undefined ? id : recordTextPlain(mandate.title, locale);
}

/** A mandate of the tree, linked to its page. */
function NodeName(props: { readonly node: LineageNodeShape; readonly mandates: LineageMandates }) {
  const { language } = useLocale();
  return (
    <a href={hrefOf({ language, page: "mandate", id: props.node.id })}>
      <NodeLabel node={props.node} mandates={props.mandates} />
    </a>
  );
}

/** A lineage relation in words, read from the mandate nearer the one whose page it is. */
export function relationWords(relation: string, reading: LineageReading, language: Language) {
  const words = LINEAGE_RELATION_WORDS[relation as LineageRelation] as
    (typeof LINEAGE_RELATION_WORDS)[LineageRelation] | undefined;
  return words === undefined ? relation : displayText(words[reading], [language]);
}

function BranchItem(props: {
  readonly branch: Branch;
  readonly reading: LineageReading;
  readonly mandates: LineageMandates;
}) {
  const { language, t } = useLocale();
  const { branch, reading, mandates } = props;
  return (
    <li>
      <span class="lineage-relation">{relationWords(branch.relation, reading, language)}</span>{" "}
      {branch.kind === "mandate" ? (
        <>
          <NodeName node={branch.mandate} mandates={mandates} />
          <Branches node={branch.mandate} reading={reading} mandates={mandates} />
        </>
      ) : branch.kind === "unresolved" ? (
        <span>{t("lineageNotStored", { mandate: citationLabelIn(branch.target, language) })}</span>
      ) : (
        <a href={hrefOf({ language, page: "mandate", id: branch.mandateId })}>
          {t("lineageShownAbove", { mandate: shownAboveName(branch.mandateId, mandates, { language, t }) })}
        </a>
      )}
    </li>
  );
}

function Branches(props: {
  readonly node: LineageNodeShape;
  readonly reading: LineageReading;
  readonly mandates: LineageMandates;
}) {
  if (props.node.branches.length === 0) return null;
  return (
    <ul>
      {props.node.branches.map((branch, index) => (
        <BranchItem key={index} branch={branch} reading={props.reading} mandates={props.mandates} />
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
  readonly mandates: LineageMandates;
}) {
  const { t } = useLocale();
  if (props.root.branches.length === 0) return <p>{t("lineageNone")}</p>;
  return (
    <div class="lineage-tree" aria-labelledby={props.headingId} role="group">
      <strong aria-current="page">
        <NodeLabel node={props.root} mandates={props.mandates} />
      </strong>
      <Branches node={props.root} reading={props.reading} mandates={props.mandates} />
    </div>
  );
}
