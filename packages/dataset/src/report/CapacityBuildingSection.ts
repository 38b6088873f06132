import type { SectionSpec } from "@remit/core";

const OCSEA = "online-child-sexual-exploitation-and-abuse" as const;

/**
 * Chapter III of the cybercrime report's outline, normative and capacity-building support
 * (2021 report ¶13–27): mentors, assessments and strategy work, then its four sub-sections
 * (investigations and digital forensics; cryptocurrency and darknet; online child sexual
 * exploitation and abuse; international cooperation on electronic evidence).
 */
export const CAPACITY_BUILDING_SECTION: SectionSpec = {
  id: "capacity",
  numeral: "III",
  heading: "capacity",
  paragraphs: [
    {
      id: "capacity.mentors",
      kind: "sentences",
      sentences: [
        {
          template: "capacity.mentors",
          activities: { kind: "mentoring" },
          facts: [{ slot: "countries", fact: "countries", role: "based-in" }],
        },
        {
          template: "capacity.remote",
          activities: { kind: "advisory-support", deliveryMode: "remote", implementerId: "unodc-gpc" },
          facts: [{ slot: "start", fact: "start" }],
        },
      ],
    },
    {
      id: "capacity.assessment",
      kind: "sentences",
      sentences: [
        {
          template: "capacity.assessment",
          activities: { kind: "assessment" },
          facts: [{ slot: "countries", fact: "countries" }],
        },
        {
          template: "capacity.strategy",
          activities: { kind: "advisory-support", topic: "cybercrime-strategy" },
          facts: [{ slot: "countries", fact: "countries" }],
        },
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
          sentences: [
            {
              template: "forensics.encourage",
              facts: [
                { slot: "resolution", fact: "mandate", mandate: "report" },
                { slot: "ask", fact: "provision", mandate: "report", action: "encourage", addressee: "member-states" },
              ],
            },
          ],
        },
        {
          id: "forensics.urge",
          kind: "sentences",
          sentences: [
            {
              template: "forensics.urge",
              facts: [
                { slot: "resolution", fact: "mandate", mandate: "report" },
                { slot: "ask", fact: "provision", mandate: "report", action: "urge", addressee: "member-states" },
              ],
            },
          ],
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
              facts: [
                { slot: "audiences", fact: "audiences" },
                { slot: "topics", fact: "topics" },
              ],
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
            {
              template: "crypto.trainers",
              activities: { kind: "train-the-trainer", topic: "cryptocurrency" },
              facts: [
                { slot: "regions", fact: "regions" },
                { slot: "audiences", fact: "audiences" },
              ],
            },
            {
              template: "crypto.advice",
              activities: { kind: "advisory-support", topic: "cryptocurrency" },
              figures: [{ slot: "advised", measure: "countries" }],
            },
            {
              template: "crypto.training",
              activities: { kind: "training", topic: "cryptocurrency", region: "142" },
              figures: [{ slot: "trained", measure: "sum", indicatorId: "people-trained" }],
              facts: [
                { slot: "audiences", fact: "audiences" },
                { slot: "regions", fact: "regions" },
                { slot: "topics", fact: "topics" },
              ],
            },
          ],
        },
        {
          id: "crypto.working-group",
          kind: "sentences",
          sentences: [
            {
              template: "crypto.working-group",
              activities: { kind: "working-group-meeting", topic: "cryptocurrency" },
              facts: [
                { slot: "titles", fact: "titles" },
                { slot: "summary", fact: "summary" },
              ],
            },
          ],
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
            {
              template: "ocsea.mandate",
              facts: [
                { slot: "resolution", fact: "mandate", mandate: "A/RES/74/174" },
                {
                  slot: "ask",
                  fact: "provision",
                  mandate: "A/RES/74/174",
                  action: "provide-technical-assistance",
                  addressee: "unodc",
                },
              ],
            },
            {
              template: "ocsea.resources",
              facts: [
                { slot: "resolution", fact: "mandate", mandate: "A/RES/74/174" },
                {
                  slot: "ask",
                  fact: "provision",
                  mandate: "A/RES/74/174",
                  action: "contribute-resources",
                  addressee: "member-states",
                },
              ],
            },
          ],
        },
        {
          id: "ocsea.statistics",
          kind: "sentences",
          sentences: [
            {
              template: "ocsea.statistic",
              observations: {
                indicatorIds: [
                  "share-of-cases-involving-ocsea",
                  "share-of-cases-involving-online-sexual-exploitation-of-women",
                  "share-of-ocsea-child-victims-who-are-girls",
                ],
                region: "013",
                period: "to-date",
              },
            },
            {
              template: "ocsea.reporting",
              activities: { kind: "reporting-mechanism", topic: OCSEA },
              facts: [
                { slot: "countries", fact: "countries" },
                { slot: "start", fact: "start" },
              ],
            },
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
              facts: [
                { slot: "topics", fact: "topics" },
                { slot: "languages", fact: "languages" },
                { slot: "regions", fact: "regions" },
                { slot: "audiences", fact: "audiences" },
              ],
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
              facts: [
                { slot: "partners", fact: "partners" },
                { slot: "topics", fact: "topics" },
                { slot: "languages", fact: "languages" },
                { slot: "audiences", fact: "audiences" },
              ],
            },
          ],
        },
        {
          id: "ocsea.conference",
          kind: "sentences",
          sentences: [
            {
              template: "ocsea.conference",
              activities: { kind: "regional-conference", topic: OCSEA },
              facts: [
                { slot: "titles", fact: "titles" },
                { slot: "partners", fact: "partners" },
                { slot: "audiences", fact: "audiences" },
              ],
            },
          ],
        },
        {
          id: "ocsea.teachers",
          kind: "sentences",
          sentences: [
            {
              template: "ocsea.teachers",
              activities: { kind: "training", topic: OCSEA, audience: "teachers" },
              figures: [{ slot: "teachers", measure: "sum", indicatorId: "people-trained" }],
              facts: [{ slot: "countries", fact: "countries" }],
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
            {
              template: "ocsea.tool",
              activities: { kind: "tool-access", topic: OCSEA },
              facts: [
                { slot: "partners", fact: "partners" },
                { slot: "countries", fact: "countries" },
              ],
            },
            {
              template: "ocsea.tool-purpose",
              activities: { kind: "tool-access", topic: OCSEA },
              facts: [{ slot: "summary", fact: "summary" }],
            },
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
              facts: [
                { slot: "companies", fact: "partners", named: true },
                { slot: "countries", fact: "countries" },
              ],
            },
          ],
        },
      ],
    },
  ],
};
