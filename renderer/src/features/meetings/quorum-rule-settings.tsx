import { useQuery } from '@tanstack/react-query';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { quorumRuleSchema, type QuorumRule } from '../../../../shared/domain/quorum';
import { FormFrame } from '../../forms/form-frame';
import { FormSelectField, FormTextField } from '../../forms/form-fields';
import { numberFromInput } from '../../forms/number-input';
import { useContractForm } from '../../forms/use-contract-form';
import { ErrorBanner } from '../../ui/error-banner';
import { meetingQueries, useSetQuorumRule } from './meeting-queries';

type RuleValues = { kind: QuorumRule['kind']; count: string; numerator: string; denominator: string };

function valuesFrom(rule: QuorumRule): RuleValues {
  return {
    kind: rule.kind,
    count: rule.kind === 'count' ? String(rule.count) : '10',
    numerator: rule.kind === 'fraction' ? String(rule.numerator) : '1',
    denominator: rule.kind === 'fraction' ? String(rule.denominator) : '3',
  };
}

function ruleFrom(values: RuleValues): QuorumRule {
  if (values.kind === 'count') return { kind: 'count', count: numberFromInput(values.count) };
  if (values.kind === 'fraction') {
    return { kind: 'fraction', numerator: numberFromInput(values.numerator), denominator: numberFromInput(values.denominator) };
  }
  return { kind: 'majority' };
}

/** The quorum rule lives in Settings; the roll call applies it live. */
export function QuorumRuleSettings() {
  const { t } = useTranslation('meetings');
  const current = useQuery(meetingQueries.quorumRule());
  const save = useSetQuorumRule();
  const form = useContractForm({
    schema: quorumRuleSchema,
    toInput: ruleFrom,
    defaultValues: valuesFrom({ kind: 'fraction', numerator: 1, denominator: 3 }),
    serverValues: current.data && valuesFrom(current.data),
  });
  const kind = useWatch({ control: form.control, name: 'kind' });

  return (
    <section aria-labelledby="quorum-settings-title">
      <h2 id="quorum-settings-title">{t('quorumSettings.title')}</h2>
      <ErrorBanner error={current.error} onRetry={() => void current.refetch()} />
      <FormFrame
        form={form}
        onSubmit={(rule) => save.mutateAsync({ rule })}
        error={save.error}
        issuePrefix="rule"
        submitLabel={t('quorumSettings.save')}
        busy={save.isPending}
        label={t('quorumSettings.title')}
      >
        <FormSelectField
          control={form.control}
          name="kind"
          label={t('quorumSettings.kind')}
          options={(['fraction', 'count', 'majority'] as const).map((value) => ({ value, label: t(`quorumSettings.kinds.${value}`) }))}
        />
        {kind === 'count' && <FormTextField control={form.control} name="count" type="number" label={t('quorumSettings.count')} />}
        {kind === 'fraction' && (
          <>
            <FormTextField control={form.control} name="numerator" type="number" label={t('quorumSettings.numerator')} />
            <FormTextField control={form.control} name="denominator" type="number" label={t('quorumSettings.denominator')} />
          </>
        )}
        <p role="status">{save.isSuccess ? t('quorumSettings.saved') : ''}</p>
      </FormFrame>
    </section>
  );
}
