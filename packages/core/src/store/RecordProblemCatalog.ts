import type { MessageCatalog } from "../message/MessageCatalog";

/**
 * The keys of the record problems' wording and the slots each takes; English is the
 * problem's own `reason` and `expected`, the other five languages are below.
 */
export const RECORD_PROBLEM_SLOTS = {
  line: ["path", "reason"],
  lineExpected: ["path", "reason", "expected"],
  missing: [],
  notWhole: ["value"],
  wrongType: ["value", "actual", "type"],
  tooSmall: ["value"],
  tooLarge: ["value"],
  tooShort: ["value", "count"],
  tooLong: ["value", "count"],
  tooFew: ["count", "unit"],
  tooMany: ["count", "unit"],
  badFormat: ["value"],
  notMultiple: ["value", "divisor"],
  notAllowed: ["value"],
  severalShapes: ["value"],
  unknownVariant: ["value"],
  noShape: ["value"],
  notAField: ["field", "owner"],
  ownerRecord: [],
  valueNothing: [],
  valueObject: [],
  valueList: ["count"],
  type: ["type"],
  bound: ["relation", "limit", "unit"],
  format: ["format", "pattern"],
  multiple: ["divisor"],
  oneOf: ["values", "all", "cut"],
  exactlyOne: [],
} as const;

/** The record problems' wording schema. */
export type RecordProblemSlots = typeof RECORD_PROBLEM_SLOTS;

/** A record problem catalog of one of the five languages besides English. */
export type RecordProblemCatalog = MessageCatalog<RecordProblemSlots>;

export const FRENCH_RECORD_PROBLEMS: RecordProblemCatalog = {
  language: "fr",
  messages: {
    line: "{path} : {reason}",
    lineExpected: "{path} : {reason} (attendu : {expected})",
    missing: "valeur manquante",
    notWhole: "{value} n’est pas un nombre entier",
    wrongType: "{value} est {actual}, et non {type}",
    tooSmall: "{value} est trop petit",
    tooLarge: "{value} est trop grand",
    tooShort: "{value} est trop court ({count, plural, one {# caractère} many {# de caractères} other {# caractères}})",
    tooLong: "{value} est trop long ({count, plural, one {# caractère} many {# de caractères} other {# caractères}})",
    tooFew: "trop peu {unit, select, byte {d’octets} other {d’éléments}} ({count})",
    tooMany: "trop {unit, select, byte {d’octets} other {d’éléments}} ({count})",
    badFormat: "{value} n’a pas la forme attendue",
    notMultiple: "{value} n’est pas un multiple de {divisor}",
    notAllowed: "{value} n’est pas une valeur admise",
    severalShapes: "{value} correspond à plusieurs des formes admises",
    unknownVariant: "{value} ne désigne aucune variante connue",
    noShape: "{value} ne correspond à aucune des formes admises",
    notAField: "{field} n’est pas un champ de {owner}",
    ownerRecord: "cet enregistrement",
    valueNothing: "rien",
    valueObject: "un objet",
    valueList: "une liste de {count, plural, one {# élément} many {# d’éléments} other {# éléments}}",
    type: "{type, select, string {du texte} number {un nombre} int {un nombre entier} boolean {true ou false} array {une liste} object {un objet} date {une date} null {null} bigint {un grand entier} other {{type}}}",
    bound:
      "{relation, select, exactly {exactement} atLeast {au moins} moreThan {plus de} atMost {au plus} other {moins de}} {unit, select, character {{limit, plural, one {# caractère} many {# de caractères} other {# caractères}}} item {{limit, plural, one {# élément} many {# d’éléments} other {# éléments}}} byte {{limit, plural, one {# octet} many {# d’octets} other {# octets}}} other {{limit}}}",
    format: "{format, select, regex {un texte de la forme {pattern}} other {un {format} valide}}",
    multiple: "un multiple de {divisor}",
    oneOf: "{cut, select, yes {l’une des valeurs {values}, … ({all} en tout)} other {l’une des valeurs {values}}}",
    exactlyOne: "une seule",
  },
};

