import { rule } from "../rule/RuleBreach";
import * as z from "zod/mini";
import { Provenance } from "../provenance/Provenance";
import { RecordId } from "../record/RecordId";
import { CITATION_NUMBERING, CitationBodyId } from "../symbol/Citation";
import { ORGAN_RULES } from "../symbol/Organ";
import { SessionNumbering } from "../symbol/SessionNumbering";
import { SymbolPrefix, parseSymbolPrefixUnworded } from "../symbol/SymbolPrefix";
import { LocalizedText } from "../text/LocalizedText";

/**
 * What kind of body a body is: a principal organ (the General Assembly, ECOSOC), a
 * functional commission (CCPCJ), a congress (the UN Crime Congresses), an expert group, an
 * ad hoc committee, the secretariat of a body, an office (UNODC), a programme (the Global
 * Programme on Cybercrime) or an official (the Secretary-General).
 */
export const BodyKind = z.enum([
  "principal-organ",
  "functional-commission",
  "congress",
  "expert-group",
  "ad-hoc-committee",
  "secretariat",
  "office",
  "programme",
  "official",
]);
/** The kind of a body. */
export type BodyKind = z.infer<typeof BodyKind>;

/**
 * A body of the United Nations that mandates, meets, reports or is asked to act: a stored
 * entity (kind "body"). `parentId` ties it to the body it reports to (`ccpcj` → `ecosoc`),
 * `symbolPrefix` to its documents (`E/CN.15`), and `sessionNumbering` says how its sessions,
 * resolutions and decisions are numbered (the General Assembly and the Commission by session,
 * 74/173 and 22/8; ECOSOC by year, 2010/243). `sessionNumbering` is absent for bodies that do
 * not meet in sessions (an office, the Secretary-General). `provenance` cites where the
 * sources state what the record says of the body (the 2021 report ¶35: the expert group was
 * established by the Commission pursuant to GA 65/230).
 *
 * The record must agree with the symbol and citation grammars: a body whose prefix is a bare
 * organ numbers like that organ's symbols (`A` by session, `E` by year), and the bodies cited
 * by number (`ga`, `ecosoc`, `ccpcj`) number as {@link CITATION_NUMBERING} says.
 * @example
 * Body.parse({ id: "ccpcj", name: { en: "Commission on Crime Prevention and Criminal Justice" },
 *   acronym: "CCPCJ", kind: "functional-commission", parentId: "ecosoc",
 *   symbolPrefix: "E/CN.15", sessionNumbering: "by-number" })
 */
export const Body = z
  .strictObject({
    id: RecordId,
    name: LocalizedText,
    acronym: z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(20))),
    kind: BodyKind,
    parentId: z.optional(RecordId),
    symbolPrefix: z.optional(SymbolPrefix),
    sessionNumbering: z.optional(SessionNumbering),
    provenance: z.optional(z.array(Provenance)),
  })
  .check(
    z.superRefine((body, context) => {
      if (body.parentId === body.id) {
        context.addIssue({
          code: "custom",
          path: ["parentId"],
          message: `body "${body.id}" cannot be its own parent`,
          params: rule("body.ownParent", { body: body.id }),
        });
      }
      const cited = CitationBodyId.safeParse(body.id);
      if (cited.success && body.sessionNumbering !== CITATION_NUMBERING[cited.data]) {
        context.addIssue({
          code: "custom",
          path: ["sessionNumbering"],
          message: `"${body.id}" is cited by ${CITATION_NUMBERING[cited.data] === "by-year" ? "year (2010/243)" : "session (74/173, 22/8)"}: sessionNumbering must be "${CITATION_NUMBERING[cited.data]}"`,
          params: rule("body.citationNumbering", { body: body.id, numbering: CITATION_NUMBERING[cited.data] }),
        });
      }
      const prefix = body.symbolPrefix === undefined ? undefined : parseSymbolPrefixUnworded(body.symbolPrefix);
      if (prefix?.ok === true && prefix.value.series.length === 0 && body.sessionNumbering !== undefined) {
        const expected = ORGAN_RULES[prefix.value.organ].numbering;
        if (body.sessionNumbering !== expected) {
          context.addIssue({
            code: "custom",
            path: ["sessionNumbering"],
            message: `the symbols of ${ORGAN_RULES[prefix.value.organ].name} (prefix "${prefix.value.organ}") are numbered ${expected}, so its sessionNumbering must be "${expected}"`,
            params: rule("body.organNumbering", { prefix: prefix.value.organ, numbering: expected }),
          });
        }
      }
    }),
  );
/** A stored UN body. */
export type Body = z.infer<typeof Body>;
