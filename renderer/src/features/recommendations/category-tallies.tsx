import { useTranslation } from 'react-i18next';
import type { VoteSetup } from '../../../../shared/contract/votes';
import type { StakeholderCategory } from '../../../../shared/domain/stakeholder-categories';
import type { DecisionRule } from '../../../../shared/domain/vote-rules';
import { TallyInputs } from './tally-inputs';
import { emptyTallyText, type TallyText } from './vote-form-state';

interface CategoryTalliesProps {
  setup: VoteSetup;
  rule: DecisionRule;
  categories: Partial<Record<StakeholderCategory, TallyText>>;
  onChange: (categories: Partial<Record<StakeholderCategory, TallyText>>) => void;
}

/** Optional: a row per stakeholder category present, folded away so the usual vote stays a few keystrokes. */
export function CategoryTallies({ setup, rule, categories, onChange }: CategoryTalliesProps) {
  const { t } = useTranslation('recommendations');
  const { t: tc } = useTranslation();
  return (
    <details className="vote-categories">
      <summary>{t('votes.byCategory')}</summary>
      {setup.presentByCategory.map(({ category, count }) => (
        <div key={category} className="vote-categories__row">
          <p className="muted">
            {tc(`categories.${category}`)} · {t('votes.categoryPresent', { count })}
          </p>
          <TallyInputs
            rule={rule}
            prefix={tc(`categories.${category}`)}
            autoFocus={false}
            tally={categories[category] ?? emptyTallyText}
            onChange={(tally) => onChange({ ...categories, [category]: tally })}
          />
        </div>
      ))}
    </details>
  );
}
