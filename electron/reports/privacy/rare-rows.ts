import type { LanguageCode } from '../../../shared/domain/languages';
import {
  isMigrantWorkerCategory,
  stakeholderCategories,
  type StakeholderCategory,
} from '../../../shared/domain/stakeholder-categories';

/**
 * Rows that describe fewer than threshold people identify them even when no count of people is
 * printed ("American Sign Language: 1 session" says a Deaf participant came). Such rows are folded
 * into one "Other" row, whose own counts are then suppressed like any other.
 *
 * A stakeholder category is rare when fewer than threshold people were members of it at some time
 * in the quarter. The list of categories is public, so an "Other" holding a single category would
 * name it by elimination: the next smallest category joins it (not a migrant-worker category, whose
 * figures are what the report is for, unless no other is left).
 */
export function rareCategories(
  membersDuringQuarter: ReadonlyMap<StakeholderCategory, number>,
  threshold: number,
): StakeholderCategory[] {
  const count = (category: StakeholderCategory) => membersDuringQuarter.get(category) ?? 0;
  const rare = new Set(stakeholderCategories.filter((category) => count(category) < threshold));
  if (rare.size === 1) {
    const smallest = stakeholderCategories
      .filter((category) => !rare.has(category))
      .sort(
        (a, b) =>
          Number(isMigrantWorkerCategory(a)) - Number(isMigrantWorkerCategory(b)) ||
          count(a) - count(b) ||
          stakeholderCategories.indexOf(a) - stakeholderCategories.indexOf(b),
      )[0];
    if (smallest) rare.add(smallest);
  }
  return stakeholderCategories.filter((category) => rare.has(category));
}

/** An interpretation language is rare when fewer than threshold people used it at the quarter's meetings. */
export function rareLanguages(usersByLanguage: ReadonlyMap<LanguageCode, number>, threshold: number): LanguageCode[] {
  return [...usersByLanguage].filter(([, users]) => users < threshold).map(([language]) => language);
}
