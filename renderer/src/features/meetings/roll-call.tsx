import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Presence, RollCall as RollCallData } from '../../../../shared/domain/attendance';
import type { LanguageCode } from '../../../../shared/domain/languages';
import { AppError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { useOperation } from '../../api/use-operation';
import { ErrorBanner } from '../../ui/error-banner';
import { AttendanceCounts } from './attendance-counts';
import { GuestCounts } from './guest-counts';
import { MemberPicker } from './member-picker';
import { RollCallTable } from './roll-call-table';
import { toAppError } from '../../api/to-app-error';

export function RollCall({ meetingId, onChanged }: { meetingId: number; onChanged: () => void }) {
  const { t } = useTranslation('meetings');
  const loaded = useOperation('meetings.rollCall.get', { meetingId });
  const [latest, setLatest] = useState<RollCallData>();
  const [error, setError] = useState<AppError>();
  const rollCall = latest ?? loaded.data;

  async function run(action: () => Promise<RollCallData>) {
    setError(undefined);
    try {
      setLatest(await action());
      onChanged();
    } catch (caught) {
      setError(toAppError(caught));
    }
  }

  const mark = (memberId: number, presence: Presence) =>
    run(() => call('meetings.rollCall.mark', { meetingId, memberId, presence }));
  const setLanguage = (memberId: number, code: string) =>
    run(() =>
      call('meetings.rollCall.setInterpretation', {
        meetingId,
        memberId,
        languageCode: code === '' ? null : (code as LanguageCode),
      }),
    );

  return (
    <section aria-labelledby="roll-call-title" className="meetings-roll-call">
      <h2 id="roll-call-title">{t('rollCall.title')}</h2>
      <ErrorBanner error={error ?? loaded.error} onRetry={loaded.reload} />
      {rollCall && (
        <>
          <AttendanceCounts rollCall={rollCall} />
          <div className="actions">
            <button
              type="button"
              className="button--primary"
              onClick={() => void run(() => call('meetings.rollCall.markAllPresent', { meetingId }))}
            >
              {t('rollCall.markAllPresent')}
            </button>
          </div>
          {rollCall.entries.length === 0 ? (
            <p>{t('rollCall.empty')}</p>
          ) : (
            <RollCallTable
              entries={rollCall.entries}
              onMark={(id, presence) => void mark(id, presence)}
              onLanguage={(id, code) => void setLanguage(id, code)}
            />
          )}
          <h3>{t('rollCall.addTitle')}</h3>
          <MemberPicker
            label={t('rollCall.addMember')}
            value={null}
            onChange={(member) =>
              member && void run(() => call('meetings.rollCall.add', { meetingId, memberId: member.id }))
            }
          />
          <GuestCounts meetingId={meetingId} guests={rollCall.guests} onSaved={(next) => void run(async () => next)} />
        </>
      )}
    </section>
  );
}