export const SPANISH_RECORD_PROBLEMS: RecordProblemCatalog = {
  language: "es",
  messages: {
    line: "{path}: {reason}",
    lineExpected: "{path}: {reason} (se esperaba {expected})",
    missing: "falta el valor",
    notWhole: "{value} no es un número entero",
    wrongType: "{value} es {actual}, no {type}",
    tooSmall: "{value} es demasiado pequeño",
    tooLarge: "{value} es demasiado grande",
    tooShort:
      "{value} es demasiado corto ({count, plural, one {# carácter} many {# de caracteres} other {# caracteres}})",
    tooLong:
      "{value} es demasiado largo ({count, plural, one {# carácter} many {# de caracteres} other {# caracteres}})",
    tooFew: "demasiado pocos {unit, select, byte {bytes} other {elementos}} ({count})",
    tooMany: "demasiados {unit, select, byte {bytes} other {elementos}} ({count})",
    badFormat: "{value} no tiene la forma esperada",
    notMultiple: "{value} no es múltiplo de {divisor}",
    notAllowed: "{value} no es un valor admitido",
    severalShapes: "{value} corresponde a varias de las formas admitidas",
    unknownVariant: "{value} no designa ninguna variante conocida",
    noShape: "{value} no corresponde a ninguna de las formas admitidas",
    notAField: "{field} no es un campo de {owner}",
    ownerRecord: "este registro",
    valueNothing: "nada",
    valueObject: "un objeto",
    valueList: "una lista de {count, plural, one {# elemento} many {# de elementos} other {# elementos}}",
    type: "{type, select, string {texto} number {un número} int {un número entero} boolean {true o false} array {una lista} object {un objeto} date {una fecha} null {null} bigint {un entero grande} other {{type}}}",
    bound:
      "{relation, select, exactly {exactamente} atLeast {al menos} moreThan {más de} atMost {como máximo} other {menos de}} {unit, select, character {{limit, plural, one {# carácter} many {# de caracteres} other {# caracteres}}} item {{limit, plural, one {# elemento} many {# de elementos} other {# elementos}}} byte {{limit, plural, one {# byte} many {# de bytes} other {# bytes}}} other {{limit}}}",
    format: "{format, select, regex {un texto de la forma {pattern}} other {un {format} válido}}",
    multiple: "un múltiplo de {divisor}",
    oneOf: "{cut, select, yes {uno de los valores {values}, … ({all} en total)} other {uno de los valores {values}}}",
    exactlyOne: "exactamente una",
  },
};

export const RUSSIAN_RECORD_PROBLEMS: RecordProblemCatalog = {
  language: "ru",
  messages: {
    line: "{path}: {reason}",
    lineExpected: "{path}: {reason} (ожидается: {expected})",
    missing: "значение отсутствует",
    notWhole: "{value} не является целым числом",
    wrongType: "{value} — это {actual}, а не {type}",
    tooSmall: "значение {value} слишком мало",
    tooLarge: "значение {value} слишком велико",
    tooShort:
      "значение {value} слишком короткое ({count, plural, one {# символ} few {# символа} many {# символов} other {# символа}})",
    tooLong:
      "значение {value} слишком длинное ({count, plural, one {# символ} few {# символа} many {# символов} other {# символа}})",
    tooFew: "слишком мало {unit, select, byte {байтов} other {элементов}} ({count})",
    tooMany: "слишком много {unit, select, byte {байтов} other {элементов}} ({count})",
    badFormat: "значение {value} имеет неверный формат",
    notMultiple: "{value} не кратно {divisor}",
    notAllowed: "{value} не входит в число допустимых значений",
    severalShapes: "{value} соответствует сразу нескольким допустимым формам",
    unknownVariant: "{value} не обозначает ни один известный вариант",
    noShape: "{value} не соответствует ни одной из допустимых форм",
    notAField: "{field} не является полем {owner}",
    ownerRecord: "этой записи",
    valueNothing: "ничего",
    valueObject: "объект",
    valueList: "список из {count, plural, one {# элемента} few {# элементов} many {# элементов} other {# элемента}}",
    type: "{type, select, string {текст} number {число} int {целое число} boolean {true или false} array {список} object {объект} date {дата} null {null} bigint {большое целое число} other {{type}}}",
    // After "не менее", "более", "не более" and "менее" the counted noun is in the genitive.
    bound:
      "{relation, select, exactly {ровно {unit, select, character {{limit, plural, one {# символ} few {# символа} many {# символов} other {# символа}}} item {{limit, plural, one {# элемент} few {# элемента} many {# элементов} other {# элемента}}} byte {{limit, plural, one {# байт} few {# байта} many {# байт} other {# байта}}} other {{limit}}}} other {{relation, select, atLeast {не менее} moreThan {более} atMost {не более} other {менее}} {unit, select, character {{limit, plural, one {# символа} few {# символов} many {# символов} other {# символа}}} item {{limit, plural, one {# элемента} few {# элементов} many {# элементов} other {# элемента}}} byte {{limit, plural, one {# байта} few {# байт} many {# байт} other {# байта}}} other {{limit}}}}}",
    format: "{format, select, regex {текст вида {pattern}} other {допустимое значение формата {format}}}",
    multiple: "число, кратное {divisor}",
    oneOf: "{cut, select, yes {одно из значений {values}, … (всего {all})} other {одно из значений {values}}}",
    exactlyOne: "ровно одна",
  },
};

