import { useTranslation } from 'react-i18next';
import { sectionEditSchema, testimonyDraftSchema, type Minutes, type MinutesSection } from '../../../../shared/domain/minutes';
import { FormFrame } from '../../forms/form-frame';
import { FormTextField } from '../../forms/form-fields';
import { useContractForm } from '../../forms/use-contract-form';
import { formatIsoDate } from '../../i18n/format';
import { Tag } from '../../ui/tag';
import { useAddTestimony, useEditMinutesSection } from './meeting-queries';
import { FormMemberPicker, type PickedMember } from './member-picker';

type TestimonyValues = { memberId: PickedMember | null; summary: string };

export function MinutesSectionEditor({
  section,
  locked,
  amendments,
}: {
  section: MinutesSection;
  locked: boolean;
  /** Amendments to this section, shown beside the approved text they amend. */
  amendments: Minutes['amendments'];
}) {
  const { t } = useTranslation('minutes');
  const headingId = `minutes-section-${section.id}`;
  return (
    <article className="card minutes-section" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {section.position}. {section.heading}
      </h3>
      {locked ? (
        <>
          <p className="notes">{section.notes || '—'}</p>
          {section.decisions && (
            <p className="notes">
              <strong>{t('decisions')}:</strong> {section.decisions}
            </p>
          )}
        </>
      ) : (
        <SectionTextForm section={section} />
      )}
      {amendments.length > 0 && (
        <ul className="minutes-section__amendments" aria-label={t('amendments')}>
          {amendments.map((amendment) => (
            <li key={amendment.id}>
              <strong>{t('amendedOnValue', { date: formatIsoDate(amendment.amendedOn) })}</strong> {amendment.text}{' '}
              <span className="muted">({t('amendmentReason', { reason: amendment.reason })})</span>
            </li>
          ))}
        </ul>
      )}
      {section.testimonies.length > 0 && (
        <ul className="minutes-testimonies">
          {section.testimonies.map((entry) => (
            <li key={entry.id}>
              <strong>{entry.speaker ?? t('anonymousSpeaker')}</strong>
              {entry.speakerIsAlias && <Tag>{t('meetings:alias')}</Tag>}: {entry.summary}
            </li>
          ))}
        </ul>
      )}
      {!locked && section.kind === 'worker_voices' && <TestimonyForm sectionId={section.id} />}
    </article>
  );
}

function SectionTextForm({ section }: { section: MinutesSection }) {
  const { t } = useTranslation('minutes');
  const edit = useEditMinutesSection();
  const values = { notes: section.notes, decisions: section.decisions };
  const form = useContractForm({ schema: sectionEditSchema, toInput: (form: typeof values) => form, defaultValues: values, serverValues: values });
  return (
    <FormFrame
      form={form}
      onSubmit={(text) => edit.mutateAsync({ sectionId: section.id, ...text })}
      error={edit.error}
      submitLabel={t('saveSection', { heading: section.heading })}
      busy={edit.isPending}
      label={t('saveSection', { heading: section.heading })}
    >
      <FormTextField control={form.control} name="notes" label={t('notesFor', { heading: section.heading })} multiline />
      <FormTextField control={form.control} name="decisions" label={t('decisionsFor', { heading: section.heading })} multiline />
      {edit.isSuccess && (
        <p className="visually-hidden" role="status">
          {t('sectionSaved')}
        </p>
      )}
    </FormFrame>
  );
}

function TestimonyForm({ sectionId }: { sectionId: number }) {
  const { t } = useTranslation('minutes');
  const add = useAddTestimony();
  const form = useContractForm({
    schema: testimonyDraftSchema,
    toInput: (values: TestimonyValues) => ({ memberId: values.memberId?.id ?? null, summary: values.summary }),
    defaultValues: { memberId: null, summary: '' },
  });
  return (
    <FormFrame
      form={form}
      onSubmit={(testimony) => add.mutateAsync({ sectionId, testimony })}
      error={add.error}
      issuePrefix="testimony"
      submitLabel={t('addTestimony')}
      busy={add.isPending}
      label={t('addTestimony')}
      className="form minutes-testimony-form"
      afterSave="clear"
    >
      <FormMemberPicker control={form.control} name="memberId" label={t('testimonySpeaker')} />
      <p className="field__hint">{t('testimonyPrivacy')}</p>
      <FormTextField control={form.control} name="summary" label={t('testimonySummary')} multiline />
    </FormFrame>
  );
}
