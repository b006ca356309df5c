import { encodePng } from './png-encoder';
import { Raster, type Colour } from './raster';

export interface ChartBar {
  /** The true value, or null when it is suppressed: then only a striped stub is drawn. */
  readonly value: number | null;
  /** What is printed beside the bar: "42", "<10", "x", "$1,250". */
  readonly label: string;
  /** Migrant-worker bars are drawn in the accent colour so they stand out. */
  readonly emphasised?: boolean;
}

export interface BarChartImage {
  readonly png: Buffer;
  readonly width: number;
  readonly height: number;
}

const ink: Colour = [33, 37, 41];
const barColour: Colour = [70, 110, 160];
const accentColour: Colour = [196, 98, 16];
const hiddenColour: Colour = [150, 150, 150];
const rowHeight = 30;
const scale = 2;

/**
 * A horizontal bar chart, one numbered bar per row in the order of the table it illustrates
 * (the number ties each bar to its row). Drawn from the same published numbers as the table, so a
 * suppressed count never shows through a bar's length.
 */
export function renderBarChart(bars: readonly ChartBar[], width = 640): BarChartImage {
  const height = Math.max(1, bars.length) * rowHeight + 16;
  const raster = new Raster(width, height);
  const keyWidth = raster.textWidth(String(bars.length), scale) + 12;
  const labelWidth = Math.max(...bars.map((bar) => raster.textWidth(bar.label, scale)), 0) + 12;
  const plotWidth = width - keyWidth - labelWidth - 8;
  const largest = Math.max(1, ...bars.map((bar) => bar.value ?? 0));
  raster.fillRect(keyWidth - 2, 4, 1, height - 8, ink);
  bars.forEach((bar, index) => {
    const top = 8 + index * rowHeight;
    const textTop = top + (rowHeight - 8 - raster.textHeight * scale) / 2;
    raster.drawText(String(index + 1), 4, textTop, scale, ink);
    const barLength = bar.value === null ? 12 : Math.round((bar.value / largest) * plotWidth);
    if (bar.value === null) raster.hatchRect(keyWidth, top, barLength, rowHeight - 8, hiddenColour);
    else raster.fillRect(keyWidth, top, barLength, rowHeight - 8, bar.emphasised ? accentColour : barColour);
    raster.drawText(bar.label, keyWidth + barLength + 6, textTop, scale, ink);
  });
  return { png: encodePng(width, height, raster.pixels), width, height };
}
