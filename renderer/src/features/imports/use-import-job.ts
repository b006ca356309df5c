import { useCallback, useEffect, useRef, useState } from 'react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { DuplicateAction, ImportMapping, ImportValueField } from '../../../../shared/contract/imports';
import { call } from '../../api/client';
import { importQueries, useCommitImport, useStartImport } from './import-queries';
import { readFileAsBase64 } from './read-file-as-base64';
import { noPicks, valueChoicesFrom, type PickedValues } from './value-choices';

const pollEveryMs = 150;

/**
 * The import as the page sees it: send the file, follow its reading, then the columns, the values
 * and the check, each a query keyed by what the coordinator chose (the latest answer wins; earlier
 * ones are cancelled); the import itself a mutation. A staged file is discarded when left.
 */
export function useImportJob() {
  const [jobId, setJobId] = useState<string>();
  const [chosenMapping, setChosenMapping] = useState<ImportMapping>();
  const [picked, setPicked] = useState<PickedValues>(noPicks);
  const start = useStartImport();
  const commit = useCommitImport();

  const progress = useQuery({
    ...importQueries.progress(jobId ?? ''),
    enabled: jobId !== undefined && !commit.isSuccess,
    refetchInterval: (query) => (query.state.data?.status === 'reading' ? pollEveryMs : false),
  });
  const sheet = progress.data?.sheet ?? undefined;
  const ready = progress.data?.status === 'ready' && !!sheet && !commit.isSuccess;
  const mapping = chosenMapping ?? sheet?.suggestedMapping ?? [];

  const values = useQuery({
    ...importQueries.values({ jobId: jobId ?? '', mapping }),
    enabled: ready,
    placeholderData: keepPreviousData,
  });
  const valueChoices = valueChoicesFrom(values.data, picked);
  const check = useQuery({
    ...importQueries.check({ jobId: jobId ?? '', mapping, valueChoices }),
    enabled: ready && values.isSuccess,
    placeholderData: keepPreviousData,
  });

  // A file left behind (another picked, the page closed) is forgotten on the main side at once.
  const staged = useRef<string | undefined>(undefined);
  const discard = useCallback(() => {
    const previous = staged.current;
    staged.current = undefined;
    if (previous) void call('imports.discard', { jobId: previous }).catch(() => undefined);
  }, []);
  useEffect(() => discard, [discard]);

  const reset = useCallback(() => {
    discard();
    setJobId(undefined);
    setChosenMapping(undefined);
    setPicked(noPicks);
    start.reset();
    commit.reset();
  }, [discard, start, commit]);

  const pickFile = useCallback(
    async (file: File) => {
      reset();
      const started = await start.mutateAsync({ fileName: file.name, contentBase64: await readFileAsBase64(file) });
      staged.current = started.jobId;
      setJobId(started.jobId);
    },
    [reset, start],
  );

  const pick = useCallback((field: ImportValueField, key: string, code: string | null) => {
    setPicked((previous) => ({ ...previous, [field]: new Map(previous[field]).set(key, code) }));
  }, []);

  const runImport = (
    duplicateAction: DuplicateAction,
    overrides: ReadonlyMap<number, DuplicateAction>,
    validRowsOnly: boolean,
  ) => {
    if (!jobId) return;
    const duplicateOverrides = [...overrides].map(([rowNumber, action]) => ({ rowNumber, action }));
    commit.mutate(
      { jobId, mapping, valueChoices, duplicateAction, duplicateOverrides, validRowsOnly },
      {
        // Kept on the main side only while rejected rows wait to be downloaded.
        onSuccess: (result) => {
          if (result.rejected === 0) staged.current = undefined;
        },
      },
    );
  };

  const phase = commit.isSuccess
    ? 'done'
    : start.isPending
      ? 'sending'
      : start.isError || progress.data?.status === 'failed' || progress.isError
        ? 'failed'
        : ready
          ? 'ready'
          : jobId
            ? 'reading'
            : 'pick';

  return {
    phase,
    jobId,
    progress: progress.data,
    readError: start.error ?? progress.error,
    sheet,
    mapping,
    setMapping: setChosenMapping,
    values,
    picked,
    pick,
    check,
    commit,
    runImport,
    pickFile: (file: File) => void pickFile(file).catch(() => undefined),
    reset,
  } as const;
}

export type ImportJob = ReturnType<typeof useImportJob>;
