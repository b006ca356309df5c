import { useEffect, useRef, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { UseFormReturn } from 'react-hook-form';
import { isMigrantWorkerCategory, type StakeholderCategory } from '../../../../shared/domain/stakeholder-categories';
import { memberQueries } from './member-queries';
import type { MemberFormValues } from './member-form-state';

/**
 * A migrant worker always has an alias: while the form is for one and its alias is empty, the app
 * proposes a neutral word no member holds yet, once; the coordinator may keep it, change it or ask
 * for another. `another` puts a fresh proposal, unlike any offered before, into the field.
 */
export function useAliasProposal(
  form: UseFormReturn<MemberFormValues, unknown, unknown>,
  category: StakeholderCategory,
  alias: string,
) {
  const isWorker = isMigrantWorkerCategory(category);
  const proposedOnce = useRef(false);
  const offered = useRef<string[]>([]);
  const queryClient = useQueryClient();
  const [fetchingAnother, setFetchingAnother] = useState(false);
  const wanted = isWorker && alias.trim() === '' && !proposedOnce.current;
  // Never cached between forms: another form may have taken the word since.
  const proposal = useQuery({ ...memberQueries.aliasProposal(), enabled: wanted, staleTime: Infinity, gcTime: 0 });
  const proposed = proposal.data?.alias;

  useEffect(() => {
    if (!wanted || !proposed) return;
    proposedOnce.current = true;
    offered.current.push(proposed);
    form.setValue('alias', proposed, { shouldDirty: true, shouldValidate: form.formState.isSubmitted });
  }, [wanted, proposed, form]);

  const another = async () => {
    setFetchingAnother(true);
    try {
      const next = await queryClient.fetchQuery({
        ...memberQueries.aliasProposal(offered.current.slice(-50)),
        gcTime: 0,
      });
      offered.current.push(next.alias);
      form.setValue('alias', next.alias, { shouldDirty: true, shouldValidate: true });
    } finally {
      setFetchingAnother(false);
    }
  };
  return { isWorker, another, fetching: proposal.isFetching || fetchingAnother };
}
