import { describe, expect, it } from 'vitest';
import { externalUrlToOpen } from '../../../electron/main/external-links';

describe('externalUrlToOpen', () => {
  it.each(['https://example.org/page?x=1#top', 'http://example.org/', 'HTTPS://EXAMPLE.ORG/Path'])(
    'opens the web page %s',
    (url) => {
      expect(externalUrlToOpen(url)).toBe(new URL(url).href);
    },
  );

  it.each([
    'file:///etc/passwd',
    'file://C:/Windows/System32/calc.exe',
    'javascript:alert(1)',
    'JavaScript:alert(document.cookie)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox',
    'smb://attacker.example/share',
    'ms-msdt:/id PCWDiagnostic',
    'app://renderer/index.html',
    'chrome://settings',
    'mailto:someone@example.org',
    'https://trusted.example@attacker.example/',
    'https://user:secret@example.org/',
    '//example.org/no-scheme',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(externalUrlToOpen(url)).toBeUndefined();
  });
});
