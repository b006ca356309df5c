import type { NoticeFallbackLanguage, NoticeTemplate, NoticeTemplateDraft, NoticeTemplateKey } from '../../../shared/domain/notices';
import { isAppNoticeLanguage } from '../../../shared/domain/notice-default-texts';
import { DomainError } from '../../domain-error';
import { diffFields } from '../audit/audit-log';
import type { Ledger } from '../ledger';
import { listEffectiveTemplates } from './effective-templates';
import { deleteTemplate, findStoredTemplate, upsertTemplate } from './notice-template-repository';
import { readNoticeFallbackLanguage, writeNoticeFallbackLanguage } from './notice-fallback-setting';

const missingText = (key: NoticeTemplateKey) =>
  new DomainError('not_found', `There is no ${key.kind} ${key.purpose} notice in "${key.language}"`, [], {
    reason: 'notices.textMissing',
    params: { language: key.language },
  });

async function effectiveTemplate(ledger: Ledger, key: NoticeTemplateKey): Promise<NoticeTemplate> {
  const all = await listEffectiveTemplates(ledger.db);
  const found = all.find((template) => template.kind === key.kind && template.purpose === key.purpose && template.language === key.language);
  if (!found) throw missingText(key);
  return found;
}

/** Writes or replaces the text for one kind of meeting, purpose and language. */
export async function saveNoticeTemplate(ledger: Ledger, draft: NoticeTemplateDraft): Promise<NoticeTemplate> {
  await ledger.write('notices.templates.save', async (trx, audit) => {
    const before = await findStoredTemplate(trx, draft);
    const { id } = await upsertTemplate(trx, draft, ledger.now().toISOString());
    audit.record({
      entityType: 'notice_template',
      entityId: id,
      changes: diffFields(
        before ? { kind: before.kind, purpose: before.purpose, language: before.language, subject: before.subject, body: before.body } : null,
        { ...draft },
      ),
    });
  });
  return effectiveTemplate(ledger, draft);
}

/** English and French go back to the app's text; any other language's text is removed. */
export async function removeNoticeTemplate(ledger: Ledger, key: NoticeTemplateKey): Promise<{ removed: boolean }> {
  return ledger.write('notices.templates.remove', async (trx, audit) => {
    const id = await deleteTemplate(trx, key);
    if (id === undefined) {
      if (isAppNoticeLanguage(key.language)) return { removed: false };
      throw missingText(key);
    }
    audit.record({ entityType: 'notice_template', entityId: id, changes: { removed: { from: false, to: true } } });
    return { removed: true };
  });
}

export async function setNoticeFallbackLanguage(ledger: Ledger, language: NoticeFallbackLanguage): Promise<NoticeFallbackLanguage> {
  return ledger.write('notices.fallbackLanguage.set', async (trx, audit) => {
    const before = await readNoticeFallbackLanguage(trx);
    await writeNoticeFallbackLanguage(trx, language, ledger.now().toISOString());
    audit.record({ entityType: 'setting', entityId: null, changes: diffFields({ noticeFallbackLanguage: before }, { noticeFallbackLanguage: language }) });
    return language;
  });
}
