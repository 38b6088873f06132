import fc from "fast-check";
import type { Body } from "../../body";
import { BodyKind } from "../../body";
import { CITATION_NUMBERING, CitationBodyId, ORGAN_RULES, Organ, SessionNumbering } from "../../symbol";
import type { LocalizedText } from "../../text/LocalizedText";
import { arbitraryDocumentProvenance } from "./mandate";
import { arbitrarySymbolPrefix } from "./symbol";

/** The body ids of the project's contract (ENTITIES.md), so generated records exercise them too. */
const PROJECT_BODY_IDS = [
  "ga",
  "ecosoc",
  "ccpcj",
  "crime-congress",
  "eg-cybercrime",
  "ahc-cybercrime",
  "unodc",
  "unodc-gpc",
  "secretary-general",
];

const bodyId = fc.oneof(fc.constantFrom(...PROJECT_BODY_IDS), fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/));

const bodyName: fc.Arbitrary<LocalizedText> = fc
  .record(
    {
      en: fc.string({ minLength: 1, maxLength: 40 }),
      zh: fc.constantFrom("大会", "委员会", "专家组", "毒品和犯罪问题办公室"),
    },
    { requiredKeys: [] },
  )
  .map((name) => (name.en === undefined && name.zh === undefined ? { en: "Body" } : name));

/** How a body cited by number must number its sessions (`ga` by number, `ecosoc` by year). */
function citedNumbering(id: string): SessionNumbering | undefined {
  const cited = CitationBodyId.safeParse(id);
  return cited.success ? CITATION_NUMBERING[cited.data] : undefined;
}

/** How a body whose prefix is a bare organ must number its sessions (`A` by number, `E` by year). */
function organNumbering(prefix: string | undefined): SessionNumbering | undefined {
  const organ = Organ.safeParse(prefix);
  return organ.success ? ORGAN_RULES[organ.data].numbering : undefined;
}

/**
 * A valid body: a readable id (sometimes one of the project's fixed ids), a name in English
 * and/or Chinese, a kind, maybe an acronym, a parent other than itself, a symbol prefix and
 * a session numbering that agrees with the grammars (`ga` by number, `ecosoc` by year, a
 * bare `E` prefix by year).
 */
export const arbitraryBody: fc.Arbitrary<Body> = fc
  .record(
    {
      id: bodyId,
      name: bodyName,
      acronym: fc.stringMatching(/^[A-Z]{2,8}$/),
      kind: fc.constantFrom(...BodyKind.options),
      parentId: bodyId,
      symbolPrefix: arbitrarySymbolPrefix,
      sessionNumbering: fc.constantFrom(...SessionNumbering.options),
      provenance: fc.array(arbitraryDocumentProvenance, { maxLength: 2 }),
    },
    { requiredKeys: ["id", "name", "kind"] },
  )
  .map((draft) => {
    const { parentId, symbolPrefix, sessionNumbering, ...rest } = draft;
    const body: Body = { ...rest };
    if (parentId !== undefined && parentId !== draft.id) body.parentId = parentId;
    const byCitation = citedNumbering(draft.id);
    const byOrgan = organNumbering(symbolPrefix);
    // A fixed-id body keeps a bare-organ prefix only if that organ numbers the same way.
    if (symbolPrefix !== undefined && (byCitation === undefined || byOrgan === undefined || byCitation === byOrgan)) {
      body.symbolPrefix = symbolPrefix;
    }
    const numbering = byCitation ?? (body.symbolPrefix === undefined ? undefined : byOrgan) ?? sessionNumbering;
    if (numbering !== undefined) body.sessionNumbering = numbering;
    return body;
  });
