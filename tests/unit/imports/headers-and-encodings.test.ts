import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { suggestMapping } from '../../../electron/imports/column-aliases';
import { findHeaderRow } from '../../../electron/imports/read-spreadsheet';
import { detectTextEncoding } from '../../../electron/imports/detect-text-encoding';
import { guessDelimiter } from '../../../electron/imports/read-csv-rows';

describe('header detection and mapping', () => {
  it('finds the header below a title and suggests fields in English and French', () => {
    const rows = [
      { rowNumber: 1, cells: ['Liste des membres'] },
      { rowNumber: 2, cells: ['Nom', 'Courriel', 'Téléphone', 'Langue préférée'] },
      { rowNumber: 3, cells: ['Ana', 'a@example.org', '604 555 0101', 'es'] },
    ];
    expect(findHeaderRow(rows)).toBe(1);
    expect(suggestMapping(['Nom', 'Courriel', 'Téléphone', 'Langue préférée', 'E-mail', 'Whatever'])).toEqual([
      'displayName',
      'email',
      'phone',
      'preferredLanguage',
      null,
      null,
    ]);
  });
});

describe('CSV encoding and delimiter', () => {
  it('tells UTF-8, UTF-16 and Windows-1252 apart', () => {
    expect(detectTextEncoding(Buffer.from('Nom,Catégorie\nHélène,union\n', 'utf-8'))).toBe('utf-8');
    expect(
      detectTextEncoding(iconv.encode('Nom;Catégorie\nHélène Côté;syndicat\nFrançois;employeur\n', 'windows-1252')),
    ).toBe('windows-1252');
    expect(detectTextEncoding(iconv.encode('Name', 'utf-16le', { addBOM: true }))).toBe('utf-16le');
    expect(detectTextEncoding(Buffer.from([0xef, 0xbb, 0xbf, 0x41]))).toBe('utf-8');
  });

  it('picks the delimiter used on the first lines', () => {
    expect(guessDelimiter('Nom;Courriel;Catégorie\nA;b;c')).toBe(';');
    expect(guessDelimiter('Name,Email\nA,b')).toBe(',');
    expect(guessDelimiter('Name\tEmail\nA\tb')).toBe('\t');
  });
});
