import { z } from 'zod';
import {
  defaultSuppressionThreshold,
  effectiveSuppressionThreshold,
} from '../../reports/privacy/suppression-threshold';
import type { Executor } from '../database';
import { readSetting, writeSetting } from '../settings/settings-repository';

export const suppressionThresholdKey = 'reports.suppressionThreshold';
export const networkNameKey = 'network.name';
export const defaultNetworkName = 'Migrant Worker Support Network';

export async function readSuppressionThreshold(db: Executor): Promise<number> {
  return effectiveSuppressionThreshold(
    await readSetting(db, suppressionThresholdKey, z.number(), defaultSuppressionThreshold),
  );
}

export function writeSuppressionThreshold(db: Executor, threshold: number, at: string): Promise<void> {
  return writeSetting(db, suppressionThresholdKey, effectiveSuppressionThreshold(threshold), at);
}

export function readNetworkName(db: Executor): Promise<string> {
  return readSetting(db, networkNameKey, z.string().min(1), defaultNetworkName);
}
