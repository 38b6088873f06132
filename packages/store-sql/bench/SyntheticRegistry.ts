import { AddresseeKind, MandateAction, type Mandate, type ReportingObligation } from "@remit/core";
import { seededRandom } from "@remit/core/testing";

/** What the synthetic registry holds (issue 13's ★: the UN system's 40,000 mandates). */
export interface RegistryCounts {
  readonly mandates: number;
  readonly provisions: number;
  readonly obligations: number;
  readonly deferred: number;
  readonly lineageEdges: number;
}

/** The bodies reports go to, the first most often. */
const REGISTRY_BODIES = ["ccpcj", "ga", "ecosoc", "cnd"] as const;

const RELATIONS = ["reaffirms", "builds-on", "updates", "continues", "endorses"] as const;

/** The legal instruments mandates cite: a few hundred treaties, protocols and model laws. */
const INSTRUMENTS = 300;

/** The id of registry instrument `index`, for the queries. */
export function registryInstrumentId(index: number): string {
  return `reg-instrument-${index}`;
}

/** Sessions reports are asked for: 1 to 80. */
const SESSIONS = 80;

/** The mandate number `index` of the registry: GA resolution 40/1 onwards, a thousand a session. */
function mandateId(index: number): string {
  return `reg-a-res-${40 + Math.floor(index / 1000)}-${1 + (index % 1000)}`;
}

/** How many reporting obligations mandate `index` has: 60,000 over 40,000 mandates, 28,000 of them asking. */
function obligationCount(index: number): number {
  const slot = index % 10;
  if (slot === 0 || slot === 5) return 3;
  if (slot === 1 || slot === 2 || slot === 6 || slot === 7) return 2;
  return slot === 3 ? 1 : 0;
}

function obligation(random: () => number, id: string, number: number): ReportingObligation {
  const bodyId = REGISTRY_BODIES[Math.floor(REGISTRY_BODIES.length * random() ** 2)] ?? "ccpcj";
  const sessionNumber = 1 + Math.floor(random() * (SESSIONS - 1));
  // One report in seven goes to the next session, as 74/173's went from the 29th to the 30th.
  const deferred = random() < 1 / 7;
  return {
    id: `${id}-report-${number}`,
    reportTo: { bodyId, sessionNumber },
    subject: { en: `the implementation of the resolution, part ${number + 1}` },
    deferrals: deferred
      ? [
          {
            fromSession: sessionNumber,
            toSession: sessionNumber + 1,
            reason: { en: "the session met in reduced format" },
            provenance: [],
          },
        ]
      : [],
    status: deferred ? "deferred" : "pending",
    provenance: [],
  };
}

/**
 * Mandate number `index` of a registry of 40,000: two or three operative provisions
 * (100,000 in all), reporting obligations (60,000, one in seven deferred), and, for three in
 * four mandates, a lineage edge to an earlier one (30,000), so that lineages are chains and
 * trees hundreds of mandates deep; two in three cite one or two of 300 instruments. The same seed gives the same registry.
 */
function syntheticMandate(random: () => number, index: number): Mandate {
  const id = mandateId(index);
  const session = 40 + Math.floor(index / 1000);
  const provisions = Array.from({ length: index % 2 === 0 ? 3 : 2 }, (_, number) => ({
    paragraph: number + 1,
    addressees: [AddresseeKind.options[Math.floor(random() * AddresseeKind.options.length)] ?? "unodc"],
    action: MandateAction.options[Math.floor(random() * 10)] ?? "request",
    ask: { en: `to act on the matters of resolution ${session}/${1 + (index % 1000)}, paragraph ${number + 1}` },
    provenance: [],
  }));
  const earlier = index > 0 && index % 4 !== 0 ? Math.floor(random() * index) : undefined;
  // Two mandates in three cite one or two instruments, the first ones (the conventions) most often.
  const cited = [
    ...new Set(Array.from({ length: index % 3 }, () => registryInstrumentId(Math.floor(INSTRUMENTS * random() ** 2)))),
  ];
  return {
    id,
    symbol: `A/RES/${session}/${1 + (index % 1000)}`,
    kind: "resolution",
    adoptingBodyId: "ga",
    adoptedOn: String(1945 + session),
    title: { en: `Synthetic resolution ${session}/${1 + (index % 1000)}` },
    provisions,
    reportingObligations: Array.from({ length: obligationCount(index) }, (_, number) => obligation(random, id, number)),
    lineage:
      earlier === undefined
        ? []
        : [
            {
              relation: RELATIONS[Math.floor(random() * RELATIONS.length)] ?? "reaffirms",
              target: { mandateId: mandateId(earlier) },
              provenance: [],
            },
          ],
    ...(cited.length === 0 ? {} : { instrumentIds: cited }),
    provenance: [],
  };
}

/** The 40,000 mandates of the registry, in id order of generation, with their counts. */
export function* syntheticRegistry(count: number, seed: number): Generator<Mandate, RegistryCounts> {
  const random = seededRandom(seed);
  let provisions = 0;
  let obligations = 0;
  let deferred = 0;
  let lineageEdges = 0;
  for (let index = 0; index < count; index += 1) {
    const mandate = syntheticMandate(random, index);
    provisions += mandate.provisions.length;
    obligations += mandate.reportingObligations.length;
    deferred += mandate.reportingObligations.filter((report) => report.deferrals.length > 0).length;
    lineageEdges += mandate.lineage.length;
    yield mandate;
  }
  return { mandates: count, provisions, obligations, deferred, lineageEdges };
}

/** The id of registry mandate `index`, for the queries. */
export function registryMandateId(index: number): string {
  return mandateId(index);
}
