import { useEffect, useRef } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { UseFormReturn } from 'react-hook-form';
import { isMigrantWorkerCategory, type StakeholderCategory } from '../../../../shared/domain/stakeholder-categories';
import { memberQueries } from './member-queries';
import type { MemberFormValues } from './member-form-state';

/**
 * A migrant worker always has an alias: while the form is for one and its alias is empty, the app
 * proposes a neutral word no member holds yet, once; the coordinator may keep it, change it or ask
 * for another. `another` fetches a fresh proposal into the field.
 */
export function useAliasProposal(
  form: UseFormReturn<MemberFormValues, unknown, unknown>,
  category: StakeholderCategory,
  alias: string,
) {
  const isWorker = isMigrantWorkerCategory(category);
  const proposedOnce = useRef(false);
  const wanted = isWorker && alias.trim() === '' && !proposedOnce.current;
  // Never cached between forms: another form may have taken the word since.
  const proposal = useQuery({ ...memberQueries.aliasProposal(), enabled: isWorker, staleTime: Infinity, gcTime: 0 });
  const proposed = proposal.data?.alias;

  useEffect(() => {
    if (!wanted || !proposed) return;
    proposedOnce.current = true;
    form.setValue('alias', proposed, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
  }, [wanted, proposed, form]);

  const another = async () => {
    const next = await proposal.refetch();
    if (next.data) form.setValue('alias', next.data.alias, { shouldDirty: true, shouldValidate: true });
  };
  return { isWorker, another, fetching: proposal.isFetching };
}
