import type { MessageCatalog } from "@remit/core/message";
import type { CliMessageSlots } from "./CliMessageSchema";

/** The CLI's messages in Spanish: working translations by the Remit project, not United Nations texts. */
export const SPANISH_CLI_MESSAGES: MessageCatalog<CliMessageSlots> = {
  language: "es",
  messages: {
    "cli.named": "remit: {problem}",
    "settings.language":
      '{source} "{value}" no es un idioma oficial de las Naciones Unidas; utilice ar, zh, en, fr, ru o es',
    "settings.jsonAndJsonl": "--json y --jsonl no pueden usarse juntas; elija una de las dos",
    "settings.dbNotUrl":
      '{source} "{value}" no es una URL válida; escriba postgres://USER@HOST:PORT/DATABASE o la ruta de un archivo SQLite',
    "settings.dbScheme":
      "{source} indica una URL {scheme}://; remit guarda los datos en un archivo SQLite (una ruta) o en PostgreSQL (postgres://…)",
    "settings.dbSchema":
      '{source}: el esquema "{schema}" no es un nombre SQL simple; utilice letras, dígitos y _ (63 caracteres como máximo)',
    "settings.defaultDb": "el valor predeterminado",
    "cli.unknownFlag": "opción desconocida: {flag}",
    "cli.unknownFlagOf": "opción desconocida para {command}: {flag}",
    "cli.unknownCommand": 'comando desconocido: "{command}"',
    "cli.unknownCommandOf": 'comando desconocido para {parent}: "{command}"',
    "cli.missingFlag": "la opción --{flag} es obligatoria",
    "cli.missingArgument": "el argumento {argument} es obligatorio",
    "cli.unexpectedArguments":
      "este comando no admite {count, plural, one {el argumento} many {los argumentos} other {los argumentos}} {arguments, list}",
    "cli.invalidValue": "{value} no es un valor válido de {flag}",
    "cli.didYouMean": " (¿quiso decir {suggestions, list, or}?)",
    "cli.seeHelp": 'ejecute "{command} --help" para ver la ayuda',
    "cli.limit": "--limit {value} no es un tamaño de página válido; indique un número entero entre 1 y {max}",
    "cli.sort":
      "--sort {value} no es un orden de actividades; indique uno de los siguientes: {sorts}, seguido de :desc para el orden inverso (por ejemplo, start:desc)",
    "cli.sortKind": "--sort solo ordena actividades; «{what}» se lista por identificador",
    "cli.port": "--port {port} no es un puerto válido; indique un número entre 0 y 65535",
    "cli.session":
      "--session {session} no es un número de período de sesiones válido; indique un número entero, por ejemplo 30",
    "cli.kind": '{flag} "{value}" no es un tipo de registro; utilice uno de los siguientes: {kinds}',
    "cli.outputName": "-o requiere un nombre de archivo (o - para la salida estándar)",
    "cli.binaryToStdout": "{format} es un formato binario; escríbalo en un archivo con -o FILE (o redirija la salida)",
    "cli.notAPeriod":
      "{flag} {input} no es un período; escriba un año (2020), un mes (2020-06), un día, o dos de ellos en la forma INICIO/FIN",
    "cli.filterNotApplicable": "{flag} no filtra los registros {kind}; sus filtros son {filters}",
    "cli.invalidFilter": "{flag}: {reason}{field, select, none {} other { [campo {field}]}}",
    "help.usage": "USO",
    "help.description": "DESCRIPCIÓN",
    "help.arguments": "ARGUMENTOS",
    "help.flags": "OPCIONES",
    "help.globalFlags": "OPCIONES GLOBALES",
    "help.inheritedFlags": "OPCIONES HEREDADAS",
    "help.optional": "(opcional)",
    "help.subcommands": "SUBCOMANDOS",
    "help.examples": "EJEMPLOS",
    "help.exitCodes": "CÓDIGOS DE SALIDA",
    "help.environment": "ENTORNO",
    "exit.ok": "éxito",
    "exit.invalidInput":
      "datos no válidos (registros o signaturas que no superan la validación; no se encontró nada con ese nombre)",
    "exit.usage": "error de uso (comando u opción desconocidos, argumento ausente o mal formado)",
    "exit.storeOrIo":
      "error del almacén de datos o de E/S (no hay ningún almacén de datos en esa ubicación, fallo de la base de datos, archivo que no se puede leer o escribir)",
    "exit.conflict":
      "conflicto (revisión obsoleta, el archivo de destino ya existe, restauración sobre un almacén de datos que contiene registros)",
    "env.REMIT_DB":
      "el almacén de datos cuando no se indica --db: la ruta de un archivo SQLite o una URL postgres:// (por defecto, ./remit.db)",
    "env.REMIT_LANG":
      "el idioma de los mensajes, etiquetas, títulos e informes cuando no se indica --lang (ar zh en fr ru es)",
    "env.locale":
      "la configuración regional, que determina el idioma cuando no se han definido ni --lang ni REMIT_LANG",
    "env.NO_COLOR": "si está definida, no se usan colores en el terminal",
    "io.failed":
      "{action, select, read {no se puede leer {file}} write {no se puede escribir {file}} other {no se puede abrir {file}}}: {reason}",
    "io.noFolder": "su carpeta no existe; cree primero la carpeta",
    "io.noFile": "el archivo no existe; compruebe la ruta",
    "io.permission": "permiso denegado; compruebe los permisos del archivo",
    "io.isFolder": "es una carpeta, no un archivo; indique un archivo",
    "io.diskFull": "el disco está lleno; libere espacio y vuelva a intentarlo",
    "io.notFolder": "una parte de la ruta es un archivo, no una carpeta; compruebe la ruta",
    "io.readOnly": "el sistema de archivos es de solo lectura; escriba en otra ubicación",
    "store.failed":
      "{problem} (compruebe --db o REMIT_DB, que el almacén de datos exista y que la base de datos sea accesible)",
    "store.conflict": "{problem} Vuelva a leer el registro y, a continuación, inténtelo de nuevo.",
    "store.notFound": "{problem} (consulte `remit list` para ver los identificadores de este almacén de datos)",
    "store.noRecord": "no hay ningún registro de tipo {kind} con el identificador {id}",
    "store.staleRevision":
      "se esperaba el registro {kind} {id} {expected, select, absent {sin revisión (un registro nuevo)} other {en la revisión {expected}}}, pero el almacén de datos {actual, select, absent {no lo contiene} other {tiene la revisión {actual}}}: alguien lo modificó después de que usted lo leyera, y no se escribió nada.",
    "store.foreignCursor":
      "el cursor {cursor} no lo emitió este almacén de datos; empiece de nuevo sin cursor y siga el nextCursor de cada página",
    "store.importRejected":
      "no se importó nada: {problems, plural, one {# problema} many {# de problemas} other {# problemas}} en {records, plural, one {el registro leído} many {los # de registros leídos} other {los # registros leídos}}; {problems, plural, one {corríjalo} many {corríjalos} other {corríjalos}} o vuelva a ejecutar el comando con --skip-invalid para importar los registros válidos",
    "store.datasetInvalid":
      "el conjunto de datos incluido en el paquete no es válido ({problem}); reinstale @remit/cli o notifique este error",
    "store.missing":
      "no hay ningún almacén de datos de Remit en {store}; cree uno con `remit init`, o indique con --db o REMIT_DB un almacén existente",
    "outcome.created": "Se creó el almacén de datos de Remit ({backend}) en {store}, versión del esquema {version}.",
    "outcome.upToDate":
      "El almacén de datos de Remit ({backend}) en {store} está al día, versión del esquema {version}.",
    "outcome.migrated":
      "Se migró el almacén de datos de Remit ({backend}) en {store} de la versión del esquema {from} a la {to} ({migrations}).",
    "failure.unexpected": "error inesperado: {problem}",
    "failure.unexpectedVerbose":
      "error inesperado: {problem} (vuelva a ejecutar el comando con --verbose para ver más detalles)",
    "failure.detail": "detalle:",
    "failure.invalidRecords":
      "{invalid, plural, one {# registro de {read, number} no es válido} many {# de registros de {read, number} no son válidos} other {# registros de {read, number} no son válidos}} ({valid, plural, one {# válido} many {# válidos} other {# válidos}}); {invalid, plural, one {corríjalo} many {corríjalos} other {corríjalos}} antes de importar, o importe con --skip-invalid",
    "failure.noSuchRecord": "ningún registro tiene el identificador {id}; busque los identificadores con `remit list`",
    "failure.noSuchRecordOfKind":
      "este almacén de datos no contiene ningún registro de tipo {kind} con el identificador {id}",
    "failure.ambiguousId": "{id} designa registros de varios tipos ({kinds}); añada --kind {kind} para elegir",
    "failure.noSession":
      "este almacén de datos no contiene el período de sesiones {id}; consulte la lista con `remit list sessions`",
    "failure.noDiscussion":
      "el período de sesiones {id} no tiene debate temático en este almacén de datos; la decisión 18/1 se aplica a los debates temáticos",
    "failure.noReportContent":
      "no se conoce ningún esquema de informe para {mandate}: remit redacta el informe de un mandato a partir del contenido elegido para él y solo incluye el del informe de 2021 sobre el delito cibernético, para A/RES/74/173; compruebe --mandate",
    "failure.nothingToReport":
      "no hay nada que informar sobre {period}: el almacén de datos no contiene ninguna actividad ni ninguna cifra en ese período, por lo que no se redactó ningún informe; compruebe --period o importe primero las actividades del período",
    "failure.unknownLayout":
      "no se puede determinar qué tipo de registros contiene {file}: su encabezado no corresponde a una única estructura; indique --entity KIND o dé al archivo el nombre del tipo (activities.csv)",
    "failure.cannotListen": "no se puede escuchar en {address}: {problem}",
    "failure.cannotServe": "no se puede servir el almacén de datos {store}: {problem}",
    "failure.restoreOverRecords":
      "el almacén de datos en {store} contiene registros y una restauración los reemplazaría; restaure en un almacén nuevo (--db) o añada --force",
    "failure.backupExists": "{file} ya existe; elija otro nombre de archivo o añada --force para reemplazarlo",
    "failure.cannotReadStatus":
      "no se puede leer el estado del almacén de datos en {store}: {problem}; créelo con `remit init` si no existe",
    "outcome.imported":
      "Importación de {from} finalizada: {read, plural, one {# registro leído} many {# de registros leídos} other {# registros leídos}}, {written, plural, one {# escrito} many {# escritos} other {# escritos}}, {unchanged, number} sin cambios{rate}.",
    "outcome.importedSkipping":
      "Importación de {from} finalizada: {read, plural, one {# registro leído} many {# de registros leídos} other {# registros leídos}}, {written, plural, one {# escrito} many {# escritos} other {# escritos}}, {unchanged, number} sin cambios, {skipped, plural, one {# no válido omitido} many {# no válidos omitidos} other {# no válidos omitidos}}{rate}.",
    "outcome.rate": " en {seconds} s ({rate, number} registros/s)",
    "outcome.files": "{count, plural, one {# archivo} many {# de archivos} other {# archivos}}",
    "outcome.valid":
      "{files}: {count, plural, one {el registro es válido} many {los # de registros son todos válidos} other {los # registros son todos válidos}}.",
    "outcome.seeded":
      "Conjunto de datos cargado en {store} a partir de {documents, list}: {written, plural, one {# registro escrito} many {# de registros escritos} other {# registros escritos}}, {unchanged, plural, one {# ya almacenado} many {# ya almacenados} other {# ya almacenados}}.",
    "outcome.seededNothing":
      "Conjunto de datos cargado en {store} a partir de {documents, list}: nada que escribir, {unchanged, plural, one {el registro ya está almacenado} many {los # de registros ya están almacenados} other {los # registros ya están almacenados}}.",
    "outcome.backedUpSqlite":
      "Copia de seguridad de {store} creada en {file} (base de datos SQLite, {pages, plural, one {# página} many {# de páginas} other {# páginas}}, versión del esquema {version}).",
    "outcome.backedUpRecords":
      "Copia de seguridad de {store} creada en {file} ({records, plural, one {# registro} many {# de registros} other {# registros}} en formato JSON Lines).",
    "outcome.restoredSqlite":
      "Almacén de datos {store} restaurado a partir de {file} (base de datos SQLite, {pages, plural, one {# página} many {# de páginas} other {# páginas}}, versión del esquema {version}).",
    "outcome.restoredRecords":
      "Almacén de datos {store} restaurado a partir de {file}: {read, plural, one {# registro leído} many {# de registros leídos} other {# registros leídos}}, {written, plural, one {# escrito} many {# escritos} other {# escritos}}, {unchanged, number} sin cambios.",
    "outcome.tokenIssued":
      'Token {id} "{name}" ({role}) para {store}. La línea anterior contiene su secreto, que solo se muestra esta vez: envíelo en el encabezado "Authorization: Bearer <secret>".',
    "outcome.tokenRevoked": 'Token {id} "{name}" ({role}) revocado.',
    "outcome.serving":
      "Almacén de datos {store} disponible en {url} (referencia en {url}/docs; {reads, select, public {lectura pública} other {la lectura requiere un token}}). Pulse Ctrl-C para detener.",
    "outcome.servingCors":
      "Almacén de datos {store} disponible en {url} (referencia en {url}/docs; {reads, select, public {lectura pública} other {la lectura requiere un token}}; CORS para {origins, list}). Pulse Ctrl-C para detener.",
    "outcome.reportsDue":
      "Informes que deben presentarse en el {session}º período de sesiones ({body}): {count, number}",
    "due.deferredTo": "aplazado al {session}º período de sesiones",
    "list.summary":
      "{kind, select, activity {actividades} mandate {mandatos} session {períodos de sesiones} instrument {instrumentos} other {observaciones}}: {count, number}{next, select, none {} other { · página siguiente: {next}}}",
    "check.summary":
      "{discussion} (período de sesiones {session}), decisión 18/1 de la Comisión de Prevención del Delito y Justicia Penal: cumplen {ok, number}, incumplen {violation, number}, se desconoce {unknown, number}",
    "status.sqlite": "{store} (SQLite, {bytes, number} bytes)",
    "status.postgres": "{store} (PostgreSQL)",
    "status.schema":
      "versión del esquema {version} {state, select, behind {(esta versión de Remit escribe la versión {latest}: ejecute `remit db migrate`)} ahead {(posterior a la versión {latest} de este Remit: actualice @remit/cli)} other {(actualizada)}}",
    "status.records": "{count, plural, one {# registro} many {# de registros} other {# registros}}",
    "languages.texts": "{present, number} de {total, number}",
    "languages.missing":
      "{texts, plural, one {# texto} many {# de textos} other {# textos}} en {records, plural, one {# registro} many {# de registros} other {# registros}} (--json los enumera)",
    "show.head": "{kind} {id} · revisión {revision} · creado el {created} · actualizado el {updated} por {by}",
    "show.history": "historial:",
    "show.action": "{action, select, create {creación} update {actualización} other {eliminación}}",
    "report.fallback":
      "no hay plantillas de informe en {language}; redactado en {templates} (--fallback), con cada párrafo marcado",
    "report.leftOut":
      "{count, plural, one {se omitió # párrafo del esquema porque los registros no lo sustentan} many {se omitieron # de párrafos del esquema porque los registros no los sustentan} other {se omitieron # párrafos del esquema porque los registros no los sustentan}} ({paragraphs}); --verbose indica el motivo y --narratives FILE aporta textos",
    "report.leftOutOne": "omitido: {problem}",
    "outcome.reportWritten": "Se escribió el informe sobre {mandate} para {period} ({format}, {language}) en {file}.",
    "outcome.exported":
      "{records, plural, one {Se exportó # registro} many {Se exportaron # de registros} other {Se exportaron # registros}} ({kinds}) en formato {format} a {file} ({bytes, plural, one {# byte} many {# de bytes} other {# bytes}}).",
    "progress.records": "registros",
    "progress.stored": "{count, number} almacenados",
    "progress.importing": "importando {source}",
    "progress.validating": "validando {source}",
    "progress.restoring": "restaurando {source}",
    "progress.backingUp": "creando copia de seguridad en {file}",
    "progress.exporting": "exportando {format}",
    "progress.exportingTo": "exportando {format} a {file}",
    "progress.readingRecords": "leyendo registros",
    "label.revision": "Revisión",
    "label.action": "Acción",
    "label.actor": "Por",
    "label.at": "Fecha",
    "label.mandate": "Mandato",
    "label.report": "Informe",
    "label.dueAt": "Debido en",
    "label.deferrals": "Aplazamientos",
    "label.rule": "Norma",
    "label.result": "Resultado",
    "label.provision": "Disposición",
    "label.reason": "Motivo",
    "label.ok": "cumple",
    "label.violation": "incumplimiento",
    "label.unknown": "desconocido",
    "label.language": "Idioma",
    "label.reportTemplates": "Plantillas del informe",
    "label.recordTexts": "Textos de los registros",
    "label.missing": "Faltan",
    "label.yes": "sí",
    "label.no": "no",
  },
};
