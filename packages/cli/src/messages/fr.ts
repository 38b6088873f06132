import type { MessageCatalog } from "@remit/core/message";
import type { CliMessageSlots } from "./CliMessageSchema";

/** The CLI's messages in French: working translations by the Remit project, not United Nations texts. */
export const FRENCH_CLI_MESSAGES: MessageCatalog<CliMessageSlots> = {
  language: "fr",
  messages: {
    "cli.named": "remit : {problem}",
    "settings.language":
      "{source} « {value} » n’est pas une langue officielle de l’ONU ; utilisez ar, zh, en, fr, ru ou es",
    "settings.jsonAndJsonl": "--json et --jsonl ne peuvent pas être utilisées ensemble ; choisissez l’une des deux",
    "settings.dbNotUrl":
      "{source} « {value} » n’est pas une URL valide ; indiquez postgres://USER@HOST:PORT/DATABASE ou le chemin d’un fichier SQLite",
    "settings.dbScheme":
      "{source} désigne une URL {scheme}:// ; remit enregistre les données dans un fichier SQLite (un chemin) ou dans PostgreSQL (postgres://…)",
    "settings.dbSchema":
      "{source} : le schéma « {schema} » n’est pas un nom SQL simple ; utilisez des lettres, des chiffres et _ (63 caractères au plus)",
    "settings.defaultDb": "la valeur par défaut",
    "cli.unknownFlag": "option inconnue : {flag}",
    "cli.unknownFlagOf": "option inconnue pour {command} : {flag}",
    "cli.unknownCommand": "commande inconnue : « {command} »",
    "cli.unknownCommandOf": "commande inconnue pour {parent} : « {command} »",
    "cli.missingFlag": "l’option --{flag} est obligatoire",
    "cli.missingArgument": "l’argument {argument} est obligatoire",
    "cli.unexpectedArguments":
      "cette commande ne prend pas {count, plural, one {l’argument} many {les arguments} other {les arguments}} {arguments, list}",
    "cli.invalidValue": "{value} n’est pas une valeur valide pour {flag}",
    "cli.didYouMean": " (vouliez-vous dire {suggestions, list, or} ?)",
    "cli.seeHelp": "exécutez « {command} --help » pour afficher l’aide",
    "cli.limit": "--limit {value} n’est pas une taille de page valide ; indiquez un nombre entier de 1 à {max}",
    "cli.sort":
      "--sort {value} n’est pas un ordre d’activités ; indiquez l’un des ordres suivants : {sorts}, suivi de :desc pour l’ordre inverse (par exemple start:desc)",
    "cli.sortKind": "--sort ne trie que les activités ; « {what} » est listé par identifiant",
    "cli.port": "--port {port} n’est pas un numéro de port valide ; indiquez un nombre compris entre 0 et 65535",
    "cli.session":
      "--session {session} n’est pas un numéro de session valide ; indiquez un nombre entier, par exemple 30",
    "cli.kind": "{flag} « {value} » n’est pas un type d’enregistrement ; utilisez l’un des types suivants : {kinds}",
    "cli.outputName": "-o requiert un nom de fichier (ou - pour la sortie standard)",
    "cli.binaryToStdout":
      "{format} est un format binaire ; écrivez-le dans un fichier avec -o FILE (ou redirigez la sortie)",
    "cli.notAPeriod":
      "{flag} {input} n’est pas une période ; écrivez une année (2020), un mois (2020-06), un jour, ou deux d’entre eux sous la forme DÉBUT/FIN",
    "cli.filterNotApplicable": "{flag} ne filtre pas les enregistrements {kind} ; leurs filtres sont {filters}",
    "cli.invalidFilter": "{flag} : {reason}{field, select, none {} other { [champ {field}]}}",
    "help.usage": "UTILISATION",
    "help.description": "DESCRIPTION",
    "help.arguments": "ARGUMENTS",
    "help.flags": "OPTIONS",
    "help.globalFlags": "OPTIONS GLOBALES",
    "help.inheritedFlags": "OPTIONS HÉRITÉES",
    "help.optional": "(facultatif)",
    "help.subcommands": "SOUS-COMMANDES",
    "help.examples": "EXEMPLES",
    "help.exitCodes": "CODES DE SORTIE",
    "help.environment": "ENVIRONNEMENT",
    "exit.ok": "réussite",
    "exit.invalidInput":
      "données non valides (enregistrements ou cotes non valides ; aucun élément trouvé sous ce nom)",
    "exit.usage": "erreur d’utilisation (commande ou option inconnue, argument manquant ou mal formé)",
    "exit.storeOrIo":
      "erreur de base ou d’entrée-sortie (aucune base à cet emplacement, défaillance de la base de données, fichier illisible ou impossible à écrire)",
    "exit.conflict":
      "conflit (révision périmée, fichier cible déjà existant, restauration dans une base qui contient des enregistrements)",
    "env.REMIT_DB":
      "la base utilisée lorsque --db n’est pas indiqué : chemin d’un fichier SQLite ou URL postgres:// (par défaut ./remit.db)",
    "env.REMIT_LANG":
      "la langue des messages, libellés, titres et rapports lorsque --lang n’est pas indiqué (ar zh en fr ru es)",
    "env.locale": "les paramètres régionaux, qui déterminent la langue lorsque ni --lang ni REMIT_LANG ne sont définis",
    "env.NO_COLOR": "si cette variable est définie, aucune couleur n’est utilisée dans le terminal",
    "io.failed":
      "{action, select, read {impossible de lire {file}} write {impossible d’écrire {file}} other {impossible d’ouvrir {file}}} : {reason}",
    "io.noFolder": "son dossier n’existe pas ; créez d’abord le dossier",
    "io.noFile": "ce fichier n’existe pas ; vérifiez le chemin",
    "io.permission": "autorisation refusée ; vérifiez les droits d’accès au fichier",
    "io.isFolder": "il s’agit d’un dossier et non d’un fichier ; indiquez un fichier",
    "io.diskFull": "le disque est plein ; libérez de l’espace et réessayez",
    "io.notFolder": "une partie du chemin est un fichier et non un dossier ; vérifiez le chemin",
    "io.readOnly": "le système de fichiers est en lecture seule ; écrivez ailleurs",
    "store.failed":
      "{problem} (vérifiez --db ou REMIT_DB, que la base existe et que la base de données est accessible)",
    "store.conflict": "{problem} Relisez l’enregistrement, puis réessayez.",
    "store.notFound": "{problem} (consultez `remit list` pour connaître les identifiants de cette base)",
    "store.noRecord": "aucun enregistrement de type {kind} ne porte l’identifiant {id}",
    "store.staleRevision":
      "l’enregistrement {kind} {id} était attendu {expected, select, absent {absent (nouvel enregistrement)} other {à la révision {expected}}}, mais la base {actual, select, absent {ne le contient pas} other {en est à la révision {actual}}} : quelqu’un l’a modifié depuis votre lecture, et rien n’a été écrit.",
    "store.foreignCursor":
      "le curseur {cursor} n’a pas été émis par cette base ; recommencez sans curseur et suivez le nextCursor de chaque page",
    "store.importRejected":
      "rien n’a été importé : {problems, plural, one {# problème} many {# de problèmes} other {# problèmes}} dans {records, plural, one {l’enregistrement lu} many {les # d’enregistrements lus} other {les # enregistrements lus}} ; {problems, plural, one {corrigez-le} many {corrigez-les} other {corrigez-les}}, ou relancez la commande avec --skip-invalid pour importer les enregistrements valides",
    "store.datasetInvalid":
      "le jeu de données fourni avec le paquet n’est pas valide ({problem}) ; réinstallez @remit/cli ou signalez ce bogue",
    "store.missing":
      "il n’y a pas de base Remit à {store} ; créez-en une avec `remit init`, ou faites pointer --db ou REMIT_DB vers une base existante",
    "outcome.created": "Base Remit ({backend}) créée à {store}, version de schéma {version}.",
    "outcome.upToDate": "La base Remit ({backend}) à {store} est à jour, version de schéma {version}.",
    "outcome.migrated":
      "Base Remit ({backend}) à {store} migrée de la version de schéma {from} à la version {to} ({migrations}).",
    "failure.unexpected": "erreur inattendue : {problem}",
    "failure.unexpectedVerbose":
      "erreur inattendue : {problem} (relancez la commande avec --verbose pour plus de détails)",
    "failure.detail": "détail :",
    "failure.invalidRecords":
      "{invalid, plural, one {# enregistrement sur {read, number} n’est pas valide} many {# d’enregistrements sur {read, number} ne sont pas valides} other {# enregistrements sur {read, number} ne sont pas valides}} ({valid, plural, one {# valide} many {# valides} other {# valides}}) ; {invalid, plural, one {corrigez-le} many {corrigez-les} other {corrigez-les}} avant d’importer, ou importez avec --skip-invalid",
    "failure.noSuchRecord":
      "aucun enregistrement ne porte l’identifiant {id} ; recherchez les identifiants avec `remit list`",
    "failure.noSuchRecordOfKind":
      "cette base ne contient aucun enregistrement de type {kind} portant l’identifiant {id}",
    "failure.ambiguousId":
      "{id} désigne des enregistrements de plusieurs types ({kinds}) ; ajoutez --kind {kind} pour préciser",
    "failure.noSession":
      "cette base ne contient pas de session {id} ; affichez les sessions avec `remit list sessions`",
    "failure.noDiscussion":
      "la session {id} n’a pas de débat thématique dans cette base ; la décision 18/1 s’applique aux débats thématiques",
    "failure.noReportContent":
      "aucun plan de rapport n’est connu pour {mandate} : remit écrit le rapport d’un mandat à partir du contenu choisi pour lui et ne fournit que celui du rapport de 2021 sur la cybercriminalité, pour A/RES/74/173 ; vérifiez --mandate",
    "failure.nothingToReport":
      "rien à présenter pour {period} : la base ne contient aucune activité ni aucun chiffre pour cette période, aucun rapport n’a donc été écrit ; vérifiez --period, ou importez d’abord les activités de la période",
    "failure.unknownLayout":
      "impossible de déterminer le type des enregistrements de {file} : son en-tête ne correspond à aucune structure de manière univoque ; indiquez --entity KIND, ou nommez le fichier d’après le type (activities.csv)",
    "failure.cannotListen": "impossible d’écouter sur {address} : {problem}",
    "failure.cannotServe": "impossible de servir la base {store} : {problem}",
    "failure.restoreOverRecords":
      "la base à {store} contient des enregistrements et une restauration les remplacerait ; restaurez dans une nouvelle base (--db), ou ajoutez --force",
    "failure.backupExists":
      "{file} existe déjà ; choisissez un autre nom de fichier, ou ajoutez --force pour le remplacer",
    "failure.cannotReadStatus":
      "impossible de lire l’état de la base à {store} : {problem} ; créez-la avec `remit init` si elle n’existe pas",
    "outcome.imported":
      "Import de {from} terminé : {read, plural, one {# enregistrement lu} many {# d’enregistrements lus} other {# enregistrements lus}}, {written, plural, one {# écrit} many {# écrits} other {# écrits}}, {unchanged, plural, one {# inchangé} many {# inchangés} other {# inchangés}}{rate}.",
    "outcome.importedSkipping":
      "Import de {from} terminé : {read, plural, one {# enregistrement lu} many {# d’enregistrements lus} other {# enregistrements lus}}, {written, plural, one {# écrit} many {# écrits} other {# écrits}}, {unchanged, plural, one {# inchangé} many {# inchangés} other {# inchangés}}, {skipped, plural, one {# non valide ignoré} many {# non valides ignorés} other {# non valides ignorés}}{rate}.",
    "outcome.rate": " en {seconds} s ({rate, number} enregistrements/s)",
    "outcome.files": "{count, plural, one {# fichier} many {# de fichiers} other {# fichiers}}",
    "outcome.valid":
      "{files} : {count, plural, one {l’enregistrement est valide} many {les # d’enregistrements sont tous valides} other {les # enregistrements sont tous valides}}.",
    "outcome.seeded":
      "Jeu de données chargé dans {store} à partir de {documents, list} : {written, plural, one {# enregistrement écrit} many {# d’enregistrements écrits} other {# enregistrements écrits}}, {unchanged, plural, one {# déjà présent} many {# déjà présents} other {# déjà présents}}.",
    "outcome.seededNothing":
      "Jeu de données chargé dans {store} à partir de {documents, list} : rien à écrire, {unchanged, plural, one {l’enregistrement est déjà présent} many {les # d’enregistrements sont tous déjà présents} other {les # enregistrements sont tous déjà présents}}.",
    "outcome.backedUpSqlite":
      "Base {store} sauvegardée dans {file} (base de données SQLite, {pages, plural, one {# page} many {# de pages} other {# pages}}, version du schéma {version}).",
    "outcome.backedUpRecords":
      "Base {store} sauvegardée dans {file} ({records, plural, one {# enregistrement} many {# d’enregistrements} other {# enregistrements}} au format JSON Lines).",
    "outcome.restoredSqlite":
      "Base {store} restaurée à partir de {file} (base de données SQLite, {pages, plural, one {# page} many {# de pages} other {# pages}}, version du schéma {version}).",
    "outcome.restoredRecords":
      "Base {store} restaurée à partir de {file} : {read, plural, one {# enregistrement lu} many {# d’enregistrements lus} other {# enregistrements lus}}, {written, plural, one {# écrit} many {# écrits} other {# écrits}}, {unchanged, plural, one {# inchangé} many {# inchangés} other {# inchangés}}.",
    "outcome.tokenIssued":
      "Jeton {id} « {name} » ({role}) pour {store}. La ligne ci-dessus contient son secret, qui n’est affiché qu’une seule fois : transmettez-le dans l’en-tête « Authorization: Bearer <secret> ».",
    "outcome.tokenRevoked": "Jeton {id} « {name} » ({role}) révoqué.",
    "outcome.serving":
      "Base {store} servie à l’adresse {url} (documentation de référence : {url}/docs ; {reads, select, public {lecture publique} other {lecture avec jeton uniquement}}). Ctrl-C pour arrêter.",
    "outcome.servingCors":
      "Base {store} servie à l’adresse {url} (documentation de référence : {url}/docs ; {reads, select, public {lecture publique} other {lecture avec jeton uniquement}} ; CORS pour {origins, list}). Ctrl-C pour arrêter.",
    "outcome.reportsDue": "Rapports attendus à la {session}e session ({body}) : {count, number}",
    "due.deferredTo": "reporté à la {session}e session",
    "list.summary":
      "{kind, select, activity {activités} mandate {mandats} session {sessions} instrument {instruments} other {observations}} : {count, number}{next, select, none {} other { · page suivante : {next}}}",
    "check.summary":
      "{discussion} (session {session}), décision 18/1 de la Commission pour la prévention du crime et la justice pénale : conformes {ok, number}, non conformes {violation, number}, inconnus {unknown, number}",
    "status.sqlite": "{store} (SQLite, {bytes, number} octets)",
    "status.postgres": "{store} (PostgreSQL)",
    "status.schema":
      "version du schéma {version} {state, select, behind {(cette version de Remit écrit la version {latest} : exécutez `remit db migrate`)} ahead {(plus récente que la version {latest} de ce Remit : mettez à jour @remit/cli)} other {(à jour)}}",
    "status.records": "{count, plural, one {# enregistrement} many {# d’enregistrements} other {# enregistrements}}",
    "languages.texts": "{present, number} sur {total, number}",
    "languages.missing":
      "{texts, plural, one {# texte} many {# de textes} other {# textes}} dans {records, plural, one {# enregistrement} many {# d’enregistrements} other {# enregistrements}} (--json les énumère)",
    "show.head": "{kind} {id} · révision {revision} · créé le {created} · mis à jour le {updated} par {by}",
    "show.history": "historique :",
    "show.action": "{action, select, create {création} update {mise à jour} other {suppression}}",
    "report.fallback":
      "aucun modèle de rapport en {language} ; rédigé en {templates} (--fallback), chaque paragraphe étant signalé",
    "report.leftOut":
      "{count, plural, one {# paragraphe du plan omis} many {# de paragraphes du plan omis} other {# paragraphes du plan omis}}, faute d’enregistrements pour les étayer ({paragraphs}) ; --verbose en donne la raison, --narratives FILE fournit des textes",
    "report.leftOutOne": "omis : {problem}",
    "outcome.reportWritten": "Rapport sur {mandate} pour {period} ({format}, {language}) écrit dans {file}.",
    "outcome.exported":
      "{records, plural, one {# enregistrement exporté} many {# d’enregistrements exportés} other {# enregistrements exportés}} ({kinds}) au format {format} dans {file} ({bytes, plural, one {# octet} many {# d’octets} other {# octets}}).",
    "progress.records": "enregistrements",
    "progress.stored": "{count, number} enregistrés",
    "progress.importing": "import de {source}",
    "progress.validating": "validation de {source}",
    "progress.restoring": "restauration de {source}",
    "progress.backingUp": "sauvegarde dans {file}",
    "progress.exporting": "export au format {format}",
    "progress.exportingTo": "export au format {format} vers {file}",
    "progress.readingRecords": "lecture des enregistrements",
    "label.revision": "Révision",
    "label.action": "Action",
    "label.actor": "Par",
    "label.at": "Le",
    "label.mandate": "Mandat",
    "label.report": "Rapport",
    "label.dueAt": "Attendu à",
    "label.deferrals": "Reports",
    "label.rule": "Règle",
    "label.result": "Résultat",
    "label.provision": "Disposition",
    "label.reason": "Motif",
    "label.ok": "conforme",
    "label.violation": "non conforme",
    "label.unknown": "inconnu",
    "label.language": "Langue",
    "label.reportTemplates": "Modèles de rapport",
    "label.recordTexts": "Textes des enregistrements",
    "label.missing": "Manquants",
    "label.yes": "oui",
    "label.no": "non",
  },
};
