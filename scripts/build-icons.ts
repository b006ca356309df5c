/**
 * Renders resources/icon.svg into every icon the window and the installers need, beside it:
 *   icon.png (1024, the window's icon and the source electron-builder falls back on),
 *   icons/NxN.png (the Linux set), icon.ico (Windows) and icon.icns (macOS).
 * ICO and ICNS are plain containers of PNG images, written here rather than by a platform tool.
 * Run with: npx tsx scripts/build-icons.ts (the outputs are committed).
 */
import fs from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const resources = path.resolve(__dirname, '..', 'resources');
const svg = fs.readFileSync(path.join(resources, 'icon.svg'));

export function render(size: number): Buffer {
  return Buffer.from(new Resvg(svg, { fitTo: { mode: 'width', value: size }, background: 'rgba(0,0,0,0)' }).render().asPng());
}

/** An .ico holding PNG images (read by Windows Vista and later): a directory of entries, then the images. */
export function icoFrom(images: readonly { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4);
    entry.writeUInt16LE(32, 6);
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((image) => image.png)]);
}

/** An .icns holding PNG images under the types macOS reads for each size. */
export function icnsFrom(images: readonly { type: string; png: Buffer }[]): Buffer {
  const chunks = images.map(({ type, png }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + chunks.reduce((sum, chunk) => sum + chunk.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}

function main(): void {
  const sizes = [16, 32, 48, 64, 128, 256, 512, 1024];
  const png = new Map(sizes.map((size) => [size, render(size)]));
  const at = (size: number) => png.get(size) as Buffer;
  fs.writeFileSync(path.join(resources, 'icon.png'), at(1024));
  fs.mkdirSync(path.join(resources, 'icons'), { recursive: true });
  for (const size of [16, 32, 48, 64, 128, 256, 512]) fs.writeFileSync(path.join(resources, 'icons', `${size}x${size}.png`), at(size));
  fs.writeFileSync(path.join(resources, 'icon.ico'), icoFrom([16, 32, 48, 64, 128, 256].map((size) => ({ size, png: at(size) }))));
  fs.writeFileSync(
    path.join(resources, 'icon.icns'),
    icnsFrom([
      { type: 'icp4', png: at(16) },
      { type: 'icp5', png: at(32) },
      { type: 'ic07', png: at(128) },
      { type: 'ic08', png: at(256) },
      { type: 'ic09', png: at(512) },
      { type: 'ic10', png: at(1024) },
    ]),
  );
}

if (require.main === module) main();
