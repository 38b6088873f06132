import fc from "fast-check";
import { countryCodes } from "../../geo";
import { TREATY_BODY_RULES, TreatyBody, UN_TERRITORY_CODES } from "../../symbol";

// Ranges valid at any reference date from 2021-06-01 on.
const LAST_YEAR = 2020;
const number = fc.integer({ min: 1, max: 3000 });
// Codes that read as a word of the grammar are not States parties; none is one today. The
// codes the treaty bodies use outside ISO 3166 (UNK, Kosovo under UNMIK) are States parties' too.
const country = fc.constant(null).chain(() =>
  fc.oneof(
    {
      weight: 20,
      arbitrary: fc.constantFrom(
        ...countryCodes().filter((code) => !["INF", "NGO", "PET", "CRP", "RES"].includes(code)),
      ),
    },
    { weight: 1, arbitrary: fc.constantFrom(...Object.keys(UN_TERRITORY_CODES)) },
  ),
);

/**
 * The text of a valid treaty body's symbol before its modifiers, of every form the grammar
 * reads: general comments (`CCPR/C/GC/36`), State party reports and what is issued on them
 * (`CRC/C/GBR/5`, `CERD/C/USA/CO/10-12`, `CCPR/C/GBR/Q/8`, `CAT/C/GBR/QPR/7`), visit reports
 * of the Subcommittee on Prevention of Torture (`CAT/OP/MDV/1`), views and decisions
 * (`CCPR/C/127/D/2728/2016`) and summary records (`CCPR/C/SR.3750`). Built from strings,
 * independently of `formatSymbol`. @internal
 */
export function treatySymbolBody(body: TreatyBody): fc.Arbitrary<string> {
  const rules = TREATY_BODY_RULES[body];
  const prefix = `${rules.organ}/${rules.series}`;
  const report =
    rules.reports === "periodic"
      ? fc.oneof(
          number.map(String),
          fc.tuple(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 1, max: 3 })).map(([a, k]) => `${a}-${a + k}`),
        )
      : number.map(String);
  const forms: fc.Arbitrary<string>[] = [
    fc.tuple(country, report).map(([code, cycle]) => `${prefix}/${code}/${cycle}`),
    number.map((n) => `${prefix}/SR.${n}`),
  ];
  if (rules.reports === "periodic") {
    forms.push(
      fc
        .tuple(country, fc.constantFrom("CO", "Q", "QPR"), report)
        .map(([code, type, cycle]) => `${prefix}/${code}/${type}/${cycle}`),
    );
  }
  if (rules.protocols !== undefined) forms.push(treatyProtocolSymbolBody(body));
  if (rules.generalTexts !== undefined) forms.push(number.map((n) => `${prefix}/GC/${n}`));
  const first = rules.firstCommunicationYear;
  if (first !== undefined) {
    forms.push(
      fc
        .tuple(fc.integer({ min: 1, max: 140 }), number, fc.integer({ min: first, max: LAST_YEAR }))
        .map(([session, n, year]) => `${prefix}/${session}/D/${n}/${year}`),
    );
  }
  return fc.oneof(...forms);
}

/**
 * The text of a valid symbol of a treaty body's optional-protocol series before its
 * modifiers: a State party's report or what is issued on it (`CRC/C/OPSC/JPN/1`,
 * `CRC/C/OPAC/USA/CO/2`). Never matches for a body without such protocols. @internal
 */
export function treatyProtocolSymbolBody(body: TreatyBody): fc.Arbitrary<string> {
  const rules = TREATY_BODY_RULES[body];
  const protocols = Object.keys(rules.protocols ?? {});
  return fc
    .tuple(
      fc.constantFrom(...protocols),
      country,
      fc.constantFrom("", "CO/", "Q/", "QPR/"),
      fc.oneof(
        fc.integer({ min: 1, max: 9 }).map(String),
        fc.tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 2 })).map(([a, k]) => `${a}-${a + k}`),
      ),
    )
    .map(([protocol, code, type, cycle]) => `${rules.organ}/${rules.series}/${protocol}/${code}/${type}${cycle}`);
}

/**
 * The text of a valid joint general comment or recommendation of two treaty bodies, each
 * half with its modifiers (`CEDAW/C/GC/31-CRC/C/GC/18`,
 * `CEDAW/C/GC/31/Rev.1-CRC/C/GC/18/Rev.1`). Built from strings. @internal
 */
export const jointGeneralCommentText: fc.Arbitrary<string> = fc
  .uniqueArray(fc.constantFrom(...TreatyBody.options.filter((body) => TREATY_BODY_RULES[body].generalTexts)), {
    minLength: 2,
    maxLength: 2,
  })
  .chain((bodies) =>
    fc.tuple(
      ...bodies.map((body) =>
        fc
          .tuple(number, fc.constantFrom("", "/Rev.1", "/Corr.1", "/Add.1", "/Rev.1/Corr.2"))
          .map(
            ([n, modifiers]) =>
              `${TREATY_BODY_RULES[body].organ}/${TREATY_BODY_RULES[body].series}/GC/${n}${modifiers}`,
          ),
      ),
    ),
  )
  .map((halves) => halves.join("-"));

/** A valid symbol of any treaty body, before its modifiers. @internal */
export const anyTreatySymbolBody: fc.Arbitrary<string> = fc.constantFrom(...TreatyBody.options).chain(treatySymbolBody);

/** A valid Trusteeship Council symbol before its modifiers: `T/1970`, `T/PV.1500`, `T/C.1/SR.5`. @internal */
export const trusteeshipSymbolBody: fc.Arbitrary<string> = fc.oneof(
  number.map((n) => `T/${n}`),
  fc.tuple(fc.constantFrom("PV", "SR", "L"), number).map(([type, n]) => `T/${type}.${n}`),
  fc.tuple(fc.integer({ min: 1, max: 4 }), number).map(([c, n]) => `T/C.${c}/SR.${n}`),
);
