import { format } from 'echarts';

const widths = new Map<string, number>();

/**
 * A reader without Calibri sees the document in another face (LibreOffice on Linux substitutes
 * Noto Sans or DejaVu Sans, up to about 15% wider than the Helvetica widths ECharts measures with).
 */
const widestSubstituteFace = 1.15;

/**
 * How wide a text is, in em of the body font, as ECharts measures text without a browser (a
 * Helvetica-like face, a whole em for a letter outside ASCII), widened for the widest face a reader
 * may print it in: the safe side, since a column given this width never breaks a word.
 */
export function textWidthEm(text: string, bold = false): number {
  let width = widths.get(text);
  if (width === undefined) {
    // An accented letter is as wide as its base letter ("é" as "e"); ECharts would count a whole em.
    const bare = text.normalize('NFD').replace(/\p{M}/gu, '');
    width = (format.getTextRect(bare, '100px sans-serif').width / 100) * widestSubstituteFace;
    widths.set(text, width);
  }
  // Bold faces run about 7% wider than regular ones.
  return bold ? width * 1.07 : width;
}

/** The widest single word: a column narrower than this breaks the word across lines. */
export function longestWordEm(text: string, bold = false): number {
  return Math.max(0, ...text.split(/\s+/).map((word) => textWidthEm(word, bold)));
}
