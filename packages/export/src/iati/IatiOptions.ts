import { parseSymbol, type Body, type Indicator, type LocalizedText, type Mandate } from "@remit/core";
import { ORGANISATION_TYPE_MULTILATERAL } from "./IatiCodes";

/** The organisation that publishes the IATI file, and its identifier prefix. */
export interface ReportingOrganisation {
  /** Its IATI organisation identifier; also the prefix of every iati-identifier. */
  readonly ref: string;
  /** IATI OrganisationType code ("40" multilateral). */
  readonly type: string;
  readonly name: LocalizedText;
  /** The Remit body id it stands for, so that it is not named twice as implementer. */
  readonly bodyId?: string;
}

/**
 * UNODC as IATI identifies it: `XM-DAC-41128`, the OECD DAC channel code of the United
 * Nations Office on Drugs and Crime (41128 in IATI's Organisation Identifier codelist),
 * written with the `XM-DAC` registration agency prefix IATI has used for DAC codes since
 * version 2.01. Organisation type 40, multilateral.
 */
export const UNODC_REPORTING_ORG: ReportingOrganisation = {
  ref: "XM-DAC-41128",
  type: ORGANISATION_TYPE_MULTILATERAL,
  name: { zh: "联合国毒品和犯罪问题办公室", en: "United Nations Office on Drugs and Crime" },
  bodyId: "unodc",
};

/**
 * The link to a UN document by its symbol: `https://undocs.org/<symbol>`, the United
 * Nations' short-link service, which opens the document in the Official Document System
 * (UN library guides give this form for finding a document by its symbol).
 * @example undocsUrl("A/RES/74/173") // "https://undocs.org/A/RES/74/173"
 */
export function undocsUrl(symbol: string): string {
  return `https://undocs.org/${encodeURI(symbol)}`;
}

/** How an IATI file is written; every field has a default. */
export interface IatiExportOptions {
  /** The publisher; default {@link UNODC_REPORTING_ORG}. */
  readonly reportingOrg?: ReportingOrganisation;
  /** When the file was generated (`generated-datetime`); default now. */
  readonly generatedAt?: Date;
  /**
   * The day (`YYYY-MM-DD`) that decides planned against actual dates and the activity
   * status; default the day of `generatedAt`.
   */
  readonly asOf?: string;
  /** The mandates activities name in `mandateIds`, for their document-links. */
  readonly mandates?: Iterable<Mandate>;
  /** The indicators of the observations, for result titles and measures. */
  readonly indicators?: Iterable<Indicator>;
  /** The bodies activities name as `implementerId`, for participating-org names. */
  readonly bodies?: Iterable<Body>;
  /**
   * The URL of a mandate's document from its symbol; `undefined` leaves the document-link
   * out. Default: {@link undocsUrl} for a parseable document symbol ("A/RES/74/173"), and no
   * link for a mandate known only by a citation ("GA decision 74/567"), which has no URL.
   */
  readonly documentUrl?: (symbol: string) => string | undefined;
  /** Where Remit's topic vocabulary is described, for the tags' `vocabulary-uri`; none by default. */
  readonly topicVocabularyUri?: string;
}

/** The options with their defaults applied and the lookups built once. */
export interface IatiContext {
  readonly reportingOrg: ReportingOrganisation;
  readonly generatedAt: Date;
  readonly asOf: string;
  readonly mandates: ReadonlyMap<string, Mandate>;
  readonly indicators: ReadonlyMap<string, Indicator>;
  readonly bodies: ReadonlyMap<string, Body>;
  readonly documentUrl: (symbol: string) => string | undefined;
  readonly topicVocabularyUri?: string;
}

function defaultDocumentUrl(symbol: string): string | undefined {
  return parseSymbol(symbol).ok ? undocsUrl(symbol) : undefined;
}

function byId<T extends { readonly id: string }>(records: Iterable<T> | undefined): Map<string, T> {
  return new Map([...(records ?? [])].map((record) => [record.id, record]));
}

/** Applies the defaults of {@link IatiExportOptions}. */
export function iatiContext(options: IatiExportOptions): IatiContext {
  const generatedAt = options.generatedAt ?? new Date();
  return {
    reportingOrg: options.reportingOrg ?? UNODC_REPORTING_ORG,
    generatedAt,
    asOf: options.asOf ?? generatedAt.toISOString().slice(0, 10),
    mandates: byId(options.mandates),
    indicators: byId(options.indicators),
    bodies: byId(options.bodies),
    documentUrl: options.documentUrl ?? defaultDocumentUrl,
    ...(options.topicVocabularyUri === undefined ? {} : { topicVocabularyUri: options.topicVocabularyUri }),
  };
}
