import { defaultQuorumRule, quorumRuleSchema, type QuorumRule } from '../../../shared/domain/quorum';
import type { Executor } from '../database';
import { readSetting, writeSetting } from '../settings/settings-repository';

export const quorumRuleKey = 'meetings.quorumRule';

export function readQuorumRule(db: Executor): Promise<QuorumRule> {
  return readSetting(db, quorumRuleKey, quorumRuleSchema, defaultQuorumRule);
}

export function writeQuorumRule(db: Executor, rule: QuorumRule, at: string): Promise<void> {
  return writeSetting(db, quorumRuleKey, rule, at);
}
