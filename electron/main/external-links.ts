/**
 * The only links the app hands to the operating system: plain web pages.
 * Anything else (file:, javascript:, custom schemes of other apps, smb:) could run or reveal
 * something on the coordinator's machine, so it is dropped.
 */
export function externalUrlToOpen(candidate: string): string | undefined {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  // user:password@ in a link is a classic way to disguise the real host.
  if (url.username !== '' || url.password !== '') return undefined;
  if (url.hostname === '') return undefined;
  return url.href;
}
