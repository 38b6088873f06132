import type { ActivityTopic } from "@remit/core";

/** An OECD DAC CRS purpose code (5 digits) with its English name. */
export interface DacSector {
  readonly code: string;
  readonly name: string;
}

/** 15130 — support to justice institutions, law enforcement, police, prosecution, courts and legislation. */
export const LEGAL_AND_JUDICIAL_DEVELOPMENT: DacSector = { code: "15130", name: "Legal and judicial development" };
/** 15160 — human rights. */
export const HUMAN_RIGHTS: DacSector = { code: "15160", name: "Human rights" };
/** 15210 — security system management and reform. */
export const SECURITY_SYSTEM_MANAGEMENT: DacSector = { code: "15210", name: "Security system management and reform" };
/** 22040 — information and communication technology. */
export const ICT: DacSector = { code: "22040", name: "Information and communication technology (ICT)" };

/**
 * The DAC purpose code each Remit topic is reported under in IATI (README, "DAC sectors").
 * UNODC's cybercrime assistance builds criminal-justice capacity — investigators,
 * prosecutors, judges, legislation, cooperation between them — which DAC code 15130 covers
 * (it names law enforcement and the police as well as courts and legal drafting), so most
 * topics map there, including the prevention and awareness work UNODC does as crime
 * prevention. Due process is 15160; national strategy and threat intelligence, the
 * governance of the security system, are 15210; incident response, the technical side of
 * protecting ICT systems, is 22040.
 */
export const TOPIC_DAC_SECTORS: Readonly<Record<ActivityTopic, DacSector>> = {
  "online-child-sexual-exploitation-and-abuse": LEGAL_AND_JUDICIAL_DEVELOPMENT,
  cryptocurrency: LEGAL_AND_JUDICIAL_DEVELOPMENT,
  darknet: LEGAL_AND_JUDICIAL_DEVELOPMENT,
  "digital-forensics": LEGAL_AND_JUDICIAL_DEVELOPMENT,
  "electronic-evidence": LEGAL_AND_JUDICIAL_DEVELOPMENT,
  "open-source-intelligence": LEGAL_AND_JUDICIAL_DEVELOPMENT,
  "cybercrime-law": LEGAL_AND_JUDICIAL_DEVELOPMENT,
  malware: LEGAL_AND_JUDICIAL_DEVELOPMENT,
  "mobile-forensics": LEGAL_AND_JUDICIAL_DEVELOPMENT,
  "incident-response": ICT,
  "online-wildlife-crime": LEGAL_AND_JUDICIAL_DEVELOPMENT,
  "human-rights-and-due-process": HUMAN_RIGHTS,
  "cybercrime-investigation": LEGAL_AND_JUDICIAL_DEVELOPMENT,
  "international-cooperation": LEGAL_AND_JUDICIAL_DEVELOPMENT,
  "prevention-and-awareness": LEGAL_AND_JUDICIAL_DEVELOPMENT,
  "cybercrime-strategy": SECURITY_SYSTEM_MANAGEMENT,
  "specialized-hardware-and-software": LEGAL_AND_JUDICIAL_DEVELOPMENT,
  "threat-intelligence": SECURITY_SYSTEM_MANAGEMENT,
  "anti-money-laundering": LEGAL_AND_JUDICIAL_DEVELOPMENT,
};

/** The sector of an activity that names no topic: UNODC's criminal-justice assistance. */
const DEFAULT_DAC_SECTOR: DacSector = LEGAL_AND_JUDICIAL_DEVELOPMENT;

/** A DAC sector with the number of the activity's topics reported under it. */
export interface WeightedDacSector {
  readonly sector: DacSector;
  readonly topics: number;
}

/**
 * The distinct DAC sectors of an activity's topics with how many topics reach each, in the
 * order the topics first reach them; the default sector (weight 1) when there is no topic.
 * IATI's sector percentages are split by these weights.
 * @example dacSectorWeights(["digital-forensics", "human-rights-and-due-process", "darknet"]) // 15130 × 2, 15160 × 1
 */
export function dacSectorWeights(topics: readonly ActivityTopic[]): WeightedDacSector[] {
  if (topics.length === 0) return [{ sector: DEFAULT_DAC_SECTOR, topics: 1 }];
  const weights = new Map<string, { sector: DacSector; topics: number }>();
  for (const topic of topics) {
    const sector = TOPIC_DAC_SECTORS[topic];
    const weight = weights.get(sector.code);
    if (weight === undefined) weights.set(sector.code, { sector, topics: 1 });
    else weight.topics += 1;
  }
  return [...weights.values()];
}

/**
 * The distinct DAC sectors of an activity's topics, in the order the topics first reach
 * them; the default sector when there is no topic.
 * @example dacSectorsOf(["digital-forensics", "human-rights-and-due-process", "darknet"]) // [15130, 15160]
 */
export function dacSectorsOf(topics: readonly ActivityTopic[]): DacSector[] {
  return dacSectorWeights(topics).map((weight) => weight.sector);
}
