import { useTranslation } from 'react-i18next';
import { languageCodes, languageName, type LanguageCode } from '../../../../shared/domain/languages';
import type { MeetingKind } from '../../../../shared/domain/meeting';
import { noticeTemplateDraftSchema, type NoticePurpose, type NoticeTemplate, type NoticeTemplateDraftInput } from '../../../../shared/domain/notices';
import { useOperationMutation } from '../../api/use-operation-mutation';
import { FormFrame } from '../../forms/form-frame';
import { FormSelectField, FormTextField } from '../../forms/form-fields';
import { useContractForm } from '../../forms/use-contract-form';
import { currentUiLanguage } from '../../i18n';

interface NoticeTextValues {
  language: LanguageCode | '';
  subject: string;
  body: string;
}

interface NoticeTextFormProps {
  kind: MeetingKind;
  purpose: NoticePurpose;
  /** The text being edited; absent for a new language. */
  editing?: NoticeTemplate | undefined;
  /** Languages that already have a text (a new one picks among the others). */
  taken: readonly LanguageCode[];
  onDone: () => void;
}

/** Writes one language's notice text, checked by the contract's own schema (unknown fields refused). */
export function NoticeTextForm({ kind, purpose, editing, taken, onDone }: NoticeTextFormProps) {
  const { t } = useTranslation('notices');
  const { t: tc } = useTranslation();
  const ui = currentUiLanguage();
  const save = useOperationMutation('notices.templates.save', { changes: ['notices', 'meetings'] });
  const toInput = (values: NoticeTextValues): NoticeTemplateDraftInput => ({ kind, purpose, ...values, language: values.language as LanguageCode });
  const form = useContractForm({
    schema: noticeTemplateDraftSchema,
    toInput,
    defaultValues: { language: editing?.language ?? '', subject: editing?.subject ?? '', body: editing?.body ?? '' },
  });
  const free = languageCodes.filter((code) => !taken.includes(code));
  const languageOptions = [
    { value: '' as const, label: t('texts.chooseLanguage') },
    ...free.map((code) => ({ value: code, label: languageName(code, ui) })).sort((a, b) => a.label.localeCompare(b.label, ui)),
  ];
  return (
    <section aria-labelledby="notice-text-form-title" className="card">
      <h2 id="notice-text-form-title">
        {editing ? t('texts.formTitleEdit', { name: languageName(editing.language, ui) }) : t('texts.formTitleNew')}
      </h2>
      <FormFrame
        form={form}
        onSubmit={(draft) => save.mutateAsync(draft).then(onDone)}
        error={save.error}
        submitLabel={t('texts.save')}
        busy={save.isPending}
        cancel={{ onClick: onDone }}
        label={tc('actions.edit')}
      >
        {!editing && <FormSelectField control={form.control} name="language" label={t('texts.language')} options={languageOptions} />}
        <FormTextField control={form.control} name="subject" label={t('texts.subject')} required />
        <FormTextField
          control={form.control}
          name="body"
          label={t('texts.body')}
          hint={t('texts.bodyHint', { example: '{{date}}' })}
          multiline
          required
        />
      </FormFrame>
    </section>
  );
}
