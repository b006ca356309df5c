import type { LanguageCode } from '../../../shared/domain/languages';
import type { MeetingKind } from '../../../shared/domain/meeting';
import type { NoticeTemplate, NoticeTemplateDraft, NoticeTemplateKey, NoticePurpose } from '../../../shared/domain/notices';
import type { Executor } from '../database';
import type { NoticeTemplateRow } from './notices-table';

function templateFromRow(row: NoticeTemplateRow): NoticeTemplate {
  return {
    kind: row.meeting_kind,
    purpose: row.purpose,
    language: row.language_code as LanguageCode,
    subject: row.subject,
    body: row.body,
    source: 'coordinator',
    updatedAt: row.updated_at,
  };
}

/** Texts the coordinator wrote or edited; the app's own English and French are not stored. */
export async function listStoredTemplates(
  db: Executor,
  filter: { kind?: MeetingKind; purpose?: NoticePurpose } = {},
): Promise<NoticeTemplate[]> {
  let query = db.selectFrom('notice_templates').selectAll();
  if (filter.kind) query = query.where('meeting_kind', '=', filter.kind);
  if (filter.purpose) query = query.where('purpose', '=', filter.purpose);
  const rows = await query.orderBy('meeting_kind').orderBy('purpose').orderBy('language_code').execute();
  return rows.map(templateFromRow);
}

export async function findStoredTemplate(db: Executor, key: NoticeTemplateKey): Promise<NoticeTemplate | undefined> {
  const row = await db
    .selectFrom('notice_templates')
    .selectAll()
    .where('meeting_kind', '=', key.kind)
    .where('purpose', '=', key.purpose)
    .where('language_code', '=', key.language)
    .executeTakeFirst();
  return row ? templateFromRow(row) : undefined;
}

export async function upsertTemplate(db: Executor, draft: NoticeTemplateDraft, at: string): Promise<{ id: number }> {
  return db
    .insertInto('notice_templates')
    .values({
      meeting_kind: draft.kind,
      purpose: draft.purpose,
      language_code: draft.language,
      subject: draft.subject,
      body: draft.body,
      created_at: at,
      updated_at: at,
    })
    .onConflict((conflict) =>
      conflict
        .columns(['meeting_kind', 'purpose', 'language_code'])
        .doUpdateSet({ subject: draft.subject, body: draft.body, updated_at: at }),
    )
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function deleteTemplate(db: Executor, key: NoticeTemplateKey): Promise<number | undefined> {
  const row = await db
    .deleteFrom('notice_templates')
    .where('meeting_kind', '=', key.kind)
    .where('purpose', '=', key.purpose)
    .where('language_code', '=', key.language)
    .returning('id')
    .executeTakeFirst();
  return row?.id;
}
