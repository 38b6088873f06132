import { describeDates, displayText, scheduleTimeline, type Activity, type Language, type Session } from "@remit/core";

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const STYLE = `
body{font:16px/1.5 system-ui,"Noto Sans","Noto Sans CJK SC",sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ccc}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #eee;padding:.3rem .5rem;text-align:start;vertical-align:top}
code{background:#f4f4f4;padding:0 .2rem}nav a{margin-inline-end:1rem}.muted{color:#666}`;

/** A complete page with the demo's navigation; `body` must already be escaped HTML. */
export function page(title: string, body: string, language: Language): string {
  const dir = language === "ar" ? "rtl" : "ltr";
  return `<!doctype html><html lang="${language}" dir="${dir}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><nav><a href="/">Remit demo</a><a href="/report">Report (HTML)</a><a href="/report.md">Report (Markdown)</a>
<a href="/report.docx">Report (DOCX)</a><a href="/calendar.ics">Calendar</a></nav><h1>${escapeHtml(title)}</h1>${body}</body></html>`;
}

/** The sessions table: current dates, status and every earlier schedule. */
export function sessionsSection(sessions: readonly Session[], language: Language): string {
  const rows = sessions.map((session) => {
    const title = session.title === undefined ? session.id : displayText(session.title, [language]);
    const history = scheduleTimeline(session)
      .filter((step) => !step.isCurrent)
      .map((step) => escapeHtml(describeDates(step.dates)))
      .join(" → ");
    const current = describeDates(session.schedule.dates);
    return `<tr><td>${escapeHtml(title)}</td><td>${escapeHtml(current)}</td><td>${escapeHtml(session.schedule.status ?? "unknown")}</td><td class="muted">${history}</td></tr>`;
  });
  return `<h2>Sessions and meetings</h2><table><tr><th>session</th><th>dates</th><th>status</th><th>earlier schedule</th></tr>${rows.join("")}</table>`;
}

/** The activities table: kind, topics, period and the paragraphs that state them. */
export function activitiesSection(activities: readonly Activity[], language: Language): string {
  const rows = activities.map((activity) => {
    const where = activity.provenance
      .map((p) => (p.source === "document" ? `¶${p.paragraphs.join(", ")}` : "computed"))
      .join("; ");
    const period =
      activity.period.end === undefined ? activity.period.start : `${activity.period.start} – ${activity.period.end}`;
    return `<tr><td>${escapeHtml(displayText(activity.title, [language]))}</td><td>${escapeHtml(activity.kind)}</td><td>${escapeHtml(activity.topics.join(", "))}</td><td>${escapeHtml(period)}</td><td>${escapeHtml(where)}</td></tr>`;
  });
  return `<h2>Technical-assistance activities</h2><table><tr><th>activity</th><th>kind</th><th>topics</th><th>period</th><th>source</th></tr>${rows.join("")}</table>`;
}

/** The walkthrough's lines as a preformatted block. */
export function walkthroughSection(lines: readonly string[]): string {
  return `<h2>Walkthrough</h2><pre>${escapeHtml(lines.join("\n"))}</pre>`;
}
