import type * as z from "zod/mini";
import type { Session } from "../session";
import type { ThematicDiscussion } from "./ThematicDiscussion";

/**
 * What the 2011 discussion guide E/CN.15/2011/2 states about the CCPCJ 20th session and its
 * thematic discussion (heading, ¶1–3, ¶6–13), verbatim from the Chinese original, for tests.
 * Nothing the guide does not state is filled in: no panel, no speakers, no issue dates.
 */
export const ccpcj20Session: z.input<typeof Session> = {
  id: "ccpcj-20",
  bodyId: "ccpcj",
  designation: "session",
  number: 20,
  schedule: {
    dates: { kind: "period", period: { start: "2011-04-11", end: "2011-04-15" } },
    venue: { city: { en: "Vienna", zh: "维也纳" } },
    status: "scheduled",
  },
  scheduleHistory: [],
  agenda: {
    symbol: "E/CN.15/2011/1",
    items: [
      {
        number: "4",
        title: { zh: "关于“保护数字时代的儿童：滥用技术虐待和剥削儿童问题”的专题讨论" },
        documents: [
          {
            symbol: "E/CN.15/2011/2",
            title: { zh: "关于“保护数字时代的儿童：滥用技术虐待和剥削儿童问题”专题讨论的讨论指南" },
          },
        ],
        subItems: [],
      },
    ],
  },
  provenance: [{ source: "document", symbol: "E/CN.15/2011/2", paragraphs: [] }],
};

