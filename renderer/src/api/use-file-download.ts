import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AppError } from '../../../shared/errors';
import { downloadBase64File } from '../ui/download-file';
import type { Area } from './operation-query';
import { invalidateAreas } from './use-operation-mutation';

interface GeneratedFile {
  fileName: string;
  mimeType: string;
  base64: string;
}

/**
 * Runs one operation that builds a file (a report, an export) and hands it to the browser's download.
 * Such reads are not cached: each click builds the file afresh from the ledger. A document shared with
 * funders is recorded in the release register as it is made: `changes` names the areas to refresh then.
 *
 *   const download = useFileDownload();
 *   download.run('Word', () => call('reports.minutes.generate', { ... }));
 *   <DownloadProgress download={download} />  // working, then "Downloaded <file>"
 */
export function useFileDownload<File extends GeneratedFile = GeneratedFile>(options: { changes?: readonly Area[] } = {}) {
  const [what, setWhat] = useState('');
  const queryClient = useQueryClient();
  const changes = options.changes ?? [];
  const mutation = useMutation<File, AppError, () => Promise<File>>({
    mutationFn: (generate) => generate(),
    onSuccess: async (file) => {
      downloadBase64File(file);
      if (changes.length > 0) await invalidateAreas(queryClient, changes);
    },
  });
  return {
    run(label: string, generate: () => Promise<File>) {
      setWhat(label);
      mutation.mutate(generate);
    },
    working: mutation.isPending,
    what,
    error: mutation.error,
    file: mutation.data,
  };
}

export type FileDownload = ReturnType<typeof useFileDownload>;
