import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { AppError } from '../../../shared/errors';
import { downloadBase64File } from '../ui/download-file';

interface GeneratedFile {
  fileName: string;
  mimeType: string;
  base64: string;
  /** Web mode's PDF: the print view to open in a new tab and save as PDF there; nothing is downloaded. */
  printViewUrl?: string;
}

/**
 * Runs one operation that builds a file (a report, an export) and hands it to the browser's download.
 * Such reads are not cached: each click builds the file afresh from the ledger.
 *
 *   const download = useFileDownload();
 *   download.run('Word', () => call('reports.minutes.generate', { ... }));
 *   <DownloadProgress download={download} />  // working, then "Downloaded <file>" (or the print view's link)
 */
export function useFileDownload<File extends GeneratedFile = GeneratedFile>() {
  const [what, setWhat] = useState('');
  const mutation = useMutation<File, AppError, () => Promise<File>>({
    mutationFn: (generate) => generate(),
    // A print view is offered as a link (DownloadProgress): opened by the coordinator's own click, no
    // browser blocks it as a pop-up, however long the document took to build.
    onSuccess: (file) => {
      if (!file.printViewUrl) downloadBase64File(file);
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
