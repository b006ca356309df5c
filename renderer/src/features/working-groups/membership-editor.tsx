import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contract } from '../../../../shared/contract';
import type { GroupMember, WorkingGroupRole } from '../../../../shared/domain/working-group';
import { FormFrame } from '../../forms/form-frame';
import { FormTextField } from '../../forms/form-fields';
import { useContractForm } from '../../forms/use-contract-form';
import { ErrorBanner } from '../../ui/error-banner';
import { MembershipFields } from './membership-fields';
import { useRemoveMembership, useUpdateMembership } from './working-group-queries';

type MembershipValues = { membership: { role: WorkingGroupRole; startOn: string; endOn: string } };

/** Changes a role or its dates (an end date records the member leaving); removal is for mistakes only. */
export function MembershipEditor({ membership, onClose }: { membership: GroupMember; onClose: () => void }) {
  const { t } = useTranslation('workingGroups');
  const update = useUpdateMembership();
  const remove = useRemoveMembership();
  const [confirmingRemoval, setConfirmingRemoval] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const form = useContractForm({
    schema: contract['workingGroups.updateMembership'].input,
    toInput: (values: MembershipValues) => ({
      id: membership.id,
      membership: { ...values.membership, endOn: values.membership.endOn === '' ? null : values.membership.endOn },
    }),
    defaultValues: { membership: { role: membership.role, startOn: membership.startOn, endOn: membership.endOn ?? '' } },
  });

  // The editor opens below the table: move keyboard focus to it so it is not left behind.
  useEffect(() => headingRef.current?.focus(), []);

  const title = t('membership.edit', { name: membership.displayName });
  return (
    <section aria-label={title} className="card working-groups-edit">
      <h3 ref={headingRef} tabIndex={-1}>
        {title}
      </h3>
      <FormFrame
        form={form}
        onSubmit={async (input) => {
          await update.mutateAsync(input);
          onClose();
        }}
        error={update.error}
        submitLabel={t('membership.save')}
        busy={update.isPending}
        cancel={{ onClick: onClose }}
        label={title}
      >
        <MembershipFields control={form.control} />
        <FormTextField control={form.control} name="membership.endOn" type="date" label={t('membership.endOn')} />
      </FormFrame>
      <ErrorBanner error={remove.error} />
      {!confirmingRemoval ? (
        <button type="button" className="button--danger" onClick={() => setConfirmingRemoval(true)}>
          {t('membership.remove')}
        </button>
      ) : (
        <p role="alert" className="working-groups-confirm">
          {t('membership.confirmRemove')}{' '}
          <button
            type="button"
            className="button--danger"
            disabled={remove.isPending}
            onClick={() => remove.mutate({ id: membership.id }, { onSuccess: onClose })}
          >
            {t('membership.remove')}
          </button>
        </p>
      )}
    </section>
  );
}
