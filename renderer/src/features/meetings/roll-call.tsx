import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { LanguageCode } from '../../../../shared/domain/languages';
import { ErrorBanner } from '../../ui/error-banner';
import { AttendanceCounts } from './attendance-counts';
import { GuestCounts } from './guest-counts';
import { MemberPicker } from './member-picker';
import {
  meetingQueries,
  useAddToRollCall,
  useMarkAllPresent,
  useMarkPresence,
  useSetInterpretationNeed,
} from './meeting-queries';
import { RollCallTable } from './roll-call-table';

export function RollCall({ meetingId }: { meetingId: number }) {
  const { t } = useTranslation('meetings');
  const rollCall = useQuery(meetingQueries.rollCall(meetingId));
  const mark = useMarkPresence();
  const markAll = useMarkAllPresent();
  const add = useAddToRollCall();
  const setLanguage = useSetInterpretationNeed();
  const failure = mark.error ?? markAll.error ?? add.error ?? setLanguage.error;
  const data = rollCall.data;

  return (
    <section aria-labelledby="roll-call-title" className="meetings-roll-call">
      <h2 id="roll-call-title">{t('rollCall.title')}</h2>
      <ErrorBanner error={rollCall.error} onRetry={() => void rollCall.refetch()} />
      <ErrorBanner error={failure} />
      {data && (
        <>
          <AttendanceCounts rollCall={data} />
          <div className="actions">
            <button
              type="button"
              className="button--primary"
              disabled={markAll.isPending}
              onClick={() => markAll.mutate({ meetingId })}
            >
              {t('rollCall.markAllPresent')}
            </button>
          </div>
          {data.entries.length === 0 ? (
            <p>{t('rollCall.empty')}</p>
          ) : (
            <RollCallTable
              entries={data.entries}
              onMark={(memberId, presence) => mark.mutate({ meetingId, memberId, presence })}
              onLanguage={(memberId, code) =>
                setLanguage.mutate({ meetingId, memberId, languageCode: code === '' ? null : (code as LanguageCode) })
              }
            />
          )}
          <h3>{t('rollCall.addTitle')}</h3>
          <MemberPicker
            label={t('rollCall.addMember')}
            value={null}
            onChange={(member) => member && add.mutate({ meetingId, memberId: member.id })}
          />
          <GuestCounts meetingId={meetingId} guests={data.guests} />
        </>
      )}
    </section>
  );
}
