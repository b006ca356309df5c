import { cellKey, type CountCell } from '../disclosure/disclosure-cell';
import type { EntryState, PublishedCount } from './published-count';

/** What the disclosure audit decided for one shared document, as its builders need it. */
export interface DocumentDisclosure {
  /** The state of every count of people the document prints, by cellKey. */
  readonly states: ReadonlyMap<string, EntryState>;
  /** Some cell could not be protected by hiding neighbours: every non-zero count is a marker. */
  readonly withheld: boolean;
  /** Other documents already shared with the same audience that the audit took into account. */
  readonly earlierReleases: number;
}

/** A cell as printed. A cell the audit did not decide is a bug, never a number to print. */
export function publishedCount(disclosure: DocumentDisclosure, cell: CountCell): PublishedCount {
  const state = disclosure.states.get(cellKey(cell));
  if (!state) throw new Error(`No disclosure decision for ${cellKey(cell)}`);
  return { value: cell.value, state };
}
