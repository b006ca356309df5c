import { useCallback, useEffect, useRef, useState } from 'react';
import type { OperationOutput } from '../../../../shared/contract';
import type { DuplicateAction, ImportCheck, ImportMapping, ImportProgress } from '../../../../shared/contract/imports';
import { AppError } from '../../../../shared/errors';
import { call } from '../../api/client';
import { readFileAsBase64 } from './read-file-as-base64';
import { toAppError } from '../../api/to-app-error';

const pollEveryMs = 150;

export type ImportResult = OperationOutput<'imports.commit'>;

export interface ImportJobState {
  phase: 'pick' | 'sending' | 'reading' | 'ready' | 'committing' | 'done' | 'failed';
  progress: ImportProgress | undefined;
  mapping: ImportMapping;
  check: ImportCheck | undefined;
  checking: boolean;
  result: ImportResult | undefined;
  /** Reading or checking failed. */
  error: AppError | undefined;
  /** The commit was refused (nothing written); kept apart so a fresh check does not hide it. */
  commitError: AppError | undefined;
}

const initial: ImportJobState = {
  phase: 'pick',
  progress: undefined,
  mapping: [],
  check: undefined,
  checking: false,
  result: undefined,
  error: undefined,
  commitError: undefined,
};

/**
 * The import as the renderer sees it: send the file, poll its reading, re-check whenever the
 * mapping changes, commit with the duplicate choices. A staged job is discarded when left.
 */
export function useImportJob() {
  const [state, setState] = useState<ImportJobState>(initial);
  const jobIdRef = useRef<string | undefined>(undefined);
  const update = (change: Partial<ImportJobState>) => setState((previous) => ({ ...previous, ...change }));

  const discard = useCallback(() => {
    const jobId = jobIdRef.current;
    jobIdRef.current = undefined;
    if (jobId) void call('imports.discard', { jobId }).catch(() => undefined);
  }, []);
  useEffect(() => discard, [discard]);

  const start = useCallback(
    async (file: File) => {
      discard();
      setState({ ...initial, phase: 'sending' });
      try {
        const { jobId } = await call('imports.start', {
          fileName: file.name,
          contentBase64: await readFileAsBase64(file),
        });
        jobIdRef.current = jobId;
        update({ phase: 'reading' });
      } catch (error) {
        update({ phase: 'failed', error: toAppError(error) });
      }
    },
    [discard],
  );

  // Poll while the main side streams through the file.
  useEffect(() => {
    const jobId = jobIdRef.current;
    if (state.phase !== 'reading' || !jobId) return;
    let current = true;
    const timer = setTimeout(() => {
      call('imports.progress', { jobId }).then(
        (progress) => {
          if (!current) return;
          if (progress.status === 'reading') update({ progress: { ...progress } });
          else if (progress.status === 'failed')
            update({
              progress,
              phase: 'failed',
              error: new AppError({ code: 'invalid_input', message: progress.error ?? '' }),
            });
          else update({ progress, phase: 'ready', mapping: progress.sheet?.suggestedMapping ?? [] });
        },
        (error: unknown) => current && update({ phase: 'failed', error: toAppError(error) }),
      );
    }, pollEveryMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [state.phase, state.progress]);

  // Every mapping gets its own full check; the latest answer wins.
  const mappingKey = JSON.stringify(state.mapping);
  useEffect(() => {
    const jobId = jobIdRef.current;
    if (state.phase !== 'ready' || !jobId) return;
    let current = true;
    update({ checking: true });
    call('imports.check', { jobId, mapping: JSON.parse(mappingKey) as ImportMapping }).then(
      (check) => current && update({ check, checking: false, error: undefined }),
      (error: unknown) => current && update({ checking: false, error: toAppError(error) }),
    );
    return () => {
      current = false;
    };
  }, [state.phase, mappingKey]);

  const setMapping = useCallback((mapping: ImportMapping) => update({ mapping }), []);

  const commit = useCallback(
    async (duplicateAction: DuplicateAction, overrides: ReadonlyMap<number, DuplicateAction>) => {
      const jobId = jobIdRef.current;
      if (!jobId) return;
      update({ phase: 'committing', commitError: undefined });
      try {
        const duplicateOverrides = [...overrides].map(([rowNumber, action]) => ({ rowNumber, action }));
        const result = await call('imports.commit', {
          jobId,
          mapping: state.mapping,
          duplicateAction,
          duplicateOverrides,
        });
        jobIdRef.current = undefined;
        update({ phase: 'done', result });
      } catch (error) {
        update({ phase: 'ready', commitError: toAppError(error) });
      }
    },
    [state.mapping],
  );

  const reset = useCallback(() => {
    discard();
    setState(initial);
  }, [discard]);

  return { state, start, setMapping, commit, reset };
}
