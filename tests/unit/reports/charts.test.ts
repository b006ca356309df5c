import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { renderBarChart } from '../../../electron/reports/charts/bar-chart';
import { crc32, encodePng } from '../../../electron/reports/charts/png-encoder';
import { publishQuarterlyReport } from '../../../electron/reports/quarterly/publish-quarterly-report';
import { sampleDisclosure, sampleQuarterlyData } from '../../support/sample-quarterly-data';
import type { QuarterlyReportData } from '../../../electron/reports/quarterly/quarterly-report-data';

const publish = async (data: QuarterlyReportData) => publishQuarterlyReport(data, 'en', await sampleDisclosure(data));

describe('PNG encoder', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926);
  });

  it('writes a PNG whose pixels read back', () => {
    const pixels = new Uint8Array([255, 0, 0, 0, 255, 0, 0, 0, 255, 10, 20, 30]);
    const png = encodePng(2, 2, pixels);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.readUInt32BE(16)).toBe(2);
    const idatLength = png.readUInt32BE(33);
    expect(png.toString('ascii', 37, 41)).toBe('IDAT');
    const raw = inflateSync(png.subarray(41, 41 + idatLength));
    // Each scanline: filter byte 0, then RGB.
    expect([...raw]).toEqual([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 10, 20, 30]);
  });
});

describe('bar charts', () => {
  it('take their bars from the published counts, so a suppressed one has no length', async () => {
    const report = await publish(sampleQuarterlyData());
    const former = report.participationBars[1]!;
    expect(former).toMatchObject({ value: null, label: '<10' });
    const changed = await publish(
      sampleQuarterlyData({
        participationByCategory: sampleQuarterlyData().participationByCategory.map((row) =>
          row.category === 'former_migrant_worker' ? { ...row, participants: 2 } : row,
        ),
      }),
    );
    expect(changed.participationBars[1]).toEqual(former);
    // The picture itself is the same whether 7 or 2 former workers took part.
    expect(renderBarChart(changed.participationBars).png.equals(renderBarChart(report.participationBars).png)).toBe(
      true,
    );
  });
});
