import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { AppError } from '../../../shared/errors';
import { downloadBase64File } from '../ui/download-file';

interface GeneratedFile {
  fileName: string;
  mimeType: string;
  base64: string;
}

/**
 * Runs one operation that builds a file (a report, an export) and hands it to the browser's download.
 * Such reads are not cached: each click builds the file afresh from the ledger.
 *
 *   const download = useFileDownload();
 *   download.run('Word', () => call('reports.minutes.generate', { ... }));
 *   <DownloadProgress download={download} />  // working, then "Downloaded <file>"
 */
export function useFileDownload<File extends GeneratedFile = GeneratedFile>() {
  const [what, setWhat] = useState('');
  const mutation = useMutation<File, AppError, () => Promise<File>>({
    mutationFn: (generate) => generate(),
    onSuccess: (file) => downloadBase64File(file),
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
