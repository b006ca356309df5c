import type { Ledger } from '../ledger/ledger';
import { insertMembers } from '../ledger/members/member-repository';
import { generateDemoMembers, type DemoOptions } from './generate-demo-members';
import { addDemoRegistry } from './demo-registry';
import { loadDemoMeetings } from './demo-meetings';
import { loadDemoRecommendations } from './demo-recommendations';
import { loadDemoFunding } from './demo-funding';

/** Writes a fictional network in one transaction, so a failed load leaves the ledger empty. */
export async function loadDemoNetwork(ledger: Ledger, options: DemoOptions): Promise<{ membersCreated: number }> {
  const drafts = generateDemoMembers(options);
  return ledger.write('ledger.loadDemo', async (trx, audit) => {
    const at = ledger.now().toISOString();
    const ids = await insertMembers(trx, drafts, at);
    await addDemoRegistry(
      trx,
      ids.map((id, index) => ({ id, draft: drafts[index] as (typeof drafts)[number] })),
      at,
      options.seed,
    );
    const meetings = await loadDemoMeetings(trx, ledger.now(), options.seed);
    const recommendations = await loadDemoRecommendations(trx, audit, ledger.now());
    const agreements = await loadDemoFunding(trx, audit, ledger.now());
    audit.record({
      entityType: 'ledger',
      entityId: null,
      changes: {
        demoMembers: { from: 0, to: ids.length },
        demoMeetings: { from: 0, to: meetings },
        demoRecommendations: { from: 0, to: recommendations },
        demoAgreements: { from: 0, to: agreements },
      },
    });
    return { membersCreated: ids.length };
  });
}
