import { ENGLISH_FORMAT } from "@remit/core";
import type { ReportTemplateSet } from "@remit/core";

/**
 * The English templates of the report on technical assistance against cybercrime. The
 * wording is Remit's own; every figure, name, date and ask comes from the records through
 * the slots in braces. Variants run from the fullest to the plainest.
 */
export const ENGLISH_REPORT_TEMPLATES: ReportTemplateSet = {
  language: "en",
  headings: {
    introduction: "Introduction",
    "introduction.mandate": "The mandate of UNODC on cybercrime",
    developments: "New developments, progress and good practices",
    capacity: "Normative and capacity-building support",
    "capacity.forensics": "Cybercrime investigations and digital forensics",
    "capacity.crypto": "Cryptocurrency and darknet investigations",
    "capacity.ocsea": "Online child sexual exploitation and abuse",
    "capacity.evidence": "International cooperation on electronic evidence",
    sharing: "Information-sharing",
    research: "Research and analysis",
    prevention: "Prevention",
    "expert-group": "Expert Group to Conduct a Comprehensive Study on Cybercrime",
  },
  sentences: {
    "summary.mandate": [
      "The Secretary-General prepared this report under {mandate}, “{mandate.title}”, by which the {mandate.body} asked for a report to the {receiver} at its {fromSession} on {subject}.",
      "The Secretary-General prepared this report under {mandate}, by which the {mandate.body} asked for a report to the {receiver} at its {fromSession} on {subject}.",
      "The Secretary-General prepared this report under {mandate}.",
    ],
    "summary.deferral": [
      "It goes to the {receiver} at its {toSession} instead: {reason}.",
      "It goes to the {receiver} at its {toSession} instead.",
    ],
    "summary.scope": [
      "It reviews the technical assistance and capacity-building against cybercrime, information-sharing included, that UNODC provided in {period}.",
    ],
    "introduction.chain": [
      "In {year}, the {mandate.body}, in its {mandate.short}, addressed this request to UNODC: {asks}.",
      "The {mandate.body}, in its {mandate.short}, addressed this request to UNODC: {asks}.",
    ],
    "developments.delivery": [
      "In response to those mandates, UNODC, mainly through its {programme}, provided technical assistance and capacity-building on cybercrime to Member States.",
    ],
    "developments.secretariat": ["UNODC also acted as the secretariat of the {expertGroup}."],
    "developments.partners": [
      "UNODC planned and carried out its work against cybercrime in close cooperation with key partners and forums, which it also advised: {partners}.",
    ],
    "developments.support": [
      "Its support to Member States in {period} included {titles, lower}. {summary}.",
      "Its support to Member States in {period} included {titles, lower}.",
    ],
    "developments.convention": [
      "UNODC followed the developments around {resolution}, “{resolution.title}”, by which the {resolution.body} decided, among other things, to {ask}.",
      "UNODC followed the developments around {resolution}, by which the {resolution.body} decided, among other things, to {ask}.",
    ],
    "developments.convene": ["The resolution also provided for the committee to {ask}."],
    "schedule.change": [
      "{change.kind, select, postponement {Owing to {change.reason}, the General Assembly, by its {change.decision}, postponed the session from {change.from} to {change.to}.} brought-forward {The session was brought forward from {change.from} to {change.to}.} other {On {change.announced}, Member States were informed that the session had been scheduled for {change.to}, in {change.venue}.}}",
      "{change.kind, select, postponement {By {change.decision}, the session was postponed from {change.from} to {change.to}.} brought-forward {The session was brought forward from {change.from} to {change.to}.} other {On {change.announced}, Member States were informed that the session had been scheduled for {change.to}.}}",
      "{change.kind, select, postponement {The session was postponed from {change.from} to {change.to}.} brought-forward {The session was brought forward from {change.from} to {change.to}.} other {The session was scheduled for {change.to}.}}",
    ],
    "developments.committee-work": [
      "UNODC is supporting the committee; in {period} its work included {titles, lower}: {summary, lower}.",
      "UNODC is supporting the committee; in {period} its work included {titles, lower}.",
    ],
    "capacity.mentors": [
      "Cybercrime mentors based in {countries} went on helping the States of their regions to counter cyber-dependent and cyber-enabled crime and to handle electronic evidence.",
    ],
    "capacity.remote": [
      "From {start}, the Global Programme on Cybercrime worked fully remotely and kept advising Member States on the vulnerabilities and challenges they identified.",
    ],
    "capacity.assessment": [
      "At the request of {countries}, UNODC carried out a comprehensive assessment of national law enforcement and judicial capacity to counter cybercrime.",
    ],
    "capacity.strategy": [
      "In {countries}, UNODC is helping to draft a strategy and standard operating procedures that will strengthen police investigations of cybercrime.",
    ],
    "forensics.encourage": ["In {resolution}, the {resolution.body} encouraged Member States to {ask}."],
    "forensics.urge": ["In the same resolution, the {resolution.body} urged Member States to {ask}."],
    "forensics.training": [
      "During the period, UNODC trained {trained} {audiences, lower} from {countries} countries in {topics, lower}.",
      "During the period, UNODC trained {trained} {audiences, lower} in {topics, lower}.",
    ],
    "crypto.trainers": [
      "In {regions}, a train-the-trainer approach of UNODC built the capacity of {audiences, lower} working on cryptocurrency investigations.",
    ],
    "crypto.advice": [
      "{advised, plural, one {UNODC also gave a Member State operational advice on a complex criminal investigation involving cryptocurrency.} other {UNODC also gave {advised} Member States operational advice on complex criminal investigations involving cryptocurrency.}}",
    ],
    "crypto.training": [
      "In {period}, {trained} {audiences, lower} in {regions} received hands-on training in {topics, lower}.",
      "In {period}, {trained} {audiences, lower} received hands-on training in {topics, lower}.",
    ],
    "crypto.working-group": [
      "The {titles, lower} took place during the period. {summary}.",
      "The {titles, lower} took place during the period.",
    ],
    "ocsea.mandate": ["In {resolution}, the {resolution.body} asked UNODC to {ask}."],
    "ocsea.resources": ["The {resolution.body} also encouraged Member States to {ask}."],
    "ocsea.statistic": ["{indicator}: {value} ({country}, {period})."],
    "ocsea.reporting": [
      "In {countries}, technology companies have reported abuse since {start} through a mechanism that UNODC supports.",
    ],
    "ocsea.webinars": [
      "UNODC ran a series of webinars on {topics, lower} in {languages} for {regions}; {participants} people from {countries} countries took part ({audiences, lower}).",
      "UNODC ran a series of webinars on {topics, lower} in {languages}; {participants} people took part.",
    ],
    "ocsea.course": [
      "With {partners}, UNODC designed an online diploma course on {topics, lower}, taught in {languages}, and delivered it to {trained} {audiences, lower} from {countries} countries.",
      "With {partners}, UNODC designed an online diploma course on {topics, lower} and delivered it to {trained} {audiences, lower}.",
    ],
    "ocsea.conference": [
      "In coordination with {partners}, UNODC held the {titles}, where {audiences, lower} discussed existing and emerging online risks to children.",
      "UNODC held the {titles}.",
    ],
    "ocsea.teachers": [
      "In Central America, in coordination with the ministries of education and the secretariats against trafficking in persons of {countries}, UNODC trained {teachers} teachers in cybercrime prevention, with a focus on preventing online child sexual exploitation and abuse.",
      "In {countries}, UNODC trained {teachers} teachers in cybercrime prevention, with a focus on preventing online child sexual exploitation and abuse.",
    ],
    "ocsea.victims": [
      "As a direct result of the training, {victims} {victimSex} victims aged {victimAge} were identified and protected.",
      "As a direct result of the training, {victims} victims were identified and protected.",
    ],
    "ocsea.tool": ["Together with {partners}, UNODC gave {countries} direct access to a case management tool."],
    "ocsea.tool-purpose": ["{summary}."],
    "evidence.training": [
      "UNODC worked with global technology companies to train criminal justice authorities in requesting digital evidence from them, with particular emphasis on online child sexual exploitation and abuse; practitioners and private sector representatives discussed policies, procedures and jurisdictional issues with companies such as {companies}. A total of {trained} judicial practitioners from {countries} benefited from the initiative.",
      "UNODC worked with global technology companies to train {trained} judicial practitioners in requesting digital evidence.",
    ],
    "sharing.repository": [
      "In {resolution}, the {resolution.body} reaffirmed the role that UNODC plays under {target}: to {ask}.",
    ],
    "sharing.sherloc": [
      "In {period}, UNODC kept adding cybercrime resources to SHERLOC, its knowledge management portal.",
    ],
    "sharing.sherloc-holdings": [
      "As of {asOf}, SHERLOC held {laws} cybercrime laws and {cases} cases of cyber-dependent or cyber-enabled crime.",
      "SHERLOC held {laws} cybercrime laws and {cases} cases of cyber-dependent or cyber-enabled crime.",
    ],
    "sharing.social": [
      "UNODC shared cyber-related information on social media to raise public awareness and encourage prevention, which generated {impressions} impressions.",
    ],
    "research.publication": [
      "In {period}, UNODC published “{titles}”. It {summary, lower}.",
      "In {period}, UNODC published “{titles}”.",
    ],
    "prevention.awareness": [
      "Taking training online let UNODC reach more {audiences, lower} with cybercrime prevention; awareness-raising reached {reached} people in {regions}.",
      "Awareness-raising reached {reached} people.",
    ],
    "prevention.campaigns": [
      "UNODC launched cybercrime prevention campaigns for {audiences, lower} on social media and television in {regions} and in {countries}.",
      "UNODC launched cybercrime prevention campaigns for {audiences, lower} on social media and television in {regions}.",
    ],
    "prevention.campaign-languages": ["In {region}, campaigns ran on social media in {languages}."],
    "prevention.television": ["In {countries}, campaigns were broadcast on national television."],
    "prevention.campaign-views": [
      "In {countries}, the campaign, called “{titles}”, was launched in cooperation with {partners}; it received {views} views.",
      "The campaign “{titles}” received {views} views.",
    ],
    "prevention.incident": [
      "In {countries}, UNODC designed a cyber-incident response protocol for online classes and trained {trained} {audiences, lower} in it.",
    ],
    "expert.mandate": ["UNODC supports the work of the {expertGroup} through substantive and secretariat services."],
    "expert.establishment": [
      "The Commission established the group under {lineage}, by which the {lineage.body} endorsed the {lineage.endorsed}; the {lineage.update}, endorsed in {lineage.updateEndorsedBy}, updated that mandate.",
      "The Commission established the group under {lineage}, by which the {lineage.body} endorsed the {lineage.endorsed}.",
    ],
    "expert.meetings": ["The Expert Group met {meetings} times, in {years}."],
    "expert.continuation": [
      "In {resolution}, the {resolution.body} asked the group to {continueAsk}, decided for {decideAsk}, and encouraged it to {encourageAsk}.",
      "In {resolution}, the {resolution.body} asked the group to {continueAsk}.",
    ],
    "expert.next": ["Its {next.ordinal} meeting is scheduled for {next}."],
    "expert.postponed": [
      "The group's {meeting.ordinal} meeting, planned for {meeting.planned}, had to be postponed {meeting.reason}; it was held on {meeting.held} in {meeting.format} format: {meeting.formatNote}.",
      "The group's {meeting.ordinal} meeting, planned for {meeting.planned}, was held on {meeting.held} in {meeting.format} format.",
    ],
  },
  statistics: {
    "share-of-cases-involving-ocsea": [
      "{breakdown.case-status.value, select, investigated {In {period}, in {country}, the cybercrime unit investigated {share.whole} cases involving {breakdown.crime-type}, {share} of which involved online child sexual exploitation and abuse.} other {In {country}, {share} of the {share.whole} cases handled in {period} involved online child sexual exploitation and abuse.}}",
      "In {country}, {share} of the {share.whole} cases handled in {period} involved online child sexual exploitation and abuse.",
      "{period.kind, select, by {By {period}, in {country}, {share} of cases involved investigations of online child sexual exploitation and abuse.} other {In {country}, {share} of the cases in {period} involved online child sexual exploitation and abuse.}}",
      "In {country}, {share} of the cases in {period} involved online child sexual exploitation and abuse.",
    ],
    "share-of-cases-involving-online-sexual-exploitation-of-women": [
      "In {country}, {share} of the {share.whole} cases recorded in {period} involved online sexual exploitation and abuse of women.",
      "In {country}, {share} of the cases recorded in {period} involved online sexual exploitation and abuse of women.",
    ],
    "share-of-ocsea-child-victims-who-are-girls": [
      "In {country}, {share.part} in every {share.whole} child victims of online sexual exploitation and abuse in {period} were girls.",
    ],
  },
  labels: {
    reportBy: "Report of the Secretary-General",
    summary: "Summary",
    figures: "Figures in this report",
    paragraph: "Para.",
    figure: "Figure",
    value: "Value",
    sources: "Sources",
    notes: "Notes",
    records: "Records computed from",
    symbolPending: "symbol not stated in the source",
    paragraphsOf: "para. {n}",
    paragraphsOfMany: "paras. {n}",
  },
  words: {
    reportOfTheSecretaryGeneral: "Report of the Secretary-General",
    sessionFormats: { "in-person": "in-person", hybrid: "hybrid", online: "online", reduced: "reduced" },
    sexes: { female: "female", male: "male" },
    breakdowns: { "sexual-and-financial": "sexual and financial crimes", investigated: "investigated" },
    bodies: {
      ga: "General Assembly",
      ecosoc: "Economic and Social Council",
      ccpcj: "Commission on Crime Prevention and Criminal Justice",
      "crime-congress": "United Nations Congress on Crime Prevention and Criminal Justice",
      "eg-cybercrime": "Expert Group to Conduct a Comprehensive Study on Cybercrime",
      "ahc-cybercrime":
        "Ad Hoc Committee on a comprehensive international convention on countering the use of ICTs for criminal purposes",
      unodc: "United Nations Office on Drugs and Crime",
      "unodc-gpc": "Global Programme on Cybercrime",
      "secretary-general": "Secretary-General",
    },
    sentenceSeparator: " ",
    countries: "Countries",
    activities: "Activities",
    meetings: "Meetings held",
  },
  format: ENGLISH_FORMAT,
};
