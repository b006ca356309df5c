import fs from 'node:fs';
import path from 'node:path';

// The attacker's side: how a name may be written, and where to look for it. Written apart from the app's
// folding on purpose (a test reusing the code it checks could share its blind spots).

const latinLookalikes: Record<string, string> = { đ: 'd', Đ: 'D', ø: 'o', Ø: 'O', ß: 'ss', ł: 'l', Ł: 'L' };

function withoutAccents(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐøØßłŁ]/g, (letter) => latinLookalikes[letter] ?? letter);
}

/** The name as typed, in capitals and in small letters, each composed (NFC) and decomposed (NFD), and without accents. */
export function writtenForms(name: string): string[] {
  const cases = [name, name.toUpperCase(), name.toLowerCase(), withoutAccents(name), withoutAccents(name).toLowerCase(), withoutAccents(name).toUpperCase()];
  return [...new Set(cases.flatMap((text) => [text.normalize('NFC'), text.normalize('NFD')]))];
}

/** Every file under the folders, recursively. */
export function filesUnder(...folders: string[]): string[] {
  return folders.flatMap((folder) =>
    fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
      const full = path.join(folder, entry.name);
      return entry.isDirectory() ? filesUnder(full) : [full];
    }),
  );
}

/** The values whose UTF-8 bytes appear in the bytes given. */
export function valuesIn(bytes: Buffer, values: readonly string[]): string[] {
  const text = bytes.toString('latin1');
  return values.filter((value) => text.includes(Buffer.from(value, 'utf8').toString('latin1')));
}
