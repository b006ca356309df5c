import { currentUiLanguage } from '../../i18n';

export function formatDateTime(iso: string): string {
  return new Intl.DateTimeFormat(currentUiLanguage() === 'fr' ? 'fr-CA' : 'en-CA', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${new Intl.NumberFormat(currentUiLanguage() === 'fr' ? 'fr-CA' : 'en-CA', { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}
