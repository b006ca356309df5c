import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { workingGroupRoles, type GroupMember, type WorkingGroupRole } from '../../../../shared/domain/working-group';
import type { AppError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { toAppError } from '../../api/to-app-error';
import { ErrorBanner } from '../../ui/error-banner';
import { SelectField, TextField } from '../../ui/fields';

/** Changes a role or its dates (an end date records the member leaving); removal is for mistakes only. */
export function MembershipEditor({ membership, onDone }: { membership: GroupMember; onDone: () => void }) {
  const { t } = useTranslation('workingGroups');
  const { t: tc } = useTranslation();
  const [role, setRole] = useState<WorkingGroupRole>(membership.role);
  const [startOn, setStartOn] = useState(membership.startOn);
  const [endOn, setEndOn] = useState(membership.endOn ?? '');
  const [confirmingRemoval, setConfirmingRemoval] = useState(false);
  const [error, setError] = useState<AppError>();
  const headingRef = useRef<HTMLHeadingElement>(null);

  // The editor opens below the table: move keyboard focus to it so it is not left behind.
  useEffect(() => headingRef.current?.focus(), []);

  async function run(action: () => Promise<unknown>) {
    setError(undefined);
    try {
      await action();
      onDone();
    } catch (caught) {
      setError(toAppError(caught));
    }
  }

  function save(event: FormEvent) {
    event.preventDefault();
    void run(() => call('workingGroups.updateMembership', { id: membership.id, membership: { role, startOn, endOn: endOn === '' ? null : endOn } }));
  }

  const title = t('membership.edit', { name: membership.displayName });
  return (
    <form onSubmit={save} noValidate className="form card working-groups-edit" aria-label={title}>
      <h3 ref={headingRef} tabIndex={-1}>
        {title}
      </h3>
      <ErrorBanner error={error && error.issues.length === 0 ? error : undefined} />
      <SelectField<WorkingGroupRole>
        label={t('addMember.role')}
        value={role}
        onChange={setRole}
        options={workingGroupRoles.map((value) => ({ value, label: t(`roles.${value}`) }))}
        error={error?.issueFor('membership.role')}
      />
      <TextField label={t('addMember.startOn')} type="date" value={startOn} onChange={setStartOn} error={error?.issueFor('membership.startOn')} />
      <TextField label={t('membership.endOn')} type="date" value={endOn} onChange={setEndOn} error={error?.issueFor('membership.endOn')} />
      <div className="actions">
        <button type="submit" className="button--primary">
          {t('membership.save')}
        </button>
        <button type="button" onClick={onDone}>
          {tc('actions.cancel')}
        </button>
        {!confirmingRemoval ? (
          <button type="button" className="button--danger" onClick={() => setConfirmingRemoval(true)}>
            {t('membership.remove')}
          </button>
        ) : (
          <span role="alert" className="working-groups-confirm">
            {t('membership.confirmRemove')}{' '}
            <button type="button" className="button--danger" onClick={() => void run(() => call('workingGroups.removeMembership', { id: membership.id }))}>
              {t('membership.remove')}
            </button>
          </span>
        )}
      </div>
    </form>
  );
}
