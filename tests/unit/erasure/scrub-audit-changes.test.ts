import { describe, expect, it } from 'vitest';
import { scrubAuditChanges } from '../../../electron/ledger/erasure/scrub-audit-changes';
import { erasedMarker, scrubText } from '../../../electron/ledger/erasure/scrub-text';

describe('scrubbing erased values from audit entries', () => {
  it('erases every personal field of an entry about the withdrawn member, whatever its value', () => {
    const scrubbed = scrubAuditChanges(
      {
        displayName: { from: null, to: 'María Núñez' },
        email: { from: null, to: 'maria@example.org' },
        languages: { from: [], to: ['es'] },
        category: { from: null, to: 'current_migrant_worker' },
        joinedOn: { from: null, to: '2025-01-01' },
      },
      ['María Núñez', 'maria@example.org'],
      true,
    );
    expect(scrubbed).toEqual({
      displayName: { from: erasedMarker, to: erasedMarker },
      email: { from: erasedMarker, to: erasedMarker },
      languages: { from: erasedMarker, to: erasedMarker },
      category: { from: null, to: 'current_migrant_worker' },
      joinedOn: { from: null, to: '2025-01-01' },
    });
  });

  it('erases the values inside other entries, ignoring case, and keeps the rest of the text', () => {
    const scrubbed = scrubAuditChanges(
      { speakers: { from: null, to: ['Chair', 'MARÍA NÚÑEZ spoke first'] }, room: { from: null, to: 'Hall B' } },
      ['María Núñez'],
      false,
    );
    expect(scrubbed).toEqual({ speakers: { from: null, to: ['Chair', `${erasedMarker} spoke first`] }, room: { from: null, to: 'Hall B' } });
  });

  it('erases a short value only where it is the whole value, so other words survive', () => {
    expect(scrubText('Li', ['Li'])).toBe(erasedMarker);
    expect(scrubText('Lifeline Society', ['Li'])).toBe('Lifeline Society');
    expect(scrubText('Thanks to GK, and to gk again; GKX stays', ['GK'], 'Withdrawn member 2')).toBe(
      'Thanks to Withdrawn member 2, and to Withdrawn member 2 again; GKX stays',
    );
  });

  it('replaces the longest value first and can use a neutral label instead of the marker', () => {
    expect(scrubText('Zora Ybarra (Zora) spoke', ['Zora', 'Zora Ybarra'], 'Withdrawn member 1')).toBe(
      'Withdrawn member 1 (Withdrawn member 1) spoke',
    );
    expect(scrubText('cost $& and $1', ['cost'], 'Withdrawn member 1')).toBe('Withdrawn member 1 $& and $1');
  });

  it('treats values as text, not as patterns', () => {
    expect(scrubText('call +1 (604) 555-0134 after 6', ['+1 (604) 555-0134'])).toBe(`call ${erasedMarker} after 6`);
    expect(scrubText('a.b.c', ['x.y.z'])).toBe('a.b.c');
  });
});
