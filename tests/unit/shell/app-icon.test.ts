import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { render } from '../../../scripts/build-icons';

const resources = path.resolve(__dirname, '..', '..', '..', 'resources');
const read = (name: string) => fs.readFileSync(path.join(resources, name));
const pngSignature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const pngSize = (png: Buffer) => ({ width: png.readUInt32BE(16), height: png.readUInt32BE(20) });

describe('the app icon in resources/', () => {
  it('is rendered from icon.svg as it stands (rerun scripts/build-icons.ts after changing it)', () => {
    expect(read('icons/64x64.png').equals(render(64))).toBe(true);
  });

  it('gives the window a 1024 px PNG and Linux its set of sizes', () => {
    expect(pngSize(read('icon.png'))).toEqual({ width: 1024, height: 1024 });
    for (const size of [16, 32, 48, 64, 128, 256, 512]) expect(pngSize(read(`icons/${size}x${size}.png`))).toEqual({ width: size, height: size });
  });

  it('gives Windows an .ico whose entries point at PNG images up to 256 px', () => {
    const ico = read('icon.ico');
    expect(ico.readUInt16LE(2)).toBe(1);
    const count = ico.readUInt16LE(4);
    const widths: number[] = [];
    for (let index = 0; index < count; index++) {
      const entry = 6 + index * 16;
      widths.push(ico.readUInt8(entry) || 256);
      const offset = ico.readUInt32LE(entry + 12);
      expect(ico.subarray(offset, offset + 8).equals(pngSignature)).toBe(true);
    }
    expect(widths).toContain(256);
  });

  it('gives macOS an .icns whose length and chunks add up, up to 1024 px', () => {
    const icns = read('icon.icns');
    expect(icns.toString('latin1', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const types: string[] = [];
    for (let offset = 8; offset < icns.length; offset += icns.readUInt32BE(offset + 4)) types.push(icns.toString('latin1', offset, offset + 4));
    expect(types).toEqual(['icp4', 'icp5', 'ic07', 'ic08', 'ic09', 'ic10']);
  });

  it('is what electron-builder.yml points the installers at', () => {
    const config = fs.readFileSync(path.join(resources, '..', 'electron-builder.yml'), 'utf8');
    for (const file of ['resources/icon.ico', 'resources/icon.icns', 'resources/icons', 'resources/icon.png']) {
      expect(config).toContain(file);
      expect(fs.existsSync(path.join(resources, '..', file))).toBe(true);
    }
  });
});
