import { readZip } from './read-zip';

const decode = (text: string) =>
  text
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Every table of a Word document as its rows of cell texts, read from word/document.xml. */
export function docxTables(bytes: Buffer): string[][][] {
  const xml = readZip(bytes).get('word/document.xml')!.toString('utf8');
  return [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((table) =>
    [...table[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((row) =>
      [...row[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((cell) =>
        [...cell[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((text) => decode(text[1]!)).join(''),
      ),
    ),
  );
}

/** The media files of a Word document or workbook, by name ("word/media/image1.svg"). */
export function mediaFiles(bytes: Buffer): Map<string, Buffer> {
  return new Map([...readZip(bytes)].filter(([name]) => /\/media\//.test(name)));
}

/** The texts an SVG draws, each <text> element's content, entities decoded. */
export function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([\s\S]*?)<\/text>/g)].map((match) => decode(match[1]!.replace(/<[^>]+>/g, '')));
}
