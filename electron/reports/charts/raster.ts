import { glyph, glyphHeight, glyphWidth } from './glyphs';

export type Colour = readonly [number, number, number];

/** A white RGB canvas with just the drawing a bar chart needs. */
export class Raster {
  readonly pixels: Uint8Array;
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.pixels = new Uint8Array(width * height * 3).fill(255);
  }

  fillRect(x: number, y: number, width: number, height: number, colour: Colour): void {
    const x0 = Math.max(0, Math.round(x));
    const y0 = Math.max(0, Math.round(y));
    const x1 = Math.min(this.width, Math.round(x + width));
    const y1 = Math.min(this.height, Math.round(y + height));
    for (let row = y0; row < y1; row += 1) {
      for (let column = x0; column < x1; column += 1) {
        const offset = (row * this.width + column) * 3;
        this.pixels[offset] = colour[0];
        this.pixels[offset + 1] = colour[1];
        this.pixels[offset + 2] = colour[2];
      }
    }
  }

  private setPixel(x: number, y: number, colour: Colour): void {
    if (x < 0 || y < 0 || x >= this.width || y >= this.height) return;
    const offset = (y * this.width + x) * 3;
    this.pixels[offset] = colour[0];
    this.pixels[offset + 1] = colour[1];
    this.pixels[offset + 2] = colour[2];
  }

  /** Diagonal stripes: a hidden value gets a fixed-size striped stub, never a bar of its true length. */
  hatchRect(x: number, y: number, width: number, height: number, colour: Colour): void {
    const left = Math.round(x);
    const top = Math.round(y);
    for (let row = 0; row < height; row += 1) {
      for (let column = 0; column < width; column += 1) {
        if ((row + column) % 6 < 2) this.setPixel(left + column, top + row, colour);
      }
    }
  }

  textWidth(text: string, scale: number): number {
    return text.length * (glyphWidth + 1) * scale;
  }

  drawText(text: string, x: number, y: number, scale: number, colour: Colour): void {
    [...text].forEach((character, index) => {
      const rows = glyph(character);
      if (!rows) return;
      const left = x + index * (glyphWidth + 1) * scale;
      rows.forEach((bits, row) =>
        [...bits].forEach((bit, column) => {
          if (bit === '1') this.fillRect(left + column * scale, y + row * scale, scale, scale, colour);
        }),
      );
    });
  }

  get textHeight(): number {
    return glyphHeight;
  }
}
