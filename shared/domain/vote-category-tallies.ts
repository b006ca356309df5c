import type { StakeholderCategory } from './stakeholder-categories';
import type { CategoryTally } from './vote';
import { membersCounted, tallyIssues, type DecisionRule, type TallyIssue, type VoteTally } from './vote-rules';

const columns = ['for', 'against', 'abstain', 'block'] as const;
const columnWords = { for: 'for', against: 'against', abstain: 'abstaining', block: 'blocking' } as const;

/**
 * Optional tallies by stakeholder category: each category cannot count more than its members present,
 * and together they cannot count more in a column than the vote's own tally.
 */
export function categoryTallyIssues(
  rule: DecisionRule,
  total: VoteTally,
  categoryTallies: readonly CategoryTally[],
  presentByCategory: ReadonlyMap<StakeholderCategory, number>,
): TallyIssue[] {
  const issues: TallyIssue[] = [];
  categoryTallies.forEach((entry, index) => {
    const present = presentByCategory.get(entry.category) ?? 0;
    for (const issue of tallyIssues(rule, entry.tally, present)) {
      const where = issue.path ? `${index}.tally.${issue.path}` : `${index}`;
      issues.push(
        issue.path
          ? { ...issue, path: where }
          : {
              path: where,
              message: `${entry.category.replaceAll('_', ' ')} ${issue.message}`,
              reason: 'vote.categoryOverCounted',
              params: { ...issue.params, category: entry.category },
            },
      );
    }
  });
  for (const column of columns) {
    const sum = categoryTallies.reduce((total, entry) => total + entry.tally[column], 0);
    if (sum > total[column]) {
      issues.push({
        path: '',
        message: `count ${sum} ${columnWords[column]} across categories, more than the ${total[column]} in the tally`,
        reason: 'vote.categoriesOverTally',
        params: { column, sum, total: total[column] },
      });
    }
  }
  return issues;
}

/** The tallies by category a roll call gives, from each ballot and its member's category. */
export function categoryTalliesFromBallots(
  ballots: readonly { category: StakeholderCategory; choice: 'for' | 'against' | 'abstain' | 'block' | 'not_voting' }[],
): CategoryTally[] {
  const byCategory = new Map<StakeholderCategory, VoteTally>();
  for (const { category, choice } of ballots) {
    const tally = byCategory.get(category) ?? { for: 0, against: 0, abstain: 0, block: 0 };
    if (choice !== 'not_voting') tally[choice] += 1;
    byCategory.set(category, tally);
  }
  return [...byCategory.entries()]
    .filter(([, tally]) => membersCounted(tally) > 0)
    .map(([category, tally]) => ({ category, tally }));
}
