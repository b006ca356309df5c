import { useEffect, useState } from 'react';

export const sections = [
  'dashboard',
  'members',
  'organisations',
  'workingGroups',
  'meetings',
  'recommendations',
  'funding',
  'interpretation',
  'reports',
  'settings',
] as const;
export type Section = (typeof sections)[number];

export interface Route {
  section: Section;
  /** The rest of the path, e.g. ["12", "edit"] for #/members/12/edit. */
  parts: string[];
}

export function parseRoute(hash: string): Route {
  const [first, ...parts] = hash.replace(/^#\/?/, '').split('/').filter(Boolean);
  const section = sections.find((name) => name === first) ?? 'dashboard';
  return { section, parts };
}

export function hrefFor(section: Section, ...parts: (string | number)[]): string {
  return `#/${[section, ...parts].join('/')}`;
}

export function navigate(section: Section, ...parts: (string | number)[]): void {
  window.location.hash = hrefFor(section, ...parts);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