export const ARABIC_RECORD_PROBLEMS: RecordProblemCatalog = {
  language: "ar",
  messages: {
    line: "{path}: {reason}",
    lineExpected: "{path}: {reason} (المتوقع: {expected})",
    missing: "القيمة مفقودة",
    notWhole: "{value} ليس عدداً صحيحاً",
    wrongType: "{value} هو {actual}، وليس {type}",
    tooSmall: "{value} أصغر من اللازم",
    tooLarge: "{value} أكبر من اللازم",
    tooShort: "{value} أقصر من اللازم (عدد الأحرف: {count})",
    tooLong: "{value} أطول من اللازم (عدد الأحرف: {count})",
    tooFew: "{unit, select, byte {عدد البايتات} other {عدد العناصر}} أقل من اللازم ({count})",
    tooMany: "{unit, select, byte {عدد البايتات} other {عدد العناصر}} أكثر من اللازم ({count})",
    badFormat: "{value} ليس بالشكل المتوقع",
    notMultiple: "{value} ليس من مضاعفات {divisor}",
    notAllowed: "{value} ليست قيمة مسموحاً بها",
    severalShapes: "{value} يطابق أكثر من شكل واحد من الأشكال المسموح بها",
    unknownVariant: "{value} لا يدل على أي نوع معروف",
    noShape: "{value} لا يطابق أياً من الأشكال المسموح بها",
    notAField: "{field} ليس حقلاً في {owner}",
    ownerRecord: "هذا السجل",
    valueNothing: "لا شيء",
    valueObject: "كائن",
    valueList: "قائمة (عدد العناصر: {count})",
    type: "{type, select, string {نص} number {عدد} int {عدد صحيح} boolean {true أو false} array {قائمة} object {كائن} date {تاريخ} null {null} bigint {عدد صحيح كبير} other {{type}}}",
    bound:
      "{relation, select, exactly {بالضبط} atLeast {على الأقل} moreThan {أكثر من} atMost {على الأكثر} other {أقل من}} {limit}{unit, select, character { (أحرف)} item { (عناصر)} byte { (بايت)} other {}}",
    format: "{format, select, regex {نص بالشكل {pattern}} other {قيمة صالحة بصيغة {format}}}",
    multiple: "أحد مضاعفات {divisor}",
    oneOf: "{cut, select, yes {إحدى القيم {values}، … (المجموع {all})} other {إحدى القيم {values}}}",
    exactlyOne: "شكل واحد بالضبط",
  },
};

export const CHINESE_RECORD_PROBLEMS: RecordProblemCatalog = {
  language: "zh",
  messages: {
    line: "{path}：{reason}",
    lineExpected: "{path}：{reason}（应为{expected}）",
    missing: "缺少值",
    notWhole: "{value} 不是整数",
    wrongType: "{value} 是{actual}，不是{type}",
    tooSmall: "{value} 过小",
    tooLarge: "{value} 过大",
    tooShort: "{value} 过短（{count} 个字符）",
    tooLong: "{value} 过长（{count} 个字符）",
    tooFew: "{unit, select, byte {字节} other {元素}}过少（{count} 个）",
    tooMany: "{unit, select, byte {字节} other {元素}}过多（{count} 个）",
    badFormat: "{value} 的格式不符合要求",
    notMultiple: "{value} 不是 {divisor} 的倍数",
    notAllowed: "{value} 不是允许的值",
    severalShapes: "{value} 同时符合多种允许的形式",
    unknownVariant: "{value} 不是已知的类型",
    noShape: "{value} 不符合任何一种允许的形式",
    notAField: "{field} 不是{owner}的字段",
    ownerRecord: "此记录",
    valueNothing: "空值",
    valueObject: "对象",
    valueList: "含 {count} 个元素的列表",
    type: "{type, select, string {文本} number {数字} int {整数} boolean {true 或 false} array {列表} object {对象} date {日期} null {null} bigint {大整数} other {{type}}}",
    bound:
      "{relation, select, exactly {恰好} atLeast {至少} moreThan {多于} atMost {至多} other {少于}} {limit}{unit, select, character { 个字符} item { 个元素} byte { 字节} other {}}",
    format: "{format, select, regex {符合 {pattern} 的文本} other {有效的 {format}}}",
    multiple: "{divisor} 的倍数",
    oneOf: "{cut, select, yes {以下值之一：{values} 等（共 {all} 个）} other {以下值之一：{values}}}",
    exactlyOne: "恰好一种",
  },
};
