import { useState } from 'react';
import type { ReportFile } from '../../../../shared/domain/report';
import { AppError } from '../../../../shared/errors';
import { downloadBase64File } from '../../ui/download-file';
import { toAppError } from '../../api/to-app-error';

export type DownloadProgress =
  { state: 'idle' } | { state: 'working'; what: string } | { state: 'done'; fileName: string };

/** Runs one generate operation, shows that it is working, and hands the file to the browser. */
export function useReportDownload(onGenerated?: () => void) {
  const [progress, setProgress] = useState<DownloadProgress>({ state: 'idle' });
  const [error, setError] = useState<AppError>();
  const run = async (what: string, generate: () => Promise<ReportFile>) => {
    setError(undefined);
    setProgress({ state: 'working', what });
    try {
      const file = await generate();
      downloadBase64File(file);
      setProgress({ state: 'done', fileName: file.fileName });
      onGenerated?.();
    } catch (caught) {
      setProgress({ state: 'idle' });
      setError(toAppError(caught));
    }
  };
  return { progress, error, run, working: progress.state === 'working' };
}
