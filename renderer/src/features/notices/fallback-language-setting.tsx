import { useTranslation } from 'react-i18next';
import type { NoticeFallbackLanguage } from '../../../../shared/domain/notices';
import { useOperationMutation } from '../../api/use-operation-mutation';
import { currentUiLanguage } from '../../i18n';
import { languageName } from '../../../../shared/domain/languages';
import { InlineProblem } from '../../ui/error-banner';
import { SelectField } from '../../ui/fields';

/** English or French for members whose language has no notice text; saved as soon as it is chosen. */
export function FallbackLanguageSetting({ value }: { value: NoticeFallbackLanguage }) {
  const { t } = useTranslation('notices');
  const save = useOperationMutation('notices.fallbackLanguage.set', { changes: ['notices', 'meetings'] });
  const ui = currentUiLanguage();
  return (
    <div className="notices-fallback">
      <SelectField<NoticeFallbackLanguage>
        label={t('fallback.label')}
        hint={t('fallback.hint')}
        value={value}
        options={(['en', 'fr'] as const).map((language) => ({ value: language, label: languageName(language, ui) }))}
        onChange={(language) => save.mutate({ language })}
      />
      <InlineProblem error={save.error} />
    </div>
  );
}
