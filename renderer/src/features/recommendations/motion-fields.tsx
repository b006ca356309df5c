import { useEffect } from 'react';
import { useWatch, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { VoteSetup } from '../../../../shared/contract/votes';
import { formatIsoDate } from '../../i18n/format';
import { FormSelectField, FormTextField } from '../../forms/form-fields';
import { availableMotionKinds, currentText } from './motion-form-state';
import type { VoteFormValues } from './vote-form-state';

/**
 * What is being voted on: a recommendation, an amendment to one (its words, prefilled from the
 * recommendation as it stands), adopting the agenda, approving minutes, or a motion from the floor.
 */
export function MotionFields({ setup, form }: { setup: VoteSetup; form: UseFormReturn<VoteFormValues, unknown, unknown> }) {
  const { t } = useTranslation('motions');
  const { t: tr } = useTranslation('recommendations');
  const { control } = form;
  const motion = useWatch({ control, name: 'motion' });
  // Switching to an amendment, or to another recommendation, starts from that recommendation's words,
  // unless the coordinator already typed something of their own.
  useEffect(() => {
    if (motion.kind !== 'amendment') return;
    const untouched = motion.text === '' || setup.recommendations.some((item) => item.text === motion.text);
    if (untouched) form.setValue('motion.text', currentText(setup, motion.recommendationId));
  }, [motion.kind, motion.recommendationId, motion.text, setup, form]);

  // After a vote the setup changes (a recommendation decided, the agenda adopted): keep the choices valid.
  const kinds = availableMotionKinds(setup);
  const firstKind = kinds[0] ?? 'floor';
  const kindGone = !kinds.includes(motion.kind);
  const recommendationGone = !setup.recommendations.some((item) => String(item.id) === motion.recommendationId);
  const firstRecommendation = setup.recommendations[0] ? String(setup.recommendations[0].id) : '';
  useEffect(() => {
    if (kindGone) form.setValue('motion.kind', firstKind);
    if (recommendationGone) form.setValue('motion.recommendationId', firstRecommendation);
  }, [kindGone, recommendationGone, firstKind, firstRecommendation, form]);

  return (
    <>
      <FormSelectField
        control={control}
        name="motion.kind"
        label={t('kind')}
        options={kinds.map((value) => ({ value, label: t(`kinds.${value}`) }))}
      />
      {setup.recommendations.length === 0 && <p className="muted">{t('noRecommendation')}</p>}
      {(motion.kind === 'recommendation' || motion.kind === 'amendment') && (
        <FormSelectField
          control={control}
          name="motion.recommendationId"
          label={tr('votes.recommendation')}
          options={setup.recommendations.map((item) => ({ value: String(item.id), label: `${item.title} (${tr(`statuses.${item.status}`)})` }))}
        />
      )}
      {motion.kind === 'amendment' && (
        <FormTextField control={control} name="motion.text" label={t('amendmentText')} hint={t('amendmentHint')} multiline />
      )}
      {motion.kind === 'approve_minutes' && (
        <FormSelectField
          control={control}
          name="motion.minutesId"
          label={t('minutes')}
          options={setup.minutesToApprove.map((item) => ({
            value: String(item.minutesId),
            label: `${item.meetingTitle} (${formatIsoDate(item.heldOn)})`,
          }))}
        />
      )}
      {motion.kind === 'floor' && (
        <>
          <FormTextField control={control} name="motion.title" label={t('floorTitle')} />
          <FormTextField control={control} name="motion.text" label={t('floorText')} multiline />
        </>
      )}
    </>
  );
}

/** Mover and seconder, from the members marked present; workers show by alias, as on the roll call. */
export function SponsorFields({ setup, form }: { setup: VoteSetup; form: UseFormReturn<VoteFormValues, unknown, unknown> }) {
  const { t } = useTranslation('motions');
  const options = [
    { value: '', label: t('choosePerson') },
    ...setup.present.map((member) => ({
      value: String(member.memberId),
      label: member.isAlias ? t('aliasMark', { name: member.name }) : member.name,
    })),
  ];
  return (
    <div className="vote-recorder__choices">
      <FormSelectField control={form.control} name="moverMemberId" label={t('mover')} options={options} />
      <FormSelectField control={form.control} name="seconderMemberId" label={t('seconder')} options={options} />
    </div>
  );
}
