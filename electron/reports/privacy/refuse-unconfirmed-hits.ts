import type { RedactionHit } from '../../../shared/domain/report';
import { DomainError } from '../../domain-error';

/** Refuses while a worker's name in the text has not been looked at: fixing it or confirming it is the coordinator's call. */
export function refuseUnconfirmedHits(hits: readonly RedactionHit[], confirmed: readonly string[]): void {
  const accepted = new Set(confirmed);
  const open = hits.filter((hit) => !accepted.has(hit.key));
  if (open.length > 0) {
    throw new DomainError(
      'conflict',
      `The document's text names ${open.length === 1 ? 'a migrant worker' : `migrant workers (${open.length} places)`}: fix the text or confirm each place before generating`,
      open.map((hit) => ({
        path: 'confirmedHits',
        message: `"${hit.matchedText}" in ${hit.field}${hit.where ? ` (${hit.where})` : ''}: ${hit.excerpt}`,
      })),
      { reason: 'reports.unconfirmedNames', params: { count: open.length } },
    );
  }
}
