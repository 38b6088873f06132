import { citationLabelIn, directionOf, display, type LineageReading } from "@remit/core";
import { hierarchy, tree, type HierarchyPointNode } from "d3-hierarchy";
import { useLocale, type Locale } from "../i18n/Locale";
import {
  declarationTitle,
  relationWords,
  shownAboveName,
  type LineageMandates,
  type LineageNodeShape,
} from "./LineageTree";
import { fallbackMarker } from "./RecordText";

/** One box of the graph: a mandate, or a reference to one the tree shows elsewhere or does not hold. */
interface GraphNode {
  readonly label: string;
  /** The label's language when it is not the page's (a declaration only in English), with its marker. */
  readonly fallback?: { readonly language: string; readonly marker: string };
  readonly relation?: string;
  readonly dashed: boolean;
  readonly children: readonly GraphNode[];
}

// Wide enough between two boxes for the longest relation in any language ("подтверждено в").
const COLUMN = 310;
const ROW = 58;
const BOX_WIDTH = 170;
const BOX_HEIGHT = 34;
const LABEL_CHARACTERS = 22;

/** How many Latin letters' width a character takes: Han, kana and Hangul take about two. */
function widthOf(character: string): number {
  return /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/.test(character) ? 2 : 1;
}

/** A label cut to what a box holds, counted in Latin letters' widths (a Chinese citation is twice as wide). */
function short(label: string): string {
  let width = 0;
  const characters = [...label];
  for (const [index, character] of characters.entries()) {
    width += widthOf(character);
    if (width > LABEL_CHARACTERS - 1 && index < characters.length - 1) return `${characters.slice(0, index).join("")}…`;
  }
  return label;
}

function nameOf(
  node: LineageNodeShape,
  mandates: LineageMandates,
  locale: Locale,
): Omit<GraphNode, "children" | "dashed"> {
  const title = declarationTitle(node, mandates);
  if (title === undefined) return { label: citationLabelIn(node.label, locale.language) };
  const shown = display(title, [locale.language]);
  const marker = fallbackMarker(title, locale);
  return marker === undefined
    ? { label: shown.text }
    : { label: shown.text, fallback: { language: shown.language, marker } };
}

/** The API's tree as boxes, each branch's relation kept on the box it leads to. */
function graphOf(
  node: LineageNodeShape,
  reading: LineageReading,
  mandates: LineageMandates,
  locale: Locale,
): GraphNode {
  return {
    ...nameOf(node, mandates, locale),
    dashed: false,
    children: node.branches.map((branch) => {
      const relation = relationWords(branch.relation, reading, locale.language);
      if (branch.kind === "mandate") return { ...graphOf(branch.mandate, reading, mandates, locale), relation };
      const label =
        branch.kind === "unresolved"
          ? citationLabelIn(branch.target, locale.language)
          : shownAboveName(branch.mandateId, mandates, locale);
      return { label, relation, dashed: true, children: [] };
    }),
  };
}

interface Placed {
  readonly node: GraphNode;
  readonly x: number;
  readonly y: number;
  readonly parent?: { readonly x: number; readonly y: number };
}

/** One side of the graph laid out as a tidy tree (d3-hierarchy), growing away from the middle. */
function placeSide(root: GraphNode, side: 1 | -1): Placed[] {
  const laid: HierarchyPointNode<GraphNode> = tree<GraphNode>().nodeSize([ROW, COLUMN])(
    hierarchy(root, (node) => [...node.children]),
  );
  return laid.descendants().map((point) => ({
    node: point.data,
    x: side * point.y,
    y: point.x,
    ...(point.parent === null ? {} : { parent: { x: side * point.parent.y, y: point.parent.x } }),
  }));
}

/**
 * A mandate's lineage drawn as a graph: the mandate in the middle, what it follows from on the
 * side where reading starts (left, or right in Arabic) and what follows from it on the other,
 * each arrow leaving the mandate nearer the middle and labelled as it reads from there
 * ("A/RES/74/173 reaffirms A/RES/65/230", "… reaffirmed by …"). An image for sighted readers:
 * the lists beside it say the same, with links, for everyone else.
 */
