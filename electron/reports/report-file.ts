import type { ReportFile } from '../../shared/domain/report';

export const mimeTypes = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
  ics: 'text/calendar; charset=utf-8',
} as const;

/** Letters, digits, dots and dashes only: the name goes to a save dialog or a download attribute. */
export function safeFileName(stem: string, extension: keyof typeof mimeTypes): string {
  const cleaned = stem
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^A-Za-z0-9.-]+/g, '-')
    .replace(/-+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 120);
  return `${cleaned || 'report'}.${extension}`;
}

export function reportFile(stem: string, extension: keyof typeof mimeTypes, bytes: Buffer): ReportFile {
  return { fileName: safeFileName(stem, extension), mimeType: mimeTypes[extension], base64: bytes.toString('base64') };
}
