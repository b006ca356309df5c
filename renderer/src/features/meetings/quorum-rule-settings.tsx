import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuorumRule } from '../../../../shared/domain/quorum';
import { AppError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { ErrorBanner } from '../../ui/error-banner';
import { SelectField, TextField } from '../../ui/fields';
import { toAppError } from '../../api/to-app-error';

type RuleKind = QuorumRule['kind'];

/** The quorum rule lives in Settings; the roll call applies it live. */
export function QuorumRuleSettings() {
  const { t } = useTranslation('meetings');
  const [kind, setKind] = useState<RuleKind>('fraction');
  const [count, setCount] = useState('10');
  const [numerator, setNumerator] = useState('1');
  const [denominator, setDenominator] = useState('3');
  const [error, setError] = useState<AppError>();
  const [saved, setSaved] = useState('');

  useEffect(() => {
    call('meetings.quorumRule.get', {}).then(
      (rule) => {
        setKind(rule.kind);
        if (rule.kind === 'count') setCount(String(rule.count));
        if (rule.kind === 'fraction') {
          setNumerator(String(rule.numerator));
          setDenominator(String(rule.denominator));
        }
      },
      (caught: unknown) => setError(caught as AppError),
    );
  }, []);

  async function save(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    setSaved('');
    const rule: QuorumRule =
      kind === 'count'
        ? { kind, count: Number(count) }
        : kind === 'fraction'
          ? { kind, numerator: Number(numerator), denominator: Number(denominator) }
          : { kind };
    try {
      await call('meetings.quorumRule.set', { rule });
      setSaved(t('quorumSettings.saved'));
    } catch (caught) {
      setError(toAppError(caught));
    }
  }

  return (
    <form className="form" onSubmit={save} noValidate aria-labelledby="quorum-settings-title">
      <h2 id="quorum-settings-title">{t('quorumSettings.title')}</h2>
      <ErrorBanner error={error && error.issues.length === 0 ? error : undefined} />
      <SelectField<RuleKind>
        label={t('quorumSettings.kind')}
        value={kind}
        onChange={setKind}
        options={(['fraction', 'count', 'majority'] as const).map((value) => ({
          value,
          label: t(`quorumSettings.kinds.${value}`),
        }))}
      />
      {kind === 'count' && (
        <TextField
          label={t('quorumSettings.count')}
          type="number"
          value={count}
          onChange={setCount}
          error={error?.issueFor('rule.count')}
        />
      )}
      {kind === 'fraction' && (
        <>
          <TextField
            label={t('quorumSettings.numerator')}
            type="number"
            value={numerator}
            onChange={setNumerator}
            error={error?.issueFor('rule.numerator')}
          />
          <TextField
            label={t('quorumSettings.denominator')}
            type="number"
            value={denominator}
            onChange={setDenominator}
            error={error?.issueFor('rule.denominator')}
          />
        </>
      )}
      <div className="actions">
        <button type="submit">{t('quorumSettings.save')}</button>
      </div>
      <p role="status">{saved}</p>
    </form>
  );
}
