import type { RollCallEntry } from '../../../shared/domain/attendance';
import type { Meeting } from '../../../shared/domain/meeting';
import type { LifecycleProblem } from '../../../shared/domain/recommendation-lifecycle';
import type { ProblemParams } from '../../../shared/errors';
import type { ProblemReason } from '../../../shared/problem-reasons';
import type { CategoryTally, VoteDraft } from '../../../shared/domain/vote';
import { categoryTalliesFromBallots, categoryTallyIssues } from '../../../shared/domain/vote-category-tallies';
import { methodRuleIssue, tallyFromBallots, tallyIssues, type VoteTally } from '../../../shared/domain/vote-rules';
import type { Executor } from '../database';
import type { StakeholderCategory } from '../../../shared/domain/stakeholder-categories';

/** The room a vote is counted against: who may answer a roll call, and how many are present. */
export interface CountingRoom {
  present: readonly Pick<RollCallEntry, 'memberId' | 'name' | 'category'>[];
  presentByCategory: ReadonlyMap<StakeholderCategory, number>;
  quorum: { present: number };
}

/** What is counted: a new vote's draft, or a correction's counts with the vote's method and rule. */
export type CountedEntry = Pick<VoteDraft, 'method' | 'rule' | 'tally' | 'ballots' | 'categoryTallies'>;

const invalid = (path: string, message: string, reason: ProblemReason, params?: ProblemParams): LifecycleProblem => ({
  code: 'invalid_input',
  path,
  message,
  reason,
  ...(params ? { params } : {}),
});

export function meetingProblem(meeting: Meeting | undefined, meetingId: number): LifecycleProblem | null {
  if (!meeting) return invalid('meetingId', `meeting ${meetingId} does not exist in the ledger`, 'vote.meetingMissing');
  const named = { title: meeting.title, heldOn: meeting.heldOn };
  if (meeting.kind !== 'plenary')
    return invalid(
      'meetingId',
      `must be a plenary: "${meeting.title}" is not one, and only the plenary votes on recommendations`,
      'vote.notAPlenary',
      named,
    );
  if (meeting.status === 'cancelled')
    return invalid('meetingId', `"${meeting.title}" was cancelled`, 'vote.meetingCancelled', named);
  return null;
}

export async function agendaItemProblem(db: Executor, draft: VoteDraft): Promise<LifecycleProblem | null> {
  if (draft.agendaItemId === null) return null;
  const item = await db
    .selectFrom('agenda_items')
    .select('meeting_id')
    .where('id', '=', draft.agendaItemId)
    .executeTakeFirst();
  return item?.meeting_id === draft.meetingId
    ? null
    : invalid('agendaItemId', 'must be an item on this meeting’s agenda', 'vote.agendaItemElsewhere');
}

function nameList(entries: CountingRoom['present']): string {
  const names = entries.slice(0, 5).map((entry) => entry.name);
  return entries.length > 5 ? `${names.join(', ')} and ${entries.length - 5} more` : names.join(', ');
}

export interface CountedVote {
  tally: VoteTally;
  categoryTallies: CategoryTally[];
  problems: LifecycleProblem[];
}

/** A roll call: one ballot from each member present, and from nobody else; the tallies follow. */
function countRollCall(draft: CountedEntry, attendance: CountingRoom): CountedVote {
  const presentById = new Map(attendance.present.map((entry) => [entry.memberId, entry]));
  const problems: LifecycleProblem[] = [];
  const strangers = draft.ballots
    .filter((ballot) => !presentById.has(ballot.memberId))
    .map((ballot) => ballot.memberId);
  if (strangers.length > 0)
    problems.push(
      invalid('ballots', `include members not marked present: ${strangers.join(', ')}`, 'vote.rollCallStrangers', {
        count: strangers.length,
      }),
    );
  const voted = new Set(draft.ballots.map((ballot) => ballot.memberId));
  const missing = attendance.present.filter((entry) => !voted.has(entry.memberId));
  if (missing.length > 0)
    problems.push(
      invalid(
        'ballots',
        `need an answer from every member present; missing: ${nameList(missing)}`,
        'vote.rollCallMissing',
        {
          names: nameList(missing),
        },
      ),
    );
  const counted = draft.ballots.flatMap((ballot) => {
    const entry = presentById.get(ballot.memberId);
    return entry ? [{ category: entry.category, choice: ballot.choice }] : [];
  });
  return {
    tally: tallyFromBallots(counted.map((ballot) => ballot.choice)),
    categoryTallies: categoryTalliesFromBallots(counted),
    problems,
  };
}

/** The tallies the vote will store, and everything wrong with what was entered. */
export function countVote(draft: CountedEntry, attendance: CountingRoom): CountedVote {
  const methodIssue = methodRuleIssue(draft.method, draft.rule);
  const counted: CountedVote =
    draft.method === 'roll_call'
      ? countRollCall(draft, attendance)
      : {
          tally: draft.tally ?? { for: 0, against: 0, abstain: 0, block: 0 },
          categoryTallies: draft.categoryTallies,
          problems: [],
        };
  const problems = [
    ...(methodIssue ? [invalid(methodIssue.path, methodIssue.message, methodIssue.reason)] : []),
    ...counted.problems,
  ];
  const tallyPath = draft.method === 'roll_call' ? 'ballots' : 'tally';
  for (const issue of tallyIssues(draft.rule, counted.tally, attendance.quorum.present)) {
    problems.push(
      invalid(issue.path ? `${tallyPath}.${issue.path}` : tallyPath, issue.message, issue.reason, issue.params),
    );
  }
  if (draft.method !== 'roll_call') {
    for (const issue of categoryTallyIssues(
      draft.rule,
      counted.tally,
      draft.categoryTallies,
      attendance.presentByCategory,
    )) {
      problems.push(
        invalid(
          issue.path ? `categoryTallies.${issue.path}` : 'categoryTallies',
          issue.message,
          issue.reason,
          issue.params,
        ),
      );
    }
  }
  return { ...counted, problems };
}
