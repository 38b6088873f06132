import type { MessageCatalog } from "@remit/core/message";
import type { CliMessageSlots } from "./CliMessageSchema";

/** The CLI's messages in Chinese: working translations by the Remit project, not United Nations texts. */
export const CHINESE_CLI_MESSAGES: MessageCatalog<CliMessageSlots> = {
  language: "zh",
  messages: {
    "cli.named": "remit: {problem}",
    "settings.language": "{source} “{value}”不是联合国正式语文；请使用 ar、zh、en、fr、ru、es 之一",
    "settings.jsonAndJsonl": "--json 和 --jsonl 不能同时使用；请只选择其中一个",
    "settings.dbNotUrl":
      "{source} “{value}”不是有效的 URL；请写成 postgres://USER@HOST:PORT/DATABASE 或 SQLite 文件路径",
    "settings.dbScheme":
      "{source} 指定的是 {scheme}:// URL；remit 将数据存储在 SQLite 文件（路径）或 PostgreSQL（postgres://…）中",
    "settings.dbSchema": "{source}：模式“{schema}”不是简单的 SQL 名称；请只使用字母、数字和 _（最多 63 个字符）",
    "settings.defaultDb": "默认值",
    "cli.unknownFlag": "未知选项 {flag}",
    "cli.unknownFlagOf": "命令 {command} 没有选项 {flag}",
    "cli.unknownCommand": "未知命令“{command}”",
    "cli.unknownCommandOf": "{parent} 没有子命令“{command}”",
    "cli.missingFlag": "必须提供 --{flag} 选项",
    "cli.missingArgument": "必须提供参数 {argument}",
    "cli.unexpectedArguments": "此命令不接受以下 {count} 个参数：{arguments, list}",
    "cli.invalidValue": "{value} 不是 {flag} 的有效值",
    "cli.didYouMean": "（您是否想输入 {suggestions, list, or}？）",
    "cli.seeHelp": "运行“{command} --help”查看用法",
    "cli.limit": "--limit {value} 不是有效的每页条数；请输入 1 到 {max} 之间的整数",
    "cli.sort": "--sort {value} 不是有效的活动排序方式；请使用以下之一：{sorts}，加 :desc 表示倒序（例如 start:desc）",
    "cli.sortKind": "--sort 只能用于排序活动；“{what}”按标识符列出",
    "cli.port": "--port {port} 不是有效的端口；请输入 0 到 65535 之间的数字",
    "cli.session": "--session {session} 不是有效的届会编号；请输入整数，例如 30",
    "cli.kind": "{flag} “{value}”不是有效的记录类型；请使用以下类型之一：{kinds}",
    "cli.outputName": "-o 需要一个文件名（或用 - 表示标准输出）",
    "cli.binaryToStdout": "{format} 是二进制格式；请用 -o FILE 将其写入文件（或通过管道传输）",
    "cli.notAPeriod":
      "{flag} {input} 不是时间段；请写年份（2020）、月份（2020-06）、日期，或用 开始/结束 的形式写其中两个",
    "cli.filterNotApplicable": "{flag} 不能筛选 {kind} 记录；可用的筛选条件为 {filters}",
    "cli.invalidFilter": "{flag}：{reason}{field, select, none {} other {［字段 {field}］}}",
    "help.usage": "用法",
    "help.description": "说明",
    "help.arguments": "参数",
    "help.flags": "选项",
    "help.globalFlags": "全局选项",
    "help.inheritedFlags": "继承的选项",
    "help.optional": "（可选）",
    "help.subcommands": "子命令",
    "help.examples": "示例",
    "help.exitCodes": "退出代码",
    "help.environment": "环境变量",
    "exit.ok": "成功",
    "exit.invalidInput": "输入无效（记录或文号未通过验证；按该名称未找到任何内容）",
    "exit.usage": "用法错误（未知命令或选项，参数缺失或格式错误）",
    "exit.storeOrIo": "存储库或 I/O 错误（该位置没有存储库、数据库故障、文件不可读或不可写）",
    "exit.conflict": "冲突（修订版本已过时、目标文件已存在、还原到已有记录的存储库）",
    "env.REMIT_DB": "未指定 --db 时使用的存储库：SQLite 文件路径或 postgres:// URL（默认为 ./remit.db）",
    "env.REMIT_LANG": "未指定 --lang 时消息、标签、标题和报告所用的语言（ar zh en fr ru es）",
    "env.locale": "区域设置；在 --lang 和 REMIT_LANG 均未设置时用于确定语言",
    "env.NO_COLOR": "设置后，终端输出不使用颜色",
    "io.failed": "{action, select, read {无法读取 {file}} write {无法写入 {file}} other {无法打开 {file}}}：{reason}",
    "io.noFolder": "文件所在的目录不存在；请先创建该目录",
    "io.noFile": "文件不存在；请检查路径",
    "io.permission": "权限被拒绝；请检查文件权限",
    "io.isFolder": "这是目录而不是文件；请指定一个文件",
    "io.diskFull": "磁盘已满；请释放一些空间后重试",
    "io.notFolder": "路径中有一部分是文件而不是目录；请检查路径",
    "io.readOnly": "文件系统为只读；请写入其他位置",
    "store.failed": "{problem}（请检查 --db 或 REMIT_DB、存储库是否存在以及能否连接数据库）",
    "store.conflict": "{problem} 请重新读取该记录，然后重试。",
    "store.notFound": "{problem}（可用 `remit list` 查看此存储库中的 ID）",
    "store.noRecord": "没有 ID 为 {id} 的 {kind} 记录",
    "store.staleRevision":
      "{kind} 记录 {id} 应为{expected, select, absent {不存在（新记录）} other {第 {expected} 版}}，但存储库中{actual, select, absent {没有该记录} other {为第 {actual} 版}}：在您读取之后已有人修改了它，本次未写入任何内容。",
    "store.foreignCursor": "游标 {cursor} 不是此存储库发出的；请不带游标重新开始，并沿用每一页的 nextCursor",
    "store.importRejected":
      "未导入任何内容：在读取的 {records, plural, other {# 条记录}}中发现 {problems, plural, other {# 个问题}}；请修正这些问题，或使用 --skip-invalid 重新运行以导入有效记录",
    "store.datasetInvalid": "随附的数据集未通过验证（{problem}）；请重新安装 @remit/cli，或将此问题作为缺陷报告",
    "store.missing": "{store} 处没有 Remit 存储库；请用 `remit init` 创建一个，或将 --db 或 REMIT_DB 指向现有的存储库",
    "outcome.created": "已在 {store} 创建 Remit 存储库（{backend}），模式版本 {version}。",
    "outcome.upToDate": "{store} 处的 Remit 存储库（{backend}）已是最新，模式版本 {version}。",
    "outcome.migrated": "已将 {store} 处的 Remit 存储库（{backend}）从模式版本 {from} 迁移到 {to}（{migrations}）。",
    "failure.unexpected": "意外错误：{problem}",
    "failure.unexpectedVerbose": "意外错误：{problem}（使用 --verbose 重新运行可查看详细信息）",
    "failure.detail": "详细信息：",
    "failure.invalidRecords":
      "{read, plural, other {# 条记录}}中有 {invalid, number} 条无效（{valid, number} 条有效）；请在导入前修正，或使用 --skip-invalid 导入",
    "failure.noSuchRecord": "没有 ID 为 {id} 的记录；可用 `remit list` 查找 ID",
    "failure.noSuchRecordOfKind": "此存储库中没有 ID 为 {id} 的 {kind} 记录",
    "failure.ambiguousId": "{id} 对应多种类型的记录（{kinds}）；请添加 --kind {kind} 指定类型",
    "failure.noSession": "此存储库中没有届会 {id}；可用 `remit list sessions` 列出届会",
    "failure.noDiscussion": "此存储库中届会 {id} 没有专题讨论；第18/1号决定适用于专题讨论",
    "failure.nothingToReport":
      "{period} 期间没有可报告的内容：存储库中没有该期间的任何活动或数据，因此未写入报告；请检查 --period，或先导入该期间的活动",
    "failure.unknownLayout":
      "无法判断 {file} 包含哪类记录：其标题行无法唯一匹配任何一种布局；请传入 --entity KIND，或按记录类型命名文件（activities.csv）",
    "failure.cannotListen": "无法在 {address} 上监听：{problem}",
    "failure.cannotServe": "无法提供存储库 {store} 的服务：{problem}",
    "outcome.imported":
      "已导入 {from}：读取 {read, plural, other {# 条记录}}，写入 {written, number} 条，{unchanged, number} 条未更改{rate}。",
    "outcome.importedSkipping":
      "已导入 {from}：读取 {read, plural, other {# 条记录}}，写入 {written, number} 条，{unchanged, number} 条未更改，跳过 {skipped, number} 条无效记录{rate}。",
    "outcome.rate": "，用时 {seconds} 秒（每秒 {rate, number} 条记录）",
    "outcome.files": "{count, plural, other {# 个文件}}",
    "outcome.valid": "{files}：{count, plural, =1 {该记录有效} other {全部 # 条记录均有效}}。",
    "outcome.seeded":
      "已将 {documents, list} 的数据载入 {store}：写入 {written, plural, other {# 条记录}}，另有 {unchanged, number} 条已存在。",
    "outcome.seededNothing":
      "从 {documents, list} 载入 {store}：无需写入，{unchanged, plural, =1 {该记录已存在} other {全部 # 条记录均已存在}}。",
    "outcome.backedUpSqlite":
      "已将 {store} 备份到 {file}（SQLite 数据库，{pages, plural, other {# 页}}，模式版本 {version}）。",
    "outcome.backedUpRecords": "已将 {store} 备份到 {file}（{records, plural, other {# 条记录}}，JSON Lines 格式）。",
    "outcome.restoredSqlite":
      "已从 {file} 还原 {store}（SQLite 数据库，{pages, plural, other {# 页}}，模式版本 {version}）。",
    "outcome.restoredRecords":
      "已从 {file} 还原 {store}：{read, plural, other {# 条记录}}，写入 {written, number} 条，{unchanged, number} 条未更改。",
    "outcome.tokenIssued":
      "已为 {store} 签发令牌 {id}“{name}”（{role}）。上面一行是该令牌的密钥，仅显示这一次：发送时请使用请求头“Authorization: Bearer <secret>”。",
    "outcome.tokenRevoked": "已撤销令牌 {id}“{name}”（{role}）。",
    "outcome.serving":
      "正在 {url} 上提供存储库 {store} 的服务（参考文档位于 {url}/docs；{reads, select, public {读取无需令牌} other {读取需要令牌}}）。按 Ctrl-C 停止。",
    "outcome.servingCors":
      "正在 {url} 上提供存储库 {store} 的服务（参考文档位于 {url}/docs；{reads, select, public {读取无需令牌} other {读取需要令牌}}；对 {origins, list} 启用 CORS）。按 Ctrl-C 停止。",
    "outcome.reportsDue": "应提交 {body} 第{session}届会议的报告：{count, number} 份",
    "due.deferredTo": "推迟至第{session}届会议",
    "list.summary":
      "{kind, select, activity {活动} mandate {任务授权} session {会议} instrument {文书} other {观测值}}：{count, number} 条{next, select, none {} other {；下一页：{next}}}",
    "check.summary":
      "{discussion}（届会 {session}），预防犯罪和刑事司法委员会第18/1号决定：符合 {ok, number} 项，违反 {violation, number} 项，未知 {unknown, number} 项",
    "status.sqlite": "{store}（SQLite，{bytes, number} 字节）",
    "status.postgres": "{store}（PostgreSQL）",
    "status.schema":
      "模式版本 {version}{state, select, behind {（此版本 Remit 使用模式版本 {latest}：请运行 `remit db migrate`）} ahead {（比此版本 Remit 所用的模式版本 {latest} 更新：请升级 @remit/cli）} other {（已是最新）}}",
    "status.records": "{count, plural, other {# 条记录}}",
    "languages.texts": "{present, number}/{total, number}",
    "languages.missing":
      "缺少 {texts, plural, other {# 条文本}}，涉及 {records, plural, other {# 条记录}}（--json 列出明细）",
    "show.head": "{kind} {id} · 修订号 {revision} · 创建于 {created} · 由 {by} 更新于 {updated}",
    "show.history": "历史记录：",
    "show.action": "{action, select, create {创建} update {更新} other {删除}}",
    "report.fallback": "没有 {language} 报告模板；已按 --fallback 以 {templates} 撰写，每个段落均已标注",
    "report.leftOut":
      "报告大纲中有 {count, number} 个段落因记录不足以支持而被省略（{paragraphs}）；--verbose 可显示原因，--narratives FILE 可提供文本",
    "report.leftOutOne": "已省略：{problem}",
    "outcome.reportWritten": "已将关于 {mandate}、涵盖 {period} 的报告（{format}，{language}）写入 {file}。",
    "outcome.exported":
      "已将 {records, number} 条记录（{kinds}）以 {format} 格式导出到 {file}（{bytes, number} 字节）。",
    "progress.records": "条记录",
    "progress.stored": "已存储 {count, number} 条",
    "progress.importing": "正在导入 {source}",
    "progress.validating": "正在验证 {source}",
    "progress.restoring": "正在从 {source} 还原",
    "progress.backingUp": "正在备份到 {file}",
    "progress.exporting": "正在导出 {format}",
    "progress.exportingTo": "正在将 {format} 导出到 {file}",
    "progress.readingRecords": "正在读取记录",
  },
};
