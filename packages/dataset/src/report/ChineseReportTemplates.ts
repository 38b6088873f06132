import { CHINESE_FORMAT } from "@remit/core";
import type { ReportTemplateSet } from "@remit/core";

/**
 * The Chinese templates of the report on technical assistance against cybercrime, worded by
 * Remit (not copied from the UN text); figures, names, dates and asks come from the records.
 * Qualified figures read as the seed writes them ("5,600多名", "超过280万次") because
 * `formatQuantity` follows the seed's usage.
 */
export const CHINESE_REPORT_TEMPLATES: ReportTemplateSet = {
  language: "zh",
  headings: {
    introduction: "导言",
    "introduction.mandate": "毒品和犯罪问题办公室在网络犯罪问题上的任务授权",
    developments: "新动态、进展和良好做法",
    capacity: "规范性支持和能力建设支持",
    "capacity.forensics": "网络犯罪调查和数字法证",
    "capacity.crypto": "加密货币和暗网调查",
    "capacity.ocsea": "网上儿童性剥削和性虐待",
    "capacity.evidence": "电子证据方面的国际合作",
    sharing: "信息共享",
    research: "研究和分析",
    prevention: "预防",
    "expert-group": "全面研究网络犯罪问题专家组",
  },
  sentences: {
    "summary.mandate": [
      "秘书长根据{mandate.body}题为“{mandate.title}”的{mandate.short}编写本报告；{mandate.body}在该决议中要求就{subject}向{receiver}{fromSession}提交报告。",
      "秘书长根据{mandate}编写本报告；{mandate.body}在该决议中要求就{subject}向{receiver}{fromSession}提交报告。",
      "秘书长根据{mandate}编写本报告。",
    ],
    "summary.deferral": [
      "{reason}，因此本报告改为提交{receiver}{toSession}。",
      "本报告改为提交{receiver}{toSession}。",
    ],
    "summary.scope": [
      "本报告回顾毒品和犯罪问题办公室{period}在打击网络犯罪的技术援助和能力建设（包括信息共享）方面开展的工作。",
    ],
    "introduction.chain": [
      "{year}年，{mandate.body}{mandate.short}请毒品和犯罪问题办公室{asks}。",
      "{mandate.body}{mandate.short}请毒品和犯罪问题办公室{asks}。",
    ],
    "developments.delivery": [
      "针对上述任务授权，毒品和犯罪问题办公室主要通过其{programme}向会员国提供网络犯罪问题方面的技术援助和能力建设。",
    ],
    "developments.secretariat": ["毒品和犯罪问题办公室还担任{expertGroup}的秘书处。"],
    "developments.partners": [
      "毒品和犯罪问题办公室在规划和开展打击网络犯罪的工作时，与{partners}等主要伙伴和论坛密切合作，并向其提供咨询。",
    ],
    "developments.support": [
      "{period}，毒品和犯罪问题办公室对会员国的支持包括{titles}。{summary}。",
      "{period}，毒品和犯罪问题办公室对会员国的支持包括{titles}。",
    ],
    "developments.convention": [
      "毒品和犯罪问题办公室关注与{resolution}（“{resolution.title}”）有关的动态；{resolution.body}在该决议中除其他外决定{ask}。",
      "毒品和犯罪问题办公室关注与{resolution}有关的动态；{resolution.body}在该决议中除其他外决定{ask}。",
    ],
    "developments.convene": ["该决议还规定特设委员会应{ask}。"],
    "schedule.change": [
      "{change.kind, select, postponement {由于{change.reason}，大会在其{change.decision}中决定将会议从{change.from}推迟，{change.to}。} brought-forward {会议从{change.from}提前到{change.to}。} other {{change.announced}，会员国获悉，会议会期已定为{change.to}，会议将在{change.venue}举行。}}",
      "{change.kind, select, postponement {根据{change.decision}，会议从{change.from}推迟到{change.to}。} brought-forward {会议从{change.from}提前到{change.to}。} other {{change.announced}，会员国获悉，会议会期已定为{change.to}。}}",
      "{change.kind, select, postponement {会议从{change.from}推迟到{change.to}。} brought-forward {会议从{change.from}提前到{change.to}。} other {会议会期定为{change.to}。}}",
    ],
    "developments.committee-work": [
      "毒品和犯罪问题办公室正在支持特设委员会；{period}，其工作包括{titles}：{summary}。",
      "毒品和犯罪问题办公室正在支持特设委员会；{period}，其工作包括{titles}。",
    ],
    "capacity.mentors": [
      "派驻{countries}的网络犯罪问题指导者继续协助所在区域各国打击依托网络和借助网络实施的犯罪，并处理电子证据。",
    ],
    "capacity.remote": [
      "自{start}起，网络犯罪问题全球方案完全以远程方式运作，并继续就会员国自行查明的脆弱性和挑战提供咨询。",
    ],
    "capacity.assessment": [
      "应{countries}的请求，毒品和犯罪问题办公室全面评估了该国执法和司法部门打击网络犯罪的能力。",
    ],
    "capacity.strategy": [
      "在{countries}，毒品和犯罪问题办公室正在协助拟订一项战略和标准作业程序，以增强警方调查网络犯罪的能力。",
    ],
    "forensics.encourage": ["{resolution.body}在{resolution.short}中鼓励会员国{ask}。"],
    "forensics.urge": ["{resolution.body}还在同一决议中敦促会员国{ask}。"],
    "forensics.training": [
      "本报告所述期间，毒品和犯罪问题办公室培训了来自{countries}个国家的{trained}名{audiences}，内容包括{topics}。",
      "本报告所述期间，毒品和犯罪问题办公室培训了{trained}名{audiences}，内容包括{topics}。",
    ],
    "crypto.trainers": [
      "在{regions}，毒品和犯罪问题办公室采用培训培训员的办法，提高了{audiences}开展加密货币调查的能力。",
    ],
    "crypto.advice": ["毒品和犯罪问题办公室还就涉及加密货币的复杂刑事调查向{advised}个会员国提供了业务咨询。"],
    "crypto.training": [
      "{period}，{regions}{trained}名{audiences}接受了关于{topics}的实践培训。",
      "{period}，{trained}名{audiences}接受了关于{topics}的实践培训。",
    ],
    "crypto.working-group": ["本报告所述期间举行了{titles}。{summary}。", "本报告所述期间举行了{titles}。"],
    "ocsea.mandate": ["{resolution.body}在{resolution.short}中请毒品和犯罪问题办公室{ask}。"],
    "ocsea.resources": ["{resolution.body}还鼓励会员国{ask}。"],
    "ocsea.statistic": ["{indicator}：{value}（{country}，{period}）。"],
    "ocsea.reporting": ["在{countries}，技术公司自{start}起通过毒品和犯罪问题办公室支持的机制报告虐待行为。"],
    "ocsea.webinars": [
      "毒品和犯罪问题办公室以{languages}举办了关于{topics}的系列网络研讨会，覆盖{regions}；来自{countries}个国家的{participants}人（{audiences}）参加了研讨会。",
      "毒品和犯罪问题办公室以{languages}举办了关于{topics}的系列网络研讨会，共有{participants}人参加。",
    ],
    "ocsea.course": [
      "毒品和犯罪问题办公室与{partners}协调，设计了以{languages}授课的{topics}在线文凭课程，并向来自{countries}个国家的{trained}名{audiences}提供了该课程。",
      "毒品和犯罪问题办公室与{partners}协调，设计了{topics}在线文凭课程，并向{trained}名{audiences}提供了该课程。",
    ],
    "ocsea.conference": [
      "毒品和犯罪问题办公室与{partners}协调举办了{titles}，{audiences}在会上讨论了儿童面临的现有和新出现的在线风险。",
      "毒品和犯罪问题办公室举办了{titles}。",
    ],
    "ocsea.teachers": [
      "在中美洲，毒品和犯罪问题办公室与{countries}的教育部和贩运人口问题秘书处协调，在预防网络犯罪方面培训了{teachers}名教师，重点是预防网上儿童性剥削和性虐待。",
      "在{countries}，毒品和犯罪问题办公室在预防网络犯罪方面培训了{teachers}名教师，重点是预防网上儿童性剥削和性虐待。",
    ],
    "ocsea.victims": [
      "作为培训的直接成果，{victims}名{victimSex}受害者（{victimAge}岁）被发现并得到保护。",
      "作为培训的直接成果，{victims}名受害者被发现并得到保护。",
    ],
    "ocsea.tool": ["毒品和犯罪问题办公室与{partners}合作，使{countries}能够直接使用一个案件管理工具。"],
    "ocsea.tool-purpose": ["{summary}。"],
    "evidence.training": [
      "毒品和犯罪问题办公室与全球技术公司合作，就如何向这些公司索要数字证据向刑事司法机关提供培训，特别强调网上儿童性剥削和性虐待问题；从业人员和私营部门代表与{companies}等公司讨论了政策、程序和司法管辖权问题。共有来自{countries}的{trained}名司法从业人员受益于该举措。",
      "毒品和犯罪问题办公室与全球技术公司合作，就如何索要数字证据培训了{trained}名司法从业人员。",
    ],
    "sharing.repository": [
      "{resolution.body}在{resolution.short}中重申毒品和犯罪问题办公室根据{target}所发挥的作用，即{ask}。",
    ],
    "sharing.sherloc": ["{period}，毒品和犯罪问题办公室继续把网络犯罪相关资源纳入其知识管理门户网站SHERLOC。"],
    "sharing.sherloc-holdings": [
      "截至{asOf}，SHERLOC收录了{laws}项网络犯罪法规和{cases}起借助网络实施或依托网络的犯罪案件。",
      "SHERLOC收录了{laws}项网络犯罪法规和{cases}起借助网络实施或依托网络的犯罪案件。",
    ],
    "sharing.social": [
      "毒品和犯罪问题办公室通过社交媒体分享与网络有关的信息，以提高公众认识、鼓励预防，共获得{impressions}次显示量。",
    ],
    "research.publication": [
      "{period}，毒品和犯罪问题办公室发表了{titles}。该报告{summary}。",
      "{period}，毒品和犯罪问题办公室发表了{titles}。",
    ],
    "prevention.awareness": [
      "由于培训改在网上进行，毒品和犯罪问题办公室得以向更多{audiences}宣传预防网络犯罪；提高认识活动覆盖了{regions}的{reached}人。",
      "提高认识活动覆盖了{reached}人。",
    ],
    "prevention.campaigns": [
      "毒品和犯罪问题办公室在{regions}以及{countries}通过社交媒体和电视发起了面向{audiences}的预防网络犯罪运动。",
      "毒品和犯罪问题办公室在{regions}通过社交媒体和电视发起了面向{audiences}的预防网络犯罪运动。",
    ],
    "prevention.campaign-languages": ["在{region}，以{languages}在社交媒体上开展了预防运动。"],
    "prevention.television": ["在{countries}，预防运动在国家电视台播出。"],
    "prevention.campaign-views": [
      "在{countries}，这项运动是与{partners}合作发起的，被称为“{titles}”。该运动获得了{views}的观看量。",
      "“{titles}”运动获得了{views}的观看量。",
    ],
    "prevention.incident": [
      "在{countries}，毒品和犯罪问题办公室为在线课程设计了网络事件应对规程，并培训了{trained}名{audiences}。",
    ],
    "expert.mandate": ["毒品和犯罪问题办公室通过实质性服务和秘书处服务支持{expertGroup}的工作。"],
    "expert.establishment": [
      "专家组由委员会根据{lineage}设立，{lineage.body}在该决议中核可了《{lineage.endorsed}》；经{lineage.updateEndorsedBy}核可的《{lineage.update}》更新了这一任务授权。",
      "专家组由委员会根据{lineage}设立，{lineage.body}在该决议中核可了《{lineage.endorsed}》。",
    ],
    "expert.meetings": ["专家组已于{years}共举行{meetings}次会议。"],
    "expert.continuation": [
      "{resolution.body}在{resolution.short}中请专家组{continueAsk}，决定{decideAsk}，并鼓励专家组{encourageAsk}。",
      "{resolution.body}在{resolution.short}中请专家组{continueAsk}。",
    ],
    "expert.next": ["专家组第{next.ordinal}次会议定于{next}举行。"],
    "expert.postponed": [
      "专家组第{meeting.ordinal}次会议原定于{meeting.planned}举行，但{meeting.reason}不得不推迟；会议于{meeting.held}以{meeting.format}形式举行：{meeting.formatNote}。",
      "专家组第{meeting.ordinal}次会议原定于{meeting.planned}举行，后于{meeting.held}以{meeting.format}形式举行。",
    ],
  },
  statistics: {
    "share-of-cases-involving-ocsea": [
      "{breakdown.case-status.value, select, investigated {{period}在{country}，反网络犯罪局调查了{share.whole}起涉及{breakdown.crime-type}的案件，其中{share}涉及网上对儿童的性剥削和性虐待。} other {在{country}，{period}期间管理的{share.whole}起案件中，{share}涉及网上儿童性剥削和性虐待。}}",
      "在{country}，{period}期间管理的{share.whole}起案件中，{share}涉及网上儿童性剥削和性虐待。",
      "{period.kind, select, by {到{period}，在{country}，{share}的案件涉及对网上儿童性剥削和性虐待的调查。} other {在{country}，{period}期间{share}的案件涉及网上儿童性剥削和性虐待。}}",
      "在{country}，{period}期间{share}的案件涉及网上儿童性剥削和性虐待。",
    ],
    "share-of-cases-involving-online-sexual-exploitation-of-women": [
      "在{country}，{period}记录的{share.whole}起案件中，{share}涉及网上对妇女的性剥削和性虐待。",
      "在{country}，{period}记录的案件中，{share}涉及网上对妇女的性剥削和性虐待。",
    ],
    "share-of-ocsea-child-victims-who-are-girls": [
      "在{country}，{period}每{share.whole}名网上儿童性剥削和性虐待的儿童受害者中有{share.part}名是女孩。",
    ],
  },
  labels: {
    reportBy: "秘书长的报告",
    summary: "摘要",
    figures: "本报告中的数字",
    paragraph: "段",
    figure: "数字",
    value: "数值",
    sources: "来源",
    notes: "注",
    records: "所据记录",
    symbolPending: "来源文件未载明文号",
    paragraphsOf: "第{n}段",
    paragraphsOfMany: "第{n}段",
  },
  words: {
    reportOfTheSecretaryGeneral: "秘书长的报告",
    sessionFormats: { "in-person": "面对面", hybrid: "混合", online: "线上", reduced: "缩小规模" },
    sexes: { female: "女性", male: "男性" },
    breakdowns: { "sexual-and-financial": "性犯罪和金融犯罪", investigated: "调查" },
    bodies: {
      ga: "大会",
      ecosoc: "经济及社会理事会",
      ccpcj: "预防犯罪和刑事司法委员会",
      "crime-congress": "联合国预防犯罪和刑事司法大会",
      "eg-cybercrime": "全面研究网络犯罪问题专家组",
      "ahc-cybercrime": "拟订一项打击为犯罪目的使用信息和通信技术行为全面国际公约特设委员会",
      unodc: "联合国毒品和犯罪问题办公室",
      "unodc-gpc": "网络犯罪问题全球方案",
      "secretary-general": "秘书长",
    },
    sentenceSeparator: "",
    countries: "国家",
    activities: "活动",
    meetings: "已举行的会议",
  },
  format: CHINESE_FORMAT,
};
