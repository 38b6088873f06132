/** The cases the Russian templates put names into; the nominative is the name as stored. */
export type RussianCase = "gen" | "dat" | "ins" | "prep";

type CaseForms = Readonly<Record<RussianCase, string>>;

/**
 * Names whose cases the rules below would get wrong (two heads joined by "и", or a plural
 * that its ending does not show); the nominative is the key.
 */
const NAME_CASES: Readonly<Record<string, CaseForms>> = {
  "Генеральная Ассамблея": {
    gen: "Генеральной Ассамблеи",
    dat: "Генеральной Ассамблее",
    ins: "Генеральной Ассамблеей",
    prep: "Генеральной Ассамблее",
  },
  "Экономический и Социальный Совет": {
    gen: "Экономического и Социального Совета",
    dat: "Экономическому и Социальному Совету",
    ins: "Экономическим и Социальным Советом",
    prep: "Экономическом и Социальном Совете",
  },
  "Генеральный секретарь": {
    gen: "Генерального секретаря",
    dat: "Генеральному секретарю",
    ins: "Генеральным секретарем",
    prep: "Генеральном секретаре",
  },
  "Латинская Америка и Карибский бассейн": {
    gen: "Латинской Америки и Карибского бассейна",
    dat: "Латинской Америке и Карибскому бассейну",
    ins: "Латинской Америкой и Карибским бассейном",
    prep: "Латинской Америке и Карибском бассейне",
  },
  Филиппины: { gen: "Филиппин", dat: "Филиппинам", ins: "Филиппинами", prep: "Филиппинах" },
  "Соединенные Штаты Америки": {
    gen: "Соединенных Штатов Америки",
    dat: "Соединенным Штатам Америки",
    ins: "Соединенными Штатами Америки",
    prep: "Соединенных Штатах Америки",
  },
};

type EndingRule = readonly [RegExp, CaseForms];

/** Singular endings by the nominative: adjectives first, then nouns. */
const SINGULAR: readonly EndingRule[] = [
  [/ая$/u, { gen: "ой", dat: "ой", ins: "ой", prep: "ой" }],
  [/яя$/u, { gen: "ей", dat: "ей", ins: "ей", prep: "ей" }],
  [/(ый|ой)$/u, { gen: "ого", dat: "ому", ins: "ым", prep: "ом" }],
  [/(?<=[гкхжшщч])ий$/u, { gen: "ого", dat: "ому", ins: "им", prep: "ом" }],
  [/ий$/u, { gen: "его", dat: "ему", ins: "им", prep: "ем" }],
  [/ое$/u, { gen: "ого", dat: "ому", ins: "ым", prep: "ом" }],
  [/ее$/u, { gen: "его", dat: "ему", ins: "им", prep: "ем" }],
  [/ия$/u, { gen: "ии", dat: "ии", ins: "ией", prep: "ии" }],
  [/ие$/u, { gen: "ия", dat: "ию", ins: "ием", prep: "ии" }],
  [/(?<=[гкхжшщч])а$/u, { gen: "и", dat: "е", ins: "ой", prep: "е" }],
  [/а$/u, { gen: "ы", dat: "е", ins: "ой", prep: "е" }],
  [/я$/u, { gen: "и", dat: "е", ins: "ей", prep: "е" }],
  [/й$/u, { gen: "я", dat: "ю", ins: "ем", prep: "е" }],
  // Of the nouns in "-о" only "-ство" is declined: the others in names are foreign and
  // indeclinable ("Буркина-Фасо", "Марокко", "бюро").
  [/(?<=ств)о$/u, { gen: "а", dat: "у", ins: "ом", prep: "е" }],
];

