import { inflateRawSync } from 'node:zlib';

/**
 * Reads every entry of a zip (a .docx or .xlsx) from its central directory; enough for tests to
 * look at the XML a report really contains, without trusting the library that wrote it.
 */
export function readZip(bytes: Buffer): Map<string, Buffer> {
  const endOfDirectory = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (endOfDirectory < 0) throw new Error('Not a zip file');
  const entryCount = bytes.readUInt16LE(endOfDirectory + 10);
  let offset = bytes.readUInt32LE(endOfDirectory + 16);
  const files = new Map<string, Buffer>();
  for (let index = 0; index < entryCount; index += 1) {
    if (bytes.readUInt32LE(offset) !== 0x02014b50) throw new Error('Corrupt zip directory');
    const method = bytes.readUInt16LE(offset + 10);
    const compressedSize = bytes.readUInt32LE(offset + 20);
    const nameLength = bytes.readUInt16LE(offset + 28);
    const extraLength = bytes.readUInt16LE(offset + 30);
    const commentLength = bytes.readUInt16LE(offset + 32);
    const localHeader = bytes.readUInt32LE(offset + 42);
    const name = bytes.toString('utf8', offset + 46, offset + 46 + nameLength);
    const localNameLength = bytes.readUInt16LE(localHeader + 26);
    const localExtraLength = bytes.readUInt16LE(localHeader + 28);
    const start = localHeader + 30 + localNameLength + localExtraLength;
    const data = bytes.subarray(start, start + compressedSize);
    files.set(name, method === 0 ? Buffer.from(data) : inflateRawSync(data));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

/** The visible text of a Word document's body, paragraph by paragraph. */
export function docxParagraphs(bytes: Buffer): string[] {
  const xml = readZip(bytes).get('word/document.xml')?.toString('utf8');
  if (!xml) throw new Error('No word/document.xml in the document');
  const decode = (text: string) =>
    text
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((match) =>
    [...match[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((text) => decode(text[1]!)).join(''),
  );
}

/** Headings as Word's navigation pane sees them: paragraphs with a HeadingN style. */
export function docxHeadings(bytes: Buffer): Array<{ level: number; text: string }> {
  const xml = readZip(bytes).get('word/document.xml')!.toString('utf8');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].flatMap((match) => {
    const style = /<w:pStyle w:val="Heading(\d)"\/>/.exec(match[0]);
    if (!style) return [];
    const text = [...match[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
    return [{ level: Number(style[1]), text }];
  });
}
