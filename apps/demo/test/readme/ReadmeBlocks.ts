/** A fenced TypeScript block of a README: its text and the README line its first line is on. */
export interface ReadmeBlock {
  readonly readme: string;
  readonly line: number;
  readonly source: string;
}

/**
 * Every ```ts block of a README, in order. A block is what a reader copies, so each is
 * compiled alone, as its own module.
 */
export function typeScriptBlocks(readme: string, markdown: string): ReadmeBlock[] {
  const blocks: ReadmeBlock[] = [];
  const lines = markdown.split("\n");
  let open: { line: number; body: string[] } | undefined;
  lines.forEach((text, index) => {
    if (open === undefined) {
      if (/^```(ts|typescript)\s*$/.test(text)) open = { line: index + 2, body: [] };
      return;
    }
    if (/^```\s*$/.test(text)) {
      blocks.push({ readme, line: open.line, source: open.body.join("\n") });
      open = undefined;
      return;
    }
    open.body.push(text);
  });
  return blocks;
}

/** The packages a block imports by name (not `node:` built-ins, not relative paths), package names only. */
export function importedPackages(source: string): string[] {
  const names = new Set<string>();
  for (const match of source.matchAll(/\bfrom\s+"([^"]+)"|\bimport\s+"([^"]+)"/g)) {
    const specifier = match[1] ?? match[2] ?? "";
    if (specifier.startsWith("node:") || specifier.startsWith(".")) continue;
    const parts = specifier.split("/");
    names.add(specifier.startsWith("@") ? parts.slice(0, 2).join("/") : (parts[0] ?? specifier));
  }
  return [...names];
}
