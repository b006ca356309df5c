import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../shared/contract';
import { todayIsoDate } from '../../../../shared/domain/dates';
import type { Meeting } from '../../../../shared/domain/meeting';
import type { Minutes } from '../../../../shared/domain/minutes';
import { FormFrame } from '../../forms/form-frame';
import { FormSelectField, FormTextField } from '../../forms/form-fields';
import { useContractForm } from '../../forms/use-contract-form';
import { formatIsoDate } from '../../i18n/format';
import { BlockedButton } from '../../ui/blocked-button';
import { ErrorBanner } from '../../ui/error-banner';
import { meetingQueries, useApproveMinutes, useCirculateMinutes, useReturnMinutesToDraft } from './meeting-queries';

/** Circulate (with its date), back to draft, or approve at a later meeting; each move is checked by the ledger. */
export function MinutesStatusActions({ meeting, minutes }: { meeting: Meeting; minutes: Minutes }) {
  const { t } = useTranslation('minutes');
  const returnToDraft = useReturnMinutesToDraft();
  if (minutes.status === 'draft') return <CirculateForm meeting={meeting} minutesId={minutes.id} />;
  if (minutes.status !== 'circulated') return null;
  return (
    <div className="minutes-status-actions">
      <ApproveForm meeting={meeting} minutesId={minutes.id} />
      <div className="actions">
        <button type="button" disabled={returnToDraft.isPending} onClick={() => returnToDraft.mutate({ minutesId: minutes.id })}>
          {t('returnToDraft')}
        </button>
      </div>
      <ErrorBanner error={returnToDraft.error} />
    </div>
  );
}

function CirculateForm({ meeting, minutesId }: { meeting: Meeting; minutesId: number }) {
  const { t } = useTranslation('minutes');
  const circulate = useCirculateMinutes();
  const today = todayIsoDate();
  const form = useContractForm({
    schema: contract['minutes.circulate'].input,
    toInput: (values: { circulatedOn: string }) => ({ minutesId, circulatedOn: values.circulatedOn }),
    // Minutes are circulated after the meeting, so the default never precedes it.
    defaultValues: { circulatedOn: today < meeting.heldOn ? meeting.heldOn : today },
  });
  return (
    <FormFrame
      form={form}
      onSubmit={(input) => circulate.mutateAsync(input)}
      error={circulate.error}
      submitLabel={t('circulate')}
      busy={circulate.isPending}
      label={t('circulate')}
      className="minutes-inline"
    >
      <FormTextField control={form.control} name="circulatedOn" type="date" label={t('circulatedOn')} />
    </FormFrame>
  );
}

/**
 * Minutes are approved at a later meeting that has taken place. Later meetings still to come are not
 * offered; when only those exist, the form says when approval becomes possible.
 */
function ApproveForm({ meeting, minutesId }: { meeting: Meeting; minutesId: number }) {
  const { t } = useTranslation('minutes');
  const approve = useApproveMinutes();
  const later = useQuery(meetingQueries.list({ from: meeting.heldOn }));
  const today = todayIsoDate();
  const candidates = (later.data?.items ?? [])
    .filter((candidate) => candidate.heldOn > meeting.heldOn && candidate.status !== 'cancelled')
    .sort((a, b) => a.heldOn.localeCompare(b.heldOn));
  const held = candidates.filter((candidate) => candidate.heldOn <= today);
  const next = candidates.find((candidate) => candidate.heldOn > today);
  const form = useContractForm({
    schema: contract['minutes.approve'].input,
    toInput: (values: { approvedAtMeetingId: string }) => ({ minutesId, approvedAtMeetingId: Number(values.approvedAtMeetingId) }),
    defaultValues: { approvedAtMeetingId: '' },
    serverValues: held[0] ? { approvedAtMeetingId: String(held[0].id) } : undefined,
  });

  if (!later.data) return <ErrorBanner error={later.error} onRetry={() => void later.refetch()} />;
  if (held.length === 0) {
    const reason = next ? t('approveOnceHeld', { title: next.title, date: formatIsoDate(next.heldOn) }) : t('noLaterMeeting');
    return <BlockedButton blockedBy={reason}>{t('approve')}</BlockedButton>;
  }
  return (
    <FormFrame
      form={form}
      onSubmit={(input) => approve.mutateAsync(input)}
      error={approve.error}
      submitLabel={t('approve')}
      busy={approve.isPending}
      label={t('approve')}
      className="minutes-inline"
    >
      <FormSelectField
        control={form.control}
        name="approvedAtMeetingId"
        label={t('approvedAt')}
        options={held.map((candidate) => ({
          value: String(candidate.id),
          label: `${candidate.title} (${formatIsoDate(candidate.heldOn)})`,
        }))}
      />
    </FormFrame>
  );
}
