import { joinItemsIn, type Language } from "@remit/core";
import { Fragment, type ComponentChildren } from "preact";

/**
 * The words between the items of a list as core's `joinItemsIn` writes it in `language`
 * ("A, B and C", "A、B和C", "A, B, as well as C" when an item holds an "and" itself): the
 * joined text is walked item by item, and what lies between two items is their separator.
 */
function listSeparators(texts: readonly string[], language: Language): string[] {
  const joined = joinItemsIn(language, texts);
  const separators: string[] = [];
  let at = joined.indexOf(texts[0] ?? "") + (texts[0] ?? "").length;
  for (const text of texts.slice(1)) {
    const next = joined.indexOf(text, at);
    separators.push(joined.slice(at, next));
    at = next + text.length;
  }
  return separators;
}

/**
 * Items drawn as elements (a record's text with its language marker, a link) joined as the
 * page's language lists them: `texts` are the items as plain text, which decide the words
 * between them; `items` are what is drawn.
 */
export function ListOf(props: {
  readonly items: readonly ComponentChildren[];
  readonly texts: readonly string[];
  readonly language: Language;
}) {
  const separators = listSeparators(props.texts, props.language);
  return (
    <>
      {props.items.map((item, index) => (
        <Fragment key={index}>
          {index === 0 ? null : separators[index - 1]}
          {item}
        </Fragment>
      ))}
    </>
  );
}
