import { z } from 'zod';
import type { ReportLanguage } from '../../../shared/domain/report';
import {
  defaultSuppressionThreshold,
  effectiveSuppressionThreshold,
} from '../../reports/privacy/suppression-threshold';
import type { Executor } from '../database';
import { readSetting, writeSetting } from '../settings/settings-repository';

export const suppressionThresholdKey = 'reports.suppressionThreshold';
/** The network's name as documents print it, one setting per language ("network.name" is the English one). */
export const networkNameKeys = { en: 'network.name', fr: 'network.name.fr' } as const;
export const networkNameKey = networkNameKeys.en;
export const defaultNetworkNames = {
  en: 'Migrant Worker Support Network',
  fr: 'Réseau de soutien aux travailleurs migrants',
} as const;

export async function readSuppressionThreshold(db: Executor): Promise<number> {
  return effectiveSuppressionThreshold(
    await readSetting(db, suppressionThresholdKey, z.number(), defaultSuppressionThreshold),
  );
}

export function writeSuppressionThreshold(db: Executor, threshold: number, at: string): Promise<void> {
  return writeSetting(db, suppressionThresholdKey, effectiveSuppressionThreshold(threshold), at);
}

export function readNetworkName(db: Executor, language: ReportLanguage): Promise<string> {
  return readSetting(db, networkNameKeys[language], z.string().min(1), defaultNetworkNames[language]);
}

export async function readNetworkNames(db: Executor): Promise<Record<ReportLanguage, string>> {
  return { en: await readNetworkName(db, 'en'), fr: await readNetworkName(db, 'fr') };
}

export async function writeNetworkNames(db: Executor, names: Record<ReportLanguage, string>, at: string): Promise<void> {
  await writeSetting(db, networkNameKeys.en, names.en, at);
  await writeSetting(db, networkNameKeys.fr, names.fr, at);
}
