import fs from 'node:fs';
import path from 'node:path';

/**
 * The faces charts are drawn in, first found first: Noto Sans (Linux, where the app's tests and CI
 * install fonts-noto-core), then Arial (Windows, macOS). The SVG names them all, so Word and a
 * browser pick whichever they have; resvg, which rasterises the PNG, is given the files themselves.
 */
export const chartFontFamilies = ['Noto Sans', 'Arial', 'Helvetica', 'DejaVu Sans'] as const;

const windowsFonts = path.join(process.env.WINDIR ?? 'C:\\Windows', 'Fonts');
const candidates: ReadonlyArray<{ family: string; files: readonly string[] }> = [
  {
    family: 'Noto Sans',
    files: ['/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf', '/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf'],
  },
  { family: 'Arial', files: [path.join(windowsFonts, 'arial.ttf'), path.join(windowsFonts, 'arialbd.ttf')] },
  {
    family: 'Arial',
    files: ['/System/Library/Fonts/Supplemental/Arial.ttf', '/System/Library/Fonts/Supplemental/Arial Bold.ttf'],
  },
  { family: 'DejaVu Sans', files: ['/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'] },
];

export interface ChartFonts {
  /** Font files to load; empty when none was found, and the system's fonts are searched instead. */
  readonly files: readonly string[];
  readonly family: string;
}

let found: ChartFonts | undefined;

/** Looked up once: scanning every installed font (CJK collections included) takes the better part of a second. */
export function chartFonts(): ChartFonts {
  if (!found) {
    const present = candidates.find((candidate) => fs.existsSync(candidate.files[0]!));
    found = present
      ? { files: present.files.filter((file) => fs.existsSync(file)), family: present.family }
      : { files: [], family: 'sans-serif' };
  }
  return found;
}
