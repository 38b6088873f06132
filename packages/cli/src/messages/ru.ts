import type { MessageCatalog } from "@remit/core/message";
import type { CliMessageSlots } from "./CliMessageSchema";

/** The CLI's messages in Russian: working translations by the Remit project, not United Nations texts. */
export const RUSSIAN_CLI_MESSAGES: MessageCatalog<CliMessageSlots> = {
  language: "ru",
  messages: {
    "cli.named": "remit: {problem}",
    "settings.language": "{source} «{value}» — не официальный язык ООН; укажите один из кодов: ar, zh, en, fr, ru, es",
    "settings.jsonAndJsonl": "флаги --json и --jsonl нельзя использовать вместе; укажите только один из них",
    "settings.dbNotUrl":
      "{source} «{value}» — недопустимый URL; укажите postgres://USER@HOST:PORT/DATABASE или путь к файлу SQLite",
    "settings.dbScheme":
      "{source} указывает URL со схемой {scheme}://; remit хранит данные в файле SQLite (путь) или в PostgreSQL (postgres://…)",
    "settings.dbSchema":
      "{source}: схема «{schema}» не является простым именем SQL; используйте буквы, цифры и _ (не более 63 символов)",
    "settings.defaultDb": "значение по умолчанию",
    "cli.unknownFlag": "неизвестный флаг {flag}",
    "cli.unknownFlagOf": "неизвестный флаг {flag} команды {command}",
    "cli.unknownCommand": "неизвестная команда «{command}»",
    "cli.unknownCommandOf": "неизвестная подкоманда «{command}» команды {parent}",
    "cli.missingFlag": "флаг --{flag} обязателен",
    "cli.missingArgument": "аргумент {argument} обязателен",
    "cli.unexpectedArguments":
      "эта команда не принимает {count, plural, one {аргумент} few {аргументы} many {аргументы} other {аргументы}} {arguments, list}",
    "cli.invalidValue": "{value} не является допустимым значением {flag}",
    "cli.didYouMean": " (возможно, вы имели в виду {suggestions, list, or}?)",
    "cli.seeHelp": "для справки выполните «{command} --help»",
    "cli.limit": "--limit {value}: недопустимый размер страницы; укажите целое число от 1 до {max}",
    "cli.sort":
      "--sort {value}: недопустимый порядок мероприятий; укажите одно из значений {sorts}, с :desc для обратного порядка (например, start:desc)",
    "cli.sortKind": "--sort упорядочивает только мероприятия; «{what}» выводится по идентификатору",
    "cli.port": "--port {port}: недопустимый номер порта; укажите число от 0 до 65535",
    "cli.session": "--session {session}: недопустимый номер сессии; укажите целое число, например 30",
    "cli.kind": "{flag} «{value}» — неизвестный тип записей; допустимые значения: {kinds}",
    "cli.outputName": "для флага -o нужно указать имя файла (или -, чтобы выводить в stdout)",
    "cli.binaryToStdout":
      "{format} — двоичный формат; запишите его в файл с помощью -o FILE (или передайте через конвейер)",
    "cli.notAPeriod":
      "{flag} {input} не является периодом; укажите год (2020), месяц (2020-06), день или две такие даты в виде НАЧАЛО/КОНЕЦ",
    "cli.filterNotApplicable": "{flag} не фильтрует записи {kind}; для них есть фильтры {filters}",
    "cli.invalidFilter": "{flag}: {reason}{field, select, none {} other { [поле {field}]}}",
    "help.usage": "ИСПОЛЬЗОВАНИЕ",
    "help.description": "ОПИСАНИЕ",
    "help.arguments": "АРГУМЕНТЫ",
    "help.flags": "ФЛАГИ",
    "help.globalFlags": "ГЛОБАЛЬНЫЕ ФЛАГИ",
    "help.inheritedFlags": "УНАСЛЕДОВАННЫЕ ФЛАГИ",
    "help.optional": "(необязательно)",
    "help.subcommands": "ПОДКОМАНДЫ",
    "help.examples": "ПРИМЕРЫ",
    "help.exitCodes": "КОДЫ ЗАВЕРШЕНИЯ",
    "help.environment": "ПЕРЕМЕННЫЕ ОКРУЖЕНИЯ",
    "exit.ok": "успешное завершение",
    "exit.invalidInput":
      "недопустимые входные данные (записи или условные обозначения, не прошедшие проверку; по указанному имени ничего не найдено)",
    "exit.usage":
      "ошибка использования (неизвестная команда или флаг, отсутствующий или неправильно заданный аргумент)",
    "exit.storeOrIo":
      "ошибка хранилища или ввода-вывода (хранилище не найдено, сбой базы данных, файл недоступен для чтения или записи)",
    "exit.conflict":
      "конфликт (устаревшая редакция записи, целевой файл уже существует, восстановление в хранилище, где уже есть записи)",
    "env.REMIT_DB": "хранилище, если не задан --db: путь к файлу SQLite или URL postgres:// (по умолчанию ./remit.db)",
    "env.REMIT_LANG": "язык сообщений, подписей, заголовков и докладов, если не задан --lang (ar zh en fr ru es)",
    "env.locale": "локаль; определяет язык, если не заданы ни --lang, ни REMIT_LANG",
    "env.NO_COLOR": "если переменная задана, цвета в терминале не используются",
    "io.failed":
      "{action, select, read {не удаётся прочитать файл {file}} write {не удаётся записать файл {file}} other {не удаётся открыть файл {file}}}: {reason}",
    "io.noFolder": "каталог, в котором он должен находиться, не существует; сначала создайте этот каталог",
    "io.noFile": "такого файла нет; проверьте путь",
    "io.permission": "доступ запрещён; проверьте права доступа к файлу",
    "io.isFolder": "это каталог, а не файл; укажите файл",
    "io.diskFull": "диск заполнен; освободите место и повторите попытку",
    "io.notFolder": "часть пути — это файл, а не каталог; проверьте путь",
    "io.readOnly": "файловая система доступна только для чтения; выберите для записи другое место",
    "store.failed": "{problem} (проверьте --db или REMIT_DB, наличие хранилища и доступность базы данных)",
    "store.conflict": "{problem} Прочитайте запись заново и повторите попытку.",
    "store.notFound": "{problem} (идентификаторы записей в этом хранилище можно узнать с помощью `remit list`)",
    "store.noRecord": "нет записи типа {kind} с идентификатором {id}",
    "store.staleRevision":
      "ожидалось, что запись {kind} {id} {expected, select, absent {отсутствует (новая запись)} other {имеет версию {expected}}}, однако в хранилище {actual, select, absent {такой записи нет} other {она имеет версию {actual}}}: кто-то изменил ее после того, как вы ее прочитали, и ничего не было записано.",
    "store.foreignCursor":
      "курсор {cursor} выдан не этим хранилищем; начните заново без курсора и переходите по nextCursor каждой страницы",
    "store.importRejected":
      "ничего не импортировано: {problems, plural, one {найдена # ошибка} few {найдены # ошибки} many {найдено # ошибок} other {найдено # ошибки}} в {records, plural, one {# прочитанной записи} few {# прочитанных записях} many {# прочитанных записях} other {# прочитанной записи}}; исправьте их или запустите команду повторно с флагом --skip-invalid, чтобы импортировать допустимые записи",
    "store.datasetInvalid":
      "поставляемый с пакетом набор данных не проходит проверку ({problem}); переустановите @remit/cli или сообщите об этой ошибке разработчикам",
    "store.missing":
      "в {store} нет хранилища Remit; создайте его командой `remit init` или укажите в --db или REMIT_DB существующее хранилище",
    "outcome.created": "Создано хранилище Remit ({backend}) в {store}, версия схемы {version}.",
    "outcome.upToDate": "Хранилище Remit ({backend}) в {store} не требует обновления, версия схемы {version}.",
    "outcome.migrated":
      "Хранилище Remit ({backend}) в {store} обновлено с версии схемы {from} до версии {to} ({migrations}).",
    "failure.unexpected": "непредвиденный сбой: {problem}",
    "failure.unexpectedVerbose":
      "непредвиденный сбой: {problem} (чтобы получить подробности, запустите команду повторно с флагом --verbose)",
    "failure.detail": "подробности:",
    "failure.invalidRecords":
      "недопустимых записей: {invalid, number} из {read, number} (допустимых: {valid, number}); исправьте их перед импортом или импортируйте с флагом --skip-invalid",
    "failure.noSuchRecord": "нет записи с идентификатором {id}; идентификаторы можно найти с помощью `remit list`",
    "failure.noSuchRecordOfKind": "в этом хранилище нет записи типа {kind} с идентификатором {id}",
    "failure.ambiguousId":
      "идентификатор {id} соответствует записям нескольких типов ({kinds}); чтобы выбрать тип, добавьте --kind {kind}",
    "failure.noSession":
      "в этом хранилище нет сессии {id}; чтобы вывести список сессий, выполните `remit list sessions`",
    "failure.noDiscussion":
      "в этом хранилище для сессии {id} нет тематической дискуссии; решение 18/1 касается тематических дискуссий",
    "failure.noReportContent":
      "для {mandate} не известна структура доклада: remit составляет доклад по мандату из выбранного для него содержания и поставляется только с содержанием доклада 2021 года о киберпреступности, для A/RES/74/173; проверьте --mandate",
    "failure.nothingToReport":
      "за период {period} нечего включить в доклад: в хранилище нет ни мероприятий, ни числовых данных за этот период, поэтому доклад не записан; проверьте --period или сначала импортируйте мероприятия за этот период",
    "failure.unknownLayout":
      "не удаётся определить, записи какого типа содержит {file}: его строка заголовков не соответствует однозначно ни одной структуре; укажите --entity KIND или назовите файл по типу записей (activities.csv)",
    "failure.cannotListen": "не удаётся начать прослушивание на {address}: {problem}",
    "failure.cannotServe": "не удаётся предоставить доступ к хранилищу {store}: {problem}",
    "failure.restoreOverRecords":
      "хранилище в {store} содержит записи, и восстановление заменит их; восстановите в новое хранилище (--db) или укажите --force",
    "failure.backupExists": "{file} уже существует; выберите другое имя файла или укажите --force, чтобы заменить его",
    "failure.cannotReadStatus":
      "не удаётся прочитать состояние хранилища в {store}: {problem}; если его нет, создайте его командой `remit init`",
    "outcome.imported":
      "Импорт из {from}: {read, plural, one {прочитана # запись} few {прочитаны # записи} many {прочитано # записей} other {прочитано # записи}}, записано {written, number}, без изменений {unchanged, number}{rate}.",
    "outcome.importedSkipping":
      "Импорт из {from}: {read, plural, one {прочитана # запись} few {прочитаны # записи} many {прочитано # записей} other {прочитано # записи}}, записано {written, number}, без изменений {unchanged, number}, пропущено недопустимых {skipped, number}{rate}.",
    "outcome.rate":
      " за {seconds} с ({rate, plural, one {# запись} few {# записи} many {# записей} other {# записи}} в секунду)",
    "outcome.files": "{count, plural, one {# файл} few {# файла} many {# файлов} other {# файла}}",
    "outcome.valid":
      "{files}: {count, plural, =1 {запись допустима} one {все # запись допустимы} few {все # записи допустимы} many {все # записей допустимы} other {все # записи допустимы}}.",
    "outcome.seeded":
      "Данные из {documents, list} загружены в {store}: {written, plural, one {записана # запись} few {записаны # записи} many {записано # записей} other {записано # записи}}, {unchanged, plural, one {# запись уже была в хранилище} few {# записи уже были в хранилище} many {# записей уже было в хранилище} other {# записи уже было в хранилище}}.",
    "outcome.seededNothing":
      "Загрузка данных из {documents, list} в {store}: записывать нечего, {unchanged, plural, =1 {запись уже есть в хранилище} one {все # запись уже есть в хранилище} few {все # записи уже есть в хранилище} many {все # записей уже есть в хранилище} other {все # записи уже есть в хранилище}}.",
    "outcome.backedUpSqlite":
      "Резервная копия {store} сохранена в {file} (база данных SQLite, {pages, plural, one {# страница} few {# страницы} many {# страниц} other {# страницы}}, версия схемы {version}).",
    "outcome.backedUpRecords":
      "Резервная копия {store} сохранена в {file} ({records, plural, one {# запись} few {# записи} many {# записей} other {# записи}} в формате JSON Lines).",
    "outcome.restoredSqlite":
      "Хранилище {store} восстановлено из {file} (база данных SQLite, {pages, plural, one {# страница} few {# страницы} many {# страниц} other {# страницы}}, версия схемы {version}).",
    "outcome.restoredRecords":
      "Хранилище {store} восстановлено из {file}: {read, plural, one {прочитана # запись} few {прочитаны # записи} many {прочитано # записей} other {прочитано # записи}}, записано {written, number}, без изменений {unchanged, number}.",
    "outcome.tokenIssued":
      "Выдан токен {id} «{name}» ({role}) для {store}. Строка выше — его секретное значение, которое показывается только один раз: передавайте его в заголовке «Authorization: Bearer <secret>».",
    "outcome.tokenRevoked": "Токен {id} «{name}» ({role}) отозван.",
    "outcome.serving":
      "Хранилище {store} доступно по адресу {url} (справка: {url}/docs; {reads, select, public {чтение без токена} other {для чтения нужен токен}}). Для остановки нажмите Ctrl-C.",
    "outcome.servingCors":
      "Хранилище {store} доступно по адресу {url} (справка: {url}/docs; {reads, select, public {чтение без токена} other {для чтения нужен токен}}; CORS для {origins, list}). Для остановки нажмите Ctrl-C.",
    "outcome.reportsDue": "Доклады, подлежащие представлению на {session}-й сессии ({body}): {count, number}",
    "due.deferredTo": "перенесён на {session}-ю сессию",
    "list.summary":
      "{kind, select, activity {мероприятия} mandate {мандаты} session {сессии} instrument {документы} other {наблюдения}}: {count, number}{next, select, none {} other { · следующая страница: {next}}}",
    "check.summary":
      "{discussion} (сессия {session}), решение 18/1 Комиссии по предупреждению преступности и уголовному правосудию: соблюдено {ok, number}, нарушено {violation, number}, неизвестно {unknown, number}",
    "status.sqlite": "{store} (SQLite, {bytes, plural, one {# байт} few {# байта} many {# байт} other {# байта}})",
    "status.postgres": "{store} (PostgreSQL)",
    "status.schema":
      "версия схемы {version} {state, select, behind {(эта версия Remit использует схему версии {latest}: выполните `remit db migrate`)} ahead {(новее версии {latest}, которую использует эта версия Remit: обновите @remit/cli)} other {(актуальная)}}",
    "status.records": "{count, plural, one {# запись} few {# записи} many {# записей} other {# записи}}",
    "languages.texts": "{present, number} из {total, number}",
    "languages.missing":
      "{texts, plural, one {# текст} few {# текста} many {# текстов} other {# текста}} в {records, plural, one {# записи} few {# записях} many {# записях} other {# записи}} (их перечисляет --json)",
    "show.head": "{kind} {id} · редакция {revision} · создано {created} · обновлено {updated}, кем: {by}",
    "show.history": "история:",
    "show.action": "{action, select, create {создание} update {обновление} other {удаление}}",
    "report.fallback":
      "нет шаблонов доклада на языке {language}; доклад составлен на языке {templates} (--fallback), каждый пункт помечен",
    "report.leftOut":
      "{count, plural, one {# пункт плана опущен} few {# пункта плана опущены} many {# пунктов плана опущены} other {# пункта плана опущены}}: записи не позволяют их подкрепить ({paragraphs}); причину покажет --verbose, тексты можно задать через --narratives FILE",
    "report.leftOutOne": "опущено: {problem}",
    "outcome.reportWritten": "Доклад по {mandate} за {period} ({format}, {language}) записан в {file}.",
    "outcome.exported":
      "Экспортировано {records, plural, one {# запись} few {# записи} many {# записей} other {# записи}} ({kinds}) в формате {format} в {file} ({bytes, plural, one {# байт} few {# байта} many {# байтов} other {# байта}}).",
    "progress.records": "записей",
    "progress.stored": "сохранено: {count, number}",
    "progress.importing": "импорт {source}",
    "progress.validating": "проверка {source}",
    "progress.restoring": "восстановление из {source}",
    "progress.backingUp": "резервное копирование в {file}",
    "progress.exporting": "экспорт в формате {format}",
    "progress.exportingTo": "экспорт в формате {format} в {file}",
    "progress.readingRecords": "чтение записей",
    "label.revision": "Редакция",
    "label.action": "Действие",
    "label.actor": "Кем",
    "label.at": "Когда",
    "label.mandate": "Мандат",
    "label.report": "Доклад",
    "label.dueAt": "Срок",
    "label.deferrals": "Переносы",
    "label.rule": "Правило",
    "label.result": "Результат",
    "label.provision": "Положение",
    "label.reason": "Причина",
    "label.ok": "соблюдено",
    "label.violation": "нарушение",
    "label.unknown": "неизвестно",
    "label.language": "Язык",
    "label.reportTemplates": "Шаблоны доклада",
    "label.recordTexts": "Тексты записей",
    "label.missing": "Отсутствуют",
    "label.yes": "да",
    "label.no": "нет",
  },
};
