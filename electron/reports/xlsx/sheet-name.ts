import { stripXmlUnsafeCharacters } from '../safe-text';

/** Excel refuses tab names over 31 characters, with []:*?/\ in them, or starting/ending with an apostrophe. */
export function safeSheetName(wanted: string, taken: ReadonlySet<string>): string {
  const base =
    stripXmlUnsafeCharacters(wanted)
      .replace(/[[\]:*?/\\]/g, ' ')
      .replace(/^'+|'+$/g, '')
      .trim()
      .slice(0, 31) || 'Sheet';
  let name = base;
  for (let suffix = 2; [...taken].some((other) => other.toLowerCase() === name.toLowerCase()); suffix += 1) {
    name = `${base.slice(0, 31 - String(suffix).length - 1)} ${suffix}`;
  }
  return name;
}
