import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { actionItemStatuses, type ActionItemStatus, type Minutes } from '../../../../shared/domain/minutes';
import { AppError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { TextField } from '../../ui/fields';
import { MemberPicker, type PickedMember } from './member-picker';
import { toAppError } from '../../api/to-app-error';

/**
 * Action items of one set of minutes. Their status can still be followed up after approval;
 * what, who and when are part of the record and lock with the minutes.
 */
export function ActionItemsEditor({ minutes, onSaved }: { minutes: Minutes; onSaved: (minutes: Minutes) => void }) {
  const { t } = useTranslation('minutes');
  const [description, setDescription] = useState('');
  const [owner, setOwner] = useState<PickedMember | null>(null);
  const [ownerName, setOwnerName] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [error, setError] = useState<AppError>();

  async function add(event: FormEvent) {
    event.preventDefault();
    setError(undefined);
    try {
      onSaved(
        await call('minutes.actionItems.add', {
          minutesId: minutes.id,
          item: {
            description,
            sectionId: null,
            ownerMemberId: owner?.id ?? null,
            ownerName: owner ? null : ownerName,
            dueOn: dueOn === '' ? null : dueOn,
            status: 'open',
          },
        }),
      );
      setDescription('');
      setOwner(null);
      setOwnerName('');
      setDueOn('');
    } catch (caught) {
      setError(toAppError(caught));
    }
  }

  async function setStatus(id: number, status: ActionItemStatus) {
    setError(undefined);
    try {
      await call('minutes.actionItems.setStatus', { id, status });
      const refreshed = await call('minutes.get', { meetingId: minutes.meetingId });
      if (refreshed) onSaved(refreshed);
    } catch (caught) {
      setError(toAppError(caught));
    }
  }

  return (
    <section aria-labelledby="action-items-title">
      <h3 id="action-items-title">{t('actionItems')}</h3>
      {minutes.actionItems.length === 0 ? (
        <p>{t('noActionItems')}</p>
      ) : (
        <table className="meetings-table">
          <caption className="meetings-visually-hidden">{t('actionItems')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('what')}</th>
              <th scope="col">{t('owner')}</th>
              <th scope="col">{t('dueOn')}</th>
              <th scope="col">{t('status')}</th>
            </tr>
          </thead>
          <tbody>
            {minutes.actionItems.map((item) => (
              <tr key={item.id} data-testid="action-item-row">
                <th scope="row">{item.description}</th>
                <td>{item.owner ?? '—'}</td>
                <td>{item.dueOn ?? '—'}</td>
                <td>
                  <select
                    aria-label={t('statusFor', { what: item.description })}
                    value={item.status}
                    onChange={(event) => void setStatus(item.id, event.target.value as ActionItemStatus)}
                  >
                    {actionItemStatuses.map((status) => (
                      <option key={status} value={status}>
                        {t(`actionStatuses.${status}`)}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {!minutes.locked && (
        <form onSubmit={add} noValidate className="form" aria-label={t('addActionItem')}>
          <TextField
            label={t('what')}
            value={description}
            onChange={setDescription}
            error={error?.issueFor('item.description')}
          />
          <MemberPicker
            label={t('ownerMember')}
            value={owner}
            onChange={setOwner}
            error={error?.issueFor('item.ownerMemberId')}
          />
          {!owner && (
            <TextField
              label={t('ownerName')}
              value={ownerName}
              onChange={setOwnerName}
              error={error?.issueFor('item.ownerName')}
            />
          )}
          <TextField
            label={t('dueOn')}
            type="date"
            value={dueOn}
            onChange={setDueOn}
            error={error?.issueFor('item.dueOn')}
          />
          <div className="actions">
            <button type="submit">{t('addActionItem')}</button>
          </div>
        </form>
      )}
      {error && error.issues.length === 0 && (
        <p className="field__error" role="alert">
          {error.message}
        </p>
      )}
    </section>
  );
}
