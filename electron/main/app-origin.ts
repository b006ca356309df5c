/** The scheme the built renderer is served from; registered as privileged before the app is ready. */
export const appScheme = 'app';
export const appHost = 'renderer';
export const appEntryUrl = `${appScheme}://${appHost}/index.html`;

/**
 * scheme://host[:port] of a URL. WHATWG URL reports the origin of custom schemes as "null",
 * which would make every app:// page look alike, so the origin is rebuilt from its parts.
 */
export function originOf(candidate: string): string | undefined {
  try {
    const url = new URL(candidate);
    if (url.host === '') return undefined;
    return `${url.protocol}//${url.host}`;
  } catch {
    return undefined;
  }
}

/** The origins the app's own pages may come from: app://renderer, plus the dev server while developing. */
export function appOrigins(devServerUrl: string | undefined): readonly string[] {
  const origins = [originOf(appEntryUrl) as string];
  const devOrigin = devServerUrl ? originOf(devServerUrl) : undefined;
  if (devOrigin) origins.push(devOrigin);
  return origins;
}

export function isAppUrl(candidate: string, origins: readonly string[]): boolean {
  const origin = originOf(candidate);
  return origin !== undefined && origins.includes(origin);
}
