/** The groups of operations in the document, with what each is about. */
export const TAGS = [
  {
    name: "Activities",
    description: "Technical-assistance activities: trainings, assessments, campaigns, and what they served.",
  },
  { name: "Observations", description: "Qualified figures with their provenance, and their aggregation." },
  { name: "Indicators", description: "What figures measure, in which unit, and how they combine." },
  {
    name: "Mandates",
    description: "Resolutions, decisions and declarations: operative asks, reporting obligations, lineage.",
  },
  {
    name: "Sessions",
    description: "Sessions and meetings of bodies, with schedule histories and the decision 18/1 check.",
  },
  { name: "Discussions", description: "Thematic discussions: sub-topics, discussion guide, panel and speakers' list." },
  { name: "Instruments", description: "Conventions and protocols, with counts of parties as of a date." },
  { name: "Bodies", description: "UN bodies that mandate, meet, report or act." },
  { name: "Countries", description: "Countries and UN M49 regions." },
  {
    name: "Reports",
    description: "Reports due at a session, and the Secretary-General's report built from the records.",
  },
  {
    name: "Languages",
    description: "How complete the records and the report are in each of the six official languages.",
  },
  { name: "Symbols", description: "UN document symbols and citations, parsed." },
  { name: "Exports", description: "Records as CSV, XLSX, JSON, JSON Lines, IATI 2.03 or iCalendar, streamed." },
  { name: "Imports", description: "Records from JSON Lines or CSV, all or nothing." },
  { name: "Tokens", description: "Access tokens (admin)." },
  { name: "Health", description: "Liveness and readiness." },
];
