import { quarterKeysOf } from '../../../../shared/domain/quarter-range';
import { todayIsoDate } from '../../../../shared/domain/dates';

/** Fiscal quarters from the Network's start (2018-19) to the current one, newest first. */
export function fiscalQuarterOptions(today: string = todayIsoDate()): string[] {
  const current = quarterKeysOf(today).fiscal;
  const currentStartYear = Number(current.slice(0, 4));
  const currentQuarter = Number(current.slice(-1));
  const keys: string[] = [];
  for (let startYear = currentStartYear; startYear >= 2018; startYear -= 1) {
    const fiscalYear = `${startYear}-${String((startYear + 1) % 100).padStart(2, '0')}`;
    for (let quarter = startYear === currentStartYear ? currentQuarter : 4; quarter >= 1; quarter -= 1) {
      keys.push(`${fiscalYear} Q${quarter}`);
    }
  }
  return keys;
}
