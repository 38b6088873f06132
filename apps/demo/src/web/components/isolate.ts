/**
 * Text set apart from its surroundings' direction (Unicode first-strong isolate), so that a
 * document symbol such as "E/CN.15/2021/…" keeps its order inside an Arabic sentence.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
