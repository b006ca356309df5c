import { Resvg } from '@resvg/resvg-js';
import { chartFonts } from './chart-fonts';

/** The PNG of a chart's SVG, drawn by resvg at twice its size so it prints sharp. */
export function rasteriseSvg(svg: string): Buffer {
  const fonts = chartFonts();
  const resvg = new Resvg(svg, {
    background: '#ffffff',
    fitTo: { mode: 'zoom', value: 2 },
    font: {
      fontFiles: [...fonts.files],
      // Without a known face, let resvg search the system rather than draw no text at all.
      loadSystemFonts: fonts.files.length === 0,
      defaultFontFamily: fonts.family,
      sansSerifFamily: fonts.family,
    },
  });
  return resvg.render().asPng();
}