export function LineageGraph(props: {
  readonly ancestors: LineageNodeShape;
  readonly descendants: LineageNodeShape;
  readonly mandates: LineageMandates;
}) {
  const locale = useLocale();
  const { language, t } = locale;
  const mirrored = directionOf(language) === "rtl";
  const earlier = mirrored ? 1 : -1;
  const before = placeSide(graphOf(props.ancestors, "ancestors", props.mandates, locale), earlier);
  const after = placeSide(
    graphOf(props.descendants, "descendants", props.mandates, locale),
    earlier === 1 ? -1 : 1,
  ).slice(1);
  const placed = [...before, ...after];
  if (placed.length === 1) return null;
  const xs = placed.map((item) => item.x);
  const ys = placed.map((item) => item.y);
  const left = Math.min(...xs) - BOX_WIDTH / 2 - 8;
  const top = Math.min(...ys) - BOX_HEIGHT / 2 - 8;
  const width = Math.max(...xs) - Math.min(...xs) + BOX_WIDTH + 16;
  const height = Math.max(...ys) - Math.min(...ys) + BOX_HEIGHT + 16;
  return (
    <figure class="lineage-graph">
      <svg
        viewBox={`${left} ${top} ${width} ${height}`}
        width={width}
        height={height}
        role="img"
        aria-label={t("lineageGraphLabel")}
      >
        <defs>
          <marker
            id="lineage-arrow"
            viewBox="0 0 10 10"
            refX="10"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto"
          >
            <path d="M0,0 L10,5 L0,10 z" class="lineage-arrowhead" />
          </marker>
        </defs>
        {placed.map((item, index) => {
          if (item.parent === undefined) return null;
          const from = item.parent.x + Math.sign(item.x - item.parent.x) * (BOX_WIDTH / 2);
          const to = item.x - Math.sign(item.x - item.parent.x) * (BOX_WIDTH / 2);
          const middle = (from + to) / 2;
          return (
            <g key={`edge-${index}`}>
              <path
                class="lineage-edge"
                d={`M${from},${item.parent.y} C${middle},${item.parent.y} ${middle},${item.y} ${to},${item.y}`}
                marker-end="url(#lineage-arrow)"
              />
              <text class="lineage-edge-label" x={middle} y={item.y - 7} text-anchor="middle">
                {item.node.relation}
              </text>
            </g>
          );
        })}
        {placed.map((item, index) => (
          <g key={`node-${index}`} class={index === 0 ? "lineage-node is-current" : "lineage-node"}>
            <title>
              {item.node.fallback === undefined ? item.node.label : `${item.node.label} ${item.node.fallback.marker}`}
            </title>
            <rect
              x={item.x - BOX_WIDTH / 2}
              y={item.y - BOX_HEIGHT / 2}
              width={BOX_WIDTH}
              height={BOX_HEIGHT}
              rx="4"
              class={item.node.dashed ? "is-reference" : undefined}
            />
            {item.node.fallback === undefined ? (
              <text x={item.x} y={item.y + 5} text-anchor="middle" unicode-bidi="plaintext">
                {short(item.node.label)}
              </text>
            ) : (
              // A label in another language than the page's: its language said, its marker under it.
              <>
                <text
                  x={item.x}
                  y={item.y - 2}
                  text-anchor="middle"
                  unicode-bidi="plaintext"
                  lang={item.node.fallback.language}
                >
                  {short(item.node.label)}
                </text>
                <text x={item.x} y={item.y + 12} text-anchor="middle" class="fallback-marker">
                  {item.node.fallback.marker}
                </text>
              </>
            )}
          </g>
        ))}
      </svg>
      <figcaption>{t("lineageGraphCaption")}</figcaption>
    </figure>
  );
}
