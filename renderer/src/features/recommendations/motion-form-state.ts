import type { VoteSetup } from '../../../../shared/contract/votes';
import type { MotionDraftInput } from '../../../../shared/domain/motion';

/** The motions the recorder offers, procedural ones by name: one choice for the coordinator. */
export const formMotionKinds = ['recommendation', 'amendment', 'adopt_agenda', 'approve_minutes', 'floor'] as const;
export type FormMotionKind = (typeof formMotionKinds)[number];

/** Laid out like the contract's motion, so refusals of "motion.text" land under the text box. */
export interface MotionFormValues {
  kind: FormMotionKind;
  recommendationId: string;
  text: string;
  title: string;
  minutesId: string;
}

const id = (value: string) => (value ? Number(value) : undefined) as number;

export function motionFromForm(motion: MotionFormValues): MotionDraftInput {
  switch (motion.kind) {
    case 'recommendation':
      return { kind: 'recommendation', recommendationId: id(motion.recommendationId) };
    case 'amendment':
      return { kind: 'amendment', recommendationId: id(motion.recommendationId), text: motion.text };
    case 'adopt_agenda':
      return { kind: 'procedural', procedure: 'adopt_agenda', minutesId: null };
    case 'approve_minutes':
      return { kind: 'procedural', procedure: 'approve_minutes', minutesId: motion.minutesId ? Number(motion.minutesId) : null };
    case 'floor':
      return { kind: 'floor', title: motion.title, text: motion.text };
  }
}

/** Kinds that can be put now: recommendations only when one is up for decision, the agenda once. */
export function availableMotionKinds(setup: VoteSetup): FormMotionKind[] {
  return formMotionKinds.filter((kind) => {
    if (kind === 'recommendation' || kind === 'amendment') return setup.recommendations.length > 0;
    if (kind === 'adopt_agenda') return !setup.agendaAdopted;
    if (kind === 'approve_minutes') return setup.minutesToApprove.length > 0;
    return true;
  });
}

export function startingMotion(setup: VoteSetup, recommendationId: number | undefined): MotionFormValues {
  const first = setup.recommendations.find((item) => item.id === recommendationId) ?? setup.recommendations[0];
  const [kind = 'floor'] = availableMotionKinds(setup);
  return {
    kind,
    recommendationId: first ? String(first.id) : '',
    text: '',
    title: '',
    minutesId: setup.minutesToApprove[0] ? String(setup.minutesToApprove[0].minutesId) : '',
  };
}

/** An amendment starts from the recommendation's words as they stand, to be edited in place. */
export function currentText(setup: VoteSetup, recommendationId: string): string {
  return setup.recommendations.find((item) => String(item.id) === recommendationId)?.text ?? '';
}