/** Plural endings by the nominative plural: adjectives first, then nouns. */
const PLURAL: readonly EndingRule[] = [
  [/ые$/u, { gen: "ых", dat: "ым", ins: "ыми", prep: "ых" }],
  [/ие$/u, { gen: "их", dat: "им", ins: "ими", prep: "их" }],
  [/ии$/u, { gen: "ий", dat: "иям", ins: "иями", prep: "иях" }],
  [/ства$/u, { gen: "ств", dat: "ствам", ins: "ствами", prep: "ствах" }],
  [/(?<=[гкхжшщч])и$/u, { gen: "ов", dat: "ам", ins: "ами", prep: "ах" }],
  [/и$/u, { gen: "ей", dat: "ям", ins: "ями", prep: "ях" }],
  [/ы$/u, { gen: "ов", dat: "ам", ins: "ами", prep: "ах" }],
  [/а$/u, { gen: "ов", dat: "ам", ins: "ами", prep: "ах" }],
];

/**
 * Whether a word is an adjective in the nominative: singular "-ая", "-ый", "-ое"…, plural
 * "-ые", and "-ие" after a velar or sibilant ("технологические"), which tells it from a
 * noun such as "решение".
 */
function isAdjective(word: string): boolean {
  return /(ая|яя|ый|ой|ий|ое|ее|ые)$/u.test(word) || /[гкхжшщч]ие$/u.test(word);
}

function isPluralAdjective(word: string): boolean {
  return /ые$/u.test(word) || /[гкхжшщч]ие$/u.test(word);
}

/**
 * Whether a head noun is plural by its own ending: "-ы" ("секретариаты", "Филиппины"),
 * "-ии" ("компании"), "-ства" ("министерства"), or "-и" after a velar or sibilant. A soft
 * "-и" alone is left singular: most such names are indeclinable ("Мали", "Чили").
 */
function isPluralNoun(word: string): boolean {
  return /(ы|ии|ства|[гкхжшщч]и)$/u.test(word);
}

/** One word in a case by its nominative ending; words not in Cyrillic and short words stay. */
function declineWord(word: string, grammaticalCase: RussianCase, plural: boolean): string {
  if (/[^а-яё]/iu.test(word) || word.length < 3) return word;
  for (const [ending, forms] of plural ? PLURAL : SINGULAR) {
    if (ending.test(word)) return word.replace(ending, forms[grammaticalCase]);
  }
  if (!plural && /[бвгджзклмнпрстфхцчшщ]$/u.test(word)) {
    return word + { gen: "а", dat: "у", ins: "ом", prep: "е" }[grammaticalCase];
  }
  return word;
}

/** The last part of a hyphenated word ("Юго-Восточная" → "Восточная"), where its ending is. */
function lastPart(word: string): string {
  return word.split("-").at(-1) ?? word;
}

/**
 * A place's, body's or partner's name in a case: from the table when it is there, else word
 * by word by the nominative endings ("Юго-Восточная Азия" → "Юго-Восточной Азии", "Белиз"
 * → "Белизе", "технологические компании" → "технологическими компаниями", "Буркина-Фасо"
 * unchanged). The leading adjectives and the head noun decline, in the plural when an
 * adjective or the head says so; the words after the head (already in their own case) do
 * not; of a hyphenated word only the last part does.
 */
export function russianNameIn(name: string, grammaticalCase: RussianCase): string {
  const known = NAME_CASES[name]?.[grammaticalCase];
  if (known !== undefined) return known;
  const words = name.split(" ");
  const headIndex = words.findIndex((word) => !isAdjective(lastPart(word)));
  const declined = headIndex === -1 ? words.length : headIndex + 1;
  const head = headIndex === -1 ? undefined : words[headIndex];
  const plural =
    words.slice(0, declined).some((word) => isPluralAdjective(lastPart(word))) ||
    (head !== undefined && isPluralNoun(lastPart(head)));
  return words
    .map((word, index) => {
      if (index >= declined) return word;
      const parts = word.split("-");
      const last = parts.pop() ?? word;
      return [...parts, declineWord(last, grammaticalCase, plural)].join("-");
    })
    .join(" ");
}
