import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

export function tempDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export async function timeMs(work: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  await work();
  return performance.now() - start;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export interface BenchFigure {
  name: string;
  value: number;
  unit: string;
  goal?: { max: number; unit: string };
  /** A line of its own (a part skipped, and why), not a measurement. */
  note?: boolean;
}

export function formatFigure(figure: BenchFigure): string {
  if (figure.note) return figure.name;
  const value = figure.unit === 'x' ? figure.value.toFixed(2) : figure.value.toFixed(figure.value < 10 ? 3 : 1);
  const goal = figure.goal ? ` (goal: at most ${figure.goal.max}${figure.goal.unit})` : '';
  const verdict = figure.goal ? (figure.value <= figure.goal.max ? '  ok' : '  OVER GOAL') : '';
  return `${figure.name}: ${value}${figure.unit}${goal}${verdict}`;
}
