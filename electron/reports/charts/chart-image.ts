/** A chart as every format needs it: SVG (Word, the print view), PNG (Word's fallback, the workbook). */
export interface ChartImage {
  readonly svg: string;
  readonly png: Buffer;
  /** Size on the page in CSS pixels (96 to the inch); the PNG has twice as many, for print. */
  readonly width: number;
  readonly height: number;
  /** What the chart shows, for readers who cannot see it: every category and its value or marker. */
  readonly altText: string;
}
