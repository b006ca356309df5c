import type { MemberDraft } from '../../shared/domain/member';
import { stakeholderCategories, type StakeholderCategory } from '../../shared/domain/stakeholder-categories';
import type { LanguageCode } from '../../shared/domain/languages';
import { communities, organisationsByCategory } from './demo-names';
import { SeededRandom } from './random';
import { proposeAliases } from '../ledger/members/aliases/propose-aliases';

/** Roughly the Network's mix: many workers, a steady core of agencies, unions and governments. */
const categoryWeights: Record<StakeholderCategory, number> = {
  current_migrant_worker: 24,
  former_migrant_worker: 12,
  worker_advocacy: 10,
  settlement_agency: 10,
  union: 7,
  employer: 8,
  industry_association: 4,
  foreign_government: 5,
  government_bc: 5,
  government_canada: 5,
  academic_legal: 5,
  other_civil_society: 5,
};

function weightedCategory(random: SeededRandom): StakeholderCategory {
  const total = Object.values(categoryWeights).reduce((sum, weight) => sum + weight, 0);
  let roll = random.next() * total;
  for (const category of stakeholderCategories) {
    roll -= categoryWeights[category];
    if (roll < 0) return category;
  }
  return 'other_civil_society';
}

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function emailFor(given: string, family: string, index: number): string {
  const ascii = `${given}.${family}`
    .normalize('NFKD')
    .replace(/[^\x00-\x7f]/g, '')
    .replace(/[^a-zA-Z.]/g, '')
    .toLowerCase()
    .replace(/^\.+|\.+$/g, '');
  return `${ascii || 'member'}.${index}@example.org`;
}

/** The demo network is a snapshot; nobody has left after this date. */
const demoToday = '2026-11-01';

export interface DemoOptions {
  memberCount: number;
  seed: number;
}

/** A fictional network: workers speak their community language, institutions mostly English or French. */
export function generateDemoMembers({ memberCount, seed }: DemoOptions): MemberDraft[] {
  const random = new SeededRandom(seed);
  const members: MemberDraft[] = [];
  // The same neutral words the member form proposes; a demo ledger starts empty, so none is taken.
  const aliases = proposeAliases(memberCount, [], seed);
  for (let index = 1; index <= memberCount; index++) {
    const category = weightedCategory(random);
    const isWorker = category === 'current_migrant_worker' || category === 'former_migrant_worker';
    const community = isWorker ? random.pick(communities.filter((c) => c.language !== 'en' && c.language !== 'fr')) : random.pick(communities);
    const given = random.pick(community.given);
    const family = random.pick(community.family);
    const displayName = community.language === 'zh' ? `${family}${given}` : `${given} ${family}`;
    const languages: LanguageCode[] = [community.language];
    if (community.language !== 'en' && random.chance(isWorker ? 0.5 : 0.9)) languages.push('en');
    if (random.chance(0.08) && !languages.includes('fr')) languages.push('fr');
    const organisations = organisationsByCategory[category];
    const joinedYear = random.integer(2018, 2026);
    const joinedOn = isoDate(joinedYear, random.integer(1, joinedYear === 2026 ? 10 : 12), random.integer(1, 28));
    const left = random.chance(0.1);
    const leftOn = left ? isoDate(Number(joinedOn.slice(0, 4)) + random.integer(1, 3), random.integer(1, 12), random.integer(1, 28)) : null;
    members.push({
      kind: 'individual',
      displayName,
      alias: isWorker ? (aliases[index - 1] as string) : null,
      category,
      organisationName: organisations && !isWorker ? random.pick(organisations) : null,
      languages,
      preferredLanguage: languages[0] ?? null,
      email: random.chance(isWorker ? 0.5 : 0.95) ? emailFor(given, family, index) : null,
      phone: random.chance(0.6) ? `+1 604 555 ${String(random.integer(0, 9999)).padStart(4, '0')}` : null,
      mayContact: random.chance(0.85),
      mayBeNamed: isWorker ? random.chance(0.2) : random.chance(0.9),
      joinedOn,
      leftOn: leftOn && leftOn <= demoToday ? leftOn : null,
      notes: null,
    });
  }
  return members;
}
