/**
 * The one Content-Security-Policy for the renderer, in Electron and in the browser:
 * only the app's own scripts and styles, no eval, no plugins, no framing, no remote fetches.
 */
export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
