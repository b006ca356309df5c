import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { languageName } from '../../../../shared/domain/languages';
import { meetingKinds, type MeetingKind } from '../../../../shared/domain/meeting';
import { compareNoticeLanguages, noticePurposes, type NoticePurpose, type NoticeTemplate } from '../../../../shared/domain/notices';
import { useOperationMutation } from '../../api/use-operation-mutation';
import { hrefFor } from '../../app/routes';
import { currentUiLanguage } from '../../i18n';
import { formatDateTime } from '../../i18n/format';
import { DataTable } from '../../ui/data-table';
import { InlineProblem } from '../../ui/error-banner';
import { SelectField } from '../../ui/fields';
import { ListPage } from '../../ui/list-page';
import { FallbackLanguageSetting } from './fallback-language-setting';
import { NoticeFieldsHelp } from './notice-fields-help';
import { noticeQueries } from './notice-queries';
import { NoticeTextForm } from './notice-text-form';

type Editing = { mode: 'closed' } | { mode: 'new' } | { mode: 'edit'; template: NoticeTemplate };

/** #/meetings/notice-texts[/meetingId]: the notice text of each kind of meeting, in each language. */
export function NoticeTextsPage({ fromMeetingId }: { fromMeetingId?: number | undefined }) {
  const { t } = useTranslation('notices');
  const { t: tm } = useTranslation('meetings');
  const texts = useQuery(noticeQueries.texts());
  const [kind, setKind] = useState<MeetingKind>('plenary');
  const [purpose, setPurpose] = useState<NoticePurpose>('invitation');
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' });
  const [done, setDone] = useState<string>();
  const shown = (texts.data?.templates ?? [])
    .filter((template) => template.kind === kind && template.purpose === purpose)
    .sort((a, b) => compareNoticeLanguages(a.language, b.language));
  const close = (message?: string) => {
    setEditing({ mode: 'closed' });
    setDone(message);
  };
  return (
    <ListPage
      title={t('texts.title')}
      actions={
        <button type="button" onClick={() => setEditing({ mode: 'new' })}>
          {t('texts.add')}
        </button>
      }
      filters={
        <>
          <SelectField<MeetingKind>
            label={t('texts.kind')}
            value={kind}
            options={meetingKinds.map((value) => ({ value, label: tm(`kinds.${value}`) }))}
            onChange={(value) => {
              setKind(value);
              close();
            }}
          />
          <SelectField<NoticePurpose>
            label={t('texts.purpose')}
            value={purpose}
            options={noticePurposes.map((value) => ({ value, label: t(`purposes.${value}`) }))}
            onChange={(value) => {
              setPurpose(value);
              close();
            }}
          />
        </>
      }
      error={texts.error}
      onRetry={() => void texts.refetch()}
      loading={texts.isPending}
    >
      {fromMeetingId !== undefined && (
        <p>
          <a href={hrefFor('meetings', fromMeetingId, 'notices')}>{t('texts.backToMeeting')}</a>
        </p>
      )}
      <p>{t('texts.intro')}</p>
      {texts.data && <FallbackLanguageSetting value={texts.data.fallbackLanguage} />}
      {done && <p role="status">{done}</p>}
      <NoticeTextsTable templates={shown} onEdit={(template) => setEditing({ mode: 'edit', template })} onRemoved={() => close(t('texts.removed'))} />
      {editing.mode !== 'closed' && (
        <NoticeTextForm
          key={editing.mode === 'edit' ? `${kind}-${purpose}-${editing.template.language}` : `${kind}-${purpose}-new`}
          kind={kind}
          purpose={purpose}
          editing={editing.mode === 'edit' ? editing.template : undefined}
          taken={shown.map((template) => template.language)}
          onDone={() => close(t('texts.saved'))}
        />
      )}
      <NoticeFieldsHelp />
    </ListPage>
  );
}

function NoticeTextsTable({ templates, onEdit, onRemoved }: { templates: readonly NoticeTemplate[]; onEdit: (template: NoticeTemplate) => void; onRemoved: () => void }) {
  const { t } = useTranslation('notices');
  const ui = currentUiLanguage();
  const remove = useOperationMutation('notices.templates.remove', { changes: ['notices', 'meetings'] });
  return (
    <>
      <InlineProblem error={remove.error} />
      <DataTable
        caption={t('texts.caption')}
        rows={templates}
        rowKey={(template) => template.language}
        testId="notice-texts"
        columns={[
          { key: 'language', header: t('texts.language'), rowHeader: true, cell: (template) => languageName(template.language, ui) },
          { key: 'source', header: t('texts.source'), cell: (template) => (template.source === 'app' ? t('texts.sourceApp') : t('texts.sourceCoordinator')) },
          { key: 'updatedAt', header: t('texts.updatedAt'), cell: (template) => (template.updatedAt ? formatDateTime(template.updatedAt, ui) : '') },
          {
            key: 'actions',
            header: t('texts.actions'),
            cell: (template) => (
              <span className="actions">
                <button type="button" onClick={() => onEdit(template)} aria-label={`${t('texts.edit')}: ${languageName(template.language, ui)}`}>
                  {t('texts.edit')}
                </button>
                {template.source === 'coordinator' && (
                  <button
                    type="button"
                    disabled={remove.isPending}
                    onClick={() => remove.mutate({ kind: template.kind, purpose: template.purpose, language: template.language }, { onSuccess: onRemoved })}
                  >
                    {template.language === 'en' || template.language === 'fr' ? t('texts.reset') : t('texts.remove')}
                  </button>
                )}
              </span>
            ),
          },
        ]}
      />
    </>
  );
}
