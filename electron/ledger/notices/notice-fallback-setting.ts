import { noticeFallbackLanguageSchema, type NoticeFallbackLanguage } from '../../../shared/domain/notices';
import type { Executor } from '../database';
import { readSetting, writeSetting } from '../settings/settings-repository';

const fallbackKey = 'notices.fallbackLanguage';

/** English until the coordinator chooses French for members whose language has no notice text. */
export function readNoticeFallbackLanguage(db: Executor): Promise<NoticeFallbackLanguage> {
  return readSetting(db, fallbackKey, noticeFallbackLanguageSchema, 'en');
}

export function writeNoticeFallbackLanguage(db: Executor, language: NoticeFallbackLanguage, at: string): Promise<void> {
  return writeSetting(db, fallbackKey, language, at);
}
