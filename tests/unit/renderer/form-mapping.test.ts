import { describe, expect, it } from 'vitest';
import { centsFromInput, centsForInput } from '../../../renderer/src/forms/money-input';
import { fieldOf } from '../../../renderer/src/forms/form-frame';

describe('amounts typed the way each language writes them', () => {
  it('reads French and English amounts to the cent, without floating point', () => {
    expect(centsFromInput('1 613,31', 'fr')).toBe(161_331);
    expect(centsFromInput('1\u202f613,31 $', 'fr')).toBe(161_331);
    expect(centsFromInput('85.50', 'fr')).toBe(8_550);
    expect(centsFromInput('1,613.31', 'en')).toBe(161_331);
    expect(centsFromInput('', 'en')).toBe(0);
    expect(centsFromInput('about ten', 'en')).toBeUndefined();
  });

  it('shows an amount for editing in the same way', () => {
    expect(centsForInput(161_331, 'fr')).toBe('1613,31');
    expect(centsForInput(8_550, 'en')).toBe('85.50');
  });
});

describe('a refusal from the main side finds the field it belongs to', () => {
  const values = { displayName: '', languages: ['es'], membership: { role: 'chair', startOn: '' } };
  it('strips where the form sits in the input and stops at the deepest field the form holds', () => {
    expect(fieldOf(values, 'member.displayName', 'member')).toBe('displayName');
    expect(fieldOf(values, 'member.languages.2', 'member')).toBe('languages');
    expect(fieldOf(values, 'membership.role', '')).toBe('membership.role');
  });
  it('leaves issues about anything else for the banner', () => {
    expect(fieldOf(values, 'confirmedHits', '')).toBeUndefined();
    expect(fieldOf(values, 'other.displayName', 'member')).toBeUndefined();
  });
});