/** The 2011 thematic discussion as the guide states it. */
export const protectingChildrenDiscussion: z.input<typeof ThematicDiscussion> = {
  id: "ccpcj-20-thematic-discussion",
  sessionId: "ccpcj-20",
  agendaItem: "4",
  theme: {
    en: "Protecting children in a digital age: the misuse of technology to abuse and exploit children",
    zh: "保护数字时代的儿童：滥用技术虐待和剥削儿童问题",
  },
  chosenBy: "ECOSOC decision 2010/243",
  subTopics: [
    {
      letter: "a",
      title: { zh: "滥用新技术虐待和剥削儿童问题的性质和范围：" },
      parts: [
        { numeral: "i", title: { zh: "儿童所面临的风险和威胁分类以及社交网络和短信等新技术对儿童的影响；" } },
        {
          numeral: "ii",
          title: {
            zh: "滥用新技术虐待和剥削儿童问题的全球趋势和类型，以及如何通过改进数据收集而便利报告和分析此类趋势和类型；",
          },
        },
        {
          numeral: "iii",
          title: { zh: "私营部门在新技术及其他相关领域的作用，以及私营部门如何能帮助应对虐待和剥削儿童问题；" },
        },
        {
          numeral: "iv",
          title: { zh: "了解网上犯罪对儿童受害者的影响、不同犯罪所造成的不同影响，以及哪些犯罪构成更大的风险；" },
        },
      ],
    },
    {
      letter: "b",
      title: { zh: "滥用新技术虐待和剥削儿童问题的处理对策：" },
      parts: [
        {
          numeral: "i",
          title: {
            zh: "防止滥用数字媒体和新技术虐待和剥削儿童，包括通过教育和认识提高（酌情审查与儿童相关的网络道德、网络安全与网络防护）、情势预防（专门针对儿童的消息、服务提供商等）和技术预防（修改技术以威慑犯罪或便利执法）；",
          },
        },
        {
          numeral: "ii",
          title: { zh: "适当制定并统一刑事司法及其他措施，以预防针对儿童的网上犯罪，调查并起诉相关罪犯；" },
        },
        {
          numeral: "iii",
          title: { zh: "加强区域和国际合作，并探求与私营部门合作的方式方法，包括有否可能制定行业行为守则；" },
        },
        { numeral: "iv", title: { zh: "通过循证的适当技术援助，增强各国的相关能力。" } },
      ],
    },
  ],
  subTopicApproval: {
    approvedOn: "2011-01-27",
    approvedBy: { zh: "委员会闭会期间会议" },
    recommendedBy: { zh: "委员会扩大主席团第一次会议" },
    recommendedOn: "2011-01-11",
    provenance: [{ source: "document", symbol: "E/CN.15/2011/2", paragraphs: [3] }],
  },
  guide: { symbol: "E/CN.15/2011/2", issued: [{ language: "zh" }], notIssued: [] },
  questionGroups: [
    {
      number: 1,
      paragraph: 6,
      title: { zh: "关于儿童面临的风险和威胁问题" },
      lead: { zh: "关于儿童面临的风险和威胁分类问题可包括下列各项：" },
      questions: [
        { letter: "a", paragraph: 6, text: { zh: "新技术的存在如何影响儿童面临的风险和威胁？" }, points: [] },
        {
          letter: "b",
          paragraph: 6,
          text: {
            zh: "信息和通信技术的发展是否确实扩大了性虐待和性剥削儿童的网上资料总体市场？若是，通过什么方法？或者是否只不过是把一个由来已久的问题暴露于众目睽睽之下？",
          },
          points: [],
        },
        {
          letter: "c",
          paragraph: 6,
          text: { zh: "社交网络、短信及越多越多地使用移动设备和定位服务对新形式的侵害儿童非法行为产生什么影响？" },
          points: [],
        },
        { letter: "d", paragraph: 6, text: { zh: "是否有对网上性虐待和性剥削儿童行为的分类学？" }, points: [] },
      ],
    },
    {
      number: 2,
      paragraph: 7,
      title: { zh: "关于全球趋势和类型的问题" },
      lead: { zh: "关于滥用新技术虐待和剥削儿童问题的全球趋势和类型的问题可包括下列各项：" },
      questions: [
        { letter: "a", paragraph: 7, text: { zh: "如何通过改进数据收集而便利报告和分析此类趋势和类型？" }, points: [] },
        {
          letter: "b",
          paragraph: 7,
          text: {
            zh: "从哪些不同来源可获得关于犯罪趋势和类型的信息，其中不仅包括刑事司法统计和受害者调查，而且包括私营部门和技术来源、儿童福利来源及其他来源？",
          },
          points: [],
        },
        { letter: "c", paragraph: 7, text: { zh: "如何增加关于虚拟世界虐待儿童问题的科学数据量？" }, points: [] },
        {
          letter: "d",
          paragraph: 7,
          text: {
            zh: "在举报和记录涉及网上性剥削和性虐待儿童行为的案件时，如何才能单独收集关于信息和通信技术是否存在及其所发挥作用的信息？",
          },
          points: [],
        },
        {
          letter: "e",
          paragraph: 7,
          text: { zh: "为确保会员国作出回应并加强国际数据收集工作的协调，可以何种方式收集相关数据？" },
          points: [],
        },
        {
          letter: "f",
          paragraph: 7,
          text: {
            zh: "只有通过使用源自发达国家和发展中国家的信息，才能获得有关该问题及其发生率、趋势和类型的全球概貌。鉴于发展中国家在报告和记录刑事司法数据方面一般都面临挑战，在这些国家可获得何种来源的数据，可使用哪些种类的技术援助以协助它们收集和提供必要的数据？",
          },
          points: [],
        },
        {
          letter: "g",
          paragraph: 7,
          text: {
            zh: "如何才能使用关于各种社会、经济和技术发展水平国家信息和通信技术可用率和实用情况比率、趋势和类型的一般数据为分析有关儿童受害相关具体问题的数据提供考察的背景？",
          },
          points: [],
        },
        {
          letter: "h",
          paragraph: 7,
          text: { zh: "如何建立数据管理综合系统以便提供进入现有数据库的更好途径并便利执法机构之间的信息分享？" },
          points: [],
        },
        {
          letter: "i",
          paragraph: 7,
          text: { zh: "一个中央数据库含有各国现有数据库的链接会是一种有效的系统吗？" },
          points: [],
        },
        {
          letter: "j",
          paragraph: 7,
          text: { zh: "哪些措施能够克服在建立和更新数据库并通过数据库有效分享信息方面遇到的各种困难？" },
          points: [],
        },
      ],
    },
    {
      number: 3,
      paragraph: 8,
      title: { zh: "关于私营部门作用的问题" },
      lead: { zh: "关于私营部门在新技术及其他相关领域的作用以解决虐待和剥削儿童问题的问题可包括下列各项：" },
      questions: [
        {
          letter: "a",
          paragraph: 8,
          text: { zh: "私营部门在预防包括下述领域内的犯罪方面可起到什么作用：" },
          points: [
            { numeral: "i", text: { zh: "借助更好的技术防护措施进行技术预防，以使父母或当局对可疑活动给予警惕？" } },
            {
              numeral: "ii",
              text: {
                zh: "通过制定最佳做法和教育或培训在职人员、父母、处境危险儿童及确定的其他群体而进行情势犯罪预防；通过针对该问题性质的一般性认识提高活动进行社会预防，以及整个社会能做些什么以预防和应对该问题？",
              },
            },
          ],
        },
        { letter: "b", paragraph: 8, text: { zh: "私营部门如何协助促成用户方安装的保护措施得以实施？" }, points: [] },
        {
          letter: "c",
          paragraph: 8,
          text: {
            zh: "私营部门如何才能协助调查员和执法当局调查虐待和剥削儿童案件，以及需要哪些国内和国际防护措施以保护刑事司法系统的廉正和独立性及任何相关人员（即嫌疑人、受害者、证人和其他人）的权利？",
          },
          points: [],
        },
        { letter: "d", paragraph: 8, text: { zh: "参与预防是根据强制性义务还是一种自律办法？" }, points: [] },
        {
          letter: "e",
          paragraph: 8,
          text: { zh: "私营部门在协助保存、转移和使用证据（例如通过文件真实性控制）方面可起到什么作用？" },
          points: [],
        },
        {
          letter: "f",
          paragraph: 8,
          text: { zh: "私营部门在帮助查找和确定受害者及减轻侵害行为导致的伤害方面可起到什么作用？" },
          points: [],
        },
        {
          letter: "g",
          paragraph: 8,
          text: { zh: "可执行哪些措施确保私营部门参与时遵循着一种平衡兼顾的办法？" },
          points: [],
        },
      ],
    },
    {
      number: 4,
      paragraph: 9,
      title: { zh: "关于网上犯罪对儿童受害者影响的问题" },
      lead: { zh: "关于网上犯罪对儿童受害者影响的问题可包括下列各项：" },
      questions: [
        { letter: "a", paragraph: 9, text: { zh: "是否有某些犯罪是儿童更可能成为其受害者的吗？" }, points: [] },
        {
          letter: "b",
          paragraph: 9,
          text: {
            zh: "若有这些犯罪，那么导致该局面的原因是什么？（这可包括进行一次讨论，探讨罪犯是否利用儿童识别犯罪行为的经验有限而特别对儿童下手）",
          },
          points: [],
        },
        {
          letter: "c",
          paragraph: 9,
          text: {
            zh: "信息和通信技术的传播是否对于有可能通过创建新的非法市场而使一些区域的儿童遭受侵害发生影响作用？若是，如何影响的？",
          },
          points: [],
        },
        {
          letter: "d",
          paragraph: 9,
          text: {
            zh: "涉及技术的案件和不涉及技术的案件在伤害行为的性质和影响方面有无区别？若有，具体使用技术可对受害者产生什么影响？",
          },
          points: [],
        },
        {
          letter: "e",
          paragraph: 9,
          text: { zh: "如何收集关于网上犯罪对儿童受害者影响的数据？犯罪统计中含有这类信息吗？" },
          points: [],
        },
        {
          letter: "f",
          paragraph: 9,
          text: {
            zh: "儿童是否形成了应对这些犯罪的措施和战略？这些措施和战略是什么？可否对其加以调整以应对造成儿童受害的其他领域犯罪？",
          },
          points: [],
        },
        {
          letter: "g",
          paragraph: 9,
          text: {
            zh: "技术如何使追查和确定受害者变得更加困难？如何纠正这一问题，以提高在各会员国国内和全球查找和援助儿童受害者的能力？",
          },
          points: [],
        },
      ],
    },
    {
      number: 5,
      paragraph: 10,
      title: { zh: "关于防止滥用新技术虐待和剥削儿童的问题" },
      lead: {
        zh: "关于“防止滥用数字媒体和新技术虐待和剥削儿童，包括通过教育和认识提高、情势预防和技术预防”的问题可包括下列各项：",
      },
      questions: [
        { letter: "a", paragraph: 10, text: { zh: "如何才能加强保护和支持作为犯罪证人的儿童？" }, points: [] },
        {
          letter: "b",
          paragraph: 10,
          text: { zh: "不同形式的网上性虐待和性剥削儿童行为对立法者和执法当局有何影响？" },
          points: [],
        },
        {
          letter: "c",
          paragraph: 10,
          text: { zh: "互联网监视平台和全天 24 小时国家单位的作用和任务是什么？" },
          points: [],
        },
        {
          letter: "d",
          paragraph: 10,
          text: {
            zh: "可实施哪些措施确保刑事司法当局跟上在虐待和剥削儿童方面所用相关技术和趋势的变化？有专门主管打击这些犯罪并交流相关做法和信息的执法单位吗？",
          },
          points: [],
        },
        {
          letter: "e",
          paragraph: 10,
          text: {
            zh: "在对借助互联网虐待和性剥削儿童问题提高认识并传播相关信息方面存在哪些良好做法，包括网络道德、网络安全与网络防护？",
          },
          points: [],
        },
        {
          letter: "f",
          paragraph: 10,
          text: {
            zh: "已有哪些国家措施和对策来提高对防止和保护儿童免遭各类与滥用信息和通信技术有关的虐待和剥削行为，包括促进实现这些目标的良好做法和从中吸取的教训？",
          },
          points: [],
        },
        {
          letter: "g",
          paragraph: 10,
          text: {
            zh: "在针对通过滥用信息和通信技术对儿童实施不同类型犯罪问题而落实一系列技术预防手段方面，已有哪些经验？",
          },
          points: [],
        },
        {
          letter: "h",
          paragraph: 10,
          text: {
            zh: "可利用哪些方法确保对互联网聊天室和社交网络用户实行更严格的管制？这些管制可否成为应对通过使用互联网对儿童进行性剥削的有效措施？",
          },
          points: [],
        },
        {
          letter: "i",
          paragraph: 10,
          text: {
            zh: "存在哪种防护措施或需要制定哪种防护措施以保护使用社交网络和聊天室等网上应用软件的儿童？可采取哪些措施以防止意外访问性虐待儿童内容？",
          },
          points: [],
        },
        {
          letter: "j",
          paragraph: 10,
          text: { zh: "如何才能改进药物治疗和心理治疗等借助早期确定和治疗犯罪者的预防工作？" },
          points: [],
        },
        { letter: "k", paragraph: 10, text: { zh: "如何改进技术手段以确保使用互联网儿童的人身安全？" }, points: [] },
      ],
    },
    {
      number: 6,
      paragraph: 11,
      title: { zh: "关于刑事司法及其他措施的问题" },
      lead: { zh: "关于预防、调查和起诉侵害儿童的网上犯罪实施者的刑事司法及其他措施的问题可包括下列各项：" },
      questions: [
        {
          letter: "a",
          paragraph: 11,
          text: {
            zh: "现有国际/区域文书在多大程度上列入打击与性虐待和性剥削儿童、人口（特别是儿童）贩运和儿童色情制品有关的技术滥用问题的刑事司法规定？这些文书是否有实施机制？",
          },
          points: [],
        },
        {
          letter: "b",
          paragraph: 11,
          text: {
            zh: "协调统一各相关公约的关键特征是否会有效应对这些犯罪，或对现有法律文书加以评估并就可能做出的改进提出建议是否更具有建设性？",
          },
          points: [],
        },
        {
          letter: "c",
          paragraph: 11,
          text: { zh: "在调查此类犯罪及收集和保存相关证据方面已有哪些做法和方法被证明是行之有效的？" },
          points: [],
        },
        {
          letter: "d",
          paragraph: 11,
          text: {
            zh: "有组织犯罪集团参与虐待和剥削儿童的程度如何？《联合国打击跨国有组织犯罪公约》是否会是对付这些问题的一个适当的法律依据？如何能将该《公约》用于对付这些活动？",
          },
          points: [],
        },
        { letter: "e", paragraph: 11, text: { zh: "可采取哪些措施以便更改没收和获取数字证据的规定？" }, points: [] },
        {
          letter: "f",
          paragraph: 11,
          text: { zh: "可实施哪些工具以便利对这类犯罪的侦查和调查工作？如何改进现有工具？" },
          points: [],
        },
      ],
    },
    {
      number: 7,
      paragraph: 12,
      title: { zh: "关于区域和国际合作的问题" },
      lead: { zh: "关于区域和国际合作以及与私营部门合作方式的问题可包括下列各项：" },
      questions: [
        {
          letter: "a",
          paragraph: 12,
          text: {
            zh: "能够以哪些方式提高各国在国家一级及相关当局之间的合作和贡献以便建设提供这类信息和数据所需的能力？",
          },
          points: [],
        },
        {
          letter: "b",
          paragraph: 12,
          text: {
            zh: "有哪些方式可推动公共部门和私营部门的相关实体在制定和实施预防措施和反制措施打击滥用技术虐待和剥削儿童方面开展更密切的协作？",
          },
          points: [],
        },
        {
          letter: "c",
          paragraph: 12,
          text: {
            zh: "联合国毒品和犯罪问题办公室（毒品和犯罪问题办公室）如何才能改进其与其他相关各方，包括区域和国际机构和组织、各国政府、互联网行业及其他私营部门实体、执法当局和财务调查员等的伙伴关系？需要做哪些工作，使各论坛的进行中举措能够实现相互协调，以期统一制定更连贯、更一致的办法和行动？",
          },
          points: [],
        },
        {
          letter: "d",
          paragraph: 12,
          text: {
            zh: "给互联网行业赋予义务以进一步规范和管制其服务会有效吗？若这些实体未能采取行动履行义务会产生后果吗？可考虑以下一些方面：",
          },
          points: [
            { numeral: "i", text: { zh: "制定开发和使用技术工具的法律要求；" } },
            { numeral: "ii", text: { zh: "拟定一本互联网行业道德手册；" } },
            { numeral: "iii", text: { zh: "确定刑事、民事或行政方面的法律责任；" } },
            { numeral: "iv", text: { zh: "未能履行义务的，失去运营牌照；" } },
          ],
        },
        {
          letter: "e",
          paragraph: 12,
          text: { zh: "在与其他国家合作应对滥用技术虐待和剥削儿童方面主要有哪些困难？" },
          points: [],
        },
        {
          letter: "f",
          paragraph: 12,
          text: { zh: "有哪些措施和工具在促进执法合作和信息交流方面被证明是行之有效的？" },
          points: [],
        },
        { letter: "g", paragraph: 12, text: { zh: "如何加强互联网监测方面的合作？" }, points: [] },
        {
          letter: "h",
          paragraph: 12,
          text: {
            zh: "如何才能进一步加强防止和打击虐待和剥削儿童的区域和国际合作，包括扣押和没收得自非法活动的资产？",
          },
          points: [],
        },
        { letter: "i", paragraph: 12, text: { zh: "有哪些措施来加强各国在推动国际合作方面的协调？" }, points: [] },
        {
          letter: "j",
          paragraph: 12,
          text: { zh: "能够有效利用哪几类合作（双边、区域和（或）国际合作），这些合作又是如何相互关联的？" },
          points: [],
        },
        {
          letter: "k",
          paragraph: 12,
          text: { zh: "在应对性剥削儿童方面如何适用《有组织犯罪公约》有关国际合作的规定？" },
          points: [],
        },
        { letter: "l", paragraph: 12, text: { zh: "如何才能更快从而更有效地处理国际合作的请求？" }, points: [] },
        {
          letter: "m",
          paragraph: 12,
          text: { zh: "如何才能实现取缔网上性虐待儿童内容的有效国际方法？可考虑以下一些方面：" },
          points: [
            {
              numeral: "i",
              text: {
                zh: "取缔网上性虐待和性剥削儿童问题应是为打击有组织犯罪和腐败及通过滥用技术对儿童实施性虐待等问题而设立的既有机构工作的一部分；",
              },
            },
            {
              numeral: "ii",
              text: {
                zh: "需要采用一种统一的国际执法办法，以对付长期存在并不断变更服务器和转移所在的国家警方管辖区的儿童性虐待商业网站，从而确保对散布者进行调查和清除内容；",
              },
            },
            { numeral: "iii", text: { zh: "在必要的相关立法支助下实现行业自律和国家热线支持；" } },
            {
              numeral: "iv",
              text: {
                zh: "在国际和国家两级通过热线与行业的“通知即撤下”联合措施，使所有网站管理业务公司和互联网服务提供商能从其网络上清除性虐待儿童内容，而不管它们是否是国家中心或热线的成员；",
              },
            },
            {
              numeral: "v",
              text: {
                zh: "为互联网服务提供商、移动运营商、搜索提供商和过滤公司提供一份儿童性虐待现行网站全面动态清单，以便利从网络上阻止访问这种内容，保护互联网用户避免对其接触，并尽量减少因反复查看造成的儿童受害者遭受性虐待现象长期存在；",
              },
            },
            { numeral: "vi", text: { zh: "制定业界的业务准则，以实现网上部门对公认的良好做法、宗旨和原则的支持；" } },
            {
              numeral: "vii",
              text: { zh: "域名登记机构和相关当局开展国际努力，以能够对涉及儿童性虐待的相关域名撤消登记；" },
            },
            {
              numeral: "viii",
              text: {
                zh: "所有热线均参与一个集中的（如：区域的）数据库，其中列出有关对儿童性虐待的各个网址，从而能够优化数据分享、了解该问题的规模和有效分配资源；",
              },
            },
            {
              numeral: "ix",
              text: { zh: "分享综合性国际数据、情报和专门知识，以及集思广益帮助应对这些犯罪的跨国界性质；" },
            },
            {
              numeral: "x",
              text: {
                zh: "需要确定公认的国际良好做法，以确保在发展中国家采用统一对策并加强提供安全条件下的互联网，从而最大限度地预先减少滥用这些网上服务的机会；",
              },
            },
          ],
        },
        {
          letter: "n",
          paragraph: 12,
          text: {
            zh: "需要做哪些工作，以进一步促进应对滥用技术虐待和剥削儿童问题的国际合作？以下各项是否有助于实现该目标：",
          },
          points: [
            { numeral: "i", text: { zh: "创建拥有业务技能的区域工作组？" } },
            { numeral: "ii", text: { zh: "推行系统调查工作相关立法和程序的标准化？" } },
            { numeral: "iii", text: { zh: "培训工作人员？" } },
          ],
        },
      ],
    },
    {
      number: 8,
      paragraph: 13,
      title: { zh: "关于能力建设和技术援助的问题" },
      lead: { zh: "关于能力建设和技术援助的问题可包括：" },
      questions: [
        {
          letter: "a",
          paragraph: 13,
          text: { zh: "存在哪些良好做法用以加强执法人员和检察机关处理技术滥用问题的能力？" },
          points: [],
        },
        {
          letter: "b",
          paragraph: 13,
          text: {
            zh: "就侦查及调查滥用技术虐待和性剥削儿童问题而向执法和其他相关机构提供培训方面已有哪些做法和方法被证明是行之有效的？",
          },
          points: [],
        },
        {
          letter: "c",
          paragraph: 13,
          text: { zh: "在预防和应对侵害儿童的犯罪领域，尤其是鉴于缺少在此领域的能力和经验，有哪些技术援助优先需求？" },
          points: [],
        },
        {
          letter: "d",
          paragraph: 13,
          text: { zh: "能力建设如何进行才能更有效？需要哪类培训材料？如何才能充分提供？可考虑以下一些方面：" },
          points: [
            { numeral: "i", text: { zh: "调查员计算机取证技术培训，包括关于具体取证软件的培训；" } },
            {
              numeral: "ii",
              text: { zh: "警察、检察官和法官的法律培训，以提高关于地方法律适用和国际组织活动可能性和局限性的认识；" },
            },
            {
              numeral: "iii",
              text: {
                zh: "创建执法人员讨论小组，快速而有效地交流经验、最佳做法和所遇挑战，以便就国家立法及进一步协调和改进该立法的方式方法提供更多援助；",
              },
            },
          ],
        },
        {
          letter: "e",
          paragraph: 13,
          text: {
            zh: "毒品和犯罪问题办公室如何才能帮助各会员国提高本国有效对付通过滥用技术虐待和剥削儿童问题的能力？毒品和犯罪问题办公室如何才能便利执行在此领域的具体技术援助活动？",
          },
          points: [],
        },
      ],
    },
  ],
  speakersList: [],
  provenance: [{ source: "document", symbol: "E/CN.15/2011/2", paragraphs: [1, 2, 3, 6, 7, 8, 9, 10, 11, 12, 13] }],
};
