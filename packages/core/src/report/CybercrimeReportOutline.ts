import type { ReportOutline } from "./ReportOutline";

const OCSEA = "online-child-sexual-exploitation-and-abuse" as const;
const CHILDREN_CAMPAIGNS = { kind: "awareness-campaign", audience: "children-and-youth" } as const;

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
            { id: "introduction.chain", kind: "mandate-chain", addressees: ["unodc", "unodc-gpc"], actions: ["explore", "provide-technical-assistance", "continue"] },
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
            { template: "developments.delivery", activities: { mandate: "report" }, figures: [{ slot: "activities", measure: "activities" }], facts: [{ slot: "mandate", fact: "mandate", mandate: "report" }] },
            { template: "developments.secretariat", activities: { kind: "secretariat-support", mandate: "CCPCJ resolution 26/4" }, facts: [{ slot: "expertGroup", fact: "body", bodyId: "eg-cybercrime" }] },
          ],
        },
        { id: "developments.partners", kind: "sentences", sentences: [{ template: "developments.partners", activities: { text: "partners forums" }, facts: [{ slot: "partners", fact: "partners" }] }] },
        {
          id: "developments.support",
          kind: "sentences",
          sentences: [{ template: "developments.support", activities: { kind: "advisory-support", text: "COVID-19" }, facts: [{ slot: "titles", fact: "titles" }, { slot: "summary", fact: "summary" }] }],
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
            { template: "developments.convene", facts: [{ slot: "ask", fact: "provision", mandate: "A/RES/74/247", action: "convene" }] },
            { template: "schedule.change", facts: [{ slot: "change", fact: "schedule-change", session: { bodyId: "ahc-cybercrime", designation: "organizational-session" }, index: 0 }] },
            { template: "schedule.change", facts: [{ slot: "change", fact: "schedule-change", session: { bodyId: "ahc-cybercrime", designation: "organizational-session" }, index: 1 }] },
          ],
        },
        {
          id: "developments.committee-now",
          kind: "sentences",
          sentences: [
            { template: "schedule.change", facts: [{ slot: "change", fact: "schedule-change", session: { bodyId: "ahc-cybercrime", designation: "organizational-session" }, index: -1 }] },
            { template: "developments.committee-work", activities: { kind: "secretariat-support", mandate: "A/RES/74/247" }, facts: [{ slot: "titles", fact: "titles" }, { slot: "summary", fact: "summary" }] },
          ],
        },
      ],
      subsections: [],
    },
    {
      id: "capacity",
      numeral: "III",
      heading: "capacity",
      paragraphs: [
        {
          id: "capacity.mentors",
          kind: "sentences",
          sentences: [
            { template: "capacity.mentors", activities: { kind: "mentoring" }, facts: [{ slot: "countries", fact: "countries" }] },
            { template: "capacity.remote", activities: { kind: "advisory-support", deliveryMode: "remote", implementerId: "unodc-gpc" }, facts: [{ slot: "start", fact: "start" }] },
          ],
        },
        {
          id: "capacity.assessment",
          kind: "sentences",
          sentences: [
            { template: "capacity.assessment", activities: { kind: "assessment" }, facts: [{ slot: "countries", fact: "countries" }] },
            { template: "capacity.strategy", activities: { kind: "advisory-support", topic: "cybercrime-strategy" }, facts: [{ slot: "countries", fact: "countries" }] },
          ],
        },
      ],
      subsections: [
        {
          id: "capacity.forensics",
          heading: "capacity.forensics",
          paragraphs: [
            {
              id: "forensics.encourage",
              kind: "sentences",
              sentences: [{ template: "forensics.encourage", facts: [{ slot: "resolution", fact: "mandate", mandate: "report" }, { slot: "ask", fact: "provision", mandate: "report", action: "encourage", addressee: "member-states" }] }],
            },
            {
              id: "forensics.urge",
              kind: "sentences",
              sentences: [{ template: "forensics.urge", facts: [{ slot: "resolution", fact: "mandate", mandate: "report" }, { slot: "ask", fact: "provision", mandate: "report", action: "urge", addressee: "member-states" }] }],
            },
            {
              id: "forensics.training",
              kind: "sentences",
              sentences: [
                {
                  template: "forensics.training",
                  activities: { kind: "training", topic: "digital-forensics" },
                  figures: [
                    { slot: "trained", measure: "sum", indicatorId: "people-trained" },
                    { slot: "countries", measure: "countries", indicatorId: "people-trained" },
                  ],
                  facts: [{ slot: "audiences", fact: "audiences" }, { slot: "topics", fact: "topics" }],
                },
              ],
            },
          ],
        },
        {
          id: "capacity.crypto",
          heading: "capacity.crypto",
          paragraphs: [
            {
              id: "crypto.training",
              kind: "sentences",
              sentences: [
                { template: "crypto.trainers", activities: { kind: "train-the-trainer", topic: "cryptocurrency" }, facts: [{ slot: "regions", fact: "regions" }, { slot: "audiences", fact: "audiences" }] },
                { template: "crypto.advice", activities: { kind: "advisory-support", topic: "cryptocurrency" }, figures: [{ slot: "advised", measure: "countries" }] },
                {
                  template: "crypto.training",
                  activities: { kind: "training", topic: "cryptocurrency", region: "142" },
                  figures: [{ slot: "trained", measure: "sum", indicatorId: "people-trained" }],
                  facts: [{ slot: "audiences", fact: "audiences" }, { slot: "regions", fact: "regions" }, { slot: "topics", fact: "topics" }],
                },
              ],
            },
            {
              id: "crypto.working-group",
              kind: "sentences",
              sentences: [{ template: "crypto.working-group", activities: { kind: "working-group-meeting", topic: "cryptocurrency" }, facts: [{ slot: "titles", fact: "titles" }, { slot: "summary", fact: "summary" }] }],
            },
          ],
        },
        {
          id: "capacity.ocsea",
          heading: "capacity.ocsea",
          paragraphs: [
            {
              id: "ocsea.mandate",
              kind: "sentences",
              sentences: [
                { template: "ocsea.mandate", facts: [{ slot: "resolution", fact: "mandate", mandate: "A/RES/74/174" }, { slot: "ask", fact: "provision", mandate: "A/RES/74/174", action: "provide-technical-assistance", addressee: "unodc" }] },
                { template: "ocsea.resources", facts: [{ slot: "resolution", fact: "mandate", mandate: "A/RES/74/174" }, { slot: "ask", fact: "provision", mandate: "A/RES/74/174", action: "contribute-resources", addressee: "member-states" }] },
              ],
            },
            {
              id: "ocsea.statistics",
              kind: "sentences",
              sentences: [
                {
                  template: "ocsea.statistic",
                  observations: {
                    indicatorIds: ["share-of-cases-involving-ocsea", "share-of-cases-involving-online-sexual-exploitation-of-women", "share-of-ocsea-child-victims-who-are-girls"],
                    region: "013",
                    period: "to-date",
                  },
                },
                { template: "ocsea.reporting", activities: { kind: "reporting-mechanism", topic: OCSEA }, facts: [{ slot: "countries", fact: "countries" }, { slot: "start", fact: "start" }] },
              ],
            },
            {
              id: "ocsea.webinars",
              kind: "sentences",
              sentences: [
                {
                  template: "ocsea.webinars",
                  activities: { kind: "webinar-series", topic: OCSEA },
                  figures: [
                    { slot: "participants", measure: "sum", indicatorId: "event-participants" },
                    { slot: "countries", measure: "countries", indicatorId: "event-participants" },
                  ],
                  facts: [{ slot: "topics", fact: "topics" }, { slot: "languages", fact: "languages" }, { slot: "regions", fact: "regions" }, { slot: "audiences", fact: "audiences" }],
                },
              ],
            },
            {
              id: "ocsea.course",
              kind: "sentences",
              sentences: [
                {
                  template: "ocsea.course",
                  activities: { kind: "online-course", topic: OCSEA },
                  figures: [
                    { slot: "trained", measure: "sum", indicatorId: "people-trained" },
                    { slot: "countries", measure: "countries", indicatorId: "people-trained" },
                  ],
                  facts: [{ slot: "partners", fact: "partners" }, { slot: "topics", fact: "topics" }, { slot: "languages", fact: "languages" }, { slot: "audiences", fact: "audiences" }],
                },
              ],
            },
            {
              id: "ocsea.conference",
              kind: "sentences",
              sentences: [{ template: "ocsea.conference", activities: { kind: "regional-conference", topic: OCSEA }, facts: [{ slot: "titles", fact: "titles" }, { slot: "partners", fact: "partners" }, { slot: "audiences", fact: "audiences" }] }],
            },
            {
              id: "ocsea.teachers",
              kind: "sentences",
              sentences: [
                {
                  template: "ocsea.teachers",
                  activities: { kind: "training", topic: OCSEA, audience: "teachers" },
                  figures: [{ slot: "teachers", measure: "sum", indicatorId: "people-trained" }],
                  facts: [{ slot: "countries", fact: "countries" }, { slot: "partners", fact: "partners" }, { slot: "topics", fact: "topics" }],
                },
                {
                  template: "ocsea.victims",
                  activities: { kind: "training", topic: OCSEA, audience: "teachers" },
                  figures: [{ slot: "victims", measure: "sum", indicatorId: "victims-identified" }],
                  facts: [
                    { slot: "victimSex", fact: "breakdown", ofFigure: "victims", dimension: "sex" },
                    { slot: "victimAge", fact: "breakdown", ofFigure: "victims", dimension: "age-band" },
                  ],
                },
              ],
            },
            {
              id: "ocsea.tool",
              kind: "sentences",
              sentences: [
                { template: "ocsea.tool", activities: { kind: "tool-access", topic: OCSEA }, facts: [{ slot: "partners", fact: "partners" }, { slot: "countries", fact: "countries" }] },
                { template: "ocsea.tool-purpose", activities: { kind: "tool-access", topic: OCSEA }, facts: [{ slot: "summary", fact: "summary" }] },
              ],
            },
          ],
        },
        {
          id: "capacity.evidence",
          heading: "capacity.evidence",
          paragraphs: [
            {
              id: "evidence.training",
              kind: "sentences",
              sentences: [
                {
                  template: "evidence.training",
                  activities: { kind: "training", topic: "electronic-evidence", audience: "private-sector" },
                  figures: [
                    { slot: "trained", measure: "sum", indicatorId: "people-trained" },
                    { slot: "countryCount", measure: "countries", indicatorId: "people-trained" },
                  ],
                  facts: [{ slot: "partners", fact: "partners" }, { slot: "countries", fact: "countries" }],
                },
              ],
            },
          ],
        },
      ],
    },
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
          sentences: [{ template: "sharing.social", activities: { kind: "awareness-campaign", audience: "general-public" }, figures: [{ slot: "impressions", measure: "sum", indicatorId: "social-media-impressions" }] }],
        },
      ],
      subsections: [],
    },
    {
      id: "research",
      numeral: "V",
      heading: "research",
      paragraphs: [
        { id: "research.publication", kind: "sentences", sentences: [{ template: "research.publication", activities: { kind: "research-publication" }, facts: [{ slot: "titles", fact: "titles" }, { slot: "summary", fact: "summary" }] }] },
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
              facts: [{ slot: "audiences", fact: "audiences" }, { slot: "regions", fact: "regions", indicatorId: "people-reached-by-awareness-raising" }],
            },
          ],
        },
        {
          id: "prevention.campaigns",
          kind: "sentences",
          sentences: [
            { template: "prevention.campaigns", activities: CHILDREN_CAMPAIGNS, facts: [{ slot: "audiences", fact: "audiences" }, { slot: "regions", fact: "regions" }, { slot: "countries", fact: "countries" }] },
            { template: "prevention.campaign-languages", activities: { ...CHILDREN_CAMPAIGNS, region: "002" }, facts: [{ slot: "region", fact: "filter-region" }, { slot: "languages", fact: "languages" }] },
            { template: "prevention.television", activities: { ...CHILDREN_CAMPAIGNS, text: "national television" }, facts: [{ slot: "countries", fact: "countries" }] },
            {
              template: "prevention.campaign-views",
              activities: CHILDREN_CAMPAIGNS,
              figures: [{ slot: "views", measure: "sum", indicatorId: "campaign-views" }],
              facts: [{ slot: "titles", fact: "titles", ofFigure: "views" }, { slot: "partners", fact: "partners", ofFigure: "views" }],
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
              figures: [{ slot: "trained", measure: "sum", indicatorId: "people-trained", activities: { kind: "training", topic: "incident-response" } }],
              facts: [{ slot: "countries", fact: "countries" }, { slot: "audiences", fact: "audiences", activities: { kind: "training", topic: "incident-response" } }],
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
            { template: "expert.mandate", activities: { kind: "secretariat-support", mandate: "CCPCJ resolution 26/4" }, facts: [{ slot: "expertGroup", fact: "body", bodyId: "eg-cybercrime" }] },
            { template: "expert.establishment", facts: [{ slot: "lineage", fact: "declarations", mandate: "A/RES/65/230" }] },
          ],
        },
        {
          id: "expert.meetings",
          kind: "sentences",
          sentences: [
            { template: "expert.meetings", figures: [{ slot: "meetings", measure: "meetings", bodyId: "eg-cybercrime" }], facts: [{ slot: "years", fact: "meeting-years", bodyId: "eg-cybercrime" }] },
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
        { id: "expert.postponed", kind: "sentences", sentences: [{ template: "expert.postponed", facts: [{ slot: "meeting", fact: "postponed-meeting", bodyId: "eg-cybercrime" }] }] },
        { id: "expert.conclusions", kind: "narrative" },
        { id: "expert.next-steps", kind: "narrative" },
      ],
      subsections: [],
    },
  ],
};
