import { inflateRawSync } from "node:zlib";

/** The bytes of one entry of a ZIP archive, read through its central directory; undefined when absent. */
function zipEntry(zip: Uint8Array, name: string): Uint8Array | undefined {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.length - 22;
  while (end >= 0 && view.getUint32(end, true) !== 0x06054b50) end -= 1;
  if (end < 0) return undefined;
  let at = view.getUint32(end + 16, true);
  const count = view.getUint16(end + 10, true);
  const decoder = new TextDecoder();
  for (let index = 0; index < count; index += 1) {
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    const local = view.getUint32(at + 42, true);
    if (decoder.decode(zip.subarray(at + 46, at + 46 + nameLength)) === name) {
      const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
      const data = zip.subarray(start, start + size);
      return method === 0 ? data : new Uint8Array(inflateRawSync(data));
    }
    at += 46 + nameLength + extra + comment;
  }
  return undefined;
}

/**
 * The document part of a DOCX with every section marked right to left (`<w:bidi/>` in
 * `w:sectPr`, before `w:docGrid` as the schema orders it), which `docx` 9 cannot set: Word
 * and LibreOffice then mirror the page itself (the footnote separator, columns, the gutter)
 * and not only the paragraphs. Undefined when the archive has no document part.
 */
export function rightToLeftSections(docx: Uint8Array): string | undefined {
  const part = zipEntry(docx, "word/document.xml");
  if (part === undefined) return undefined;
  const xml = new TextDecoder().decode(part);
  return xml.replace(/(<w:sectPr\b[^>]*>(?:(?!<\/w:sectPr>)[\s\S])*?)(<w:docGrid\b|<\/w:sectPr>)/gu, "$1<w:bidi/>$2");
}
