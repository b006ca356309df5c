import type { LanguageCode } from '../../../shared/domain/languages';
import { meetingKinds, type MeetingKind } from '../../../shared/domain/meeting';
import { appNoticeText } from '../../../shared/domain/notice-default-texts';
import { noticePurposes, type NoticePurpose, type NoticeTemplate } from '../../../shared/domain/notices';
import type { Executor } from '../database';
import { listStoredTemplates } from './notice-template-repository';

function appTemplate(kind: MeetingKind, purpose: NoticePurpose, language: 'en' | 'fr'): NoticeTemplate {
  return { kind, purpose, language, ...appNoticeText(language, kind, purpose), source: 'app', updatedAt: null };
}

/** Every text in force: the app's English and French unless the coordinator edited them, plus every other language written. */
export async function listEffectiveTemplates(db: Executor): Promise<NoticeTemplate[]> {
  const stored = await listStoredTemplates(db);
  const keyOf = (template: Pick<NoticeTemplate, 'kind' | 'purpose' | 'language'>) =>
    `${template.kind}|${template.purpose}|${template.language}`;
  const byKey = new Map(stored.map((template) => [keyOf(template), template]));
  const builtIn = meetingKinds.flatMap((kind) =>
    noticePurposes.flatMap((purpose) => (['en', 'fr'] as const).map((language) => appTemplate(kind, purpose, language))),
  );
  for (const template of builtIn) if (!byKey.has(keyOf(template))) byKey.set(keyOf(template), template);
  return [...byKey.values()].sort((a, b) => keyOf(a).localeCompare(keyOf(b)));
}

/** The texts for one kind of meeting and purpose, by language. */
export async function templatesFor(
  db: Executor,
  kind: MeetingKind,
  purpose: NoticePurpose,
): Promise<Map<LanguageCode, NoticeTemplate>> {
  const all = await listEffectiveTemplates(db);
  return new Map(
    all.filter((template) => template.kind === kind && template.purpose === purpose).map((template) => [template.language, template]),
  );
}
