import { CAPACITY_BUILDING_SECTION } from "./CapacityBuildingSection";
import type { ReportOutline } from "@remit/core";

// "campaign" sets the campaigns apart from the awareness-raising of ¶32, which reached children too.
const CHILDREN_CAMPAIGNS = { kind: "awareness-campaign", audience: "children-and-youth", text: "campaign" } as const;
const INCIDENT_TRAINING = { kind: "training", topic: "incident-response", audience: "it-staff" } as const;

/**
 * The outline of the Secretary-General's report on technical assistance and
 * capacity-building against cybercrime (GA 74/173), chapter by chapter as in the 2021
 * report (DOMAIN.md): the introduction's mandate chain, new developments, normative and
 * capacity-building support with its four sub-sections, information-sharing, research,
 * prevention and the expert group. Each paragraph says which records it is written from:
 * activities by kind, topic, audience, region or partner, an indicator's observations,
 * mandates by symbol and lineage, meetings by body. The threat picture of the year (¶6)
 * and the expert group's conclusions and next steps (¶38–39) are not held in records:
 * they are narrative slots a drafter fills.
 */
export const CYBERCRIME_REPORT_OUTLINE: ReportOutline = {
  id: "cybercrime-technical-assistance",
  sections: [
    {
      id: "introduction",
      numeral: "I",
      heading: "introduction",
      paragraphs: [],
      subsections: [
        {
          id: "introduction.mandate",
          heading: "introduction.mandate",
          paragraphs: [
            {
              id: "introduction.chain",
              kind: "mandate-chain",
              template: "introduction.chain",
              addressees: ["unodc", "unodc-gpc"],
              actions: ["explore", "provide-technical-assistance", "continue"],
            },
          ],
        },
      ],
    },
    {
      id: "developments",
      numeral: "II",
      heading: "developments",
      paragraphs: [
        { id: "developments.context", kind: "narrative" },
        {
          id: "developments.delivery",
          kind: "sentences",
          sentences: [
            {
              template: "developments.delivery",
              activities: { mandate: "report", implementerId: "unodc-gpc" },
              facts: [{ slot: "programme", fact: "body", bodyId: "unodc-gpc" }],
            },
            {
              template: "developments.secretariat",
              activities: { kind: "secretariat-support", mandate: "CCPCJ resolution 26/4" },
              facts: [{ slot: "expertGroup", fact: "body", bodyId: "eg-cybercrime" }],
            },
          ],
        },
        {
          id: "developments.partners",
          kind: "sentences",
          sentences: [
            {
              template: "developments.partners",
              activities: { text: "partners forums" },
              facts: [{ slot: "partners", fact: "partners" }],
            },
          ],
        },
        {
          id: "developments.support",
          kind: "sentences",
          sentences: [
            {
              template: "developments.support",
              activities: { kind: "advisory-support", text: "COVID-19" },
              facts: [
                { slot: "titles", fact: "titles" },
                { slot: "summary", fact: "summary" },
              ],
            },
          ],
        },
        {
          id: "developments.convention",
          kind: "sentences",
          sentences: [
            {
              template: "developments.convention",
              facts: [
                { slot: "resolution", fact: "mandate", mandate: "A/RES/74/247" },
                { slot: "ask", fact: "provision", mandate: "A/RES/74/247", action: "establish" },
              ],
            },
          ],
        },
        {
          id: "developments.committee-plans",
          kind: "sentences",
          sentences: [
            {
              template: "developments.convene",
              facts: [{ slot: "ask", fact: "provision", mandate: "A/RES/74/247", action: "convene" }],
            },
            {
              template: "schedule.change",
              facts: [
                {
                  slot: "change",
                  fact: "schedule-change",
                  session: { bodyId: "ahc-cybercrime", designation: "organizational-session" },
                  index: 0,
                },
              ],
            },
            {
              template: "schedule.change",
              facts: [
                {
                  slot: "change",
                  fact: "schedule-change",
                  session: { bodyId: "ahc-cybercrime", designation: "organizational-session" },
                  index: 1,
                },
              ],
            },
          ],
        },
        {
          id: "developments.committee-now",
          kind: "sentences",
          sentences: [
            {
              template: "schedule.change",
              facts: [
                {
                  slot: "change",
                  fact: "schedule-change",
                  session: { bodyId: "ahc-cybercrime", designation: "organizational-session" },
                  index: -1,
                },
              ],
            },
            {
              template: "developments.committee-work",
              activities: { kind: "secretariat-support", mandate: "A/RES/74/247" },
              facts: [
                { slot: "titles", fact: "titles" },
                { slot: "summary", fact: "summary" },
              ],
            },
          ],
        },
      ],
      subsections: [],
    },
    CAPACITY_BUILDING_SECTION,
    {
      id: "sharing",
      numeral: "IV",
      heading: "sharing",
      paragraphs: [
        {
          id: "sharing.repository",
          kind: "sentences",
          sentences: [
            {
              template: "sharing.repository",
              facts: [
                { slot: "resolution", fact: "mandate", mandate: "report" },
                { slot: "target", fact: "lineage", mandate: "report", relation: "reaffirms" },
                { slot: "ask", fact: "provision", mandate: "report", action: "act-as-repository" },
              ],
            },
          ],
        },
        {
          id: "sharing.sherloc",
          kind: "sentences",
          sentences: [
            { template: "sharing.sherloc", activities: { kind: "knowledge-portal-content" } },
            {
              template: "sharing.sherloc-holdings",
              activities: { kind: "knowledge-portal-content" },
              figures: [
                { slot: "laws", measure: "sum", indicatorId: "sherloc-cybercrime-laws", period: "to-date" },
                { slot: "cases", measure: "sum", indicatorId: "sherloc-cybercrime-cases", period: "to-date" },
              ],
              facts: [{ slot: "asOf", fact: "as-of", ofFigure: "laws" }],
            },
          ],
        },
        {
          id: "sharing.social",
          kind: "sentences",
          sentences: [
            {
              template: "sharing.social",
              activities: { kind: "awareness-campaign", audience: "general-public" },
              figures: [{ slot: "impressions", measure: "sum", indicatorId: "social-media-impressions" }],
            },
          ],
        },
      ],
      subsections: [],
    },
    {
      id: "research",
      numeral: "V",
      heading: "research",
      paragraphs: [
        {
          id: "research.publication",
          kind: "sentences",
          sentences: [
            {
              template: "research.publication",
              activities: { kind: "research-publication" },
              facts: [
                { slot: "titles", fact: "titles" },
                { slot: "summary", fact: "summary" },
              ],
            },
          ],
        },
      ],
      subsections: [],
    },
    {
      id: "prevention",
      numeral: "VI",
      heading: "prevention",
      paragraphs: [
        {
          id: "prevention.awareness",
          kind: "sentences",
          sentences: [
            {
              template: "prevention.awareness",
              activities: { kind: "awareness-campaign", audience: "teachers" },
              figures: [{ slot: "reached", measure: "sum", indicatorId: "people-reached-by-awareness-raising" }],
              facts: [
                { slot: "audiences", fact: "audiences" },
                { slot: "regions", fact: "regions", indicatorId: "people-reached-by-awareness-raising" },
              ],
            },
          ],
        },
        {
          id: "prevention.campaigns",
          kind: "sentences",
          sentences: [
            {
              template: "prevention.campaigns",
              activities: CHILDREN_CAMPAIGNS,
              facts: [
                { slot: "audiences", fact: "audiences" },
                { slot: "regions", fact: "regions" },
                { slot: "countries", fact: "countries" },
              ],
            },
            {
              template: "prevention.campaign-languages",
              activities: { ...CHILDREN_CAMPAIGNS, region: "002" },
              facts: [
                { slot: "region", fact: "filter-region" },
                { slot: "languages", fact: "languages" },
              ],
            },
            {
              template: "prevention.television",
              activities: { ...CHILDREN_CAMPAIGNS, text: "national television" },
              facts: [{ slot: "countries", fact: "countries" }],
            },
            {
              template: "prevention.campaign-views",
              activities: CHILDREN_CAMPAIGNS,
              figures: [{ slot: "views", measure: "sum", indicatorId: "campaign-views" }],
              facts: [
                { slot: "titles", fact: "titles", ofFigure: "views" },
                { slot: "partners", fact: "partners", ofFigure: "views" },
                { slot: "countries", fact: "countries", ofFigure: "views" },
              ],
            },
          ],
        },
        {
          id: "prevention.incident",
          kind: "sentences",
          sentences: [
            {
              template: "prevention.incident",
              activities: { kind: "advisory-support", topic: "incident-response" },
              figures: [
                { slot: "trained", measure: "sum", indicatorId: "people-trained", activities: INCIDENT_TRAINING },
              ],
              facts: [
                { slot: "countries", fact: "countries" },
                { slot: "audiences", fact: "audiences", activities: INCIDENT_TRAINING },
              ],
            },
          ],
        },
      ],
      subsections: [],
    },
    {
      id: "expert-group",
      numeral: "VII",
      heading: "expert-group",
      paragraphs: [
        {
          id: "expert.mandate",
          kind: "sentences",
          sentences: [
            {
              template: "expert.mandate",
              activities: { kind: "secretariat-support", mandate: "CCPCJ resolution 26/4" },
              facts: [{ slot: "expertGroup", fact: "body", bodyId: "eg-cybercrime" }],
            },
            {
              template: "expert.establishment",
              facts: [{ slot: "lineage", fact: "declarations", mandate: "A/RES/65/230" }],
            },
          ],
        },
        {
          id: "expert.meetings",
          kind: "sentences",
          sentences: [
            {
              template: "expert.meetings",
              figures: [{ slot: "meetings", measure: "meetings", bodyId: "eg-cybercrime" }],
              facts: [{ slot: "years", fact: "meeting-years", bodyId: "eg-cybercrime" }],
            },
            {
              template: "expert.continuation",
              facts: [
                { slot: "resolution", fact: "mandate", mandate: "CCPCJ resolution 26/4" },
                { slot: "continueAsk", fact: "provision", mandate: "CCPCJ resolution 26/4", action: "continue" },
                { slot: "decideAsk", fact: "provision", mandate: "CCPCJ resolution 26/4", action: "decide" },
                { slot: "encourageAsk", fact: "provision", mandate: "CCPCJ resolution 26/4", action: "encourage" },
              ],
            },
            { template: "expert.next", facts: [{ slot: "next", fact: "next-meeting", bodyId: "eg-cybercrime" }] },
          ],
        },
        {
          id: "expert.postponed",
          kind: "sentences",
          narrative: "expert.discussion",
          sentences: [
            {
              template: "expert.postponed",
              facts: [{ slot: "meeting", fact: "postponed-meeting", bodyId: "eg-cybercrime" }],
            },
          ],
        },
        { id: "expert.conclusions", kind: "narrative" },
        { id: "expert.next-steps", kind: "narrative" },
      ],
      subsections: [],
    },
  ],
};
