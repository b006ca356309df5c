import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { presences, type Presence, type RollCall as RollCallData } from '../../../../shared/domain/attendance';
import type { LanguageCode } from '../../../../shared/domain/languages';
import { AppError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { useOperation } from '../../api/use-operation';
import { ErrorBanner } from '../../ui/error-banner';
import { languageOptions } from '../members/language-labels';
import { AttendanceCounts } from './attendance-counts';
import { GuestCounts } from './guest-counts';
import { MemberPicker } from './member-picker';

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
      setError(caught instanceof AppError ? caught : new AppError({ code: 'internal', message: String(caught) }));
    }
  }

  const mark = (memberId: number, presence: Presence) => run(() => call('meetings.rollCall.mark', { meetingId, memberId, presence }));
  const setLanguage = (memberId: number, code: string) =>
    run(() =>
      call('meetings.rollCall.setInterpretation', { meetingId, memberId, languageCode: code === '' ? null : (code as LanguageCode) }),
    );

  return (
    <section aria-labelledby="roll-call-title" className="meetings-roll-call">
      <h2 id="roll-call-title">{t('rollCall.title')}</h2>
      <ErrorBanner error={error ?? loaded.error} onRetry={loaded.reload} />
      {rollCall && (
        <>
          <AttendanceCounts rollCall={rollCall} />
          <div className="actions">
            <button type="button" className="button--primary" onClick={() => void run(() => call('meetings.rollCall.markAllPresent', { meetingId }))}>
              {t('rollCall.markAllPresent')}
            </button>
          </div>
          {rollCall.entries.length === 0 ? (
            <p>{t('rollCall.empty')}</p>
          ) : (
            <table className="meetings-table">
              <caption className="meetings-visually-hidden">{t('rollCall.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('rollCall.name')}</th>
                  <th scope="col">{t('rollCall.category')}</th>
                  <th scope="col">{t('rollCall.presence')}</th>
                  <th scope="col">{t('rollCall.interpretation')}</th>
                </tr>
              </thead>
              <tbody>
                {rollCall.entries.map((entry) => (
                  <tr key={entry.memberId} data-testid="roll-call-row">
                    <th scope="row">
                      {entry.name}
                      {entry.isAlias && <span className="tag">{t('alias')}</span>}
                      {!entry.expected && <span className="tag">{t('rollCall.added')}</span>}
                    </th>
                    <td>{t(`common:categories.${entry.category}`)}</td>
                    <td>
                      <select
                        aria-label={t('rollCall.presenceFor', { name: entry.name })}
                        value={entry.presence}
                        onChange={(event) => void mark(entry.memberId, event.target.value as Presence)}
                      >
                        {presences.map((presence) => (
                          <option key={presence} value={presence}>
                            {t(`presences.${presence}`)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <select
                        aria-label={t('rollCall.interpretationFor', { name: entry.name })}
                        value={entry.interpretationLanguage ?? ''}
                        onChange={(event) => void setLanguage(entry.memberId, event.target.value)}
                      >
                        <option value="">{t('rollCall.noInterpretation')}</option>
                        {languageOptions().map((option) => (
                          <option key={option.value} value={option.value}>
                            {option.label}
                          </option>
                        ))}
                      </select>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <h3>{t('rollCall.addTitle')}</h3>
          <MemberPicker
            label={t('rollCall.addMember')}
            value={null}
            onChange={(member) => member && void run(() => call('meetings.rollCall.add', { meetingId, memberId: member.id }))}
          />
          <GuestCounts meetingId={meetingId} guests={rollCall.guests} onSaved={(next) => void run(async () => next)} />
        </>
      )}
    </section>
  );
}
